"""dev60 working records w01-w10: healthy windows (INFO / none)."""
from common import *  # noqa: F401,F403
from common import _h


# ----------------------------------------------------------------------------------------------
def w01():
    r = Rec("w01", "F", "synthetic:dev60-greenvault-farm",
            "Several climate pods were evicted overnight on gv-ber1 — do we need to do anything?",
            {"namespace": "climate"}, "2026-03-10T02:00:00Z")
    old = F_POD["climate-controller"][1]
    new = pod("climate-controller", salt="w01new", rs=old.split("-")[2])
    job = "apply-k3s-agent-plan-on-gv-ber1-agt01-with-" + hexid("plan-k3s-1.28.9", 40)[:40]
    jl = L("system-upgrade", job + "-" + _h("w01job", 5), "drain", "gv-ber1-agt01", app="system-upgrade-controller",
           cluster=F_CLUSTER)
    oldL = FL("climate-controller")
    newL = L("climate", new, "climate-controller", "gv-ber1-agt04", app="climate-controller", cluster=F_CLUSTER)
    r.add(2.114, L("system-upgrade", pod("system-upgrade-controller"), "system-upgrade-controller", "gv-ber1-srv01",
                   app="system-upgrade-controller", cluster=F_CLUSTER), logrus, "info",
          "Creating Job for Plan system-upgrade/k3s-agent on Node gv-ber1-agt01", plan="k3s-agent",
          latestVersion="v1.28.9+k3s1")
    r.add(8.402, jl, "node/gv-ber1-agt01 cordoned")
    r.add(8.415, FEV("default"), evt_logfmt, "gv-ber1-agt01", "Node", "NodeNotSchedulable", "Normal",
          "Node gv-ber1-agt01 status is now: NodeNotSchedulable", "kubelet", "gv-ber1-agt01")
    r.add(8.731, jl, "Warning: ignoring DaemonSet-managed Pods: kube-system/svclb-traefik-8c2f1d7a-kq4lx, "
                     "longhorn-system/engine-image-ei-5cefaf2b-7wz8n, longhorn-system/longhorn-csi-plugin-2kfvx, "
                     "longhorn-system/longhorn-manager-9t7qc")
    r.add(8.744, jl, f"evicting pod climate/{old}")
    r.add(8.746, jl, f"evicting pod lighting/{F_POD['lighting-scheduler'][1]}")
    r.add(8.812, FEV("climate"), evt_logfmt, old, "Pod", "Killing", "Normal",
          "Stopping container climate-controller", "kubelet", "gv-ber1-agt01")
    r.add(8.830, oldL, slog, "INFO", "received signal, shutting down", signal="terminated")
    r.add(8.902, oldL, slog, "INFO", "handing rooms over to PLC failsafe setpoints", rooms=6, failsafe_temp_c=22.0)
    r.add(9.140, oldL, slog, "INFO", "released leader lease", lease="climate/climate-controller-leader")
    r.add(9.207, FEV("climate"), evt_logfmt, new, "Pod", "Scheduled", "Normal",
          f"Successfully assigned climate/{new} to gv-ber1-agt04", "default-scheduler")
    r.add(9.988, FEV("climate"), evt_logfmt, new, "Pod", "Pulled", "Normal",
          'Container image "harbor.greenvault.farm/climate/climate-controller:2.7.1" already present on machine',
          "kubelet", "gv-ber1-agt04")
    r.add(10.102, FEV("climate"), evt_logfmt, new, "Pod", "Created", "Normal", "Created container climate-controller",
          "kubelet", "gv-ber1-agt04")
    r.add(10.388, FEV("climate"), evt_logfmt, new, "Pod", "Started", "Normal", "Started container climate-controller",
          "kubelet", "gv-ber1-agt04")
    r.add(10.517, newL, slog, "INFO", "starting climate-controller", version="2.7.1", commit="9f3c2e1", go="go1.22.1")
    r.add(10.655, newL, slog, "INFO", "connected to MQTT broker", broker="tcp://emqx.telemetry.svc.cluster.local:1883",
          client_id="climate-controller")
    r.add(12.870, newL, slog, "INFO", "acquired leader lease", lease="climate/climate-controller-leader")
    r.add(12.944, newL, slog, "INFO", "took over rooms from PLC failsafe", rooms=6)
    r.add(13.402, jl, f"pod/{old} evicted")
    r.add(14.021, jl, f"pod/{F_POD['lighting-scheduler'][1]} evicted")
    r.add(14.030, jl, "node/gv-ber1-agt01 drained")
    lh = L("longhorn-system", pod("longhorn-manager", salt="agt04"), "longhorn-manager", "gv-ber1-agt04",
           app="longhorn-manager", cluster=F_CLUSTER)
    vol = "pvc-5e7b1c2a-93d4-4f0e-8a61-2c7d9e4b1f30"
    r.add(21.550, lh, logrus, "warning", "Volume is degraded: replica on node gv-ber1-agt01 is unavailable",
          volume=vol, node="gv-ber1-agt04")
    r.add(22.013, lh, logrus, "info", "Replica rebuilding started", volume=vol,
          replica=f"{vol}-r-{hexid('w01r', 8)}", node="gv-ber1-agt03")
    r.add(31.7, FJ("gv-ber1-agt01"), "Stopping k3s-agent.service - Lightweight Kubernetes...")
    r.add(33.9, FJ("gv-ber1-agt01"), "Started k3s-agent.service - Lightweight Kubernetes.")
    r.add(34.2, FJ("gv-ber1-agt01"), logrus, "info", "Starting k3s agent v1.28.9+k3s1 (a5e9d3f1)")
    r.add(52.4, FEV("default"), evt_logfmt, "gv-ber1-agt01", "Node", "NodeReady", "Normal",
          "Node gv-ber1-agt01 status is now: NodeReady", "kubelet", "gv-ber1-agt01")
    r.add(58.1, dict(jl, container="upgrade"), "node/gv-ber1-agt01 uncordoned")
    r.add(58.2, FEV("default"), evt_logfmt, "gv-ber1-agt01", "Node", "NodeSchedulable", "Normal",
          "Node gv-ber1-agt01 status is now: NodeSchedulable", "kubelet", "gv-ber1-agt01")
    r.add(214.6, lh, logrus, "info", "Replica rebuilding completed", volume=vol,
          replica=f"{vol}-r-{hexid('w01r', 8)}", node="gv-ber1-agt03")
    r.add(214.9, lh, logrus, "info", "Volume is healthy", volume=vol, robustness="healthy")
    for k, t in enumerate((70.2, 130.4, 190.1, 250.8, 310.3)):
        room = ROOMS[int(t / 60) % 6]
        r.add(t, newL, slog, "INFO", "control loop", room=room, temp_c=[22.3, 22.6, 21.9, 22.4, 22.8][k],
              rh=[67.9, 66.2, 69.4, 68.1, 65.7][k], co2_ppm=[1004, 987, 1041, 1012, 966][k],
              hvac_mode=["cool", "cool", "idle", "cool", "cool"][k])
    r.noise(F_NOISE, 24, 0, 330, kinds=["traefik", "emqx", "dosing", "telemetry", "redis", "fleet", "harvest"])
    r.expect("INFO", "none", "climate-controller",
             "No fault: a planned k3s agent upgrade by system-upgrade-controller cordoned and drained gv-ber1-agt01; "
             "climate-controller was evicted, rescheduled on gv-ber1-agt04 and took control back within seconds, "
             "and Longhorn rebuilt the missing replica.",
             "Scheduled node drain for the k3s v1.28.9 upgrade; pods rescheduled, node Ready and uncordoned, "
             "volume healthy again.",
             "Nothing to do; the evictions are part of the planned upgrade.",
             ["healthy-lookalike"])
    return r


