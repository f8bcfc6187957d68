"""dev60 working records w21-w30: a component keeps failing requests/operations but is up (ERROR)."""
from common import *  # noqa: F401,F403
from common import _h


# ----------------------------------------------------------------------------------------------
def w21():
    r = Rec("w21", "F", "synthetic:dev60-greenvault-farm",
            "harvest-scheduler cannot produce dispatch plans since this morning — why?",
            {"namespace": "harvest", "app": "harvest-scheduler"}, "2026-04-06T09:20:00Z")
    H = FL("harvest-scheduler")
    rp = pod("route-planner")
    RP = L("harvest", rp, "route-planner", "gv-ber1-agt04", app="route-planner", cluster=F_CLUSTER)
    app = "harvest-scheduler"
    attempts = [(5.0, 14), (97.0, 14), (189.0, 15), (281.0, 15), (373.0, 16)]
    solve_s = [58.2, 57.9, 59.4, 56.7, 58.8]
    for i, (t, wave) in enumerate(attempts):
        r.add(t, H, spring, "INFO", app, "scheduling-1", "f.g.harvest.dispatch.DispatchPlanner",
              f"requesting route plan for wave {wave}: 212 stops, 9 vehicles (timeout 30s)")
        r.add(t + 0.12, RP, uvicorn, "INFO",
              f"route_planner.solver: solve started: 212 stops (previous run 94), 9 vehicles, time windows on, "
              f"search time limit 60s", ev=(i == 0))
        r.add(t + 30.05, H, spring, "ERROR", app, "scheduling-1", "f.g.harvest.dispatch.DispatchPlanner",
              f"route plan for wave {wave} failed: I/O error on POST request for "
              f"\"http://route-planner.harvest.svc.cluster.local:8000/v1/solve\": Read timed out", ev=(i == 1))
        r.add(t + 30.06, H, "org.springframework.web.client.ResourceAccessException: I/O error on POST request for "
                            "\"http://route-planner.harvest.svc.cluster.local:8000/v1/solve\": Read timed out")
        r.add(t + 30.06, H, "\tat org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:905)")
        r.add(t + 30.06, H, "Caused by: java.net.SocketTimeoutException: Read timed out")
        r.add(t + 30.07, H, spring, "WARN", app, "scheduling-1", "f.g.harvest.dispatch.DispatchPlanner",
              f"wave {wave}: 9 trucks left unassigned, retrying in 60s (attempt {i + 1})")
        r.add(t + 0.12 + solve_s[i], RP, uvicorn, "INFO",
              f"route_planner.solver: solve finished in {solve_s[i]}s: status=ROUTING_SUCCESS, objective=41822, "
              f"vehicles used 9/9", ev=(i in (0, 2)))
        r.add(t + 0.14 + solve_s[i], RP,
              f'INFO:     10.42.2.33:{40100 + i * 17} - "POST /v1/solve HTTP/1.1" 200 OK')
        r.add(t + 0.15 + solve_s[i], RP, uvicorn, "WARNING",
              "route_planner.api: client disconnected before response was sent (wave %d)" % wave)
    r.add(2.0, H, spring, "INFO", app, "scheduling-1", "f.g.harvest.orders.OrderImport",
          "imported 118 retailer orders for 2026-04-06 (Easter Monday pre-orders included), 212 delivery stops")
    r.noise(F_NOISE, 22, 0, 440, kinds=["emqx", "climate", "dosing", "traefik", "redis", "telemetry", "lighting", "fleet"])
    r.expect("ERROR", "timeout", "route-planner",
             "route-planner now needs 57-59 s per solve (212 stops instead of the usual ~94, with a 60 s solver time "
             "limit) while harvest-scheduler's HTTP client gives up after 30 s, so every dispatch planning request times "
             "out and the finished results are thrown away.",
             "Dispatch plans for harvest waves 14-16 keep failing with read timeouts; trucks remain unassigned. "
             "route-planner itself logs only successful but slow solves.",
             "Align the timeouts: lower route-planner's search time limit (e.g. 25 s) or raise harvest-scheduler's read "
             "timeout above the solver limit, or make planning asynchronous; then re-run waves 14-16.",
             ["quiet-cause"])
    return r


