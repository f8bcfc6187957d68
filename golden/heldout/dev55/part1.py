"""dev55 part 1: ten CRITICAL records (c01-c10)."""
from common import (Rec, start_at, selector, record, podl, journal, kernel, noise_coredns,
                    noise_ingress, noise_fluentbit, noise_pg_checkpoint, noise_redis,
                    noise_kubelet_probe_ok, noise_prom_remote, ev_exporter, ev_router, ev_alloy)


def c01():
    """apiary: Zig acoustic-analyzer OOM-killed in a loop."""
    r = Rec("c01", start_at(2, 5, 41, 7))
    node = "apiary-edge-1"
    aa = r.pod("acoustic-analyzer")
    aal = podl("apiary", aa, "acoustic-analyzer", node)
    exp = podl("monitoring", r.pod("event-exporter"), "event-exporter", "apiary-cp-1")
    nats = podl("apiary", "nats-1", "nats", "apiary-edge-3")
    hi = podl("apiary", r.pod("hive-ingest"), "hive-ingest", "apiary-edge-2")
    k = kernel(node)
    kl = journal(node, "kubelet.service")
    ct = journal(node, "containerd.service")
    uid = f"{r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)}"
    cid = [r.hexid(64) for _ in range(4)]
    # healthy noise
    def nats_fn(i, t):
        if i == 4:
            return nats, "[1] @NATS@ [INF] JetStream cluster new stream leader for 'APIARY > HIVE_SCALE'"
        if i % 3 == 0:
            return nats, (f'[1] @NATS@ [INF] {r.ip()}:{r.rng.randint(40000, 60000)} - cid:{r.rng.randint(40, 400)} - '
                          '"v0.9.2:nim:hive-ingest" - Client connection created')
        return nats, f"[1] @NATS@ [INF] {r.ip()}:{r.rng.randint(40000, 60000)} - rid:{r.rng.randint(10, 30)} - Route connection created"
    r.spread(0, 380, 6, nats_fn)
    def hi_fn(i, t):
        return hi, (f'INF @NIM@ batch committed                          topics="ingest" tid=1 '
                    f'stream=HIVE_SCALE count={r.rng.randint(300, 700)} lagMs={r.rng.randint(40, 400)}')
    r.spread(0, 380, 9, hi_fn)
    noise_kubelet_probe_ok(r, 0, 380, 4, kl, [("apiary", r.pod("swarm-alert")), ("kube-system", r.pod("coredns", "5d78c9869d"))])
    # analyzer lifecycle: three runs, each OOM-killed
    runs = [(0, 41.2), (62.0, 131.9), (215.0, 292.4)]
    for n, (s, kill) in enumerate(runs):
        r.add(s + 0.4, aal, "info(main): acoustic-analyzer 0.9.3 (zig 0.12.0, ReleaseSafe) starting")
        r.add(s + 0.6, aal, "info(nats): connected to nats://nats.apiary.svc:4222, subscribing hive.audio.>")
        r.add(s + 1.1, aal, "info(fft): window=4096 hop=1024 mel_bins=64 hives=212")
        r.add(s + 9.3, aal, f"info(fft): backlog replay from JetStream consumer AUDIO_FFT: {9100 + 131 * n} frames pending")
        r.add(s + 22.0, aal, f"warning(fft): spectrogram ring grew to {1180 + 40 * n} MiB (hives=212, backlog={6400 + 77 * n} frames)")
        r.add(kill - 0.9, aal, f"warning(fft): spectrogram ring grew to {1962 + 11 * n} MiB (hives=212, backlog={4100 + 51 * n} frames)")
        pid = 48213 + 911 * n
        r.add(kill, k, f"acoustic-analyz invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=992")
        r.add(kill + 0.001, k, (f"oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-{cid[n]}.scope,"
                                f"mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod{uid.replace('-', '_')}.slice,"
                                f"task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod{uid.replace('-', '_')}.slice/cri-containerd-{cid[n]}.scope,"
                                f"task=acoustic-analyz,pid={pid},uid=65532"))
        r.add(kill + 0.002, k, (f"Memory cgroup out of memory: Killed process {pid} (acoustic-analyz) total-vm:{2213456 + n * 1024}kB, "
                                f"anon-rss:{2093120 + n * 512}kB, file-rss:5120kB, shmem-rss:0kB, UID:65532 pgtables:4300kB oom_score_adj:992"), ev=True)
        r.add(kill + 0.05, ct, f'time="@ISO6@" level=info msg="TaskOOM event container_id:\\"{cid[n]}\\""')
        r.add(kill + 0.3, ct, f'time="@ISO6@" level=info msg="shim disconnected" id={cid[n]} namespace=k8s.io')
        r.add(kill + 0.9, kl, (f'I@KD@    1873 kubelet.go:2457] "SyncLoop (PLEG): event for pod" pod="apiary/{aa}" '
                               f'event={{"ID":"{uid}","Type":"ContainerDied","Data":"{cid[n]}"}}'))
        r.add(kill + 1.4, exp, ev_exporter(r, "default", "Node", node, "OOMKilling",
                                           f"Memory cgroup out of memory: Killed process {pid} (acoustic-analyz) total-vm:{2213456 + n * 1024}kB, anon-rss:{2093120 + n * 512}kB, file-rss:5120kB, shmem-rss:0kB, UID:65532 pgtables:4300kB oom_score_adj:992",
                                           component="kernel-monitor", host=node, count=n + 1), ev=True)
        if n > 0:
            back = ["10s", "20s", "40s"][n]
            r.add(kill + 2.0, kl, (f'E@KD@    1873 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" '
                                   f'for \\"acoustic-analyzer\\" with CrashLoopBackOff: \\"back-off {back} restarting failed '
                                   f'container=acoustic-analyzer pod={aa}_apiary({uid})\\"" pod="apiary/{aa}" podUID="{uid}"'))
            r.add(kill + 2.2, exp, ev_exporter(r, "apiary", "Pod", aa, "BackOff",
                                               "Back-off restarting failed container acoustic-analyzer in pod " + f"{aa}_apiary({uid})",
                                               host=node, count=n, fieldpath="spec.containers{acoustic-analyzer}"))
    return record(
        "c01", r, "Why does acoustic-analyzer keep restarting in apiary?",
        selector("apiary", app="acoustic-analyzer"), "CRITICAL", "oom_killed", "acoustic-analyzer",
        "The acoustic-analyzer container is killed by the kernel memory-cgroup OOM killer each time its "
        "spectrogram ring buffer grows past the ~2Gi limit while replaying the JetStream backlog.",
        "acoustic-analyzer is in an OOM crash loop: three runs in five minutes each end with a memcg OOM kill "
        "on apiary-edge-1 and the kubelet now backs off restarts.",
        "Raise the container memory limit or cap the spectrogram ring / backlog replay batch size; consider "
        "replaying the AUDIO_FFT consumer in smaller windows.",
        ["outside-selector"])


