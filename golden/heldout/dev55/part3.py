"""dev55 part 3: ten WARN records (w01-w10)."""
from common import (Rec, start_at, selector, record, podl, journal, kernel, noise_coredns,
                    noise_ingress, noise_fluentbit, noise_pg_checkpoint, noise_redis,
                    noise_kubelet_probe_ok, noise_prom_remote, ev_exporter, ev_router, ev_alloy)


def w01():
    """apiary: KEDA scales hive-ingest to 12 on JetStream lag; 4 replicas stay Pending."""
    r = Rec("w01", start_at(20, 18, 0, 0))
    kop = podl("keda", r.pod("keda-operator"), "keda-operator", "apiary-cp-1")
    exp = podl("monitoring", r.pod("event-exporter"), "event-exporter", "apiary-cp-1")
    nats = podl("apiary", "nats-1", "nats", "apiary-edge-3")
    rs = r.rs_hash(10)
    running = [(r.pod("hive-ingest", rs), f"apiary-edge-{i % 3 + 1}") for i in range(4)]
    new = [r.pod("hive-ingest", rs) for _ in range(8)]
    r.add(2.0, kop, ('@ISOS@\tINFO\tscaleexecutor\tSuccessfully updated ScaleTarget\t{"scaledobject.Name": "hive-ingest", '
                     '"scaledObject.Namespace": "apiary", "scaleTarget.Name": "hive-ingest", "Original Replicas Count": 4, '
                     '"New Replicas Count": 12}'))
    r.add(2.3, exp, ev_exporter(r, "apiary", "HorizontalPodAutoscaler", "keda-hpa-hive-ingest", "SuccessfulRescale",
                                "New size: 12; reason: external metric s0-nats-jetstream-HIVE_SCALE(&LabelSelector{MatchLabels:map[string]string{scaledobject.keda.sh/name: hive-ingest,},MatchExpressions:[]LabelSelectorRequirement{},}) above target",
                                etype="Normal", component="horizontal-pod-autoscaler"))
    msg = ("0/6 nodes are available: 3 Insufficient cpu, 3 node(s) had untolerated taint {dedicated: ceph}. preemption: "
           "0/6 nodes are available: 3 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.")
    for j, p in enumerate(new):
        t = 3.0 + j * 0.2
        if j < 4:
            r.add(t, exp, ev_exporter(r, "apiary", "Pod", p, "Scheduled", f"Successfully assigned apiary/{p} to apiary-edge-{j % 3 + 1}",
                                      etype="Normal", component="default-scheduler"))
            lab = podl("apiary", p, "hive-ingest", f"apiary-edge-{j % 3 + 1}")
            r.add(t + 6.0, lab, 'NOT @NIM@ hive-ingest starting                     topics="main" tid=1 version=0.9.2 nim=2.0.2')
            r.add(t + 6.3, lab, 'INF @NIM@ consumer bound                          topics="ingest" tid=1 stream=HIVE_SCALE durable=ingest')
        else:
            r.add(t, exp, ev_exporter(r, "apiary", "Pod", p, "FailedScheduling", msg, component="default-scheduler"), ev=(j == 4))
    for k2, t in enumerate([65.0, 130.0, 250.0]):
        for p in new[4:]:
            r.add(t + r.rng.uniform(0, 0.5), exp, ev_exporter(r, "apiary", "Pod", p, "FailedScheduling", msg,
                                                              component="default-scheduler", count=k2 + 2))
    r.add(1.0, podl("apiary", running[0][0], "hive-ingest", running[0][1]),
          'WRN @NIM@ consumer lag high                        topics="ingest" tid=1 stream=HIVE_SCALE pending=184213 threshold=50000')
    r.add(40.0, nats, f'[1] @NATS@ [INF] {r.ip()}:{r.rng.randint(40000, 60000)} - cid:{r.rng.randint(400, 600)} - "v0.9.2:nim:hive-ingest" - Client connection created')
    def hi_fn(i, t):
        p, nd = running[i % 4]
        lag = max(900, int(420000 - t * 1250))
        return podl("apiary", p, "hive-ingest", nd), (f'INF @NIM@ batch committed                          topics="ingest" tid=1 '
                                                      f'stream=HIVE_SCALE count=1000 lagMs={lag}')
    r.spread(0, 320, 18, hi_fn)
    r.add(160.0, podl("apiary", running[1][0], "hive-ingest", running[1][1]),
          'INF @NIM@ consumer stats                           topics="ingest" tid=1 stream=HIVE_SCALE pending=61022 ackPending=4000 redelivered=0')
    r.add(300.0, podl("apiary", running[2][0], "hive-ingest", running[2][1]),
          'INF @NIM@ consumer stats                           topics="ingest" tid=1 stream=HIVE_SCALE pending=8870 ackPending=4000 redelivered=0')
    return record(
        "w01", r, "After the evening scale-up, some hive-ingest pods are Pending — is ingest at risk?",
        selector("apiary"), "WARN", "scheduling", "hive-ingest",
        "KEDA scaled hive-ingest from 4 to 12 replicas on JetStream lag, but only 4 extra fit: the remaining 4 pods "
        "are unschedulable (Insufficient cpu on the apiary nodes; the ceph nodes are tainted dedicated=ceph).",
        "4 of 12 hive-ingest replicas are Pending with FailedScheduling; the 8 running replicas are still draining "
        "the backlog (pending messages 184k -> 9k), so ingest is slower but recovering.",
        "Lower KEDA maxReplicaCount to what the pool can hold, reduce hive-ingest CPU requests, or add a node; no "
        "urgent action while the lag keeps falling.",
        ["outside-selector"])


