"""dev60 working records w11-w20: degraded or transient, recovered inside the window (WARN)."""
from common import *  # noqa: F401,F403
from common import _h


# ----------------------------------------------------------------------------------------------
def w11():
    r = Rec("w11", "F", "synthetic:dev60-greenvault-farm",
            "telemetry-ingest logged insert timeouts around 02:00 — did we lose sensor data?",
            {"namespace": "telemetry", "app": "telemetry-ingest"}, "2026-03-21T01:59:00Z")
    T = FL("telemetry-ingest")
    D = FL("timescaledb", container="timescaledb")
    r.add(61.2, D, pg, 31877, "LOG",
          'job 1002 (Compression Policy [1002]) starting: compressing 41 chunks of hypertable "sensor_readings" older than 7 days',
          ev=True)
    r.add(88.5, D, pg, 52, "LOG", "checkpoints are occurring too frequently (21 seconds apart)", ev=True)
    r.add(88.501, D, pg, 52, "HINT", 'Consider increasing the configuration parameter "max_wal_size".')
    slow = [(96.0, 6120.3, 1800), (104.7, 7410.9, 2000), (118.3, 9822.5, 2000), (133.9, 8840.0, 2000), (151.2, 5902.7, 2000)]
    for i, (t, ms, n) in enumerate(slow):
        r.add(t, D, pg, 40211 + (i % 2), "LOG",
              f"duration: {ms} ms  execute __asyncpg_stmt_{3 + i % 2}__: INSERT INTO sensor_readings (time, rack_id, sensor, value) "
              f"SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::double precision[])",
              prefix="ingest@telemetry ", ev=(i in (1, 2)))
    q_ = 2400
    for i, t in enumerate([101.0, 109.2, 123.5, 139.0, 156.4]):
        q_ += 3600 + i * 900
        r.add(t, T, pylog, "WARNING", "ingest.writer",
              f"batch insert of 2000 points timed out after 5.0s (attempt {i % 3 + 1}/5), retrying in 2s (queue={q_})",
              ev=(i == 2))
    r.add(123.51, T, pylog, "WARNING", "ingest.writer", "asyncio.exceptions.TimeoutError while awaiting copy_records_to_table / executemany")
    r.add(171.0, T, pylog, "INFO", "ingest.writer", "flushed 2000 points to sensor_readings in 3812 ms (queue=21800)")
    r.add(402.8, D, pg, 31877, "LOG",
          "job 1002 (Compression Policy [1002]) exiting with success: execution time 341562.84 ms")
    for i, t in enumerate([190.0, 230.0, 270.0, 310.0, 350.0, 390.0, 420.0]):
        q_ = max(0, 21800 - (i + 1) * 3300)
        ms_ = [2904, 2310, 1788, 1402, 930, 211, 88][i]
        r.add(t, T, pylog, "INFO", "ingest.writer", f"flushed 2000 points to sensor_readings in {ms_} ms (queue={q_})")
    r.add(425.3, T, pylog, "INFO", "ingest.writer", "backlog drained: peak queue 21800 points, 0 dropped, max lag 4m31s")
    r.add(40.0, D, pg, 52, "LOG", "checkpoint starting: time")
    r.add(43.4, D, pg, 52, "LOG", "checkpoint complete: wrote 3011 buffers (2.3%); 0 WAL file(s) added, 0 removed, 2 recycled; "
          "write=2.981 s, sync=0.212 s, total=3.402 s; sync files=44, longest=0.088 s, average=0.005 s; distance=31877 kB, estimate=33102 kB")
    r.noise(F_NOISE, 24, 0, 430, kinds=["emqx", "climate", "dosing", "traefik", "redis", "lighting", "fleet"])
    r.expect("WARN", "timeout", "timescaledb",
             "TimescaleDB's nightly compression policy job (job 1002) rewrote 41 chunks and saturated the database "
             "volume's write throughput; telemetry-ingest's batch inserts took 6-10 s and hit their 5 s client timeout "
             "until the job finished.",
             "Sensor inserts timed out for about five minutes during the compression job; the ingest queue buffered "
             "everything and drained with 0 points dropped.",
             "Optional: move the compression policy away from peak ingest or limit it (fewer chunks per run), raise "
             "max_wal_size, or give telemetry-ingest a longer insert timeout.",
             ["transient", "outside-selector"])
    return r