def c02():
    """herbarium: OCaml taxon-resolver dies with Not_found because TAXON_DB_URL is unset."""
    r = Rec("c02", start_at(3, 9, 12, 30))
    node = "hb-node-2"
    rs = r.rs_hash(10)
    tr = podl("herbarium", r.pod("taxon-resolver", rs), "taxon-resolver", node)
    ing = podl("ingress-nginx", r.pod("ingress-nginx-controller", "6b9b4d6f8"), "controller", "hb-node-1")
    si = podl("herbarium", r.pod("specimen-intake"), "specimen-intake", "hb-node-3")
    exp = podl("monitoring", r.pod("event-exporter"), "event-exporter", "hb-node-1")
    kl = journal(node, "kubelet.service")
    # specimen-intake (Mojolicious) healthy-ish and 502 symptoms on /taxa
    def si_fn(i, t):
        bc = f"HB{r.rng.randint(100000, 999999)}"
        if i % 3 == 2:
            return si, f"[@MOJO@] [{r.rng.randint(7, 9)}] [error] Taxon lookup failed for {bc}: 502 Bad Gateway (http://taxon-resolver.herbarium.svc:8080/v1/match?name=...)"
        return si, f'[@MOJO@] [{r.rng.randint(7, 9)}] [info] POST "/specimens/{bc}/images" (' + r.hexid(8) + f") 201 Created ({r.rng.uniform(0.04, 0.3):.6f}s, {r.rng.randint(3, 25)}.{r.rng.randint(100, 999)}/s)"
    r.spread(5, 300, 12, si_fn)
    noise_ingress(r, 0, 300, 6, ing, "herbarium-specimen-intake-80", ["/specimens/HB204411", "/specimens/HB118320/images", "/healthz"])
    def ing502(i, t):
        return ing, (f'{r.ip("10.0")} - - [@CLF@] "GET /v1/match?name=Carex+{r.rng.choice(["nigra", "panicea", "flacca"])} HTTP/1.1" 502 150 "-" '
                     f'"Mojolicious (Perl)" 312 0.001 [herbarium-taxon-resolver-8080] [] {r.ip()}:8080 0 0.001 502 {r.hexid(32)}')
    r.spread(10, 300, 5, ing502)
    runs = [2.0, 40.0, 121.0, 262.0]
    for n, s in enumerate(runs):
        r.add(s, tr, "taxon_resolver: [INFO] taxon-resolver 1.4.2 (OCaml 5.1.1, dream 1.0.0~alpha5)")
        r.add(s + 0.01, tr, "taxon_resolver: [INFO] config: listen=0.0.0.0:8080 backbone=/data/gbif-backbone/2025-11 cache_ttl=3600 db_url=<unset>", ev=True)
        r.add(s + 0.02, tr, "taxon_resolver: [INFO] loading synonym index from /data/gbif-backbone/2025-11/synonyms.bin")
        r.add(s + 1.84, tr, "Fatal error: exception Not_found", ev=True)
        r.add(s + 1.841, tr, 'Raised by primitive operation at Taxon_resolver__Db.connect in file "src/db.ml", line 27, characters 16-44')
        r.add(s + 1.842, tr, 'Called from Dune__exe__Main in file "bin/main.ml", line 31, characters 11-35')
        if n:
            back = ["", "10s", "20s", "40s"][n]
            r.add(s + 2.9, kl, (f'E@KD@    2210 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for '
                                f'\\"taxon-resolver\\" with CrashLoopBackOff: \\"back-off {back} restarting failed container=taxon-resolver '
                                f'pod={tr["pod"]}_herbarium({r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)})\\"" pod="herbarium/{tr["pod"]}"'))
            r.add(s + 3.0, exp, ev_exporter(r, "herbarium", "Pod", tr["pod"], "BackOff",
                                            "Back-off restarting failed container taxon-resolver in pod " + tr["pod"] + "_herbarium",
                                            host=node, count=n, fieldpath="spec.containers{taxon-resolver}"))
    return record(
        "c02", r, "taxon-resolver is crash looping after this morning's deploy — why?",
        selector("herbarium", app="taxon-resolver"), "CRITICAL", "config_error", "taxon-resolver",
        "TAXON_DB_URL is not set in the taxon-resolver environment (config shows db_url=<unset>); Db.connect "
        "calls Sys.getenv, which raises Not_found, so the OCaml process exits at startup.",
        "taxon-resolver exits 2 s after every start with an uncaught Not_found and is in CrashLoopBackOff; "
        "specimen-intake name matching gets 502s through the ingress.",
        "Restore TAXON_DB_URL in the taxon-resolver Deployment env/ConfigMap (and make Db.connect use "
        "Sys.getenv_opt with a clear error), then roll the Deployment.",
        ["quiet-cause", "nested-cause"])