def w02():
    """herbarium: CoreDNS rollout leaves no ready DNS for ~40 s; label-ocr uploads retry and succeed."""
    r = Rec("w02", start_at(21, 10, 5, 0))
    old = podl("kube-system", r.pod("coredns", "5d78c9869d"), "coredns", "hb-node-1")
    newp = podl("kube-system", r.pod("coredns", "7c5b8d6f9c"), "coredns", "hb-node-2")
    ocrs = [podl("herbarium", r.pod("label-ocr", "6f7c9d8b5"), "label-ocr", n) for n in ("hb-node-2", "hb-node-3")]
    si = podl("herbarium", r.pod("specimen-intake"), "specimen-intake", "hb-node-3")
    noise_coredns(r, 0, 20, 5, old, ["seaweedfs-s3.storage.svc.cluster.local", "keycloak.identity.svc.cluster.local",
                                      "cockroachdb-public.herbarium.svc.cluster.local"], [r.ip() for _ in range(4)])
    r.add(21.0, old, "[INFO] SIGTERM: Shutting down servers then terminating", ev=True)
    r.add(21.01, old, "[INFO] plugin/health: Going into lameduck mode for 5s")
    r.add(23.0, newp, ".:53")
    r.add(23.01, newp, "[INFO] plugin/reload: Running configuration SHA512 = " + r.hexid(128))
    r.add(23.02, newp, "CoreDNS-1.11.1")
    r.add(23.03, newp, "linux/amd64, go1.20.7, ae2bbc2")
    for n, t in enumerate([24.0, 33.0, 42.0, 51.0]):
        r.add(t, newp, '[INFO] plugin/ready: Still waiting on: "kubernetes"', ev=(n == 0))
    noise_coredns(r, 64, 300, 8, newp, ["seaweedfs-s3.storage.svc.cluster.local", "keycloak.identity.svc.cluster.local",
                                        "cockroachdb-public.herbarium.svc.cluster.local"], [r.ip() for _ in range(4)])
    def ocr_fn(i, t):
        lab = ocrs[i % 2]
        bc = f"HB{r.rng.randint(100000, 999999)}"
        if 22 < t < 64:
            return [(lab, (f"@JAVA@ WARNING label_ocr.store: upload of {bc}.txt failed (attempt 1/5): "
                           "HTTPConnectionPool(host='seaweedfs-s3.storage.svc.cluster.local', port=8333): Max retries exceeded with url: "
                           f"/ocr-text/{bc}.txt (Caused by NameResolutionError(\"<urllib3.connection.HTTPConnection object at 0x7f{r.hexid(10)}>: "
                           "Failed to resolve 'seaweedfs-s3.storage.svc.cluster.local' ([Errno -3] Temporary failure in name resolution)\"))")),
                    (lab, f"@JAVA@ INFO label_ocr.store: retrying {bc}.txt in 20s")]
        return lab, f"@JAVA@ INFO label_ocr.store: uploaded {bc}.txt ({r.rng.randint(300, 4000)} bytes) to s3://ocr-text"
    r.spread(0, 300, 24, ocr_fn)
    for n, t in enumerate([70.0, 71.5, 73.0]):
        r.add(t, ocrs[n % 2], f"@JAVA@ INFO label_ocr.store: upload of HB{r.rng.randint(100000, 999999)}.txt succeeded on attempt 2/5")
    def si_fn(i, t):
        return si, f"[@MOJO@] [9] [info] queued {r.rng.randint(10, 40)} sheets for OCR (queue depth {r.rng.randint(60, 160)})"
    r.spread(0, 300, 5, si_fn)
    for t in (29.4, 47.9):
        r.add(t, si, ("[@MOJO@] [8] [error] Taxon lookup failed for HB" + str(r.rng.randint(100000, 999999)) +
                      ": Can't connect: Temporary failure in name resolution"))
    for idx, (sec, lab, line, ev) in enumerate(r.entries):
        if "Temporary failure in name resolution" in line:
            r.entries[idx] = (sec, lab, line, True)
            break
    return record(
        "w02", r, "label-ocr logged a burst of name-resolution failures around 10:05 — anything to worry about?",
        selector("herbarium", app="label-ocr"), "WARN", "dns_resolution", "coredns",
        "During a CoreDNS rollout the only serving replica was terminated while the new one was still waiting for "
        "the Kubernetes API (plugin/ready not ready), leaving ~40 s with no ready DNS endpoint.",
        "For about 40 s lookups of seaweedfs-s3 failed with 'Temporary failure in name resolution'; label-ocr "
        "retried and every upload succeeded once the new CoreDNS pod became ready.",
        "Run CoreDNS with at least 2 replicas and maxUnavailable 0 (plus a PodDisruptionBudget) so rollouts keep "
        "a ready resolver; no data was lost.",
        ["outside-selector", "quiet-cause"])


