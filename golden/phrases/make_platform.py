#!/usr/bin/env python3
"""Generate platform.jsonl: a phrasebook of real-world Kubernetes platform /
infrastructure log lines, labelled with the golden taxonomy.

Standard library only; output is deterministic (no randomness, fixed order).
Run:  python3 make_platform.py   (writes platform.jsonl next to this file)
"""
import json
import os

ENTRIES = []


def C(software, category, line):
    ENTRIES.append({"line": line, "software": software, "category": category, "kind": "cause"})


def S(software, category, line):
    ENTRIES.append({"line": line, "software": software, "category": category, "kind": "symptom"})


def B(software, looks_like, line):
    ENTRIES.append({"line": line, "software": software, "category": "none", "kind": "benign",
                    "looks_like": looks_like})


# ---------------------------------------------------------------- formatters

def klog(sev, ts, pid, src, msg):
    """klog header: Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg"""
    return "%s%s %7d %s] %s" % (sev, ts, pid, src, msg)


def journal(ts, host, ident, msg):
    return "%s %s %s: %s" % (ts, host, ident, msg)


def gq(s):
    """Go %q for the ASCII strings used here (same escapes as JSON)."""
    return json.dumps(s)


def alloy_event(name, kind, reason, typ, msg, objrv, eventrv, count=None, source=None, host=None,
                action=None, rctl=None, rinst=None, api="v1"):
    """loki.source.kubernetes_events (Grafana Alloy) default logfmt line."""
    parts = ["name=%s" % name, "kind=%s" % kind]
    if action:
        parts.append("action=%s" % action)
    parts.append("objectAPIversion=%s" % api)
    if objrv:
        parts.append("objectRV=%s" % objrv)
    if eventrv:
        parts.append("eventRV=%s" % eventrv)
    if rinst:
        parts.append("reportinginstance=%s" % rinst)
    if rctl:
        parts.append("reportingcontroller=%s" % rctl)
    if source:
        parts.append("sourcecomponent=%s" % source)
    if host:
        parts.append("sourcehost=%s" % host)
    parts.append("reason=%s" % reason)
    parts.append("type=%s" % typ)
    if count:
        parts.append("count=%d" % count)
    parts.append("msg=%s" % gq(msg))
    return " ".join(parts) + " "


def _event(ns, objname, kind, reason, msg, typ, component, host, count, first, last, uid, rv,
           fieldpath=None, api="v1", objrv="", suffix="17bc3f2a1d4e5f60"):
    inv = {"kind": kind, "namespace": ns, "name": objname, "uid": uid, "apiVersion": api}
    if objrv:
        inv["resourceVersion"] = objrv
    if fieldpath:
        inv["fieldPath"] = fieldpath
    src = {"component": component}
    if host:
        src["host"] = host
    ev = {
        "metadata": {"name": "%s.%s" % (objname, suffix), "namespace": ns,
                     "uid": uid[:8] + "-e0e1-4e2f-9a3b-" + uid[-12:], "resourceVersion": rv,
                     "creationTimestamp": first},
        "involvedObject": inv,
        "reason": reason,
        "message": msg,
        "source": src,
        "firstTimestamp": first,
        "lastTimestamp": last,
        "count": count,
        "type": typ,
        "eventTime": None,
        "reportingComponent": component,
        "reportingInstance": host or "",
    }
    return ev


def eventrouter(verb, ns, objname, kind, reason, msg, typ, component, host, count, first, last,
                uid, rv, fieldpath=None, api="v1", objrv="", suffix="17bc3f2a1d4e5f60"):
    ev = _event(ns, objname, kind, reason, msg, typ, component, host, count, first, last, uid, rv,
                fieldpath, api, objrv, suffix)
    return json.dumps({"verb": verb, "event": ev}, separators=(",", ":"))


def exporter(ns, objname, kind, reason, msg, typ, component, host, count, first, last, uid, rv,
             labels=None, owner=None, api="v1", suffix="17bc3f2a1d4e5f60"):
    """resmoio/kubernetes-event-exporter JSON layout (EnhancedEvent)."""
    ev = _event(ns, objname, kind, reason, msg, typ, component, host, count, first, last, uid, rv,
                None, api, "", suffix)
    inv = ev.pop("involvedObject")
    inv["labels"] = labels or {}
    if owner:
        inv["ownerReferences"] = [owner]
    inv["deleted"] = False
    ev["involvedObject"] = inv
    return json.dumps(ev, separators=(",", ":"))


def ev_klog(ts, pid, src, obj, kind, typ, reason, msg, api="v1", fieldpath=""):
    """kube-controller-manager / kube-scheduler event broadcaster klog line."""
    return klog("I", ts, pid, src,
                '"Event occurred" object="%s" fieldPath="%s" kind="%s" apiVersion="%s" type="%s" '
                'reason="%s" message=%s' % (obj, fieldpath, kind, api, typ, reason, gq(msg)))


def describe(typ, reason, age, source, msg):
    """One row of the Events table printed by `kubectl describe`."""
    return "  %-8s %-18s %-22s %-18s %s" % (typ, reason, age, source, msg)


def getev(age, typ, reason, obj, msg):
    """One row of `kubectl get events`."""
    return "%-7s %-9s %-22s %-40s %s" % (age, typ, reason, obj, msg)


# common fixtures
EKS1 = "ip-10-0-1-23.eu-west-1.compute.internal"
EKS2 = "ip-10-0-2-114.eu-west-1.compute.internal"
EKS3 = "ip-10-0-3-57.eu-west-1.compute.internal"
GKE1 = "gke-prod-default-pool-3f2a1b4c-x7k2"
GKE2 = "gke-prod-highmem-pool-8c1d0e2f-q9zt"
AKS1 = "aks-nodepool1-31465219-vmss000002"
AKS2 = "aks-userpool-28731109-vmss00000a"
ONP1 = "worker-03"
ONP2 = "k8s-node-07.dc1.acme.internal"
UID1 = "5f1c2d3e-4a5b-4c7d-8e9f-0a1b2c3d4e5f"
UID2 = "9b8a7c6d-1e2f-4a3b-9c4d-5e6f7a8b9c0d"
UID3 = "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f"
UID4 = "0e9d8c7b-6a5f-4e3d-b2c1-a0f9e8d7c6b5"
UID5 = "7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918"

# =================================================================== oom_killed
C("kernel", "oom_killed",
  "[4127863.512093] Memory cgroup out of memory: Killed process 28734 (java) total-vm:7340032kB, "
  "anon-rss:2093412kB, file-rss:21344kB, shmem-rss:0kB, UID:1001 pgtables:4612kB oom_score_adj:985")
C("kernel", "oom_killed",
  "Mar 12 14:22:05 ip-10-0-1-23 kernel: java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, "
  "oom_score_adj=985")
C("kernel", "oom_killed",
  "[4127863.511870] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-"
  "8d1f0c2b6a7e4f3d9c5b1a0e2f4d6c8b7a9e1f3d5c7b9a0e2f4d6c8b7a9e1f3d.scope,mems_allowed=0,"
  "oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod5f1c2d3e_4a5b_4c7d_8e9f_0a1b2c3d4e5f.slice,"
  "task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod5f1c2d3e_4a5b_4c7d_8e9f_0a1b2c3d4e5f.slice/"
  "cri-containerd-8d1f0c2b6a7e4f3d9c5b1a0e2f4d6c8b7a9e1f3d5c7b9a0e2f4d6c8b7a9e1f3d.scope,task=java,pid=28734,uid=1001")
C("kernel", "oom_killed",
  "[ 8812.004417] Out of memory: Killed process 3121 (prometheus) total-vm:18874368kB, anon-rss:15512204kB, "
  "file-rss:0kB, shmem-rss:0kB, UID:65534 pgtables:31020kB oom_score_adj:1000")
C("kernel", "oom_killed",
  "Mar 12 03:41:17 worker-03 kernel: Memory cgroup out of memory: Kill process 14502 (node) score 1874 or sacrifice child")
C("kernel", "oom_killed",
  "Mar 12 03:41:17 worker-03 kernel: memory: usage 524288kB, limit 524288kB, failcnt 18342")
C("kernel", "oom_killed",
  "[1203321.774512] oom_reaper: reaped process 28734 (java), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB")
C("kubelet", "oom_killed",
  alloy_event("ip-10-0-1-23.eu-west-1.compute.internal", "Node", "SystemOOM", "Warning",
              "System OOM encountered, victim process: loki, pid: 40213", "", "98211345", count=1,
              source="kubelet", host=EKS1, rctl="kubelet", rinst=EKS1))
C("kubelet", "oom_killed",
  klog("I", "0312 14:22:05.418233", 1873, "oom_watcher_linux.go:82",
       '"Got sys oom event" event=&{Pid:40213 ProcessName:loki TimeOfDeath:2024-03-12 14:22:05.407 +0000 UTC '
       'ContainerName:/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod9b8a7c6d_1e2f_4a3b_9c4d_5e6f7a8b9c0d.slice '
       'VictimContainerName:/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod9b8a7c6d_1e2f_4a3b_9c4d_5e6f7a8b9c0d.slice/'
       'cri-containerd-3e4f.scope Constraint:CONSTRAINT_MEMCG}'))
C("node-problem-detector", "oom_killed",
  eventrouter("ADDED", "default", GKE2, "Node", "OOMKilling",
              "Memory cgroup out of memory: Killed process 2291735 (python3) total-vm:5621344kB, anon-rss:4180032kB, "
              "file-rss:38672kB, shmem-rss:0kB, UID:0 pgtables:8532kB oom_score_adj:-997",
              "Warning", "kernel-monitor", GKE2, 1, "2024-03-12T14:22:05Z", "2024-03-12T14:22:05Z", UID2, "51233098"))
C("containerd", "oom_killed",
  'time="2024-03-12T14:22:05.412398571Z" level=info msg="TaskOOM event &TaskOOM{ContainerID:'
  '8d1f0c2b6a7e4f3d9c5b1a0e2f4d6c8b7a9e1f3d5c7b9a0e2f4d6c8b7a9e1f3d,XXX_unrecognized:[],}"')
C("kubelet", "oom_killed",
  exporter("shop", "cart-7d9f8b6c5-x2lkq", "Pod", "Evicted",
           "The node was low on resource: memory. Threshold quantity: 100Mi, available: 87412Ki. Container cart was "
           "using 1843200Ki, request is 512Mi, has larger consumption of memory. ",
           "Warning", "kubelet", EKS2, 1, "2024-03-12T14:22:05Z", "2024-03-12T14:22:05Z", UID1, "8812344",
           labels={"app": "cart", "pod-template-hash": "7d9f8b6c5"}))
C("kubelet", "oom_killed",
  klog("I", "0312 14:22:04.998812", 2345, "eviction_manager.go:366",
       '"Eviction manager: attempting to reclaim" resourceName="memory"'))
C("kubelet", "oom_killed",
  klog("I", "0312 14:22:05.003107", 2345, "eviction_manager.go:377",
       '"Eviction manager: must evict pod(s) to reclaim" resourceName="memory"'))
C("kubelet", "oom_killed",
  getev("2m", "Warning", "EvictionThresholdMet", "node/" + EKS2, "Attempting to reclaim memory"))
C("kubelet", "oom_killed",
  getev("4m", "Normal", "NodeHasInsufficientMemory", "node/" + ONP1,
        "Node worker-03 status is now: NodeHasInsufficientMemory"))
C("prometheus", "oom_killed",
  "fatal error: runtime: out of memory")
C("vector", "oom_killed",
  "memory allocation of 268435456 bytes failed")
C("systemd", "oom_killed",
  journal("Mar 12 14:22:06", "ip-10-0-1-23", "systemd[1]",
          "containerd.service: A process of this unit has been killed by the OOM killer."))
C("systemd", "oom_killed",
  journal("Mar 12 14:22:06", "worker-03", "systemd[1]", "kubelet.service: Failed with result 'oom-kill'."))
C("kubectl", "oom_killed",
  "      Reason:       OOMKilled")
C("kubelet", "oom_killed",
  describe("Warning", "OOMKilling", "3m12s", "kernel-monitor",
           "Memory cgroup out of memory: Killed process 18843 (envoy) total-vm:2342112kB, anon-rss:1046528kB, "
           "file-rss:51200kB, shmem-rss:0kB, UID:1337 pgtables:2480kB oom_score_adj:999"))
C("kernel", "oom_killed",
  "Mar 12 14:22:05 gke-prod-default-pool-3f2a1b4c-x7k2 kernel: [ 9931.287611] Memory cgroup out of memory: "
  "Killed process 77120 (flb-pipeline) total-vm:1048576kB, anon-rss:203456kB, file-rss:11264kB, shmem-rss:0kB, "
  "UID:0 pgtables:612kB oom_score_adj:999")

S("kubelet", "oom_killed",
  klog("I", "0312 14:22:05.512771", 2345, "kuberuntime_container.go:779",
       '"Killing container with a grace period" pod="shop/cart-7d9f8b6c5-x2lkq" podUID="' + UID1 +
       '" containerName="cart" containerID="containerd://8d1f0c2b6a7e" gracePeriod=30'))
S("kubelet", "oom_killed",
  klog("I", "0312 14:22:06.101944", 2345, "eviction_manager.go:596",
       '"Eviction manager: pods evicted, waiting for pod to be cleaned up" pods=["shop/cart-7d9f8b6c5-x2lkq"]'))

B("kernel", "oom_killed",
  "Mar 12 14:00:02 ip-10-0-1-23 kernel: [ 4.118220] Memory: 32734280K/33553924K available (14339K kernel code, "
  "2370K rwdata, 8952K rodata, 2648K init, 4900K bss, 819384K reserved, 0K cma-reserved)")
B("kubelet", "oom_killed",
  klog("I", "0312 14:00:11.020331", 2345, "container_manager_linux.go:301",
       '"Creating Container Manager object based on Node Config" nodeConfig={"RuntimeCgroupsName":"","SystemCgroupsName":"",'
       '"KubeletCgroupsName":"","KubeletOOMScoreAdj":-999,"ContainerRuntime":"","CgroupsPerQOS":true,"CgroupRoot":"/",'
       '"CgroupDriver":"systemd","KubeletRootDir":"/var/lib/kubelet","ProtectKernelDefaults":false,'
       '"KubeReservedCgroupName":"","SystemReservedCgroupName":"","ReservedSystemCPUs":{},"EnforceNodeAllocatable":{"pods":{}},'
       '"KubeReserved":null,"SystemReserved":null,"HardEvictionThresholds":[{"Signal":"memory.available","Operator":"LessThan",'
       '"Value":{"Quantity":"100Mi","Percentage":0},"GracePeriod":0,"MinReclaim":null}]}'))
B("kubelet", "oom_killed",
  getev("9m", "Normal", "NodeHasSufficientMemory", "node/" + ONP1,
        "Node worker-03 status is now: NodeHasSufficientMemory"))
S("vpa-recommender", "oom_killed",
  klog("I", "0312 14:22:41.772100", 1, "cluster_feeder.go:434",
       "OOM detected {Timestamp:2024-03-12 14:22:05 +0000 UTC Memory:1887436800 ContainerID:{PodID:{Namespace:shop "
       "PodName:cart-7d9f8b6c5-x2lkq} ContainerName:cart}}"))

# ============================================================ application_error
C("kube-controller-manager", "application_error",
  "panic: runtime error: invalid memory address or nil pointer dereference")
C("cert-manager", "application_error",
  "[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x1c3a5f2]")
C("kube-apiserver", "application_error",
  klog("E", "0312 14:22:05.771023", 1, "runtime.go:79",
       'Observed a panic: "invalid memory address or nil pointer dereference" '
       '(runtime error: invalid memory address or nil pointer dereference)'))
C("keda-operator", "application_error",
  '{"level":"info","ts":"2024-03-12T14:22:05Z","msg":"Observed a panic in reconciler: runtime error: invalid memory '
  'address or nil pointer dereference","controller":"scaledobject","controllerGroup":"keda.sh","controllerKind":"ScaledObject",'
  '"ScaledObject":{"name":"order-worker","namespace":"jobs"},"namespace":"jobs","name":"order-worker",'
  '"reconcileID":"4f1b8a2e-93c1-4d7a-a6e2-0c5b7d9e3f21"}')
C("external-secrets", "application_error",
  '{"level":"error","ts":1710253325.4419932,"msg":"Reconciler error","controller":"externalsecret",'
  '"controllerGroup":"external-secrets.io","controllerKind":"ExternalSecret","ExternalSecret":{"name":"db-creds",'
  '"namespace":"shop"},"namespace":"shop","name":"db-creds","reconcileID":"b2a61f0c-7d3e-4e55-9c1a-3f0e2d4c6b8a",'
  '"error":"panic: runtime error: index out of range [1] with length 1 [recovered]"}')
C("kernel", "application_error",
  "[2291812.004511] traefik[4512]: segfault at 0 ip 00000000004a3b2c sp 000000c000a1bf10 error 4 in traefik[400000+2a5b000]")
C("envoy", "application_error",
  "[2024-03-12 14:22:05.123][1][critical][backtrace] [./source/server/backtrace.h:104] Caught Segmentation fault, "
  "suspect faulting address 0x0")
C("prometheus", "application_error", "fatal error: concurrent map writes")
C("argocd-application-controller", "application_error", "fatal error: concurrent map read and map write")
C("external-dns", "application_error", "panic: assignment to entry in nil map")
C("cluster-autoscaler", "application_error",
  "panic: runtime error: index out of range [3] with length 3")
C("velero", "application_error",
  "panic: runtime error: slice bounds out of range [:12] with capacity 8")
C("linkerd-proxy", "application_error",
  "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', linkerd/app/src/lib.rs:312:58")
C("vector", "application_error",
  "thread 'vector-worker' panicked at src/sinks/loki/sink.rs:428:52:")
C("fluent-bit", "application_error",
  "[2024/03/12 14:22:05] [engine] caught signal (SIGSEGV)")
C("fluent-bit", "application_error",
  "#0  0x55d1c4e2a1b0      in  flb_free() at include/fluent-bit/flb_mem.h:127")
C("haproxy", "application_error",
  "[ALERT]    (1) : Current worker (8) exited with code 139 (Segmentation fault)")
C("nginx", "application_error",
  "2024/03/12 14:22:05 [alert] 1#1: worker process 1234 exited on signal 11 (core dumped)")
C("coredns", "application_error",
  '[ERROR] Recovered from panic in server: "dns://:53" runtime error: invalid memory address or nil pointer dereference')
C("kernel", "application_error",
  "[811722.331902] traps: cilium-agent[2234] general protection fault ip:55f3a8c41d2e sp:7ffd3a2c9e80 error:0 in "
  "cilium-agent[55f3a7c00000+2c45000]")
C("kernel", "application_error",
  "[ 6618.200417] traps: node[19023] trap invalid opcode ip:55a1d6d0b3f1 sp:7ffc4e7d8a30 error:0 in node[55a1d5a00000+4c5b000]")
C("ingress-nginx", "application_error",
  "2024/03/12 14:22:05 [error] 45#45: *8812311 lua entry thread aborted: runtime error: /etc/nginx/lua/balancer.lua:318: "
  "attempt to index local 'backend' (a nil value)")
C("istiod", "application_error", "panic: send on closed channel")
C("kube-scheduler", "application_error", "panic: close of closed channel")
C("helm-controller", "application_error", "fatal error: all goroutines are asleep - deadlock!")
C("envoy", "application_error",
  "[2024-03-12 14:22:05.331][14][critical][assert] [source/common/http/conn_manager_impl.cc:1601] assert failure: "
  "!state_.codec_saw_local_complete_.")
C("systemd-coredump", "application_error",
  journal("Mar 12 14:22:06", "worker-03", "systemd-coredump[91233]",
          "Process 4512 (traefik) of user 65532 dumped core."))

S("kubelet", "application_error",
  klog("E", "0312 14:22:05.881290", 2345, "pod_workers.go:1298",
       '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"cart\\" with CrashLoopBackOff: '
       '\\"back-off 5m0s restarting failed container=cart pod=cart-7d9f8b6c5-x2lkq_shop(' + UID1 + ')\\"" '
       'pod="shop/cart-7d9f8b6c5-x2lkq" podUID="' + UID1 + '"'))
S("kubelet", "application_error",
  alloy_event("cart-7d9f8b6c5-x2lkq", "Pod", "BackOff", "Warning",
              "Back-off restarting failed container cart in pod cart-7d9f8b6c5-x2lkq_shop(" + UID1 + ")",
              "8812001", "8812877", count=41, source="kubelet", host=EKS1, rctl="kubelet", rinst=EKS1))
S("kubelet", "application_error",
  describe("Warning", "BackOff", "12s (x58 over 13m)", "kubelet", "Back-off restarting failed container"))
S("kubelet", "application_error",
  getev("30s", "Warning", "BackOff", "pod/external-dns-6c9f8d7b5-rq4tw",
        "Back-off restarting failed container external-dns in pod external-dns-6c9f8d7b5-rq4tw_kube-system(" + UID2 + ")"))
S("kubelet", "application_error",
  klog("I", "0312 14:22:05.514002", 2345, "kubelet.go:2458",
       '"SyncLoop (PLEG): event for pod" pod="shop/cart-7d9f8b6c5-x2lkq" event={"ID":"' + UID1 +
       '","Type":"ContainerDied","Data":"8d1f0c2b6a7e4f3d9c5b1a0e2f4d6c8b7a9e1f3d5c7b9a0e2f4d6c8b7a9e1f3d"}'))
S("kubectl", "application_error",
  "cart-7d9f8b6c5-x2lkq          0/1     CrashLoopBackOff   14 (2m31s ago)   48m")
S("argocd-application-controller", "application_error",
  'time="2024-03-12T14:23:10Z" level=info msg="Updated health status: Healthy -> Degraded" application=argocd/shop '
  'dest-namespace=shop dest-server="https://kubernetes.default.svc" reason=ResourceUpdated type=Normal')

B("kubelet", "application_error",
  alloy_event("cart-7d9f8b6c5-x2lkq", "Pod", "Killing", "Normal", "Stopping container cart", "8812001", "8813002",
              count=1, source="kubelet", host=EKS1, rctl="kubelet", rinst=EKS1))
B("containerd", "application_error",
  'time="2022-06-01T14:01:35.371006269Z" level=info msg="StopContainer for '
  '\\"4c2b21624d4488ea8305bec91bb58135e840ab50b779da3db19ddf87864a760e\\" with timeout 30 (s)"')
B("containerd", "application_error",
  'time="2024-03-12T14:22:05.774123810Z" level=info msg="shim disconnected" '
  'id=8d1f0c2b6a7e4f3d9c5b1a0e2f4d6c8b7a9e1f3d5c7b9a0e2f4d6c8b7a9e1f3d namespace=k8s.io')
B("containerd", "application_error",
  'time="2024-03-12T14:22:05.781004417Z" level=warning msg="cleaning up after shim disconnected" '
  'id=8d1f0c2b6a7e4f3d9c5b1a0e2f4d6c8b7a9e1f3d5c7b9a0e2f4d6c8b7a9e1f3d namespace=k8s.io')
B("containerd", "application_error",
  'time="2024-03-12T14:22:05.795551023Z" level=warning msg="cleanup warnings time=\\"2024-03-12T14:22:05Z\\" '
  'level=info msg=\\"starting signal loop\\" namespace=k8s.io pid=91234 runtime=io.containerd.runc.v2\\n"')
B("kubelet", "application_error",
  klog("I", "0312 14:22:05.602113", 2345, "scope.go:117",
       '"RemoveContainer" containerID="4c2b21624d4488ea8305bec91bb58135e840ab50b779da3db19ddf87864a760e"'))
B("kube-controller-manager", "application_error",
  ev_klog("0312 14:22:07.118202", 1, "event.go:307", "shop/cart", "Deployment", "Normal", "ScalingReplicaSet",
          "Scaled down replica set cart-6b8c7d9f4 to 0 from 1", api="apps/v1"))
B("ingress-nginx", "application_error",
  '198.51.100.23 - - [12/Mar/2024:14:22:05 +0000] "GET /wp-login.php HTTP/1.1" 404 548 "-" "Mozilla/5.0 zgrab/0.x" '
  '227 0.000 [upstream-default-backend] [] 127.0.0.1:8181 548 0.000 404 1f6d8e2b9c3a4f5e6d7c8b9a0e1f2d3c')
B("loki", "application_error",
  'level=info ts=2024-03-12T14:22:05.441237918Z caller=metrics.go:159 component=frontend org_id=fake '
  'latency=fast query="sum by (level) (count_over_time({namespace=\\"shop\\"} |= \\"error\\" [1m]))" '
  'query_hash=2871465431 query_type=metric range_type=range length=1h0m0s start_delta=1h0m0.981s end_delta=981ms '
  'step=15s duration=112.6ms status=200 limit=100 returned_lines=0 throughput=41MB total_bytes=4.6MB '
  'total_bytes_structured_metadata=0B lines_per_second=182041 total_lines=20503 post_filter_lines=311 '
  'total_entries=4 store_chunks_download_time=0s queue_time=41.2µs splits=4 shards=16 query_referenced_structured_metadata=false '
  'cache_chunk_req=0 cache_chunk_hit=0 cache_chunk_bytes_stored=0 cache_chunk_bytes_fetched=0 cache_chunk_download_time=0s '
  'disable_pipeline_wrappers=false has_labelfilter_before_parser=false')
B("prometheus", "application_error",
  "http: superfluous response.WriteHeader call from github.com/prometheus/client_golang/prometheus/promhttp."
  "(*responseWriterDelegator).WriteHeader (delegator.go:65)")