# ----------------------------------------------------------------------------------------------
def w22():
    r = Rec("w22", "F", "synthetic:dev60-greenvault-farm",
            "The new plant-vision model was deployed an hour ago but is still not running — what's blocking it?",
            {"namespace": "vision"}, "2026-04-08T13:00:00Z")
    old = pod("plant-vision", salt="w22old", rs=_h("plant-vision-4.0.3", 10))
    new = pod("plant-vision", salt="w22new", rs=_h("plant-vision-4.1.0", 10))
    O = L("vision", old, "plant-vision", "gv-ber1-agt04", app="plant-vision", cluster=F_CLUSTER)
    ev = FEV("vision")
    vol = "pvc-a81c3d55-0f6e-4b7a-9c2d-71e4f0b6c9aa"
    r.add(1.0, L("cattle-fleet-system", pod("fleet-agent"), "fleet-agent", "gv-ber1-srv02", app="fleet-agent",
                 cluster=F_CLUSTER), logrus, "info", "bundle modified, waiting for rollout", bundle="vision-stack",
          namespace="fleet-local", generation=31)
    r.add(2.0, ev, evt_logfmt, new, "Pod", "Scheduled", "Normal", f"Successfully assigned vision/{new} to gv-ber1-agt02",
          "default-scheduler", count=1)
    for i, t in enumerate([2.4, 64.9, 190.0, 310.2]):
        r.add(t, ev, evt_logfmt, new, "Pod", "FailedAttachVolume", "Warning",
              f'Multi-Attach error for volume "{vol}" Volume is already used by pod(s) {old}', "attachdetach-controller",
              count=i + 1, ev=(i == 0))
    for i, t in enumerate([124.5, 246.8, 369.0]):
        r.add(t, ev, evt_logfmt, new, "Pod", "FailedMount", "Warning",
              "Unable to attach or mount volumes: unmounted volumes=[images], unattached volumes=[images kube-api-access-w7t2z]: "
              "timed out waiting for the condition", "kubelet", "gv-ber1-agt02", count=i + 1, ev=(i == 0))
    r.add(3.0, FJ("gv-ber1-srv01", "k3s.service"), klog, "W", 911, "reconciler.go:313",
          f'Multi-Attach error for volume "{vol}" (UniqueName: "kubernetes.io/csi/driver.longhorn.io^{vol}") '
          f'from node "gv-ber1-agt02" Volume is already exclusively attached to node gv-ber1-agt04 and can\'t be attached to another',
          ev=True)
    r.add(4.0, L("longhorn-system", pod("longhorn-manager", salt="agt04"), "longhorn-manager", "gv-ber1-agt04",
                 app="longhorn-manager", cluster=F_CLUSTER), logrus, "info",
          "Volume is attached to node gv-ber1-agt04 with accessMode rwo, rejecting attach request from gv-ber1-agt02",
          volume=vol)
    r.add(360.0, FEV("vision"), evt_logfmt, "plant-vision", "Deployment", "ProgressDeadlineExceeded", "Warning",
          f'ReplicaSet "plant-vision-{new.split("-")[2]}" has timed out progressing.', "deployment-controller")
    r.add(362.0, L("cattle-fleet-system", pod("fleet-agent"), "fleet-agent", "gv-ber1-srv02", app="fleet-agent",
                   cluster=F_CLUSTER), logrus, "warning", "bundle not ready",
          bundle="vision-stack", reason="Deployment vision/plant-vision: ProgressDeadlineExceeded")
    for i, t in enumerate([20.0, 80.0, 140.0, 200.0, 260.0, 320.0, 380.0]):
        r.add(t, O, pylog, "INFO", "vision.infer",
              f"analysed {30 + i} tray images from rack-b{i % 3 + 1}-0{i % 7 + 1}: model=leafnet-4.0.3 tipburn=0 "
              f"stress={i % 2} mean_leaf_area_cm2={41 + i}.2")
    r.noise(F_NOISE, 22, 0, 390, kinds=["emqx", "climate", "dosing", "traefik", "redis", "telemetry", "harvest", "fleet"])
    r.expect("ERROR", "storage", "plant-vision",
             "plant-vision uses a ReadWriteOnce Longhorn volume with a RollingUpdate strategy; the new pod was scheduled "
             "on gv-ber1-agt02 while the old pod still holds the volume on gv-ber1-agt04, so the attach fails with a "
             "Multi-Attach error and the rollout never progresses.",
             "Rollout of plant-vision 4.1.0 stuck on Multi-Attach/FailedMount; the old version keeps running, so the new "
             "model is not deployed.",
             "Change the Deployment strategy to Recreate (or pin both pods to the same node / use RWX), then roll out again; "
             "no data is at risk.",
             [])
    return r