def w03():
    """herbarium: SeaweedFS filer restart -> ~50 s connection refused for Cantaloupe S3 source; recovered."""
    r = Rec("w03", start_at(22, 15, 30, 0))
    fold = podl("storage", r.pod("seaweedfs-filer", "84d6c7b9f5"), "filer", "hb-node-3")
    fnew = podl("storage", r.pod("seaweedfs-filer", "84d6c7b9f5"), "filer", "hb-node-2")
    mst = podl("storage", "seaweedfs-master-0", "master", "hb-node-1")
    iiif = podl("herbarium", r.pod("iiif-server"), "cantaloupe", "hb-node-2")
    exp = podl("monitoring", r.pod("event-exporter"), "event-exporter", "hb-node-1")
    qtp = r.rng.randint(100000000, 999999999)
    def fold_fn(i, t):
        return fold, (f"I@KD@ filer_server_handlers_read.go:{r.rng.choice([70, 86])}] get /buckets/iiif-sources/HB{r.rng.randint(100000, 999999)}.tif "
                      f"size {r.rng.randint(40, 300)}MB")
    r.spread(0, 19, 3, fold_fn)
    r.add(19.5, exp, ev_exporter(r, "storage", "Pod", fold["pod"], "Killing", "Stopping container filer", etype="Normal",
                                 host="hb-node-3", fieldpath="spec.containers{filer}"))
    r.add(19.6, fold, "I@KD@ signal_handling.go:59] received signal terminated, stopping filer", ev=True)
    r.add(20.1, fold, "I@KD@ filer.go:303] filer store leveldb2 shut down")
    r.add(61.0, fnew, "I@KD@ file_util.go:27] Folder /data/filerldb2 Permission: -rwxr-xr-x")
    r.add(61.2, fnew, "I@KD@ filer.go:149] existing filer.store.id = -1482950324")
    r.add(61.3, fnew, "I@KD@ leveldb2_store.go:42] filer store leveldb2 dir: /data/filerldb2")
    r.add(68.9, fnew, "I@KD@ filer_server.go:190] Start Seaweed Filer 30GB 3.64 at 0.0.0.0:8888", ev=True)
    r.add(69.0, fnew, "I@KD@ s3.go:229] Start Seaweed S3 API Server 30GB 3.64 at http port 8333")
    def mst_fn(i, t):
        return mst, f"I@KD@ master_grpc_server.go:{r.rng.choice([262, 316])}] + client filer@{r.ip()}:8888" if t > 60 else \
            (mst, f"I@KD@ master_server.go:{r.rng.choice([281, 305])}] volume growth request ... ok")
    r.spread(0, 300, 4, mst_fn)
    def iiif_fn(i, t):
        hb = f"HB{r.rng.randint(100000, 999999)}"
        if 20 < t < 69:
            return [(iiif, (f"@JAVA@ [qtp{qtp}-{r.rng.randint(20, 90)}] ERROR e.i.l.c.r.ImageRequestHandler - "
                            f"/iiif/3/{hb}.tif/full/!800,800/0/default.jpg: software.amazon.awssdk.core.exception.SdkClientException: "
                            "Unable to execute HTTP request: Connect to seaweedfs-filer.storage.svc.cluster.local:8333 "
                            "[seaweedfs-filer.storage.svc.cluster.local/10.43.22.7] failed: Connection refused")),
                    (iiif, (f"@JAVA@ [qtp{qtp}-{r.rng.randint(20, 90)}] INFO  e.i.l.c.r.AbstractResource - "
                            f"Request completed in {r.rng.randint(2, 9)} ms (HTTP 500)"))]
        return iiif, (f"@JAVA@ [qtp{qtp}-{r.rng.randint(20, 90)}] INFO  e.i.l.c.r.AbstractResource - "
                      f"Request completed in {r.rng.randint(90, 900)} ms (HTTP 200, TurboJpegProcessor, source=S3Source)")
    r.spread(0, 300, 26, iiif_fn)
    for idx, (sec, lab, line, ev) in enumerate(r.entries):
        if "failed: Connection refused" in line:
            r.entries[idx] = (sec, lab, line, True)
            break
    return record(
        "w03", r, "iiif-server threw a burst of 'Connection refused' errors at 15:30 — is the image service broken?",
        selector("herbarium", app="iiif-server"), "WARN", "connection_refused", "seaweedfs-filer",
        "The single seaweedfs-filer replica (which also serves the S3 API on :8333) was restarted; for ~50 s "
        "nothing listened on 8333, so Cantaloupe's S3 source got connection refused.",
        "Image requests failed with HTTP 500 for about 50 s while seaweedfs-filer restarted; once the new filer "
        "started its S3 API, requests succeeded again.",
        "No action needed now; to avoid repeats, run the filer/S3 gateway with 2 replicas or schedule restarts "
        "outside reading-room hours, and let Cantaloupe retry S3 connects.",
        ["outside-selector", "quiet-cause"])


def w04():
    """bookmobile/flux: image-reflector scans hit Docker Hub rate limit; later scans succeed."""
    r = Rec("w04", start_at(23, 12, 0, 0))
    irc = podl("flux-system", r.pod("image-reflector-controller"), "manager", "bm-node-1")
    sc = podl("flux-system", r.pod("source-controller"), "manager", "bm-node-1")
    kc = podl("flux-system", r.pod("kustomize-controller"), "manager", "bm-node-1")
    nc = podl("flux-system", r.pod("notification-controller"), "manager", "bm-node-1")
    def flux(level, msg, kind, ctrl, group, name, extra=""):
        return (f'{{"level":"{level}","ts":"@ISO@","msg":"{msg}","controller":"{ctrl}","controllerGroup":"{group}",'
                f'"controllerKind":"{kind}","{kind}":{{"name":"{name}","namespace":"flux-system"}},"namespace":"flux-system",'
                f'"name":"{name}","reconcileID":"{r.hexid(8)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(4)}-{r.hexid(12)}"{extra}}}')
    repos = ["deno-base", "traefik", "postgres", "haproxy"]
    for n, t in enumerate([5.0, 65.0, 125.0]):
        for j, rp in enumerate(repos[:3]):
            img = {"deno-base": "denoland/deno", "traefik": "library/traefik", "postgres": "library/postgres"}[rp]
            r.add(t + j * 1.3, irc, flux("error", "Reconciler error", "ImageRepository", "imagerepository", "image.toolkit.fluxcd.io", rp,
                                         f',"error":"scan failed: GET https://index.docker.io/v2/{img}/tags/list?n=1000: TOOMANYREQUESTS: '
                                         'You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: '
                                         'https://www.docker.com/increase-rate-limit"'), ev=(n == 0 and j == 0))
    for j, rp in enumerate(repos):
        r.add(250.0 + j * 2.1, irc, flux("info", f"successful scan: found {r.rng.randint(60, 400)} tags", "ImageRepository",
                                         "imagerepository", "image.toolkit.fluxcd.io", rp,
                                         f',"revision":"sha256:{r.hexid(64)}"'))
    r.add(30.0, irc, flux("info", f"successful scan: found 212 tags", "ImageRepository", "imagerepository",
                          "image.toolkit.fluxcd.io", "haproxy", f',"revision":"sha256:{r.hexid(64)}"'))
    def sc_fn(i, t):
        return sc, flux("info", "no changes since last reconcilation: observed revision 'main@sha1:" + r.hexid(40) + "'",
                        "GitRepository", "gitrepository", "source.toolkit.fluxcd.io", "flux-system")
    r.spread(0, 300, 4, sc_fn)
    def kc_fn(i, t):
        return kc, flux("info", f"server-side apply completed", "Kustomization", "kustomization", "kustomize.toolkit.fluxcd.io",
                        r.rng.choice(["bookmobile-apps", "infra", "monitoring"]), f',"revision":"main@sha1:{r.hexid(40)}","output":{{}}')
    r.spread(0, 300, 4, kc_fn)
    r.add(6.0, nc, ('{"level":"info","ts":"@ISO@","logger":"event-server","msg":"dispatching event","eventInvolvedObject":'
                    '{"kind":"ImageRepository","namespace":"flux-system","name":"deno-base"},"message":"scan failed: GET '
                    'https://index.docker.io/v2/denoland/deno/tags/list?n=1000: TOOMANYREQUESTS"}'))
    return record(
        "w04", r, "Flux image scans are erroring in flux-system — do we need to do something?",
        selector("flux-system"), "WARN", "rate_limited", "image-reflector-controller",
        "image-reflector-controller scans Docker Hub anonymously and exceeded the anonymous pull/tag-list rate "
        "limit (TOOMANYREQUESTS), so scans failed for about four minutes.",
        "Three ImageRepository scans failed with Docker Hub TOOMANYREQUESTS and were retried; by 12:04 all scans "
        "succeeded again. Image automation was delayed, nothing deployed is affected.",
        "Configure a Docker Hub secretRef (authenticated pulls) or a registry mirror for the ImageRepositories and "
        "lengthen their scan interval.",
        [])


