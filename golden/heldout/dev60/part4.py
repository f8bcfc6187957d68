"""dev60 working records w31-w40: down or data at risk (CRITICAL)."""
from common import *  # noqa: F401,F403
from common import _h


# ----------------------------------------------------------------------------------------------
def w31():
    r = Rec("w31", "A", "synthetic:dev60-northfield-accel",
            "The archiver appliance keeps restarting and the data browser shows gaps — why?",
            {"namespace": "archiver"}, "2026-05-14T02:10:00Z")
    p = "epics-archiver-0"
    node = "acc-wk02"
    A = AL("epics-archiver", container="archiver")
    K = AJ(node, "kernel")
    KL = AJ(node)
    starts = [0.0, 95.0, 240.0]
    for n, t0 in enumerate(starts):
        r.add(t0 + 0.4, A, f"NOTE: Picked up JDK_JAVA_OPTIONS: -Xms6g -Xmx6g -XX:MaxDirectMemorySize=1g -XX:+UseG1GC",
              ev=(n == 0))
        r.add(t0 + 0.6, A, log4j, "INFO", "main", "org.apache.catalina.startup.VersionLoggerListener",
              "Server version name:   Apache Tomcat/9.0.87")
        r.add(t0 + 0.61, A, log4j, "INFO", "main", "org.apache.catalina.startup.VersionLoggerListener",
              "Command line argument: -Xmx6g")
        r.add(t0 + 6.2, A, log4j, "INFO", "main", "org.epics.archiverappliance.config.DefaultConfigService",
              "Container memory limit (cgroup memory.max): 6442450944 bytes")
        r.add(t0 + 9.8, A, log4j, "INFO", "main", "org.epics.archiverappliance.config.DefaultConfigService",
              "Loaded 8412 PVTypeInfos from persistence layer in 3411 ms")
        r.add(t0 + 14.1, A, log4j, "INFO", "main", "org.epics.archiverappliance.engine.pv.EngineContext",
              "Starting engine: 8412 PVs, sample buffer 4096 per PV, write period 10 s")
        r.add(t0 + 31.7, K, "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=-997")
        r.add(t0 + 31.71, K,
              f"Memory cgroup out of memory: Killed process {48211 + n * 731} (java) total-vm:11814232kB, anon-rss:6281944kB, "
              f"file-rss:21492kB, shmem-rss:0kB, UID:1000 pgtables:13420kB oom_score_adj:-997", ev=(n == 0))
        cid = hexid(p + str(n), 64)
        r.add(t0 + 32.2, KL, klog, "I", 1877, "generic.go:334",
              f'"Generic (PLEG): container finished" podID="{uid(p)}" containerID="{cid}" exitCode=137', ev=(n == 0))
    r.add(33.0, AEV("archiver"), evt_json, "archiver", p, "Pod", "Pulled", "Normal",
          'Container image "gitlab.acc.northfield.edu:5050/controls/epics-archiver:1.1.0-tomcat9" already present on machine',
          "kubelet", node, count=6)
    for i, (t, c) in enumerate([(34.0, 6), (130.0, 7), (272.5, 8), (330.0, 9)]):
        r.add(t, AEV("archiver"), evt_json, "archiver", p, "Pod", "BackOff", "Warning",
              f"Back-off restarting failed container archiver in pod {p}_archiver({uid(p)})", "kubelet", node, count=c,
              ev=(i == 1))
    ing = AL("haproxy", container="kubernetes-ingress-controller", app="haproxy-ingress")
    for i, t in enumerate([60.0, 180.0, 300.0]):
        r.add(t, ing, haproxy, f"10.30.9.{60 + i}:{50111 + i}", "https~", "archiver-epics-archiver-17665/<NOSRV>",
              "0/-1/-1/-1/0", 503, 217, "2/2/0/0/0", "GET /retrieval/data/getData.json?pv=SR-DI-DCCT:Current HTTP/1.1")
    r.add(200.0, AL("phoebus-alarm-server", container="alarm-server"), jul, "WARNING",
          "org.phoebus.applications.alarm.server.ServerModel",
          "Accelerator/Controls/Archiver/ARCH:Engine:Heartbeat -> MAJOR / Disconnected / no update for 180 s")
    r.add(150.0, AL("argocd", container="argocd-application-controller", app="argocd"), logrus, "info",
          "Updated health status: Healthy -> Degraded", application="argocd/archiver", dest_namespace="archiver")
    r.noise(A_NOISE, 22, 0, 340, kinds=["kafka", "alarm_logger", "ceph", "blm", "magnet", "tango_vac", "es", "argocd"])
    r.expect("CRITICAL", "oom_killed", "epics-archiver",
             "The archiver JVM is started with -Xms6g/-Xmx6g plus up to 1g of direct memory inside a 6Gi container limit; "
             "once the engine allocates its sample buffers the process exceeds the cgroup limit and the kernel OOM-kills "
             "java (exit 137) on every start.",
             "epics-archiver-0 (single replica) is in an OOM crash loop; no PVs are being archived and retrieval returns 503, "
             "so archive data for the whole machine is being lost.",
             "Immediately lower the heap (e.g. -Xmx4g with MaxDirectMemorySize=1g) or raise the memory limit to ~8Gi via Git/"
             "Argo CD, then confirm the engine stays up and check the archive gap.",
             [])
    return r