# ----------------------------------------------------------------------------------------------
def w02():
    r = Rec("w02", "F", "synthetic:dev60-greenvault-farm",
            "Is nutrient dosing on BER1 behaving normally this morning?",
            {"namespace": "fertigation"}, "2026-03-14T06:30:00Z")
    D = FL("nutrient-dosing")
    t = 3.0
    zones = ["A1", "A2", "B1", "B2", "C1", "C3"]
    for i in range(14):
        z = zones[i % 6]
        ph = round(5.82 + ((i * 7) % 5) * 0.05, 2)
        ec = round(1.58 + ((i * 3) % 4) * 0.07, 2)
        if i in (4, 10):
            r.add(t, D, pylog, "INFO", "dosing.loop",
                  f"zone={z} tank=T{i % 6 + 1} ph={ph + 0.22:.2f} ec={ec}mS/cm above band -> dosing acid=4.0ml")
            r.add(t + 95.3, D, pylog, "INFO", "dosing.loop",
                  f"zone={z} tank=T{i % 6 + 1} ph={ph:.2f} ec={ec}mS/cm within_band=True (settled after 95s)")
        else:
            r.add(t, D, pylog, "INFO", "dosing.loop",
                  f"zone={z} tank=T{i % 6 + 1} ph={ph:.2f} ec={ec}mS/cm dose_a=0.0ml dose_b=0.0ml acid=0.0ml within_band=True")
        t += 21.7
    r.add(120.5, D, pylog, "INFO", "dosing.recipes", "recipe 'lettuce-butterhead-v5' active for zones A1,A2; 'basil-genovese-v3' for B1,B2; 'microgreens-mix-v2' for C1,C3")
    r.add(181.2, D, pylog, "INFO", "dosing.mqtt", "published setpoints to gv/ber1/fertigation/setpoints (6 zones, retain=True)")
    r.add(245.0, D, pylog, "INFO", "dosing.flow", "flow meter FM-B2 14.2 l/min, pump P-B2 duty 38%")
    r.add(301.4, D, pylog, "INFO", "dosing.tanks", "stock tank levels: A=71% B=68% acid=54% base=80%")
    r.noise(F_NOISE, 26, 0, 320, kinds=["emqx", "redis", "climate", "telemetry", "traefik", "lighting"])
    r.expect("INFO", "none", "nutrient-dosing",
             "No fault: nutrient-dosing runs its regular loop; pH and EC stay in band and the two small acid doses "
             "settle within about 95 seconds as designed.",
             "Routine dosing cycles across six zones with readings in band.",
             "Nothing to do.", [])
    return r