# ----------------------------------------------------------------------------------------------
def w12():
    r = Rec("w12", "F", "synthetic:dev60-greenvault-farm",
            "label-renderer restarted once this afternoon — do we need to raise its memory?",
            {"namespace": "packhouse"}, "2026-03-24T14:02:00Z")
    p = pod("label-renderer")
    node = "gv-ber1-agt04"
    R = L("packhouse", p, "label-renderer", node, app="label-renderer", cluster=F_CLUSTER)
    cid = hexid(p + "c1", 64)
    r.add(3.1, R, pylog, "INFO", "labels.worker",
          "picked batch LB-20260324-0412 from queue: 2400 labels, template tray-label-60x40, customer=frischmarkt-nord")
    r.add(9.8, R, pylog, "INFO", "labels.render", "layout pass 1/2 done for 800/2400 labels (rss=212MiB)")
    r.add(17.2, R, pylog, "INFO", "labels.render", "layout pass 1/2 done for 1600/2400 labels (rss=371MiB)")
    r.add(24.9, R, pylog, "INFO", "labels.render", "layout pass 1/2 done for 2400/2400 labels (rss=468MiB)")
    r.add(27.4, FJ(node, "kernel"), "python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=999")
    r.add(27.41, FJ(node, "kernel"),
          f"Memory cgroup out of memory: Killed process 23112 (python3) total-vm:1702412kB, anon-rss:523904kB, "
          f"file-rss:11264kB, shmem-rss:0kB, UID:1000 pgtables:1348kB oom_score_adj:999", ev=True)
    r.add(27.46, FC(node), containerd, "info",
          f"TaskOOM event container_id:\"{cid}\"", ev=True)
    r.add(27.9, FJ(node, "k3s-agent.service"), klog, "I", 1187, "generic.go:334",
          f'"Generic (PLEG): container finished" podID="{uid(p)}" containerID="{cid}" exitCode=137', ev=True)
    r.add(28.0, FJ(node, "k3s-agent.service"), klog, "I", 1187, "kubelet.go:2458",
          f'"SyncLoop (PLEG): event for pod" pod="packhouse/{p}" event={{"ID":"{uid(p)}","Type":"ContainerDied","Data":"{cid}"}}')
    r.add(28.6, FEV("packhouse"), evt_logfmt, p, "Pod", "Pulled", "Normal",
          'Container image "harbor.greenvault.farm/packhouse/label-renderer:3.2.0" already present on machine', "kubelet", node)
    r.add(28.8, FEV("packhouse"), evt_logfmt, p, "Pod", "Created", "Normal", "Created container label-renderer", "kubelet", node,
          count=2)
    r.add(29.1, FEV("packhouse"), evt_logfmt, p, "Pod", "Started", "Normal", "Started container label-renderer", "kubelet", node,
          count=2)
    r.add(30.2, R, pylog, "INFO", "labels.main", "label-renderer 3.2.0 starting (workers=1, memory limit 512Mi)")
    r.add(30.9, R, pylog, "WARNING", "labels.worker",
          "batch LB-20260324-0412 was redelivered (previous attempt did not ack); splitting into 4 chunks of 600 labels")
    for i in range(4):
        r.add(38.0 + i * 9.5, R, pylog, "INFO", "labels.render",
              f"chunk {i + 1}/4 of LB-20260324-0412 rendered: 600 labels, 18.4 MB PDF (rss={188 + i * 6}MiB)")
    r.add(76.4, R, pylog, "INFO", "labels.worker", "batch LB-20260324-0412 complete, sent to printer pack-line-2 (4 files)")
    for i, t in enumerate([120.0, 170.0, 222.0, 280.0]):
        r.add(t, R, pylog, "INFO", "labels.worker",
              f"batch LB-20260324-04{13 + i} complete: {[120, 60, 340, 96][i]} labels (rss={[141, 132, 205, 150][i]}MiB)")
    r.noise(F_NOISE, 26, 0, 300, kinds=["emqx", "climate", "dosing", "traefik", "telemetry", "harvest", "redis"])
    r.expect("WARN", "oom_killed", "label-renderer",
             "label-renderer loaded a 2400-label batch into a single PDF layout and exceeded its 512Mi memory limit; "
             "the kernel OOM-killed python3 (exit 137) once.",
             "One OOMKill on an oversized label batch; the pod restarted, the batch was redelivered and rendered in "
             "four chunks, and later batches stay far below the limit.",
             "Optional: cap batch size before rendering (chunk large batches up front) or raise the memory limit to "
             "768Mi; watch for repeat restarts.",
             ["transient"])
    return r


# ----------------------------------------------------------------------------------------------
def w13():
    r = Rec("w13", "F", "synthetic:dev60-greenvault-farm",
            "telemetry-ingest lost its MQTT connection for about a minute — what happened?",
            {"namespace": "telemetry", "app": "telemetry-ingest"}, "2026-03-26T11:15:00Z")
    node = "gv-ber1-agt03"
    K = FJ(node, "kernel")
    A = FJ(node, "k3s-agent.service")
    S = FJ("gv-ber1-srv01", "k3s.service")
    T = FL("telemetry-ingest")
    r.add(12.4, K, "igb 0000:03:00.0 enp3s0: igb: enp3s0 NIC Link is Down", ev=True)
    r.add(13.0, T, pylog, "WARNING", "ingest.mqtt", "MQTT connection lost (rc=7), reconnecting to emqx.telemetry.svc.cluster.local:1883")
    r.add(18.1, T, pylog, "WARNING", "ingest.mqtt", "reconnect failed: [Errno 113] No route to host; next attempt in 4s")
    r.add(22.0, A, logrus, "error", "Remotedialer proxy error; reconecting...",
          error="read tcp 10.10.1.23:48822->10.10.1.11:6443: i/o timeout")
    r.add(24.9, A, klog, "E", 1204, "kubelet_node_status.go:540",
          '"Error updating node status, will retry" err="error getting node \\"gv-ber1-agt03\\": Get '
          '\\"https://127.0.0.1:6444/api/v1/nodes/gv-ber1-agt03?timeout=10s\\": net/http: request canceled (Client.Timeout exceeded while awaiting headers)"',
          ev=True)
    r.add(26.3, T, pylog, "WARNING", "ingest.mqtt", "reconnect failed: [Errno 113] No route to host; next attempt in 8s")
    r.add(34.9, A, klog, "E", 1204, "kubelet_node_status.go:540",
          '"Error updating node status, will retry" err="error getting node \\"gv-ber1-agt03\\": Get '
          '\\"https://127.0.0.1:6444/api/v1/nodes/gv-ber1-agt03?timeout=10s\\": context deadline exceeded"')
    r.add(35.4, T, pylog, "WARNING", "ingest.mqtt", "reconnect failed: [Errno 113] No route to host; next attempt in 16s")
    r.add(53.2, S, klog, "I", 912, "node_lifecycle_controller.go:1023",
          '"Node is unresponsive. Adding Pods to eviction queues" node="gv-ber1-agt03"')
    r.add(53.21, S, klog, "I", 912, "controller_utils.go:167",
          '"Recording status change event message for node" status="NodeNotReady" node="gv-ber1-agt03"')
    r.add(53.3, FEV("default"), evt_logfmt, node, "Node", "NodeNotReady", "Normal",
          "Node gv-ber1-agt03 status is now: NodeNotReady", "node-controller", ev=True)
    r.add(53.5, FEV("telemetry"), evt_logfmt, F_POD["telemetry-ingest"][1], "Pod", "NodeNotReady", "Warning",
          "Node is not ready", "node-controller")
    r.add(81.7, K, "igb 0000:03:00.0 enp3s0: igb: enp3s0 NIC Link is Up 1000 Mbps Full Duplex, Flow Control: RX/TX", ev=True)
    r.add(83.0, A, logrus, "info", "Connecting to proxy", url="wss://10.10.1.11:6443/v1-k3s/connect")
    r.add(83.2, A, logrus, "info", "Remotedialer connected to proxy", url="wss://10.10.1.11:6443/v1-k3s/connect")
    r.add(85.6, FEV("default"), evt_logfmt, node, "Node", "NodeReady", "Normal",
          "Node gv-ber1-agt03 status is now: NodeReady", "kubelet", node)
    r.add(87.9, T, pylog, "INFO", "ingest.mqtt", "connected to emqx.telemetry.svc.cluster.local:1883 (session present, 0 messages lost at QoS1)")
    r.add(92.0, T, pylog, "INFO", "ingest.writer", "flushed 2400 points to sensor_readings in 142 ms (queue=0)")
    r.add(90.2, FL("emqx"), emqx, "info", "session_resumed", clientid="telemetry-ingest-ber1",
          peername="10.42.3.47:45110", inflight=0, mqueue_len=1412)
    for t in (130.0, 190.0, 250.0, 310.0):
        r.add(t, T, pylog, "INFO", "ingest.writer", f"flushed {1800 + int(t) % 400} points to sensor_readings in {60 + int(t) % 50} ms (queue=0)")
    r.noise(F_NOISE, 26, 0, 330, kinds=["emqx", "climate", "dosing", "traefik", "redis", "harvest", "lighting", "fleet"])
    r.expect("WARN", "node_failure", "gv-ber1-agt03",
             "The uplink NIC (enp3s0) of node gv-ber1-agt03 lost link for about 70 s; the node stopped reporting status, "
             "was marked NotReady, and telemetry-ingest on it lost its MQTT and API connectivity until the link came back.",
             "Short network outage of one agent node; it returned to Ready after ~30 s NotReady, no pods were evicted "
             "and MQTT QoS1 sessions resumed without loss.",
             "Optional: check the cable/switch port of gv-ber1-agt03 (igb link flap) and watch for repeats.",
             ["transient", "outside-selector"])
    return r