# ----------------------------------------------------------------------------------------------
def w32():
    r = Rec("w32", "F", "synthetic:dev60-greenvault-farm",
            "telemetry-ingest cannot write to the database and is dropping points — what happened to timescaledb?",
            {"namespace": "data"}, "2026-04-12T04:05:00Z")
    node = "gv-ber1-agt04"
    vol = "pvc-0d3e55c1-7a2b-4c68-b0f4-93e2c61d8a07"
    K = FJ(node, "kernel")
    LH = L("longhorn-system", pod("longhorn-manager", salt="agt04"), "longhorn-manager", node, app="longhorn-manager",
           cluster=F_CLUSTER)
    D = FL("timescaledb", container="timescaledb")
    T = FL("telemetry-ingest")
    r.add(10.2, LH, logrus, "warning", "Replica failed: lost connection to replica process", volume=vol,
          replica=f"{vol}-r-{hexid('w32a', 8)}", node="gv-ber1-agt02", error="EOF")
    r.add(12.9, LH, logrus, "error", "Volume became faulted: no healthy replica left", volume=vol,
          replica=f"{vol}-r-{hexid('w32b', 8)}", node=node, error="rpc error: code = Unavailable desc = transport is closing",
          ev=True)
    r.add(13.4, K, "blk_update_request: I/O error, dev sdc, sector 81724416 op 0x1:(WRITE) flags 0x800 phys_seg 32 prio class 0",
          ev=True)
    r.add(13.41, K, "Buffer I/O error on dev sdc, logical block 10215552, lost async page write")
    r.add(13.6, K, "EXT4-fs error (device sdc): ext4_journal_check_start:83: comm postgres: Detected aborted journal")
    r.add(13.61, K, "EXT4-fs (sdc): Remounting filesystem read-only", ev=True)
    r.add(13.9, D, pg, 77, "PANIC", 'could not fdatasync file "000000010000001F0000008C": Input/output error', ev=True)
    r.add(14.2, D, pg, 1, "LOG", "WAL writer process (PID 77) was terminated by signal 6: Aborted")
    r.add(14.21, D, pg, 1, "LOG", "terminating any other active server processes")
    r.add(14.6, D, pg, 1, "LOG", "all server processes terminated; reinitializing")
    r.add(14.7, D, pg, 112, "LOG", "database system was interrupted; last known up at 2026-04-12 04:04:41 UTC")
    r.add(14.71, D, pg, 112, "LOG", "database system was not properly shut down; automatic recovery in progress")
    r.add(14.8, D, pg, 112, "PANIC", 'could not open file "pg_wal/000000010000001F0000008C": Input/output error')
    r.add(14.9, D, pg, 1, "LOG", "startup process (PID 112) was terminated by signal 6: Aborted")
    r.add(14.91, D, pg, 1, "LOG", "aborting startup due to startup process failure")
    r.add(14.95, D, pg, 1, "LOG", "database system is shut down")
    r.add(16.0, FJ(node, "k3s-agent.service"), klog, "I", 1187, "generic.go:334",
          f'"Generic (PLEG): container finished" podID="{uid("timescaledb-0")}" containerID="{hexid("tsdb0", 64)}" exitCode=1')
    for i, (t, c) in enumerate([(30.0, 2), (75.0, 3), (165.0, 4), (330.0, 5)]):
        r.add(t, FEV("data"), evt_logfmt, "timescaledb-0", "Pod", "BackOff", "Warning",
              f"Back-off restarting failed container timescaledb in pod timescaledb-0_data({uid('timescaledb-0')})", "kubelet",
              node, count=c)
    for t in (31.0, 76.0, 166.0):
        r.add(t, D, pg, 1, "FATAL", 'could not remove old lock file "postmaster.pid": Read-only file system')
        r.add(t + 0.001, D, pg, 1, "HINT", "The file seems accidentally left over, but it could not be removed. Please remove the "
                                          "file by hand and try again.")
    r.add(20.0, T, pylog, "ERROR", "ingest.writer",
          "insert failed: asyncpg.exceptions.ConnectionDoesNotExistError: connection was closed in the middle of operation")
    q_ = 40000
    for i, t in enumerate([40.0, 100.0, 160.0, 220.0, 280.0, 340.0]):
        q_ += 52000
        r.add(t, T, pylog, "ERROR", "ingest.writer",
              "connect to timescaledb.data.svc.cluster.local:5432 failed: [Errno 111] Connect call failed ('10.43.88.12', 5432)"
              f" (queue={min(q_, 250000)})")
        if q_ > 250000:
            r.add(t + 0.01, T, pylog, "WARNING", "ingest.writer",
                  f"buffer full (250000 points): dropping oldest {q_ - 250000} points")
            q_ = 250000
    r.add(120.0, LH, logrus, "warning", "Volume is faulted and requires salvage", volume=vol, state="detached",
          robustness="faulted")
    r.noise(F_NOISE, 20, 0, 350, kinds=["emqx", "climate", "dosing", "traefik", "redis", "harvest", "lighting", "fleet"])
    r.expect("CRITICAL", "storage", "timescaledb",
             "The Longhorn volume behind timescaledb-0 lost its last healthy replica and became faulted; writes returned "
             "I/O errors, ext4 remounted the filesystem read-only, PostgreSQL PANICked on fdatasync of a WAL segment and "
             "cannot restart on the read-only volume.",
             "TimescaleDB is down in a restart loop; telemetry-ingest cannot connect and, with its buffer full, is already "
             "dropping sensor data.",
             "Salvage the faulted Longhorn volume (check the failed replica nodes/disks), fsck before remounting, then "
             "restart timescaledb-0 and verify WAL/recovery; restore from backup if the volume cannot be salvaged.",
             ["nested-cause"])
    return r