# ----------------------------------------------------------------------------------------------
def w23():
    r = Rec("w23", "A", "synthetic:dev60-northfield-accel",
            "Operators cannot save entries in the electronic logbook since this morning — why?",
            {"namespace": "olog", "app": "olog"}, "2026-04-28T07:30:00Z")
    O = AL("olog")
    CM = L("cert-manager", pod("cert-manager"), "cert-manager-controller", "acc-wk01", app="cert-manager", cluster=A_CLUSTER)
    r.add(1.5, CM, klog, "I", 1, "conditions.go:192",
          'Found status change for Certificate "olog-es-http" condition "Ready": "False" -> "True"; setting lastTransitionTime to 2026-04-28 07:30:01.5 +0000 UTC')
    r.add(1.6, AEV("olog"), evt_json, "olog", "olog-es-http", "Certificate", "Issuing", "Normal",
          "Issued certificate from ClusterIssuer/nfu-controls-ca-2026 (was ClusterIssuer/nfu-controls-ca)",
          "cert-manager-certificates-issuing", ev=True)
    r.add(30.0, AL("olog-es", container="elasticsearch", app="olog-es"), raw_,
          json.dumps({"@timestamp": iso_ms(r.dt(30.0)), "log.level": "INFO",
                      "message": "reloading SSL configuration for [xpack.security.http.ssl] after change of /usr/share/elasticsearch/config/http-certs/tls.crt",
                      "ecs.version": "1.2.0", "service.name": "ES_ECS", "event.dataset": "elasticsearch.server",
                      "log.logger": "org.elasticsearch.xpack.core.ssl.SSLConfigurationReloader",
                      "elasticsearch.node.name": "olog-es-default-0", "elasticsearch.cluster.name": "olog-es"},
                     separators=(",", ":")))
    ing = AL("haproxy", container="kubernetes-ingress-controller", app="haproxy-ingress")
    calls = [(62.0, "POST", "/Olog/logs", "mchen"), (95.4, "GET", "/Olog/logs/search?tags=Operations&size=20", None),
             (131.9, "POST", "/Olog/logs", "apetrov"), (188.2, "POST", "/Olog/logs", "mchen"),
             (240.7, "GET", "/Olog/logs/search?logbooks=Operations&size=20", None), (301.3, "POST", "/Olog/logs", "jkowalski")]
    for i, (t, m, pth, user) in enumerate(calls):
        what = "create log entry" if m == "POST" else "search logs"
        r.add(t, O, spring, "ERROR", "olog", f"http-nio-8080-exec-{i + 2}", "o.p.olog.LogResource",
              f"Failed to {what}" + (f" for user '{user}'" if user else "") + ": co.elastic.clients.transport.TransportException: "
              "node: https://olog-es-http.olog.svc:9200/, status: 0, [es/" + ("index" if m == "POST" else "search") + "] Failed: "
              "javax.net.ssl.SSLHandshakeException: PKIX path building failed: "
              "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
              ev=(i in (0, 1)))
        if i == 0:
            r.add(t + 0.001, O, "Caused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed: "
                                "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target")
            r.add(t + 0.001, O, "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)")
            r.add(t + 0.001, O, "\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:378)")
            r.add(t + 0.001, O, "\tat org.apache.http.nio.reactor.ssl.SSLIOSession.doHandshake(SSLIOSession.java:340)")
        r.add(t + 0.01, ing, haproxy, f"10.30.8.{40 + i * 7}:{51000 + i * 311}", "https~", "olog-olog-8080/SRV_1",
              f"0/0/1/{22 + i}/{23 + i}", 500, 312, f"{4 + i}/{4 + i}/0/0/0", f"{m} {pth} HTTP/1.1")
    r.add(210.0, O, spring, "WARN", "olog", "scheduling-1", "o.p.olog.ElasticConfig",
          "Elasticsearch health check failed: javax.net.ssl.SSLHandshakeException: PKIX path building failed (truststore /etc/olog/truststore.p12, 1 entry: CN=NFU Controls CA)",
          ev=True)
    for t in (40.0, 160.0, 280.0):
        r.add(t, O, spring, "INFO", "olog", "http-nio-8080-exec-1", "o.p.olog.LogbooksResource", "GET /Olog/logbooks -> 200 (served from cache)")
    r.noise(A_NOISE, 24, 0, 330, kinds=["etl", "kafka", "alarm_logger", "ceph", "argocd", "blm", "magnet", "tango_vac"])
    r.expect("ERROR", "tls_certificate", "olog",
             "The Elasticsearch HTTP certificate (olog-es-http) was re-issued by the new ClusterIssuer nfu-controls-ca-2026, "
             "but Olog's truststore still contains only the old 'NFU Controls CA', so every TLS handshake from Olog to "
             "Elasticsearch fails with PKIX path building failed.",
             "Creating and searching logbook entries fails with HTTP 500; the Olog service itself is up and serves cached "
             "logbook lists.",
             "Add the new CA (nfu-controls-ca-2026) to Olog's truststore or mount the CA bundle from cert-manager trust-manager, "
             "then restart Olog.",
             [])
    return r