# =================================================================== image_pull
C("kubelet", "image_pull",
  klog("E", "0312 14:22:05.118230", 2345, "remote_image.go:180",
       '"PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image '
       '\\"registry.example.com/shop/cart:v1.4.2\\": failed to resolve reference \\"registry.example.com/shop/cart:v1.4.2\\": '
       'registry.example.com/shop/cart:v1.4.2: not found" image="registry.example.com/shop/cart:v1.4.2"'))
C("kubelet", "image_pull",
  klog("E", "0312 14:22:05.118391", 2345, "kuberuntime_image.go:53",
       '"Failed to pull image" err="rpc error: code = NotFound desc = failed to pull and unpack image '
       '\\"registry.example.com/shop/cart:v1.4.2\\": failed to resolve reference \\"registry.example.com/shop/cart:v1.4.2\\": '
       'registry.example.com/shop/cart:v1.4.2: not found" image="registry.example.com/shop/cart:v1.4.2"'))
C("kubelet", "image_pull",
  klog("E", "0312 14:22:05.118502", 2345, "pod_workers.go:1298",
       '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"cart\\" with ErrImagePull: \\"rpc error: '
       'code = NotFound desc = failed to pull and unpack image \\\\\\"registry.example.com/shop/cart:v1.4.2\\\\\\": failed to '
       'resolve reference \\\\\\"registry.example.com/shop/cart:v1.4.2\\\\\\": registry.example.com/shop/cart:v1.4.2: not found\\"" '
       'pod="shop/cart-7d9f8b6c5-x2lkq" podUID="' + UID1 + '"'))
C("kubelet", "image_pull",
  klog("E", "0312 14:22:19.530112", 2345, "pod_workers.go:1298",
       '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"cart\\" with ImagePullBackOff: \\"Back-off '
       'pulling image \\\\\\"registry.example.com/shop/cart:v1.4.2\\\\\\"\\"" pod="shop/cart-7d9f8b6c5-x2lkq" podUID="' + UID1 + '"'))
C("kubelet", "image_pull",
  alloy_event("web-5b7c9d8f6-m4n2p", "Pod", "Failed", "Warning",
              'Failed to pull image "nginx:1.25.99": rpc error: code = NotFound desc = failed to pull and unpack image '
              '"docker.io/library/nginx:1.25.99": failed to resolve reference "docker.io/library/nginx:1.25.99": '
              'docker.io/library/nginx:1.25.99: not found',
              "7712003", "7712044", count=3, source="kubelet", host=GKE1, rctl="kubelet", rinst=GKE1))
C("kubelet", "image_pull",
  describe("Warning", "Failed", "2m3s (x4 over 3m30s)", "kubelet", "Error: ErrImagePull"))
C("kubelet", "image_pull",
  describe("Warning", "Failed", "89s (x6 over 3m29s)", "kubelet", "Error: ImagePullBackOff"))
C("kubelet", "image_pull",
  getev("64s", "Normal", "BackOff", "pod/web-5b7c9d8f6-m4n2p", 'Back-off pulling image "nginx:1.25.99"'))
C("kubelet", "image_pull",
  eventrouter("ADDED", "billing", "billing-api-6f9d7c5b8-t2wq9", "Pod", "Failed",
              'Failed to pull image "ghcr.io/acme/billing:2.3.0": rpc error: code = Unknown desc = failed to pull and unpack '
              'image "ghcr.io/acme/billing:2.3.0": failed to resolve reference "ghcr.io/acme/billing:2.3.0": failed to '
              'authorize: failed to fetch anonymous token: unexpected status from GET request to '
              'https://ghcr.io/token?scope=repository%3Aacme%2Fbilling%3Apull&service=ghcr.io: 401 Unauthorized',
              "Warning", "kubelet", AKS1, 1, "2024-03-12T14:22:05Z", "2024-03-12T14:22:05Z", UID4, "41123",
              fieldpath="spec.containers{billing-api}"))
C("kubelet", "image_pull",
  exporter("payments", "ledger-0", "Pod", "Failed",
           'Failed to pull image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/ledger:3.1.0": rpc error: code = Unknown '
           'desc = failed to pull and unpack image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/ledger:3.1.0": failed to '
           'resolve reference "123456789012.dkr.ecr.eu-west-1.amazonaws.com/ledger:3.1.0": pulling from host '
           '123456789012.dkr.ecr.eu-west-1.amazonaws.com failed with status code [manifests 3.1.0]: 403 Forbidden',
           "Warning", "kubelet", EKS3, 5, "2024-03-12T14:20:01Z", "2024-03-12T14:22:05Z", UID5, "99120341",
           labels={"app.kubernetes.io/name": "ledger", "statefulset.kubernetes.io/pod-name": "ledger-0"}))
C("dockerd", "image_pull",
  "Error response from daemon: pull access denied for acme/billing, repository does not exist or may require "
  "'docker login': denied: requested access to the resource is denied")
C("dockerd", "image_pull",
  "Error response from daemon: manifest for acme/worker:2.0 not found: manifest unknown: manifest unknown")
C("kubelet", "image_pull",
  getev("12s", "Warning", "Failed", "pod/worker-84f5c7d9b-zk8lq",
        'Failed to pull image "quay.io/acme/worker:v2.1": rpc error: code = Unknown desc = reading manifest v2.1 in '
        'quay.io/acme/worker: manifest unknown: manifest unknown'))
B("cri-o", "image_pull",
  'time="2024-03-12 14:22:05.118732014Z" level=info msg="Trying to access \\"quay.io/acme/worker:v2.1\\""')
C("kubelet", "image_pull",
  describe("Warning", "Failed", "3s", "kubelet",
           'Failed to pull image "quay.io/acme/reports:v7": rpc error: code = Unknown desc = initializing source '
           'docker://quay.io/acme/reports:v7: reading manifest v7 in quay.io/acme/reports: unauthorized: access to the '
           'requested resource is not authorized'))
C("kubelet", "image_pull",
  getev("2m", "Warning", "InspectFailed", "pod/tools-7c9d8e6f5-h3j4k",
        'Failed to apply default image tag "Acme/Tools:latest": couldn\'t parse image reference "Acme/Tools:latest": '
        'invalid reference format: repository name must be lowercase'))
C("kubelet", "image_pull",
  describe("Warning", "Failed", "14s (x3 over 40s)", "kubelet", "Error: InvalidImageName"))
C("kubelet", "image_pull",
  alloy_event("debug-tools", "Pod", "ErrImageNeverPull", "Warning",
              'Container image "acme/debug-tools:dev" is not present with pull policy of Never',
              "5512034", "5512090", count=7, source="kubelet", host=ONP1))
C("containerd", "image_pull",
  'time="2024-03-12T14:22:05.412077113Z" level=error msg="PullImage \\"registry.example.com/shop/cart:v1.4.2\\" failed" '
  'error="failed to pull and unpack image \\"registry.example.com/shop/cart:v1.4.2\\": failed to copy: httpReadSeeker: '
  'failed open: unexpected status code https://registry.example.com/v2/shop/cart/blobs/'
  'sha256:3b5c2d9e8f1a7c6b4d0e2f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c: 500 Internal Server Error"')
C("containerd", "image_pull",
  'time="2024-03-12T14:22:05.903114520Z" level=error msg="PullImage \\"docker.io/acme/edge-agent:1.8.0\\" failed" '
  'error="failed to pull and unpack image \\"docker.io/acme/edge-agent:1.8.0\\": no match for platform in manifest: not found"')
C("kubelet", "image_pull",
  describe("Warning", "Failed", "21s", "kubelet",
           'Failed to pull image "europe-west1-docker.pkg.dev/acme-prod/apps/api:4.2.1": rpc error: code = Unknown desc = '
           'failed to pull and unpack image "europe-west1-docker.pkg.dev/acme-prod/apps/api:4.2.1": failed to resolve '
           'reference "europe-west1-docker.pkg.dev/acme-prod/apps/api:4.2.1": failed to authorize: failed to fetch oauth '
           'token: unexpected status: 403 Forbidden'))
C("kubelet", "image_pull",
  ev_klog("0312 14:22:05.771203", 1, "event.go:364", "shop/cart-7d9f8b6c5-x2lkq", "Pod", "Warning", "Failed",
          "Error: ErrImagePull", fieldpath="spec.containers{cart}"))
C("crictl", "image_pull",
  'E0312 14:22:05.661023   88123 remote_image.go:180] "PullImage from image service failed" err="rpc error: code = '
  'NotFound desc = failed to pull and unpack image \\"docker.io/library/busybox:1.36.9\\": failed to resolve reference '
  '\\"docker.io/library/busybox:1.36.9\\": docker.io/library/busybox:1.36.9: not found" image="busybox:1.36.9"')
C("kubectl", "image_pull",
  "cart-7d9f8b6c5-x2lkq          0/1     ImagePullBackOff   0          6m12s")

S("argocd-application-controller", "image_pull",
  'time="2024-03-12T14:24:00Z" level=info msg="Updated health status: Healthy -> Progressing" application=argocd/cart '
  'dest-namespace=shop dest-server="https://kubernetes.default.svc" reason=ResourceUpdated type=Normal')

B("kubelet", "image_pull",
  alloy_event("cart-7d9f8b6c5-x2lkq", "Pod", "Pulled", "Normal",
              'Container image "registry.example.com/shop/cart:v1.4.1" already present on machine',
              "8812001", "8812019", count=1, source="kubelet", host=EKS1, rctl="kubelet", rinst=EKS1))
B("kubelet", "image_pull",
  describe("Normal", "Pulled", "41s", "kubelet",
           'Successfully pulled image "nginx:1.25.4" in 2.345s (2.345s including waiting). Image size: 71234567 bytes.'))
B("kubelet", "image_pull",
  describe("Normal", "Pulling", "44s", "kubelet", 'Pulling image "nginx:1.25.4"'))
B("kubelet", "image_pull",
  klog("I", "0312 14:22:05.001223", 2345, "image_gc_manager.go:381",
       '"Attempting to delete unused images"'))
B("containerd", "image_pull",
  'time="2024-03-12T14:22:07.553419001Z" level=info msg="ImageCreate event name:\\"registry.example.com/shop/cart:v1.4.1\\" '
  'labels:{key:\\"io.cri-containerd.image\\" value:\\"managed\\"}"')
B("containerd", "image_pull",
  'time="2024-03-12T14:22:07.561884203Z" level=info msg="PullImage \\"registry.example.com/shop/cart:v1.4.1\\" returns image '
  'reference \\"sha256:9a0f2e4c6b8d1f3a5c7e9b0d2f4a6c8e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a\\""')
B("kubelet", "image_pull",
  getev("5m", "Normal", "Pulled", "pod/cart-7d9f8b6c5-x2lkq",
        'Successfully pulled image "registry.example.com/shop/cart:v1.4.1" in 812ms (812ms including waiting)'))

# ================================================================ probe_failure
C("kubelet", "probe_failure",
  klog("I", "0312 14:22:05.338102", 2345, "prober.go:107",
       '"Probe failed" probeType="Liveness" pod="shop/cart-7d9f8b6c5-x2lkq" podUID="' + UID1 + '" containerName="cart" '
       'probeResult="failure" output="HTTP probe failed with statuscode: 500"'))
C("kubelet", "probe_failure",
  klog("I", "0312 14:22:05.441877", 2345, "prober.go:107",
       '"Probe failed" probeType="Readiness" pod="shop/cart-7d9f8b6c5-x2lkq" podUID="' + UID1 + '" containerName="cart" '
       'probeResult="failure" output="Get \\"http://10.244.1.17:8080/ready\\": context deadline exceeded (Client.Timeout '
       'exceeded while awaiting headers)"'))
C("kubelet", "probe_failure",
  klog("I", "0312 14:22:05.552041", 2345, "prober.go:107",
       '"Probe failed" probeType="Startup" pod="data/keycloak-0" podUID="' + UID3 + '" containerName="keycloak" '
       'probeResult="failure" output="HTTP probe failed with statuscode: 503"'))
C("kubelet", "probe_failure",
  alloy_event("cart-7d9f8b6c5-x2lkq", "Pod", "Unhealthy", "Warning",
              "Liveness probe failed: HTTP probe failed with statuscode: 503", "8812001", "8812777", count=9,
              source="kubelet", host=EKS1, rctl="kubelet", rinst=EKS1))
C("kubelet", "probe_failure",
  describe("Warning", "Unhealthy", "8s (x12 over 2m)", "kubelet",
           'Readiness probe failed: Get "http://10.244.2.31:9090/-/ready": dial tcp 10.244.2.31:9090: connect: connection refused'))
C("kubelet", "probe_failure",
  getev("45s", "Warning", "Unhealthy", "pod/search-api-5c8b7d6f9-p2k7w",
        'Startup probe failed: Get "http://10.244.3.12:8080/actuator/health": context deadline exceeded '
        '(Client.Timeout exceeded while awaiting headers)'))
C("kubelet", "probe_failure",
  describe("Warning", "Unhealthy", "77s", "kubelet",
           'Liveness probe failed: command "sh -c pg_isready -U postgres -h 127.0.0.1 -p 5432" timed out'))
C("kubelet", "probe_failure",
  eventrouter("UPDATED", "cache", "redis-master-0", "Pod", "Unhealthy",
              "Readiness probe failed: dial tcp 10.244.3.8:6379: connect: connection refused", "Warning", "kubelet", ONP2,
              14, "2024-03-12T14:10:02Z", "2024-03-12T14:22:05Z", UID2, "3312098", fieldpath="spec.containers{redis}"))
C("kubelet", "probe_failure",
  describe("Warning", "Unhealthy", "30s (x3 over 1m10s)", "kubelet",
           'Liveness probe failed: OCI runtime exec failed: exec failed: unable to start container process: exec: '
           '"/usr/local/bin/redis-cli": stat /usr/local/bin/redis-cli: no such file or directory: unknown'))
C("kubelet", "probe_failure",
  describe("Normal", "Killing", "77s", "kubelet", "Container kubernetes-rafkeeper failed liveness probe, will be restarted"))
C("kubelet", "probe_failure",
  klog("I", "0312 14:22:35.338977", 2345, "kuberuntime_manager.go:1029",
       '"Message for Container of pod" containerName="cart" containerStatusID={"Type":"containerd",'
       '"ID":"8d1f0c2b6a7e4f3d9c5b1a0e2f4d6c8b7a9e1f3d5c7b9a0e2f4d6c8b7a9e1f3d"} pod="shop/cart-7d9f8b6c5-x2lkq" '
       'containerMessage="Container cart failed liveness probe, will be restarted"'))
C("kubelet", "probe_failure",
  alloy_event("checkout-6d5c4b3a2-w8x9y", "Pod", "Unhealthy", "Warning",
              "Readiness probe failed: HTTP probe failed with statuscode: 503", "6612004", "6612441", count=31,
              source="kubelet", host=AKS2, rctl="kubelet", rinst=AKS2))
C("kubelet", "probe_failure",
  getev("3m", "Warning", "Unhealthy", "pod/inventory-grpc-7b6c5d4e3-fz2kq",
        'Liveness probe failed: service unhealthy (responded with "NOT_SERVING")'))
C("kubelet", "probe_failure",
  describe("Warning", "Unhealthy", "7s", "kubelet",
           'Readiness probe failed: timeout: failed to connect service ":9555" within 1s'))
C("kubelet", "probe_failure",
  describe("Warning", "Unhealthy", "7s", "kubelet",
           'Liveness probe failed: command "/bin/grpc_health_probe -addr=:9555" timed out'))
C("kubelet", "probe_failure",
  getev("20s", "Warning", "Unhealthy", "pod/payments-5f6e7d8c9-l3m4n",
        "Readiness probe failed: HTTP probe failed with statuscode: 404"))
C("kubelet", "probe_failure",
  exporter("istio-system", "istio-ingressgateway-7f8d9c6b5-k2j3h", "Pod", "Unhealthy",
           'Readiness probe failed: Get "http://10.244.1.44:15021/healthz/ready": dial tcp 10.244.1.44:15021: connect: '
           'connection refused', "Warning", "kubelet", GKE1, 6, "2024-03-12T14:20:35Z", "2024-03-12T14:22:05Z", UID3,
           "1209981", labels={"app": "istio-ingressgateway", "istio": "ingressgateway"}))
C("kubelet", "probe_failure",
  describe("Warning", "Unhealthy", "4s (x8 over 74s)", "kubelet",
           "Liveness probe failed: HTTP probe failed with statuscode: 500"))
C("kubelet", "probe_failure",
  "May 16 18:34:04 aks-nodepool1-29985679-vmss00000A kubelet[4052]: " +
  klog("I", "0516 18:34:04.558677", 4052, "kubelet.go:2528",
       '"SyncLoop (probe)" probe="liveness" status="unhealthy" pod="default/liveness-exec"'))
C("kubelet", "probe_failure",
  klog("I", "0312 14:22:05.661002", 2345, "prober.go:107",
       '"Probe failed" probeType="Readiness" pod="ingress-nginx/ingress-nginx-controller-5d88495688-6lgx9" '
       'podUID="' + UID4 + '" containerName="controller" probeResult="failure" '
       'output="Get \\"http://10.244.0.9:10254/healthz\\": dial tcp 10.244.0.9:10254: i/o timeout"'))
C("kubelet", "probe_failure",
  describe("Warning", "Unhealthy", "2m (x21 over 9m)", "kubelet",
           'Readiness probe failed: Get "http://10.244.1.9:4191/ready": dial tcp 10.244.1.9:4191: connect: connection refused'))
C("kubelet", "probe_failure",
  getev("90s", "Warning", "Unhealthy", "pod/elasticsearch-master-1",
        'Readiness probe failed: Waiting for elasticsearch cluster to become ready (request params: "wait_for_status=green&timeout=1s" )'))
C("kubelet", "probe_failure",
  klog("I", "0312 14:22:05.771240", 2345, "prober.go:107",
       '"Probe failed" probeType="Liveness" pod="kafka/kafka-broker-2" podUID="' + UID5 + '" containerName="kafka" '
       'probeResult="failure" output="dial tcp 10.244.4.21:9092: i/o timeout"'))

S("kubelet", "probe_failure",
  klog("I", "0312 14:22:05.441990", 2345, "kubelet.go:2528",
       '"SyncLoop (probe)" probe="readiness" status="" pod="shop/cart-7d9f8b6c5-x2lkq"'))
B("kube-controller-manager", "connection_refused",
  klog("I", "0312 14:22:06.008113", 1, "endpointslice_controller.go:311",
       '"Error syncing endpoint slices for service, retrying" key="shop/cart" err="EndpointSlice informer cache is out of date"'))
B("kubelet", "probe_failure",
  alloy_event("search-api-5c8b7d6f9-p2k7w", "Pod", "Unhealthy", "Warning",
              'Startup probe failed: Get "http://10.244.3.12:8080/actuator/health": dial tcp 10.244.3.12:8080: connect: '
              'connection refused', "7301223", "7301240", count=1, source="kubelet", host=EKS2, rctl="kubelet", rinst=EKS2))
B("kubelet", "probe_failure",
  klog("E", "0312 14:22:05.999107", 2345, "prober.go:239",
       '"Probe errored" err="rpc error: code = NotFound desc = failed to exec in container: container is in '
       'CONTAINER_EXITED state" probeType="Readiness" pod="shop/cart-6b8c7d9f4-q7w8e" podUID="' + UID2 + '" containerName="cart"'))
B("kubelet", "probe_failure",
  describe("Warning", "ProbeWarning", "3m", "kubelet",
           "Readiness probe warning: Probe terminated redirects, Response body: "))
B("kubelet", "probe_failure",
  klog("I", "0312 14:22:09.001554", 2345, "kubelet.go:2528",
       '"SyncLoop (probe)" probe="readiness" status="ready" pod="shop/cart-7d9f8b6c5-x2lkq"'))
B("kubelet", "probe_failure",
  klog("I", "0312 14:22:09.002016", 2345, "kubelet.go:2518",
       '"SyncLoop (probe)" probe="startup" status="started" pod="shop/cart-7d9f8b6c5-x2lkq"'))
B("kubelet", "probe_failure",
  klog("E", "0312 14:22:05.912551", 2345, "prober.go:239",
       '"Probe errored" err="rpc error: code = NotFound desc = failed to exec in container: failed to load task: no running '
       'task found: task 4c2b21624d4488ea8305bec91bb58135e840ab50b779da3db19ddf87864a760e not found: not found" '
       'probeType="Liveness" pod="monitoring/node-exporter-8x7wq" podUID="' + UID5 + '" containerName="node-exporter"'))

# =================================================================== scheduling
C("kube-scheduler", "scheduling",
  klog("I", "0312 14:22:05.100233", 1, "schedule_one.go:1004",
       '"Unable to schedule pod; no fit; waiting" pod="shop/cart-7d9f8b6c5-x2lkq" err="0/6 nodes are available: '
       '2 Insufficient cpu, 4 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: '
       '0/6 nodes are available: 2 No preemption victims found for incoming pod, 4 Preemption is not helpful for scheduling."'))
C("kube-scheduler", "scheduling",
  alloy_event("cart-7d9f8b6c5-x2lkq", "Pod", "FailedScheduling", "Warning",
              "0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption "
              "victims found for incoming pod.", "8812001", "8812005", action="Scheduling",
              rctl="default-scheduler", rinst="default-scheduler-ip-10-0-0-10"))
C("kube-scheduler", "scheduling",
  describe("Warning", "FailedScheduling", "2m (x3 over 7m)", "default-scheduler",
           "0/5 nodes are available: 5 node(s) didn't match Pod's node affinity/selector. preemption: 0/5 nodes are "
           "available: 5 Preemption is not helpful for scheduling."))
C("kube-scheduler", "scheduling",
  getev("41s", "Warning", "FailedScheduling", "pod/zookeeper-2",
        "0/4 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 3 node(s) didn't "
        "match pod anti-affinity rules. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, "
        "3 No preemption victims found for incoming pod."))
C("kube-scheduler", "scheduling",
  describe("Warning", "FailedScheduling", "18s", "default-scheduler",
           "0/3 nodes are available: 1 node(s) had taint {node-role.kubernetes.io/master: }, that the pod didn't tolerate, "
           "2 Insufficient cpu."))
C("kube-scheduler", "scheduling",
  eventrouter("ADDED", "batch", "nightly-etl-28501920-6xq2b", "Pod", "FailedScheduling",
              "0/8 nodes are available: 8 Too many pods. preemption: 0/8 nodes are available: 8 No preemption victims "
              "found for incoming pod.", "Warning", "default-scheduler", "", 1, "2024-03-12T14:22:05Z",
              "2024-03-12T14:22:05Z", UID2, "55120931"))
C("kube-scheduler", "scheduling",
  getev("3m", "Warning", "FailedScheduling", "pod/ingress-nginx-controller-6b9d7c8f5-9plmk",
        "0/4 nodes are available: 4 node(s) didn't have free ports for the requested pod ports. preemption: 0/4 nodes "
        "are available: 4 No preemption victims found for incoming pod."))
C("kube-scheduler", "scheduling",
  describe("Warning", "FailedScheduling", "5m (x2 over 10m)", "default-scheduler",
           "0/6 nodes are available: 6 node(s) didn't match pod topology spread constraints. preemption: 0/6 nodes are "
           "available: 6 Preemption is not helpful for scheduling."))
C("kube-scheduler", "scheduling",
  exporter("ml", "trainer-0", "Pod", "FailedScheduling",
           "0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: 0/3 nodes are available: 3 No preemption "
           "victims found for incoming pod.", "Warning", "default-scheduler", "", 1, "2024-03-12T14:22:05Z",
           "2024-03-12T14:22:05Z", UID3, "7731299", labels={"app": "trainer"}))
C("kube-scheduler", "scheduling",
  describe("Warning", "FailedScheduling", "12s", "default-scheduler",
           "0/3 nodes are available: 3 node(s) exceed max volume count. preemption: 0/3 nodes are available: 3 No "
           "preemption victims found for incoming pod."))
C("kube-scheduler", "scheduling",
  getev("6m", "Warning", "FailedScheduling", "pod/postgres-1",
        "0/3 nodes are available: 3 node(s) had volume node affinity conflict. preemption: 0/3 nodes are available: "
        "3 Preemption is not helpful for scheduling."))
C("kube-scheduler", "scheduling",
  describe("Warning", "FailedScheduling", "9s", "default-scheduler",
           "0/5 nodes are available: 1 node(s) were unschedulable, 4 Insufficient memory. preemption: 0/5 nodes are "
           "available: 1 Preemption is not helpful for scheduling, 4 No preemption victims found for incoming pod."))
C("kube-scheduler", "scheduling",
  describe("Warning", "FailedScheduling", "2m", "default-scheduler",
           "0/2 nodes are available: 2 node(s) didn't satisfy existing pods anti-affinity rules. preemption: 0/2 nodes "
           "are available: 2 Preemption is not helpful for scheduling."))
C("kube-controller-manager", "scheduling",
  alloy_event("cart-7d9f8b6c5", "ReplicaSet", "FailedCreate", "Warning",
              'Error creating: pods "cart-7d9f8b6c5-abcde" is forbidden: exceeded quota: compute-quota, requested: '
              'limits.memory=2Gi, used: limits.memory=15Gi, limited: limits.memory=16Gi', "8811002", "8811040", count=12,
              source="replicaset-controller", api="apps/v1"))
C("kube-controller-manager", "scheduling",
  ev_klog("0312 14:22:05.221904", 1, "event.go:307", "analytics/spark-worker-7c8d9e6f5", "ReplicaSet", "Warning",
          "FailedCreate", 'Error creating: pods "spark-worker-7c8d9e6f5-m2n3b" is forbidden: maximum memory usage per '
          'Container is 4Gi, but limit is 8Gi', api="apps/v1"))