# ----------------------------------------------------------------------------------------------
def w33():
    r = Rec("w33", "A", "synthetic:dev60-northfield-accel",
            "Magnet power supply PVs are all disconnected — the magnet-ps IOC seems gone. What happened?",
            {"namespace": "controls"}, "2026-05-19T22:31:00Z")
    node = "acc-wk05"
    K = AJ(node, "kernel")
    KCM = L("kube-system", "kube-controller-manager-acc-cp01", "kube-controller-manager", "acc-cp01",
            app="kube-controller-manager", cluster=A_CLUSTER)
    r.add(2.0, K, "EDAC MC1: 214 CE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x1f3a8c "
                  "offset:0x0 grain:32 syndrome:0x0 - err_code:0x0000:0x0090 SystemAddress:0x1f3a8c4000 ProcessorSocketId:0x1 "
                  "MemoryControllerId:0x0 ChannelAddress:0xfd4620 ChannelId:0x2 RankAddress:0x7ea300 PhysicalRankId:0x0 "
                  "DimmSlotId:0x0 Row:0x3f51 Column:0x1c0 Bank:0x1 BankGroup:0x2 ChipSelect:0x0 ChipId:0x0)")
    r.add(41.5, K, "mce: [Hardware Error]: CPU 12: Machine Check Exception: 5 Bank 7: be00000000800090", ev=True)
    r.add(41.51, K, "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff9a2c3f10> {native_safe_halt+0xe/0x10}")
    r.add(41.52, K, "mce: [Hardware Error]: TSC 3a9b2c1d4e5f ADDR 1f3a8c4000 MISC 200000c020001086")
    r.add(41.53, K, "mce: [Hardware Error]: PROCESSOR 0:50657 TIME 1779229901 SOCKET 1 APIC 38 microcode 5003604")
    r.add(41.54, K, "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x1f3a8c "
                    "offset:0x0 grain:32 - err_code:0x0080:0x0090 SystemAddress:0x1f3a8c4000)", ev=True)
    r.add(41.56, K, "Kernel panic - not syncing: Fatal machine check", ev=True)
    r.add(83.0, KCM, klog, "I", 1, "node_lifecycle_controller.go:1023",
          '"Node is unresponsive. Adding Pods to eviction queues" node="acc-wk05"')
    r.add(83.01, KCM, klog, "I", 1, "controller_utils.go:167",
          '"Recording status change event message for node" status="NodeNotReady" node="acc-wk05"')
    r.add(83.2, AEV("default"), evt_json, "default", node, "Node", "NodeNotReady", "Normal",
          "Node acc-wk05 status is now: NodeNotReady", "node-controller", ev=True)
    r.add(83.5, KCM, klog, "I", 1, "controller_utils.go:125",
          '"Update ready status of pods on node" node="acc-wk05"')
    for pn in ("magnet-ps-ioc-0", A_POD["ca-gateway"][1], A_POD["tango-databaseds"][1]):
        ns = "tango" if "tango" in pn else "controls"
        r.add(83.6, AEV(ns), evt_json, ns, pn, "Pod", "NodeNotReady", "Warning", "Node is not ready", "node-controller")
    arch = AL("epics-archiver", container="archiver")
    r.add(43.0, arch, log4j, "WARN", "CAJ send thread", "gov.aps.jca.event.QueuedEventDispatcher",
          'CA.Client.Exception: Warning: "Virtual circuit unresponsive" Context: "10.0.5.17:5064"')
    for i, pv in enumerate(["SR-MG-QF01:Current-RB", "SR-MG-QD03:Current-RB", "SR-MG-SF02:Current-RB", "BO-MG-BEND:Current-RB"]):
        r.add(75.0 + i * 0.01, arch, log4j, "INFO", "CAJ send thread", "org.epics.archiverappliance.engine.pv.EPICS_V3_PV",
              f"{pv} connection state changed: CONNECTED -> DISCONNECTED")
    S = AL("phoebus-alarm-server", container="alarm-server")
    for i, pv in enumerate(["SR-MG-QF01:Current-RB", "SR-MG-QD03:Current-RB", "BO-MG-BEND:Current-RB"]):
        r.add(76.0 + i * 0.3, S, jul, "INFO", "org.phoebus.applications.alarm.server.ServerModel",
              f"Accelerator/Storage Ring/Magnets/{pv} -> INVALID / Disconnected")
    r.add(150.0, S, jul, "INFO", "org.phoebus.applications.alarm.server.ServerModel",
          "Accelerator/Storage Ring/Diagnostics/SR-DI-DCCT:Current -> MAJOR / LOLO_ALARM / 0.0 mA")
    r.add(383.7, AEV("controls"), evt_json, "controls", A_POD["ca-gateway"][1], "Pod", "TaintManagerEviction", "Normal",
          "Marking for deletion Pod controls/" + A_POD["ca-gateway"][1], "taint-eviction-controller")
    r.add(383.8, AEV("controls"), evt_json, "controls", "magnet-ps-ioc-0", "Pod", "TaintManagerEviction", "Normal",
          "Marking for deletion Pod controls/magnet-ps-ioc-0", "taint-eviction-controller")
    r.add(395.0, KCM, klog, "I", 1, "stateful_set_control.go:444",
          '"StatefulSet is waiting for Pod to be deleted" statefulSet="controls/magnet-ps-ioc" pod="controls/magnet-ps-ioc-0"')
    r.noise(A_NOISE, 20, 0, 400, kinds=["haproxy", "etl", "kafka", "alarm_logger", "ceph", "argocd", "es", "tango_vac"])
    r.expect("CRITICAL", "node_failure", "acc-wk05",
             "Worker node acc-wk05 hit an uncorrectable memory error (EDAC UE on CPU socket 1, channel 2, DIMM 0, preceded "
             "by hundreds of corrected errors) and the kernel panicked with a fatal machine check; the node went NotReady.",
             "acc-wk05 is down; magnet-ps-ioc-0 (StatefulSet) and other controls pods on it are gone, magnet PVs are "
             "disconnected and beam was lost. The StatefulSet pod will not be recreated while the node is unreachable.",
             "Fence/power off acc-wk05 and replace the faulty DIMM; force-delete magnet-ps-ioc-0 (after confirming the node "
             "is off) so it restarts on acc-wk06, and restore machine operation.",
             ["outside-selector"])
    return r