# ----------------------------------------------------------------------------------------------
def w03():
    r = Rec("w03", "F", "synthetic:dev60-greenvault-farm",
            "harvest-scheduler showed readiness probe failures after the deploy — is the new version broken?",
            {"namespace": "harvest", "app": "harvest-scheduler"}, "2026-03-18T09:12:00Z")
    old = F_POD["harvest-scheduler"][1]
    new = pod("harvest-scheduler", salt="w03new", rs=_h("harvest-scheduler-1.19.0", 10))
    N = L("harvest", new, "harvest-scheduler", "gv-ber1-agt03", app="harvest-scheduler", cluster=F_CLUSTER)
    O = FL("harvest-scheduler")
    app = "harvest-scheduler"
    r.add(1.2, L("cattle-fleet-system", pod("fleet-agent"), "fleet-agent", "gv-ber1-srv02", app="fleet-agent",
                 cluster=F_CLUSTER), logrus, "info", "deploying bundle", bundle="harvest-stack", commit="e41c7a9",
          namespace="fleet-local")
    r.add(1.9, FEV("harvest"), evt_logfmt, "harvest-scheduler", "Deployment", "ScalingReplicaSet", "Normal",
          f"Scaled up replica set harvest-scheduler-{new.split('-')[2]} to 1", "deployment-controller")
    r.add(2.0, FEV("harvest"), evt_logfmt, new, "Pod", "Scheduled", "Normal",
          f"Successfully assigned harvest/{new} to gv-ber1-agt03", "default-scheduler")
    r.add(2.6, FEV("harvest"), evt_logfmt, new, "Pod", "Pulling", "Normal",
          'Pulling image "harbor.greenvault.farm/harvest/harvest-scheduler:1.19.0"', "kubelet", "gv-ber1-agt03")
    r.add(7.9, FEV("harvest"), evt_logfmt, new, "Pod", "Pulled", "Normal",
          'Successfully pulled image "harbor.greenvault.farm/harvest/harvest-scheduler:1.19.0" in 5.228s '
          '(5.228s including waiting)', "kubelet", "gv-ber1-agt03")
    r.add(8.2, FEV("harvest"), evt_logfmt, new, "Pod", "Started", "Normal", "Started container harvest-scheduler",
          "kubelet", "gv-ber1-agt03")
    r.add(9.4, N, "  .   ____          _            __ _ _")
    r.add(9.4, N, " :: Spring Boot ::                (v3.2.4)")
    r.add(9.61, N, spring, "INFO", app, "main", "f.g.harvest.HarvestSchedulerApplication",
          "Starting HarvestSchedulerApplication v1.19.0 using Java 21.0.2 with PID 1 (/app/app.jar started by app in /app)")
    r.add(9.64, N, spring, "INFO", app, "main", "f.g.harvest.HarvestSchedulerApplication",
          'The following 1 profile is active: "ber1"')
    r.add(14.1, N, spring, "INFO", app, "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting...")
    r.add(14.6, N, spring, "INFO", app, "main", "com.zaxxer.hikari.pool.HikariPool",
          "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@5c2a1f0e")
    r.add(14.62, N, spring, "INFO", app, "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.")
    r.add(15.3, N, spring, "INFO", app, "main", "o.f.core.internal.command.DbValidate",
          "Successfully validated 23 migrations (execution time 00:00.061s)")
    r.add(15.4, N, spring, "INFO", app, "main", "o.f.core.internal.command.DbMigrate",
          'Current version of schema "harvest": 23')
    r.add(15.41, N, spring, "INFO", app, "main", "o.f.core.internal.command.DbMigrate",
          'Schema "harvest" is up to date. No migration necessary.')
    r.add(18.2, FJ("gv-ber1-agt03"), klog, "I", 1043, "prober.go:107",
          f'"Probe failed" probeType="Readiness" pod="harvest/{new}" podUID="{uid(new)}" containerName="harvest-scheduler" '
          f'probeResult="failure" output="Get \\"http://10.42.3.47:8080/actuator/health/readiness\\": dial tcp 10.42.3.47:8080: connect: connection refused"')
    r.add(18.21, FEV("harvest"), evt_logfmt, new, "Pod", "Unhealthy", "Warning",
          'Readiness probe failed: Get "http://10.42.3.47:8080/actuator/health/readiness": dial tcp 10.42.3.47:8080: connect: connection refused',
          "kubelet", "gv-ber1-agt03")
    r.add(23.2, FJ("gv-ber1-agt03"), klog, "I", 1043, "prober.go:107",
          f'"Probe failed" probeType="Readiness" pod="harvest/{new}" podUID="{uid(new)}" containerName="harvest-scheduler" '
          f'probeResult="failure" output="Get \\"http://10.42.3.47:8080/actuator/health/readiness\\": dial tcp 10.42.3.47:8080: connect: connection refused"')
    r.add(23.21, FEV("harvest"), evt_logfmt, new, "Pod", "Unhealthy", "Warning",
          'Readiness probe failed: Get "http://10.42.3.47:8080/actuator/health/readiness": dial tcp 10.42.3.47:8080: connect: connection refused',
          "kubelet", "gv-ber1-agt03", count=2)
    r.add(24.9, N, spring, "INFO", app, "main", "o.s.b.w.embedded.tomcat.TomcatWebServer",
          "Tomcat started on port 8080 (http) with context path ''")
    r.add(25.0, N, spring, "INFO", app, "main", "f.g.harvest.HarvestSchedulerApplication",
          "Started HarvestSchedulerApplication in 16.412 seconds (process running for 17.05)")
    r.add(28.2, FEV("harvest"), evt_logfmt, "harvest-scheduler", "Deployment", "ScalingReplicaSet", "Normal",
          f"Scaled down replica set harvest-scheduler-{old.split('-')[2]} to 0 from 1", "deployment-controller")
    r.add(28.3, FEV("harvest"), evt_logfmt, old, "Pod", "Killing", "Normal", "Stopping container harvest-scheduler",
          "kubelet", "gv-ber1-agt02")
    r.add(28.5, O, spring, "INFO", app, "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown",
          "Commencing graceful shutdown. Waiting for active requests to complete")
    r.add(28.9, O, spring, "INFO", app, "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete")
    r.add(29.1, O, spring, "INFO", app, "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource",
          "HikariPool-1 - Shutdown completed.")
    r.add(30.0, L("cattle-fleet-system", pod("fleet-agent"), "fleet-agent", "gv-ber1-srv02", app="fleet-agent",
                  cluster=F_CLUSTER), logrus, "info", "bundle ready", bundle="harvest-stack", namespace="fleet-local",
          generation=88)
    for t in (62.0, 122.0, 182.0, 242.0):
        r.add(t + 0.417, N, spring, "INFO", app, "scheduling-1", "f.g.harvest.plan.PlanRefreshJob",
              f"harvest plan refreshed: {12 + int(t) % 9} trays ready in zone B{int(t) % 3 + 1}")
    r.noise(F_NOISE, 22, 0, 260, kinds=["traefik", "emqx", "dosing", "climate", "telemetry", "lighting", "redis"])
    r.expect("INFO", "none", "harvest-scheduler",
             "No fault: the readiness probe was refused twice while the new JVM was still starting; Tomcat came up "
             "after 16 s, the pod became Ready and the old replica was shut down gracefully.",
             "Normal rolling update of harvest-scheduler 1.19.0; transient startup probe failures only.",
             "Nothing required; optionally add a startupProbe so start-up refusals are not reported as Unhealthy.",
             ["healthy-lookalike"])
    return r


