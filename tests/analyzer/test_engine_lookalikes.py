"""Windows that look like trouble and are not, beside the incidents they resemble: the
internet's SSH scanners, a NIC link that bounced once, a device stream restored, a business
rule's exception; a broker refusing a client's stale password; and a store's node refusing
clients that go on with its other replicas (signatures only: no classifier, unless a test
says otherwise)."""

from __future__ import annotations

from analyzer.engine.diagnose import diagnose
from tests.analyzer.engine_helpers import packed_rows


def _read(kb, rows):
    """``(second, labels, line)`` rows, diagnosed."""
    return diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction


def _verdict(ext):
    return ext.root_cause_category, ext.severity


_SSHD = {"host": "gw-07", "unit": "ssh.service", "job": "systemd-journal"}
_KERNEL = {"host": "gw-07", "job": "systemd-journal"}
_AGENT = {"host": "gw-07", "container": "plate-agent", "job": "docker"}

_AGENT_WORK = [(s, _AGENT, f"2026-03-14T01:{30 + s // 60:02d}:{s % 60:02d}.076018Z  INFO "
                f"plate_agent::pipeline: passage read plate_conf=0.97 lane={s % 2 + 1} "
                "latency_ms=143") for s in (5, 25, 45, 65, 85, 105)]


def test_scanners_probing_ssh_are_routine_and_password_guessing_is_not(kb):
    """User names tried and the connection dropped before any password ("Invalid user admin
    from ...", pre-auth disconnects) and one guessed root password: what any exposed host
    prints, healthy. The same host refusing password after password for root: auth_failure,
    WARN (nothing of ours fails)."""
    probes = [(0, _SSHD, "Invalid user admin from 45.148.10.144 port 47975"),
              (1, _SSHD, "Connection closed by invalid user admin 45.148.10.144 port 32083 "
                         "[preauth]"),
              (2, _SSHD, "Invalid user ubnt from 45.148.10.144 port 41215"),
              (30, _SSHD, "Received disconnect from 194.26.29.8 port 35481:11: Bye Bye "
                          "[preauth]"),
              (31, _SSHD, "Disconnected from invalid user oracle 79.124.62.205 port 56439 "
                          "[preauth]"),
              (60, _SSHD, "Failed password for root from 194.26.29.191 port 49907 ssh2")]
    assert _verdict(_read(kb, probes + _AGENT_WORK)) == ("none", "INFO")
    guessing = [(70 + i, _SSHD, f"Failed password for root from 183.62.140.253 port "
                                f"{38767 + i} ssh2") for i in range(4)]
    ext = _read(kb, probes + guessing + _AGENT_WORK)
    assert _verdict(ext) == ("auth_failure", "WARN")
    assert ext.component == "gw-07"


def test_connections_dropped_before_sshs_banner_exchange_are_routine(kb):
    """A port scan or a load balancer's TCP check opens port 22 and closes it before the
    banner exchange: sshd says so at error level ("error: kex_exchange_identification:
    Connection closed by remote host"). Healthy, like the scanners' pre-auth disconnects."""
    dropped = [(0, _SSHD, "error: kex_exchange_identification: Connection closed by remote "
                          "host"),
               (1, _SSHD, "Connection closed by 10.60.1.5 port 40412"),
               (40, _SSHD, "error: kex_exchange_identification: read: Connection reset by "
                           "peer"),
               (41, _SSHD, "Connection reset by 10.60.1.5 port 40588"),
               (70, _SSHD, "Did not receive identification string from 185.220.101.47 port "
                           "51220")]
    assert _verdict(_read(kb, dropped + _AGENT_WORK)) == ("none", "INFO")


def _link(s, state):
    tail = " 1000 Mbps Full Duplex, Flow Control: Rx/Tx" if state == "Up" else ""
    return (s, _KERNEL, f"e1000e 0000:00:1f.6 eth1: NIC Link is {state}{tail}")