# ----------------------------------------------------------------------------------------------
def w24():
    r = Rec("w24", "A", "synthetic:dev60-northfield-accel",
            "Olog logins fail with LDAP errors and alarm e-mails are not going out — what is wrong?",
            {"namespace": "olog"}, "2026-05-05T06:50:00Z")
    cd = [pod("coredns", salt="acc-a", rs="76f75df574"), pod("coredns", salt="acc-b", rs="76f75df574")]
    CD = [L("kube-system", cd[0], "coredns", "acc-cp01", app="coredns", cluster=A_CLUSTER),
          L("kube-system", cd[1], "coredns", "acc-cp02", app="coredns", cluster=A_CLUSTER)]
    names = [("10.0.4.33", "ldap.ctrl.northfield.edu."), ("10.0.3.12", "smtp.ctrl.northfield.edu."),
             ("10.0.4.33", "ldap.ctrl.northfield.edu."), ("10.0.6.51", "ioc-sr-ps-01.ctrl.northfield.edu."),
             ("10.0.4.33", "ldap.ctrl.northfield.edu."), ("10.0.3.12", "smtp.ctrl.northfield.edu."),
             ("10.0.4.33", "ldap.ctrl.northfield.edu."), ("10.0.6.51", "ioc-li-rf-02.ctrl.northfield.edu.")]
    for i, (ip, nm) in enumerate(names):
        t = 8.0 + i * 37.3
        r.add(t, CD[i % 2], f'[INFO] {ip}:{41873 + i * 977} - {20411 + i * 4111} "A IN {nm} udp {len(nm) + 28} false 1232" '
                            f'SERVFAIL qr,rd {len(nm) + 28} {0.003127 + (i % 3) * 0.001093 + i * 0.000211:.6f}s', ev=(i in (0, 1)))
    r.add(5.0, CD[0], '[INFO] 10.0.4.33:39112 - 5521 "A IN olog-es-http.olog.svc.cluster.local. udp 63 false 1232" NOERROR qr,aa,rd 112 0.000182s')
    r.add(120.0, CD[1], '[INFO] 10.0.3.12:48821 - 771 "A IN www.northfield.edu. udp 47 false 1232" NOERROR qr,rd,ra 94 0.011823s')
    r.add(2.0, AL("argocd", container="argocd-application-controller", app="argocd"), logrus, "info",
          "Reconciliation completed", application="argocd/kube-system-dns", dedup_ms=0, dest_namespace="kube-system",
          dest_server="https://kubernetes.default.svc", time_ms=88)
    O = AL("olog")
    for i, t in enumerate([8.1, 82.7, 231.9]):
        user = ["mchen", "apetrov", "szhou"][i]
        r.add(t + 0.02, O, spring, "ERROR", "olog", f"http-nio-8080-exec-{i + 3}", "o.p.olog.security.LdapAuthProvider",
              f"Authentication for '{user}' failed: org.springframework.ldap.CommunicationException: ldap.ctrl.northfield.edu:636; "
              "nested exception is javax.naming.CommunicationException: ldap.ctrl.northfield.edu:636 "
              "[Root exception is java.net.UnknownHostException: ldap.ctrl.northfield.edu]", ev=(i == 0))
        r.add(t + 0.03, AL("haproxy", container="kubernetes-ingress-controller", app="haproxy-ingress"), haproxy,
              f"10.30.9.{20 + i * 9}:{52000 + i * 77}", "https~", "olog-olog-8080/SRV_1", f"0/0/1/{14 + i}/{15 + i}", 401, 188,
              "6/6/0/0/0", "POST /Olog/login HTTP/1.1")
    S = AL("phoebus-alarm-server", container="alarm-server")
    for t in (45.4, 269.2):
        r.add(t, S, jul, "WARNING", "org.phoebus.applications.alarm.server.actions.EmailActionExecutor",
              "Cannot send alarm e-mail for Accelerator/Storage Ring/Vacuum/SR-VA-IG07:Pressure: com.sun.mail.util.MailConnectException: "
              "Couldn't connect to host, port: smtp.ctrl.northfield.edu, 25; timeout -1; nested exception is: "
              "java.net.UnknownHostException: smtp.ctrl.northfield.edu")
    r.add(150.0, AL("epics-archiver", container="archiver"), log4j, "WARN", "MgmtPVStatus",
          "org.epics.archiverappliance.mgmt.bpl.GetApplianceInfo",
          "Cannot resolve IOC host ioc-sr-ps-01.ctrl.northfield.edu for PV SR-MG-QF01:Current-RB hostName lookup; using cached address 10.61.4.11")
    r.noise(A_NOISE, 22, 0, 320, kinds=["etl", "kafka", "alarm_logger", "ceph", "argocd", "blm", "magnet", "tango_vac", "es"])
    r.expect("ERROR", "dns_resolution", "coredns",
             "Every query CoreDNS forwards for the ctrl.northfield.edu zone to the campus resolvers (10.40.0.53/54) comes "
             "back SERVFAIL, while cluster-internal and other external names resolve; Olog cannot resolve its LDAP server "
             "and the alarm server cannot resolve its SMTP relay.",
             "Name resolution for the controls zone has been failing for the whole window: logbook logins are rejected and "
             "alarm e-mails are not sent.",
             "Ask campus IT to fix the ctrl.northfield.edu zone on 10.40.0.53/54 (check with dig @10.40.0.53); as a stop-gap "
             "add the critical hosts (ldap, smtp) to the CoreDNS hosts block.",
             ["outside-selector"])
    return r


# ----------------------------------------------------------------------------------------------
def w25():
    r = Rec("w25", "T", "synthetic:dev60-meridian-expo",
            "Registration desks in hall 4 cannot print badges — the other halls are fine. Why?",
            {"namespace": "badges", "app": "badge-print-spooler"}, "2026-03-16T08:05:00Z")
    S = TL("badge-print-spooler", container="spooler")
    W = "Mecc.Badges.Spooler.PrintWorker"
    hall4 = ["prn-hall4-desk01", "prn-hall4-desk02", "prn-hall4-desk03", "prn-hall4-desk04"]
    t = 3.0
    q_ = 11
    for i in range(9):
        desk = hall4[i % 4]
        bid = 61200 + i * 13
        r.add(t, S, dotnet, "fail", W, 21,
              f"Print job for badge B-2026-{bid:06d} on {desk} failed: System.Net.Sockets.SocketException (111): "
              f"Connection refused 10.60.4.20:9100", ev=(i in (0, 1)))
        q_ += 3
        r.add(t + 0.01, S, dotnet, "warn", W, 22,
              f"Requeued badge B-2026-{bid:06d} (attempt {i // 4 + 2}/10); hall4 queue depth {q_}")
        t += 38.7
    r.add(60.0, S, dotnet, "warn", "Mecc.Badges.Spooler.PrinterHealth", 41,
          "Printer health: 14/18 online; offline: prn-hall4-desk01, prn-hall4-desk02, prn-hall4-desk03, prn-hall4-desk04 "
          "(gateway prn-gw-hall4 10.60.4.20:9100 refusing connections since 07:58:41)", ev=True)
    r.add(240.0, S, dotnet, "warn", "Mecc.Badges.Spooler.PrinterHealth", 41,
          "Printer health: 14/18 online; offline: prn-hall4-desk01, prn-hall4-desk02, prn-hall4-desk03, prn-hall4-desk04 "
          "(gateway prn-gw-hall4 10.60.4.20:9100 refusing connections since 07:58:41)")
    others = ["prn-hall1-desk02", "prn-hall2-desk04", "prn-entrance-south-07", "prn-hall3-desk01"]
    for i in range(8):
        tt = 12.0 + i * 36.1
        r.add(tt, S, dotnet, "info", W, 20, f"Printed badge B-2026-{62000 + i * 41:06d} on {others[i % 4]} in {1.6 + (i % 3) * 0.2:.1f}s")
    r.add(150.0, TL("rabbitmq", container="rabbitmq"), rabbit, "info", "0.28812.0",
          "queue 'badges.print.hall4' in vhost 'mecc': 38 ready, 0 unacked, 1 consumers")
    r.noise(T_NOISE, 22, 0, 330, kinds=["nginx", "ticket", "rabbit", "flux", "gate", "redis", "halls"])
    r.expect("ERROR", "connection_refused", "prn-gw-hall4",
             "The hall 4 print gateway prn-gw-hall4 (10.60.4.20) actively refuses TCP connections on port 9100, so the "
             "spooler cannot deliver any job to the four hall 4 desk printers.",
             "All hall 4 badge print jobs fail and pile up in the hall 4 queue (38 waiting); printing in the other halls "
             "works normally.",
             "Check and restart the print service on the hall 4 gateway appliance (port 9100); meanwhile redirect the hall 4 "
             "queue to hall 3 printers.",
             [])
    return r