def c03():
    """bookmobile: Recreate rollout to a tag that does not exist -> ImagePullBackOff, zero replicas."""
    r = Rec("c03", start_at(4, 22, 3, 0))
    img = "registry.bookmobile.lib/circulation/rfid-sync:v2.14.0-rc1"
    old_rs, new_rs = r.rs_hash(10), r.rs_hash(9)
    pods = [r.pod("rfid-sync", new_rs), r.pod("rfid-sync", new_rs)]
    nodes = ["bm-node-2", "bm-node-3"]
    exp = podl("monitoring", r.pod("kube-event-exporter"), "event-exporter", "bm-node-1")
    iac = podl("flux-system", r.pod("image-automation-controller"), "manager", "bm-node-1")
    kc = podl("flux-system", r.pod("kustomize-controller"), "manager", "bm-node-1")
    reg = podl("registry", r.pod("registry"), "registry", "bm-node-1")
    hs = podl("bookmobile", r.pod("holds-service"), "holds-service", "bm-node-3")
    kl = journal("bm-node-2", "kubelet.service")
    sha = r.hexid(40)
    r.add(0.5, iac, ('{"level":"info","ts":"@ISO@","msg":"pushed commit to origin","controller":"imageupdateautomation",'
                     '"controllerGroup":"image.toolkit.fluxcd.io","controllerKind":"ImageUpdateAutomation","ImageUpdateAutomation":'
                     f'{{"name":"bookmobile-apps","namespace":"flux-system"}},"revision":"main@sha1:{sha}","commit":"{sha[:7]}"}}'))
    r.add(41.2, kc, ('{"level":"info","ts":"@ISO@","msg":"server-side apply completed","controller":"kustomization",'
                     '"controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":'
                     '{"name":"bookmobile-apps","namespace":"flux-system"},"name":"bookmobile-apps","namespace":"flux-system",'
                     f'"revision":"main@sha1:{sha}","output":{{"Deployment/bookmobile/rfid-sync":"configured"}}}}'))
    r.add(41.6, exp, ev_exporter(r, "bookmobile", "Deployment", "rfid-sync", "ScalingReplicaSet",
                                 f"Scaled down replica set rfid-sync-{old_rs} to 0 from 2", etype="Normal",
                                 component="deployment-controller"))
    r.add(73.0, exp, ev_exporter(r, "bookmobile", "Deployment", "rfid-sync", "ScalingReplicaSet",
                                 f"Scaled up replica set rfid-sync-{new_rs} to 2", etype="Normal",
                                 component="deployment-controller"))
    err = (f'rpc error: code = NotFound desc = failed to pull and unpack image "{img}": failed to resolve reference '
           f'"{img}": {img}: not found')
    for j, (p, nd) in enumerate(zip(pods, nodes)):
        base = 74.5 + j * 0.7
        r.add(base, exp, ev_exporter(r, "bookmobile", "Pod", p, "Scheduled",
                                     f"Successfully assigned bookmobile/{p} to {nd}", etype="Normal",
                                     component="default-scheduler"))
        r.add(base + 1.1, exp, ev_exporter(r, "bookmobile", "Pod", p, "Pulling", f'Pulling image "{img}"',
                                           etype="Normal", host=nd, fieldpath="spec.containers{rfid-sync}"))
        r.add(base + 1.6, exp, ev_exporter(r, "bookmobile", "Pod", p, "Failed", f'Failed to pull image "{img}": {err}',
                                           host=nd, fieldpath="spec.containers{rfid-sync}"), ev=(j == 0))
        r.add(base + 1.65, exp, ev_exporter(r, "bookmobile", "Pod", p, "Failed", "Error: ErrImagePull",
                                            host=nd, fieldpath="spec.containers{rfid-sync}"))
        for m, dt in enumerate([14.0, 42.0, 101.0]):
            r.add(base + dt, exp, ev_exporter(r, "bookmobile", "Pod", p, "BackOff", f'Back-off pulling image "{img}"',
                                              etype="Normal", host=nd, count=m + 1, fieldpath="spec.containers{rfid-sync}"))
            r.add(base + dt + 0.01, exp, ev_exporter(r, "bookmobile", "Pod", p, "Failed", "Error: ImagePullBackOff",
                                                     host=nd, count=m + 1, fieldpath="spec.containers{rfid-sync}"))
    r.add(76.1, kl, (f'E@KD@    1544 log.go:32] "PullImage from image service failed" err="{err.replace(chr(34), chr(92) + chr(34))}" '
                     f'image="{img}"'), ev=True)
    r.add(76.12, kl, (f'E@KD@    1544 kuberuntime_manager.go:1256] container &Container{{Name:rfid-sync,Image:{img},Command:[],Args:[],'
                      f'WorkingDir:,Ports:[]ContainerPort{{ContainerPort{{Name:metrics,HostPort:0,ContainerPort:9102,Protocol:TCP,HostIP:,}},}},}} '
                      f'start failed in pod {pods[0]}_bookmobile: ErrImagePull: {err}'))
    for dt in (76.0, 76.9):
        r.add(dt, reg, (f'time="@ISO@" level=error msg="response completed with error" err.code="manifest unknown" '
                        f'err.detail="unknown tag=v2.14.0-rc1" err.message="manifest unknown" go.version=go1.20.8 '
                        f'http.request.host=registry.bookmobile.lib http.request.id={r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)} '
                        f'http.request.method=HEAD http.request.remoteaddr={r.ip()} '
                        f'http.request.uri="/v2/circulation/rfid-sync/manifests/v2.14.0-rc1" http.request.useragent="containerd/v1.7.13" '
                        f'http.response.contenttype="application/json; charset=utf-8" http.response.duration=3.41ms http.response.status=404 '
                        f'http.response.written=96 vars.name="circulation/rfid-sync" vars.reference=v2.14.0-rc1'), ev=(dt == 76.0))
    def hs_fn(i, t):
        if t < 45:
            return hs, (f'@ISO@  INFO 1 --- [holds-service] [nio-8080-exec-{r.rng.randint(1, 9)}] l.b.holds.web.HoldsController            '
                        f': GET /api/holds?branch=van-{r.rng.randint(1, 6)} -> 200 ({r.rng.randint(8, 60)} ms)')
        return hs, (f'@ISO@ ERROR 1 --- [holds-service] [   scheduling-1] l.b.holds.rfid.CheckinSyncJob            '
                    f': check-in sync failed: I/O error on POST request for "http://rfid-sync.bookmobile.svc:8080/v1/checkins": '
                    f'Connection refused')
    r.spread(2, 240, 12, hs_fn)
    return record(
        "c03", r, "No rfid-sync pods are running after the nightly image automation — what happened?",
        selector("bookmobile", app="rfid-sync"), "CRITICAL", "image_pull", "rfid-sync",
        "Flux image automation bumped rfid-sync to tag v2.14.0-rc1, which does not exist in "
        "registry.bookmobile.lib (manifest unknown); with the Recreate strategy the old pods were removed and "
        "the new pods are stuck in ErrImagePull/ImagePullBackOff.",
        "rfid-sync has zero running replicas: both new pods fail to pull v2.14.0-rc1 (not found) and "
        "holds-service check-in sync gets connection refused.",
        "Pin rfid-sync back to the last published tag (or publish v2.14.0-rc1), fix the ImagePolicy so it "
        "excludes tags that are not pushed, and consider RollingUpdate instead of Recreate.",
        ["outside-selector"])