# ----------------------------------------------------------------------------------------------
def w14():
    r = Rec("w14", "F", "synthetic:dev60-greenvault-farm",
            "telemetry-ingest logged 'Temporary failure in name resolution' at 10:41 — should we worry?",
            {"namespace": "telemetry"}, "2026-04-02T10:40:00Z")
    oldc = pod("coredns", salt="w14old", rs="6799fbcd5")
    newc = pod("coredns", salt="w14new", rs="6799fbcd5")
    OC = L("kube-system", oldc, "coredns", "gv-ber1-srv02", app="coredns", cluster=F_CLUSTER)
    NC = L("kube-system", newc, "coredns", "gv-ber1-srv03", app="coredns", cluster=F_CLUSTER)
    ev = FEV("kube-system")
    r.add(3.0, L("kube-system", "drain-srv02-maint", "kubectl", "gv-ber1-srv01", cluster=F_CLUSTER),
          f"evicting pod kube-system/{oldc}")
    r.add(3.2, ev, evt_logfmt, oldc, "Pod", "Killing", "Normal", "Stopping container coredns", "kubelet", "gv-ber1-srv02")
    r.add(3.3, OC, "[INFO] SIGTERM: Shutting down servers then terminating", ev=True)
    r.add(3.31, OC, "[INFO] plugin/health: Going into lameduck mode for 5s")
    r.add(3.6, ev, evt_logfmt, newc, "Pod", "Scheduled", "Normal", f"Successfully assigned kube-system/{newc} to gv-ber1-srv03",
          "default-scheduler")
    r.add(9.8, ev, evt_logfmt, newc, "Pod", "Pulling", "Normal",
          'Pulling image "rancher/mirrored-coredns-coredns:1.10.1"', "kubelet", "gv-ber1-srv03")
    r.add(19.4, ev, evt_logfmt, newc, "Pod", "Pulled", "Normal",
          'Successfully pulled image "rancher/mirrored-coredns-coredns:1.10.1" in 9.551s (9.551s including waiting)', "kubelet",
          "gv-ber1-srv03")
    r.add(20.1, ev, evt_logfmt, newc, "Pod", "Started", "Normal", "Started container coredns", "kubelet", "gv-ber1-srv03")
    r.add(20.3, NC, "[INFO] plugin/ready: Still waiting on: \"kubernetes\"")
    r.add(20.9, ev, evt_logfmt, newc, "Pod", "Unhealthy", "Warning",
          "Readiness probe failed: HTTP probe failed with statuscode: 503", "kubelet", "gv-ber1-srv03")
    r.add(23.5, NC, ".:53")
    r.add(23.51, NC, "[INFO] plugin/reload: Running configuration SHA512 = " + hashlib.sha512(b"k3s-coredns-corefile").hexdigest())
    r.add(23.52, NC, "CoreDNS-1.10.1")
    r.add(23.53, NC, "linux/amd64, go1.20.7, 055b2c3")
    T = FL("telemetry-ingest")
    C = FL("climate-controller")
    H = FL("harvest-scheduler")
    r.add(9.2, T, pylog, "ERROR", "ingest.writer",
          "connection to timescaledb.data.svc.cluster.local failed: socket.gaierror: [Errno -3] Temporary failure in name resolution; retrying in 2s",
          ev=True)
    r.add(11.6, C, slog, "ERROR", "mqtt reconnect failed",
          err="dial tcp: lookup emqx.telemetry.svc.cluster.local on 10.43.0.10:53: read udp 10.42.1.18:51734->10.43.0.10:53: i/o timeout",
          ev=True)
    r.add(13.7, T, pylog, "ERROR", "ingest.writer",
          "connection to timescaledb.data.svc.cluster.local failed: socket.gaierror: [Errno -3] Temporary failure in name resolution; retrying in 4s")
    r.add(15.3, H, spring, "WARN", "harvest-scheduler", "scheduling-1", "f.g.harvest.route.RoutePlannerClient",
          "route-planner call failed: I/O error on POST request for \"http://route-planner.harvest.svc.cluster.local:8000/v1/solve\": "
          "route-planner.harvest.svc.cluster.local: Temporary failure in name resolution")
    r.add(18.4, T, pylog, "ERROR", "ingest.writer",
          "connection to timescaledb.data.svc.cluster.local failed: socket.gaierror: [Errno -3] Temporary failure in name resolution; retrying in 8s")
    r.add(21.9, C, slog, "ERROR", "mqtt reconnect failed",
          err="dial tcp: lookup emqx.telemetry.svc.cluster.local on 10.43.0.10:53: read udp 10.42.1.18:40122->10.43.0.10:53: i/o timeout")
    r.add(26.6, T, pylog, "INFO", "ingest.writer", "connected to timescaledb.data.svc.cluster.local:5432 (pool size 4)")
    r.add(27.0, T, pylog, "INFO", "ingest.writer", "flushed 5200 points to sensor_readings in 388 ms (queue=0)")
    r.add(31.9, C, slog, "INFO", "connected to MQTT broker", broker="tcp://emqx.telemetry.svc.cluster.local:1883",
          client_id="climate-controller")
    r.add(75.3, H, spring, "INFO", "harvest-scheduler", "scheduling-1", "f.g.harvest.route.RoutePlannerClient",
          "route plan received for 3 deliveries (solve 4.2s)")
    for t in (60.0, 120.0, 180.0, 240.0):
        r.add(t + 0.3, T, pylog, "INFO", "ingest.writer", f"flushed {1700 + int(t) * 3} points to sensor_readings in {70 + int(t) % 40} ms (queue=0)")
    r.noise(F_NOISE, 22, 30, 280, kinds=["emqx", "climate", "dosing", "traefik", "redis", "lighting", "fleet"])
    r.noise(F_NOISE, 4, 0, 8, kinds=["emqx", "dosing", "traefik"])
    r.expect("WARN", "dns_resolution", "coredns",
             "k3s runs CoreDNS as a single replica; when gv-ber1-srv02 was drained the only CoreDNS pod was evicted and "
             "the replacement needed ~20 s (image pull plus startup) before it answered, so in-cluster lookups timed out.",
             "About 20 seconds without cluster DNS during a node drain; clients retried and reconnected on their own.",
             "Optional: run CoreDNS with two replicas and a PodDisruptionBudget (or NodeLocal DNSCache) so drains do "
             "not take DNS away.",
             ["transient", "outside-selector"])
    return r