def w05():
    """apiary: etcd slow fdatasync -> apiserver timeouts -> KEDA leader-lease errors; recovered."""
    r = Rec("w05", start_at(24, 3, 10, 0))
    etcd = podl("kube-system", "etcd-apiary-cp-1", "etcd", "apiary-cp-1")
    api = podl("kube-system", "kube-apiserver-apiary-cp-1", "kube-apiserver", "apiary-cp-1")
    kop = podl("keda", r.pod("keda-operator"), "keda-operator", "apiary-cp-1")
    bak = podl("kube-system", f"etcd-backup-29518290-{r.suffix()}", "backup", "apiary-cp-1")
    hi = podl("apiary", r.pod("hive-ingest"), "hive-ingest", "apiary-edge-2")
    r.add(1.0, bak, "{\"level\":\"info\",\"ts\":\"@ISO6@\",\"caller\":\"snapshot/v3_snapshot.go:65\",\"msg\":\"created temporary db file\",\"path\":\"/backup/etcd-snapshot.db.part\"}")
    r.add(1.2, bak, "{\"level\":\"info\",\"ts\":\"@ISO6@\",\"caller\":\"snapshot/v3_snapshot.go:73\",\"msg\":\"fetching snapshot\",\"endpoint\":\"https://127.0.0.1:2379\"}")
    for n, t in enumerate([9.0, 23.0, 41.0, 58.0, 77.0]):
        took = 1.1 + r.rng.uniform(0.3, 1.4)
        r.add(t, etcd, (f'{{"level":"warn","ts":"@ISO6@","caller":"wal/wal.go:805","msg":"slow fdatasync","took":"{took:.9f}s",'
                        '"expected-duration":"1s"}'), ev=(n < 2))
        r.add(t + 0.2, etcd, ('{"level":"warn","ts":"@ISO6@","caller":"etcdserver/raft.go:416","msg":"leader failed to send out heartbeat '
                              'on time; took too long, leader is overloaded likely from slow disk","to":"' + r.hexid(16) + '",'
                              f'"heartbeat-interval":"100ms","expected-duration":"200ms","exceeded-duration":"{took - 0.2:.9f}s"}}'), ev=(n == 0))
        r.add(t + 0.5, etcd, (f'{{"level":"warn","ts":"@ISO6@","caller":"etcdserver/util.go:170","msg":"apply request took too long",'
                              f'"took":"{took + 0.4:.9f}s","expected-duration":"100ms","prefix":"","request":"header:<ID:{r.rng.randint(10**18, 9 * 10**18)} > '
                              'txn:<compare:<target:MOD key:\\"/registry/leases/keda/operator.keda.sh\\" mod_revision:' + str(88213000 + n) + ' > '
                              'success:<request_put:<key:\\"/registry/leases/keda/operator.keda.sh\\" value_size:412 >> failure:<>>",'
                              '"response":"size:18"}'))
        r.add(t + 1.3, api, (f'E@KD@       1 status.go:71] apiserver received an error that is not an metav1.Status: '
                             '&errors.errorString{s:"context deadline exceeded"}: context deadline exceeded'))
        r.add(t + 1.31, api, (f'E@KD@       1 timeout.go:142] post-timeout activity - time-elapsed: {r.rng.uniform(1, 3):.6f}ms, '
                              'PUT "/apis/coordination.k8s.io/v1/namespaces/keda/leases/operator.keda.sh" result: <nil>'))
        r.add(t + 1.4, kop, (f'E@KD@       1 leaderelection.go:332] error retrieving resource lock keda/operator.keda.sh: Get '
                             '"https://10.43.0.1:443/apis/coordination.k8s.io/v1/namespaces/keda/leases/operator.keda.sh?timeout=5s": '
                             'context deadline exceeded'))
        if n in (1, 3):
            r.add(t + 2.0, kop, ('@ISOS@\tERROR\tscaleexecutor\tError getting scaleTarget\t{"scaledobject.Name": "hive-ingest", '
                                 '"scaledObject.Namespace": "apiary", "scaleTarget.Name": "hive-ingest", "error": "Get '
                                 '\\"https://10.43.0.1:443/apis/apps/v1/namespaces/apiary/deployments/hive-ingest/scale\\": context deadline exceeded"}'))
    r.add(92.0, bak, "{\"level\":\"info\",\"ts\":\"@ISO6@\",\"caller\":\"snapshot/v3_snapshot.go:88\",\"msg\":\"fetched snapshot\",\"endpoint\":\"https://127.0.0.1:2379\",\"size\":\"1.9 GB\",\"took\":\"1m31.005s\"}")
    r.add(95.0, bak, "Snapshot saved at /backup/etcd-snapshot.db; compressing with zstd -19")
    def ok(i, t):
        if t < 100:
            return None
        if i % 2:
            return kop, ('@ISOS@\tINFO\tscaleexecutor\tSuccessfully updated ScaleTarget\t{"scaledobject.Name": "hive-ingest", '
                         '"scaledObject.Namespace": "apiary", "scaleTarget.Name": "hive-ingest", "Original Replicas Count": 4, '
                         '"New Replicas Count": 3}')
        return etcd, ('{"level":"info","ts":"@ISO6@","caller":"mvcc/index.go:214","msg":"compact tree index","revision":' +
                      str(88214000 + i) + '}')
    r.spread(0, 300, 10, ok)
    def hi_fn(i, t):
        return hi, (f'INF @NIM@ batch committed                          topics="ingest" tid=1 '
                    f'stream=HIVE_SCALE count={r.rng.randint(100, 400)} lagMs={r.rng.randint(40, 400)}')
    r.spread(0, 300, 7, hi_fn)
    return record(
        "w05", r, "The KEDA operator logged a series of 'context deadline exceeded' errors overnight — what happened?",
        selector("keda"), "WARN", "timeout", "etcd",
        "etcd on apiary-cp-1 had slow WAL fdatasync (1.4-2.5 s) while the etcd backup job was snapshotting and "
        "compressing on the same disk; apiserver requests to etcd exceeded their deadlines, so KEDA's lease and "
        "scale calls timed out.",
        "For about 80 s KEDA could not renew its leader lease or read the hive-ingest scale subresource "
        "(context deadline exceeded); once the backup finished etcd latency returned to normal and KEDA recovered.",
        "Move etcd backups/compression off the etcd data disk (or run them at lower IO priority) and alert on "
        "etcd_disk_wal_fsync_duration; no immediate action needed.",
        ["outside-selector", "nested-cause", "quiet-cause"])