def test_a_link_that_dropped_once_and_came_back_is_no_node_failure(kb):
    """A NIC's link down and up again four seconds later: healthy. Down, up, down, up: the
    link flaps, the node fails again and again (an incident)."""
    assert _verdict(_read(kb, [_link(40, "Down"), _link(44, "Up"), *_AGENT_WORK])) == (
        "none", "INFO")
    flaps = _read(kb, [_link(40, "Down"), _link(44, "Up"), _link(70, "Down"),
                       _link(75, "Up"), *_AGENT_WORK])
    assert flaps.root_cause_category == "node_failure"
    assert flaps.severity != "INFO"


_CAMERA_LOST = (12, _AGENT, "2026-03-14T01:30:12.793530Z  WARN plate_agent::camera: camera "
                            "stream lost, reconnecting camera=cam-2 url=rtsp://10.70.12.12:554/"
                            "stream1 error=Connection refused (os error 111)")
_CAMERA_BACK = (42, _AGENT, "2026-03-14T01:30:42.243558Z  INFO plate_agent::camera: camera "
                            "stream restored camera=cam-2 fps=25")


def test_a_device_stream_restored_ends_its_refusal(kb):
    """A camera's stream refused once and "camera stream restored" thirty seconds later: a
    blip. Never restored: the refusal is the incident."""
    assert _verdict(_read(kb, [_CAMERA_LOST, _CAMERA_BACK, *_AGENT_WORK])) == ("none", "INFO")
    assert _read(kb, [_CAMERA_LOST, *_AGENT_WORK]).root_cause_category == "connection_refused"


def test_a_pool_exhausted_then_recovered_is_a_degradation_not_a_blip(kb):
    """A licence server's worker pool full and rejecting new work at kick-off, then
    "recovered" a minute later: the pool was exhausted all that minute (WARN), unlike one
    failed operation that a recovery ends."""
    pod = {"namespace": "drm", "pod": "drm-license-server-jf2j9l78kr-6m86j",
           "container": "license-server"}
    rows = [(0, pod, "2026-03-25T19:59:00.946Z  WARN 1 --- [  license-pool-monitor] c.t.drm.pool"
                     ".LicenseWorkerPool          : licence worker pool exhausted: active=200/200"
                     " queued=1024/1024, rejecting new work"),
            (75, pod, "2026-03-25T20:00:15.388Z  INFO 1 --- [  license-pool-monitor] c.t.drm."
                      "pool.LicenseWorkerPool          : licence worker pool recovered: "
                      "active=119/200 queued=0/1024")]
    assert _verdict(_read(kb, rows)) == ("resource_exhausted", "WARN")


def test_two_blips_make_no_incident_together(kb):
    """The earliest cause's bonus favours the first of two incidents; of two blips, each
    held under the incident threshold (a refusal restored, a link that came back), it makes
    none."""
    rows = [_CAMERA_LOST, _link(13, "Down"), _link(17, "Up"), _CAMERA_BACK, *_AGENT_WORK]
    assert _verdict(_read(kb, rows)) == ("none", "INFO")


def _payments(s, line):
    return (s, {"namespace": "shop", "pod": "payments-4w9nmms47-6gg9p",
                "container": "payments"}, line)


_PAYMENTS_WORK = [_payments(s, "info: System.Net.Http.HttpClient.PspClient.LogicalHandler"
                                f"[101] End processing HTTP request after {380 + s}.2ms - 201")
                  for s in (0, 10, 20, 40, 50, 60)]


def test_a_business_rule_exception_is_the_callers_conflict_not_a_failure(kb):
    """ASP.NET Core's exception middleware logs a domain exception ("RefundAlreadyIssued-
    Exception: Refund ... was already issued", answered 409) as unhandled: a request that
    broke a business rule, healthy. A NullReferenceException there is the application's."""
    middleware = ("fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1] An "
                  "unhandled exception has occurred while executing the request. ")
    refused = _payments(30, middleware + "Shop.Payments.Domain.RefundAlreadyIssuedException: "
                                         "Refund for ride R-88011872 was already issued")
    assert _verdict(_read(kb, [refused, *_PAYMENTS_WORK])) == ("none", "INFO")
    broken = _payments(30, middleware + "System.NullReferenceException: Object reference not "
                                        "set to an instance of an object.")
    assert _read(kb, [broken, *_PAYMENTS_WORK]).root_cause_category == "application_error"