# ----------------------------------------------------------------------------------------------
def w15():
    r = Rec("w15", "A", "synthetic:dev60-northfield-accel",
            "The Phoebus alarm server logged Kafka connection errors at 15:02 — is the alarm system OK now?",
            {"namespace": "alarms", "app": "phoebus-alarm-server"}, "2026-04-16T15:00:00Z")
    CO = L("strimzi", pod("strimzi-cluster-operator"), "strimzi-cluster-operator", "acc-wk01",
           app="strimzi-cluster-operator", cluster=A_CLUSTER)
    K1 = AL("alarms-kafka-1", container="kafka", app="alarms-kafka")
    S = AL("phoebus-alarm-server", container="alarm-server")
    NC = "org.apache.kafka.clients.NetworkClient"
    r.add(90.1, CO, f"{iso_ms(r.dt(90.1))} INFO  KafkaRoller:321 - Reconciliation #4211(watch) Kafka(alarms/alarms): "
                    "Rolling Pod alarms-kafka-1 due to [Pod has old revision]", ev=True)
    r.add(91.0, K1, kafka, "INFO", "[KafkaServer id=1] shutting down", "kafka.server.KafkaServer")
    r.add(91.4, K1, kafka, "INFO", "[KafkaServer id=1] Controlled shutdown request returned successfully after 312ms",
          "kafka.server.KafkaServer")
    r.add(93.2, K1, kafka, "INFO", "[KafkaServer id=1] shut down completed", "kafka.server.KafkaServer")
    r.add(94.0, AEV("alarms"), evt_json, "alarms", "alarms-kafka-1", "Pod", "Killing", "Normal", "Stopping container kafka",
          "kubelet", "acc-wk02")
    fails = [95.3, 96.4, 98.6, 102.9, 111.5, 128.8]
    for i, t in enumerate(fails):
        r.add(t, S, jul, "WARNING", NC,
              "[Producer clientId=producer-1] Connection to node 1 (alarms-kafka-1.alarms-kafka-brokers.alarms.svc/10.0.2.71:9092) "
              "could not be established. Broker may not be available.", ev=(i == 0))
    r.add(96.5, S, jul, "WARNING", NC,
          "[Consumer clientId=consumer-AlarmServer-1, groupId=Accelerator-alarm-server] Connection to node 1 "
          "(alarms-kafka-1.alarms-kafka-brokers.alarms.svc/10.0.2.71:9092) could not be established. Broker may not be available.")
    r.add(99.0, S, jul, "WARNING", "org.apache.kafka.clients.producer.internals.Sender",
          "[Producer clientId=producer-1] Got error produce response with correlation id 88121 on topic-partition "
          "Accelerator-0, retrying (2147483646 attempts left). Error: NOT_LEADER_OR_FOLLOWER")
    r.add(99.01, S, jul, "WARNING", "org.apache.kafka.clients.producer.internals.Sender",
          "[Producer clientId=producer-1] Received invalid metadata error in produce request on partition Accelerator-0 due to "
          "org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended only for the leader, this error "
          "indicates that the broker is not the current leader. Going to request metadata update now")
    r.add(112.0, AEV("alarms"), evt_json, "alarms", "alarms-kafka-1", "Pod", "Started", "Normal", "Started container kafka",
          "kubelet", "acc-wk02")
    r.add(118.6, K1, kafka, "INFO", "[KafkaServer id=1] started", "kafka.server.KafkaServer")
    r.add(131.2, K1, kafka, "INFO", "[Partition Accelerator-0 broker=1] ISR updated to 1,0,2 and version updated to 37",
          "kafka.cluster.Partition")
    r.add(133.5, S, jul, "INFO", "org.apache.kafka.clients.Metadata",
          "[Producer clientId=producer-1] Resetting the last seen epoch of partition Accelerator-0 to 29 since the associated topicId changed from null to Kf3u0q8sRkq4cXyZ1m9AZQ")
    r.add(134.0, S, jul, "INFO", "org.phoebus.applications.alarm.server.AlarmServerMain",
          "Kafka producer and consumer connected again; 212 queued state updates sent")
    r.add(160.0, CO, f"{iso_ms(r.dt(160.0))} INFO  KafkaRoller:327 - Reconciliation #4211(watch) Kafka(alarms/alarms): "
                     "Pod alarms-kafka-1 rolled; waiting before rolling next pod")
    r.add(175.0, CO, f"{iso_ms(r.dt(175.0))} INFO  CrdOperator:133 - Reconciliation #4211(watch) Kafka(alarms/alarms): "
                     "Status of Kafka alarms in namespace alarms has been updated")
    for t in (190.0, 230.0, 270.0):
        r.add(t, S, jul, "INFO", "org.phoebus.applications.alarm.server.ServerModel",
              f"Accelerator/Storage Ring/Vacuum/SR-VA-IG07:Pressure -> OK / NO_ALARM / {[2.1, 2.4, 1.9][int(t) // 40 % 3]}e-10 mbar")
    r.noise(A_NOISE, 24, 0, 300, kinds=["haproxy", "etl", "alarm_logger", "ceph", "argocd", "blm", "magnet", "tango_vac"])
    r.expect("WARN", "connection_refused", "alarms-kafka",
             "Strimzi rolled Kafka broker alarms-kafka-1 after a configuration change; while it restarted (~40 s) its "
             "listener refused connections and the alarm server could not reach the leader of Accelerator-0.",
             "Alarm state updates were delayed for about 40 seconds during a broker rolling restart; the client "
             "reconnected on its own and flushed its queue.",
             "Optional: schedule broker rolls outside beam time; no action needed now.",
             ["transient"])
    return r