C("kube-controller-manager", "scheduling",
  klog("E", "0312 14:22:05.223001", 1, "replica_set.go:557",
       '"Unhandled Error" err="sync \\"shop/cart-7d9f8b6c5\\" failed with pods \\"cart-7d9f8b6c5-abcde\\" is forbidden: '
       'exceeded quota: compute-quota, requested: requests.cpu=2, used: requests.cpu=15500m, limited: requests.cpu=16"'))
C("cluster-autoscaler", "scheduling",
  describe("Normal", "NotTriggerScaleUp", "3m (x31 over 8m)", "cluster-autoscaler",
           "pod didn't trigger scale-up: 2 Insufficient memory, 1 max node group size reached"))
C("cluster-autoscaler", "scheduling",
  klog("I", "0312 14:22:05.441211", 1, "orchestrator.go:565",
       "Pod ml/trainer-0 can't be scheduled on eks-gpu-ng-8ec5b1a2-3c4d-5e6f-7a8b-9c0d1e2f3a4b, predicate checking "
       "error: Insufficient nvidia.com/gpu; predicateName=NodeResourcesFit; reasons: Insufficient nvidia.com/gpu; debugInfo="))
C("karpenter", "scheduling",
  '{"level":"ERROR","time":"2024-03-12T14:22:05.221Z","logger":"controller","message":"could not schedule pod",'
  '"commit":"6174c75","controller":"provisioner","namespace":"","name":"","reconcileID":"f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b",'
  '"Pod":{"name":"trainer-0","namespace":"ml"},"error":"incompatible with nodepool \\"default\\", daemonset overhead='
  '{\\"cpu\\":\\"200m\\",\\"memory\\":\\"128Mi\\",\\"pods\\":\\"5\\"}, no instance type satisfied resources '
  '{\\"cpu\\":\\"64\\",\\"memory\\":\\"512Gi\\",\\"pods\\":\\"6\\"} and requirements karpenter.k8s.aws/instance-category In '
  '[c m r], karpenter.sh/capacity-type In [on-demand], karpenter.sh/nodepool In [default], kubernetes.io/arch In [amd64] '
  '(no instance type which had enough resources and the required offering met the scheduling requirements)"}')
C("karpenter", "scheduling",
  describe("Warning", "FailedScheduling", "10s", "karpenter",
           'Failed to schedule pod, incompatible with nodepool "default", daemonset overhead={"cpu":"200m","pods":"5"}, '
           'incompatible requirements, key topology.kubernetes.io/zone, topology.kubernetes.io/zone In [eu-west-1c] not in '
           'topology.kubernetes.io/zone In [eu-west-1a eu-west-1b]'))
C("kube-scheduler", "scheduling",
  getev("14m", "Warning", "FailedScheduling", "pod/cache-warmer-0",
        "0/7 nodes are available: 7 node(s) had untolerated taint {dedicated: batch}. preemption: 0/7 nodes are available: "
        "7 Preemption is not helpful for scheduling."))
C("kube-scheduler", "scheduling",
  klog("I", "0312 14:22:05.100512", 1, "scheduler.go:638",
       "Unable to schedule data/postgres-1: no fit: 0/3 nodes are available: 3 Insufficient cpu.; waiting"))
C("kube-controller-manager", "config_error",
  describe("Warning", "FailedCreate", "16s (x14 over 57s)", "daemonset-controller",
           'Error creating: pods "node-exporter-" is forbidden: violates PodSecurity "baseline:latest": host namespaces '
           '(hostNetwork=true, hostPID=true), hostPath volumes (volume "proc")'))

S("kube-scheduler", "scheduling",
  describe("Normal", "Preempted", "33s", "default-scheduler",
           "Preempted by pod 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d on node " + EKS3))
S("kubectl", "scheduling",
  "trainer-0                     0/1     Pending            0          17m")

B("kube-scheduler", "scheduling",
  klog("I", "0312 14:22:05.100991", 1, "schedule_one.go:286",
       '"Successfully bound pod to node" pod="shop/cart-7d9f8b6c5-x2lkq" node="' + EKS1 + '" evaluatedNodes=6 feasibleNodes=3'))
B("kube-scheduler", "scheduling",
  describe("Normal", "Scheduled", "2m", "default-scheduler",
           "Successfully assigned shop/cart-7d9f8b6c5-x2lkq to " + EKS1))
B("cluster-autoscaler", "scheduling",
  describe("Normal", "TriggeredScaleUp", "2m", "cluster-autoscaler",
           "pod triggered scale-up: [{eks-general-2ac5b1a2-1d2e-3f4a-5b6c-7d8e9f0a1b2c 3->4 (max: 10)}]"))
B("karpenter", "scheduling",
  '{"level":"INFO","time":"2024-03-12T14:22:07.812Z","logger":"controller","message":"found provisionable pod(s)",'
  '"commit":"6174c75","controller":"provisioner","namespace":"","name":"","reconcileID":"a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d",'
  '"Pods":"shop/cart-7d9f8b6c5-x2lkq","duration":"41.823901ms"}')
B("karpenter", "scheduling",
  '{"level":"INFO","time":"2024-03-12T14:22:07.851Z","logger":"controller","message":"created nodeclaim",'
  '"commit":"6174c75","controller":"provisioner","namespace":"","name":"","reconcileID":"a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d",'
  '"NodePool":{"name":"default"},"NodeClaim":{"name":"default-x8kqz"},"requests":{"cpu":"1210m","memory":"1624Mi","pods":"7"},'
  '"instance-types":"c5.large, c5a.large, c6a.large, c6i.large, m5.large and 27 other(s)"}')
B("kube-scheduler", "scheduling",
  getev("1m", "Normal", "WaitingForGates", "pod/batch-runner-4x8c2",
        "Scheduling is blocked due to non-empty scheduling gates"))
B("kube-controller-manager", "scheduling",
  ev_klog("0312 14:22:07.118202", 1, "event.go:307", "shop/cart", "Deployment", "Normal", "ScalingReplicaSet",
          "Scaled up replica set cart-7d9f8b6c5 to 3", api="apps/v1"))

# =============================================================== dns_resolution
C("coredns", "dns_resolution",
  "[ERROR] plugin/errors: 2 api.stripe.com. A: read udp 10.244.0.5:43251->10.0.0.2:53: i/o timeout")
C("coredns", "dns_resolution",
  "[ERROR] plugin/errors: 2 metadata.google.internal. AAAA: dial udp 169.254.169.254:53: connect: network is unreachable")
C("coredns", "dns_resolution",
  '[FATAL] plugin/loop: Loop (127.0.0.1:43017 -> :53) detected for zone ".", see '
  'https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO 4547991504243258144.3688648895315093531."')
C("coredns", "dns_resolution",
  '[INFO] 10.244.1.17:51234 - 40211 "A IN redis-master.cache.svc.cluster.local. udp 54 false 512" NXDOMAIN '
  'qr,aa,rd 147 0.000123183s')
C("coredns", "dns_resolution",
  '[INFO] 10.244.2.31:39112 - 5561 "A IN api.github.com. udp 32 false 512" SERVFAIL qr,rd 32 2.003541229s')
C("node-local-dns", "dns_resolution",
  "[ERROR] plugin/errors: 2 sts.eu-west-1.amazonaws.com. A: dial tcp 172.20.0.10:53: i/o timeout")
C("coredns", "dns_resolution",
  "[ERROR] plugin/errors: 2 login.microsoftonline.com. AAAA: read udp 10.244.0.7:51874->168.63.129.16:53: i/o timeout")
C("argocd-repo-server", "dns_resolution",
  'time="2024-03-12T14:22:05Z" level=error msg="finished unary call with code Unknown" error="rpc error: code = Unknown '
  'desc = Get \\"https://github.com/acme/deploy.git/info/refs?service=git-upload-pack\\": dial tcp: lookup github.com on '
  '10.96.0.10:53: server misbehaving" grpc.code=Unknown grpc.method=GenerateManifest grpc.service=repository.RepoServerService '
  'grpc.start_time="2024-03-12T14:22:00Z" grpc.time_ms=5012.4 span.kind=server system=grpc')
C("vault-agent", "dns_resolution",
  '2024-03-12T14:22:05.118Z [ERROR] agent.auth.handler: error authenticating: error="Put '
  '\\"https://vault.vault.svc:8200/v1/auth/kubernetes/login\\": dial tcp: lookup vault.vault.svc on 10.96.0.10:53: '
  'read udp 10.244.2.14:51234->10.96.0.10:53: i/o timeout" backoff=1.37s')
C("ingress-nginx", "dns_resolution",
  '2024/03/12 14:22:05 [error] 31#31: *4521 backend.shop.svc.cluster.local could not be resolved (3: Host not found), '
  'client: 10.0.1.5, server: shop.example.com, request: "GET /api HTTP/1.1", host: "shop.example.com"')
C("nginx", "dns_resolution",
  '2024/03/12 14:22:05 [error] 7#7: *88 payments.internal.acme.io could not be resolved (110: Operation timed out), '
  'client: 10.244.1.1, server: _, request: "POST /charge HTTP/1.1", host: "gateway"')
C("curl", "dns_resolution", "curl: (6) Could not resolve host: vault.vault.svc")
C("busybox", "dns_resolution", "wget: bad address 'config-server.platform.svc.cluster.local:8888'")
C("prometheus", "dns_resolution",
  'ts=2024-03-12T14:22:05.443Z caller=dns.go:171 level=error component="discovery manager notify" discovery=dns '
  'config=config-0 msg="Error refreshing DNS targets" err="could not resolve \\"_web._tcp.alertmanager-operated.monitoring.svc\\": '
  'all servers responded with errors to at least one search domain"')
C("alertmanager", "dns_resolution",
  'ts=2024-03-12T14:22:05.921Z caller=dispatch.go:353 level=error component=dispatcher msg="Notify for alerts failed" '
  'num_alerts=3 err="slack/slack[0]: notify retry canceled after 16 attempts: Post \\"<redacted>\\": dial tcp: lookup '
  'hooks.slack.com on 10.96.0.10:53: no such host"')
C("promtail", "dns_resolution",
  'level=warn ts=2024-03-12T14:22:05.118234Z caller=client.go:419 component=client host=loki-gateway.monitoring.svc '
  'msg="error sending batch, will retry" status=-1 tenant= error="Post \\"http://loki-gateway.monitoring.svc/loki/api/v1/push\\": '
  'dial tcp: lookup loki-gateway.monitoring.svc on 10.96.0.10:53: no such host"')
C("flux-source-controller", "dns_resolution",
  '{"level":"error","ts":"2024-03-12T14:22:05.341Z","msg":"Reconciler error","controller":"gitrepository",'
  '"controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"GitRepository","GitRepository":{"name":"fleet",'
  '"namespace":"flux-system"},"namespace":"flux-system","name":"fleet","reconcileID":"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",'
  '"error":"failed to checkout and determine revision: unable to clone \'https://github.com/acme/fleet\': dial tcp: lookup '
  'github.com on 10.96.0.10:53: server misbehaving"}')
C("haproxy", "dns_resolution",
  "[WARNING]  (8) : Server be_api/srv1 is going DOWN for maintenance (DNS NX status). 0 active and 0 backup servers left. "
  "0 sessions active, 0 requeued, 0 remaining in queue.")