def w06():
    """bookmobile/traefik: accept4 too many open files during the evening kiosk surge; recovers."""
    r = Rec("w06", start_at(25, 17, 45, 0))
    trp = r.pod("traefik")
    tr = podl("traefik", trp, "traefik", "bm-node-1")
    cs = podl("bookmobile", r.pod("catalog-search"), "catalog-search", "bm-node-2")
    rp = podl("bookmobile", r.pod("route-planner"), "route-planner", "bm-node-2")
    def acc(i, t):
        path = r.rng.choice(["/api/search?q=picture+books", "/api/events/stream", "/api/search?q=local+history", "/api/holds/count"])
        if 60 < t < 105 and i % 2 == 0:
            return None
        return tr, (f'{r.ip("10.0")} - - [@CLF@] "GET {path} HTTP/1.1" 200 {r.rng.randint(200, 9000)} "-" "BookmobileKiosk/2.3" '
                    f'{r.rng.randint(10000, 30000)} "bookmobile-catalog-search@kubernetescrd" "http://{r.ip()}:8000" {r.rng.randint(5, 200)}ms')
    r.spread(0, 300, 22, acc)
    r.add(58.0, tr,
          f'{r.ip("10.0")} - - [@CLF@] "GET /api/events/stream HTTP/1.1" 200 0 "-" "BookmobileKiosk/2.3" 18811 "bookmobile-catalog-search@kubernetescrd" "http://{r.ip()}:8000" 1ms')
    for n in range(9):
        t = 61.0 + n * 5.0
        r.add(t, tr, ('time="@ISOS@" level=error msg="http: Accept error: accept tcp [::]:8443: accept4: too many open files; '
                      f'retrying in {min(5 * 2 ** (n % 4), 40)}ms" entryPointName=websecure'), ev=(n < 2))
    r.add(79.0, tr, 'time="@ISOS@" level=error msg="Error while dialing backend" error="dial tcp 10.42.2.31:8000: socket: too many open files" entryPointName=websecure routerName=bookmobile-catalog-search@kubernetescrd')
    def cs_fn(i, t):
        return cs, ('{"level":"INFO","time":"@ISO@","logger":"catalog-search","msg":"sse clients","connected":' +
                    str(min(980, 300 + int(t * 6)) if t < 100 else 410 + r.rng.randint(0, 30)) + '}')
    r.spread(0, 300, 8, cs_fn)
    def rp_fn(i, t):
        return rp, f"[@DT@] info route-planner: van-{r.rng.randint(1, 6)} eta refresh: {r.rng.randint(5, 30)} stops, max delay {r.rng.randint(0, 12)} min"
    r.spread(0, 300, 5, rp_fn)
    return record(
        "w06", r, "Kiosks briefly failed to connect around 17:46 — was it the catalogue?",
        selector("bookmobile"), "WARN", "resource_exhausted", "traefik",
        "Traefik hit its open-file limit (nofile 1024) when ~980 kiosk SSE streams were open at the evening "
        "surge; accept4 and backend dials failed with 'too many open files' for ~45 s until streams closed.",
        "Traefik rejected new connections for about 45 s (accept4: too many open files) during the kiosk surge; "
        "it recovered on its own as SSE clients dropped, catalog-search itself was healthy.",
        "Raise Traefik's file-descriptor limit (container ulimit / LimitNOFILE) and cap SSE connections per "
        "kiosk; action optional since it recovered.",
        ["outside-selector"])