def test_a_broker_refusing_a_clients_password_is_that_clients_auth_failure(kb):
    """RabbitMQ's "PLAIN login refused: user 'ledger' - invalid credentials" and its client's
    "ACCESS_REFUSED - Login was refused" after a password rotation: auth_failure of the
    client whose credentials are stale, not a broker problem."""
    broker = {"namespace": "data", "pod": "rabbitmq-0", "container": "rabbitmq"}
    client = {"namespace": "shop", "pod": "ledger-consumer-7d9f8b6c4-x2x9q",
              "container": "ledger-consumer"}
    rows = []
    for s in (0, 5, 10, 15):
        rows += [(s, broker, f"2026-03-09 04:01:{s:02d}.335245+00:00 [error] <0.272{s}.4> "
                             f"Error on AMQP connection <0.272{s}.4> (10.31.21.48:410{s:02d} -> "
                             "10.31.23.138:5672, state: starting):"),
                 (s, broker, "PLAIN login refused: user 'ledger' - invalid credentials"),
                 (s + 1, client, f"2026-03-09T04:01:{s + 1:02d}.374911Z  WARN ledger::amqp: "
                                 "connection to broker failed, retrying in 5s error=ProtocolError("
                                 "AMQPError { kind: Hard(ACCESSREFUSED), message: ShortString("
                                 '"ACCESS_REFUSED - Login was refused using authentication '
                                 'mechanism PLAIN.") })')]
    ext = _read(kb, rows)
    assert (ext.root_cause_category, ext.component) == ("auth_failure", "ledger-consumer")


def test_a_client_going_on_with_the_other_replicas_makes_a_refused_node_a_warning(kb):
    """Every ingest pod warns, minutes on end, that Cassandra's node cassandra-2 refuses
    connections, and says it uses the other replicas; its writes go on being acknowledged.
    One node of a replicated store is out and the store answers: connection_refused, WARN.
    The same warnings that say nothing of other replicas are refusals for minutes: ERROR."""
    def window(fallback: str) -> list:
        rows = []
        for i, pod in enumerate(("s2cqd", "5rxq2", "bzwnm")):
            labels = {"namespace": "mobility", "pod": f"telematics-ingest-gpb26fcqk-{pod}",
                      "container": "telematics-ingest", "app": "telematics-ingest"}
            for k in range(3):
                s = 60 * k + i
                rows += [(s, labels, f"2026-03-27T02:1{k}:0{i}.198204Z  WARN telematics_ingest"
                                     f"::store: node connection failed{fallback} node=10.31.23"
                                     ".62:9042 (cassandra-2) error=Connection refused (os error "
                                     "111)"),
                         (s + 20, labels, f"2026-03-27T02:1{k}:2{i}.036822Z  INFO telematics_"
                                          "ingest::store: cassandra write ok rows=500 "
                                          "consistency=LOCAL_QUORUM replicas_acked=2/3")]
        return rows

    assert _verdict(_read(kb, window(", using other replicas"))) == ("connection_refused",
                                                                    "WARN")
    assert _verdict(_read(kb, window(""))) == ("connection_refused", "ERROR")