# ----------------------------------------------------------------------------------------------
def w16():
    r = Rec("w16", "A", "synthetic:dev60-northfield-accel",
            "Operators saw white (disconnected) PVs on OPI screens for a few minutes — what happened?",
            {"namespace": "controls"}, "2026-04-21T10:10:00Z")
    G = L("controls", pod("ca-gateway"), "ca-gateway", "acc-wk05", app="ca-gateway", cluster=A_CLUSTER)

    def gw(t, msg, ev=False):
        d = r.dt(t)
        r.add(t, G, f"{d:%m/%d/%y %H:%M:%S} {msg}", ev=ev)

    gw(5.0, "gateway: stats: 2214 virtual circuits, 31 client hosts, open fds 2381/4096")
    gw(65.0, "gateway: stats: 3409 virtual circuits, 32 client hosts, open fds 3576/4096 (opi-ws-17.ctrl.northfield.edu holds 1502)")
    gw(125.0, "gateway: stats: 4011 virtual circuits, 32 client hosts, open fds 4093/4096 (opi-ws-17.ctrl.northfield.edu holds 2104)",
       ev=True)
    for i, t in enumerate([127.3, 127.9, 131.0, 138.4, 150.2, 171.8]):
        gw(t, 'CAS: Client accept error was "Too many open files"', ev=(i < 2))
    gw(185.0, "gateway: stats: 4012 virtual circuits, 32 client hosts, open fds 4096/4096 (opi-ws-17.ctrl.northfield.edu holds 2105)")
    gw(212.6, "CAS: request from opi-ws-17.ctrl.northfield.edu: 2105 circuits closed (client exited)")
    gw(245.0, "gateway: stats: 1907 virtual circuits, 31 client hosts, open fds 2072/4096")
    gw(305.0, "gateway: stats: 1911 virtual circuits, 31 client hosts, open fds 2077/4096")
    ph = L("controls", pod("phoebus-display-proxy"), "display-proxy", "acc-wk04", app="phoebus-display-proxy", cluster=A_CLUSTER)
    r.add(140.0, ph, jul, "WARNING", "org.phoebus.pv.ca.JCA_PV",
          "ca://SR-DI-DCCT:Current connection timeout after 30 s (gateway 10.0.5.40:5064)")
    r.add(158.3, ph, jul, "WARNING", "org.phoebus.pv.ca.JCA_PV",
          "ca://SR-MG-QF01:Current-RB connection timeout after 30 s (gateway 10.0.5.40:5064)")
    r.add(221.9, ph, jul, "INFO", "org.phoebus.pv.ca.JCA_PV", "ca://SR-DI-DCCT:Current connected")
    r.add(222.4, ph, jul, "INFO", "org.phoebus.pv.ca.JCA_PV", "ca://SR-MG-QF01:Current-RB connected")
    lb = L("olog", A_POD["olog"][1], "olog", "acc-wk04", app="olog", cluster=A_CLUSTER)
    r.add(230.0, lb, spring, "INFO", "olog", "http-nio-8080-exec-4", "o.p.olog.LogResource",
          "created log entry 88213 by 'apetrov' in logbook 'Operations': \"Beam study BS-2026-14 finished, orbit script stopped on opi-ws-17\"")
    r.noise(A_NOISE, 28, 0, 320, kinds=["haproxy", "etl", "kafka", "alarm_logger", "ceph", "argocd", "blm", "tango_vac", "es"])
    r.expect("WARN", "resource_exhausted", "ca-gateway",
             "A beam-study orbit script on opi-ws-17 kept opening new Channel Access circuits through ca-gateway until "
             "the gateway reached its 4096 open-file limit; new clients could not connect ('Too many open files').",
             "For about 90 seconds new CA connections through the gateway failed; when the study script exited, 2105 "
             "circuits closed and the gateway recovered.",
             "Optional: fix the script to reuse its CA context, raise the gateway's nofile limit, or add per-host "
             "connection limits.",
             ["transient"])
    return r