def w07():
    """apiary: Gleam swarm-alert fails its startup probe once while warming ETS, then becomes Ready."""
    r = Rec("w07", start_at(26, 7, 0, 0))
    sap = r.pod("swarm-alert")
    sa = podl("apiary", sap, "swarm-alert", "apiary-edge-3")
    evl = {"job": "loki.source.kubernetes_events", "namespace": "apiary", "instance": "alloy-events"}
    aa = podl("apiary", r.pod("acoustic-analyzer"), "acoustic-analyzer", "apiary-edge-1")
    ip = r.ip()
    r.add(1.0, sa, "@ERL@ notice: Application: swarm_alert. Started at: nonode@nohost.")
    r.add(1.1, sa, "@ERL@ info: swarm_alert: loading 30-day swarm score history into ETS (212 hives)")
    for n, t in enumerate([31.0, 41.0, 51.0, 61.0, 71.0, 81.0]):
        r.add(t, {**evl}, ev_alloy(r, "apiary", "Pod", sap, "Unhealthy",
                                   f'Startup probe failed: Get "http://{ip}:8080/healthz": dial tcp {ip}:8080: connect: connection refused',
                                   host="apiary-edge-3", rv=str(7712000 + n)), ev=(n == 0))
    r.add(81.2, evl, ev_alloy(r, "apiary", "Pod", sap, "Killing", "Container swarm-alert failed startup probe, will be restarted",
                              etype="Normal", host="apiary-edge-3", rv="7712010"), ev=True)
    r.add(61.0, sa, "@ERL@ info: swarm_alert: ETS warm-up 1,412,000/1,901,112 rows")
    r.add(82.0, sa, "@ERL@ notice: SIGTERM received - shutting down")
    r.add(93.0, sa, "@ERL@ notice: Application: swarm_alert. Started at: nonode@nohost.")
    r.add(93.1, sa, "@ERL@ info: swarm_alert: loading 30-day swarm score history into ETS (212 hives)")
    r.add(134.4, sa, "@ERL@ info: swarm_alert: ETS warm-up done: 1,901,112 rows in 41.3s")
    r.add(134.6, sa, "@ERL@ info: swarm_alert: mist listening on 0.0.0.0:8080")
    r.add(134.7, sa, "@ERL@ info: swarm_alert: subscribed to hive.acoustic.swarm_score (queue group swarm-alert)")
    r.add(123.0, evl, ev_alloy(r, "apiary", "Pod", sap, "Unhealthy",
                               f'Startup probe failed: Get "http://{ip}:8080/healthz": dial tcp {ip}:8080: connect: connection refused',
                               host="apiary-edge-3", rv="7712031"))
    def sa_fn(i, t):
        if t < 136:
            return None
        return sa, f"@ERL@ info: swarm_alert: hive H-0{r.rng.randint(100, 699)} swarm_score={r.rng.uniform(0.02, 0.5):.2f} below threshold 0.80"
    r.spread(0, 300, 14, sa_fn)
    def aa_fn(i, t):
        return aa, (f"info(score): hive=H-0{r.rng.randint(100, 699)} swarm_score={r.rng.uniform(0.01, 0.4):.3f} "
                    f"piping_hz={r.rng.randint(0, 480)} published hive.acoustic.swarm_score")
    r.spread(0, 300, 9, aa_fn)
    return record(
        "w07", r, "swarm-alert restarted once after this morning's deploy — is it healthy now?",
        selector("apiary", app="swarm-alert"), "WARN", "probe_failure", "swarm-alert",
        "swarm-alert only opens its HTTP port after warming 1.9M rows into ETS; the first (cold-cache) warm-up took "
        "longer than the startup probe budget (~80 s), so the kubelet killed and restarted the container.",
        "The startup probe failed until failureThreshold was reached and the container was restarted once; the "
        "second start finished warm-up in 41 s, started listening and has processed scores since.",
        "Increase the startup probe failureThreshold/period (or open /healthz before warm-up and gate readiness "
        "instead); no immediate action needed.",
        [])