def test_a_client_failing_over_to_a_named_gateway_makes_a_certificate_it_cannot_verify_a_warning(
        kb):
    """A client cannot verify the primary gateway's certificate (an incomplete chain), says
    it fails over to the secondary by name, and the secondary accepts: the primary is
    unusable, the submissions go through (WARN). Without the failover, ERROR."""
    app = {"namespace": "border", "pod": "apis-submitter-6d8f7c9b5-q2x7k",
           "container": "apis-submitter"}
    failed = [(s, app, f"2026-03-11 05:{12 + s // 60:02d}:{s % 60:02d},120 ERROR apis.submit: "
                       "gateway apis-gw1.eu-border.net failed: HTTPSConnectionPool(host='apis-"
                       "gw1.eu-border.net', port=443): Max retries exceeded with url: /v2/"
                       "manifests (Caused by SSLError(SSLCertVerificationError(1, '[SSL: "
                       "CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get "
                       "local issuer certificate (_ssl.c:1006)')))") for s in (0, 60)]
    over = [(s + 1, app, f"2026-03-11 05:{12 + s // 60:02d}:{s % 60 + 1:02d},300 INFO "
                         "apis.submit: failing over to apis-gw2.eu-border.net")
            for s in (0, 60)]
    accepted = [(s + 2, app, f"2026-03-11 05:{12 + s // 60:02d}:{s % 60 + 2:02d},600 INFO "
                             "apis.submit: manifest accepted by apis-gw2.eu-border.net "
                             f"receipt=APIS-{s}") for s in (0, 60)]
    assert _verdict(_read(kb, failed + over + accepted)) == ("tls_certificate", "WARN")
    assert _verdict(_read(kb, failed)) == ("tls_certificate", "ERROR")


def test_a_leader_that_gave_up_its_lease_to_another_replica_is_routine(kb):
    """client-go's leader election: the leader could not update its lease for a moment (the
    API server's address timed out, then refused), gave it up, and the other replica took
    it over and finished the work: healthy. The same update failing is chatter, not a
    timeout of the workload's."""
    a = {"namespace": "members", "pod": "membership-sync-7c9d6b5f8-2kqw7",
         "container": "membership-sync"}
    b = {"namespace": "members", "pod": "membership-sync-7c9d6b5f8-mx8tr",
         "container": "membership-sync"}
    lock = ('E0311 02:14:04.601103       1 leaderelection.go:369] Failed to update lock: Put '
            '"https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/members/leases/'
            'membership-sync": ')
    rows = [(0, a, 'I0311 02:13:55.600435       1 sync.go:212] "Import batch" processed=800'),
            (9, a, lock + "context deadline exceeded"),
            (11, a, lock.replace("04.601103", "06.601200")
             + "dial tcp 10.96.0.1:443: connect: connection refused"),
            (13, a, "I0311 02:14:08.602025       1 leaderelection.go:285] failed to renew lease "
                    "members/membership-sync: timed out waiting for the condition"),
            (20, b, "I0311 02:14:15.412970       1 leaderelection.go:260] successfully acquired "
                    "lease members/membership-sync"),
            (25, b, 'I0311 02:14:20.582018       1 sync.go:230] "Import finished" total=1642')]
    assert _verdict(_read(kb, rows)) == ("none", "INFO")


_WEB = {"host": "web-01", "job": "booking-app"}
_PROXY = {"host": "web-01", "job": "openresty-access"}


def test_a_person_mistyping_a_password_at_the_login_form_is_routine(kb):
    """Symfony's form login refusing one password ("Authenticator failed. ...
    BadCredentialsException ... The presented password is invalid."), the person logging in
    on the next try; a route the site does not serve (NotFoundHttpException "No route found
    for \\"GET .../apple-touch-icon.png\\""): healthy. A service's own client refused with
    bad credentials call after call is still an auth failure."""
    served = [(s, _PROXY, f'81.2.69.160 - - [07/Apr/2026:06:59:{s:02d} +0000] "GET /clinics/'
                          f'york/slots HTTP/2.0" 200 5120 "-" "Mozilla/5.0" rt=0.041')
              for s in (0, 20, 40)]
    refused = (10, _WEB, '[2026-04-07T06:59:10.398078+00:00] security.INFO: Authenticator '
                         'failed. {"exception":"[object] (Symfony\\\\Component\\\\Security\\\\'
                         'Core\\\\Exception\\\\BadCredentialsException(code: 0): The presented '
                         'password is invalid.)","authenticator":"Symfony\\\\Component\\\\'
                         'Security\\\\Http\\\\Authenticator\\\\FormLoginAuthenticator"} []')
    logged_in = (19, _WEB, '[2026-04-07T06:59:19.076665+00:00] security.INFO: User logged in '
                           '{"user":"patient-118823","firewall":"main"} []')
    icon = (30, _WEB, '[2026-04-07T06:59:30.304654+00:00] request.ERROR: Uncaught PHP Exception '
                      'Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "No '
                      'route found for \\"GET https://booking.example.org/apple-touch-icon-'
                      'precomposed.png\\"" at RouterListener.php line 149')
    assert _verdict(_read(kb, [*served, refused, logged_in, icon])) == ("none", "INFO")
    client = [(s, _WEB, f"[2026-04-07T06:59:{s:02d}.000000+00:00] app.ERROR: claims sync "
                        "failed: BadCredentialsException: Bad credentials for client "
                        "claims-gateway") for s in (12, 14, 16, 18)]
    assert _read(kb, [*served, *client]).root_cause_category == "auth_failure"