C("haproxy", "dns_resolution",
  "[WARNING]  (8) : Server be_payments/srv2 is going DOWN for maintenance (DNS timeout status). 1 active and 0 backup "
  "servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
C("traefik", "dns_resolution",
  'time="2024-03-12T14:22:05Z" level=debug msg="\'502 Bad Gateway\' caused by: dial tcp: lookup whoami.apps.svc on '
  '10.96.0.10:53: no such host"')
C("fluent-bit", "dns_resolution",
  "[2024/03/12 14:22:05] [ warn] [net] getaddrinfo(host='elasticsearch-master.logging.svc', err=4): Domain name not found")
S("cluster-autoscaler", "dns_resolution",
  klog("E", "0312 14:22:05.552012", 1, "aws_manager.go:265",
       'Failed to regenerate ASG cache: RequestError: send request failed'))
C("cluster-autoscaler", "dns_resolution",
  'caused by: Post "https://autoscaling.eu-west-1.amazonaws.com/": dial tcp: lookup autoscaling.eu-west-1.amazonaws.com on '
  '172.20.0.10:53: no such host')
C("kubelet", "dns_resolution",
  describe("Warning", "Failed", "30s", "kubelet",
           'Failed to pull image "registry.internal.acme.io/platform/agent:5.2": rpc error: code = Unknown desc = failed to '
           'pull and unpack image "registry.internal.acme.io/platform/agent:5.2": failed to resolve reference '
           '"registry.internal.acme.io/platform/agent:5.2": failed to do request: Head '
           '"https://registry.internal.acme.io/v2/platform/agent/manifests/5.2": dial tcp: lookup registry.internal.acme.io '
           'on 127.0.0.53:53: no such host'))
C("coredns", "dns_resolution",
  "[ERROR] plugin/errors: 2 8473521092284116235.7166389283645377719. HINFO: read udp 10.244.0.5:36021->10.0.0.2:53: i/o timeout")

S("coredns", "dns_resolution", '[INFO] plugin/ready: Still waiting on: "kubernetes"')
S("coredns", "dns_resolution",
  "[ERROR] plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: Failed to watch "
  "*v1.EndpointSlice: failed to list *v1.EndpointSlice: Get \"https://10.96.0.1:443/apis/discovery.k8s.io/v1/endpointslices"
  "?limit=500&resourceVersion=0\": dial tcp 10.96.0.1:443: i/o timeout")
S("external-dns", "dns_resolution",
  'time="2024-03-12T14:22:05Z" level=error msg="Failed to do run once: soft error\\nrecords retrieval failed: failed to list '
  'hosted zones: RequestError: send request failed\\ncaused by: Get \\"https://route53.amazonaws.com/2013-04-01/hostedzone\\": '
  'dial tcp: lookup route53.amazonaws.com on 172.20.0.10:53: read udp 10.0.2.77:40812->172.20.0.10:53: i/o timeout"')

B("coredns", "dns_resolution",
  '[INFO] 10.244.1.17:48211 - 23310 "AAAA IN api.stripe.com.shop.svc.cluster.local. udp 56 false 512" NXDOMAIN '
  'qr,aa,rd 160 0.000096441s')
B("coredns", "dns_resolution",
  '[INFO] 10.244.1.17:48211 - 23311 "A IN api.stripe.com.svc.cluster.local. udp 50 false 512" NXDOMAIN '
  'qr,aa,rd 143 0.000081022s')
B("coredns", "dns_resolution",
  "[WARNING] plugin/kubernetes: starting server with unsynced Kubernetes API")
B("coredns", "dns_resolution",
  "[WARNING] No files matching import glob pattern: /etc/coredns/custom/*.override")
B("coredns", "dns_resolution",
  "[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f"
  "046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908")
B("kubelet", "dns_resolution",
  klog("E", "0312 14:22:05.020117", 2345, "dns.go:153",
       '"Nameserver limits exceeded" err="Nameserver limits were exceeded, some nameservers have been omitted, the applied '
       'nameserver line is: 10.0.0.2 10.0.0.3 10.0.0.4"'))
B("kubelet", "dns_resolution",
  getev("2m", "Warning", "DNSConfigForming", "pod/cart-7d9f8b6c5-x2lkq",
        "Search Line limits were exceeded, some search paths have been omitted, the applied search line is: "
        "shop.svc.cluster.local svc.cluster.local cluster.local eu-west-1.compute.internal corp.acme.io lab.acme.io"))
B("cert-manager", "dns_resolution",
  klog("I", "0312 14:22:05.330115", 1, "wait.go:90",
       '"propagation check failed" err="DNS record for \\"shop.example.com\\" not yet propagated" '
       'logger="cert-manager.controller" resource_name="shop-tls-1-2931443271-1840542101" resource_namespace="shop" '
       'resource_kind="Challenge" resource_version="v1" dnsName="shop.example.com" type="DNS-01"'))
B("external-dns", "dns_resolution",
  'time="2024-03-12T14:22:05Z" level=info msg="All records are already up to date"')
B("mysql", "dns_resolution",
  "2024-03-12T14:22:05.118233Z 41 [Warning] [MY-010055] [Server] IP address '10.244.1.17' could not be resolved: "
  "Name or service not known")
B("coredns", "dns_resolution",
  '[INFO] 10.244.2.9:53012 - 771 "SRV IN _grpclb._tcp.cart.shop.svc.cluster.local. udp 69 false 512" NXDOMAIN '
  'qr,aa,rd 162 0.000077s')

# =========================================================== connection_refused
C("istio-proxy", "connection_refused",
  '[2024-03-12T14:22:05.118Z] "GET /api/cart HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure} '
  '- "-" 0 91 2 - "-" "Go-http-client/1.1" "6f1c2e3d-4b5a-4c6d-9e8f-7a6b5c4d3e2f" "cart.shop.svc.cluster.local:8080" '
  '"10.244.1.17:8080" outbound|8080||cart.shop.svc.cluster.local - 10.96.45.12:8080 10.244.2.31:53422 - default')
C("istio-proxy", "connection_refused",
  '[2024-03-12T14:22:05.233Z] "POST /checkout HTTP/1.1" 503 UH no_healthy_upstream - "-" 118 19 0 - "10.0.1.5" '
  '"Mozilla/5.0" "7d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a" "checkout.shop.svc.cluster.local:8080" "-" '
  'outbound|8080||checkout.shop.svc.cluster.local - 10.96.12.88:8080 10.244.0.21:41872 - default')
C("envoy", "connection_refused",
  '[2024-03-12T14:22:05.301Z] "GET /inventory/42 HTTP/2" 503 URX,UF via_upstream - "-" 0 152 75 - "-" "grpc-go/1.62.1" '
  '"1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e" "inventory:9000" "10.244.3.40:9000" outbound|9000||inventory.shop.svc.cluster.local '
  '- 10.96.77.3:9000 10.244.1.12:50188 - default')
C("ingress-nginx", "connection_refused",
  '2024/03/12 14:22:05 [error] 45#45: *123456 connect() failed (111: Connection refused) while connecting to upstream, '
  'client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: '
  '"http://10.244.1.17:8080/api/cart", host: "shop.example.com"')
C("ingress-nginx", "connection_refused",
  '2024/03/12 14:22:05 [error] 46#46: *123999 upstream prematurely closed connection while reading response header from '
  'upstream, client: 10.0.1.5, server: shop.example.com, request: "POST /api/orders HTTP/1.1", upstream: '
  '"http://10.244.1.18:8080/api/orders", host: "shop.example.com"')
C("nginx", "connection_refused",
  '2024/03/12 14:22:05 [error] 29#29: *5512 recv() failed (104: Connection reset by peer) while reading response header '
  'from upstream, client: 10.244.0.1, server: _, request: "GET /reports HTTP/1.1", upstream: '
  '"http://10.96.33.21:8080/reports", host: "reports.acme.io"')
C("nginx", "connection_refused",
  '2024/03/12 14:22:05 [error] 29#29: *5513 no live upstreams while connecting to upstream, client: 10.244.0.1, '
  'server: _, request: "GET /reports HTTP/1.1", upstream: "http://reports_backend/reports", host: "reports.acme.io"')
C("ingress-nginx", "connection_refused",
  '2024/03/12 14:22:05 [error] 45#45: *124001 connect() failed (113: Host is unreachable) while connecting to upstream, '
  'client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: '
  '"http://10.244.4.9:8080/api/cart", host: "shop.example.com"')
C("ingress-nginx", "connection_refused",
  klog("W", "0312 14:22:05.114002", 7, "controller.go:1214", 'Service "shop/cart" does not have any active Endpoint.'))
C("haproxy", "connection_refused",
  '[WARNING]  (8) : Server be_api/api-1 is DOWN, reason: Layer4 connection problem, info: "Connection refused", check '
  'duration: 0ms. 1 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.')
C("haproxy", "connection_refused", "[ALERT]    (8) : backend 'be_api' has no server available!")
C("traefik", "connection_refused",
  'time="2024-03-12T14:22:05Z" level=debug msg="\'502 Bad Gateway\' caused by: dial tcp 10.244.1.17:8080: connect: '
  'connection refused"')
C("caddy", "connection_refused",
  '{"level":"error","ts":1710253325.1182,"logger":"http.log.error","msg":"dial tcp 10.244.1.17:8080: connect: connection '
  'refused","request":{"remote_ip":"10.0.1.5","remote_port":"51234","client_ip":"10.0.1.5","proto":"HTTP/2.0",'
  '"method":"GET","host":"shop.example.com","uri":"/api/cart","headers":{"User-Agent":["Mozilla/5.0"]},'
  '"tls":{"resumed":false,"version":772,"cipher_suite":4865,"proto":"h2","server_name":"shop.example.com"}},'
  '"duration":0.001312,"status":502,"err_id":"k3h2j1x9a","err_trace":"reverseproxy.statusError (reverseproxy.go:1269)"}')
C("linkerd-proxy", "connection_refused",
  "[  1234.567890s]  WARN ThreadId(01) outbound:proxy{addr=10.96.45.12:8080}:service{ns=shop name=cart port=8080}:"
  "endpoint{addr=10.244.1.17:8080}: linkerd_reconnect: Failed to connect error=Connection refused (os error 111)")
C("argocd-server", "connection_refused",
  'time="2024-03-12T14:22:05Z" level=error msg="finished unary call with code Unavailable" error="rpc error: code = '
  'Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp 10.96.33.21:8081: connect: '
  'connection refused\\"" grpc.code=Unavailable grpc.method=GetAppDetails grpc.service=repository.RepoServerService '
  'grpc.start_time="2024-03-12T14:22:05Z" grpc.time_ms=2.31 span.kind=server system=grpc')
C("kubelet", "connection_refused",
  klog("E", "0312 14:22:05.221003", 2345, "reflector.go:147",
       'k8s.io/client-go/informers/factory.go:159: Failed to watch *v1.Service: failed to list *v1.Service: Get '
       '"https://10.0.0.10:6443/api/v1/services?limit=500&resourceVersion=0": dial tcp 10.0.0.10:6443: connect: '
       'connection refused'))
C("etcd", "connection_refused",
  '{"level":"warn","ts":"2024-03-12T14:22:05.118331Z","caller":"rafthttp/probing_status.go:68","msg":"prober detected '
  'unhealthy status","round-tripper-name":"ROUND_TRIPPER_RAFT_MESSAGE","remote-peer-id":"8e9e05c52164694d","rtt":"0s",'
  '"error":"dial tcp 10.0.0.12:2380: connect: connection refused"}')
C("kube-apiserver", "connection_refused",
  klog("W", "0312 14:22:05.331190", 1, "logging.go:59",
       '[core] [Channel #5 SubChannel #6] grpc: addrConn.createTransport failed to connect to {Addr: "127.0.0.1:2379", '
       'ServerName: "127.0.0.1", }. Err: connection error: desc = "transport: Error while dialing: dial tcp '
       '127.0.0.1:2379: connect: connection refused"'))
C("prometheus", "connection_refused",
  'ts=2024-03-12T14:22:05.612Z caller=dedupe.go:112 component=remote level=warn remote_name=2a4c6e '
  'url=http://mimir-nginx.mimir.svc/api/v1/push msg="Failed to send batch, retrying" err="Post '
  '\\"http://mimir-nginx.mimir.svc/api/v1/push\\": dial tcp 10.96.7.8:80: connect: connection refused"')
C("alertmanager", "connection_refused",
  'ts=2024-03-12T14:22:05.921Z caller=dispatch.go:353 level=error component=dispatcher msg="Notify for alerts failed" '
  'num_alerts=2 err="webhook/webhook[0]: notify retry canceled after 3 attempts: Post \\"<redacted>\\": dial tcp '
  '10.96.55.1:8080: connect: connection refused"')
C("fluent-bit", "connection_refused",
  "[2024/03/12 14:22:05] [error] [net] TCP connection failed: elasticsearch-master:9200 (Connection refused)")
C("vector", "connection_refused",
  "2024-03-12T14:22:05.118234Z  WARN sink{component_kind=\"sink\" component_id=loki component_type=loki}:request{request_id=42}: "
  "vector::sinks::util::retries: Retrying after error. error=Failed to make HTTP(S) request: error trying to connect: "
  "tcp connect error: Connection refused (os error 111) internal_log_rate_limit=true")
C("kube-apiserver", "connection_refused",
  klog("E", "0312 14:22:05.771223", 1, "available_controller.go:456",
       'v1beta1.metrics.k8s.io failed with: failing or missing response from https://10.244.1.5:4443/apis/metrics.k8s.io/v1beta1: '
       'Get "https://10.244.1.5:4443/apis/metrics.k8s.io/v1beta1": dial tcp 10.244.1.5:4443: connect: connection refused'))
C("kube-apiserver", "connection_refused",
  'Error from server (InternalError): error when creating "certificate.yaml": Internal error occurred: failed calling '
  'webhook "webhook.cert-manager.io": failed to call webhook: Post '
  '"https://cert-manager-webhook.cert-manager.svc:443/mutate?timeout=10s": dial tcp 10.96.123.45:443: connect: connection refused')
C("ztunnel", "connection_refused",
  '2024-03-12T14:22:05.118234Z\terror\taccess\tconnection complete\tsrc.addr=10.244.1.9:45678 '
  'src.workload="frontend-6c7d8e9f0-abcde" src.namespace="shop" src.identity="spiffe://cluster.local/ns/shop/sa/frontend" '
  'dst.addr=10.244.2.31:15008 dst.hbone_addr=10.244.2.31:8080 dst.service="cart.shop.svc.cluster.local" '
  'dst.workload="cart-7d9f8b6c5-x2lkq" dst.namespace="shop" dst.identity="spiffe://cluster.local/ns/shop/sa/cart" '
  'direction="outbound" bytes_sent=0 bytes_recv=0 duration="1ms" error="connection failed: Connection refused (os error 111)"')
C("traefik", "connection_refused",
  'time="2024-03-12T14:22:05Z" level=error msg="Skipping service: no endpoints found" ingress=shop-web namespace=shop '
  'providerName=kubernetes serviceName=cart servicePort="&ServiceBackendPort{Name:,Number:8080,}"')
C("grafana", "connection_refused",
  'logger=tsdb.prometheus endpoint=queryData pluginId=prometheus dsName=Prometheus dsUID=P1809F7CD0C75ACF3 '
  'uname=admin fromAlert=false t=2024-03-12T14:22:05.118234Z level=error msg="Error received from Prometheus" '
  'error="Post \\"http://prometheus-operated.monitoring.svc:9090/api/v1/query_range\\": dial tcp 10.96.41.7:9090: connect: '
  'connection refused"')

S("istio-proxy", "connection_refused",
  "upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure "
  "reason: delayed connect error: 111")
S("envoy", "connection_refused",
  "upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection "
  "failure, transport failure reason: delayed connect error: 111")
S("envoy", "connection_refused", "no healthy upstream")
S("ingress-nginx", "connection_refused",
  '10.0.1.5 - - [12/Mar/2024:14:22:05 +0000] "GET /api/cart HTTP/1.1" 502 150 "-" "Mozilla/5.0 (X11; Linux x86_64)" 512 '
  '0.002 [shop-cart-8080] [] 10.244.1.17:8080 0 0.001 502 4f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f')
S("ingress-nginx", "connection_refused",
  '10.0.1.5 - - [12/Mar/2024:14:22:06 +0000] "GET /api/cart HTTP/1.1" 503 190 "-" "curl/8.5.0" 92 0.000 [shop-cart-8080] '
  '[] - - - - 9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b')
S("istio-proxy", "connection_refused",
  "2024-03-12T14:22:05.118234Z\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/"
  "grpc_stream.h:152\tStreamAggregatedResources gRPC config stream to xds-grpc closed since 42s ago: 14, connection "
  "error: desc = \"transport: Error while dialing: dial tcp 10.96.0.42:15012: connect: connection refused\"\tthread=14")
S("pilot-agent", "connection_refused",
  "2024-03-12T14:22:05.118234Z\twarn\tEnvoy proxy is NOT ready: config not received from XDS server (is Istiod running?): "
  "cds updates: 0 successful, 0 rejected; lds updates: 0 successful, 0 rejected")
S("kube-controller-manager", "connection_refused",
  getev("2m", "Warning", "FailedGetResourceMetric", "horizontalpodautoscaler/cart",
        "failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource "
        "metrics API: the server is currently unable to handle the request (get pods.metrics.k8s.io)"))
S("kubectl", "connection_refused", "error: Metrics API not available")
S("kubectl", "connection_refused",
  "The connection to the server 10.0.0.10:6443 was refused - did you specify the right host or port?")
S("fluent-bit", "connection_refused",
  "[2024/03/12 14:22:06] [ warn] [engine] failed to flush chunk '1-1710253325.123456789.flb', retry in 7 seconds: "
  "task_id=3, input=tail.0 > output=es.0 (out_id=0)")
S("linkerd-proxy", "connection_refused",
  "[  1240.112003s]  WARN ThreadId(02) inbound:server{port=8080}:rescue{client.addr=10.244.0.21:41872}: "
  "linkerd_app_core::errors::respond: HTTP/1.1 request failed error=logical service cart.shop.svc.cluster.local:8080: "
  "service in fail-fast error.sources=[service in fail-fast]")

B("kube-apiserver", "connection_refused",
  klog("I", "0312 14:22:05.002113", 1, "log.go:245",
       "http2: server: error reading preface from client 10.0.1.5:51234: read tcp 10.0.0.10:6443->10.0.1.5:51234: "
       "read: connection reset by peer"))
B("istio-proxy", "connection_refused",
  "2024-03-12T14:22:05.118234Z\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/"
  "grpc_stream.h:152\tStreamAggregatedResources gRPC config stream to xds-grpc closed since 1805s ago: 0, \tthread=14")
B("pilot-agent", "connection_refused",
  "2024-03-12T14:22:05.201044Z\tinfo\txdsproxy\tconnected to upstream XDS server: istiod.istio-system.svc:15012\tid=4")
B("fluent-bit", "connection_refused",
  "[2024/03/12 14:22:13] [ info] [engine] flush chunk '1-1710253325.123456789.flb' succeeded at retry 1: task_id=3, "
  "input=tail.0 > output=es.0 (out_id=0)")
B("kube-controller-manager", "connection_refused",
  klog("W", "0312 14:22:05.221118", 1, "reflector.go:462",
       'k8s.io/client-go/informers/factory.go:159: watch of *v1.Pod ended with: an error on the server ("unable to decode '
       'an event from the watch stream: http2: client connection lost") has prevented the request from succeeding'))
B("alertmanager", "connection_refused",
  'ts=2024-03-12T14:22:15.004Z caller=cluster.go:708 level=info component=cluster msg="gossip settled; proceeding" '
  'elapsed=10.002458912s')
B("prometheus", "connection_refused",
  'ts=2024-03-12T14:22:35.004Z caller=dedupe.go:112 component=remote level=info remote_name=2a4c6e '
  'url=http://mimir-nginx.mimir.svc/api/v1/push msg="Done replaying WAL" duration=8.315245231s')
B("vector", "connection_refused",
  "2024-03-12T14:22:15.411002Z  INFO sink{component_kind=\"sink\" component_id=loki component_type=loki}: "
  "vector::sinks::util::retries: Internal log [Retrying after error.] has been suppressed 12 times.")
B("envoy", "connection_refused",
  '[2024-03-12T14:22:05.118Z] "GET /healthz HTTP/1.1" 200 - via_upstream - "-" 0 2 1 1 "-" "kube-probe/1.29" '
  '"3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f" "10.244.1.17:15021" "10.244.1.17:8080" inbound|8080|| 127.0.0.6:51211 '
  '10.244.1.17:8080 10.244.1.1:40312 - default')

# ====================================================================== timeout
C("ingress-nginx", "timeout",
  '2024/03/12 14:22:05 [error] 45#45: *124777 upstream timed out (110: Operation timed out) while reading response header '
  'from upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/report?year=2023 HTTP/1.1", upstream: '
  '"http://10.244.1.17:8080/api/report?year=2023", host: "shop.example.com"')
C("nginx", "timeout",
  '2024/03/12 14:22:05 [error] 31#31: *901 upstream timed out (110: Connection timed out) while connecting to upstream, '
  'client: 10.244.0.1, server: _, request: "GET /export HTTP/1.1", upstream: "http://10.96.18.4:8000/export", host: "export.acme.io"')
C("istio-proxy", "timeout",
  '[2024-03-12T14:22:05.118Z] "GET /api/report HTTP/1.1" 504 UT response_timeout - "-" 0 24 15001 - "10.0.1.5" '
  '"Mozilla/5.0" "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b" "report.shop.svc.cluster.local:8080" "10.244.1.31:8080" '
  'outbound|8080||report.shop.svc.cluster.local 10.244.0.21:43122 10.96.8.19:8080 10.244.0.21:41870 - default')
C("kube-apiserver", "timeout",
  klog("E", "0312 14:22:05.771023", 1, "status.go:71",
       "apiserver received an error that is not an metav1.Status: context.deadlineExceededError{}: context deadline exceeded"))
C("kube-apiserver", "timeout",
  klog("E", "0312 14:22:05.881901", 1, "wrap.go:54",
       'timeout or abort while handling: method=GET URI="/api/v1/pods?limit=500&resourceVersion=0" '
       'audit-ID="d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a"'))
C("kubelet", "timeout",
  klog("E", "0312 14:22:05.004112", 2345, "kubelet_node_status.go:540",
       '"Error updating node status, will retry" err="error getting node \\"' + EKS1 + '\\": Get '
       '\\"https://8E1F2A3B4C5D6E7F.gr7.eu-west-1.eks.amazonaws.com/api/v1/nodes/' + EKS1 +
       '?resourceVersion=0&timeout=10s\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"'))
C("kube-controller-manager", "timeout",
  klog("E", "0312 14:22:05.118223", 1, "leaderelection.go:369",
       'Failed to update lock: Put "https://10.0.0.10:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/'
       'kube-controller-manager?timeout=5s": context deadline exceeded'))
C("kube-scheduler", "timeout",
  klog("E", "0312 14:22:10.118991", 1, "leaderelection.go:332",
       "error retrieving resource lock kube-system/kube-scheduler: Get "
       "\"https://10.0.0.10:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-scheduler?timeout=5s\": "
       "net/http: request canceled (Client.Timeout exceeded while awaiting headers)"))
C("kube-controller-manager", "timeout",
  klog("I", "0312 14:22:15.119220", 1, "leaderelection.go:285",
       "failed to renew lease kube-system/kube-controller-manager: timed out waiting for the condition"))
C("kubectl", "timeout",
  'Unable to connect to the server: net/http: TLS handshake timeout')
C("kube-apiserver", "timeout",
  'Error from server (InternalError): error when creating "ingress.yaml": Internal error occurred: failed calling webhook '
  '"validate.nginx.ingress.kubernetes.io": failed to call webhook: Post '
  '"https://ingress-nginx-controller-admission.ingress-nginx.svc:443/networking/v1/ingresses?timeout=10s": context deadline exceeded')
C("metrics-server", "timeout",
  klog("E", "0312 14:22:05.330112", 1, "scraper.go:149",
       '"Failed to scrape node" err="Get \\"https://10.0.2.114:10250/metrics/resource\\": context deadline exceeded" '
       'node="' + EKS2 + '"'))
C("haproxy", "timeout",
  'Mar 12 14:22:35 lb-01 haproxy[8]: 10.0.1.5:51234 [12/Mar/2024:14:22:05.123] fe_http be_api/api-1 0/0/1/-1/30001 504 194 '
  '- - sH-- 12/12/3/1/0 0/0 "GET /report HTTP/1.1"')
C("traefik", "timeout",
  '10.0.1.5 - - [12/Mar/2024:14:22:05 +0000] "GET /report HTTP/1.1" 504 15 "-" "curl/8.5.0" 1234 "shop-report@kubernetes" '
  '"http://10.244.1.31:8080" 30001ms')
C("linkerd-proxy", "timeout",
  "[  2234.567890s]  WARN ThreadId(01) outbound:proxy{addr=10.96.8.19:8080}:service{ns=shop name=report port=8080}:"
  "endpoint{addr=10.244.1.31:8080}: linkerd_reconnect: Failed to connect error=connect timed out after 1s")
C("argocd-repo-server", "timeout",
  'time="2024-03-12T14:22:05Z" level=error msg="finished unary call with code DeadlineExceeded" error="rpc error: code = '
  'DeadlineExceeded desc = context deadline exceeded" grpc.code=DeadlineExceeded grpc.method=GenerateManifest '
  'grpc.service=repository.RepoServerService grpc.start_time="2024-03-12T14:20:35Z" grpc.time_ms=90001.2 span.kind=server system=grpc')
C("helm-controller", "timeout",
  alloy_event("cart", "HelmRelease", "UpgradeFailed", "Warning",
              "Helm upgrade failed for release shop/cart with chart cart@1.4.2: context deadline exceeded",
              "22011", "22301", count=1, source="helm-controller", api="helm.toolkit.fluxcd.io/v2"))
C("promtail", "timeout",
  'level=warn ts=2024-03-12T14:22:05.118234Z caller=client.go:419 component=client host=loki-gateway.monitoring.svc '
  'msg="error sending batch, will retry" status=-1 tenant= error="Post \\"http://loki-gateway.monitoring.svc/loki/api/v1/push\\": '
  'context deadline exceeded (Client.Timeout exceeded while awaiting headers)"')
C("cert-manager", "timeout",
  klog("E", "0312 14:22:05.551002", 1, "sync.go:190",
       '"propagation check failed" err="failed to perform self check GET request '
       '\'http://shop.example.com/.well-known/acme-challenge/Xc9Qm2Lk4Zr8Tn1Pv6Wb3Yd7\': Get '
       '\\"http://shop.example.com/.well-known/acme-challenge/Xc9Qm2Lk4Zr8Tn1Pv6Wb3Yd7\\": dial tcp 203.0.113.40:80: i/o timeout" '
       'logger="cert-manager.controller" resource_name="shop-tls-1-2931443271-1840542101" resource_namespace="shop" '
       'resource_kind="Challenge" resource_version="v1" dnsName="shop.example.com" type="HTTP-01"'))
C("kube-controller-manager", "timeout",
  klog("E", "0312 14:22:05.981022", 1, "reflector.go:147",
       'k8s.io/client-go/informers/factory.go:159: Failed to watch *v1.Endpoints: failed to list *v1.Endpoints: Get '
       '"https://10.96.0.1:443/api/v1/endpoints?limit=500&resourceVersion=0": dial tcp 10.96.0.1:443: i/o timeout'))
C("prometheus", "timeout",
  'ts=2024-03-12T14:22:05.511Z caller=scrape.go:1384 level=debug component="scrape manager" scrape_pool=serviceMonitor/shop/cart/0 '
  'target=http://10.244.1.17:8080/metrics msg="Scrape failed" err="Get \\"http://10.244.1.17:8080/metrics\\": context deadline exceeded"')
C("loki", "timeout",
  'level=error ts=2024-03-12T14:22:05.118234566Z caller=retry.go:95 org_id=fake msg="error processing request" try=4 '
  'query="{namespace=\\"shop\\"} |= \\"timeout\\"" err="context deadline exceeded"')
C("karpenter", "timeout",
  '{"level":"ERROR","time":"2024-03-12T14:22:05.221Z","logger":"controller","message":"Reconciler error","commit":"6174c75",'
  '"controller":"nodeclaim.lifecycle","controllerGroup":"karpenter.sh","controllerKind":"NodeClaim","NodeClaim":{"name":"default-x8kqz"},'
  '"namespace":"","name":"default-x8kqz","reconcileID":"c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f","error":"launching nodeclaim, '
  'creating instance, getting launch template configs, operation error EC2: DescribeLaunchTemplates, https response error '
  'StatusCode: 0, RequestID: , canceled, context deadline exceeded"}')

S("istio-proxy", "timeout", "upstream request timeout")
S("ingress-nginx", "timeout",
  '10.0.1.5 - - [12/Mar/2024:14:23:05 +0000] "GET /api/report?year=2023 HTTP/1.1" 504 160 "-" "Mozilla/5.0" 530 60.001 '
  '[shop-report-8080] [] 10.244.1.31:8080 0 60.000 504 5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d')
S("helm", "timeout", "Error: UPGRADE FAILED: timed out waiting for the condition")
S("helm", "timeout", "Error: INSTALLATION FAILED: context deadline exceeded")
S("kube-apiserver", "timeout",
  klog("W", "0312 14:22:05.118111", 1, "dispatcher.go:205",
       'Failed calling webhook, failing open kyverno-resource.kyverno.svc: failed calling webhook "kyverno-resource.kyverno.svc": '
       'failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/mutate/fail?timeout=10s": context deadline exceeded'))
S("kubectl", "timeout",
  "error: timed out waiting for the condition on deployments/cart")
S("kube-controller-manager", "timeout",
  describe("Warning", "ProgressDeadlineExceeded", "2m", "deployment-controller",
           'Deployment "cart" has timed out progressing.'))
S("etcd", "timeout",
  '{"level":"warn","ts":"2024-03-12T14:22:05.118331Z","caller":"etcdserver/v3_server.go:897","msg":"waiting for ReadIndex '
  'response took too long, retrying","sent-request-id":7587878613441562881,"retry-timeout":"500ms"}')

B("kube-apiserver", "timeout",
  klog("I", "0312 14:22:05.118991", 1, "trace.go:236",
       'Trace[1398230412]: "List" accept:application/json, */*,audit-id:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d,client:10.0.1.5,'
       'protocol:HTTP/2.0,resource:pods,scope:cluster,url:/api/v1/pods,user-agent:kubectl/v1.29.2 (linux/amd64) '
       'kubernetes/4b8e819,verb:LIST (12-Mar-2024 14:22:04.506) (total time: 612ms):'))
B("kube-controller-manager", "timeout",
  klog("I", "0312 14:22:01.002310", 1, "leaderelection.go:250",
       "attempting to acquire leader lease kube-system/kube-controller-manager..."))
B("kube-controller-manager", "timeout",
  klog("I", "0312 14:22:19.331204", 1, "leaderelection.go:260",
       "successfully acquired lease kube-system/kube-controller-manager"))
B("haproxy", "timeout",
  'Mar 12 14:22:05 lb-01 haproxy[8]: 10.0.1.5:51240 [12/Mar/2024:14:21:05.001] fe_ws be_ws/ws-1 0/0/1/2/60003 101 312 '
  '- - cD-- 40/40/38/19/0 0/0 "GET /socket HTTP/1.1"')
B("kubectl", "timeout",
  'Waiting for deployment "cart" rollout to finish: 1 of 3 updated replicas are available...')
B("client-go", "rate_limited",
  klog("I", "0312 14:22:05.881022", 81234, "request.go:697",
       "Waited for 1.195420869s due to client-side throttling, not priority and fairness, request: "
       "GET:https://10.0.0.10:6443/apis/monitoring.coreos.com/v1alpha1?timeout=32s"))
B("etcd", "timeout",
  '{"level":"info","ts":"2024-03-12T14:22:05.118331Z","caller":"traceutil/trace.go:171","msg":"trace[1787161233] range",'
  '"detail":"{range_begin:/registry/leases/kube-node-lease/' + EKS1 + '; range_end:; response_count:1; response_revision:8812344; }",'
  '"duration":"104.311226ms","start":"2024-03-12T14:22:05.013924Z","end":"2024-03-12T14:22:05.118235Z","steps":'
  '["trace[1787161233] \'agreement among raft nodes before linearized reading\'  (duration: 104.120005ms)"],'
  '"step_count":1}')

# ============================================================== tls_certificate
C("kube-apiserver", "tls_certificate",
  klog("E", "0312 14:22:05.118223", 1, "authentication.go:73",
       '"Unable to authenticate the request" err="[x509: certificate has expired or is not yet valid: current time '
       '2024-03-12T14:22:05Z is after 2024-03-11T09:13:44Z, verifying certificate SN=5816238751934429710, SKID=, '
       'AKID=4A:2B:9C:11:7E:D3:05:8F:62:AA:C1:94:3B:E7:20:5D:6F:18:C9:03 failed: x509: certificate has expired or is not '
       'yet valid: current time 2024-03-12T14:22:05Z is after 2024-03-11T09:13:44Z]"'))
C("kubelet", "tls_certificate",
  klog("I", "0312 14:22:05.000981", 2345, "bootstrap.go:85",
       '"Part of the existing bootstrap client certificate in /etc/kubernetes/kubelet.conf is expired" '
       'expirationDate="2024-03-10 08:01:02 +0000 UTC"'))
C("metrics-server", "tls_certificate",
  klog("E", "0312 14:22:05.330112", 1, "scraper.go:140",
       '"Failed to scrape node" err="Get \\"https://10.0.1.23:10250/metrics/resource\\": x509: cannot validate certificate '
       'for 10.0.1.23 because it doesn\'t contain any IP SANs" node="' + EKS1 + '"'))
C("kube-apiserver", "tls_certificate",
  klog("I", "0312 14:22:05.661200", 1, "log.go:245",
       "http: TLS handshake error from 10.0.1.5:51234: remote error: tls: bad certificate"))
C("ingress-nginx", "tls_certificate",
  '2024/03/12 14:22:05 [error] 45#45: *125001 SSL_do_handshake() failed (SSL: error:0A000086:SSL routines::certificate '
  'verify failed) while SSL handshaking to upstream, client: 10.0.1.5, server: api.example.com, request: "GET /v2/items '
  'HTTP/1.1", upstream: "https://10.244.1.40:8443/v2/items", host: "api.example.com"')
C("nginx", "tls_certificate",
  '2024/03/12 14:22:05 [error] 12#12: *77 SSL_do_handshake() failed (SSL: error:1416F086:SSL routines:'
  'tls_process_server_certificate:certificate verify failed) while SSL handshaking to upstream, client: 10.244.0.1, '
  'server: _, request: "GET / HTTP/1.1", upstream: "https://10.96.50.2:443/", host: "legacy.acme.io"')
C("ingress-nginx", "tls_certificate",
  klog("W", "0312 14:22:05.118991", 7, "controller.go:1396",
       'SSL certificate "shop/web-tls" does not contain a Common Name or Subject Alternative Name for server '
       '"shop.example.com": x509: certificate is valid for old.example.com, not shop.example.com'))
C("ingress-nginx", "tls_certificate",
  klog("W", "0312 14:22:05.119044", 7, "controller.go:1401",
       'Unexpected error validating SSL certificate "shop/web-tls" for server "shop.example.com": x509: certificate has '
       'expired or is not yet valid: current time 2024-03-12T14:22:05Z is after 2024-03-10T23:59:59Z'))
C("cert-manager", "tls_certificate",
  describe("Warning", "Failed", "4m", "cert-manager-challenges",
           "Accepting challenge authorization failed: acme: authorization error for shop.example.com: 403 "
           "urn:ietf:params:acme:error:unauthorized: 203.0.113.40: Invalid response from "
           "http://shop.example.com/.well-known/acme-challenge/Xc9Qm2Lk4Zr8Tn1Pv6Wb3Yd7: 404"))
C("istio-proxy", "tls_certificate",
  '[2024-03-12T14:22:05.118Z] "GET /ledger HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure,'
  'TLS_error:_268435581:SSL_routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED} - "-" 0 190 4 - "-" "Go-http-client/1.1" '
  '"8f9e0d1c-2b3a-4c5d-9e6f-7a8b9c0d1e2f" "ledger.payments.svc.cluster.local:8443" "10.244.2.77:8443" '
  'outbound|8443||ledger.payments.svc.cluster.local - 10.96.201.4:8443 10.244.1.12:51102 - default')
S("istio-proxy", "tls_certificate",
  "upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: "
  "TLS_error:|268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED:TLS_error_end")
C("etcd", "tls_certificate",
  '{"level":"warn","ts":"2024-03-12T14:22:05.118331Z","caller":"embed/config_logging.go:160","msg":"rejected connection",'
  '"remote-addr":"10.0.0.11:43210","server-name":"","error":"tls: failed to verify client certificate: x509: certificate '
  'has expired or is not yet valid: current time 2024-03-12T14:22:05Z is after 2024-03-10T08:01:02Z"}')
C("etcd", "tls_certificate",
  '{"level":"warn","ts":"2024-03-12T14:22:05.228117Z","caller":"embed/config_logging.go:169","msg":"rejected connection",'
  '"remote-addr":"10.0.0.12:51876","server-name":"","ip-addresses":["10.0.0.11","127.0.0.1"],"dns-names":["localhost",'
  '"master-1"],"error":"tls: \\"10.0.0.12\\" does not match any of DNSNames [\\"localhost\\" \\"master-1\\"]"}')
C("vault-agent", "tls_certificate",
  '2024-03-12T14:22:05.118Z [ERROR] agent.auth.handler: error authenticating: error="Put '
  '\\"https://vault.acme.internal:8200/v1/auth/kubernetes/login\\": tls: failed to verify certificate: x509: certificate '
  'signed by unknown authority" backoff=1s')
C("argocd-repo-server", "tls_certificate",
  'time="2024-03-12T14:22:05Z" level=error msg="finished unary call with code Unknown" error="rpc error: code = Unknown '
  'desc = Get \\"https://git.acme.internal/platform/deploy.git/info/refs?service=git-upload-pack\\": x509: certificate '
  'signed by unknown authority" grpc.code=Unknown grpc.method=GenerateManifest grpc.service=repository.RepoServerService '
  'grpc.start_time="2024-03-12T14:22:05Z" grpc.time_ms=41.2 span.kind=server system=grpc')
C("kube-apiserver", "tls_certificate",
  'Error from server (InternalError): error when creating "deploy.yaml": Internal error occurred: failed calling webhook '
  '"mutate.kyverno.svc-fail": failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/mutate/fail?timeout=10s": '
  'tls: failed to verify certificate: x509: certificate signed by unknown authority (possibly because of "crypto/rsa: '
  'verification error" while trying to verify candidate authority certificate "*.kyverno.svc")')
C("haproxy", "tls_certificate",
  '[WARNING]  (8) : Server be_api/api-2 is DOWN, reason: Layer6 invalid response, info: "SSL handshake failure", check '
  'duration: 3ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.')
C("prometheus", "tls_certificate",
  'ts=2024-03-12T14:22:05.511Z caller=scrape.go:1384 level=debug component="scrape manager" '
  'scrape_pool=serviceMonitor/kube-system/etcd/0 target=https://10.0.0.11:2379/metrics msg="Scrape failed" '
  'err="Get \\"https://10.0.0.11:2379/metrics\\": tls: failed to verify certificate: x509: certificate has expired or is '
  'not yet valid: current time 2024-03-12T14:22:05Z is after 2024-03-10T08:01:02Z"')
C("curl", "tls_certificate", "curl: (60) SSL certificate problem: certificate has expired")
C("curl", "tls_certificate", "curl: (60) SSL certificate problem: unable to get local issuer certificate")
C("kubectl", "tls_certificate",
  "Unable to connect to the server: x509: certificate is valid for kubernetes, kubernetes.default, kubernetes.default.svc, "
  "kubernetes.default.svc.cluster.local, master-1, not k8s-api.acme.io")
C("flux-source-controller", "tls_certificate",
  '{"level":"error","ts":"2024-03-12T14:22:05.341Z","msg":"Reconciler error","controller":"helmrepository",'
  '"controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"HelmRepository","HelmRepository":{"name":"internal",'
  '"namespace":"flux-system"},"namespace":"flux-system","name":"internal","reconcileID":"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",'
  '"error":"failed to fetch Helm repository index: failed to cache index to temporary file: Get '
  '\\"https://charts.acme.internal/index.yaml\\": tls: failed to verify certificate: x509: certificate is not valid for '
  'any names, but wanted to match charts.acme.internal"}')
C("cert-manager", "tls_certificate",
  getev("11m", "Warning", "Failed", "certificaterequest/web-tls-1",
        'The certificate request has failed to complete and will be retried: Failed to wait for order resource '
        '"web-tls-1-2931443271" to become ready: order is in "invalid" state: '))
C("traefik", "tls_certificate",
  'time="2024-03-12T14:22:05Z" level=debug msg="http: TLS handshake error from 10.0.1.5:51234: remote error: tls: '
  'unknown certificate authority"')

S("kubelet", "tls_certificate",
  klog("E", "0312 14:22:05.000333", 2345, "certificate_manager.go:562",
       "kubernetes.io/kube-apiserver-client-kubelet: Failed while requesting a signed certificate from the control plane: "
       "cannot create certificate signing request: Unauthorized"))
B("kube-apiserver", "tls_certificate",
  klog("I", "0312 14:22:05.661200", 1, "log.go:245", "http: TLS handshake error from 10.0.1.5:51890: EOF"))
B("cert-manager", "tls_certificate",
  describe("Normal", "Issuing", "2m", "cert-manager-certificates-trigger",
           "Renewing certificate as renewal was scheduled at 2024-03-12 14:20:11 +0000 UTC"))
B("cert-manager", "tls_certificate",
  describe("Normal", "Issuing", "1m", "cert-manager-certificates-issuing", "The certificate has been successfully issued"))
B("metrics-server", "tls_certificate",
  klog("I", "0312 14:00:01.118223", 1, "serving.go:374",
       "Generated self-signed cert (/tmp/apiserver.crt, /tmp/apiserver.key)"))
B("kubelet", "tls_certificate",
  klog("I", "0312 14:00:01.220331", 2345, "certificate_store.go:130",
       "Loading cert/key pair from \"/var/lib/kubelet/pki/kubelet-client-current.pem\"."))
B("kubelet", "tls_certificate",
  klog("I", "0312 14:00:01.331008", 2345, "certificate_manager.go:356",
       "kubernetes.io/kube-apiserver-client-kubelet: Rotating certificates"))
B("ingress-nginx", "tls_certificate",
  '198.51.100.77 - - [12/Mar/2024:14:22:05 +0000] "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03" 400 150 "-" "-" 0 0.002 '
  '[] [] - - - - 6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f')
B("istio-proxy", "tls_certificate",
  "2024-03-12T14:22:05.118234Z\tinfo\tcache\tgenerated new workload certificate\tlatency=112.33201ms "
  "ttl=23h59m59.887665491s")
B("linkerd-proxy", "tls_certificate",
  "[     0.012233s]  INFO ThreadId(02) daemon:identity: linkerd_app: Certified identity id=cart.shop.serviceaccount.identity.linkerd.cluster.local")

# ================================================================= auth_failure
C("prometheus-operator", "auth_failure",
  klog("E", "0312 14:22:05.221003", 1, "reflector.go:147",
       'pkg/mod/k8s.io/client-go@v0.29.2/tools/cache/reflector.go:229: Failed to watch *v1.Secret: failed to list '
       '*v1.Secret: secrets is forbidden: User "system:serviceaccount:monitoring:prometheus" cannot list resource '
       '"secrets" in API group "" in the namespace "shop"'))
C("keda-operator", "auth_failure",
  klog("E", "0312 14:22:05.118223", 1, "leaderelection.go:332",
       'error retrieving resource lock keda/operator.keda.sh: leases.coordination.k8s.io "operator.keda.sh" is forbidden: '
       'User "system:serviceaccount:keda:keda-operator" cannot get resource "leases" in API group "coordination.k8s.io" '
       'in the namespace "keda"'))
C("kubelet", "auth_failure",
  klog("E", "0312 14:22:05.000991", 2345, "kubelet_node_status.go:96",
       '"Unable to register node with API server" err="Unauthorized" node="' + EKS3 + '"'))
C("kube-apiserver", "auth_failure",
  '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b",'
  '"stage":"ResponseComplete","requestURI":"/api/v1/namespaces/shop/secrets?limit=500","verb":"list","user":{"username":'
  '"system:serviceaccount:shop:cart","uid":"' + UID1 + '","groups":["system:serviceaccounts","system:serviceaccounts:shop",'
  '"system:authenticated"]},"sourceIPs":["10.244.1.17"],"userAgent":"cart/v1.4.2 (linux/amd64) kubernetes/$Format",'
  '"objectRef":{"resource":"secrets","namespace":"shop","apiVersion":"v1"},"responseStatus":{"metadata":{},"status":'
  '"Failure","message":"secrets is forbidden: User \\"system:serviceaccount:shop:cart\\" cannot list resource \\"secrets\\" '
  'in API group \\"\\" in the namespace \\"shop\\"","reason":"Forbidden","details":{"kind":"secrets"},"code":403},'
  '"requestReceivedTimestamp":"2024-03-12T14:22:05.118223Z","stageTimestamp":"2024-03-12T14:22:05.119004Z",'
  '"annotations":{"authorization.k8s.io/decision":"forbid","authorization.k8s.io/reason":""}}')
C("kube-apiserver", "auth_failure",
  klog("E", "0312 14:22:05.551223", 1, "authentication.go:73",
       '"Unable to authenticate the request" err="[invalid bearer token, service account token has been invalidated]"'))
C("kube-apiserver", "auth_failure",
  klog("E", "0312 14:22:05.551871", 1, "authentication.go:73",
       '"Unable to authenticate the request" err="[invalid bearer token, oidc: verify token: oidc: token is expired '
       '(Token Expiry: 2024-03-12 14:00:00 +0000 UTC)]"'))
C("ebs-csi-controller", "auth_failure",
  describe("Warning", "ProvisioningFailed", "12s (x6 over 1m)",
           "ebs.csi.aws.com_ebs-csi-controller-7c9d8b6f5-2kx4p_a1b2c3d4",
           'failed to provision volume with StorageClass "gp3": rpc error: code = Internal desc = Could not create volume '
           '"pvc-3f2a1b4c-5d6e-4f7a-8b9c-0d1e2f3a4b5c": could not create volume in EC2: UnauthorizedOperation: You are not '
           'authorized to perform this operation. Encoded authorization failure message: 4Q2dTwCz8kzB1vJ7mXo3LpN9sRfE0aHq5YcUgWiK6tZb'))
C("external-dns", "auth_failure",
  'time="2024-03-12T14:22:05Z" level=error msg="records retrieval failed: failed to list hosted zones: WebIdentityErr: '
  'failed to retrieve credentials\\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\\n'
  '\\tstatus code: 403, request id: 2f8b1c3d-4e5a-4b6c-9d7e-8f9a0b1c2d3e"')
C("aws-load-balancer-controller", "auth_failure",
  '{"level":"error","ts":"2024-03-12T14:22:05Z","msg":"Reconciler error","controller":"ingress","object":{"name":"shop",'
  '"namespace":"shop"},"namespace":"shop","name":"shop","reconcileID":"0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d","error":'
  '"operation error Elastic Load Balancing v2: CreateLoadBalancer, https response error StatusCode: 403, RequestID: '
  '6d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a, api error AccessDenied: User: arn:aws:sts::123456789012:assumed-role/'
  'eks-alb-controller/1710253325118223 is not authorized to perform: elasticloadbalancing:CreateLoadBalancer on resource: '
  'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/k8s-shop-shop-1a2b3c4d5e/* because no '
  'identity-based policy allows the elasticloadbalancing:CreateLoadBalancer action"}')
C("gce-pd-csi-driver", "auth_failure",
  describe("Warning", "FailedAttachVolume", "44s", "attachdetach-controller",
           'AttachVolume.Attach failed for volume "pvc-9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b" : rpc error: code = Internal '
           'desc = unknown Attach error: googleapi: Error 403: Required \'compute.instances.attachDisk\' permission for '
           '\'projects/acme-prod/zones/europe-west1-b/instances/gke-prod-default-pool-3f2a1b4c-x7k2\', forbidden'))
C("cluster-autoscaler", "auth_failure",
  klog("E", "0312 14:22:05.118223", 1, "azure_manager.go:221",
       "Failed to get VMSS list: azure.BearerAuthorizer#WithAuthorization: Failed to refresh the Token for request to "
       "https://management.azure.com/subscriptions/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/resourceGroups/MC_prod_aks_westeurope/"
       "providers/Microsoft.Compute/virtualMachineScaleSets?api-version=2022-03-01: StatusCode=401 -- Original Error: adal: "
       "Refresh request failed. Status Code = '401'. Response body: {\"error\":\"invalid_client\",\"error_description\":"
       "\"AADSTS7000222: The provided client secret keys for app '8f7e6d5c-4b3a-4291-8e0f-1a2b3c4d5e6f' are expired.\"}"))
C("azuredisk-csi-driver", "auth_failure",
  describe("Warning", "ProvisioningFailed", "2m", "disk.csi.azure.com_csi-azuredisk-controller-6b9c7d8f5-q2w3e_1a2b3c4d",
           'failed to provision volume with StorageClass "managed-csi": rpc error: code = Internal desc = '
           'Retriable: false, RetryAfter: 0s, HTTPStatusCode: 403, RawError: {"error":{"code":"AuthorizationFailed",'
           '"message":"The client \'5c4b3a29-1e0f-4d8c-9b7a-6f5e4d3c2b1a\' with object id \'5c4b3a29-1e0f-4d8c-9b7a-6f5e4d3c2b1a\' '
           'does not have authorization to perform action \'Microsoft.Compute/disks/write\' over scope '
           '\'/subscriptions/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/resourceGroups/MC_prod_aks_westeurope/providers/'
           'Microsoft.Compute/disks/pvc-0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0\' or the scope is invalid. If access was '
           'recently granted, please refresh your credentials."}}'))
C("vault-agent", "auth_failure",
  '2024-03-12T14:22:05.118Z [ERROR] agent.auth.handler: error authenticating: error="Error making API request.\\n\\n'
  'URL: PUT https://vault.vault.svc:8200/v1/auth/kubernetes/login\\nCode: 403. Errors:\\n\\n* permission denied" backoff=2.5s')
C("vault-agent", "auth_failure",
  '2024-03-12T14:22:05.991Z [ERROR] agent.auth.handler: error authenticating: error="Error making API request.\\n\\n'
  'URL: PUT https://vault.vault.svc:8200/v1/auth/kubernetes/login\\nCode: 403. Errors:\\n\\n* service account name not '
  'authorized" backoff=4.7s')
C("external-secrets", "auth_failure",
  '{"level":"error","ts":1710253325.4419932,"msg":"Reconciler error","controller":"externalsecret",'
  '"controllerGroup":"external-secrets.io","controllerKind":"ExternalSecret","ExternalSecret":{"name":"db-creds",'
  '"namespace":"shop"},"namespace":"shop","name":"db-creds","reconcileID":"9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a",'
  '"error":"error processing spec.data[0] (key: prod/shop/db), err: AccessDeniedException: User: '
  'arn:aws:sts::123456789012:assumed-role/external-secrets-irsa/eso-1710253325 is not authorized to perform: '
  'secretsmanager:GetSecretValue on resource: prod/shop/db because no identity-based policy allows the '
  'secretsmanager:GetSecretValue action\\n\\tstatus code: 400, request id: 8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d"}')
C("argocd-repo-server", "auth_failure",
  'time="2024-03-12T14:22:05Z" level=error msg="finished unary call with code Unknown" error="rpc error: code = Unknown '
  'desc = authentication required" grpc.code=Unknown grpc.method=GenerateManifest grpc.service=repository.RepoServerService '
  'grpc.start_time="2024-03-12T14:22:05Z" grpc.time_ms=812.3 span.kind=server system=grpc')
C("flux-source-controller", "auth_failure",
  '{"level":"error","ts":"2024-03-12T14:22:05.341Z","msg":"Reconciler error","controller":"gitrepository",'
  '"controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"GitRepository","GitRepository":{"name":"fleet",'
  '"namespace":"flux-system"},"namespace":"flux-system","name":"fleet","reconcileID":"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",'
  '"error":"failed to checkout and determine revision: unable to clone \'ssh://git@github.com/acme/fleet\': ssh: handshake '
  'failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain"}')
C("prometheus", "auth_failure",
  'ts=2024-03-12T14:22:05.612Z caller=dedupe.go:112 component=remote level=error remote_name=grafana-cloud '
  'url=https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push msg="non-recoverable error" count=2000 '
  'exemplarCount=0 err="server returned HTTP status 401 Unauthorized: {\\"status\\":\\"error\\",\\"error\\":\\"authentication '
  'error: invalid token\\"}"')
C("promtail", "auth_failure",
  'level=error ts=2024-03-12T14:22:05.118234Z caller=client.go:430 component=client host=logs-prod-eu-west-0.grafana.net '
  'msg="final error sending batch" status=401 tenant= error="server returned HTTP status 401 Unauthorized (401): '
  'invalid authentication credentials"')
C("istio-proxy", "auth_failure",
  '[2024-03-12T14:22:05.118Z] "GET /admin/users HTTP/1.1" 403 - rbac_access_denied_matched_policy[none] - "-" 0 19 0 - '
  '"10.244.0.21" "curl/8.5.0" "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b" "users.shop.svc.cluster.local:8080" "-" '
  'inbound|8080|| - 10.244.1.55:8080 10.244.0.21:40122 outbound_.8080_._.users.shop.svc.cluster.local -')
C("sshd", "auth_failure",
  "Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= "
  "rhost=218.188.2.4 ")
C("velero", "auth_failure",
  'time="2024-03-12T14:22:05Z" level=error msg="Error listing backups in backup store" backupLocation=velero/default '
  'controller=backup-sync error="rpc error: code = Unknown desc = AccessDenied: Access Denied\\n\\tstatus code: 403, '
  'request id: 9ZB1XH7Q2C4M8R5T, host id: aGVsbG8gd29ybGQgdGhpcyBpcyBhIGZha2UgaG9zdCBpZA==" '
  'error.file="/go/src/velero-plugin-for-aws/velero-plugin-for-aws/object_store.go:452" error.function="main.(*ObjectStore).ListCommonPrefixes" '
  'logSource="pkg/controller/backup_sync_controller.go:109"')
C("kubectl", "auth_failure", "error: You must be logged in to the server (Unauthorized)")
C("kubectl", "auth_failure",
  'Error from server (Forbidden): pods "cart-7d9f8b6c5-x2lkq" is forbidden: User "dev@acme.io" cannot create resource '
  '"pods/exec" in API group "" in the namespace "shop"')
C("loki", "auth_failure",
  'level=warn ts=2024-03-12T14:22:05.118234Z caller=logging.go:123 msg="POST /loki/api/v1/push (401) 52.104\u00b5s Response: '
  '\\"no org id\\\\n\\" ws: false; Content-Length: 1532; Content-Type: application/x-protobuf; User-Agent: promtail/2.9.4; "')
C("cluster-autoscaler", "auth_failure",
  klog("E", "0312 14:22:05.661003", 1, "aws_manager.go:265",
       "Failed to regenerate ASG cache: AccessDenied: User: arn:aws:sts::123456789012:assumed-role/cluster-autoscaler/"
       "1710253325 is not authorized to perform: autoscaling:DescribeAutoScalingGroups because no identity-based policy "
       "allows the autoscaling:DescribeAutoScalingGroups action"))

S("istio-proxy", "auth_failure", "RBAC: access denied")
S("ingress-nginx", "auth_failure",
  '10.0.1.5 - - [12/Mar/2024:14:22:05 +0000] "GET /grafana/api/dashboards HTTP/2.0" 401 0 "-" "Mozilla/5.0" 61 0.004 '
  '[monitoring-grafana-80] [] 10.244.2.9:3000 0 0.004 401 7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e')
B("sshd", "auth_failure",
  "Mar 12 14:22:05 ip-10-0-1-23 sshd[88123]: Invalid user admin from 203.0.113.7 port 52344")
B("sshd", "auth_failure",
  "Mar 12 14:22:07 ip-10-0-1-23 sshd[88123]: Connection closed by invalid user admin 203.0.113.7 port 52344 [preauth]")
B("vault-agent", "auth_failure",
  "2024-03-12T14:22:05.118Z [INFO]  agent.auth.handler: renewed auth token")
B("vault-agent", "auth_failure",
  "2024-03-12T14:00:02.331Z [INFO]  agent.sink.file: token written: path=/home/vault/.vault-token")
B("vault-agent", "auth_failure",
  '2024-03-12T14:00:02.412Z [INFO]  agent: (runner) rendered "(dynamic)" => "/vault/secrets/db"')
B("kube-apiserver", "auth_failure",
  '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f",'
  '"stage":"ResponseComplete","requestURI":"/api/v1/namespaces/shop/secrets/db-creds","verb":"get","user":{"username":'
  '"system:serviceaccount:external-secrets:external-secrets","groups":["system:serviceaccounts",'
  '"system:serviceaccounts:external-secrets","system:authenticated"]},"sourceIPs":["10.244.3.14"],"userAgent":'
  '"external-secrets/v0.9.13","objectRef":{"resource":"secrets","namespace":"shop","name":"db-creds","apiVersion":"v1"},'
  '"responseStatus":{"metadata":{},"code":200},"requestReceivedTimestamp":"2024-03-12T14:22:05.118223Z",'
  '"stageTimestamp":"2024-03-12T14:22:05.119804Z","annotations":{"authorization.k8s.io/decision":"allow",'
  '"authorization.k8s.io/reason":"RBAC: allowed by ClusterRoleBinding \\"external-secrets-controller\\" of ClusterRole '
  '\\"external-secrets-controller\\" to ServiceAccount \\"external-secrets/external-secrets\\""}}')
B("ingress-nginx", "auth_failure",
  '10.0.1.5 - - [12/Mar/2024:14:22:05 +0000] "GET /oauth2/auth HTTP/1.1" 401 13 "-" "Mozilla/5.0" 1021 0.002 '
  '[oauth2-proxy-oauth2-proxy-4180] [] 10.244.2.41:4180 13 0.002 401 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d')

# ================================================================= config_error
C("kubelet", "config_error",
  alloy_event("cart-7d9f8b6c5-x2lkq", "Pod", "Failed", "Warning", 'Error: configmap "cart-config" not found',
              "8812001", "8812090", count=6, source="kubelet", host=EKS1, rctl="kubelet", rinst=EKS1))
C("kubelet", "config_error",
  describe("Warning", "Failed", "10s (x8 over 1m32s)", "kubelet", 'Error: secret "db-credentials" not found'))
C("kubelet", "config_error",
  getev("44s", "Warning", "Failed", "pod/orders-6f8d7c9b5-v2x3z",
        "Error: couldn't find key DATABASE_URL in Secret shop/db-credentials"))
C("kubelet", "config_error",
  describe("Warning", "Failed", "3s (x4 over 30s)", "kubelet", "Error: couldn't find key log_level in ConfigMap shop/cart-config"))
C("kubelet", "config_error",
  klog("E", "0312 14:22:05.881290", 2345, "pod_workers.go:1298",
       '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"cart\\" with CreateContainerConfigError: '
       '\\"secret \\\\\\"db-credentials\\\\\\" not found\\"" pod="shop/cart-7d9f8b6c5-x2lkq" podUID="' + UID1 + '"'))
C("kubelet", "config_error",
  eventrouter("ADDED", "web", "nginx-5c6d7e8f9-k2l3m", "Pod", "FailedMount",
              'MountVolume.SetUp failed for volume "config" : configmap "nginx-conf" not found', "Warning", "kubelet", GKE1,
              4, "2024-03-12T14:20:05Z", "2024-03-12T14:22:05Z", UID3, "7120044"))
C("kubelet", "config_error",
  describe("Warning", "FailedMount", "52s (x9 over 3m)", "kubelet",
           'MountVolume.SetUp failed for volume "tls" : secret "web-tls" not found'))
C("metrics-server", "config_error", "Error: unknown flag: --metric-resolution-seconds")
C("loki", "config_error", "flag provided but not defined: -config.expand-envs")
C("prometheus", "config_error",
  "prometheus: error: unknown long flag '--storage.tsdb.retention.size2', try --help")
C("loki", "config_error",
  "failed parsing config: /etc/loki/config/config.yaml: yaml: unmarshal errors:")
C("loki", "config_error",
  "  line 34: field max_look_back_period not found in type config.ChunkStoreConfig. Use -config.expand-env=true flag if "
  "you want to expand environment variables in your config file")
C("prometheus", "config_error",
  'ts=2024-03-12T14:22:05.118Z caller=main.go:1240 level=error msg="Error loading config (--config.file=/etc/prometheus/prometheus.yml)" '
  'file=/etc/prometheus/prometheus.yml err="parsing YAML file /etc/prometheus/prometheus.yml: yaml: unmarshal errors:\\n  '
  'line 12: field scrape_interva not found in type config.plain"')
C("alertmanager", "config_error",
  'ts=2024-03-12T14:22:05.118Z caller=coordinator.go:118 level=error component=configuration msg="Loading configuration file '
  'failed" file=/etc/alertmanager/config_out/alertmanager.env.yaml err="yaml: unmarshal errors:\\n  line 8: field recievers '
  'not found in type config.plain"')
C("nginx", "config_error",
  'nginx: [emerg] unknown directive "proxy_buffer" in /etc/nginx/conf.d/default.conf:14')
C("nginx", "config_error",
  'nginx: [emerg] cannot load certificate "/etc/nginx/certs/tls.crt": PEM_read_bio_X509_AUX() failed (SSL: '
  'error:0909006C:PEM routines:get_name:no start line:Expecting: TRUSTED CERTIFICATE)')
C("ingress-nginx", "config_error",
  klog("W", "0312 14:22:05.118221", 7, "controller.go:1272",
       'Error getting SSL certificate "shop/web-tls": local SSL certificate shop/web-tls was not found. Using default certificate'))
C("ingress-nginx", "config_error",
  klog("I", "0312 14:22:05.118403", 7, "store.go:436",
       '"Ignoring ingress because of error while validating ingress class" ingress="shop/web" error="ingress does not '
       'contain a valid IngressClass"'))
C("helm", "config_error",
  'Error: UPGRADE FAILED: template: cart/templates/deployment.yaml:42:28: executing "cart/templates/deployment.yaml" at '
  '<.Values.resources.limits.memory>: nil pointer evaluating interface {}.memory')
C("helm", "config_error",
  'Error: INSTALLATION FAILED: unable to build kubernetes objects from release manifest: error validating "": error '
  'validating data: ValidationError(Deployment.spec.template.spec.containers[0].env[2].value): invalid type for '
  'io.k8s.api.core.v1.EnvVar.value: got "integer", expected "string"')
C("argocd-application-controller", "config_error",
  'time="2024-03-12T14:22:05Z" level=info msg="Normalized app spec: {\\"status\\":{\\"conditions\\":[{\\"lastTransitionTime\\":'
  '\\"2024-03-12T14:22:05Z\\",\\"message\\":\\"Failed to load target state: failed to generate manifest for source 1 of 1: '
  'rpc error: code = Unknown desc = apps/cart: app path does not exist\\",\\"type\\":\\"ComparisonError\\"}]}}" '
  'application=argocd/cart')
C("flux-kustomize-controller", "config_error",
  '{"level":"error","ts":"2024-03-12T14:22:05.341Z","msg":"Reconciliation failed after 1.112s, next try in 10m0s",'
  '"controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization",'
  '"Kustomization":{"name":"apps","namespace":"flux-system"},"namespace":"flux-system","name":"apps",'
  '"reconcileID":"6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b","revision":"main@sha1:3f2a1b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a",'
  '"error":"Deployment/shop/cart dry-run failed (Invalid): Deployment.apps \\"cart\\" is invalid: '
  'spec.template.spec.containers[0].resources.requests: Invalid value: \\"2\\": must be less than or equal to cpu limit of 1"}')
C("kubectl", "config_error",
  'The Deployment "cart" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"cart-v2"}: '
  '`selector` does not match template `labels`')
C("kubelet", "config_error",
  describe("Warning", "Failed", "5s (x3 over 22s)", "kubelet",
           'Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create '
           'failed: unable to start container process: exec: "/app/server": stat /app/server: no such file or directory: unknown'))
C("kubelet", "config_error",
  getev("12s", "Warning", "Failed", "pod/migrate-9x8c7",
        'Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create '
        'failed: unable to start container process: exec: "python": executable file not found in $PATH: unknown'))
C("external-dns", "config_error",
  'time="2024-03-12T14:22:05Z" level=fatal msg="flag parsing error: required flag --source not provided"')
C("cert-manager", "config_error",
  describe("Warning", "IssuerNotFound", "6s", "cert-manager-certificaterequests-approver",
           'Referenced "ClusterIssuer" not found: clusterissuer.cert-manager.io "letsencrypt-prd" not found'))
C("fluent-bit", "config_error",
  "[2024/03/12 14:22:05] [error] [config] section 'output' tried to instance a plugin name that doesn't exist")
C("vector", "config_error",
  "2024-03-12T14:22:05.118234Z ERROR vector::cli: Configuration error. error=Input \"kubernetes_log\" for sink \"loki\" "
  "doesn't match any components.")
C("keda-operator", "config_error",
  describe("Warning", "KEDAScalerFailed", "41s (x9 over 4m)", "keda-operator",
           "error parsing prometheus metadata: no serverAddress given"))
C("kube-controller-manager", "config_error",
  describe("Warning", "FailedGetResourceMetric", "3m (x12 over 6m)", "horizontal-pod-autoscaler",
           "failed to get cpu utilization: missing request for cpu in container cart of Pod cart-7d9f8b6c5-x2lkq"))
C("traefik", "config_error",
  'time="2024-03-12T14:22:05Z" level=error msg="middleware \\"shop-auth@kubernetescrd\\" does not exist" '
  'entryPointName=websecure routerName=shop-web-1a2b3c4d5e6f7a8b9c0d@kubernetescrd')
C("coredns", "config_error",
  "/etc/coredns/Corefile:12 - Error during parsing: Unknown directive 'foward'")
C("kubelet", "config_error",
  journal("Mar 12 14:22:05", "worker-03", "kubelet[1201]",
          klog("E", "0312 14:22:05.330021", 1201, "run.go:74",
               '"command failed" err="failed to load kubelet config file, path: /var/lib/kubelet/config.yaml, error: failed '
               'to load Kubelet config file /var/lib/kubelet/config.yaml, error failed to read kubelet config file '
               '\\"/var/lib/kubelet/config.yaml\\", error: open /var/lib/kubelet/config.yaml: no such file or directory"')))
C("kubelet", "config_error",
  klog("E", "0312 14:22:05.331210", 1201, "run.go:74",
       '"command failed" err="failed to run Kubelet: misconfiguration: kubelet cgroup driver: \\"systemd\\" is different from '
       'docker cgroup driver: \\"cgroupfs\\""'))
C("etcd", "config_error",
  '{"level":"fatal","ts":"2024-03-12T14:22:05.118331Z","caller":"etcdmain/etcd.go:204","msg":"discovery failed",'
  '"error":"member 8e9e05c52164694d has already been bootstrapped"}')

S("kubelet", "config_error",
  describe("Warning", "Failed", "2s (x7 over 70s)", "kubelet", "Error: CreateContainerConfigError"))
S("kubectl", "config_error",
  "orders-6f8d7c9b5-v2x3z        0/1     CreateContainerConfigError   0          2m11s")
C("ingress-nginx", "config_error",
  'nginx: [emerg] invalid number of arguments in "proxy_set_header" directive in /tmp/nginx/nginx-cfg2937741556:1342')
S("systemd", "config_error",
  journal("Mar 12 14:22:05", "worker-03", "systemd[1]", "kubelet.service: Main process exited, code=exited, status=1/FAILURE"))

B("kubelet", "config_error",
  journal("Mar 12 14:00:01", "ip-10-0-1-23", "kubelet[2345]",
          "Flag --container-runtime has been deprecated, will be removed in 1.27 as the only valid value is 'remote'"))
B("kube-apiserver", "config_error",
  klog("W", "0312 14:22:05.118223", 1, "warnings.go:70", "policy/v1beta1 PodSecurityPolicy is deprecated in v1.21+, unavailable in v1.25+"))
B("kubectl", "config_error",
  "Warning: autoscaling/v2beta2 HorizontalPodAutoscaler is deprecated in v1.23+, unavailable in v1.26+; use autoscaling/v2 HorizontalPodAutoscaler")
B("ingress-nginx", "config_error",
  klog("I", "0312 14:22:05.118221", 7, "controller.go:190", '"Configuration changes detected, backend reload required"'))
B("ingress-nginx", "config_error",
  klog("I", "0312 14:22:05.301887", 7, "controller.go:210", '"Backend successfully reloaded"'))
B("coredns", "config_error", "[INFO] Reloading")
B("coredns", "config_error", "[INFO] Reloading complete")
B("kube-scheduler", "config_error",
  klog("W", "0312 14:00:01.118223", 1, "client_config.go:618",
       "Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work."))
B("helm", "config_error",
  'Release "cart" has been upgraded. Happy Helming!')
B("argocd-application-controller", "config_error",
  'time="2024-03-12T14:22:05Z" level=info msg="Skipping auto-sync: most recent sync already to 3f2a1b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a" '
  'application=argocd/cart')
B("flux-source-controller", "config_error",
  '{"level":"info","ts":"2024-03-12T14:22:05.341Z","msg":"no changes since last reconcilation: observed revision '
  '\'main@sha1:3f2a1b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a\'","controller":"gitrepository","controllerGroup":'
  '"source.toolkit.fluxcd.io","controllerKind":"GitRepository","GitRepository":{"name":"fleet","namespace":"flux-system"},'
  '"namespace":"flux-system","name":"fleet","reconcileID":"3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"}')
B("envoy", "config_error",
  "[2024-03-12 14:22:05.118][1][warning][misc] [source/common/protobuf/message_validator_impl.cc:21] Deprecated field: "
  "type envoy.config.route.v3.RouteAction Using deprecated option 'envoy.config.route.v3.RouteAction.max_grpc_timeout' from "
  "file route_components.proto. This configuration will be removed from Envoy soon. Please see "
  "https://www.envoyproxy.io/docs/envoy/latest/version_history/version_history for details. If continued use of this field is "
  "absolutely necessary, see https://www.envoyproxy.io/docs/envoy/latest/configuration/operations/runtime#using-runtime-overrides-for-deprecated-features "
  "for how to apply a temporary and highly discouraged override.")
B("prometheus", "config_error",
  'ts=2024-03-12T14:22:05.118Z caller=main.go:1405 level=info msg="Loading configuration file" filename=/etc/prometheus/config_out/prometheus.env.yaml')
B("nginx", "config_error",
  "2024/03/12 14:22:05 [notice] 1#1: signal 1 (SIGHUP) received from 41, reconfiguring")
B("kubectl", "config_error",
  'Warning: resource deployments/cart is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is '
  'required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl '
  'create --save-config or kubectl apply. The missing annotation will be patched automatically.')

# =========================================================== resource_exhausted
C("kubelet", "resource_exhausted",
  alloy_event("log-shipper-7x2kq", "Pod", "Evicted", "Warning",
              "The node was low on resource: ephemeral-storage. Threshold quantity: 2146223340, available: 1873540Ki. "
              "Container log-shipper was using 9876543Ki, request is 0, has larger consumption of ephemeral-storage. ",
              "661002", "661981", count=1, source="kubelet", host=EKS2, rctl="kubelet", rinst=EKS2))
C("kubelet", "resource_exhausted",
  describe("Warning", "Evicted", "3m", "kubelet", "Pod ephemeral local storage usage exceeds the total limit of containers 1Gi. "))
C("kubelet", "resource_exhausted",
  getev("7m", "Warning", "Evicted", "pod/report-builder-6b7c8d9e0-z1x2c",
        'Container report-builder exceeded its local ephemeral storage limit "500Mi". '))
C("kubelet", "resource_exhausted",
  klog("I", "0312 14:22:04.998812", 2345, "eviction_manager.go:366",
       '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"'))
C("kubelet", "resource_exhausted",
  klog("E", "0312 14:22:05.118223", 2345, "kubelet.go:1542",
       '"Image garbage collection failed multiple times in a row" err="failed to garbage collect required amount of images. '
       'Attempted to free 7368298496 bytes, but only found 0 bytes eligible to free."'))
C("kubelet", "resource_exhausted",
  describe("Warning", "FreeDiskSpaceFailed", "4m", "kubelet",
           "Failed to garbage collect required amount of images. Attempted to free 7368298496 bytes, but only found 0 bytes "
           "eligible to free."))
C("kubelet", "resource_exhausted",
  getev("1m", "Normal", "NodeHasDiskPressure", "node/" + EKS2, "Node " + EKS2 + " status is now: NodeHasDiskPressure"))
C("kubelet", "resource_exhausted",
  getev("2m", "Warning", "EvictionThresholdMet", "node/" + EKS2, "Attempting to reclaim ephemeral-storage"))
C("kubelet", "resource_exhausted",
  getev("3m", "Normal", "NodeHasInsufficientPID", "node/" + ONP1, "Node worker-03 status is now: NodeHasInsufficientPID"))
C("containerd", "resource_exhausted",
  'time="2024-03-12T14:22:05.412077113Z" level=error msg="CreateContainer within sandbox '
  '\\"1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b\\" for '
  '&ContainerMetadata{Name:cart,Attempt:3,} failed" error="failed to create containerd container: failed to prepare '
  'extraction snapshot \\"extract-412077113-aB3d sha256:9a0f2e4c6b8d1f3a5c7e9b0d2f4a6c8e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a\\": '
  'mkdir /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/4121: no space left on device"')
C("kubelet", "resource_exhausted",
  describe("Warning", "Failed", "20s", "kubelet",
           'Failed to pull image "registry.example.com/ml/trainer:2.0": rpc error: code = Unknown desc = failed to pull and '
           'unpack image "registry.example.com/ml/trainer:2.0": failed to extract layer '
           'sha256:7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b: write '
           '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/5512/fs/opt/conda/lib/libcudnn.so.8: '
           'no space left on device: unknown'))
C("prometheus", "resource_exhausted",
  'ts=2024-03-12T14:22:05.118Z caller=db.go:1014 level=error component=tsdb msg="compaction failed" err="compact head: '
  'persist head block: 2 errors: populate block: write chunks: preallocate: no space left on device; sync '
  '/prometheus/01HRV4G9X2K3M4N5P6Q7R8S9T0.tmp-for-creation/chunks/000001: file already closed"')
C("loki", "resource_exhausted",
  'level=error ts=2024-03-12T14:22:05.118234566Z caller=flush.go:143 org_id=fake msg="failed to flush" '
  'err="failed to flush chunks: store put chunk: write /var/loki/chunks/ZmFrZS84YzJkMWUzZjRhNWI2Yzdk: no space left on device, '
  'num_chunks: 1, labels: {app=\\"cart\\", namespace=\\"shop\\"}"')
C("traefik", "resource_exhausted",
  "2024/03/12 14:22:05 http: Accept error: accept tcp [::]:8443: accept4: too many open files; retrying in 1s")
C("nginx", "resource_exhausted",
  '2024/03/12 14:22:05 [alert] 28#28: *123 socket() failed (24: Too many open files) while connecting to upstream, '
  'client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://10.244.1.17:8080/api/cart", '
  'host: "shop.example.com"')
C("nginx", "resource_exhausted",
  "2024/03/12 14:22:05 [crit] 28#28: accept4() failed (24: Too many open files)")
C("ingress-nginx", "resource_exhausted",
  "2024/03/12 14:22:05 [alert] 45#45: 16384 worker_connections are not enough")
C("kernel", "resource_exhausted",
  "Mar 12 14:22:05 ip-10-0-1-23 kernel: nf_conntrack: nf_conntrack: table full, dropping packet")
C("kernel", "resource_exhausted",
  "[8812344.118223] nf_conntrack: table full, dropping packet")
C("kernel", "resource_exhausted", "[4412231.002113] TCP: out of memory -- consider tuning tcp_mem")
C("kernel", "resource_exhausted", "[ 9931.331008] VFS: file-max limit 1048576 reached")
C("kernel", "resource_exhausted",
  "[9912331.441201] cgroup: fork rejected by pids controller in /kubepods.slice/kubepods-burstable.slice/"
  "kubepods-burstable-pod9b8a7c6d_1e2f_4a3b_9c4d_5e6f7a8b9c0d.slice")
C("argocd-repo-server", "resource_exhausted",
  "runtime/cgo: pthread_create failed: Resource temporarily unavailable")
C("kubectl", "resource_exhausted",
  'failed to create fsnotify watcher: too many open files')
C("promtail", "resource_exhausted",
  'level=error ts=2024-03-12T14:22:05.118234Z caller=filetarget.go:307 msg="failed to tail file, stat failed" '
  'error="stat /var/log/pods/shop_cart-7d9f8b6c5-x2lkq_' + UID1 + '/cart/0.log: too many open files" '
  'filename=/var/log/pods/shop_cart-7d9f8b6c5-x2lkq_' + UID1 + '/cart/0.log')
C("istio-proxy", "resource_exhausted",
  '[2024-03-12T14:22:05.118Z] "GET /api/cart HTTP/1.1" 503 UO upstream_reset_before_response_started{overflow} - "-" 0 81 '
  '0 - "-" "Go-http-client/1.1" "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e" "cart.shop.svc.cluster.local:8080" "-" '
  'outbound|8080||cart.shop.svc.cluster.local - 10.96.45.12:8080 10.244.2.31:53490 - default')
C("haproxy", "resource_exhausted",
  "Mar 12 14:22:05 lb-01 haproxy[8]: Proxy fe_http reached the configured maximum connection limit. Please check the global "
  "'maxconn' value.")
C("prometheus", "resource_exhausted",
  'ts=2024-03-12T14:22:05.612Z caller=dedupe.go:112 component=remote level=warn remote_name=2a4c6e '
  'url=http://mimir-nginx.mimir.svc/api/v1/push msg="Failed to send batch, retrying" err="Post '
  '\\"http://mimir-nginx.mimir.svc/api/v1/push\\": dial tcp 10.96.7.8:80: connect: cannot assign requested address"')
C("alertmanager", "resource_exhausted",
  'ts=2024-03-12T14:22:35.114Z caller=dispatch.go:164 level=debug component=dispatcher msg="Received alert" '
  'alert=CPUThrottlingHigh[5e3c1a2][active]')
C("ceph", "resource_exhausted",
  "2024-03-12T14:22:05.118223+0000 mon.a (mon.0) 88123 : cluster [WRN] Health check failed: 1 nearfull osd(s) (OSD_NEARFULL)")
C("postgres", "resource_exhausted",
  '2024-03-12 14:22:05.118 UTC [41] PANIC:  could not write to file "pg_wal/xlogtemp.41": No space left on device')
S("fluent-bit", "resource_exhausted",
  "[2024/03/12 14:22:05] [ warn] [input] tail.0 paused (mem buf overlimit)")
S("kernel", "resource_exhausted",
  "[8812301.004117] TCP: request_sock_TCP: Possible SYN flooding on port 8080. Sending cookies.  Check SNMP counters.")
S("kubelet", "resource_exhausted",
  klog("I", "0312 14:22:06.101944", 2345, "eviction_manager.go:596",
       '"Eviction manager: pods evicted, waiting for pod to be cleaned up" pods=["logging/log-shipper-7x2kq"]'))
S("kubectl", "resource_exhausted",
  "log-shipper-7x2kq             0/1     Evicted            0          3h12m")
B("kernel", "resource_exhausted", "[8812344.120001] net_ratelimit: 1834 callbacks suppressed")

B("kubelet", "resource_exhausted",
  klog("I", "0312 14:22:05.001223", 2345, "image_gc_manager.go:391",
       '"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" '
       'usage=87 highThreshold=85 amountToFree=7368298496 lowThreshold=80'))
B("kubelet", "resource_exhausted",
  klog("I", "0312 14:22:06.551003", 2345, "image_gc_manager.go:443",
       '"Removing image to free bytes" imageID="sha256:4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e" '
       'size=412776541 runtimeHandler=""'))
B("kube-controller-manager", "resource_exhausted",
  describe("Normal", "SuccessfulRescale", "2m", "horizontal-pod-autoscaler",
           "New size: 6; reason: cpu resource utilization (percentage of request) above target"))
B("kube-controller-manager", "resource_exhausted",
  describe("Normal", "SuccessfulRescale", "14m", "horizontal-pod-autoscaler",
           "New size: 2; reason: All metrics below target"))
B("nginx", "resource_exhausted",
  "2024/03/12 14:22:05 [warn] 45#45: *124901 a client request body is buffered to a temporary file "
  "/tmp/client-body/0000000012, client: 10.0.1.5, server: shop.example.com, request: \"POST /api/upload HTTP/1.1\", "
  "host: \"shop.example.com\"")
B("systemd-journald", "resource_exhausted",
  journal("Mar 12 14:22:05", "ip-10-0-1-23", "systemd-journald[345]",
          "Data hash table of /var/log/journal/ec2a1b2c3d4e5f60718293a4b5c6d7e8/system.journal has a fill level at 75.0 "
          "(174762 of 233016 items, 134217728 file size, 767 bytes per hash table item), suggesting rotation."))
B("keda-operator", "resource_exhausted",
  '{"level":"info","ts":"2024-03-12T14:22:05Z","logger":"scaleexecutor","msg":"Successfully updated ScaleTarget",'
  '"scaledobject.Name":"order-worker","scaledObject.Namespace":"jobs","scaleTarget.Name":"order-worker",'
  '"Original Replicas Count":2,"New Replicas Count":8}')
B("prometheus", "resource_exhausted",
  'ts=2024-03-12T14:22:05.118Z caller=head.go:1347 level=info component=tsdb msg="Head GC completed" caller=truncateMemory '
  'duration=212.339ms')
B("prometheus", "resource_exhausted",
  'ts=2024-03-12T14:22:05.331Z caller=compact.go:523 level=info component=tsdb msg="write block" '
  'mint=1710244800000 maxt=1710252000000 ulid=01HRV4G9X2K3M4N5P6Q7R8S9T0 duration=1.812s ooo=false')
B("vpa-updater", "resource_exhausted",
  klog("I", "0312 14:22:05.118223", 1, "updater.go:229",
       "evicting pod shop/cart-7d9f8b6c5-x2lkq"))
B("fluent-bit", "resource_exhausted",
  "[2024/03/12 14:22:09] [ info] [input] tail.0 resume (mem buf overlimit)")

# ====================================================================== storage
C("kube-controller-manager", "storage",
  describe("Warning", "FailedAttachVolume", "3m", "attachdetach-controller",
           'Multi-Attach error for volume "pvc-3f2a1b4c-5d6e-4f7a-8b9c-0d1e2f3a4b5c" Volume is already exclusively attached '
           'to one node and can\'t be attached to another'))
C("kubelet", "storage",
  alloy_event("postgres-0", "Pod", "FailedMount", "Warning",
              "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-x7k2p]: "
              "timed out waiting for the condition", "9912001", "9912311", count=4, source="kubelet", host=EKS3,
              rctl="kubelet", rinst=EKS3))
C("kubelet", "storage",
  klog("E", "0312 14:22:05.118223", 2345, "pod_workers.go:1298",
       '"Error syncing pod, skipping" err="unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: '
       'context deadline exceeded" pod="data/postgres-0" podUID="' + UID2 + '"'))
C("ebs-csi-controller", "storage",
  describe("Warning", "FailedAttachVolume", "2m (x5 over 9m)", "attachdetach-controller",
           'AttachVolume.Attach failed for volume "pvc-3f2a1b4c-5d6e-4f7a-8b9c-0d1e2f3a4b5c" : rpc error: code = Internal '
           'desc = Could not attach volume "vol-0a1b2c3d4e5f60718" to node "i-0f1e2d3c4b5a69788": attachment of disk '
           '"vol-0a1b2c3d4e5f60718" failed, expected device to be attached but was attaching'))
C("kube-controller-manager", "storage",
  getev("5m", "Warning", "ProvisioningFailed", "persistentvolumeclaim/data-kafka-0",
        'storageclass.storage.k8s.io "fast-ssd" not found'))
C("kube-controller-manager", "storage",
  describe("Warning", "FailedBinding", "12s (x26 over 6m)", "persistentvolume-controller",
           "no persistent volumes available for this claim and no storage class is set"))
C("kube-scheduler", "storage",
  getev("6m", "Warning", "FailedScheduling", "pod/mongodb-0",
        "0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: "
        "3 Preemption is not helpful for scheduling."))
C("kube-scheduler", "storage",
  describe("Warning", "FailedScheduling", "1m", "default-scheduler",
           'running PreBind plugin "VolumeBinding": binding volumes: timed out waiting for the condition'))
C("kernel", "storage",
  "Mar 12 14:22:05 ip-10-0-3-57 kernel: EXT4-fs error (device nvme1n1): ext4_journal_check_start:83: comm postgres: "
  "Detected aborted journal")
C("kernel", "storage",
  "Mar 12 14:22:05 ip-10-0-3-57 kernel: EXT4-fs (nvme1n1): Remounting filesystem read-only")
C("postgres", "storage",
  '2024-03-12 14:22:05.331 UTC [88] PANIC:  could not write to file "pg_wal/xlogtemp.88": Read-only file system')
C("loki", "storage",
  'level=error ts=2024-03-12T14:22:05.118234566Z caller=checkpoint.go:612 msg="error checkpointing series" '
  'err="write /var/loki/wal/checkpoint.000123.tmp/00000000: read-only file system"')
C("kernel", "storage",
  '[91233.118223] XFS (dm-3): metadata I/O error in "xfs_trans_read_buf_map" at daddr 0x1a2b3c len 8 error 5')
C("kernel", "storage",
  "[91233.118911] XFS (dm-3): Corruption of in-memory data detected.  Shutting down filesystem")
C("kernel", "storage",
  "[77123.441290] blk_update_request: I/O error, dev sdb, sector 123456789 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0")
C("kernel", "storage",
  "[77123.441877] Buffer I/O error on dev sdb1, logical block 15432098, lost async page write")
C("kernel", "storage",
  "Mar 12 14:22:05 worker-03 kernel: nfs: server 10.0.5.20 not responding, still trying")
C("kubelet", "storage",
  eventrouter("ADDED", "media", "thumbnailer-5f6a7b8c9-d0e1f", "Pod", "FailedMount",
              "MountVolume.SetUp failed for volume \"shared\" : mount failed: exit status 32\nMounting command: mount\n"
              "Mounting arguments: -t nfs 10.0.5.20:/exports/shared /var/lib/kubelet/pods/" + UID4 +
              "/volumes/kubernetes.io~nfs/shared\nOutput: mount.nfs: Connection timed out\n",
              "Warning", "kubelet", ONP2, 3, "2024-03-12T14:18:05Z", "2024-03-12T14:22:05Z", UID4, "3381209"))
C("kubelet", "storage",
  describe("Warning", "FailedMount", "37s (x8 over 2m)", "kubelet",
           'MountVolume.MountDevice failed for volume "pvc-3f2a1b4c-5d6e-4f7a-8b9c-0d1e2f3a4b5c" : kubernetes.io/csi: '
           'attacher.MountDevice failed to create newCsiDriverClient: driver name ebs.csi.aws.com not found in the list of '
           'registered CSI drivers'))
C("longhorn", "storage",
  describe("Warning", "FailedAttachVolume", "1m", "attachdetach-controller",
           'AttachVolume.Attach failed for volume "pvc-6d5c4b3a-2918-4f7e-8d6c-5b4a39281706" : rpc error: code = Aborted '
           'desc = volume pvc-6d5c4b3a-2918-4f7e-8d6c-5b4a39281706 is not ready for workloads'))
C("ceph-csi", "storage",
  describe("Warning", "FailedMount", "2m", "kubelet",
           'MountVolume.MountDevice failed for volume "pvc-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" : rpc error: code = '
           'Internal desc = rbd: map failed with error an error (exit status 110) occurred while running rbd args: '
           '[--id csi-rbd-node -m 10.96.1.2:6789,10.96.1.3:6789,10.96.1.4:6789 --keyfile=***stripped*** map '
           'replicapool/csi-vol-4e5f6a7b-8c9d-11ee-b0a1-2c3d4e5f6a7b --device-type krbd --options noudev], rbd error output: '
           'rbd: map failed: (110) Connection timed out'))
C("ceph", "storage",
  "2024-03-12T14:22:05.118223+0000 mon.a (mon.0) 88124 : cluster [WRN] Health check failed: 1 osds down (OSD_DOWN)")
C("ceph", "storage",
  "2024-03-12T14:22:35.001223+0000 mon.a (mon.0) 88131 : cluster [WRN] Health check failed: Reduced data availability: "
  "12 pgs inactive (PG_AVAILABILITY)")
C("ceph", "storage",
  "2024-03-12T14:22:41.331002+0000 mon.a (mon.0) 88140 : cluster [WRN] Health check failed: 3 slow ops, oldest one blocked "
  "for 32 sec, osd.2 has slow ops (SLOW_OPS)")
C("azuredisk-csi-driver", "storage",
  describe("Warning", "FailedAttachVolume", "45s", "attachdetach-controller",
           'AttachVolume.Attach failed for volume "pvc-0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0" : rpc error: code = Internal '
           'desc = Attach volume /subscriptions/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/resourceGroups/MC_prod_aks_westeurope/'
           'providers/Microsoft.Compute/disks/pvc-0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0 to instance '
           'aks-nodepool1-31465219-vmss000002 failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, RawError: '
           '{"error":{"code":"AttachDiskWhileBeingDetached","message":"Cannot attach data disk '
           '\'pvc-0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0\' to VM \'aks-nodepool1-31465219-vmss_2\' because the disk is currently '
           'being detached or the last detach operation failed. Please wait until the disk is completely detached and then try '
           'again or delete/detach the disk explicitly again."}}'))
C("gce-pd-csi-driver", "storage",
  describe("Warning", "FailedAttachVolume", "21s (x7 over 3m)", "attachdetach-controller",
           'AttachVolume.Attach failed for volume "pvc-9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b" : rpc error: code = '
           'Unavailable desc = ControllerPublish not permitted on node '
           '"projects/acme-prod/zones/europe-west1-b/instances/gke-prod-default-pool-3f2a1b4c-x7k2" due to backoff condition'))
C("kubelet", "storage",
  describe("Warning", "FailedMount", "2m", "kubelet",
           'MountVolume.MountDevice failed for volume "pvc-3f2a1b4c-5d6e-4f7a-8b9c-0d1e2f3a4b5c" : rpc error: code = '
           'Internal desc = could not format "/dev/nvme2n1" and mount it at '
           '"/var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/0c1d2e3f/globalmount": \'fsck\' found errors on '
           'device /dev/nvme2n1 but could not correct them: fsck from util-linux 2.37.4'))
C("kernel", "storage",
  "[1203344.118223] nvme nvme1: I/O 123 QID 4 timeout, aborting")
C("rclone", "storage",
  "stat /var/lib/kubelet/pods/" + UID5 + "/volumes/kubernetes.io~csi/pvc-7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d/mount: "
  "transport endpoint is not connected")
C("efs-csi-node", "storage",
  describe("Warning", "FailedMount", "3m (x4 over 10m)", "kubelet",
           'MountVolume.SetUp failed for volume "efs-pv" : rpc error: code = Internal desc = Could not mount '
           '"fs-0123456789abcdef0:/" at "/var/lib/kubelet/pods/' + UID1 + '/volumes/kubernetes.io~csi/efs-pv/mount": mount '
           'failed: exit status 32 Mounting command: mount Mounting arguments: -t efs -o tls fs-0123456789abcdef0:/ '
           '/var/lib/kubelet/pods/' + UID1 + '/volumes/kubernetes.io~csi/efs-pv/mount Output: mount.nfs4: Connection timed out'))
C("etcd", "storage",
  '{"level":"warn","ts":"2024-03-12T14:22:05.118331Z","caller":"wal/wal.go:805","msg":"slow fdatasync","took":"1.812331009s",'
  '"expected-duration":"1s"}')

S("kubectl", "storage", "data-kafka-0   Pending                                      fast-ssd       5m")
S("kubelet", "storage",
  describe("Warning", "FailedMount", "1m", "kubelet",
           "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-9qz7m]: "
           "timed out waiting for the condition"))

B("kube-controller-manager", "storage",
  describe("Normal", "WaitForFirstConsumer", "8s (x3 over 30s)", "persistentvolume-controller",
           "waiting for first consumer to be created before binding"))
B("kube-controller-manager", "storage",
  describe("Normal", "ExternalProvisioning", "15s", "persistentvolume-controller",
           'Waiting for a volume to be created either by the external provisioner \'ebs.csi.aws.com\' or manually by the '
           'system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly '
           'registered.'))
B("ebs-csi-controller", "storage",
  describe("Normal", "ProvisioningSucceeded", "10s", "ebs.csi.aws.com_ebs-csi-controller-7c9d8b6f5-2kx4p_a1b2c3d4",
           'Successfully provisioned volume pvc-3f2a1b4c-5d6e-4f7a-8b9c-0d1e2f3a4b5c'))
B("kube-controller-manager", "storage",
  describe("Normal", "SuccessfulAttachVolume", "7s", "attachdetach-controller",
           'AttachVolume.Attach succeeded for volume "pvc-3f2a1b4c-5d6e-4f7a-8b9c-0d1e2f3a4b5c"'))
B("kernel", "storage",
  "Mar 12 14:22:35 worker-03 kernel: nfs: server 10.0.5.20 OK")
B("kernel", "storage",
  "[   12.331008] EXT4-fs (nvme1n1): mounted filesystem with ordered data mode. Opts: (null). Quota mode: none.")
B("kubelet", "node_failure",
  klog("E", "0312 14:22:05.881002", 2345, "cadvisor_stats_provider.go:501",
       '"Partial failure issuing cadvisor.ContainerInfoV2" err="partial failures: [\\"/kubepods.slice/kubepods-besteffort.slice/'
       'kubepods-besteffort-pod' + UID2.replace("-", "_") + '.slice/cri-containerd-4c2b2162.scope\\": RecentStats: unable to '
       'find data in memory cache]"'))
B("kubelet", "storage",
  klog("I", "0312 14:22:05.118223", 2345, "reconciler_common.go:300",
       '"operationExecutor.UnmountDevice started for volume \\"pvc-3f2a1b4c-5d6e-4f7a-8b9c-0d1e2f3a4b5c\\" (UniqueName: '
       '\\"kubernetes.io/csi/ebs.csi.aws.com^vol-0a1b2c3d4e5f60718\\") on node \\"' + EKS3 + '\\" "'))
B("velero", "storage",
  'time="2024-03-12T02:14:41Z" level=info msg="Backup completed" backup=velero/daily-20240312020012 '
  'logSource="pkg/controller/backup_controller.go:791"')
B("etcd", "storage",
  '{"level":"info","ts":"2024-03-12T14:22:05.118331Z","caller":"fileutil/purge.go:85","msg":"purged","path":'
  '"/var/lib/etcd/member/snap/0000000000000012-00000000008c4b2f.snap"}')

# ===================================================================== database
C("kube-apiserver", "database",
  klog("E", "0312 14:22:05.118223", 1, "status.go:71",
       'apiserver received an error that is not an metav1.Status: rpctypes.EtcdError{code:0xe, desc:"etcdserver: request '
       'timed out"}: etcdserver: request timed out'))
C("kubectl", "database",
  'Error from server: etcdserver: mvcc: database space exceeded')
C("etcd", "database",
  '{"level":"warn","ts":"2024-03-12T14:22:05.118331Z","caller":"etcdserver/server.go:1120","msg":"alarm raised",'
  '"alarm":"NOSPACE","from":"8e9e05c52164694d"}')
C("etcd", "database",
  '{"level":"warn","ts":"2024-03-12T14:22:05.118331Z","caller":"etcdserver/util.go:170","msg":"apply request took too long",'
  '"took":"1.734019s","expected-duration":"100ms","prefix":"read-only range ","request":"key:\\"/registry/pods/shop/\\" '
  'range_end:\\"/registry/pods/shop0\\" ","response":"","error":"context deadline exceeded"}')
C("etcd", "database",
  '{"level":"warn","ts":"2024-03-12T14:22:05.331004Z","caller":"etcdserver/raft.go:416","msg":"leader failed to send out '
  'heartbeat on time; took too long, leader is overloaded likely from slow disk","to":"91bc3c398fb3c146",'
  '"heartbeat-interval":"100ms","expected-duration":"200ms","exceeded-duration":"1.218301s"}')
C("etcd", "database",
  '{"level":"info","ts":"2024-03-12T14:22:06.004112Z","logger":"raft","caller":"etcdserver/zap_raft.go:77",'
  '"msg":"raft.node: 8e9e05c52164694d lost leader 91bc3c398fb3c146 at term 5"}')
C("kube-apiserver", "database",
  klog("E", "0312 14:22:06.118002", 1, "controller.go:193",
       '"Failed to update lease" err="etcdserver: leader changed"'))
C("kubectl", "database",
  'Error from server: etcdserver: no leader')
C("kubectl", "database", 'Error from server: etcdserver: too many requests')
C("cloudnative-pg", "database",
  '{"level":"info","ts":"2024-03-12T14:22:05.118223Z","logger":"postgres","msg":"record","logging_pod":"pg-main-1",'
  '"record":{"log_time":"2024-03-12 14:22:05.118 UTC","user_name":"app","database_name":"app","process_id":"8812",'
  '"connection_from":"10.244.1.17:51234","session_id":"65f0651d.226c","session_line_num":"1","session_start_time":'
  '"2024-03-12 14:22:05 UTC","transaction_id":"0","error_severity":"FATAL","sql_state_code":"53300","message":'
  '"sorry, too many clients already","backend_type":"client backend","query_id":"0"}}')
C("postgres", "database",
  "2024-03-12 14:22:05.331 UTC [4412] ERROR:  deadlock detected")
C("postgres", "database",
  "2024-03-12 14:22:05.331 UTC [4412] DETAIL:  Process 4412 waits for ShareLock on transaction 5512098; blocked by process 4419.")
C("postgres", "database",
  "2024-03-12 14:22:05.118 UTC [9921] FATAL:  remaining connection slots are reserved for non-replication superuser connections")
C("patroni", "database", "2024-03-12 14:22:05,118 ERROR: Error communicating with DCS")
C("patroni", "database",
  "2024-03-12 14:22:15,331 INFO: demoting self because DCS is not accessible and I was a leader")
C("redis-sentinel", "database", "1:X 12 Mar 2024 14:22:05.118 # +sdown master mymaster 10.244.1.9 6379")
C("redis-sentinel", "database", "1:X 12 Mar 2024 14:22:07.331 # +odown master mymaster 10.244.1.9 6379 #quorum 2/2")
C("redis", "database",
  "1:M 12 Mar 2024 14:22:05.118 # Background saving error")
C("redis", "database",
  "1:S 12 Mar 2024 14:22:05.118 * Master is currently unable to PSYNC but should be in the future: -NOMASTERLINK Can't "
  "SYNC while not connected with my master")
C("redis", "database",
  "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may "
  "modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting "
  "fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.")
C("postgres", "database",
  "2024-03-12 14:22:05.118 UTC [77] FATAL:  could not receive data from WAL stream: ERROR:  requested WAL segment "
  "000000010000000A000000FF has already been removed")
C("postgres", "database",
  "2024-03-12 14:22:05.441 UTC [5120] ERROR:  could not serialize access due to concurrent update")
C("postgres", "database",
  '2024-03-12 14:22:05.551 UTC [5121] ERROR:  duplicate key value violates unique constraint "users_email_key"')
C("harbor-core", "database",
  "2024-03-12T14:22:05Z [ERROR] [/common/dao/pgsql.go:127]: failed to migrate the database, error: Dirty database version "
  "52. Fix and force version.")
C("grafana", "database",
  'logger=migrator t=2024-03-12T14:22:05.118223Z level=error msg="Executing migration failed" '
  'id="add index alert_rule org_id, dashboard_uid, panel_id" error="Error 1061 (42000): Duplicate key name '
  '\'IDX_alert_rule_org_id_dashboard_uid_panel_id\'"')
C("grafana", "database",
  'logger=sqlstore t=2024-03-12T14:22:05.331002Z level=error msg="Failed to update last_seen_at" error="database is locked"')
C("mysql", "database",
  "2024-03-12T14:22:05.118223Z 0 [Note] [MY-012468] [InnoDB] Transactions deadlock detected, dumping detailed information.")
B("mysql", "database",
  "2024-03-12T14:22:05.118223Z 812 [Note] [MY-010914] [Server] Aborted connection 812 to db: 'keycloak' user: 'keycloak' "
  "host: '10.244.1.31' (Got an error reading communication packets).")

S("kube-apiserver", "database",
  klog("E", "0312 14:22:05.331102", 1, "controller.go:195",
       '"Failed to update lease" err="rpc error: code = Unavailable desc = error reading from server: EOF"'))
S("etcd", "database",
  '{"level":"info","ts":"2024-03-12T14:22:06.112003Z","logger":"raft","caller":"etcdserver/zap_raft.go:77",'
  '"msg":"8e9e05c52164694d is starting a new election at term 5"}')
S("redis-sentinel", "database",
  "1:X 12 Mar 2024 14:22:08.001 # +switch-master mymaster 10.244.1.9 6379 10.244.2.14 6379")

B("etcd", "database",
  '{"level":"info","ts":"2024-03-12T14:22:05.118331Z","caller":"mvcc/kvstore_compaction.go:66","msg":"finished scheduled '
  'compaction","compact-revision":8812344,"took":"41.233009ms","hash":3318890122,"current-db-size-bytes":104857600,'
  '"current-db-size":"105 MB","current-db-size-in-use-bytes":52428800,"current-db-size-in-use":"52 MB"}')
B("kube-apiserver", "database",
  klog("W", "0312 14:22:05.118223", 1, "reflector.go:462",
       "storage/cacher.go:/pods: watch of *core.Pod ended with: very short watch: storage/cacher.go:/pods: Unexpected watch "
       "close - watch lasted less than a second and no items received"))
B("kube-controller-manager", "database",
  klog("W", "0312 14:22:05.551223", 1, "reflector.go:462",
       "k8s.io/client-go/informers/factory.go:159: watch of *v1.ConfigMap ended with: The resourceVersion for the provided "
       "watch is too old."))
B("etcd", "database",
  '{"level":"info","ts":"2024-03-12T14:22:07.004112Z","logger":"raft","caller":"etcdserver/zap_raft.go:77",'
  '"msg":"raft.node: 8e9e05c52164694d elected leader 91bc3c398fb3c146 at term 6"}')
B("patroni", "database",
  "2024-03-12 14:22:05,118 INFO: no action. I am (pg-main-0), the leader with the lock")
B("postgres", "database",
  "2024-03-12 14:22:05.118 UTC [61] LOG:  checkpoint complete: wrote 1234 buffers (7.5%); 0 WAL file(s) added, 0 removed, "
  "3 recycled; write=269.845 s, sync=0.012 s, total=269.901 s; sync files=45, longest=0.004 s, average=0.001 s; "
  "distance=49152 kB, estimate=51200 kB")
B("postgres", "database",
  "2024-03-12 14:22:05.118 UTC [61] LOG:  checkpoints are occurring too frequently (24 seconds apart)")
B("postgres", "database",
  "2024-03-12 14:22:01.002 UTC [102] FATAL:  the database system is starting up")
B("redis", "database",
  "1:M 12 Mar 2024 14:22:05.118 * Background saving terminated with success")
B("redis", "database",
  "1:C 12 Mar 2024 14:00:01.002 # WARNING Memory overcommit must be enabled! Without it, a background save or replication "
  "may fail under low memory condition. Being disabled, it can can also cause failures without low memory condition, see "
  "https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf "
  "and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.")
B("prometheus", "database",
  'ts=2024-03-12T14:22:05.118Z caller=scrape.go:1736 level=warn component="scrape manager" scrape_pool=serviceMonitor/shop/cart/0 '
  'target=http://10.244.1.17:8080/metrics msg="Error on ingesting samples that are too old or are too far into the future" num_dropped=3')
B("cloudnative-pg", "database",
  '{"level":"info","ts":"2024-03-12T14:22:05.118223Z","logger":"wal-archive","msg":"Archived WAL file","logging_pod":'
  '"pg-main-1","walName":"pg_wal/000000010000000A000000FE","startTime":"2024-03-12T14:22:04.812Z","endTime":'
  '"2024-03-12T14:22:05.117Z","elapsedWalTime":0.305}')

# ================================================================= rate_limited
C("cluster-autoscaler", "rate_limited",
  klog("E", "0312 14:22:05.118223", 1, "aws_manager.go:265",
       "Failed to regenerate ASG cache: Throttling: Rate exceeded"))
C("karpenter", "rate_limited",
  '{"level":"ERROR","time":"2024-03-12T14:22:05.221Z","logger":"controller","message":"Reconciler error","commit":"6174c75",'
  '"controller":"nodeclaim.lifecycle","controllerGroup":"karpenter.sh","controllerKind":"NodeClaim","NodeClaim":{"name":'
  '"default-q2w3e"},"namespace":"","name":"default-q2w3e","reconcileID":"e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b","error":'
  '"launching nodeclaim, creating instance, operation error EC2: CreateFleet, https response error StatusCode: 503, '
  'RequestID: 4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d, api error RequestLimitExceeded: Request limit exceeded."}')
C("external-dns", "rate_limited",
  'time="2024-03-12T14:22:05Z" level=error msg="Failed to do run once: soft error\\nfailed to list resource records sets '
  'for zone /hostedzone/Z0123456789ABCDEFGHIJ using aws profile \\"\\": operation error Route 53: ListResourceRecordSets, '
  'exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: '
  '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f, api error Throttling: Rate exceeded"')
C("gce-pd-csi-driver", "rate_limited",
  describe("Warning", "ProvisioningFailed", "31s", "pd.csi.storage.gke.io_gke-4f5a6b7c8d9e0f1a2b3c-1a2b-vm_7d8e9f0a",
           'failed to provision volume with StorageClass "standard-rwo": rpc error: code = ResourceExhausted desc = '
           'googleapi: Error 403: Quota exceeded for quota metric \'Read requests\' and limit \'Read requests per minute\' '
           'of service \'compute.googleapis.com\' for consumer \'project_number:123456789012\'., rateLimitExceeded'))
C("cloud-controller-manager", "rate_limited",
  klog("E", "0312 14:22:05.661003", 1, "azure_vmss.go:1223",
       "EnsureHostInPool(shop/web): backendPoolID(/subscriptions/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/resourceGroups/"
       "MC_prod_aks_westeurope/providers/Microsoft.Network/loadBalancers/kubernetes/backendAddressPools/kubernetes) - "
       "failed to update host(aks-nodepool1-31465219-vmss000002): Retriable: true, RetryAfter: 18s, HTTPStatusCode: 429, "
       "RawError: {\"error\":{\"code\":\"OperationNotAllowed\",\"message\":\"The server rejected the request because too "
       "many requests have been received for this subscription.\"}}"))
C("cluster-autoscaler", "rate_limited",
  klog("W", "0312 14:22:05.771223", 1, "clusterstate.go:1084",
       "Failed to scale up aks-userpool-28731109-vmss: Operation could not be completed as it results in exceeding approved "
       "Total Regional Cores quota. Additional details - Deployment Model: Resource Manager, Location: westeurope, Current "
       "Limit: 100, Current Usage: 96, Additional Required: 8"))
C("kubectl", "rate_limited",
  "Error from server (TooManyRequests): the server has received too many requests and has asked us to try again later")
C("kube-apiserver", "rate_limited",
  '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Too many requests, please try again later.",'
  '"reason":"TooManyRequests","details":{"retryAfterSeconds":1},"code":429}')
C("kubelet", "rate_limited",
  describe("Warning", "Failed", "2m", "kubelet",
           'Failed to pull image "nginx:1.25": rpc error: code = Unknown desc = failed to pull and unpack image '
           '"docker.io/library/nginx:1.25": failed to copy: httpReadSeeker: failed open: unexpected status code '
           'https://registry-1.docker.io/v2/library/nginx/manifests/sha256:1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b: '
           '429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase '
           'the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit'))
C("cert-manager", "rate_limited",
  describe("Warning", "Failed", "9m", "cert-manager-certificates-issuing",
           'The certificate request has failed to complete and will be retried: Failed to wait for order resource '
           '"web-tls-1-2931443271" to become ready: order is in "errored" state: Failed to create Order: 429 '
           'urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many certificates already issued for '
           'exact set of domains: shop.example.com: see https://letsencrypt.org/docs/rate-limits/'))
C("promtail", "rate_limited",
  'level=warn ts=2024-03-12T14:22:05.118234Z caller=client.go:419 component=client host=loki-gateway.monitoring.svc '
  'msg="error sending batch, will retry" status=429 tenant= error="server returned HTTP status 429 Too Many Requests (429): '
  'Ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec) while attempting to ingest \'1234\' lines totaling '
  '\'1048576\' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased"')
C("loki", "rate_limited",
  'level=warn ts=2024-03-12T14:22:05.118234566Z caller=grpc_logging.go:78 method=/logproto.Pusher/Push duration=212.3\u00b5s '
  'msg=gRPC err="rpc error: code = Code(429) desc = Maximum active stream limit exceeded, reduce the number of active streams '
  '(reduce labels or reduce label values), or contact your Loki administrator to see if the limit can be increased, user: \'fake\'"')
C("prometheus", "rate_limited",
  'ts=2024-03-12T14:22:05.612Z caller=dedupe.go:112 component=remote level=warn remote_name=mimir '
  'url=http://mimir-nginx.mimir.svc/api/v1/push msg="Failed to send batch, retrying" err="server returned HTTP status 429 '
  'Too Many Requests: the request has been rejected because the tenant exceeded the ingestion rate limit, set to 10000 items/s '
  'with a maximum allowed burst of 200000. This limit is applied on the total number of samples, exemplars and metadata '
  'received across all distributors (err-mimir-tenant-max-ingestion-rate). To adjust the related per-tenant limits, configure '
  '-distributor.ingestion-rate-limit and -distributor.ingestion-burst-size, or contact your service administrator."')
C("argocd-applicationset-controller", "rate_limited",
  'time="2024-03-12T14:22:05Z" level=error msg="error generating params" error="error listing repos: GET '
  'https://api.github.com/orgs/acme/repos?per_page=100: 403 API rate limit exceeded for 203.0.113.7. (But here\'s the '
  'good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.) '
  '[rate reset in 42m11s]" generator="{nil nil nil nil nil nil nil nil nil nil}"')
C("istio-proxy", "rate_limited",
  '[2024-03-12T14:22:05.118Z] "GET /api/search HTTP/1.1" 429 - local_rate_limited - "-" 0 18 0 - "203.0.113.7" '
  '"python-requests/2.31.0" "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d" "search.shop.svc.cluster.local:8080" "-" '
  'inbound|8080|| - 10.244.1.61:8080 203.0.113.7:0 outbound_.8080_._.search.shop.svc.cluster.local default')
C("ingress-nginx", "rate_limited",
  '2024/03/12 14:22:05 [error] 45#45: *125771 limiting requests, excess: 10.520 by zone "shop-api-rps", client: '
  '203.0.113.7, server: shop.example.com, request: "GET /api/search?q=shoes HTTP/1.1", host: "shop.example.com"')
C("vault-agent", "rate_limited",
  '2024-03-12T14:22:05.118Z [ERROR] agent.auth.handler: error authenticating: error="Error making API request.\\n\\n'
  'URL: PUT https://vault.vault.svc:8200/v1/auth/kubernetes/login\\nCode: 429. Errors:\\n\\n* request path '
  '\\"auth/kubernetes/login\\": rate limit quota exceeded" backoff=3.1s')
C("alertmanager", "rate_limited",
  'ts=2024-03-12T14:22:05.921Z caller=dispatch.go:353 level=error component=dispatcher msg="Notify for alerts failed" '
  'num_alerts=14 err="slack/slack[0]: notify retry canceled due to unrecoverable error after 1 attempts: channel '
  '\\"#alerts-prod\\": unexpected status code 429: rate_limited"')
C("loki", "rate_limited",
  'level=error ts=2024-03-12T14:22:05.118234566Z caller=flush.go:143 org_id=fake msg="failed to flush" '
  'err="failed to flush chunks: store put chunk: SlowDown: Please reduce your request rate.\\n\\tstatus code: 503, '
  'request id: 5QH2N7X1D8K4R3T9, host id: c2xvd2Rvd24gaG9zdCBpZCBmb3IgdGVzdA==, num_chunks: 12, labels: '
  '{app=\\"cart\\", namespace=\\"shop\\"}"')
C("thanos-sidecar", "rate_limited",
  'ts=2024-03-12T14:22:05.118Z caller=shipper.go:361 level=warn msg="upload new block" id=01HRV4G9X2K3M4N5P6Q7R8S9T0 '
  'err="upload meta file: upload: googleapi: Error 429: The rate of change requests to the object '
  'thanos/01HRV4G9X2K3M4N5P6Q7R8S9T0/meta.json exceeds the rate limit. Please reduce the rate of create, update, and delete '
  'requests., rateLimitExceeded"')
C("ebs-csi-controller", "rate_limited",
  describe("Warning", "ProvisioningFailed", "40s (x3 over 2m)", "ebs.csi.aws.com_ebs-csi-controller-7c9d8b6f5-2kx4p_a1b2c3d4",
           'failed to provision volume with StorageClass "gp3": rpc error: code = Internal desc = Could not create volume '
           '"pvc-7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d": could not create volume in EC2: operation error EC2: CreateVolume, '
           'failed to get rate limit token, retry quota exceeded, 0 available, 5 requested'))
C("loki", "rate_limited",
  "too many outstanding requests")
C("aws-vpc-cni", "rate_limited",
  '{"level":"error","ts":"2024-03-12T14:22:05.118Z","caller":"ipamd/ipamd.go:842","msg":"Failed to increase pool size due '
  'to not able to allocate ENI AllocENI: error attaching ENI: attachENI: failed to attach ENI:RequestLimitExceeded: Request '
  'limit exceeded.\\n\\tstatus code: 503, request id: 2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"}')

S("ingress-nginx", "rate_limited",
  '203.0.113.7 - - [12/Mar/2024:14:22:05 +0000] "GET /api/search?q=shoes HTTP/1.1" 503 190 "-" "python-requests/2.31.0" 412 '
  '0.000 [shop-search-8080] [] - - - - 2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f')
S("grafana", "rate_limited",
  'logger=context userId=0 orgId=0 uname= t=2024-03-12T14:22:05.118223Z level=info msg="Request Completed" method=GET '
  'path=/api/datasources/proxy/uid/P1809F7CD0C75ACF3/api/v1/query_range status=429 remote_addr=10.244.0.1 time_ms=3 '
  'duration=3.112ms size=40 referer= handler=/api/datasources/proxy/uid/:uid/*')

B("kubectl", "rate_limited",
  "I0312 14:22:05.881022   81234 request.go:697] Waited for 1.045226191s due to client-side throttling, not priority and "
  "fairness, request: GET:https://10.0.0.10:6443/apis/policy/v1?timeout=32s")
B("kubectl", "node_failure",
  'evicting pod shop/cart-7d9f8b6c5-x2lkq')
B("kubectl", "rate_limited",
  'error when evicting pods/"cart-7d9f8b6c5-x2lkq" -n "shop" (will retry after 5s): Cannot evict pod as it would violate '
  'the pod\'s disruption budget.')
S("alertmanager", "timeout",
  'ts=2024-03-12T14:22:05.921Z caller=notify.go:848 level=warn component=dispatcher receiver=slack integration=slack[0] '
  'aggrGroup="{}:{alertname=\\"KubePodCrashLooping\\"}" msg="Notify attempt failed, will retry later" attempts=1 '
  'err="Post \\"<redacted>\\": context deadline exceeded"')
B("kube-apiserver", "rate_limited",
  klog("I", "0312 14:22:05.118223", 1, "apf_controller.go:455",
       '"Update CurrentCL" plName="workload-low" seatDemandHighWatermark=12 seatDemandAvg=3.1 seatDemandStdev=2.4 '
       'seatDemandSmoothed=9.8 fairFrac=2.2 currentCL=74 concurrencyDenominator=74 backstop=false'))

# ================================================================= node_failure
C("kube-controller-manager", "node_failure",
  alloy_event(EKS2, "Node", "NodeNotReady", "Normal", "Node " + EKS2 + " status is now: NodeNotReady", "", "99120021",
              count=1, source="node-controller"))
C("kube-controller-manager", "node_failure",
  klog("I", "0312 14:22:05.118223", 1, "controller_utils.go:169",
       '"Recording status change event message for node" message="Node ' + EKS2 + ' status is now: NodeNotReady" node="' + EKS2 + '"'))
C("kube-controller-manager", "node_failure",
  klog("I", "0312 14:22:05.112001", 1, "node_lifecycle_controller.go:1039",
       "Node " + ONP1 + " hasn't been updated for 40.005093271s. Last Ready is: &NodeCondition{Type:Ready,Status:True,"
       "LastHeartbeatTime:2024-03-12 14:21:21 +0000 UTC,LastTransitionTime:2024-03-10 08:01:02 +0000 UTC,Reason:KubeletReady,"
       "Message:kubelet is posting ready status,}"))
C("kube-controller-manager", "node_failure",
  getev("6m", "Warning", "NodeNotReady", "pod/cart-7d9f8b6c5-x2lkq", "Node is not ready"))
C("kubelet", "node_failure",
  klog("E", "0312 14:22:05.000112", 2345, "kubelet.go:2892",
       '"Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network '
       'plugin returns error: cni plugin not initialized"'))
C("kubelet", "node_failure",
  klog("E", "0312 14:22:05.001220", 2345, "kubelet.go:2359",
       '"Skipping pod synchronization" err="container runtime is down"'))
C("kubelet", "node_failure",
  klog("E", "0312 14:22:05.002331", 2345, "kubelet.go:2359",
       '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m12.456178s ago; threshold is 3m0s"'))
C("kubelet", "node_failure",
  klog("E", "0312 14:22:05.003441", 2345, "kubelet_node_status.go:536",
       '"Unable to update node status" err="update node status exceeds retry count"'))
C("kubelet", "node_failure",
  klog("E", "0312 14:22:05.004113", 2345, "remote_runtime.go:294",
       '"ListPodSandbox with filter from runtime service failed" err="rpc error: code = Unavailable desc = connection error: '
       'desc = \\"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: no such file or directory\\"" '
       'filter="&PodSandboxFilter{Id:,State:&PodSandboxStateValue{State:SANDBOX_READY,},LabelSelector:map[string]string{},}"'))
C("systemd", "node_failure",
  journal("Mar 12 14:22:05", "ip-10-0-2-114", "systemd[1]", "containerd.service: Main process exited, code=killed, status=9/KILL"))
C("systemd", "node_failure",
  journal("Mar 12 14:22:05", "ip-10-0-2-114", "systemd[1]", "kubelet.service: Failed with result 'exit-code'."))
C("kubelet", "node_failure",
  describe("Warning", "FailedCreatePodSandBox", "2m (x12 over 5m)", "kubelet",
           'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox '
           '"3f1a2b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708": plugin type="calico" failed (add): error '
           'getting ClusterInformation: connection is unauthorized: Unauthorized'))
C("kubelet", "node_failure",
  getev("90s", "Warning", "FailedCreatePodSandBox", "pod/cart-7d9f8b6c5-x2lkq",
        'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox '
        '"9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d": plugin type="calico" failed (add): stat '
        '/var/lib/calico/nodename: no such file or directory: check that the calico/node container is running and has mounted '
        '/var/lib/calico/'))
C("kubelet", "node_failure",
  describe("Warning", "FailedCreatePodSandBox", "41s", "kubelet",
           'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox '
           '"1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d": plugin type="cilium-cni" failed (add): unable '
           'to connect to Cilium daemon: failed to create cilium agent client after 30.000000 seconds timeout: Get '
           '"http:///var/run/cilium/cilium.sock/v1/config": dial unix /var/run/cilium/cilium.sock: connect: no such file or directory'))
C("kubelet", "node_failure",
  getev("2m", "Warning", "FailedCreatePodSandBox", "pod/web-5b7c9d8f6-m4n2p",
        'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox '
        '"5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f": plugin type="flannel" failed (add): '
        'loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory'))
C("kubelet", "node_failure",
  exporter("shop", "checkout-6d5c4b3a2-w8x9y", "Pod", "FailedCreatePodSandBox",
           'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox '
           '"7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b": plugin type="aws-cni" name="aws-cni" failed '
           '(add): add cmd: Error received from AddNetwork gRPC call: rpc error: code = Unavailable desc = connection error: '
           'desc = "transport: Error while dialing: dial tcp 127.0.0.1:50051: connect: connection refused"',
           "Warning", "kubelet", EKS1, 8, "2024-03-12T14:19:05Z", "2024-03-12T14:22:05Z", UID4, "8813310",
           labels={"app": "checkout"}))
C("kubelet", "node_failure",
  describe("Warning", "FailedCreatePodSandBox", "18s (x9 over 2m)", "kubelet",
           'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox '
           '"2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c": plugin type="aws-cni" name="aws-cni" failed '
           '(add): add cmd: failed to assign an IP address to container'))
C("calico-node", "node_failure",
  describe("Warning", "Unhealthy", "3m (x41 over 12m)", "kubelet",
           "Readiness probe failed: calico/node is not ready: BIRD is not ready: BGP not established with 10.0.1.24,10.0.1.25"))
C("containerd", "node_failure",
  'time="2024-03-12T14:22:05.118223Z" level=error msg="failed to load cni during init, please check CRI plugin status '
  'before setting up network for pods" error="cni config load failed: no network config found in /etc/cni/net.d: cni plugin '
  'not initialized: failed to load cni config"')
C("kernel", "node_failure",
  "[4412231.002113] EDAC MC0: 1 UE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x1a2b3c "
  "offset:0x0 grain:32 - area:DRAM err_code:0000:009f socket:0 ha:0 channel_mask:2 rank:1)")
C("kernel", "node_failure",
  "[4412230.998112] EDAC MC0: 1 CE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x12345 "
  "offset:0x0 grain:32 syndrome:0x0 - area:DRAM err_code:0001:0091 socket:0 ha:0 channel_mask:2 rank:0)")
C("kernel", "node_failure", "[4412231.551203] mce: [Hardware Error]: Machine check events logged")
C("kernel", "node_failure",
  "[4412231.551877] mce: [Hardware Error]: CPU 3: Machine Check: 0 Bank 5: be00000000800400")
C("kernel", "node_failure",
  "[ 7261.118223] INFO: task containerd:1234 blocked for more than 120 seconds.")
C("kernel", "node_failure",
  "[ 9912.331008] watchdog: BUG: soft lockup - CPU#3 stuck for 22s! [kworker/3:1:123]")
C("kernel", "node_failure",
  "[ 9915.441231] rcu: INFO: rcu_sched self-detected stall on CPU")
C("kernel", "node_failure",
  "Mar 12 14:22:05 worker-03 kernel: e1000e: eth0 NIC Link is Down")
C("kernel", "node_failure",
  "[ 8811.221003] mlx5_core 0000:3b:00.0 ens1f0: Link down")
C("kernel", "node_failure",
  "[1203311.004112] ena 0000:00:06.0 eth1: Keep alive watchdog timeout.")
C("kernel", "node_failure",
  "[1203311.004551] ena 0000:00:06.0 eth1: Trigger reset is on")
C("kernel", "node_failure",
  "[ 8812.331002] NETDEV WATCHDOG: eth0 (ixgbe): transmit queue 3 timed out")
C("node-problem-detector", "node_failure",
  alloy_event(GKE1, "Node", "TaskHung", "Warning", "task containerd:1234 blocked for more than 120 seconds.", "", "51233120",
              count=1, source="kernel-monitor", host=GKE1))
C("cluster-autoscaler", "node_failure",
  klog("W", "0312 14:22:05.441002", 1, "static_autoscaler.go:778",
       "Removing unregistered node aws:///eu-west-1a/i-0f1e2d3c4b5a69788"))
C("cloud-controller-manager", "node_failure",
  describe("Normal", "DeletingNode", "1m", "cloud-node-lifecycle-controller",
           "Deleting node " + EKS2 + " because it does not exist in the cloud provider"))
C("kube-proxy", "node_failure",
  klog("E", "0312 14:22:05.551002", 1, "proxier.go:1564",
       '"Failed to execute iptables-restore" err="exit status 1 (iptables-restore: line 2231 failed\\n)"'))
C("azure-cni", "node_failure",
  describe("Warning", "FailedCreatePodSandBox", "33s", "kubelet",
           'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox '
           '"0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b": plugin type="azure-vnet" failed (add): '
           'Failed to allocate address: Failed to delegate: Failed to allocate address: No available addresses'))

S("kube-controller-manager", "node_failure",
  describe("Normal", "TaintManagerEviction", "2m", "taint-eviction-controller",
           "Marking for deletion Pod shop/cart-7d9f8b6c5-x2lkq"))
S("kubelet", "node_failure",
  describe("Normal", "SandboxChanged", "20s (x4 over 2m)", "kubelet", "Pod sandbox changed, it will be killed and re-created."))
S("kubelet", "node_failure",
  getev("50s", "Warning", "FailedCreatePodSandBox", "pod/worker-84f5c7d9b-zk8lq",
        "Failed to create pod sandbox: rpc error: code = DeadlineExceeded desc = context deadline exceeded"))
S("systemd", "node_failure",
  journal("Mar 12 14:22:15", "ip-10-0-2-114", "systemd[1]", "kubelet.service: Scheduled restart job, restart counter is at 7."))
S("kubectl", "node_failure",
  EKS2 + "   NotReady   <none>   41d   v1.29.0-eks-5e0fdde")
S("kube-controller-manager", "node_failure",
  klog("I", "0312 14:22:45.118223", 1, "node_lifecycle_controller.go:1221",
       '"Controller detected that zone is now in new state" zone="eu-west-1:\\x00:eu-west-1b" newState="PartialDisruption"'))

B("kube-controller-manager", "node_failure",
  describe("Normal", "NodeNotSchedulable", "5m", "kubelet", "Node " + EKS3 + " status is now: NodeNotSchedulable"))
B("kubelet", "node_failure",
  describe("Normal", "NodeReady", "30s", "kubelet", "Node " + EKS3 + " status is now: NodeReady"))
B("kubelet", "node_failure",
  klog("E", "0312 14:22:05.118223", 2345, "remote_runtime.go:432",
       '"ContainerStatus from runtime service failed" err="rpc error: code = NotFound desc = an error occurred when try to '
       'find container \\"4c2b21624d4488ea8305bec91bb58135e840ab50b779da3db19ddf87864a760e\\": not found" '
       'containerID="4c2b21624d4488ea8305bec91bb58135e840ab50b779da3db19ddf87864a760e"'))
B("kernel", "node_failure",
  "[ 8812.004117] IPv6: ADDRCONF(NETDEV_CHANGE): eth0: link becomes ready")
B("kernel", "node_failure",
  "[ 8812.441002] cni0: port 3(veth1a2b3c4d) entered disabled state")
B("kernel", "node_failure",
  "[ 8812.441877] device veth1a2b3c4d left promiscuous mode")
B("calico-node", "node_failure",
  '2024-03-12 14:22:05.118 [INFO][66] felix/int_dataplane.go 1836: Received interface update msg=&intdataplane.ifaceStateUpdate'
  '{Name:"cali1a2b3c4d5e6", State:"down", Index:123}')
B("cilium-agent", "node_failure",
  'time="2024-03-12T14:22:05Z" level=info msg="Delete endpoint request" containerID=4c2b21624d endpointID=1812 '
  'k8sNamespace=shop k8sPodName=cart-6b8c7d9f4-q7w8e subsys=daemon')
B("karpenter", "node_failure",
  '{"level":"INFO","time":"2024-03-12T14:22:05.221Z","logger":"controller","message":"disrupting via consolidation delete, '
  'terminating 1 nodes (2 pods) ' + EKS3 + '/m5.large/spot","commit":"6174c75","controller":"disruption",'
  '"command-id":"7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f"}')
B("cluster-autoscaler", "node_failure",
  klog("I", "0312 14:22:05.551002", 1, "delete.go:104", "Successfully added ToBeDeletedTaint on node " + EKS3))
B("cluster-autoscaler", "node_failure",
  describe("Normal", "ScaleDown", "3m", "cluster-autoscaler", "Scale-down: node " + EKS3 + " removed with drain"))
B("kubelet", "node_failure",
  describe("Normal", "Starting", "2m", "kubelet", "Starting kubelet."))
B("systemd", "node_failure",
  journal("Mar 12 14:00:01", "ip-10-0-1-23", "systemd[1]", "Started Kubernetes Kubelet."))
B("aws-vpc-cni", "node_failure",
  '{"level":"info","ts":"2024-03-12T14:22:05.118Z","caller":"rpc/rpc.pb.go:713","msg":"Received AddNetwork for NS '
  '/var/run/netns/cni-3f1a2b4c-5d6e-7f80-91a2-b3c4d5e6f708, Sandbox 3f1a2b4c5d6e7f80, ifname eth0"}')
B("kube-controller-manager", "node_failure",
  klog("I", "0312 14:22:05.118223", 1, "node_lifecycle_controller.go:878",
       '"Node is healthy again, removing all taints" node="' + EKS3 + '"'))
B("node-problem-detector", "node_failure",
  klog("I", "0312 14:00:05.118223", 1, "log_monitor.go:160", "Initialize condition generated: [{Type:KernelDeadlock "
       "Status:False Transition:2024-03-12 14:00:05.118223 +0000 UTC Reason:KernelHasNoDeadlock Message:kernel has no deadlock}]"))

# ============================================== additional symptoms and benign
S("containerd", "oom_killed",
  'time="2024-03-12T14:22:05.418771003Z" level=info msg="TaskExit event &TaskExit{ContainerID:'
  '8d1f0c2b6a7e4f3d9c5b1a0e2f4d6c8b7a9e1f3d5c7b9a0e2f4d6c8b7a9e1f3d,ID:8d1f0c2b6a7e4f3d9c5b1a0e2f4d6c8b7a9e1f3d5c7b9a0e2f4d6c8b7a9e1f3d,'
  'Pid:28734,ExitStatus:137,ExitedAt:2024-03-12 14:22:05.407911203 +0000 UTC,XXX_unrecognized:[],}"')
S("kubectl", "oom_killed", "      Exit Code:    137")
S("containerd", "application_error",
  'time="2024-03-12T14:22:05.661002118Z" level=info msg="TaskExit event &TaskExit{ContainerID:'
  '3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f,ID:3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f,'
  'Pid:40112,ExitStatus:2,ExitedAt:2024-03-12 14:22:05.655811002 +0000 UTC,XXX_unrecognized:[],}"')
S("kubectl", "application_error", "      Reason:       Error")
S("kubelet", "image_pull",
  describe("Warning", "Failed", "4m", "kubelet",
           'Failed to pull image "registry.example.com/ml/trainer:2.0": rpc error: code = Canceled desc = failed to pull and '
           'unpack image "registry.example.com/ml/trainer:2.0": context canceled'))
S("kubectl", "image_pull", "web-5b7c9d8f6-m4n2p           0/1     ErrImagePull       0          41s")
S("kubectl", "probe_failure", "checkout-6d5c4b3a2-w8x9y      0/1     Running            4 (38s ago)      11m")
S("cluster-autoscaler", "scheduling",
  klog("I", "0312 14:22:05.440002", 1, "klogx.go:87", "Pod ml/trainer-0 is unschedulable"))
S("coredns", "dns_resolution",
  '[WARNING] plugin/health: Local health request to "http://:8080/health" took more than 1s: 1.512374003s')
S("systemd-resolved", "dns_resolution",
  journal("Mar 12 14:22:05", "worker-03", "systemd-resolved[612]",
          "Using degraded feature set TCP instead of UDP for DNS server 10.0.0.2."))
S("ingress-nginx", "auth_failure",
  '10.0.1.5 - - [12/Mar/2024:14:22:05 +0000] "POST /api/v1/admin/users HTTP/2.0" 403 45 "-" "Mozilla/5.0" 88 0.011 '
  '[shop-admin-8080] [] 10.244.1.55:8080 45 0.011 403 0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d')
S("kubectl", "config_error", "migrate-9x8c7                 0/1     RunContainerError   2 (5s ago)   31s")
S("kubelet", "config_error",
  describe("Warning", "Failed", "3s (x2 over 14s)", "kubelet", "Error: CreateContainerError"))
S("argocd-application-controller", "config_error",
  'time="2024-03-12T14:22:05Z" level=info msg="Updated sync status: Synced -> OutOfSync" application=argocd/cart '
  'dest-namespace=shop dest-server="https://kubernetes.default.svc" reason=ResourceUpdated type=Normal')
S("haproxy", "resource_exhausted",
  'Mar 12 14:22:35 lb-01 haproxy[8]: 10.0.1.5:51301 [12/Mar/2024:14:22:05.002] fe_http be_api/<NOSRV> 0/30001/-1/-1/30001 '
  '503 217 - - sQ-- 980/980/978/0/0 0/512 "GET /api/items HTTP/1.1"')
S("kubectl", "storage", "postgres-0                    0/1     ContainerCreating   0          14m")
S("kube-controller-manager", "storage",
  describe("Warning", "FailedCreate", "2m (x12 over 8m)", "statefulset-controller",
           'create Pod kafka-0 in StatefulSet kafka failed error: failed to create PVC data-kafka-0: '
           'persistentvolumeclaims "data-kafka-0" is forbidden: exceeded quota: storage-quota, requested: '
           'requests.storage=500Gi, used: requests.storage=1800Gi, limited: requests.storage=2Ti'))
S("harbor-core", "database",
  "2024-03-12T14:22:05Z [ERROR] [/lib/http/error.go:57]: {\"errors\":[{\"code\":\"UNKNOWN\",\"message\":\"unknown: "
  "failed to connect to `host=harbor-database user=postgres database=registry`: server error (FATAL: sorry, too many "
  "clients already (SQLSTATE 53300))\"}]}")
S("argocd-server", "connection_refused",
  'time="2024-03-12T14:22:05Z" level=warning msg="Failed to resync revoked tokens. retrying again in 1 minute: '
  'dial tcp 10.96.88.1:6379: connect: connection refused"')
S("promtail", "rate_limited",
  'level=error ts=2024-03-12T14:22:41.331002Z caller=client.go:430 component=client host=loki-gateway.monitoring.svc '
  'msg="final error sending batch" status=429 tenant= error="server returned HTTP status 429 Too Many Requests (429): '
  'Ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec) while attempting to ingest \'2231\' lines totaling '
  '\'1048544\' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased"')
S("cluster-autoscaler", "rate_limited",
  describe("Warning", "FailedToScaleUpGroup", "1m", "cluster-autoscaler",
           "Scale-up failed for group aks-userpool-28731109-vmss: Operation could not be completed as it results in "
           "exceeding approved standardDSv5Family Cores quota."))
S("kubelet", "node_failure",
  describe("Warning", "ContainerGCFailed", "5m", "kubelet",
           'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix '
           '/run/containerd/containerd.sock: connect: connection refused"'))
S("kubelet", "auth_failure",
  klog("E", "0312 14:22:05.221003", 2345, "reflector.go:147",
       'k8s.io/client-go/informers/factory.go:159: Failed to watch *v1.Node: failed to list *v1.Node: Unauthorized'))
S("istio-proxy", "timeout",
  '[2024-03-12T14:22:35.118Z] "POST /api/orders HTTP/1.1" 0 DC downstream_remote_disconnect - "-" 812 0 30002 - '
  '"10.0.1.5" "Mozilla/5.0" "1f2e3d4c-5b6a-4978-8a7b-6c5d4e3f2a1b" "orders.shop.svc.cluster.local:8080" "10.244.1.71:8080" '
  'outbound|8080||orders.shop.svc.cluster.local 10.244.0.21:45012 10.96.14.2:8080 10.244.0.21:41990 - default')

B("ingress-nginx", "timeout",
  '10.0.1.5 - - [12/Mar/2024:14:22:05 +0000] "GET /api/stream HTTP/1.1" 499 0 "-" "Mozilla/5.0" 410 12.004 '
  '[shop-stream-8080] [] 10.244.1.80:8080 0 12.004 - 3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a')
B("haproxy", "connection_refused",
  "[WARNING]  (8) : Server be_api/api-1 is UP, reason: Layer4 check passed, check duration: 0ms. 2 active and 0 backup "
  "servers online. 0 sessions requeued, 0 total in queue.")
B("kubelet", "storage",
  klog("E", "0312 14:22:05.118223", 2345, "cadvisor_stats_provider.go:525",
       '"Unable to fetch pod log stats" err="open /var/log/pods/shop_cart-6b8c7d9f4-q7w8e_' + UID2 + ': no such file or '
       'directory" pod="shop/cart-6b8c7d9f4-q7w8e"'))
B("kubelet", "storage",
  klog("E", "0312 14:22:05.441002", 2345, "kubelet_volumes.go:263",
       '"There were many similar errors. Turn up verbosity to see them." err="orphaned pod \\"' + UID3 + '\\" found, but '
       'volume paths are still present on disk" numErrs=2'))
B("containerd", "node_failure",
  'time="2024-03-12T14:22:05.118223Z" level=error msg="ContainerStatus for '
  '\\"4c2b21624d4488ea8305bec91bb58135e840ab50b779da3db19ddf87864a760e\\" failed" error="rpc error: code = NotFound desc = '
  'an error occurred when try to find container \\"4c2b21624d4488ea8305bec91bb58135e840ab50b779da3db19ddf87864a760e\\": not found"')
B("keda-operator", "application_error",
  '{"level":"info","ts":"2024-03-12T22:00:05Z","logger":"scaleexecutor","msg":"Successfully set ScaleTarget replicas count '
  'to ScaledObject minReplicaCount","scaledobject.Name":"order-worker","scaledObject.Namespace":"jobs",'
  '"scaleTarget.Name":"order-worker","Original Replicas Count":2,"New Replicas Count":0}')
B("kernel", "storage",
  "[    3.118223] EXT4-fs (nvme0n1p1): re-mounted. Opts: errors=remount-ro. Quota mode: none.")
B("systemd-resolved", "dns_resolution",
  journal("Mar 12 14:22:05", "worker-03", "systemd-resolved[612]",
          "Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.0.0.2."))
B("kubelet", "node_failure",
  klog("E", "0312 14:22:05.118223", 2345, "summary_sys_containers.go:48",
       '"Failed to get system container stats" err="failed to get cgroup stats for \\"/system.slice/docker.service\\": failed '
       'to get container info for \\"/system.slice/docker.service\\": unknown container \\"/system.slice/docker.service\\"" '
       'containerName="/system.slice/docker.service"'))
B("kube-apiserver", "timeout",
  klog("I", "0312 14:22:05.118223", 1, "cacher.go:847",
       "cacher (serviceaccounts): 1 objects queued in incoming channel."))
B("velero", "storage",
  'time="2024-03-12T02:14:41Z" level=info msg="Summary for skipped PVs: []" backup=velero/daily-20240312020012 '
  'logSource="pkg/backup/backup.go:515"')
B("etcd", "database",
  '{"level":"info","ts":"2024-03-12T14:00:01.118331Z","caller":"etcdserver/server.go:2068","msg":"published local member '
  'to cluster through raft","local-member-id":"8e9e05c52164694d","local-member-attributes":"{Name:master-1 '
  'ClientURLs:[https://10.0.0.11:2379]}","request-path":"/0/members/8e9e05c52164694d/attributes","cluster-id":'
  '"cdf818194e3a8c32","publish-timeout":"7s"}')

# ======================================================================= output
CATEGORIES = {
    "none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling", "dns_resolution",
    "connection_refused", "timeout", "tls_certificate", "auth_failure", "config_error", "resource_exhausted", "storage",
    "database", "rate_limited", "node_failure",
}


def main():
    seen = set()
    out = []
    for i, e in enumerate(ENTRIES, 1):
        assert e["category"] in CATEGORIES, e
        assert e["kind"] in ("cause", "symptom", "benign"), e
        if e["kind"] == "benign":
            assert e["category"] == "none" and e["looks_like"] in CATEGORIES - {"none"}, e
        else:
            assert e["category"] != "none", e
        assert "\n" not in e["line"] or e["line"].startswith("{"), e["line"][:80]
        assert e["line"] not in seen, "duplicate line: " + e["line"][:80]
        seen.add(e["line"])
        rec = {"id": "plat-%04d" % i, "line": e["line"], "software": e["software"],
               "category": e["category"], "kind": e["kind"]}
        if "looks_like" in e:
            rec["looks_like"] = e["looks_like"]
        out.append(json.dumps(rec, ensure_ascii=False))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "platform.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    return path, len(out)


if __name__ == "__main__":
    p, n = main()
    print("wrote %d lines to %s" % (n, p))