# ----------------------------------------------------------------------------------------------
def w34():
    r = Rec("w34", "F", "synthetic:dev60-greenvault-farm",
            "climate-controller is not running and the grow rooms are on PLC failsafe — why won't it come back?",
            {"namespace": "climate", "app": "climate-controller"}, "2026-04-20T06:00:00Z")
    old = F_POD["climate-controller"][1]
    new = pod("climate-controller", salt="w34", rs=old.split("-")[2])
    O = FL("climate-controller")
    node = "gv-ber1-agt03"
    img = "harbor.greenvault.farm/climate/climate-controller:2.7.1"
    ev = FEV("climate")
    r.add(1.0, L("system", "drain-agt01-fan-swap", "kubectl", "gv-ber1-srv01", cluster=F_CLUSTER),
          f"evicting pod climate/{old}")
    r.add(1.2, O, slog, "INFO", "received signal, shutting down", signal="terminated")
    r.add(1.3, O, slog, "INFO", "handing rooms over to PLC failsafe setpoints", rooms=6, failsafe_temp_c=22.0)
    r.add(2.0, ev, evt_logfmt, new, "Pod", "Scheduled", "Normal", f"Successfully assigned climate/{new} to {node}",
          "default-scheduler")
    r.add(2.5, ev, evt_logfmt, new, "Pod", "Pulling", "Normal", f'Pulling image "{img}"', "kubelet", node)
    cj = FC(node)
    err = (f'rpc error: code = Unknown desc = failed to pull and unpack image "{img}": failed to resolve reference "{img}": '
           f'failed to authorize: failed to fetch oauth token: unexpected status from GET request to '
           f'https://harbor.greenvault.farm/service/token?scope=repository%3Aclimate%2Fclimate-controller%3Apull&service=harbor-registry: '
           f'401 Unauthorized')
    for i, t in enumerate([2.6, 18.1, 45.9, 101.3, 206.7, 371.2]):
        r.add(t + 0.3, cj, containerd, "error", f'PullImage "{img}" failed', error=err, ev=(i == 0))
    r.add(3.0, ev, evt_logfmt, new, "Pod", "Failed", "Warning", f'Failed to pull image "{img}": {err}', "kubelet", node, ev=True)
    r.add(3.01, ev, evt_logfmt, new, "Pod", "Failed", "Warning", "Error: ErrImagePull", "kubelet", node)
    r.add(18.6, ev, evt_logfmt, new, "Pod", "BackOff", "Normal", f'Back-off pulling image "{img}"', "kubelet", node)
    r.add(18.61, ev, evt_logfmt, new, "Pod", "Failed", "Warning", "Error: ImagePullBackOff", "kubelet", node, ev=True)
    r.add(372.0, ev, evt_logfmt, new, "Pod", "BackOff", "Normal", f'Back-off pulling image "{img}"', "kubelet", node, count=17)
    HB = L("harbor", pod("harbor-core"), "core", "gv-ber1-srv03", app="harbor-core", cluster=F_CLUSTER)
    for i, t in enumerate([2.8, 18.3, 46.1]):
        r.add(t, HB, f"{iso_s(r.dt(t))} [ERROR] [/server/middleware/security/robot.go:71][requestID=\"{uid('w34' + str(i))}\"]: "
                     "the robot account is expired: robot$climate+puller (expired at 2026-04-19T23:59:59Z)", ev=(i == 0))
    plc = L("climate", pod("plc-bridge"), "plc-bridge", "gv-ber1-agt02", app="plc-bridge", cluster=F_CLUSTER)
    for i, t in enumerate([120.0, 240.0, 360.0]):
        r.add(t, plc, slog, "WARN", "no supervisory controller heartbeat; rooms on failsafe setpoints",
              missing_for=f"{int(t)}s", G3_temp_c=round(23.4 + i * 0.9, 1), G3_rh=round(74.0 + i * 2.5, 1), co2_dosing="off")
    r.noise(F_NOISE, 22, 0, 380, kinds=["emqx", "dosing", "traefik", "redis", "telemetry", "harvest", "lighting", "fleet"])
    r.expect("CRITICAL", "image_pull", "climate-controller",
             "The only climate-controller replica was rescheduled to gv-ber1-agt03, which does not have the image cached, "
             "and the pull from Harbor fails with 401 Unauthorized because the pull secret's robot account "
             "robot$climate+puller expired at midnight.",
             "climate-controller is stuck in ImagePullBackOff; all grow rooms run on PLC failsafe setpoints with temperature "
             "and humidity rising and CO2 dosing off.",
             "Renew the Harbor robot account (or create a new one) and update the climate namespace pull secret now; the "
             "pod will start on the next pull retry. Track robot account expiry dates.",
             ["nested-cause"])
    return r