# ----------------------------------------------------------------------------------------------
def w26():
    r = Rec("w26", "T", "synthetic:dev60-meridian-expo",
            "Turnstiles at the north entrance drop their connection every few minutes — is access control OK?",
            {"namespace": "gates", "app": "access-control-gate"}, "2026-03-16T07:20:00Z")
    rs = T_POD["access-control-gate"][1].split("-")[3]
    pods_ = [pod("access-control-gate", salt=f"w26-{i}", rs=rs) for i in range(3)]
    nodes = ["aks-apps-31846207-vmss000000", "aks-apps-31846207-vmss000002", "aks-apps-31846207-vmss000004"]
    G = [L("gates", p, "gate", n, app="access-control-gate", cluster=T_CLUSTER) for p, n in zip(pods_, nodes)]
    bad = 2
    r.add(1.0, G[bad], slog, "INFO", "allowlist compaction started", role="leader", entries=982114, batch=5000)
    for i in range(6):
        t = 40.0 + i * 52.0
        r.add(t, G[bad], slog, "INFO", "allowlist compaction progress", done=5000 * (i * 14 + 20), total=982114,
              lock_held_ms=41000 + i * 1200)
    kl = TJ(nodes[bad])
    for i, t in enumerate([15.2, 25.2, 35.2, 95.2, 155.2, 215.2, 275.2]):
        r.add(t, kl, klog, "I", 3402, "prober.go:107",
              f'"Probe failed" probeType="Readiness" pod="gates/{pods_[bad]}" podUID="{uid(pods_[bad])}" containerName="gate" '
              f'probeResult="failure" output="Get \\"http://10.244.5.38:8080/readyz\\": context deadline exceeded '
              f'(Client.Timeout exceeded while awaiting headers)"', ev=(i == 0))
    r.add(35.3, TEV("gates"), evt_logfmt, pods_[bad], "Pod", "Unhealthy", "Warning",
          'Readiness probe failed: Get "http://10.244.5.38:8080/readyz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
          "kubelet", nodes[bad], count=3, ev=True)
    r.add(275.3, TEV("gates"), evt_logfmt, pods_[bad], "Pod", "Unhealthy", "Warning",
          'Readiness probe failed: Get "http://10.244.5.38:8080/readyz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
          "kubelet", nodes[bad], count=27)
    r.add(36.0, G[bad], slog, "WARN", "readyz handler slow", duration_ms=1840, waited_on="allowlist.mu", timeout_hint="probe timeoutSeconds=1",
          ev=True)
    r.add(37.0, G[bad], slog, "WARN", "lane websocket closed by server", lane="N2", reason="endpoint removed", reconnect="client")
    r.add(38.5, G[0], slog, "INFO", "lane websocket connected", lane="N2", reconnected=True)
    r.add(160.0, G[bad], slog, "WARN", "readyz handler slow", duration_ms=2210, waited_on="allowlist.mu",
          timeout_hint="probe timeoutSeconds=1")
    for i in range(8):
        t = 10.0 + i * 37.0
        g = i % 2
        r.add(t, G[g], slog, "INFO", "scan accepted", lane=f"{['N', 'S'][i % 2]}{i % 4 + 1}",
              badge_prefix=f"B-2026-{40 + i}", latency_ms=12 + i)
    r.add(200.0, G[0], slog, "WARN", "scan latency high", lane="N3", latency_ms=860, cause="failover reconnect")
    r.noise(T_NOISE, 18, 0, 300, kinds=["nginx", "ticket", "rabbit", "flux", "badge", "redis", "halls"])
    r.expect("ERROR", "probe_failure", "access-control-gate",
             "One of three access-control-gate replicas (the compaction leader) holds the allowlist lock for 40+ s at a "
             "time during allowlist compaction; its /readyz handler waits on that lock and exceeds the 1 s probe timeout, "
             "so the pod keeps flipping to NotReady and the lanes attached to it are disconnected.",
             "One replica fails its readiness probe repeatedly while the process runs; north-entrance lanes reconnect "
             "to the other two replicas with delays of up to a second.",
             "Make /readyz independent of the allowlist lock (or raise timeoutSeconds), and run compaction outside opening "
             "hours; restart the affected replica if lanes keep dropping.",
             [])
    return r