# ----------------------------------------------------------------------------------------------
def w04():
    r = Rec("w04", "A", "synthetic:dev60-northfield-accel",
            "The archiver logged lots of CA disconnects this morning — are we losing data?",
            {"namespace": "archiver"}, "2026-04-07T07:58:00Z")
    A = AL("epics-archiver", container="archiver")
    r.add(0.5, AL("phoebus-alarm-server", container="alarm-server"), jul, "INFO",
          "org.phoebus.applications.alarm.server.AlarmServerMain",
          "Maintenance mode enabled by operator 'jkowalski' (Tuesday machine development / maintenance shift)")
    iocs = [("ioc-sr-inj-01.ctrl.northfield.edu", ["SR-INJ-SEPT1:Current-RB", "SR-INJ-KICK2:Voltage-RB"]),
            ("ioc-sr-bpm-03.ctrl.northfield.edu", ["SR-DI-BPM12:X", "SR-DI-BPM12:Y"]),
            ("ioc-li-rf-02.ctrl.northfield.edu", ["LI-RF-KLY2:FwdPwr"])]
    t = 31.0
    for host, pvs in iocs:
        r.add(t, A, log4j, "WARN", "CAJ send thread", "gov.aps.jca.event.QueuedEventDispatcher",
              f'CA.Client.Exception: Warning: "Virtual circuit disconnect" Context: "{host}:5064"')
        for j, pv in enumerate(pvs):
            r.add(t + 0.02 + j * 0.01, A, log4j, "INFO", "CAJ send thread", "org.epics.archiverappliance.engine.pv.EPICS_V3_PV",
                  f"{pv} connection state changed: CONNECTED -> DISCONNECTED")
        t += 17.3
    r.add(60.0, A, log4j, "INFO", "EngineScheduler", "org.epics.archiverappliance.engine.pv.EngineContext",
          "Disconnected PV count 5 of 8412 (checking every 20s)")
    t = 142.0
    for host, pvs in iocs:
        for j, pv in enumerate(pvs):
            r.add(t + j * 0.01, A, log4j, "INFO", "CAJ search", "org.epics.archiverappliance.engine.pv.EPICS_V3_PV",
                  f"{pv} connection state changed: DISCONNECTED -> CONNECTED ({host}:5064)")
        t += 23.9
    r.add(230.0, A, log4j, "INFO", "EngineScheduler", "org.epics.archiverappliance.engine.pv.EngineContext",
          "Disconnected PV count 0 of 8412 (checking every 20s)")
    r.add(231.0, A, log4j, "INFO", "EngineScheduler", "org.epics.archiverappliance.engine.pv.EngineContext",
          "Samples buffered during disconnects: 0 dropped, 8412 channels writing to STS")
    lb = AL("olog")
    r.add(20.0, lb, spring, "INFO", "olog", "http-nio-8080-exec-2", "o.p.olog.LogResource",
          "created log entry 88102 by 'jkowalski' in logbook 'Operations': \"Maintenance: restarting IOCs ioc-sr-inj-01, "
          "ioc-sr-bpm-03, ioc-li-rf-02 for firmware updates (CTRL-4471)\"")
    r.add(236.0, lb, spring, "INFO", "olog", "http-nio-8080-exec-5", "o.p.olog.LogResource",
          "created log entry 88103 by 'jkowalski' in logbook 'Operations': \"IOC restarts done, all PVs back\"")
    r.noise(A_NOISE, 26, 0, 260, kinds=["haproxy", "etl", "kafka", "alarm_logger", "ceph", "argocd", "blm", "tango_vac"])
    r.expect("INFO", "none", "epics-archiver",
             "No fault: the disconnects coincide with operator-initiated IOC restarts during the scheduled maintenance "
             "shift; every PV reconnected within a few minutes and the archiver reports no dropped samples.",
             "Planned IOC restarts in the maintenance window; archiver reconnected all channels.",
             "Nothing to do.",
             ["healthy-lookalike"])
    return r


# ----------------------------------------------------------------------------------------------
def w05():
    r = Rec("w05", "A", "synthetic:dev60-northfield-accel",
            "The alarm server is logging MAJOR alarms nonstop — is the alarm system broken?",
            {"namespace": "alarms", "app": "phoebus-alarm-server"}, "2026-04-09T21:40:00Z")
    S = AL("phoebus-alarm-server", container="alarm-server")
    lg = "org.phoebus.applications.alarm.server.ServerModel"
    paths = {"BLM": "Accelerator/Storage Ring/Diagnostics", "SR-": "Accelerator/Storage Ring/Diagnostics",
             "LI-": "Accelerator/Linac/RF"}
    seq = [
        (4.2, "BLM:SR:C07:Loss", "MAJOR", "HIHI_ALARM", "61.3 nC/s"),
        (4.9, "BLM:SR:C08:Loss", "MINOR", "HIGH_ALARM", "28.4 nC/s"),
        (9.5, "SR-DI-DCCT:Current", "MINOR", "LOW_ALARM", "182.1 mA"),
        (33.0, "BLM:SR:C07:Loss", "MAJOR", "HIHI_ALARM", "74.9 nC/s"),
        (61.7, "BLM:SR:C07:Loss", "OK", "NO_ALARM", "3.2 nC/s"),
        (62.0, "BLM:SR:C08:Loss", "OK", "NO_ALARM", "1.1 nC/s"),
        (118.0, "SR-DI-DCCT:Current", "OK", "NO_ALARM", "249.7 mA"),
        (171.3, "LI-RF-KLY2:FwdPwr", "MAJOR", "LOLO_ALARM", "0.0 MW"),
        (185.9, "LI-RF-KLY2:FwdPwr", "OK", "NO_ALARM", "31.8 MW"),
    ]
    for t, pv, sev, st, val in seq:
        r.add(t, S, jul, "INFO", lg, f"{paths[pv[:3]]}/{pv} -> {sev} / {st} / {val}")
    r.add(40.3, S, jul, "INFO", "org.phoebus.applications.alarm.server.AlarmServerMain",
          "Annunciating: MAJOR alarm BLM:SR:C07:Loss — beam loss sector 7")
    r.add(88.0, S, jul, "INFO", lg, "Acknowledged Accelerator/Storage Ring/Diagnostics/BLM:SR:C07:Loss by operator 'mchen' (\"injection tuning\")")
    r.add(187.5, S, jul, "INFO", lg, "Acknowledged Accelerator/Linac/RF/LI-RF-KLY2:FwdPwr by operator 'mchen' (\"klystron 2 trip, reset\")")
    r.add(240.0, S, jul, "INFO", "org.phoebus.applications.alarm.server.AlarmServerMain",
          "Alarm tree Accelerator: 4180 PVs, 0 disconnected, 1 in alarm (acknowledged)")
    k1 = AL("alarms-kafka-1", container="kafka", app="alarms-kafka")
    r.add(120.2, k1, kafka, "INFO", "[GroupCoordinator 1]: Stabilized group Accelerator-alarm-logger generation 14 "
          "(__consumer_offsets-22) with 1 members", "kafka.coordinator.group.GroupCoordinator")
    r.add(250.0, k1, kafka, "INFO", "[UnifiedLog partition=Accelerator-0, dir=/var/lib/kafka/data-0/kafka-log1] "
          "Deleting segment LogSegment(baseOffset=1802211, size=104857412, lastModifiedTime=1775684401000, largestRecordTimestamp=Some(1775684400995)) due to log compaction", "kafka.log.UnifiedLog")
    blm = AL("blm-ioc", container="ioc")
    r.add(3.9, blm, "2026/04/09 21:40:03.900 BLM:SR:C07 integrated loss 61.30 nC/s (threshold 40.0) HIHI")
    r.add(61.5, blm, "2026/04/09 21:41:01.500 BLM:SR:C07 integrated loss 3.20 nC/s (threshold 40.0)")
    r.noise(A_NOISE, 24, 0, 260, kinds=["haproxy", "etl", "kafka", "alarm_logger", "ceph", "argocd", "tango_vac", "magnet"])
    r.expect("INFO", "none", "phoebus-alarm-server",
             "No platform fault: the MAJOR alarms are genuine machine conditions (beam loss during injection tuning, "
             "a klystron trip) that the alarm server annunciated, operators acknowledged, and that cleared.",
             "Alarm server working as intended; alarms are accelerator physics events, not IT problems.",
             "Nothing to do on the platform side.",
             ["healthy-lookalike"])
    return r