# ----------------------------------------------------------------------------------------------
def w35():
    r = Rec("w35", "T", "synthetic:dev60-meridian-expo",
            "No badges are printing anywhere on opening morning — what's wrong with the spooler?",
            {"namespace": "badges"}, "2026-03-23T07:30:00Z")
    p = T_POD["badge-print-spooler"][1]
    node = T_POD["badge-print-spooler"][2]
    S = TL("badge-print-spooler", container="spooler")
    fx = TL("flux", container="manager", app="kustomize-controller")
    r.add(0.5, fx, raw_, json.dumps({"level": "info", "ts": iso_ms(r.dt(0.5)), "msg": "server-side apply completed",
                                      "controller": "kustomization", "controllerGroup": "kustomize.toolkit.fluxcd.io",
                                      "controllerKind": "Kustomization", "Kustomization": {"name": "badges", "namespace": "flux-system"},
                                      "namespace": "flux-system", "name": "badges", "reconcileID": uid("w35flux"),
                                      "output": {"Deployment/badges/badge-print-spooler": "configured"}}, separators=(",", ":")))
    starts = [8.0, 40.0, 95.0, 190.0]
    for n, t0 in enumerate(starts):
        r.add(t0, S, dotnet, "info", "Mecc.Badges.Spooler.Program", 0, "badge-print-spooler 3.4.0 starting (.NET 8.0.3)")
        r.add(t0 + 0.9, S, dotnet, "info", "Mecc.Badges.Spooler.Data.PrinterRepository", 1,
              "Loading printer registry from badges-db")
        r.add(t0 + 1.3, S, dotnet, "crit", "Microsoft.Extensions.Hosting.Internal.Host", 11,
              "Hosting failed to start", ev=(n == 0))
        r.add(t0 + 1.31, S, "Unhandled exception. System.InvalidCastException: Unable to cast object of type 'System.Int64' "
                            "to type 'System.Int32'.", ev=(n == 0))
        r.add(t0 + 1.31, S, "   at Npgsql.ThrowHelper.ThrowInvalidCastException(String message, Object argument)")
        r.add(t0 + 1.31, S, "   at Mecc.Badges.Spooler.Data.PrinterRepository.<LoadAllAsync>b__4_0(NpgsqlDataReader r) "
                            "in /src/Spooler/Data/PrinterRepository.cs:line 58", ev=(n == 0))
        r.add(t0 + 1.31, S, "   at Mecc.Badges.Spooler.Printers.PrinterRegistry.StartAsync(CancellationToken ct) "
                            "in /src/Spooler/Printers/PrinterRegistry.cs:line 31")
        r.add(t0 + 1.31, S, "   at Microsoft.Extensions.Hosting.Internal.Host.StartAsync(CancellationToken cancellationToken)")
        r.add(t0 + 1.6, TJ(node), klog, "I", 3120, "generic.go:334",
              f'"Generic (PLEG): container finished" podID="{uid(p)}" containerID="{hexid(p + str(n), 64)}" exitCode=134')
    for i, (t, c) in enumerate([(12.0, 1), (42.0, 2), (98.0, 3), (193.0, 4), (330.0, 5)]):
        r.add(t, TEV("badges"), evt_logfmt, p, "Pod", "BackOff", "Warning",
              f"Back-off restarting failed container spooler in pod {p}_badges({uid(p)})", "kubelet", node, count=c,
              ev=(i == 3))
    rb = TL("rabbitmq", container="rabbitmq")
    for i, t in enumerate([60.0, 180.0, 300.0]):
        r.add(t, rb, rabbit, "info", "0.28812.0",
              f"queue 'badges.print' in vhost 'mecc': {140 + i * 310} ready, 0 unacked, 0 consumers")
    gate = TL("access-control-gate", container="gate")
    r.add(250.0, gate, slog, "WARN", "entry denied: badge not yet printed, visitor sent to registration desk", lane="S2",
          registration_id="R-26-448120")
    r.noise(T_NOISE, 22, 0, 340, kinds=["nginx", "ticket", "rabbit", "redis", "halls", "exhib", "gate"])
    r.expect("CRITICAL", "application_error", "badge-print-spooler",
             "badge-print-spooler 3.4.0 reads the printer id column (bigint) as Int32 in PrinterRepository.LoadAllAsync; the "
             "resulting InvalidCastException is unhandled, so the host fails to start and the process aborts (exit 134) "
             "on every start.",
             "The only spooler replica is in CrashLoopBackOff since the 3.4.0 rollout; no badges print at any desk and the "
             "print queue has no consumer and keeps growing on opening morning.",
             "Roll back badge-print-spooler to 3.3.x via Flux now, then fix the Int64 mapping in PrinterRepository and "
             "redeploy.",
             [])
    return r


# ----------------------------------------------------------------------------------------------
def w36():
    r = Rec("w36", "F", "synthetic:dev60-greenvault-farm",
            "Grow lights in rooms G2 and G5 did not switch off on schedule — what's wrong with lighting-scheduler?",
            {"namespace": "lighting", "app": "lighting-scheduler"}, "2026-04-25T19:58:00Z")
    p = F_POD["lighting-scheduler"][1]
    node = F_POD["lighting-scheduler"][2]
    R = FL("lighting-scheduler")
    kl = FJ(node, "k3s-agent.service")
    starts = [0.0, 62.0, 150.0, 300.0]
    for n, t0 in enumerate(starts):
        r.add(t0 + 0.3, R, rust, "INFO", "lighting_scheduler", "starting lighting-scheduler 1.8.0 (health on 0.0.0.0:9000)")
        r.add(t0 + 0.5, R, rust, "INFO", "lighting_scheduler::photoperiod",
              "recomputing schedules for 6 rooms, 1412 fixtures (sunrise model v3, 15 s steps)", ev=(n == 0))
        r.add(t0 + 21.0, R, rust, "INFO", "lighting_scheduler::photoperiod", "recompute progress: rooms 2/6, fixtures 471/1412")
        for k, tt in enumerate([10.5, 20.5, 30.5]):
            r.add(t0 + tt, kl, klog, "I", 1187, "prober.go:107",
                  f'"Probe failed" probeType="Liveness" pod="lighting/{p}" podUID="{uid(p)}" containerName="lighting-scheduler" '
                  f'probeResult="failure" output="Get \\"http://10.42.1.29:9000/healthz\\": context deadline exceeded '
                  f'(Client.Timeout exceeded while awaiting headers)"', ev=(n == 0 and k == 0))
        r.add(t0 + 30.6, FEV("lighting"), evt_logfmt, p, "Pod", "Unhealthy", "Warning",
              'Liveness probe failed: Get "http://10.42.1.29:9000/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
              "kubelet", node, count=3 * (n + 1))
        r.add(t0 + 30.7, FEV("lighting"), evt_logfmt, p, "Pod", "Killing", "Normal",
              "Container lighting-scheduler failed liveness probe, will be restarted", "kubelet", node, count=n + 1,
              ev=(n == 0))
        r.add(t0 + 31.4, kl, klog, "I", 1187, "generic.go:334",
              f'"Generic (PLEG): container finished" podID="{uid(p)}" containerID="{hexid(p + str(n), 64)}" exitCode=143')
    for i, (t, c) in enumerate([(32.0, 1), (182.0, 2), (332.0, 3)]):
        r.add(t, FEV("lighting"), evt_logfmt, p, "Pod", "BackOff", "Warning",
              f"Back-off restarting failed container lighting-scheduler in pod {p}_lighting({uid(p)})", "kubelet", node, count=c)
    dali = L("lighting", pod("dali-gateway"), "dali-gateway", "gv-ber1-agt02", app="dali-gateway", cluster=F_CLUSTER)
    for i, t in enumerate([90.0, 210.0, 330.0]):
        r.add(t, dali, slog, "WARN", "no schedule update from lighting-scheduler; holding last levels",
              since="19:41:00Z", rooms="G2,G5", scheduled_off="20:00:00Z", level=1.0)
    r.noise(F_NOISE, 22, 0, 340, kinds=["emqx", "climate", "dosing", "traefik", "redis", "telemetry", "harvest", "fleet"])
    r.expect("CRITICAL", "probe_failure", "lighting-scheduler",
             "lighting-scheduler 1.8.0 recomputes photoperiods for 1412 fixtures on start-up and its /healthz handler does "
             "not answer while that runs; the liveness probe (1 s timeout, 3 failures) kills the container after ~30 s, "
             "before the recompute finishes, so it never completes and the pod restarts forever.",
             "The only lighting-scheduler replica is in a liveness-kill restart loop; the DALI gateway holds the last light "
             "levels, so rooms G2 and G5 stay fully lit past their scheduled lights-off.",
             "Add a startupProbe (or raise initialDelaySeconds/timeoutSeconds) so the recompute can finish, or answer "
             "/healthz from a separate task; switch G2/G5 lights manually until the scheduler is back.",
             [])
    return r