# ----------------------------------------------------------------------------------------------
def w27():
    r = Rec("w27", "T", "synthetic:dev60-meridian-expo",
            "Exhibitors report errors on their booth page in the portal — what's broken?",
            {"namespace": "exhibitors", "app": "exhibitor-portal"}, "2026-03-02T10:00:00Z")
    P = TL("exhibitor-portal")
    host = T_POD["exhibitor-portal"][1]
    ing = TL("ingress-nginx", container="controller")
    ids = [2231, 3107, 1984, 3412, 2877, 3555, 2019, 3390, 1762, 3601, 2450, 3122]
    fails = {3107, 3412, 3555, 3601, 3122}
    for i, ex in enumerate(ids):
        t = 6.0 + i * 24.5
        path = f"/api/exhibitors/{ex}/booth"
        if ex in fails:
            stack = ("TypeError: Cannot read properties of undefined (reading 'standNumber')\n"
                     "    at boothSummary (/app/.next/server/pages/api/exhibitors/[id]/booth.js:1:2841)\n"
                     "    at handler (/app/.next/server/pages/api/exhibitors/[id]/booth.js:1:3310)\n"
                     "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
                     "    at async apiResolver (/app/node_modules/next/dist/server/api-utils/node.js:372:9)")
            r.add(t, P, pino, "error", "unhandled error in API route", host,
                  req={"method": "GET", "url": path, "id": 18000 + i},
                  err={"type": "TypeError", "message": "Cannot read properties of undefined (reading 'standNumber')", "stack": stack},
                  ev=(ex in (3107, 3412)))
            r.add(t + 0.004, P, pino, "info", "request completed", host, req={"method": "GET", "url": path, "id": 18000 + i},
                  res={"statusCode": 500}, responseTime=11)
            r.add(t + 0.006, ing, nginx_access, f"84.{100 + i}.{20 + i * 3}.{7 + i}", "GET", path, 500, 61, UA_BROWSER,
                  "exhibitors-exhibitor-portal-3000", f"10.244.5.{30 + i % 3}:3000", 0.012, 500,
                  ref=f"https://exhibitors.meridian-expo.com/dashboard/{ex}")
        else:
            r.add(t, P, pino, "info", "request completed", host, req={"method": "GET", "url": path, "id": 18000 + i},
                  res={"statusCode": 200}, responseTime=18 + i)
    r.add(1.0, P, pino, "info", "exhibitor-portal 7.3.0 ready on http://0.0.0.0:3000 (build 2026-03-01, booth page v2 with co-exhibitor support)", host)
    r.add(150.0, P, pino, "warn", "booth lookups without stand assignment", host, count=31, window="10m",
          note="co-exhibitors share the main exhibitor's stand; stand is undefined for 212 co-exhibitor accounts")
    r.noise(T_NOISE, 20, 0, 300, kinds=["nginx", "ticket", "rabbit", "flux", "halls", "gate", "redis"])
    r.expect("ERROR", "application_error", "exhibitor-portal",
             "exhibitor-portal 7.3.0's booth API handler dereferences stand.standNumber without checking that a stand is "
             "assigned; for co-exhibitor accounts (no own stand) it throws an unhandled TypeError and returns HTTP 500.",
             "The booth page fails with 500 for co-exhibitors (about 40% of booth requests); other pages work.",
             "Fix the handler to fall back to the main exhibitor's stand (or handle the missing stand), or roll back to "
             "7.2.x until fixed.",
             [])
    return r