# ----------------------------------------------------------------------------------------------
def w06():
    r = Rec("w06", "A", "synthetic:dev60-northfield-accel",
            "tango-ds-vacuum pods were killed and exited with 143 — did something crash?",
            {"namespace": "tango"}, "2026-04-14T13:05:00Z")
    old = A_POD["tango-ds-vacuum"][1]
    new = pod("tango-ds-vacuum", salt="w06", rs=_h("tango-ds-vacuum-v2.3.1", 10))
    O = AL("tango-ds-vacuum", container="ds")
    N = L("tango", new, "ds", "acc-wk06", app="tango-ds-vacuum", cluster=A_CLUSTER)
    ac = AL("argocd", container="argocd-application-controller", app="argocd")
    r.add(0.8, ac, logrus, "info", "Initiated automated sync to 'c4e19a0'", application="argocd/tango",
          dest_namespace="tango", dest_server="https://kubernetes.default.svc")
    r.add(1.2, ac, logrus, "info", "Applying resource Deployment/tango-ds-vacuum in cluster: https://10.96.0.1:443, namespace: tango",
          application="argocd/tango")
    r.add(1.9, AEV("tango"), evt_json, "tango", "tango-ds-vacuum", "Deployment", "ScalingReplicaSet", "Normal",
          f"Scaled up replica set tango-ds-vacuum-{new.split('-')[3]} to 1", "deployment-controller")
    r.add(2.4, AEV("tango"), evt_json, "tango", new, "Pod", "Pulled", "Normal",
          'Successfully pulled image "gitlab.acc.northfield.edu:5050/controls/tango-ds-vacuum:2.3.1" in 2.104s (2.104s including waiting)',
          "kubelet", "acc-wk06")
    r.add(4.7, AEV("tango"), evt_json, "tango", new, "Pod", "Started", "Normal", "Started container ds", "kubelet", "acc-wk06")
    r.add(5.3, N, f"{iso_ms(r.dt(5.3))} INFO dserver/VacuumGauges/sr main: VacuumGauges 2.3.1 starting, TANGO_HOST=tango-databaseds.tango.svc:10000")
    r.add(6.1, N, f"{iso_ms(r.dt(6.1))} INFO dserver/VacuumGauges/sr main: Ready to accept request")
    r.add(6.9, N, f"{iso_ms(r.dt(6.9))} INFO sr/vac/ig-07 init_device: connected to gauge controller 10.61.7.30:502 (Modbus/TCP)")
    r.add(8.0, AEV("tango"), evt_json, "tango", "tango-ds-vacuum", "Deployment", "ScalingReplicaSet", "Normal",
          f"Scaled down replica set tango-ds-vacuum-{old.split('-')[3]} to 0 from 1", "deployment-controller")
    r.add(8.1, AEV("tango"), evt_json, "tango", old, "Pod", "Killing", "Normal", "Stopping container ds", "kubelet", "acc-wk06")
    r.add(8.2, O, f"{iso_ms(r.dt(8.2))} INFO dserver/VacuumGauges/sr main: Received signal SIGTERM")
    r.add(8.3, O, f"{iso_ms(r.dt(8.3))} INFO dserver/VacuumGauges/sr main: Exiting (device server unexported from database)")
    r.add(9.0, AJ("acc-wk06"), klog, "I", 2211, "kuberuntime_container.go:779",
          f'"Killing container with a grace period" pod="tango/{old}" podUID="{uid(old)}" containerName="ds" '
          f'containerID="containerd://{hexid(old + "c", 64)}" gracePeriod=30')
    r.add(9.4, AJ("acc-wk06"), klog, "I", 2211, "generic.go:334",
          f'"Generic (PLEG): container finished" podID="{uid(old)}" containerID="{hexid(old + "c", 64)}" exitCode=143')
    r.add(12.0, ac, logrus, "info", "Updated sync status: OutOfSync -> Synced", application="argocd/tango",
          dest_namespace="tango")
    r.add(12.1, ac, logrus, "info", "Updated health status: Progressing -> Healthy", application="argocd/tango",
          dest_namespace="tango")
    for i, g in enumerate(["sr/vac/ig-07", "sr/vac/ig-12", "li/vac/ig-02", "bo/vac/ip-04"] * 3):
        t = 20 + i * 19.3
        r.add(t, N, f"{iso_ms(r.dt(t))} INFO {g} pressure read {2 + (i * 3) % 6}.{(i * 7) % 10}{i % 10}e-10 mbar (state=ON)")
    db = AL("tango-databaseds", container="databaseds")
    r.add(6.05, db, f"{iso_ms(r.dt(6.05))} INFO sys/database/2 DbExportDevice(): put dserver/VacuumGauges/sr into database (host=10.0.6.88, pid=1)")
    r.add(8.35, db, f"{iso_ms(r.dt(8.35))} INFO sys/database/2 DbUnExportServer(): unexport VacuumGauges/sr (old instance)")
    r.noise(A_NOISE, 22, 0, 260, kinds=["haproxy", "etl", "kafka", "alarm_logger", "ceph", "blm", "magnet", "es"])
    r.expect("INFO", "none", "tango-ds-vacuum",
             "No fault: Argo CD synced a new tango-ds-vacuum version; the old device server received SIGTERM during the "
             "rolling update and exited with 143 (terminated by signal) after unexporting cleanly, and the new pod "
             "connected to all gauges.",
             "GitOps rollout of tango-ds-vacuum 2.3.1; exit code 143 is the normal SIGTERM termination.",
             "Nothing to do.",
             ["healthy-lookalike"])
    return r