# ----------------------------------------------------------------------------------------------
def w37():
    r = Rec("w37", "A", "synthetic:dev60-northfield-accel",
            "All Tango device servers fail to connect to the database after the BIOS update on acc-wk05 — why?",
            {"namespace": "tango"}, "2026-05-26T07:00:00Z")
    old = A_POD["tango-databaseds"][1]
    new = pod("tango-databaseds", salt="w37", rs=old.split("-")[2])
    DS = AL("tango-databaseds", container="databaseds")
    r.add(1.0, L("kube-system", "drain-acc-wk05-bios", "kubectl", "acc-cp01", cluster=A_CLUSTER), "node/acc-wk05 cordoned")
    r.add(1.5, L("kube-system", "drain-acc-wk05-bios", "kubectl", "acc-cp01", cluster=A_CLUSTER), f"evicting pod tango/{old}")
    r.add(1.7, DS, f"{iso_ms(r.dt(1.7))} INFO sys/database/2 Received signal SIGTERM, shutting down DataBaseds")
    msg = ("0/9 nodes are available: 1 Insufficient memory, 1 node(s) were unschedulable, 3 node(s) had untolerated taint "
           "{node-role.kubernetes.io/control-plane: }, 4 node(s) didn't match Pod's node affinity/selector. preemption: "
           "0/9 nodes are available: 1 No preemption victims found for incoming pod, 8 Preemption is not helpful for scheduling.")
    for i, (t, c) in enumerate([(2.4, 1), (64.0, 2), (185.0, 4), (366.0, 7)]):
        r.add(t, AEV("tango"), evt_json, "tango", new, "Pod", "FailedScheduling", "Warning", msg, "default-scheduler",
              count=c, ev=(i == 0))
    r.add(2.6, L("kube-system", "kube-scheduler-acc-cp02", "kube-scheduler", "acc-cp02", app="kube-scheduler",
                 cluster=A_CLUSTER), klog, "I", 1, "schedule_one.go:1004",
          f'"Unable to schedule pod; no fit; waiting" pod="tango/{new}" err="{msg}"', ev=True)
    vac = AL("tango-ds-vacuum", container="ds")
    for i, t in enumerate([30.0, 130.0, 250.0]):
        r.add(t, vac, f"{iso_ms(r.dt(t))} ERROR sr/vac/ig-07 DevFailed[ reason = API_CantConnectToDatabase desc = Failed to connect "
                      "to database on host tango-databaseds.tango.svc.cluster.local with port 10000 origin = Connection::reconnect ]")
    ps = L("tango", pod("tango-ds-rfcav"), "ds", "acc-wk06", app="tango-ds-rfcav", cluster=A_CLUSTER)
    r.add(96.0, ps, f"{iso_ms(r.dt(96.0))} ERROR dserver/RfCavity/sr main: Can't build connection to TANGO database server, exiting "
                    "(API_CantConnectToDatabase)")
    r.add(97.0, AEV("tango"), evt_json, "tango", ps["pod"], "Pod", "BackOff", "Warning",
          f"Back-off restarting failed container ds in pod {ps['pod']}_tango({uid(ps['pod'])})", "kubelet", "acc-wk06", count=3)
    r.add(200.0, AL("phoebus-alarm-server", container="alarm-server"), jul, "INFO",
          "org.phoebus.applications.alarm.server.ServerModel",
          "Accelerator/Storage Ring/RF/SR-RF-CAV1:State -> INVALID / Disconnected")
    r.noise(A_NOISE, 32, 0, 370, kinds=["haproxy", "etl", "kafka", "alarm_logger", "ceph", "argocd", "blm", "magnet", "es"])
    r.expect("CRITICAL", "scheduling", "tango-databaseds",
             "The single tango-databaseds replica was evicted when acc-wk05 was drained for its BIOS update; its node "
             "affinity allows only the two controls-network nodes, acc-wk05 is cordoned and acc-wk06 lacks free memory, so "
             "the replacement pod stays Pending.",
             "The Tango database server is gone: device servers cannot reach it, restarted ones exit, and RF cavity devices "
             "are disconnected.",
             "Uncordon acc-wk05 if the BIOS work can wait, or free memory / lower the pod's memory request so it fits on "
             "acc-wk06; longer term add a third controls-net node or a PodDisruptionBudget that blocks the drain.",
             ["nested-cause"])
    return r