# ----------------------------------------------------------------------------------------------
def w17():
    r = Rec("w17", "T", "synthetic:dev60-meridian-expo",
            "Some ticket-shop pods were Pending during the presale rush — is the shop degraded?",
            {"namespace": "ticketing", "app": "ticket-shop"}, "2026-02-10T08:58:00Z")
    ev = TEV("ticketing")
    rs = T_POD["ticket-shop"][1].split("-")[2]
    r.add(120.0, ev, evt_logfmt, "ticket-shop", "HorizontalPodAutoscaler", "SuccessfulRescale", "Normal",
          "New size: 10; reason: cpu resource utilization (percentage of request) above target", "horizontal-pod-autoscaler")
    r.add(120.2, ev, evt_logfmt, "ticket-shop", "Deployment", "ScalingReplicaSet", "Normal",
          f"Scaled up replica set ticket-shop-{rs} to 10 from 6", "deployment-controller")
    pend = [pod("ticket-shop", salt=f"w17-{i}", rs=rs) for i in range(4)]
    msg = ("0/8 nodes are available: 3 node(s) had untolerated taint {CriticalAddonsOnly: true}, 5 Insufficient cpu. "
           "preemption: 0/8 nodes are available: 3 Preemption is not helpful for scheduling, 5 No preemption victims found for incoming pod.")
    for i, p in enumerate(pend):
        r.add(120.5 + i * 0.02, ev, evt_logfmt, p, "Pod", "FailedScheduling", "Warning", msg, "default-scheduler",
              ev=(i == 0))
    r.add(131.4, ev, evt_logfmt, pend[0], "Pod", "TriggeredScaleUp", "Normal",
          "pod triggered scale-up: [{aks-apps-31846207-vmss 5->7 (max: 10)}]", "cluster-autoscaler", ev=True)
    for i, p in enumerate(pend[1:]):
        r.add(131.5 + i * 0.01, ev, evt_logfmt, p, "Pod", "TriggeredScaleUp", "Normal",
              "pod triggered scale-up: [{aks-apps-31846207-vmss 5->7 (max: 10)}]", "cluster-autoscaler")
    r.add(180.6, ev, evt_logfmt, pend[0], "Pod", "FailedScheduling", "Warning", msg, "default-scheduler", count=3)
    r.add(248.2, TEV("default"), evt_logfmt, "aks-apps-31846207-vmss000005", "Node", "RegisteredNode", "Normal",
          "Node aks-apps-31846207-vmss000005 event: Registered Node aks-apps-31846207-vmss000005 in Controller", "node-controller")
    r.add(262.7, TEV("default"), evt_logfmt, "aks-apps-31846207-vmss000006", "Node", "RegisteredNode", "Normal",
          "Node aks-apps-31846207-vmss000006 event: Registered Node aks-apps-31846207-vmss000006 in Controller", "node-controller")
    r.add(271.0, TEV("default"), evt_logfmt, "aks-apps-31846207-vmss000005", "Node", "NodeReady", "Normal",
          "Node aks-apps-31846207-vmss000005 status is now: NodeReady", "kubelet", "aks-apps-31846207-vmss000005")
    r.add(284.5, TEV("default"), evt_logfmt, "aks-apps-31846207-vmss000006", "Node", "NodeReady", "Normal",
          "Node aks-apps-31846207-vmss000006 status is now: NodeReady", "kubelet", "aks-apps-31846207-vmss000006")
    for i, p in enumerate(pend):
        nd = "aks-apps-31846207-vmss00000%d" % (5 + i % 2)
        r.add(286.0 + i * 0.4, ev, evt_logfmt, p, "Pod", "Scheduled", "Normal", f"Successfully assigned ticketing/{p} to {nd}",
              "default-scheduler")
        r.add(301.0 + i * 0.7, ev, evt_logfmt, p, "Pod", "Pulled", "Normal",
              f'Successfully pulled image "meccprod.azurecr.io/ticketing/ticket-shop:5.14.2" in 11.812s (11.812s including waiting)',
              "kubelet", nd)
        r.add(302.5 + i * 0.7, ev, evt_logfmt, p, "Pod", "Started", "Normal", "Started container ticket-shop", "kubelet", nd)
    ing = TL("ingress-nginx", container="controller")
    lat = [(100.0, 0.041), (140.2, 0.88), (171.6, 1.42), (203.3, 1.97), (236.0, 1.66), (268.9, 1.21), (330.4, 0.09), (361.2, 0.05)]
    for t, rt in lat:
        ip = f"178.{int(t) % 200 + 10}.{int(t * 3) % 250}.{int(t * 7) % 250 + 1}"
        r.add(t, ing, nginx_access, ip, "GET", "/api/tickets/availability?day=1", 200, 2210, UAS[int(t) % 3],
              "ticketing-ticket-shop-8080", f"10.244.3.{int(t) % 40 + 10}:8080", rt, 200)
    r.add(205.0, TL("ticket-shop"), dotnet, "warn", "Mecc.Tickets.Api.Availability.AvailabilityService", 5,
          "Availability query slow: 1894 ms (threadpool queue length 212)")
    r.noise(T_NOISE, 22, 0, 370, kinds=["nginx", "ticket", "rabbit", "redis", "halls", "badge", "flux"])
    r.expect("WARN", "scheduling", "ticket-shop",
             "The HPA asked for 10 ticket-shop replicas but the apps node pool had no free CPU, so four pods stayed "
             "Pending ('Insufficient cpu') until the cluster-autoscaler added two nodes about three minutes later.",
             "Presale rush: response times rose to ~2 s while extra pods were Pending; once new nodes joined, all "
             "replicas started and latency returned to normal.",
             "Optional: pre-scale the apps pool (or raise minCount) before announced sale openings.",
             ["transient"])
    return r