# ----------------------------------------------------------------------------------------------
def w07():
    r = Rec("w07", "T", "synthetic:dev60-meridian-expo",
            "Ticket sales for MEDTEC 2026 opened at 09:00 — anything wrong with ticket-shop? I see 401s.",
            {"namespace": "ticketing", "app": "ticket-shop"}, "2026-02-03T09:00:00Z")
    ev = TEV("ticketing")
    hpa_msg = "New size: {n}; reason: cpu resource utilization (percentage of request) above target"
    r.add(41.0, ev, evt_logfmt, "ticket-shop", "HorizontalPodAutoscaler", "SuccessfulRescale", "Normal",
          hpa_msg.format(n=6), "horizontal-pod-autoscaler")
    r.add(41.2, ev, evt_logfmt, "ticket-shop", "Deployment", "ScalingReplicaSet", "Normal",
          f"Scaled up replica set ticket-shop-{T_POD['ticket-shop'][1].split('-')[2]} to 6 from 3", "deployment-controller")
    for i in range(3):
        p = pod("ticket-shop", salt=f"w07-{i}", rs=T_POD["ticket-shop"][1].split("-")[2])
        node = f"aks-apps-31846207-vmss00000{i + 2}"
        r.add(41.4 + i * 0.05, ev, evt_logfmt, p, "Pod", "Scheduled", "Normal",
              f"Successfully assigned ticketing/{p} to {node}", "default-scheduler")
        r.add(44.9 + i * 0.4, ev, evt_logfmt, p, "Pod", "Started", "Normal", "Started container ticket-shop", "kubelet", node)
        r.add(46.1 + i * 0.4, L("ticketing", p, "ticket-shop", node, app="ticket-shop", cluster=T_CLUSTER), dotnet,
              "info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:8080")
    ing = TL("ingress-nginx", container="controller")
    ts_ = TL("ticket-shop")
    reqs = [
        (2.1, "GET", "/shop/medtec-2026", 200, 18422, 0.031),
        (5.7, "POST", "/api/cart/items", 200, 412, 0.044),
        (8.9, "GET", "/api/account/orders", 401, 97, 0.006),
        (13.4, "GET", "/favicon-32.png", 404, 153, 0.003),
        (20.2, "POST", "/api/checkout", 200, 733, 0.212),
        (27.8, "GET", "/api/tickets/availability?day=1", 200, 2210, 0.012),
        (33.1, "GET", "/api/account/orders", 401, 97, 0.005),
        (52.6, "POST", "/api/cart/items", 200, 409, 0.051),
        (61.0, "POST", "/api/checkout", 200, 741, 0.187),
        (77.3, "GET", "/api/tickets/availability?day=2", 200, 2208, 0.010),
        (95.5, "POST", "/api/account/login", 200, 512, 0.093),
        (118.0, "GET", "/api/account/orders", 200, 1843, 0.022),
    ]
    for t, m, pth, st, sz, rt in reqs:
        ip = f"91.{(int(t * 7)) % 200 + 20}.{int(t * 13) % 250}.{int(t * 3) % 250 + 2}"
        r.add(t, ing, nginx_access, ip, m, pth, st, sz, UAS[int(t) % 3], "ticketing-ticket-shop-8080",
              f"10.244.3.{int(t) % 40 + 10}:8080", rt, st, ref="https://tickets.meridian-expo.com/shop/medtec-2026")
    r.add(8.91, ts_, dotnet, "info", "Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler", 7,
          "Bearer was not authenticated. Failure message: IDX10223: Lifetime validation failed. The token is expired. "
          "ValidTo (UTC): '02/03/2026 08:41:19', Current time (UTC): '02/03/2026 09:00:08'.")
    r.add(33.11, ts_, dotnet, "info", "Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler", 12,
          "AuthenticationScheme: Bearer was challenged.")
    r.add(20.4, ts_, dotnet, "info", "Mecc.Tickets.Api.Orders.CheckoutService", 31,
          "Checkout completed for order T-26-104233 (2 x Trade Visitor Day Ticket), payment ref pa_9XkT2mQ")
    r.add(61.2, ts_, dotnet, "info", "Mecc.Tickets.Api.Orders.CheckoutService", 31,
          "Checkout completed for order T-26-104298 (1 x Season Ticket), payment ref pa_9XkUa1c")
    r.add(150.0, ev, evt_logfmt, "ticket-shop", "HorizontalPodAutoscaler", "SuccessfulRescale", "Normal",
          hpa_msg.format(n=8), "horizontal-pod-autoscaler")
    r.add(150.3, ev, evt_logfmt, "ticket-shop", "Deployment", "ScalingReplicaSet", "Normal",
          f"Scaled up replica set ticket-shop-{T_POD['ticket-shop'][1].split('-')[2]} to 8 from 6", "deployment-controller")
    for i in range(2):
        p = pod("ticket-shop", salt=f"w07-b{i}", rs=T_POD["ticket-shop"][1].split("-")[2])
        node = f"aks-apps-31846207-vmss00000{i + 3}"
        r.add(150.5 + i * 0.05, ev, evt_logfmt, p, "Pod", "Scheduled", "Normal",
              f"Successfully assigned ticketing/{p} to {node}", "default-scheduler")
        r.add(154.2 + i * 0.3, ev, evt_logfmt, p, "Pod", "Started", "Normal", "Started container ticket-shop", "kubelet", node)
    r.noise(T_NOISE, 18, 0, 240, kinds=["nginx", "ticket", "rabbit", "redis", "flux", "halls", "badge"])
    r.expect("INFO", "none", "ticket-shop",
             "No fault: the sale opening raised CPU, the HPA scaled ticket-shop from 3 to 8 replicas and every new pod "
             "was scheduled on existing nodes; the 401s are visitors with expired sessions and the 404 is a missing favicon.",
             "Busy but healthy sale opening; autoscaling worked and checkouts succeed.",
             "Nothing to do.",
             ["healthy-lookalike"])
    return r