def c04():
    """apiary: containerd down on apiary-edge-2 -> PLEG unhealthy -> node NotReady."""
    r = Rec("c04", start_at(5, 3, 17, 44))
    node = "apiary-edge-2"
    ct = journal(node, "containerd.service")
    sd = journal(node, "init.scope")
    kl = journal(node, "kubelet.service")
    kcm = podl("kube-system", "kube-controller-manager-apiary-cp-1", "kube-controller-manager", "apiary-cp-1")
    nats = podl("apiary", "nats-0", "nats", "apiary-edge-1")
    hi_ok = podl("apiary", r.pod("hive-ingest", "7c9d5b8f4d"), "hive-ingest", "apiary-edge-3")
    gw = podl("apiary", r.pod("hive-scale-gateway"), "openresty", "apiary-edge-1")
    lost = r.pod("hive-ingest", "7c9d5b8f4d")
    def ok_fn(i, t):
        return hi_ok, (f'INF @NIM@ batch committed                          topics="ingest" tid=1 '
                       f'stream=HIVE_SCALE count={r.rng.randint(300, 900)} lagMs={r.rng.randint(80, 2400)}')
    r.spread(0, 420, 10, ok_fn)
    def gw_fn(i, t):
        return gw, (f'{r.ip("10.0")} - - [@CLF@] "POST /v1/scales/H-0{r.rng.randint(100, 699)}/readings HTTP/1.1" 204 0 '
                    f'"-" "HiveScale/3.2 (esp32)" upstream={r.ip()}:8443 rt={r.rng.uniform(0.002, 0.05):.3f}')
    r.spread(0, 420, 12, gw_fn)
    r.add(1.0, ct, f'time="@ISO6@" level=info msg="StopPodSandbox for \\"{r.hexid(64)}\\""')
    r.add(3.4, sd, "containerd.service: State 'stop-sigterm' timed out. Killing.")
    r.add(3.41, sd, "containerd.service: Killing process 1102 (containerd) with signal SIGKILL.")
    r.add(3.5, sd, "containerd.service: Main process exited, code=killed, status=9/KILL", ev=True)
    rev = r.hexid(40)
    for n in range(5):
        s = 9.0 + n * 6.2
        r.add(s, sd, "Starting containerd.service - containerd container runtime...")
        r.add(s + 0.3, ct, f'time="@ISO6@" level=info msg="starting containerd" revision={rev} version=1.7.13')
        r.add(s + 0.6, ct, ('time="@ISO6@" level=fatal msg="Failed to run CRI service" error="failed to recover state: '
                            f'failed to reserve sandbox name \\"{lost}_apiary_{r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)}_0\\": '
                            f'name \\"{lost}_apiary_0\\" is reserved for \\"{r.hexid(64)}\\""'), ev=(n == 0))
        r.add(s + 0.7, sd, "containerd.service: Main process exited, code=exited, status=1/FAILURE")
        r.add(s + 0.71, sd, "containerd.service: Failed with result 'exit-code'.")
        if n < 4:
            r.add(s + 5.8, sd, f"containerd.service: Scheduled restart job, restart counter is at {n + 1}.")
    r.add(40.2, sd, "containerd.service: Start request repeated too quickly.", ev=True)
    r.add(40.21, sd, "Failed to start containerd.service - containerd container runtime.", ev=True)
    for n, t in enumerate([12.0, 75.0, 140.0]):
        r.add(t, kl, ('E@KD@    1377 remote_runtime.go:294] "ListPodSandbox with filter from runtime service failed" '
                      'err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: '
                      'dial unix /run/containerd/containerd.sock: connect: no such file or directory\\"" filter="&PodSandboxFilter{Id:,State:&PodSandboxStateValue{State:SANDBOX_READY,},LabelSelector:map[string]string{},}"'))
    r.add(186.0, kl, ('I@KD@    1377 kubelet.go:2348] "Skipping pod synchronization" err="[container runtime is down, '
                      'PLEG is not healthy: pleg was last seen active 3m0.476s ago; threshold is 3m0s]"'), ev=True)
    r.add(188.5, kl, ('I@KD@    1377 setters.go:568] "Node became not ready" node="apiary-edge-2" condition={"type":"Ready",'
                      '"status":"False","lastHeartbeatTime":"@ISOS@","lastTransitionTime":"@ISOS@","reason":"KubeletNotReady",'
                      '"message":"container runtime is down"}'), ev=True)
    r.add(190.0, kcm, ('I@KD@       1 controller_utils.go:151] "Recording status change event message for node" '
                       'status="NodeNotReady" node="apiary-edge-2"'))
    r.add(190.1, kcm, 'I@KD@       1 controller_utils.go:121] "Update ready status of pods on node" node="apiary-edge-2"')
    r.add(296.0, kcm, (f'I@KD@       1 taint_eviction.go:110] "Deleting pod" controller="taint-eviction-controller" '
                           f'pod="apiary/{lost}"'))
    def nats_fn(i, t):
        return nats, (f'[1] @NATS@ [INF] {r.ip()}:{r.rng.randint(40000, 60000)} - cid:{r.rng.randint(40, 400)} - '
                      '"v0.9.2:nim:hive-ingest" - Client connection created')
    r.spread(0, 420, 3, nats_fn)
    r.add(296.5, kcm, (f'I@KD@       1 event.go:376] "Event occurred" object="apiary/{lost}" fieldPath="" kind="Pod" '
                       'apiVersion="v1" type="Normal" reason="TaintManagerEviction" message="Marking for deletion Pod apiary/' + lost + '"'))
    return record(
        "c04", r, "apiary-edge-2 shows NotReady and one hive-ingest pod is stuck Terminating — what is going on?",
        selector("apiary"), "CRITICAL", "node_failure", "containerd",
        "containerd on apiary-edge-2 was SIGKILLed during a stop and now fails to start (CRI state recovery "
        "error) until systemd gives up; the kubelet reports the container runtime down / PLEG unhealthy and the "
        "node goes NotReady.",
        "Node apiary-edge-2 is NotReady because containerd is down and cannot restart; the kubelet cannot "
        "manage pods there and the hive-ingest pod on it is being evicted by the taint manager.",
        "Cordon/drain apiary-edge-2, clear the stale sandbox reservation (or move /var/lib/containerd aside) "
        "and restart containerd; then uncordon and verify pods reschedule.",
        ["outside-selector", "nested-cause"])