def test_postgres_noting_a_commit_without_a_transaction_is_routine(kb):
    """"WARNING:  there is no transaction in progress" (a COMMIT with no BEGIN) is a no-op."""
    pg = {"namespace": "bets", "pod": "settlement-pg-0", "container": "postgres"}
    rows = [(0, pg, "2026-04-09 23:10:00.101 UTC [88] LOG:  checkpoint starting: time"),
            (5, pg, "2026-04-09 23:10:05.592 UTC [4411] WARNING:  there is no transaction "
                    "in progress"),
            (9, pg, "2026-04-09 23:10:09.101 UTC [88] LOG:  checkpoint complete: wrote 4112 "
                    "buffers (25.1%)")]
    assert _verdict(_read(kb, rows)) == ("none", "INFO")
    got = diagnose(packed_rows(rows), kb=kb)
    assert [h.sig.id for h in got.lines[1].hits if h.sig.role == "benign"] == [
        "pg-transaction-bookkeeping"]


_REC = {"host": "rec-02", "job": "kernel"}
_PATHS = {"host": "rec-02", "job": "multipathd"}


def test_a_storage_path_that_failed_over_and_came_back_is_a_warning(kb):
    """An iSCSI connection drops and writes on that path fail ("blk_update_request: I/O
    error, dev sdc"), multipath goes on with its other path; the session is "operational
    after recovery" and the path "reinstated": the storage is whole again (WARN). With no
    such line it is still failing (ERROR)."""
    failing = [(0, _REC, " connection2:0: detected conn error (1020)"),
               (0, _REC, "Kernel reported iSCSI connection 2:0 error (1020 - ISCSI_ERR_TCP_CONN_"
                         "CLOSE: TCP connection closed) state (3)"),
               (1, _REC, "blk_update_request: I/O error, dev sdc, sector 459948032 op 0x1:(WRITE) "
                         "flags 0x8800 phys_seg 16 prio class 0"),
               (1, _PATHS, "mpathb: remaining active paths: 1"),
               (9, _REC, "blk_update_request: I/O error, dev sdc, sector 459948160 op 0x1:(WRITE) "
                         "flags 0x8800 phys_seg 16 prio class 0")]
    back = [(40, _REC, " connection2:0 is operational after recovery (4 attempts)"),
            (41, _PATHS, "mpathb: sdc - tur checker reports path is up"),
            (41, _PATHS, "8:32: reinstated"),
            (41, _PATHS, "mpathb: remaining active paths: 2")]
    assert _verdict(_read(kb, failing + back)) == ("storage", "WARN")
    assert _verdict(_read(kb, failing)) == ("storage", "ERROR")