# ----------------------------------------------------------------------------------------------
def w08():
    r = Rec("w08", "T", "synthetic:dev60-meridian-expo",
            "cert-manager logged 'propagation check failed' for the ticket shop certificate — is TLS about to break?",
            {"namespace": "cert-manager"}, "2026-03-04T03:00:00Z")
    C = L("cert-manager", pod("cert-manager"), "cert-manager-controller", "aks-system-31846207-vmss000002",
          app="cert-manager", cluster=T_CLUSTER)
    k = 1
    r.add(0.2, C, klog, "I", k, "trigger_controller.go:215",
          '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="ticketing/tickets-meridian-expo-tls" '
          'reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-03-04 03:00:00 +0000 UTC"')
    r.add(0.21, C, klog, "I", k, "conditions.go:203",
          'Setting lastTransitionTime for Certificate "tickets-meridian-expo-tls" condition "Issuing" to 2026-03-04 03:00:00.21 +0000 UTC')
    r.add(0.6, C, klog, "I", k, "conditions.go:263",
          'Setting lastTransitionTime for CertificateRequest "tickets-meridian-expo-tls-7" condition "Approved" to 2026-03-04 03:00:00.6 +0000 UTC')
    r.add(1.1, C, klog, "I", k, "conditions.go:263",
          'Setting lastTransitionTime for CertificateRequest "tickets-meridian-expo-tls-7" condition "Ready" to 2026-03-04 03:00:01.1 +0000 UTC')
    r.add(2.3, C, klog, "I", k, "pod.go:71",
          '"creating HTTP01 challenge solver pod" logger="cert-manager.challenges.http01.ensurePod" resource_name="tickets-meridian-expo-tls-7-1284417731-3210988442" '
          'resource_namespace="ticketing" resource_kind="Challenge" dnsName="tickets.meridian-expo.com" type="HTTP-01"')
    r.add(4.9, C, klog, "E", k, "sync.go:190",
          '"propagation check failed" err="wrong status code \'404\', expected \'200\'" logger="cert-manager.challenges" '
          'resource_name="tickets-meridian-expo-tls-7-1284417731-3210988442" resource_namespace="ticketing" '
          'resource_kind="Challenge" dnsName="tickets.meridian-expo.com" type="HTTP-01"')
    r.add(15.0, C, klog, "I", k, "sync.go:227",
          '"accepting challenge authorization" logger="cert-manager.challenges.acceptChallenge" dnsName="tickets.meridian-expo.com" type="HTTP-01"')
    r.add(17.2, C, klog, "I", k, "sync.go:248",
          '"challenge has been accepted" logger="cert-manager.challenges" dnsName="tickets.meridian-expo.com" type="HTTP-01"')
    r.add(21.8, C, klog, "I", k, "sync.go:97",
          '"Order has already been completed, cleaning up any owned Challenge resources" logger="cert-manager.orders" '
          'resource_name="tickets-meridian-expo-tls-7-1284417731" resource_namespace="ticketing"')
    r.add(22.5, C, klog, "I", k, "conditions.go:252",
          'Found status change for CertificateRequest "tickets-meridian-expo-tls-7" condition "Ready": "False" -> "True"; setting lastTransitionTime to 2026-03-04 03:00:22.5 +0000 UTC')
    r.add(22.9, C, klog, "I", k, "conditions.go:192",
          'Found status change for Certificate "tickets-meridian-expo-tls" condition "Ready": "True" -> "True"; setting lastTransitionTime to 2026-03-04 03:00:22.9 +0000 UTC')
    ev = TEV("ticketing")
    r.add(0.3, ev, evt_logfmt, "tickets-meridian-expo-tls", "Certificate", "Issuing", "Normal",
          "Renewing certificate as renewal was scheduled at 2026-03-04 03:00:00 +0000 UTC", "cert-manager-certificates-trigger")
    r.add(0.7, ev, evt_logfmt, "tickets-meridian-expo-tls", "Certificate", "Requested", "Normal",
          'Created new CertificateRequest resource "tickets-meridian-expo-tls-7"', "cert-manager-certificates-request-manager")
    r.add(23.0, ev, evt_logfmt, "tickets-meridian-expo-tls", "Certificate", "Issuing", "Normal",
          "The certificate has been successfully issued", "cert-manager-certificates-issuing")
    ing = TL("ingress-nginx", container="controller")
    r.add(4.85, ing, nginx_access, "18.192.231.252", "GET",
          "/.well-known/acme-challenge/u3bC1vJk0Yw9Q7sYtq2rGk8mXo5aPz1fLd6eHn4iT0c", 404, 146,
          "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)", "ticketing-ticket-shop-8080",
          "10.244.3.22:8080", 0.004, 404, proto="HTTP/1.1")
    r.add(14.2, ing, nginx_access, "23.178.112.104", "GET",
          "/.well-known/acme-challenge/u3bC1vJk0Yw9Q7sYtq2rGk8mXo5aPz1fLd6eHn4iT0c", 200, 87,
          "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)",
          "ticketing-cm-acme-http-solver-7zq4n-8089", "10.244.3.61:8089", 0.001, 200, proto="HTTP/1.1")
    r.add(24.1, ing, klog, "I", 7, "backend_ssl.go:67",
          '"Updating secret in local store" name="ticketing/tickets-meridian-expo-tls"')
    r.add(24.3, ing, klog, "I", 7, "controller.go:190", '"Configuration changes detected, backend reload required"')
    r.add(24.9, ing, klog, "I", 7, "controller.go:210", '"Backend successfully reloaded"')
    r.noise(T_NOISE, 24, 0, 200, kinds=["nginx", "ticket", "rabbit", "flux", "halls", "exhib", "redis"])
    r.expect("INFO", "none", "cert-manager",
             "No fault: scheduled renewal of tickets-meridian-expo-tls 30 days before expiry; the first HTTP-01 "
             "propagation self-check got a 404 before the solver route was live, the next check passed and the new "
             "certificate was issued and loaded by ingress-nginx.",
             "Routine Let's Encrypt renewal completed successfully.",
             "Nothing to do.",
             ["healthy-lookalike"])
    return r