def w08():
    """herbarium: one ocr-batch step OOMKilled, Argo retryStrategy reruns it, workflow Succeeded."""
    r = Rec("w08", start_at(27, 2, 30, 0))
    wf = f"ocr-batch-{r.suffix()}"
    wc = podl("argo", r.pod("workflow-controller"), "workflow-controller", "hb-node-1")
    node = "hb-node-3"
    steps = [f"{wf}-tesseract-{r.rng.randint(1000000000, 4000000000)}" for _ in range(4)]
    def wcl(msg, extra=""):
        return f'time="@ISO@" level=info msg="{msg}" namespace=herbarium workflow={wf}{extra}'
    r.add(0.1, wc, wcl("Processing workflow"))
    r.add(0.2, wc, wcl("Updated phase  -> Running"))
    for j, s in enumerate(steps[:3]):
        r.add(0.5 + j * 0.1, wc, wcl(f"Pod node {s} initialized Pending"))
    for j, s in enumerate(steps):
        lab = podl("herbarium", s, "main", node if j != 1 else "hb-node-2")
        start = 5.0 if j < 3 else 128.0
        r.add(start, lab, f"@JAVA@ INFO label_ocr.batch: shard {j if j < 3 else 1}/3: {r.rng.randint(120, 160)} sheets, tesseract --psm 4 --oem 1, 600 dpi")
        if j == 1:
            r.add(start + 41.0, lab, "@JAVA@ INFO label_ocr.batch: sheet HB771204: 14042x19863 px (fold-out sheet), tiling")
            continue
        end = start + r.rng.uniform(95, 140)
        r.add(end, lab, f"@JAVA@ INFO label_ocr.batch: shard done, {r.rng.randint(120, 160)} sheets, error_count=0")
    r.add(47.3, wc, wcl("Pod failed: OOMKilled (exit code 137)", f" podName={steps[1]}"), ev=True)
    r.add(47.4, wc, wcl(f"node {steps[1]} phase Running -> Failed"))
    r.add(47.5, wc, wcl(f"node {steps[1]} message: OOMKilled (exit code 137)"), ev=True)
    r.add(57.6, wc, wcl(f"Retry node {wf}-{r.rng.randint(1000000000, 4000000000)} initialized Running"))
    r.add(127.7, wc, wcl(f"Pod node {steps[3]} initialized Pending"))
    r.add(290.0, wc, wcl("Updated phase Running -> Succeeded"))
    r.add(290.1, wc, wcl("Marking workflow completed"))
    r.add(290.2, wc, wcl("Workflow update successful", " phase=Succeeded resourceVersion=90412"))
    cd = podl("kube-system", r.pod("coredns", "5d78c9869d"), "coredns", "hb-node-1")
    noise_coredns(r, 0, 300, 6, cd, ["seaweedfs-s3.storage.svc.cluster.local", "cockroachdb-public.herbarium.svc.cluster.local"],
                  [r.ip() for _ in range(3)])
    return record(
        "w08", r, "The overnight ocr-batch workflow shows a failed node — did we lose any OCR output?",
        selector("herbarium"), "WARN", "oom_killed", "ocr-batch",
        "One tesseract shard of ocr-batch was OOMKilled (exit 137) while tiling a very large fold-out sheet "
        "(14042x19863 px) within its memory limit; Argo's retryStrategy reran the shard successfully.",
        "A single ocr-batch step was OOMKilled and retried; the retry completed and the workflow Succeeded, so "
        "no OCR output was lost, but the step's memory limit is marginal for fold-out sheets.",
        "Raise the tesseract step's memory limit or downscale oversize sheets before tiling; optional since the "
        "retry succeeded.",
        ["outside-selector"])


def w09():
    """bookmobile: holds-service ServiceAccount recreated by Flux; vault-agent 403 until token refresh."""
    r = Rec("w09", start_at(28, 9, 0, 0))
    hsp = r.pod("holds-service")
    va = podl("bookmobile", hsp, "vault-agent", "bm-node-3")
    hs = podl("bookmobile", hsp, "holds-service", "bm-node-3")
    vs = podl("vault", "vault-0", "vault", "bm-node-2")
    kc = podl("flux-system", r.pod("kustomize-controller"), "manager", "bm-node-1")
    mount = f"auth_kubernetes_{r.hexid(8)}"
    r.add(1.0, kc, ('{"level":"info","ts":"@ISO@","msg":"server-side apply completed","controller":"kustomization",'
                    '"controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":'
                    '{"name":"bookmobile-apps","namespace":"flux-system"},"name":"bookmobile-apps","namespace":"flux-system",'
                    f'"revision":"main@sha1:{r.hexid(40)}","output":{{"ServiceAccount/bookmobile/holds-service":"created",'
                    '"Deployment/bookmobile/holds-service":"unchanged"}}'), ev=True)
    r.add(0.8, kc, ('{"level":"info","ts":"@ISO@","msg":"garbage collection completed","controller":"kustomization",'
                    '"controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":'
                    '{"name":"bookmobile-apps","namespace":"flux-system"},"name":"bookmobile-apps","namespace":"flux-system",'
                    '"output":{"ServiceAccount/bookmobile/holds-service":"deleted"}}'))
    for n, t in enumerate([20.0, 22.1, 26.0, 34.5, 51.0, 84.0, 150.0]):
        r.add(t, vs, (f'@ISO@ [ERROR] auth.kubernetes.{mount}: login unauthorized: err="lookup failed: service account '
                      'unauthorized; this could mean it has been deleted or recreated with a new token"'), ev=(n == 0))
        r.add(t + 0.01, va, "@ISO@ [ERROR] agent.auth.handler: error authenticating:")
        r.add(t + 0.011, va, "  error=")
        r.add(t + 0.012, va, "  | Error making API request.")
        r.add(t + 0.013, va, "  | ")
        r.add(t + 0.014, va, "  | URL: PUT http://vault.vault.svc:8200/v1/auth/kubernetes/login")
        r.add(t + 0.015, va, "  | Code: 403. Errors:")
        r.add(t + 0.016, va, "  | ")
        r.add(t + 0.017, va, "  | * permission denied", ev=(n == 0))
        r.add(t + 0.018, va, f"   backoff={[1.0, 2.1, 4.4, 8.3, 16.9, 33.7, 60.0][n]:.1f}s")
    r.add(19.9, va, "@ISO@ [INFO]  agent.auth.handler: lifetime watcher done channel triggered, re-authenticating")
    r.add(212.0, va, "@ISO@ [INFO]  agent.auth.handler: authenticating")
    r.add(212.1, va, "@ISO@ [INFO]  agent.auth.handler: authentication successful, sending token to sinks")
    r.add(212.2, va, "@ISO@ [INFO]  agent.sink.file: token written: path=/home/vault/.vault-token")
    r.add(212.3, va, "@ISO@ [INFO]  agent.auth.handler: starting renewal process")
    r.add(213.0, va, "@ISO@ [INFO]  agent: (runner) rendered \"(dynamic)\" => \"/vault/secrets/db.properties\"")
    def hs_fn(i, t):
        return hs, (f'@ISO@  INFO 1 --- [holds-service] [nio-8080-exec-{r.rng.randint(1, 9)}] l.b.holds.web.HoldsController            '
                    f': GET /api/holds?branch=van-{r.rng.randint(1, 6)} -> 200 ({r.rng.randint(8, 60)} ms)')
    r.spread(0, 300, 10, hs_fn)
    def vs_fn(i, t):
        return vs, f"@ISO@ [INFO]  expiration: revoked lease: lease_id=database/creds/circ-report/{r.hexid(24)}"
    r.spread(0, 300, 3, vs_fn)
    return record(
        "w09", r, "vault-agent in holds-service is logging 403 permission denied — are we about to lose DB credentials?",
        selector("bookmobile", app="holds-service"), "WARN", "auth_failure", "holds-service",
        "Flux pruned and recreated the holds-service ServiceAccount, invalidating the pod's projected token; "
        "Vault's Kubernetes auth rejects the login ('service account unauthorized ... deleted or recreated'), so "
        "vault-agent gets 403 until the kubelet refreshes the token.",
        "vault-agent could not re-authenticate for ~3 minutes (403 permission denied) after the ServiceAccount "
        "was recreated; cached DB credentials kept holds-service serving, and authentication succeeded again at 09:03.",
        "Stop Flux from recreating the ServiceAccount (fix the kustomization that renamed/pruned it); restart "
        "holds-service if a pod keeps failing to re-authenticate.",
        ["nested-cause", "outside-selector"])