# ----------------------------------------------------------------------------------------------
def w38():
    r = Rec("w38", "T", "synthetic:dev60-meridian-expo",
            "ticket-shop logs 'connection blocked' and order confirmations stopped — what's happening?",
            {"namespace": "ticketing", "app": "ticket-shop"}, "2026-02-24T12:40:00Z")
    RB = TL("rabbitmq", container="rabbitmq")
    node = "rabbit@mecc-rabbitmq-server-0.mecc-rabbitmq-nodes.messaging"
    r.add(3.0, RB, rabbit, "info", "0.28812.0",
          "queue 'tickets.confirmation-mail' in vhost 'mecc': 1841220 ready, 0 unacked, 0 consumers")
    r.add(20.4, RB, rabbit, "warning", "0.482.0", "Free disk space is insufficient. Free bytes: 47185920. Limit: 50000000",
          ev=True)
    r.add(20.41, RB, rabbit, "warning", "0.478.0", f"disk resource limit alarm set on node '{node}'.", ev=True)
    r.add(20.42, RB, rabbit, "warning", "0.478.0", "")
    r.add(20.43, RB, rabbit, "warning", "0.478.0", "**********************************************************")
    r.add(20.44, RB, rabbit, "warning", "0.478.0", "*** Publishers will be blocked until this alarm clears ***", ev=True)
    r.add(20.45, RB, rabbit, "warning", "0.478.0", "**********************************************************")
    T = TL("ticket-shop")
    for i, t in enumerate([21.0, 21.2]):
        r.add(t, T, dotnet, "warn", "Mecc.Tickets.Messaging.RabbitPublisher", 7,
              "RabbitMQ connection blocked by broker: low on disk", ev=(i == 0))
    for i, t in enumerate([58.3, 92.1, 133.7, 171.0, 214.4, 262.9, 301.5]):
        r.add(t, T, dotnet, "fail", "Mecc.Tickets.Messaging.RabbitPublisher", 8,
              f"Publish of OrderConfirmed for order T-26-2{20110 + i * 7} timed out after 30s (connection blocked); "
              f"kept in outbox (outbox size {412 + i * 188})")
    r.add(240.0, T, dotnet, "warn", "Mecc.Tickets.Messaging.Outbox", 9,
          "Outbox size 1540 exceeds 1000; outbox table is on ticketing-db, retention 24 h")
    bs = TL("badge-print-spooler", container="spooler")
    r.add(150.0, bs, dotnet, "info", "Mecc.Badges.Spooler.QueueConsumer", 11, "No print jobs received in the last 120 s")
    lead = TL("lead-scan-api")
    r.add(199.0, lead, uvicorn, "ERROR", "lead_scan.events: publish to exchange 'leads' timed out after 10s: connection blocked (low on disk); event dropped")
    r.add(260.0, RB, rabbit, "warning", "0.482.0", "Free disk space is insufficient. Free bytes: 31457280. Limit: 50000000")
    r.noise(T_NOISE, 22, 0, 320, kinds=["nginx", "ticket", "flux", "halls", "exhib", "gate", "redis"])
    r.expect("CRITICAL", "resource_exhausted", "rabbitmq",
             "RabbitMQ's data volume ran out of space (free 47 MB < 50 MB limit) because 'tickets.confirmation-mail' has "
             "1.8 million messages and no consumer; the broker raised the disk alarm and blocks every publisher.",
             "Messaging is down for all publishers: ticket-shop order confirmations pile up in its outbox, badge jobs stop "
             "arriving and lead-scan-api is dropping events.",
             "Free disk now: restore the confirmation-mail consumer (or purge/shovel that queue) and expand the RabbitMQ "
             "PVC; then verify the alarm clears and the outbox drains.",
             ["outside-selector"])
    return r


# ----------------------------------------------------------------------------------------------
def w39():
    r = Rec("w39", "F", "synthetic:dev60-greenvault-farm",
            "fertigation-controller is crash-looping with a Python traceback — is it a bug in the new release?",
            {"namespace": "fertigation"}, "2026-04-29T05:30:00Z")
    p = pod("fertigation-controller")
    node = "gv-ber1-agt02"
    F = L("fertigation", p, "fertigation-controller", node, app="fertigation-controller", cluster=F_CLUSTER)
    fa = L("cattle-fleet-system", pod("fleet-agent"), "fleet-agent", "gv-ber1-srv02", app="fleet-agent", cluster=F_CLUSTER)
    r.add(0.8, fa, logrus, "info", "deploying bundle", bundle="fertigation-stack", commit="3b9e0d2", namespace="fleet-local")
    r.add(1.2, fa, logrus, "info", "ConfigMap fertigation/dosing-recipes configured", bundle="fertigation-stack")
    starts = [5.0, 21.0, 52.0, 110.0]
    for n, t0 in enumerate(starts):
        r.add(t0, F, pylog, "INFO", "fertigation.main", "fertigation-controller 2.4.1 starting, recipes=/etc/fertigation/recipes.yaml")
        tb = ["Traceback (most recent call last):",
              '  File "/app/fertigation/main.py", line 41, in <module>',
              '    recipes = load_recipes(settings.recipes_path)',
              '  File "/app/fertigation/recipes.py", line 18, in load_recipes',
              '    data = yaml.safe_load(fh)',
              '  File "/usr/local/lib/python3.11/site-packages/yaml/__init__.py", line 125, in safe_load',
              '    return load(stream, SafeLoader)',
              "yaml.scanner.ScannerError: mapping values are not allowed here",
              '  in "/etc/fertigation/recipes.yaml", line 27, column 14']
        for k, line in enumerate(tb):
            r.add(t0 + 0.4, F, line, ev=(n == 0 and k in (7, 8)))
        r.add(t0 + 0.9, FJ(node, "k3s-agent.service"), klog, "I", 1187, "generic.go:334",
              f'"Generic (PLEG): container finished" podID="{uid(p)}" containerID="{hexid(p + str(n), 64)}" exitCode=1')
    for i, (t, c) in enumerate([(6.0, 1), (22.0, 2), (53.0, 3), (111.0, 4), (251.0, 5), (316.0, 6)]):
        r.add(t, FEV("fertigation"), evt_logfmt, p, "Pod", "BackOff", "Warning",
              f"Back-off restarting failed container fertigation-controller in pod {p}_fertigation({uid(p)})", "kubelet", node,
              count=c, ev=(i == 2))
    D = FL("nutrient-dosing")
    for i, t in enumerate([180.0, 300.0]):
        r.add(t, D, pylog, "WARNING", "dosing.loop",
              f"no irrigation cycle command for zones B1,B2,C1 in {15 + i * 2} min (expected every 15 min); NFT channel "
              f"flow 0.0 l/min")
    r.noise(F_NOISE, 12, 0, 320, kinds=["emqx", "climate", "traefik", "redis", "telemetry", "harvest", "lighting"])
    r.expect("CRITICAL", "config_error", "fertigation-controller",
             "A Fleet sync (commit 3b9e0d2) updated the dosing-recipes ConfigMap with invalid YAML (line 27, column 14: "
             "'mapping values are not allowed here'); fertigation-controller cannot parse recipes.yaml at start-up and exits.",
             "The only fertigation-controller replica crash-loops, so no irrigation cycles are issued; NFT channels in zones "
             "B1, B2 and C1 have no flow.",
             "Revert or fix line 27 of recipes.yaml in the fertigation-stack Git repo (likely a missing space/indentation or "
             "unquoted colon), let Fleet redeploy, and add a YAML lint check to CI; start irrigation manually meanwhile.",
             ["nested-cause"])
    return r