def c05():
    """herbarium: cockroachdb-2 cannot attach its volume (Multi-Attach) after a node was powered off."""
    r = Rec("c05", start_at(6, 14, 0, 5))
    exp = podl("monitoring", r.pod("event-exporter"), "event-exporter", "hb-node-1")
    c0 = podl("herbarium", "cockroachdb-0", "db", "hb-node-1")
    c1 = podl("herbarium", "cockroachdb-1", "db", "hb-node-3")
    si = podl("herbarium", r.pod("specimen-intake"), "specimen-intake", "hb-node-3")
    csi = podl("kube-system", r.pod("csi-rbdplugin-provisioner"), "csi-attacher", "hb-node-1")
    pvc = f"pvc-{r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)}"
    r.add(0.2, exp, ev_exporter(r, "herbarium", "Pod", "cockroachdb-2", "Scheduled",
                                "Successfully assigned herbarium/cockroachdb-2 to hb-node-4", etype="Normal",
                                component="default-scheduler"))
    r.add(0.4, exp, ev_exporter(r, "herbarium", "Pod", "cockroachdb-2", "FailedAttachVolume",
                                f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be attached to another',
                                component="attachdetach-controller"), ev=True)
    for n, t in enumerate([122.0, 244.0]):
        r.add(t, exp, ev_exporter(r, "herbarium", "Pod", "cockroachdb-2", "FailedMount",
                                  "Unable to attach or mount volumes: unmounted volumes=[datadir], unattached volumes=[datadir certs kube-api-access-7xq2p]: timed out waiting for the condition",
                                  host="hb-node-4", count=n + 1), ev=(n == 0))
    for t in (30.0, 150.0, 270.0):
        r.add(t, csi, (f'I@KD@       1 csi_handler.go:251] "Attaching" VolumeAttachment="csi-{r.hexid(64)}" '
                       f'pv="{pvc}" node="hb-node-4"'))
        r.add(t + 0.01, csi, (f'I@KD@       1 csi_handler.go:740] "Saving attach error" VolumeAttachment="csi-{r.hexid(64)}" '
                              f'err="rpc error: code = Aborted desc = an operation with the given Volume ID 0001-0009-rook-ceph-0000000000000002-{r.hexid(8)}-{r.hexid(4)} already exists"'))
    def crdb_fn(i, t):
        lab = c0 if i % 2 == 0 else c1
        nid = 1 if lab is c0 else 2
        kind = i % 4
        if kind == 0:
            return lab, (f'W@CRDB@ {r.rng.randint(200, 900)} kv/kvserver/closedts/sidetransport/sender.go:{r.rng.choice([842, 866])} ⋮ [T1,Vsystem,n{nid}] '
                         f'{r.rng.randint(1000, 9999)}  failed to connect to n3 (cockroachdb-2.cockroachdb.herbarium.svc.cluster.local:26257): '
                         'initial connection heartbeat failed: grpc: connection error: desc = "transport: error while dialing: dial tcp: lookup '
                         'cockroachdb-2.cockroachdb.herbarium.svc.cluster.local on 10.43.0.10:53: no such host" [code 14/Unavailable]')
        if kind == 1:
            return lab, (f'W@CRDB@ {r.rng.randint(200, 900)} server/node.go:1310 ⋮ [T1,Vsystem,n{nid},summaries] {r.rng.randint(1000, 9999)}  '
                         f'health alerts detected: {{Alerts:[{{StoreID:{nid} Category:METRICS Description:ranges.underreplicated Value:{r.rng.randint(130, 160)}}}]}}')
        if kind == 2:
            return lab, (f'I@CRDB@ {r.rng.randint(200, 900)} 2@server/status/runtime_log.go:47 ⋮ [T1,Vsystem,n{nid}] {r.rng.randint(1000, 9999)}  '
                         f'runtime stats: {r.rng.uniform(1.1, 1.6):.1f} GiB RSS, {r.rng.randint(600, 900)} goroutines (stacks: 9.0 MiB), '
                         f'{r.rng.randint(400, 700)} MiB/{r.rng.randint(700, 900)} MiB Go alloc/total, 1.2 GiB CGO alloc, '
                         f'{r.rng.uniform(2, 9):.1f} CGO/sec, {r.rng.uniform(5, 30):.1f}/{r.rng.uniform(2, 10):.1f} %(u/s)time, 0.0 %gc (0x), '
                         f'{r.rng.randint(100, 900)} KiB/{r.rng.randint(100, 900)} KiB (r/w)net')
        return lab, (f'W@CRDB@ {r.rng.randint(200, 900)} kv/kvserver/replica_raft.go:1712 ⋮ [T1,Vsystem,n{nid},s{nid},r{r.rng.randint(40, 400)}/{nid}:‹/Table/1{r.rng.randint(10, 30)}/1/…›] '
                     f'{r.rng.randint(1000, 9999)}  slow heartbeat from n3: connection to n3 unavailable')
    r.spread(3, 300, 16, crdb_fn)
    def si_fn(i, t):
        return si, (f'[@MOJO@] [8] [info] POST "/specimens/HB{r.rng.randint(100000, 999999)}" ({r.hexid(8)}) 201 Created '
                    f'({r.rng.uniform(0.05, 0.4):.6f}s, {r.rng.randint(2, 19)}.{r.rng.randint(100, 999)}/s)')
    r.spread(0, 300, 8, si_fn)
    return record(
        "c05", r, "cockroachdb-2 has been ContainerCreating for 5 minutes — why?",
        selector("herbarium", pod="cockroachdb-2"), "CRITICAL", "storage", "cockroachdb",
        "The RBD volume of cockroachdb-2 is still attached to the powered-off node, so the attach/detach "
        "controller reports a Multi-Attach error and the pod on hb-node-4 cannot mount its datadir.",
        "cockroachdb-2 cannot start because its PVC cannot be attached on hb-node-4 (Multi-Attach); the "
        "cluster runs on 2 of 3 nodes with ~140 under-replicated ranges, so another failure would lose quorum.",
        "Confirm the old node is really down, delete the stale VolumeAttachment (or force-detach the RBD image), "
        "let cockroachdb-2 start, then watch ranges.underreplicated return to 0.",
        ["outside-selector"])