def w10():
    """bookmobile: holds-db replica replay blocked by a long report query; lag 41 s, then caught up."""
    r = Rec("w10", start_at(29, 11, 0, 0))
    hs = podl("bookmobile", r.pod("holds-service"), "holds-service", "bm-node-1")
    pri = podl("bookmobile", "holds-db-0", "postgres", "bm-node-3")
    rep = podl("bookmobile", "holds-db-1", "postgres", "bm-node-2")
    cs = podl("bookmobile", r.pod("catalog-search"), "catalog-search", "bm-node-2")
    noise_pg_checkpoint(r, 40.0, pri)
    r.add(2.0, rep, "@PG@ [1211] LOG:  duration: 1802.114 ms  statement: SELECT branch, count(*) FROM loans l JOIN items i USING (item_id) WHERE l.loaned_at > now() - interval '5 years' GROUP BY branch")
    r.add(31.0, rep, "@PG@ [57] LOG:  recovery still waiting after 1000.143 ms: recovery conflict on snapshot", ev=True)
    r.add(31.01, rep, "@PG@ [57] DETAIL:  Conflicting process: 1211.")
    r.add(31.02, rep, "@PG@ [57] CONTEXT:  WAL redo at 1A/6F3C2A88 for Heap2/PRUNE: snapshotConflictHorizon: 99182311, nredirected: 0, ndead: 12; blkref #0: rel 1663/16384/24577, blk 8812")
    r.add(71.8, rep, "@PG@ [57] LOG:  recovery finished waiting after 41832.551 ms: recovery conflict on snapshot", ev=True)
    r.add(71.9, rep, "@PG@ [1211] FATAL:  terminating connection due to conflict with recovery")
    r.add(71.91, rep, "@PG@ [1211] DETAIL:  User query might have needed to see row versions that must be removed.")
    r.add(71.92, rep, "@PG@ [1211] HINT:  In a moment you should be able to reconnect to the database and repeat your command.")
    for n, (t, lag) in enumerate([(45.0, 14.2), (60.0, 29.0), (72.5, 41.3)]):
        r.add(t, hs, (f"@ISO@  WARN 1 --- [holds-service] [   scheduling-1] l.b.holds.db.ReplicaRouter               : replica holds-db-1 "
                      f"replay lag {lag}s exceeds 10s; routing reads to primary"), ev=(n == 2))
    r.add(95.0, hs, "@ISO@  INFO 1 --- [holds-service] [   scheduling-1] l.b.holds.db.ReplicaRouter               : replica holds-db-1 replay lag 0.4s; routing reads back to replica")
    def hs_fn(i, t):
        return hs, (f'@ISO@  INFO 1 --- [holds-service] [nio-8080-exec-{r.rng.randint(1, 9)}] l.b.holds.web.HoldsController            '
                    f': GET /api/holds?branch=van-{r.rng.randint(1, 6)} -> 200 ({r.rng.randint(8, 60) if not 45 < t < 95 else r.rng.randint(40, 140)} ms)')
    r.spread(0, 300, 12, hs_fn)
    def pri_fn(i, t):
        return pri, (f'@PG@ [{r.rng.randint(3000, 9000)}] LOG:  automatic vacuum of table "holds.public.holds": index scans: 1, '
                     f'pages: 0 removed, {r.rng.randint(2000, 9000)} remain, {r.rng.randint(100, 900)} scanned (4.21% of total)')
    r.spread(5, 300, 3, pri_fn)
    def cs_fn(i, t):
        return cs, ('{"level":"INFO","time":"@ISO@","logger":"catalog-search","msg":"search","q":"' +
                    r.rng.choice(["allotments", "sea shanties", "audio books", "local maps"]) + f'","hits":{r.rng.randint(0, 300)},"ms":{r.rng.randint(8, 90)}}}')
    r.spread(0, 300, 6, cs_fn)
    return record(
        "w10", r, "holds-service warned about replica lag around 11:00 — is the holds database OK?",
        selector("bookmobile"), "WARN", "database", "holds-db",
        "On the holds-db-1 replica a long-running report query held a snapshot that conflicted with WAL replay; "
        "recovery waited ~42 s on the conflict, so replication lag reached 41 s until the query was cancelled.",
        "holds-db-1 replay lag peaked at 41 s; holds-service routed reads to the primary meanwhile (slightly "
        "slower responses) and switched back once the replica caught up.",
        "Run long reports on a dedicated replica or lower max_standby_streaming_delay / enable "
        "hot_standby_feedback; no immediate action needed.",
        [])


def records():
    return [w01(), w02(), w03(), w04(), w05(), w06(), w07(), w08(), w09(), w10()]