# ----------------------------------------------------------------------------------------------
def w40():
    r = Rec("w40", "T", "synthetic:dev60-meridian-expo",
            "Every ticket order fails with a database error since 16:20 — what's wrong with ticketing-db?",
            {"namespace": "ticketing"}, "2026-03-09T16:18:00Z")
    P = "ticketing-db-1"
    D = TL("ticketing-db-1", container="postgres", app="ticketing-db")
    T = TL("ticket-shop")
    hint_w = ("To avoid XID assignment failures, execute a database-wide VACUUM in that database.\n"
              "You might also need to commit or roll back old prepared transactions, or drop stale replication slots.")
    for i, (t, left) in enumerate([(4.0, 6912044), (37.5, 5480117), (71.2, 4203391), (99.8, 3118240)]):
        r.add(t, D, cnpg, P, "WARNING", f'database "tickets" must be vacuumed within {left} transactions', 6120 + i * 31,
              user="app", db="tickets", state="01000", conn=f"10.244.3.{21 + i}:{50100 + i}", tag="INSERT", hint=hint_w)
    r.add(12.0, D, cnpg, P, "WARNING", "oldest xmin is far in the past", 4411, db="tickets", state="01000",
          backend="autovacuum worker",
          hint="Close open transactions soon to avoid wraparound problems.\nYou might also need to commit or roll back old "
               "prepared transactions, or drop stale replication slots.", ev=True)
    r.add(12.3, D, cnpg, P, "LOG",
          'automatic aggressive vacuum to prevent wraparound of table "tickets.public.order_line": index scans: 0\n'
          "pages: 0 removed, 2811204 remain, 402113 scanned (14.30% of total)\n"
          "tuples: 0 removed, 48211902 remain, 3120447 are dead but not yet removable\n"
          "removable cutoff: 1201883, which was 2146208931 XIDs old when operation ended\n"
          "frozen: 0 pages from table (0.00% of total) had 0 tuples frozen", 4411, db="tickets", backend="autovacuum worker",
          ev=True)
    stop = ('database is not accepting commands that assign new XIDs to avoid wraparound data loss in database "tickets"')
    hint_s = ("Execute a database-wide VACUUM in that database.\n"
              "You might also need to commit or roll back old prepared transactions, or drop stale replication slots.")
    for i, t in enumerate([121.4, 150.9, 188.3, 230.0, 266.6, 301.2]):
        r.add(t, D, cnpg, P, "ERROR", stop, 6300 + i * 17, user="app", db="tickets", state="54000",
              conn=f"10.244.3.{21 + i % 4}:{50300 + i}", tag="INSERT", hint=hint_s, ev=(i == 0))
        r.add(t + 0.01, T, dotnet, "fail", "Microsoft.EntityFrameworkCore.Update", 10000,
              "An exception occurred in the database while saving changes for context type 'Mecc.Tickets.Data.TicketsDbContext'. "
              f"Npgsql.PostgresException (0x80004005): 54000: {stop}", ev=(i == 0))
        r.add(t + 0.02, TL("ingress-nginx", container="controller"), nginx_access, f"178.{20 + i}.{90 + i}.{3 + i}", "POST",
              "/api/checkout", 500, 121, UAS[i % 3], "ticketing-ticket-shop-8080", f"10.244.3.{30 + i}:8080", 0.061, 500,
              ref="https://tickets.meridian-expo.com/shop/cart")
    r.add(140.0, T, dotnet, "info", "Mecc.Tickets.Payments.TwoPhaseCoordinator", 3,
          "Recovery scan: 1 prepared transaction older than 1 h found: gid 'pay-T-26-088412-2pc' prepared 2026-02-14T09:12:40Z "
          "(not resolved: payment-adapter has no record)", ev=True)
    r.noise(T_NOISE, 18, 0, 320, kinds=["nginx", "rabbit", "flux", "halls", "exhib", "gate", "badge", "redis"])
    r.expect("CRITICAL", "database", "ticketing-db",
             "A prepared (two-phase) transaction orphaned since 14 February holds back the xmin horizon of ticketing-db, so "
             "autovacuum could not freeze old rows; the 'tickets' database reached PostgreSQL's wraparound stop limit and now "
             "refuses every command that needs a new transaction ID.",
             "All writes to ticketing-db fail (SQLSTATE 54000), so every checkout returns 500; the earlier 'must be vacuumed "
             "within N transactions' warnings went unnoticed.",
             "Roll back the orphaned prepared transaction (ROLLBACK PREPARED 'pay-T-26-088412-2pc' after checking it), then "
             "run a database-wide VACUUM (FREEZE) on 'tickets'; alert on datfrozenxid age and old pg_prepared_xacts.",
             ["quiet-cause"])
    return r


RECORDS = [w31, w32, w33, w34, w35, w36, w37, w38, w39, w40]