# ----------------------------------------------------------------------------------------------
def w28():
    r = Rec("w28", "A", "synthetic:dev60-northfield-accel",
            "Argo CD shows the controls-gateways app as Degraded after this morning's sync — what's wrong?",
            {"namespace": "controls", "app": "ca-gateway"}, "2026-05-07T09:15:00Z")
    img = "gitlab.acc.northfield.edu:5050/controls/ca-gateway:2.1.4-r1"
    rs_old = A_POD["ca-gateway"][1].split("-")[2]
    newp = pod("ca-gateway", salt="w28", rs=_h("ca-gateway-2.1.4-r1", 10))
    node = "acc-wk06"
    ac = AL("argocd", container="argocd-application-controller", app="argocd")
    r.add(0.5, ac, logrus, "info", "Initiated automated sync to '7d02e4b'", application="argocd/controls-gateways",
          dest_namespace="controls", dest_server="https://kubernetes.default.svc")
    r.add(1.4, AEV("controls"), evt_json, "controls", "ca-gateway", "Deployment", "ScalingReplicaSet", "Normal",
          f"Scaled up replica set ca-gateway-{newp.split('-')[2]} to 1", "deployment-controller")
    r.add(1.6, AEV("controls"), evt_json, "controls", newp, "Pod", "Scheduled", "Normal",
          f"Successfully assigned controls/{newp} to {node}", "default-scheduler")
    kj = AJ(node, "containerd.service")
    err = (f'failed to pull and unpack image \\"{img}\\": failed to resolve reference \\"{img}\\": '
           f'{img}: not found')
    for i, t in enumerate([2.5, 17.9, 47.3, 103.0, 188.4, 322.6]):
        r.add(t, kj, containerd, "info", f'PullImage "{img}"')
        r.add(t + 0.21, kj, containerd, "error", f'PullImage "{img}" failed',
              error=f"rpc error: code = NotFound desc = {err}".replace('\\"', '"'), ev=(i == 0))
    r.add(2.8, AEV("controls"), evt_json, "controls", newp, "Pod", "Failed", "Warning",
          f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": '
          f'failed to resolve reference "{img}": {img}: not found', "kubelet", node, ev=True)
    r.add(2.81, AEV("controls"), evt_json, "controls", newp, "Pod", "Failed", "Warning", "Error: ErrImagePull", "kubelet", node)
    r.add(18.5, AEV("controls"), evt_json, "controls", newp, "Pod", "BackOff", "Normal", f'Back-off pulling image "{img}"',
          "kubelet", node)
    r.add(18.51, AEV("controls"), evt_json, "controls", newp, "Pod", "Failed", "Warning", "Error: ImagePullBackOff", "kubelet",
          node, ev=True)
    r.add(323.0, AEV("controls"), evt_json, "controls", newp, "Pod", "BackOff", "Normal", f'Back-off pulling image "{img}"',
          "kubelet", node, count=14)
    r.add(60.0, ac, logrus, "info", "Updated health status: Progressing -> Degraded", application="argocd/controls-gateways",
          dest_namespace="controls")
    r.add(62.0, L("gitlab-runner", "runner-x7kq2-project-88-concurrent-0", "build", "acc-wk03", app="gitlab-runner",
                  cluster=A_CLUSTER),
          "ERROR: Job failed: command terminated with exit code 1 (pipeline 55120, job build-image ca-gateway 2.1.4-r1: "
          "make: *** [Makefile:42: gateway] Error 2)")
    G = AL("ca-gateway")
    for t in (30.0, 150.0, 270.0):
        d = r.dt(t)
        r.add(t, G, f"{d:%m/%d/%y %H:%M:%S} gateway: stats: {2100 + int(t)} virtual circuits, 30 client hosts, open fds {2300 + int(t)}/4096")
    G2 = L("controls", pod("ca-gateway", salt="second", rs=rs_old), "ca-gateway", "acc-wk04", app="ca-gateway",
           cluster=A_CLUSTER)
    for t in (90.0, 210.0):
        d = r.dt(t)
        r.add(t, G2, f"{d:%m/%d/%y %H:%M:%S} gateway: stats: {1900 + int(t)} virtual circuits, 27 client hosts, open fds {2050 + int(t)}/4096")
    r.noise(A_NOISE, 24, 0, 330, kinds=["haproxy", "etl", "kafka", "alarm_logger", "ceph", "blm", "tango_vac", "es"])
    r.expect("ERROR", "image_pull", "ca-gateway",
             "Argo CD synced ca-gateway to image tag 2.1.4-r1, but that tag was never pushed to the GitLab registry "
             "(its build job failed), so the new pod cannot pull it: not found / ImagePullBackOff.",
             "The ca-gateway rollout is stuck and the app is Degraded; both old replicas keep serving Channel Access, so "
             "there is no outage yet.",
             "Fix and re-run the ca-gateway 2.1.4-r1 image build (or revert the tag in Git) so the rollout can complete.",
             [])
    return r


# ----------------------------------------------------------------------------------------------
def w29():
    r = Rec("w29", "T", "synthetic:dev60-meridian-expo",
            "Hall bookings fail intermittently with 'please try again' — what's going on?",
            {"namespace": "halls"}, "2026-03-23T10:30:00Z")
    P = "hall-booking-db-1"
    D = TL("hall-booking-db-1", container="postgres", app="hall-booking-db")
    H = TL("hall-booking")
    app = "hall-booking"
    dl = [12.4, 49.8, 88.0, 131.6, 170.2, 219.9, 262.5, 301.1]
    for i, t in enumerate(dl):
        p1, p2 = 5121 + i * 13, 5133 + i * 13
        x1, x2 = 88231203 + i * 977, 88231199 + i * 977
        r.add(t, D, cnpg, P, "ERROR", "deadlock detected", p1, user="app", db="halls", state="40P01",
              conn=f"10.244.4.{31 + i % 3}:{52100 + i * 7}", tag="UPDATE",
              detail=f"Process {p1} waits for ShareLock on transaction {x1}; blocked by process {p2}.\n"
                     f"Process {p2} waits for ShareLock on transaction {x2}; blocked by process {p1}.",
              hint="See server log for query details.", ev=(i in (0, 1)))
        r.add(t + 0.02, H, spring, "ERROR", app, f"http-nio-8080-exec-{i % 9 + 1}", "c.m.halls.booking.BookingService",
              f"booking for hall {i % 3 + 4} slots 2026-05-1{i % 9} 08:00-18:00 failed: "
              "org.springframework.dao.CannotAcquireLockException: PreparedStatementCallback; SQL [UPDATE hall_slot SET booking_id = ?, "
              "status = 'BOOKED' WHERE hall_id = ? AND slot_start = ?]; ERROR: deadlock detected", ev=(i == 0))
        r.add(t + 0.03, TL("ingress-nginx", container="controller"), nginx_access, f"91.{40 + i}.{11 + i}.{99 - i}", "POST",
              "/api/halls/bookings", 409, 88, UA_BROWSER, "halls-hall-booking-8080", f"10.244.4.{31 + i % 3}:8080",
              0.412, 409, ref="https://halls.meridian-expo.com/book")
    r.add(150.0, D, cnpg, P, "LOG",
          "process 5188 still waiting for ShareLock on transaction 88233101 after 1000.114 ms", 5188, user="app", db="halls",
          tag="UPDATE", detail="Process holding the lock: 5190. Wait queue: 5188.", ev=True)
    r.add(240.0, H, spring, "WARN", app, "scheduling-1", "c.m.halls.booking.BookingMetrics",
          "last 5 min: 61 booking attempts, 9 failed with deadlock (14.8%), multi-slot bookings only")
    for i, t in enumerate([30.0, 70.0, 110.0, 190.0, 280.0]):
        r.add(t, H, spring, "INFO", app, f"http-nio-8080-exec-{i + 2}", "c.m.halls.booking.BookingService",
              f"booking HB-{27100 + i} confirmed hall={i + 1} date=2026-05-0{i + 2} slots={i % 3 + 1}")
    r.noise(T_NOISE, 16, 0, 320, kinds=["nginx", "ticket", "rabbit", "flux", "exhib", "gate", "badge", "redis"])
    r.expect("ERROR", "database", "hall-booking-db",
             "Concurrent multi-slot hall bookings update hall_slot rows in different orders, and PostgreSQL "
             "(hall-booking-db) aborts one transaction in each cycle with 'deadlock detected' (SQLSTATE 40P01).",
             "About 15% of booking attempts (all multi-slot) fail with HTTP 409; the database and the service are up and "
             "single-slot bookings succeed.",
             "Lock hall_slot rows in a consistent order (ORDER BY hall_id, slot_start ... FOR UPDATE) in the booking "
             "transaction and retry on 40P01.",
             [])
    return r