def test_a_sentinel_failover_someone_requested_is_healthy_one_a_master_forced_is_not(
        kb, line_classifier):
    """Redis Sentinel carrying out a failover a drill asked for (SENTINEL FAILOVER): its
    election, promotion and new master are the failover working, a healthy window (the
    classifier alone reads its steps as a database's trouble). The same steps after the
    master stopped answering (+sdown, +odown) are an incident."""
    sentinel = {"namespace": "shop-cache", "pod": "shop-redis-sentinel-0",
                "container": "sentinel"}
    steps = ["# +new-epoch 12", "# +try-failover master mymaster 10.42.3.11 6379",
             "# +elected-leader master mymaster 10.42.3.11 6379",
             "# +selected-slave slave 10.42.4.22:6379 10.42.4.22 6379 @ mymaster 10.42.3.11 6379",
             "# +promoted-slave slave 10.42.4.22:6379 10.42.4.22 6379 @ mymaster 10.42.3.11 "
             "6379", "# +failover-end master mymaster 10.42.3.11 6379",
             "# +switch-master mymaster 10.42.3.11 6379 10.42.4.22 6379"]

    def read(first):
        rows = [(i, sentinel, f"1:X 24 Mar 2026 10:00:{i:02d}.000 {line}")
                for i, line in enumerate([*first, *steps])]
        return diagnose(packed_rows(rows), kb=kb, classifier=line_classifier).extraction

    asked = read(["# Executing user requested FAILOVER of 'mymaster'"])
    assert (asked.severity, asked.root_cause_category) == ("INFO", "none")
    forced = read(["# +sdown master mymaster 10.42.3.11 6379",
                   "# +odown master mymaster 10.42.3.11 6379 #quorum 2/2"])
    assert forced.root_cause_category != "none"


_PROM = {"namespace": "monitoring", "pod": "prometheus-k8s-0", "container": "prometheus",
         "app": "prometheus"}
_SUBSETTER = {"namespace": "webfonts", "pod": "font-subsetter-6d9b7c5f84-2wgw7",
              "container": "subsetter", "app": "font-subsetter"}


def _scrape_failed(second: int, ip: str) -> tuple[int, dict[str, str], str]:
    return (second, _PROM,
            f"ts=2026-04-22T13:05:{second:02d}.000Z caller=scrape.go:1754 level=debug "
            'component="scrape manager" scrape_pool=serviceMonitor/webfonts/font-subsetter/0 '
            f'target=http://{ip}:9090/metrics msg="Scrape failed" err="Get '
            f'\\"http://{ip}:9090/metrics\\": dial tcp {ip}:9090: connect: connection refused"')


def test_a_failure_its_writer_logged_once_at_debug_level_is_routine(kb):
    """Prometheus logs a failed scrape at debug level: once, for a pod a rollout just
    replaced, it is no incident. The same refusal again and again is one (the writer's
    level does not hide a failure that persists)."""
    work = [(s, _SUBSETTER, '{"level":"info","msg":"subset built","duration_ms":61}')
            for s in (1, 20, 41, 59)]
    assert _verdict(_read(kb, work + [_scrape_failed(40, "10.244.2.41")])) == ("none", "INFO")
    again = [_scrape_failed(s, f"10.244.2.{s}") for s in (10, 25, 40, 55)]
    assert _read(kb, work + again).root_cause_category == "connection_refused"


_BOOKING = {"namespace": "cemetery", "pod": "chapel-booking-wkc7drrp6k-kzcn7",
            "container": "chapel-booking", "app": "chapel-booking"}


def test_a_container_waiting_for_its_sidecar_to_listen_is_start_up_ordering(kb):
    """An app container polls its Istio sidecar's readiness port as both start ("curl: (7)
    Failed to connect to localhost port 15021 ... Connection refused") and then serves:
    healthy. The same refusals with the pod never going on are an incident."""
    waits = [(s, _BOOKING, "curl: (7) Failed to connect to localhost port 15021 after 0 ms: "
                           "Connection refused") for s in (0, 4)]
    serving = [(s, _BOOKING, f'{{"level":30,"msg":"request completed","reqId":"req-{s}",'
                             '"res":{"statusCode":200}}') for s in (15, 20, 25)]
    assert _verdict(_read(kb, waits + serving)) == ("none", "INFO")
    assert _read(kb, waits).root_cause_category == "connection_refused"
    # a refusal by another host, then serving: not its own pod's container
    remote = [(s, _BOOKING, "curl: (7) Failed to connect to chapel-db port 5432 after 0 ms: "
                            "Connection refused") for s in (0, 4)]
    assert _read(kb, remote + serving).root_cause_category == "connection_refused"