# ----------------------------------------------------------------------------------------------
def w18():
    r = Rec("w18", "T", "synthetic:dev60-meridian-expo",
            "payment-adapter shows 429 responses during the Early Bird sale — are payments failing?",
            {"namespace": "payments", "app": "payment-adapter"}, "2026-02-10T09:00:30Z")
    P = TL("payment-adapter")
    HC = "System.Net.Http.HttpClient.PspClient.ClientHandler"
    for i, t in enumerate([4.1, 4.6, 5.3, 6.0, 7.7, 9.4, 12.2, 15.8]):
        r.add(t, P, dotnet, "info", HC, 100, "Sending HTTP request POST https://api.payvanta.eu/v3/payments")
        if i in (2, 3, 4, 6):
            r.add(t + 0.081, P, dotnet, "info", HC, 101, "Received HTTP response headers after 80.6123ms - 429",
                  ev=(i == 2))
            r.add(t + 0.083, P, dotnet, "warn", "Polly", 3,
                  f"Execution attempt. Source: 'PspClient-standard/PspClient/Standard-Retry', Operation Key: 'CreatePayment', "
                  f"Result: '429', Handled: 'True', Attempt: '0', Execution Time: 81.44ms", ev=(i == 2))
            r.add(t + 0.084, P, dotnet, "warn", "Mecc.Payments.Psp.PspClient", 30,
                  "PSP rate limit hit for merchant MECC-TICKETS: Retry-After 2s, X-RateLimit-Limit 25/s, X-RateLimit-Remaining 0",
                  ev=(i == 2))
            r.add(t + 2.21, P, dotnet, "info", HC, 101, f"Received HTTP response headers after {180 + i * 7}.4410ms - 201")
            r.add(t + 2.23, P, dotnet, "info", "Mecc.Payments.PaymentService", 12,
                  f"Payment pa_9Xm{i}Q2 authorised after 1 retry (order T-26-1{10400 + i * 3})")
        else:
            r.add(t + 0.2, P, dotnet, "info", HC, 101, f"Received HTTP response headers after {170 + i * 5}.0123ms - 201")
    r.add(19.0, P, dotnet, "warn", "Mecc.Payments.Psp.PspClient", 31,
          "Outbound rate to PSP 31.4 req/s over the last 10s exceeds contracted 25 req/s")
    r.add(61.0, P, dotnet, "info", "Mecc.Payments.Psp.PspClient", 32,
          "Outbound rate to PSP 18.2 req/s over the last 10s; 0 throttled responses")
    r.add(121.0, P, dotnet, "info", "Mecc.Payments.Psp.PspClient", 32,
          "Outbound rate to PSP 12.7 req/s over the last 10s; 0 throttled responses")
    r.add(180.0, P, dotnet, "info", "Mecc.Payments.PaymentService", 40,
          "Last 3 min: 1912 payments authorised, 0 failed, 57 needed a retry after HTTP 429")
    ts_ = TL("ticket-shop")
    r.add(9.9, ts_, dotnet, "info", "Mecc.Tickets.Api.Orders.CheckoutService", 31,
          "Checkout completed for order T-26-110406 (1 x Early Bird Week Pass), payment ref pa_9Xm2Q2 (2.4s)")
    r.noise(T_NOISE, 26, 0, 200, kinds=["nginx", "ticket", "rabbit", "redis", "halls", "exhib", "flux"])
    r.expect("WARN", "rate_limited", "payment-adapter",
             "At the Early Bird sale opening payment-adapter sent ~31 requests/s to the payment provider, above the "
             "contracted 25 req/s, and the PSP answered some requests with HTTP 429 (Retry-After 2s).",
             "Short burst of PSP throttling; the Polly retry policy retried after 2 s and every payment was "
             "authorised, with 0 failures.",
             "Optional: add client-side rate limiting to 25 req/s or ask the PSP for a higher limit before big sales.",
             ["transient"])
    return r


# ----------------------------------------------------------------------------------------------
def w19():
    r = Rec("w19", "T", "synthetic:dev60-meridian-expo",
            "lead-scan-api got 401s from the CRM at lunchtime — are exhibitor leads lost?",
            {"namespace": "exhibitors", "app": "lead-scan-api"}, "2026-03-17T11:58:00Z")
    A = TL("lead-scan-api")
    crm = "https://api.leadbridge-crm.com/v2/leads/batch"
    for t in (3.0, 33.0, 63.0):
        r.add(t, A, uvicorn, "INFO", f'httpx: HTTP Request: POST {crm} "HTTP/1.1 201 Created"')
    r.add(90.0, A, uvicorn, "INFO", f'httpx: HTTP Request: POST {crm} "HTTP/1.1 401 Unauthorized"', ev=True)
    r.add(90.01, A, uvicorn, "WARNING",
          'lead_scan.crm: CRM push failed for 18 leads: 401 {"error":"invalid_token","error_description":"The access token expired"}',
          ev=True)
    r.add(90.02, A, uvicorn, "INFO", "lead_scan.crm: token expiry according to cache: 2026-03-17T11:59:41Z (in 11s); refresh scheduled at expiry",
          ev=True)
    r.add(120.0, A, uvicorn, "INFO", f'httpx: HTTP Request: POST {crm} "HTTP/1.1 401 Unauthorized"')
    r.add(120.01, A, uvicorn, "WARNING",
          'lead_scan.crm: CRM push failed for 22 leads: 401 {"error":"invalid_token","error_description":"The access token expired"}')
    r.add(101.5, A, uvicorn, "INFO", 'httpx: HTTP Request: POST https://auth.leadbridge-crm.com/oauth2/token "HTTP/1.1 200 OK"')
    r.add(101.52, A, uvicorn, "INFO", "lead_scan.crm: access token refreshed (client_credentials), expires_in=3600")
    r.add(150.0, A, uvicorn, "INFO", f'httpx: HTTP Request: POST {crm} "HTTP/1.1 201 Created"')
    r.add(150.01, A, uvicorn, "INFO", "lead_scan.crm: replayed 40 queued leads from outbox, 0 remaining")
    for i, t in enumerate([180.0, 210.0, 240.0, 270.0]):
        r.add(t, A, uvicorn, "INFO", f'httpx: HTTP Request: POST {crm} "HTTP/1.1 201 Created"')
    for i, t in enumerate([12.4, 47.9, 88.1, 95.6, 118.2, 133.3, 166.0, 201.7, 255.5]):
        r.add(t, A, "INFO:     10.244.%d.%d:%d - \"POST /v1/scans HTTP/1.1\" 202 Accepted" % (i % 4, 20 + i * 3, 41000 + i * 211))
    r.noise(T_NOISE, 24, 0, 290, kinds=["nginx", "exhib", "rabbit", "redis", "halls", "gate", "flux"])
    r.expect("WARN", "auth_failure", "lead-scan-api",
             "lead-scan-api refreshed its CRM OAuth token exactly at expiry instead of ahead of it; the CRM saw the "
             "token as expired slightly earlier (clock skew) and rejected pushes with 401 invalid_token until the refresh.",
             "Lead pushes were rejected for about a minute; scans were kept in the outbox and all 40 were replayed "
             "after the token refresh.",
             "Optional: refresh the token a few minutes before expires_in and retry once on 401 after forcing a refresh.",
             ["transient"])
    return r