def c06():
    """bookmobile: holds-service crash loops because postgres has no connection slots."""
    r = Rec("c06", start_at(7, 8, 30, 0))
    hs_pod = r.pod("holds-service")
    hs = podl("bookmobile", hs_pod, "holds-service", "bm-node-1")
    db = podl("bookmobile", "holds-db-0", "postgres", "bm-node-3")
    cs = podl("bookmobile", r.pod("catalog-search"), "catalog-search", "bm-node-2")
    exp = podl("monitoring", r.pod("kube-event-exporter"), "event-exporter", "bm-node-1")
    noise_pg_checkpoint(r, 12.0, db)
    def db_fn(i, t):
        if i % 3 == 0:
            return db, (f'@PG@ [{r.rng.randint(4000, 9000)}] LOG:  connection authorized: user=circulation database=holds '
                        f'application_name=PostgreSQL JDBC Driver')
        return db, f'@PG@ [{r.rng.randint(4000, 9000)}] FATAL:  sorry, too many clients already'
    r.spread(5, 290, 9, db_fn)
    r.add(2.0, db, "@PG@ [3981] FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute", ev=True)
    def cs_fn(i, t):
        return cs, ('{"level":"INFO","time":"@ISO@","logger":"catalog-search","msg":"search","q":"' +
                    r.rng.choice(["gardening", "tide tables", "welsh poetry", "bee keeping", "large print mysteries"]) +
                    f'","hits":{r.rng.randint(0, 300)},"ms":{r.rng.randint(8, 90)}}}')
    r.spread(0, 300, 8, cs_fn)
    for n, s in enumerate([4.0, 52.0, 131.0, 262.0]):
        th = "[           main]"
        r.add(s, hs, "@ISO@  INFO 1 --- [holds-service] " + th + " l.b.holds.HoldsApplication               : Starting HoldsApplication v3.8.1 using Java 21.0.2 with PID 1")
        r.add(s + 6.1, hs, "@ISO@  INFO 1 --- [holds-service] " + th + " com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...")
        r.add(s + 6.4, hs, "@ISO@ ERROR 1 --- [holds-service] " + th + " com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization.")
        r.add(s + 6.41, hs, "org.postgresql.util.PSQLException: FATAL: sorry, too many clients already", ev=(n < 2))
        r.add(s + 6.42, hs, "\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)")
        r.add(s + 6.9, hs, ("@ISO@  WARN 1 --- [holds-service] " + th + " ConfigServletWebServerApplicationContext : Exception encountered during "
                            "context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: "
                            "Error creating bean with name 'entityManagerFactory' defined in class path resource "
                            "[org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaConfiguration.class]: Unable to open JDBC Connection for DDL execution"))
        r.add(s + 7.2, hs, "@ISO@ ERROR 1 --- [holds-service] " + th + " o.s.boot.SpringApplication               : Application run failed")
        if n:
            r.add(s + 8.5, exp, ev_exporter(r, "bookmobile", "Pod", hs_pod, "BackOff",
                                            f"Back-off restarting failed container holds-service in pod {hs_pod}_bookmobile",
                                            host="bm-node-1", count=n, fieldpath="spec.containers{holds-service}"))
    return record(
        "c06", r, "holds-service won't start — restart loop since 08:30.",
        selector("bookmobile"), "CRITICAL", "database", "holds-db",
        "holds-db (PostgreSQL) has exhausted max_connections and rejects new clients ('sorry, too many clients "
        "already'), so HikariPool initialisation fails and Spring Boot aborts startup.",
        "holds-service is in a crash loop: every start fails in HikariPool-1 initialisation because holds-db "
        "refuses connections with 'too many clients'.",
        "Find and terminate the sessions holding holds-db's slots (pg_stat_activity), put a pooler "
        "(PgBouncer) in front or raise max_connections, then restart holds-service.",
        ["nested-cause"])


def c07():
    """apiary: Gleam swarm-alert crashes on a let assert; supervisor gives up."""
    r = Rec("c07", start_at(8, 16, 5, 12))
    sa_pod = r.pod("swarm-alert")
    sa = podl("apiary", sa_pod, "swarm-alert", "apiary-edge-3")
    aa = podl("apiary", r.pod("acoustic-analyzer"), "acoustic-analyzer", "apiary-edge-1")
    nats = podl("apiary", "nats-2", "nats", "apiary-edge-2")
    exp = podl("monitoring", r.pod("event-exporter"), "event-exporter", "apiary-cp-1")
    def aa_fn(i, t):
        return aa, (f"info(score): hive=H-0{r.rng.randint(100, 699)} swarm_score={r.rng.uniform(0.01, 0.4):.3f} "
                    f"piping_hz={r.rng.randint(0, 480)} published hive.acoustic.swarm_score")
    r.spread(0, 330, 12, aa_fn)
    r.add(250.0, nats, "[1] @NATS@ [INF] JetStream cluster new consumer leader for 'APIARY > ACOUSTIC > swarm-alert'")
    for n, s in enumerate([0.0, 71.0, 190.0]):
        r.add(s + 1.2, sa, "@ERL@ notice: Application: swarm_alert. Started at: nonode@nohost.")
        r.add(s + 1.3, sa, "@ERL@ info: swarm_alert: subscribed to hive.acoustic.swarm_score (queue group swarm-alert)")
        for m in range(3):
            r.add(s + 2.0 + m * 0.4, sa, (f"@ERL@ error: Supervisor: {{local,swarm_alert@detector_sup}}. Context: child_terminated. "
                                          "Reason: #{function => <<\"classify\">>,gleam_error => let_assert,line => 88,"
                                          "message => <<\"Pattern match failed, no pattern matched the value.\">>,"
                                          "module => <<\"swarm_alert/detector\">>,value => {error,{decode_error,<<\"Float\">>,<<\"Nil\">>,[<<\"swarm_score\">>]}}}. "
                                          f"Offender: id=detector,pid=<0.{231 + m * 9}.0>."), ev=(n == 0 and m == 0))
        r.add(s + 3.3, sa, ("@ERL@ error: Supervisor: {local,swarm_alert@detector_sup}. Context: shutdown. "
                            "Reason: reached_max_restart_intensity. Offender: id=detector,pid=<0.258.0>."))
        r.add(s + 3.4, sa, "@ERL@ notice: Application: swarm_alert. Exited: shutdown. Type: permanent.")
        r.add(s + 3.5, sa, 'Kernel pid terminated (application_controller) ("{application_terminated,swarm_alert,shutdown}")')
        r.add(s + 3.6, sa, "Crash dump is being written to: erl_crash.dump...done")
        if n:
            r.add(s + 5.0, exp, ev_exporter(r, "apiary", "Pod", sa_pod, "BackOff",
                                            f"Back-off restarting failed container swarm-alert in pod {sa_pod}_apiary",
                                            host="apiary-edge-3", count=n, fieldpath="spec.containers{swarm-alert}"))
    r.add(1.9, aa, "warning(score): hive=H-0412 microphone channel silent for 900s, publishing swarm_score=null")
    return record(
        "c07", r, "swarm-alert keeps crashing — are swarm notifications down?",
        selector("apiary", app="swarm-alert"), "CRITICAL", "application_error", "swarm-alert",
        "swarm_alert/detector.classify uses `let assert` on the decoded swarm_score; a null score (hive H-0412's "
        "silent microphone) fails the pattern match, the detector crashes repeatedly, the supervisor reaches its "
        "restart intensity and the BEAM node exits.",
        "swarm-alert crash-loops: the detector child dies on a let_assert decode failure, the application shuts "
        "down and the pod restarts; swarm notifications are not being sent.",
        "Handle a null/absent swarm_score in detector.classify (decode as Option and skip), deploy the fix; as a "
        "stop-gap mute H-0412's publisher.",
        [])