# ----------------------------------------------------------------------------------------------
def w09():
    r = Rec("w09", "T", "synthetic:dev60-meridian-expo",
            "Quick health check of badge printing at the registration desks.",
            {"namespace": "badges"}, "2026-03-16T07:45:00Z")
    S = TL("badge-print-spooler", container="spooler")
    cat = "Mecc.Badges.Spooler.PrintWorker"
    desks = ["prn-hall1-desk02", "prn-hall2-desk04", "prn-entrance-south-07", "prn-entrance-north-03", "prn-hall3-desk01"]
    t = 2.0
    for i in range(16):
        desk = desks[(i * 3) % 5]
        bid = 48200 + i * 37
        r.add(t, S, dotnet, "info", "Mecc.Badges.Spooler.QueueConsumer", 10,
              f"Received print job for badge B-2026-{bid:06d} (desk {desk}, template visitor-v4)")
        r.add(t + 1.6 + (i % 4) * 0.2, S, dotnet, "info", cat, 20,
              f"Printed badge B-2026-{bid:06d} on {desk} in {1.5 + (i % 4) * 0.2:.1f}s")
        t += 14.3
    r.add(120.0, S, dotnet, "info", "Mecc.Badges.Spooler.PrinterHealth", 40,
          "Printer health: 18/18 online, ribbon low on prn-entrance-south-07 (12%)")
    r.add(240.0, S, dotnet, "info", "Mecc.Badges.Spooler.PrinterHealth", 40,
          "Printer health: 18/18 online, ribbon low on prn-entrance-south-07 (11%)")
    rb = TL("rabbitmq", container="rabbitmq")
    r.add(60.5, rb, rabbit, "info", "0.28812.0", "queue 'badges.print' in vhost 'mecc': 0 ready, 1 unacked, 1 consumers")
    r.noise(T_NOISE, 20, 0, 250, kinds=["nginx", "ticket", "rabbit", "flux", "gate", "redis", "halls"])
    r.expect("INFO", "none", "badge-print-spooler",
             "No fault: print jobs are consumed and printed in under three seconds on all desks; the low-ribbon notice "
             "is a consumable reminder, not an incident.",
             "Badge printing healthy across registration desks.",
             "Nothing to do (replace the ribbon at entrance south desk 07 during the next quiet period).",
             [])
    return r


# ----------------------------------------------------------------------------------------------
def w10():
    r = Rec("w10", "T", "synthetic:dev60-meridian-expo",
            "hall-booking-db logged 'connection reset by peer' — is the database in trouble?",
            {"namespace": "halls"}, "2026-03-19T14:20:00Z")
    P = "hall-booking-db-1"
    D = TL("hall-booking-db-1", container="postgres", app="hall-booking-db")
    old = T_POD["hall-booking"][1]
    new = pod("hall-booking", salt="w10", rs=_h("hall-booking-4.6.2", 10))
    fx = TL("flux", container="manager", app="kustomize-controller")
    r.add(0.5, fx, raw_, json.dumps({"level": "info", "ts": iso_ms(r.dt(0.5)), "msg": "server-side apply completed",
                                      "controller": "kustomization", "controllerGroup": "kustomize.toolkit.fluxcd.io",
                                      "controllerKind": "Kustomization", "Kustomization": {"name": "halls", "namespace": "flux-system"},
                                      "namespace": "flux-system", "name": "halls", "reconcileID": uid("w10flux"),
                                      "output": {"Deployment/halls/hall-booking": "configured"}}, separators=(",", ":")))
    ev = TEV("halls")
    r.add(1.1, ev, evt_logfmt, "hall-booking", "Deployment", "ScalingReplicaSet", "Normal",
          f"Scaled up replica set hall-booking-{new.split('-')[2]} to 1", "deployment-controller")
    r.add(24.8, ev, evt_logfmt, "hall-booking", "Deployment", "ScalingReplicaSet", "Normal",
          f"Scaled down replica set hall-booking-{old.split('-')[2]} to 0 from 1", "deployment-controller")
    r.add(24.9, ev, evt_logfmt, old, "Pod", "Killing", "Normal", "Stopping container hall-booking", "kubelet",
          T_POD["hall-booking"][2])
    O = TL("hall-booking")
    r.add(25.0, O, spring, "INFO", "hall-booking", "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown",
          "Commencing graceful shutdown. Waiting for active requests to complete")
    for i in range(4):
        r.add(55.3 + i * 0.004, D, cnpg, P, "LOG", "could not receive data from client: Connection reset by peer",
              4100 + i * 17, user="app", db="halls", state="08006", conn=f"10.244.4.31:{51220 + i * 3}")
    N = L("halls", new, "hall-booking", "aks-apps-31846207-vmss000001", app="hall-booking", cluster=T_CLUSTER)
    r.add(12.3, N, spring, "INFO", "hall-booking", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.")
    r.add(19.7, N, spring, "INFO", "hall-booking", "main", "c.m.halls.HallBookingApplication",
          "Started HallBookingApplication in 14.882 seconds (process running for 15.6)")
    r.add(55.2, O, spring, "WARN", "hall-booking", "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown",
          "Graceful shutdown aborted with one or more requests still active")
    r.add(60.0, D, cnpg, P, "LOG", "checkpoint starting: time", 77, backend="checkpointer")
    r.add(88.4, D, cnpg, P, "LOG",
          "checkpoint complete: wrote 2214 buffers (13.5%); 0 WAL file(s) added, 0 removed, 1 recycled; write=27.912 s, "
          "sync=0.041 s, total=28.402 s; sync files=61, longest=0.009 s, average=0.001 s; distance=18211 kB, estimate=21034 kB; lsn=3/A1C2E0F8, redo lsn=3/A0E31A40",
          77, backend="checkpointer")
    r.add(91.0, D, cnpg_im, "info", "Archived WAL file", P, logger="wal-archive",
          walName="/var/lib/postgresql/data/pgdata/pg_wal/0000000100000003000000A0", startTime=iso_ms(r.dt(90.2)),
          endTime=iso_ms(r.dt(91.0)), elapsedWalTime=0.79)
    r.add(150.0, D, cnpg, P, "LOG", 'automatic vacuum of table "halls.public.slot_booking": index scans: 1', 4388,
          backend="autovacuum worker")
    for t in (70.0, 110.0, 140.0, 180.0, 220.0):
        r.add(t, N, spring, "INFO", "hall-booking", f"http-nio-8080-exec-{int(t) % 9 + 1}", "c.m.halls.booking.BookingService",
              f"booking HB-{26000 + int(t)} confirmed hall={int(t) % 9 + 1} date=2026-04-1{int(t) % 10} slots=3")
    r.noise(T_NOISE, 20, 0, 240, kinds=["nginx", "ticket", "rabbit", "exhib", "gate", "badge", "redis"])
    r.expect("INFO", "none", "hall-booking-db",
             "No fault: the 'connection reset by peer' lines are the old hall-booking pod's pooled connections being "
             "dropped when it was terminated during a Flux rollout; checkpoints, WAL archiving and autovacuum are normal "
             "and the new pod books successfully.",
             "Rolling update of hall-booking; PostgreSQL logged closed client connections, database healthy.",
             "Nothing to do.",
             ["healthy-lookalike"])
    return r


RECORDS = [w01, w02, w03, w04, w05, w06, w07, w08, w09, w10]