# ----------------------------------------------------------------------------------------------
def w20():
    r = Rec("w20", "A", "synthetic:dev60-northfield-accel",
            "tango-databaseds logged database errors after the tango-db node maintenance — is Tango OK?",
            {"namespace": "tango", "app": "tango-databaseds"}, "2026-04-23T08:30:00Z")
    M2 = AL("tango-db-2", container="mariadb", app="tango-db")
    M0 = AL("tango-db-0", container="mariadb", app="tango-db")
    DS = AL("tango-databaseds", container="databaseds")
    r.add(2.0, M2, mariadb, 0, "Note", "Starting MariaDB 10.11.7-MariaDB-1:10.11.7+maria~ubu2204 source revision 87e13722a95af5d9378d990caf48cb6874439347 as process 1")
    r.add(4.1, M2, mariadb, 0, "Note", "WSREP: Loading provider /usr/lib/galera/libgalera_smm.so initial position: 7c1f8a62-1d7e-11ee-9b0c-3f2a6f1e8d11:1835399")
    r.add(6.4, M2, mariadb, 0, "Note", "WSREP: Shifting CLOSED -> OPEN (TO: 0)")
    r.add(7.9, M2, mariadb, 0, "Note", "WSREP: Shifting OPEN -> PRIMARY (TO: 1837221)")
    r.add(8.0, M2, mariadb, 0, "Note", "WSREP: State transfer required: \n\tGroup state: 7c1f8a62-1d7e-11ee-9b0c-3f2a6f1e8d11:1837221\n\tLocal state: 7c1f8a62-1d7e-11ee-9b0c-3f2a6f1e8d11:1835399".replace("\n", " ").replace("\t", ""))
    r.add(8.2, M2, mariadb, 0, "Note", "WSREP: Shifting PRIMARY -> JOINER (TO: 1837221)", ev=True)
    r.add(8.5, M0, mariadb, 0, "Note", "WSREP: Member 2.0 (tango-db-2) requested state transfer from '*any*'. Selected 0.0 (tango-db-0)(SYNCED) as donor.")
    r.add(8.6, M0, mariadb, 0, "Note", "WSREP: async IST sender starting to serve tcp://10.0.4.57:4568 sending 1835400-1837221, preload starts from 1835400")
    r.add(9.1, M2, mariadb, 2, "Note", "WSREP: Receiving IST: 1822 writesets, seqnos 1835399-1837221")
    r.add(9.6, M2, mariadb, 0, "Note", "mariadbd: ready for connections.", ev=True)
    r.add(9.61, M2, mariadb, 0, "Note", "Version: '10.11.7-MariaDB-1:10.11.7+maria~ubu2204'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution")
    r.add(10.4, AEV("tango"), evt_json, "tango", "tango-db-2", "Pod", "Started", "Normal", "Started container mariadb", "kubelet", "acc-wk04")
    errs = [12.2, 19.8, 27.5, 33.1, 41.9, 55.0, 63.7]
    for i, t in enumerate(errs):
        dev = ["sr/vac/ig-07", "sr/mg/qf01", "li/rf/kly2", "sr/di/dcct", "bo/mg/bend", "sr/vac/ig-12", "sr/di/bpm12"][i]
        r.add(t, DS, f"{iso_ms(r.dt(t))} ERROR sys/database/2 DataBase::db_get_device_property(): query for {dev} failed: "
                     "mysql_real_query() error 1047: WSREP has not yet prepared node for application use (server tango-db-2.tango-db.tango.svc)",
              ev=(i == 0))
    r.add(20.1, AL("tango-ds-vacuum", container="ds"),
          f"{iso_ms(r.dt(20.1))} WARN sr/vac/ig-07 read_attribute(Pressure): DevFailed API_DatabaseAccess: Failed to query TANGO database (retry 1/3)")
    r.add(71.3, M2, mariadb, 2, "Note", "WSREP: IST received: 7c1f8a62-1d7e-11ee-9b0c-3f2a6f1e8d11:1837221")
    r.add(71.5, M2, mariadb, 0, "Note", "WSREP: Shifting JOINER -> JOINED (TO: 1837262)")
    r.add(71.9, M0, mariadb, 0, "Note", "WSREP: Member 2.0 (tango-db-2) synced with group.")
    r.add(72.0, M2, mariadb, 0, "Note", "WSREP: Shifting JOINED -> SYNCED (TO: 1837262)")
    r.add(72.1, M2, mariadb, 2, "Note", "WSREP: Synchronized with group, ready for connections")
    for t in (95.0, 150.0, 210.0, 265.0):
        r.add(t, DS, f"{iso_ms(r.dt(t))} INFO sys/database/2 DbImportDevice(): {['sr/mg/qf01', 'sr/vac/ig-07', 'li/rf/kly2', 'sr/di/bpm12'][int(t) % 4]} imported (host=10.0.6.{40 + int(t) % 30})")
    r.add(300.0, DS, f"{iso_ms(r.dt(300.0))} INFO sys/database/2 timing stats: 4120 calls in last 5 min, 7 errors, avg 2.1 ms")
    r.noise(A_NOISE, 24, 0, 300, kinds=["haproxy", "etl", "kafka", "alarm_logger", "ceph", "argocd", "blm", "magnet"])
    r.expect("WARN", "database", "tango-db",
             "Galera node tango-db-2 came back after maintenance and needed an incremental state transfer; its "
             "readiness probe only checks that mariadbd answers, so the tango-db Service routed queries to it while "
             "wsrep was not ready and they failed with error 1047.",
             "About a minute of intermittent Tango database query failures while tango-db-2 resynced; it reached "
             "SYNCED and errors stopped.",
             "Optional: make the tango-db readiness probe check wsrep_ready/wsrep_local_state=4 (Synced).",
             ["transient", "outside-selector"])
    return r


RECORDS = [w11, w12, w13, w14, w15, w16, w17, w18, w19, w20]