def c08():
    """herbarium: label-ocr evicted for ephemeral-storage over and over."""
    r = Rec("c08", start_at(9, 11, 20, 0))
    node = "hb-node-3"
    kl = journal(node, "kubelet.service")
    rs = r.rs_hash(9)
    exp = podl("monitoring", r.pod("event-exporter"), "event-exporter", "hb-node-1")
    si = podl("herbarium", r.pod("specimen-intake"), "specimen-intake", "hb-node-2")
    fb = podl("logging", "fluent-bit-" + r.suffix(), "fluent-bit", node)
    noise_fluentbit(r, 0, 330, 5, fb, [f"/var/log/containers/label-ocr-{rs}-{r.suffix()}_herbarium_label-ocr-{r.hexid(64)}.log"])
    pods = [r.pod("label-ocr", rs) for _ in range(4)]
    def si_fn(i, t):
        depth = 180 + int(t * 15)
        if depth > 1500:
            return si, f"[@MOJO@] [9] [error] OCR queue depth {depth} exceeds 1500; label transcription is stalled"
        return si, f"[@MOJO@] [9] [info] queued {r.rng.randint(10, 40)} sheets for OCR (queue depth {depth})"
    r.spread(0, 330, 14, si_fn)
    for n, p in enumerate(pods):
        s = n * 80.0
        pl = podl("herbarium", p, "label-ocr", node)
        r.add(s + 1, pl, "@JAVA@ INFO label_ocr.worker: tesseract 5.3.4 languages=eng+lat+deu scratch=/scratch")
        for m in range(3):
            r.add(s + 8 + m * 18, pl, f"@JAVA@ INFO label_ocr.worker: sheet HB{r.rng.randint(100000, 999999)}: tiled 600dpi TIFF into {r.rng.randint(40, 90)} tiles under /scratch/{r.hexid(8)}")
        r.add(s + 62, pl, "@JAVA@ WARNING label_ocr.worker: scratch usage 1.9GiB; tile cleanup deferred until batch end")
        r.add(s + 70.0, kl, (f'I@KD@    1912 eviction_manager.go:{r.rng.choice([605, 611])}] "Evicting pod" pod="herbarium/{p}" '
                             f'podUID="{r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)}" '
                             'message="Pod ephemeral local storage usage exceeds the total limit of containers 2Gi. "'), ev=True)
        r.add(70.5 + s, exp, ev_exporter(r, "herbarium", "Pod", p, "Evicted",
                                         "Pod ephemeral local storage usage exceeds the total limit of containers 2Gi. ",
                                         host=node, component="kubelet"), ev=(n == 0))
        r.add(s + 70.6, pl, "@JAVA@ INFO label_ocr.worker: received SIGTERM, abandoning batch of 50 sheets")
        r.add(s + 71.0, exp, ev_exporter(r, "herbarium", "Pod", p, "Killing", "Stopping container label-ocr",
                                         etype="Normal", host=node, fieldpath="spec.containers{label-ocr}"))
        r.add(s + 72.2, kl, f'I@KD@    1912 eviction_manager.go:{r.rng.choice([376, 378])}] "Eviction manager: pods evicted, waiting for pod to be cleaned up" pods=["herbarium/{p}"]')
    return record(
        "c08", r, "OCR transcription is stalled and the queue keeps growing — why?",
        selector("herbarium", app="label-ocr"), "CRITICAL", "resource_exhausted", "label-ocr",
        "label-ocr writes 600 dpi tiles to its scratch dir and defers cleanup to the end of each batch, so "
        "every pod exceeds its 2Gi ephemeral-storage limit after about a minute and is evicted by the kubelet.",
        "Every label-ocr pod is evicted for ephemeral-storage within ~70 s of starting (four evictions in five "
        "minutes); no batch completes and the OCR queue in specimen-intake grows past 1500.",
        "Delete tiles per sheet instead of per batch (or mount a sized emptyDir/PVC for /scratch) and raise the "
        "ephemeral-storage limit to fit a batch.",
        ["outside-selector", "quiet-cause"])


def c09():
    """bookmobile: CoreDNS loop detection crash loop -> cluster DNS down."""
    r = Rec("c09", start_at(10, 6, 44, 10))
    cdp = [r.pod("coredns", "76f75df574") for _ in range(2)]
    cd = [podl("kube-system", p, "coredns", n) for p, n in zip(cdp, ["bm-node-1", "bm-node-2"])]
    kl = journal("bm-node-1", "kubelet.service")
    cs = podl("bookmobile", r.pod("catalog-search"), "catalog-search", "bm-node-2")
    rf = podl("bookmobile", r.pod("rfid-sync"), "rfid-sync", "bm-node-3")
    hs = podl("bookmobile", r.pod("holds-service"), "holds-service", "bm-node-3")
    for n, s in enumerate([0.0, 35.0, 118.0]):
        for j, lab in enumerate(cd):
            o = s + j * 1.7
            r.add(o, lab, ".:53")
            r.add(o + 0.01, lab, "[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908")
            r.add(o + 0.02, lab, "CoreDNS-1.11.1")
            r.add(o + 0.03, lab, "linux/amd64, go1.20.7, ae2bbc2")
            r.add(o + 2.1, lab, (f'[FATAL] plugin/loop: Loop (127.0.0.1:{r.rng.randint(33000, 60000)} -> :53) detected for zone ".", '
                                 'see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO '
                                 f'{r.rng.randint(10**18, 9 * 10**18)}.{r.rng.randint(10**18, 9 * 10**18)}."'), ev=(n == 0))
        if n:
            r.add(s + 4.0, kl, (f'E@KD@    1290 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" '
                                f'for \\"coredns\\" with CrashLoopBackOff: \\"back-off {["", "10s", "20s"][n]} restarting failed container=coredns '
                                f'pod={cdp[0]}_kube-system({r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)})\\"" pod="kube-system/{cdp[0]}"'))
    def cs_fn(i, t):
        return cs, ('{"level":"ERROR","time":"@ISO@","logger":"catalog-search","msg":"holds enrichment failed",'
                    '"err":"TypeError: error sending request for url (http://holds-service.bookmobile.svc.cluster.local:8080/api/holds/count?isbn=978'
                    f'{r.rng.randint(1000000000, 9999999999)}): client error (Connect): dns error: failed to lookup address information: '
                    'Temporary failure in name resolution"}')
    r.spread(6, 240, 9, cs_fn)
    def rf_fn(i, t):
        return rf, (f'time="@ISO@" level=error msg="publish failed, will retry" topic=persistent://bookmobile/circ/checkins '
                    f'error="dial tcp: lookup pulsar-proxy.pulsar.svc.cluster.local on 10.43.0.10:53: read udp {r.ip()}:{r.rng.randint(30000, 60000)}->10.43.0.10:53: read: connection refused"')
    r.spread(8, 240, 6, rf_fn)
    def hs_fn(i, t):
        return hs, ("@ISO@  WARN 1 --- [holds-service] [nio-8080-exec-" + str(r.rng.randint(1, 9)) + "] o.h.engine.jdbc.spi.SqlExceptionHelper   : "
                    "SQL Error: 0, SQLState: 08001")
    r.spread(20, 240, 3, hs_fn)
    return record(
        "c09", r, "Catalogue search can't reach anything since 06:44 — every request fails with DNS errors.",
        selector("bookmobile"), "CRITICAL", "dns_resolution", "coredns",
        "CoreDNS's loop plugin detects a forwarding loop (upstream resolver points back at itself, 127.0.0.1) "
        "and exits; both CoreDNS replicas crash-loop so cluster DNS is down and every service lookup in "
        "bookmobile fails.",
        "Cluster DNS is down: CoreDNS pods exit with plugin/loop FATAL and are in CrashLoopBackOff; "
        "catalog-search, rfid-sync and holds-service cannot resolve service names.",
        "Point CoreDNS's forward plugin at a real upstream (not /etc/resolv.conf containing 127.0.0.x, e.g. "
        "set kubelet --resolv-conf=/run/systemd/resolve/resolv.conf), restart CoreDNS.",
        ["outside-selector", "nested-cause"])