# ----------------------------------------------------------------------------------------------
def w30():
    r = Rec("w30", "A", "synthetic:dev60-northfield-accel",
            "Changed alarm thresholds for the BLM IOCs are not being applied — why?",
            {"namespace": "controls", "app": "ioc-operator"}, "2026-05-12T14:00:00Z")
    OP = AL("ioc-operator", container="manager")
    ac = AL("argocd", container="argocd-application-controller", app="argocd")
    r.add(1.0, ac, logrus, "info", "Initiated automated sync to 'b81f0c3'", application="argocd/controls-platform",
          dest_namespace="controls", dest_server="https://kubernetes.default.svc")
    r.add(1.6, ac, logrus, "info", "Applying resource ClusterRole/ioc-operator-role in cluster: https://10.96.0.1:443, namespace: ",
          application="argocd/controls-platform", ev=True)
    r.add(2.2, ac, logrus, "info", "Updated sync status: OutOfSync -> Synced", application="argocd/controls-platform",
          dest_namespace="controls")
    iocs = ["blm-sr-c07", "blm-sr-c08", "blm-sr-c03", "blm-sr-c11", "blm-sr-c07", "blm-sr-c08"]
    for i, t in enumerate([40.0, 41.2, 43.9, 96.3, 158.8, 281.4]):
        ioc = iocs[i]
        r.add(t, OP, zapj, "error", "controller/controller.go:329", "Reconciler error",
              controller="ioc", controllerGroup="controls.northfield.edu", controllerKind="IOC",
              IOC={"name": ioc, "namespace": "controls"}, namespace="controls", name=ioc,
              reconcileID=uid(f"w30{i}"),
              error=f'failed to patch ConfigMap controls/{ioc}-stcmd: configmaps "{ioc}-stcmd" is forbidden: User '
                    f'"system:serviceaccount:controls:ioc-operator" cannot patch resource "configmaps" in API group "" in the '
                    f'namespace "controls"', ev=(i in (0, 1)))
    r.add(39.8, OP, zapj, "info", "ioc/reconcile.go:88", "IOC spec changed, rendering st.cmd",
          controller="ioc", IOC={"name": "blm-sr-c07", "namespace": "controls"}, generation=19,
          change="BLM:SR:C07:Loss HIHI 40.0 -> 55.0")
    r.add(150.0, AEV("controls"), evt_json, "controls", "blm-sr-c07", "IOC", "ReconcileFailed", "Warning",
          'configmaps "blm-sr-c07-stcmd" is forbidden: User "system:serviceaccount:controls:ioc-operator" cannot patch resource '
          '"configmaps" in API group "" in the namespace "controls"', "ioc-operator", count=7, ev=True)
    r.add(200.0, OP, zapj, "info", "ioc/status.go:41", "IOC running", controller="ioc",
          IOC={"name": "blm-sr-c07", "namespace": "controls"}, pod="blm-ioc-0", appliedGeneration=18, desiredGeneration=19)
    for t in (20.0, 120.0, 240.0):
        r.add(t, AL("blm-ioc", container="ioc"),
              f"{r.dt(t):%Y/%m/%d %H:%M:%S}.{r.dt(t).microsecond // 1000:03d} BLM:SR:C07 integrated loss 1.{int(t) % 9}4 nC/s (threshold 40.0)")
    r.noise(A_NOISE, 26, 0, 300, kinds=["haproxy", "etl", "kafka", "alarm_logger", "ceph", "magnet", "tango_vac", "es"])
    r.expect("ERROR", "auth_failure", "ioc-operator",
             "An Argo CD sync replaced ClusterRole ioc-operator-role with a version that no longer grants 'patch' on "
             "configmaps; the ioc-operator service account is now forbidden to update the IOC st.cmd ConfigMaps.",
             "Every IOC reconcile fails with RBAC forbidden, so the new BLM alarm thresholds (generation 19) are not "
             "applied; the running IOCs keep the old thresholds.",
             "Restore the 'patch' (and 'update') verbs on configmaps in ioc-operator-role via Git, let Argo CD sync, and "
             "confirm the IOCs pick up generation 19.",
             [])
    return r


RECORDS = [w21, w22, w23, w24, w25, w26, w27, w28, w29, w30]