def c10():
    """herbarium: uncorrectable ECC error panics hb-node-4; iiif-server replicas were all there."""
    r = Rec("c10", start_at(11, 2, 10, 0))
    node = "hb-node-4"
    k = kernel(node)
    kcm = podl("kube-system", "kube-controller-manager-hb-cp-1", "kube-controller-manager", "hb-cp-1")
    exp = podl("monitoring", r.pod("event-exporter"), "event-exporter", "hb-node-1")
    ing = podl("ingress-nginx", r.pod("ingress-nginx-controller", "6b9b4d6f8"), "controller", "hb-node-1")
    rs = r.rs_hash(10)
    iiif = [r.pod("iiif-server", rs) for _ in range(2)]
    for p in iiif:
        pl = podl("herbarium", p, "cantaloupe", node)
        qtp = r.rng.randint(100000000, 999999999)
        def fn(i, t, pl=pl, qtp=qtp):
            return pl, (f"@JAVA@ [qtp{qtp}-{r.rng.randint(20, 90)}] INFO  e.i.l.c.r.ImageRequestHandler - "
                        f"Processing /iiif/3/HB{r.rng.randint(100000, 999999)}.jp2/full/max/0/default.jpg")
        r.spread(0, 28, 4, fn)
    r.add(20.0, k, "mce: [Hardware Error]: Machine check events logged")
    r.add(20.1, k, ("EDAC MC0: 1 CE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x1a2f3b offset:0x0 "
                    "grain:32 syndrome:0x0 - area:DRAM err_code:0x0000:0x009f socket:0 ha:0 channel_mask:2 rank:1)"))
    r.add(29.0, k, ("EDAC MC0: 1 UE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x1a2f3c offset:0x40 "
                    "grain:32 - OVERFLOW err_code:0x0000:0x009f socket:0 ha:0 channel_mask:2 rank:1)"), ev=True)
    r.add(29.2, k, "mce: [Hardware Error]: CPU 6: Machine Check Exception: 5 Bank 7: be00000000800090")
    r.add(29.21, k, "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff8b0a1b4e> {clear_page_erms+0xe/0x20}")
    r.add(29.3, k, "Kernel panic - not syncing: Fatal machine check", ev=True)
    r.add(71.0, kcm, ('I@KD@       1 controller_utils.go:151] "Recording status change event message for node" '
                      'status="NodeNotReady" node="hb-node-4"'), ev=True)
    r.add(71.1, kcm, 'I@KD@       1 controller_utils.go:121] "Update ready status of pods on node" node="hb-node-4"')
    r.add(71.3, exp, ev_exporter(r, "default", "Node", node, "NodeNotReady", "Node hb-node-4 status is now: NodeNotReady",
                                 etype="Normal", component="node-controller"))
    for p in iiif:
        r.add(71.5, exp, ev_exporter(r, "herbarium", "Pod", p, "NodeNotReady", "Node is not ready", component="node-controller"))
    def ing_fn(i, t):
        st = 200 if t < 29.3 else (504 if t < 71 else 503)
        if st == 200:
            size, rt, up, ust = r.rng.randint(20000, 90000), f"{r.rng.uniform(0.01, 0.3):.3f}", f"{r.ip()}:8182", "200"
        elif st == 504:
            size, rt, up, ust = 160, "60.001", f"{r.ip()}:8182", "504"
        else:
            size, rt, up, ust = 190, "0.000", "-", "-"
        return ing, (f'{r.ip("10.0")} - - [@CLF@] "GET /iiif/3/HB{r.rng.randint(100000, 999999)}.jp2/full/!800,800/0/default.jpg HTTP/2.0" {st} '
                     f'{size} "https://specimens.herbarium.example.org/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) '
                     f'AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15" {r.rng.randint(60, 120)} {rt} '
                     f'[herbarium-iiif-server-8182] [] {up} {size if st == 200 else 0} {rt} {ust} {r.hexid(32)}')
    r.spread(0, 340, 16, ing_fn)
    r.add(312.0, kcm, (f'I@KD@       1 taint_eviction.go:110] "Deleting pod" controller="taint-eviction-controller" pod="herbarium/{iiif[0]}"'))
    r.add(312.1, kcm, (f'I@KD@       1 taint_eviction.go:110] "Deleting pod" controller="taint-eviction-controller" pod="herbarium/{iiif[1]}"'))
    return record(
        "c10", r, "The specimen image viewer is returning 503 for every image — why?",
        selector("herbarium", app="iiif-server"), "CRITICAL", "node_failure", "hb-node-4",
        "hb-node-4 hit an uncorrectable ECC memory error (EDAC UE on DIMM Chan#1_DIMM#0) and panicked with a "
        "fatal machine check; the node went NotReady and both iiif-server replicas, which were scheduled on it, "
        "disappeared from the service.",
        "Node hb-node-4 is down after a hardware memory fault; iiif-server has no ready endpoints and the "
        "ingress returns 503 for all image requests until the pods are evicted and rescheduled.",
        "Cordon hb-node-4 and replace the faulty DIMM; force-reschedule iiif-server elsewhere now and add pod "
        "anti-affinity / a PodDisruptionBudget so replicas don't share a node.",
        ["outside-selector", "nested-cause"])


def records():
    return [c01(), c02(), c03(), c04(), c05(), c06(), c07(), c08(), c09(), c10()]
