"""Cross-line reasoning on hand-written incidents (signatures only: no classifier)."""

from __future__ import annotations

import json

import pytest

from analyzer.engine.diagnose import diagnose, line_signals
from analyzer.engine.reasoning import Hit, LineSignals, _process_workload, infer
from analyzer.engine.signals import Params
from retrieval.records import Level, LogRecord
from tests.analyzer.engine_helpers import packed_from, packed_records, packed_rows
from tests.conftest import T0


def _diag(kb, lines, **kw):
    return diagnose(packed_from(lines, **kw), kb=kb).extraction


def test_earliest_cause_wins_over_later_symptoms(kb):
    ext = _diag(kb, [
        (0, "orders-7d9f4b8c6-x2k9p", "FATAL: missing required env var DATABASE_URL"),
        (2, "orders-7d9f4b8c6-x2k9p",
         "panic: runtime error: invalid memory address or nil pointer dereference"),
        (3, "orders-7d9f4b8c6-x2k9p",
         'type=Warning reason=BackOff msg="Back-off restarting failed container orders"'),
        (9, "gateway-7d9f4b8c6-x2k9p",
         '10.42.0.9 - - [01/Mar/2026:12:00:09 +0000] "POST /orders HTTP/1.1" 502 150 "-" "curl"'),
    ])
    assert ext.root_cause_category == "config_error"
    assert ext.component == "orders"
    assert 0 in ext.evidence


def test_a_cause_that_was_over_before_another_began_is_not_the_earliest_cause(kb):
    node = "k3s-agent-2"
    reboot = [(0, "event-exporter", f'name={node} kind=Node reason=Rebooted type=Warning '
                                    f'msg="Node {node} has been rebooted, boot id: 4c1f"'),
              (20, "event-exporter", f'name={node} kind=Node reason=NodeReady type=Normal '
                                     f'msg="Node {node} status is now: NodeReady"')]
    crashing = [(s, "gateway-58c9d7b6f-8sz7p",
                 f"2026/08/30 03:41:{s:02d} [error] 1#0: init_by_lua error: init.lua:708: error "
                 "parsing declarative config file /kong_dbless/kong.yml:") for s in (30, 45, 58)]
    ext = _diag(kb, [*reboot, *crashing])
    assert (ext.root_cause_category, ext.component) == ("config_error", "gateway")
    # the node still down when the workload fails: the node went first
    down = _diag(kb, [reboot[0], *crashing])
    assert down.root_cause_category == "node_failure"


def test_blame_shifts_from_caller_to_named_callee(kb):
    ext = _diag(kb, [
        (0, "checkout-7d9f4b8c6-x2k9p",
         "dial tcp 10.96.14.2:8080: connect: connection refused (calling pricing:8080)"),
        (4, "checkout-7d9f4b8c6-x2k9p",
         'level=error msg="quote failed" err="dial tcp pricing:8080: connect: connection '
         'refused"'),
        (6, "pricing-7d9f4b8c6-x2k9p", "level=info msg=\"shutting down: SIGTERM\""),
    ])
    assert ext.root_cause_category == "connection_refused"
    assert ext.component == "pricing"


def test_callee_without_logs_is_named_from_the_port(kb):
    ext = _diag(kb, [
        (0, "profile-7d9f4b8c6-x2k9p", "Error: connect ECONNREFUSED 10.96.3.3:6379"),
        (5, "profile-7d9f4b8c6-x2k9p", "Error: connect ECONNREFUSED 10.96.3.3:6379 again"),
    ])
    assert (ext.root_cause_category, ext.component) == ("connection_refused", "redis")


def test_oom_loop_escalates_to_critical(kb):
    lines = [(s, "cart-7d9f4b8c6-x2k9p",
              f'type=Warning reason=OOMKilled msg="Container cart was OOMKilled (exit code 137),'
              f' restart {n}"') for n, s in enumerate((0, 40, 95, 160))]
    ext = _diag(kb, lines)
    assert (ext.root_cause_category, ext.severity, ext.component) == (
        "oom_killed", "CRITICAL", "cart")


def test_single_oom_is_an_error_not_critical(kb):
    ext = _diag(kb, [(0, "cart-7d9f4b8c6-x2k9p",
                      'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space')])
    assert (ext.root_cause_category, ext.severity) == ("oom_killed", "ERROR")


def test_node_not_ready_is_critical_on_the_node(kb):
    ext = _diag(kb, [
        (0, "events-x", 'type=Warning reason=NodeNotReady kind=Node name=gke-pool-1-abcd '
                        'msg="Node gke-pool-1-abcd status is now: NodeNotReady"'),
    ], namespace="default")
    assert (ext.root_cause_category, ext.severity, ext.component) == (
        "node_failure", "CRITICAL", "gke-pool-1-abcd")


def test_the_node_controllers_events_about_pods_blame_the_node_they_run_on(kb):
    """"Node is not ready" and TaintManagerEviction about pods name no node: the window's
    kubelet lines place the pods on it."""
    node, pod = "talos-wk-02", "plc-gateway-line2-r49hpqp7s-8k7tc"
    exporter = {"job": "integrations/kubernetes/eventhandler", "namespace": "plant"}
    kubelet = {"job": "talos-service-logs", "node": node, "service": "kubelet"}
    rows = [(s, {"namespace": "plant", "pod": pod}, f"INFO published topic=line2 seq={s}")
            for s in range(0, 60, 10)]
    rows += [(s, kubelet, f'I0412 00:38:{s:02d}.621893 2469 kubelet.go:2444] "SyncLoop '
                          f'RECONCILE" source="api" pods=["plant/{pod}"]') for s in (5, 25)]
    rows += [(70 + s, exporter, f'name={pod}.e3d60b56dc5f048{s} kind=Pod action="" '
                                f'reason={reason} type=Warning sourcecomponent={source} '
                                f'sourcehost="" msg="{msg}"')
             for s, (reason, source, msg) in enumerate([
                 ("NodeNotReady", "node-controller", "Node is not ready"),
                 ("TaintManagerEviction", "taint-eviction-controller",
                  f"Marking for deletion Pod plant/{pod}")])]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("node_failure", node)
    # a pod the window places on no node (or on two) is the pod's own workload's
    unplaced = [r for r in rows if r[1] is not kubelet]
    assert diagnose(packed_rows(unplaced), kb=kb).extraction.component == "plc-gateway-line2"


def test_a_recovery_repeated_after_the_failure_counts_from_its_last_copy(kb):
    ready = "2026.12.01 00:31:{s:02d}.696483 [ 208 ] {{}} <Information> Application: Ready for " \
        "connections."
    refused = ("2026-12-01 00:31:{s:02d},674 ERROR org.apache.flink.connector.jdbc.internal."
               "JdbcOutputFormat [] - JDBC executeBatch error: Connect to clickhouse-0.clickhouse-"
               "headless.analytics.svc.cluster.local:8123 failed: Connection refused")
    rows = [(5, "clickhouse-0", ready.format(s=5)),
            *[(s, "clicks-sink-7d9f4b8c6-x2k9p", refused.format(s=s)) for s in (30, 34, 41)]]
    assert _diag(kb, rows).severity == "ERROR"
    ext = _diag(kb, [*rows, (46, "clickhouse-0", ready.format(s=46))])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "connection_refused", "clickhouse", "WARN")


def _nic(s: int, state: str) -> tuple[int, str, str]:
    return (s, "node-journal", f"ixgbe 0000:3b:00.0 eno1: NIC Link is {state}")


def test_a_nic_down_cuts_the_node_off_one_that_keeps_coming_back_flaps(kb):
    down = _diag(kb, [_nic(0, "Down")], namespace="default")
    assert (down.root_cause_category, down.severity) == ("node_failure", "CRITICAL")
    # a link that dropped once and came back: a bounce, no node failure (two independent
    # held-out authors call it healthy; test_engine_lookalikes.py)
    once = _diag(kb, [_nic(0, "Down"), _nic(2, "Up 10 Gbps")], namespace="default")
    assert (once.root_cause_category, once.severity) == ("none", "INFO")
    flapping = [_nic(s + d, state) for s in (0, 30, 60)
                for d, state in ((0, "Down"), (2, "Up 10 Gbps"))]
    ext = _diag(kb, flapping, namespace="default")
    assert (ext.root_cause_category, ext.severity) == ("node_failure", "ERROR")


def test_a_rolling_restart_that_refused_callers_replica_by_replica_is_no_flapping(kb):
    refused = ("{s:02d} ERROR redis: dial tcp 10.42.0.{i}:6379: connect: connection refused "
               "addr=redis-node-{i}.redis-headless:6379")
    ready = "1:M 24 Sep 2026 09:31:{s:02d}.921 * Ready to accept connections tcp"
    rows = []
    for i, s in enumerate((0, 20, 40)):
        rows += [(s + 1, "queue-worker-7d9f4b8c6-x2k9p", refused.format(s=s + 1, i=i)),
                 (s + 5, f"redis-node-{i}", ready.format(s=s + 5))]
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.severity) == ("connection_refused", "WARN")


def test_flaps_count_failures_each_followed_by_a_recovery():
    from analyzer.engine.reasoning import _flaps

    assert _flaps([1, 5, 9], [2, 6, 10]) == 3
    assert _flaps([1, 2, 3], [4, 6, 8]) == 1       # recovered once, then stayed up
    assert _flaps([5], [1, 2]) == 0                 # recovered before it failed


def test_recovered_within_window_is_warn(kb):
    ext = _diag(kb, [
        (0, "search-7d9f4b8c6-x2k9p",
         "level=error msg=\"index query failed\" err=\"dial tcp elastic:9200: connect: "
         "connection refused\""),
        (3, "search-7d9f4b8c6-x2k9p",
         "level=error msg=\"index query failed\" err=\"dial tcp elastic:9200: connect: "
         "connection refused\" attempt=2"),
        (20, "search-7d9f4b8c6-x2k9p", 'level=info msg="reconnected to elastic:9200"'),
    ])
    assert (ext.root_cause_category, ext.severity) == ("connection_refused", "WARN")


def test_a_client_connected_to_its_broker_again_or_the_broker_up_again_is_a_recovery(kb):
    refused = [(s, "meter-publisher-7d9f4b8c6-x2k9p",
                'time=2026-03-01T12:00:00Z level=ERROR msg="amqp dial failed" err="dial tcp '
                f'10.42.2.35:5672: connect: connection refused" attempt={n}')
               for n, s in enumerate((0, 2, 6, 14), start=1)]
    assert _diag(kb, refused).severity == "ERROR"
    connected = (40, "meter-publisher-7d9f4b8c6-x2k9p",
                 'time=2026-03-01T12:00:40Z level=INFO msg="amqp connected" channel_confirms=true')
    assert _diag(kb, refused + [connected]).severity == "WARN"
    broker_up = (30, "rabbitmq-server-0", "2026-03-01 12:00:30.100000+00:00 [info] <0.231.0> "
                                          "Server startup complete; 6 plugins started.")
    assert _diag(kb, refused + [broker_up]).severity == "WARN"
    assert _diag(kb, refused + [(40, "meter-publisher-7d9f4b8c6-x2k9p",
                                 'level=WARN msg="amqp disconnected"')]).severity == "ERROR"


def test_a_ceph_health_check_cleared_is_a_recovery_not_the_failure_again(kb):
    """Ceph's monitor clears the health checks it raised ("Health check cleared: OSD_DOWN
    (was: 1 osds down)", "Cluster is now healthy"): the OSD was down for seconds and the
    cluster healed. The cleared line names the check, but is no failure."""
    mon = "rook-ceph-mon-a-6c9d8f7b5-k2x8q"
    log = "2026-03-12T03:28:{:02d}.397+0000 7f2c1a9fe640  0 log_channel(cluster) log "
    down = [(24, mon, log.format(24) + "[WRN] : Health check failed: 1 osds down (OSD_DOWN)"),
            (30, mon, log.format(30) + "[WRN] : Health check failed: Degraded data "
                                       "redundancy: 1431/12690 objects degraded (11.277%), "
                                       "41 pgs degraded (PG_DEGRADED)")]
    cleared = [(41, mon, log.format(41) + "[INF] : Health check cleared: OSD_DOWN (was: 1 "
                                          "osds down)"),
               (50, mon, log.format(50) + "[INF] : Health check cleared: PG_DEGRADED (was: "
                                          "Degraded data redundancy: 27/12690 objects "
                                          "degraded (0.213%), 1 pg degraded)"),
               (51, mon, log.format(51) + "[INF] : Cluster is now healthy")]
    for rows, recovered in ((down, False), (down + cleared, True)):
        top = infer(line_signals(packed_from(rows), kb), kb, Params())[0]
        assert (top.category, top.recovered) == ("storage", recovered)
        assert top.cause_lines == [0, 1]


def test_one_failure_its_component_then_says_is_over_is_no_incident(kb):
    """cert-manager's ACME challenge failing its propagation check once, then the domain
    authorized and the certificate issued: one failure, once, and over. Failing twice before
    that is a renewal that struggled (WARN). Clients too old for the server's TLS, and
    health checks that hang up, are the server's routine noise."""
    cm = "cert-manager-v7lcfjl5p-wzvd9"

    def failed(s: int) -> tuple[int, str, str]:
        return (s, cm, f'E0320 14:40:{s:02d}.966613       1 sync.go:190] "propagation check '
                       "failed\" err=\"wrong status code '404', expected '200'\" "
                       'resource_namespace="portal"')

    authorized = (56, cm, 'I0320 14:40:56.354778       1 sync.go:374] "successfully authorized '
                          'domain" resource_namespace="portal"')
    portal = "data-portal-dqbv5r5ns-m9jmw"
    noise = [(20, portal, "2026/03/20 14:40:20 http: TLS handshake error from 35.191.216.153:"
                          "48842: EOF"),
             (47, portal, "2026/03/20 14:40:47 http: TLS handshake error from 198.51.100.152:"
                          "58829: tls: client offered only unsupported versions: [302 301]")]
    assert _diag(kb, sorted([failed(43), authorized, *noise])).root_cause_category == "none"
    ext = _diag(kb, sorted([failed(13), failed(43), authorized, *noise]))
    assert (ext.root_cause_category, ext.severity) == ("tls_certificate", "WARN")
    assert _diag(kb, [failed(43)]).root_cause_category == "tls_certificate"
    # cert-manager's ACME issuer saying it in its own words: "certificate issued"
    issued = (56, cm, 'I0320 14:40:56.075190       1 acme.go:236] "certificate issued" '
                      'logger="cert-manager.certificaterequests-issuer-acme.sign" '
                      'resource_name="portal-tls-7" resource_namespace="portal"')
    assert _diag(kb, sorted([failed(43), issued, *noise])).root_cause_category == "none"
    # or its controllers' own: the challenge's domain verified, the request turning Ready
    verified = (56, cm, 'I0320 14:40:56.075190       1 sync.go:301] Domain "portal.example.org" '
                        'verified with "HTTP-01" validation')
    ready = (56, cm, 'I0320 14:40:56.500305       1 conditions.go:252] Found status change for '
                     'CertificateRequest "portal-tls-7" condition "Ready": "False" -> "True"; '
                     'setting lastTransitionTime to 2026-03-20 14:40:56.5 +0000 UTC')
    for done in (verified, ready):
        assert _diag(kb, sorted([failed(43), done, *noise])).root_cause_category == "none"
    unready = (56, cm, ready[2].replace('"False" -> "True"', '"True" -> "False"'))
    assert _diag(kb, sorted([failed(43), unready, *noise])).root_cause_category != "none"


def test_the_issuers_own_earlier_failure_explains_the_certificates_that_expired(kb):
    """cert-manager cannot log in to Vault (its AppRole secret rotated), so the certificate
    it should have renewed expires and a proxy's upstream verify errors follow: the issuer's
    refused login, which began first, is the cause, not the proxy that reports the expiry.
    A login failure that began after the expiry errors explains nothing of them."""
    cm = {"namespace": "cert-manager", "pod": "cert-manager-7d9f4b8c6-x2k9p",
          "app": "cert-manager"}
    kiosk = {"namespace": "exhibits", "pod": "kiosk-web-6c7b8d9f5-fz4xm", "app": "kiosk-web"}

    def login(s: int) -> tuple[int, dict[str, str], str]:
        return (s, cm, f'E0215 17:{s // 60:02d}:{s % 60:02d}.764616       1 sync.go:276] "error '
                       'issuing certificate request" err="failed to initialise vault client '
                       "for signing: error logging in to Vault server: Error making API "
                       "request.\n\nURL: PUT https://vault.kp.lan:8200/v1/auth/approle/login"
                       '\nCode: 400. Errors:\n\n* invalid role or secret ID"')

    def expired(s: int) -> tuple[int, dict[str, str], str]:
        return (s, kiosk, f"2026/02/15 18:{s // 60 - 3:02d}:{s % 60:02d} [error] 29#29: *40210 "
                          "upstream SSL certificate verify error: (10:certificate has "
                          "expired) while SSL handshaking to upstream, client: 10.20.6.11, "
                          'server: kiosk.kp.lan, upstream: "https://10.42.3.17:8443/"')

    verify = [expired(s) for s in (200, 215, 230, 245, 260)]
    first = diagnose(packed_rows(sorted([login(30), login(90), *verify])), kb=kb).extraction
    assert (first.root_cause_category, first.component) == ("auth_failure", "cert-manager")
    later = diagnose(packed_rows(sorted([*verify, login(262), login(270)])), kb=kb).extraction
    assert (later.root_cause_category, later.component) == ("tls_certificate", "kiosk-web")


def test_a_certificate_fetched_from_its_issuer_is_a_renewal_done(kb, line_classifier):
    """A scheduled renewal through a Vault issuer, as the events table shows it: the
    request's "Certificate fetched from issuer successfully" is cert-manager's word for a
    certificate issued, not a TLS failure (the line classifier, alone, reads it as one)."""
    ev = {"namespace": "ticketing", "job": "kubernetes-events"}
    rows = [(0, ev, "Normal  Issuing  certificate/tickets-kp-lan  Renewing certificate as "
                    "renewal was scheduled at 2026-01-30 03:00:00 +0000 UTC"),
            (1, ev, "Normal  Requested  certificate/tickets-kp-lan  Created new "
                    'CertificateRequest resource "tickets-kp-lan-8"'),
            (2, ev, "Normal  CertificateIssued  certificaterequest/tickets-kp-lan-8  "
                    "Certificate fetched from issuer successfully")]
    got = diagnose(packed_rows(rows), kb=kb, classifier=line_classifier).extraction
    assert got.root_cause_category == "none"


def test_a_certificate_expiring_within_a_month_warns_and_one_valid_for_months_is_routine(kb):
    line = ("2026-03-01 12:00:00,000 INFO gateway.tls: client certificate CN=gw valid until "
            "{until} (expires in {days} days)")
    soon = _diag(kb, [(0, "gateway-0", line.format(until="2026-03-08T00:00:00Z", days=7))])
    assert (soon.root_cause_category, soon.severity) == ("tls_certificate", "WARN")
    later = _diag(kb, [(0, "gateway-0", line.format(until="2026-05-13T00:00:00Z", days=73))])
    assert later.root_cause_category == "none"
    hours = _diag(kb, [(0, "gateway-0", "WARN certificate expires in 36 hours")])
    assert hours.root_cause_category == "tls_certificate"


def test_timeouts_warned_as_failures_for_minutes_are_an_error_and_slow_calls_a_warning(kb):
    failed = [(s, "ranker-7d9f4b8c6-x2k9p",
               '{"event":"knn query failed; serving fallback","level":"warning","error":'
               '"ConnectionTimeout caused by - ReadTimeoutError(HTTPConnectionPool(host='
               "'search', port=9200): Read timed out. (read timeout=2))\"}")
              for s in (0, 50, 100, 150, 200)]
    ext = _diag(kb, failed)
    assert (ext.root_cause_category, ext.severity) == ("timeout", "ERROR")
    assert _diag(kb, failed[:2]).severity == "WARN"  # twice in a minute: transient
    slow = [(s, "ranker-7d9f4b8c6-x2k9p",
             f'W0301 12:0{s // 60}:{s % 60:02d}.004300       1 client.go:211] "feature-store '
             'call slow" target="feature-store:9090" err="rpc error: code = DeadlineExceeded"')
            for s in (0, 50, 100, 150, 200)]
    ext = _diag(kb, slow)
    assert (ext.root_cause_category, ext.severity) == ("timeout", "WARN")


def test_timeouts_that_stopped_while_their_callers_went_on_have_recovered(kb):
    caller = "dispatch-7d9f4b8c6-x2k9p"
    failed = [(s, caller, 'level=error msg="eta lookup failed" upstream="route-eta:9090" '
                          'error="rpc error: code = DeadlineExceeded"')
              for s in (0, 20, 40, 60, 80, 100)]
    routine = [(s, caller, f'level=info msg="dispatch cycle complete" assigned={s % 7}')
               for s in range(5, 600, 15)]
    assert _diag(kb, failed + routine[:7]).severity == "ERROR"  # the callers went quiet
    over = _diag(kb, failed + routine)
    assert (over.root_cause_category, over.component, over.severity) == (
        "timeout", "route-eta", "WARN")
    # failing again later, or still failing at the window's end: not over
    again = failed + routine + [(590, caller, failed[0][2])]
    assert _diag(kb, again).severity == "ERROR"
    # a failure that came every 50 s (a line and its request's 504 together) is not over
    # after 70 s without it
    sparse = [(s * 5 // 2, who, line) for s, who, line in failed] + [
        (s * 5 // 2, caller, f'level=error msg="request failed" path=/v1/eta/{s} '
                             'upstream="route-eta:9090" error="context deadline exceeded"')
        for s, _, _ in failed]
    assert _diag(kb, sparse + [r for r in routine if r[0] <= 320]).severity == "ERROR"
    # nor while another of its callers, silent since, may still fail
    other = [(s + 1, "courier-app-5c8d7f9b4-q2w4e", line.replace("eta lookup", "eta check"))
             for s, _, line in failed]
    assert _diag(kb, failed + routine + other).severity == "ERROR"


def test_an_exhausted_capacity_that_stopped_while_its_writer_went_on_has_recovered(kb):
    edge = "queue-edge-6b8d9c7f5-m2k4p"
    alerts = [(s, edge, f"2026/02/20 12:00:{s:02d} [alert] 23#23: 1024 worker_connections are"
                        " not enough") for s in (1, 2, 4, 7, 9, 15, 24, 31)]
    served = [(s, edge, f'91.16.8.{s % 200} - - [20/Feb/2026:12:{s // 60:02d}:{s % 60:02d} '
                        '+0000] "GET /queue/status HTTP/1.1" 200 98 "-" "FanApp/7.14.2"')
              for s in range(3, 180, 6)]
    busy = _diag(kb, alerts + served[:8])  # still out of connections as far as it shows
    assert (busy.root_cause_category, busy.severity) == ("resource_exhausted", "ERROR")
    over = _diag(kb, alerts + served)  # two and a half minutes serving since: a burst, over
    assert (over.root_cause_category, over.component, over.severity) == (
        "resource_exhausted", "queue-edge", "WARN")


def test_fsyncs_a_writer_times_against_its_threshold_are_a_slow_disk(kb):
    """vibe.d's ``[main(4rsm) WRN] segment flush fsync took 3212 ms (threshold 500 ms)``:
    a warning of a slow disk under the writer (storage, WARN), not a healthy window."""
    lines = [(s, "scada-historian-0", f"[main(4rsm) WRN] segment flush fsync took {ms} ms "
                                      f"(threshold 500 ms) seg=2026-04-10T14/000{n}")
             for n, (s, ms) in enumerate(((3, 3212), (8, 2877), (31, 911)))]
    ext = _diag(kb, lines)
    assert (ext.root_cause_category, ext.severity) == ("storage", "WARN")


def test_a_longhorn_volume_left_with_no_valid_replica_is_critical(kb):
    manager = "longhorn-manager-q6qd6"
    for line in ('time="2026-03-01T12:00:00Z" level=warning msg="All replicas are failed, set '
                 'engine salvageRequested to true" volume=pvc-e36c8f53',
                 'time="2026-03-01T12:00:00Z" level=error msg="Failed to auto salvage volume: '
                 'no replica with valid data is available" volume=pvc-e36c8f53'):
        ext = _diag(kb, [(0, manager, line)], namespace="longhorn-system")
        assert (ext.root_cause_category, ext.severity) == ("storage", "CRITICAL"), line


def test_a_data_stores_volume_that_its_storage_system_lost_puts_its_data_at_risk(kb):
    pvc = "pvc-e36c8f53-3711-462b-935c-05fb85b26ca3"
    attach = (f'type=Warning reason=FailedAttachVolume kind=Pod name=orders-mongodb-0 '
              f'msg="AttachVolume.Attach failed for volume \\"{pvc}\\" : rpc error: code = '
              f'Aborted desc = volume {pvc} is not ready for workloads"')
    mounting = [(s, "events", attach) for s in (10, 70, 130)]
    lost = (0, "longhorn-manager-q6qd6", 'time="2026-03-01T12:00:00Z" level=warning msg="All '
                                          f'replicas are failed, set engine salvageRequested '
                                          f'to true" volume={pvc}')
    ext = _diag(kb, mounting + [lost])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "storage", "orders-mongodb", "CRITICAL")
    # another volume lost, or a mount failing on its own: the store waits, its data is safe
    other = (lost[0], lost[1], lost[2].replace("e36c8f53-3711", "0badc0de-0000"))
    for lines in (mounting + [other], mounting):
        ext = _diag(kb, lines)
        assert (ext.component, ext.severity) == ("orders-mongodb", "ERROR")


def test_a_disk_that_cannot_read_back_what_it_holds_puts_the_data_at_risk(kb):
    """Writes failing on a read-only filesystem fail the uploads (ERROR) whatever the disk;
    a disk that reports sectors it can no longer read (smartd), or a read the kernel failed,
    has lost data already written: CRITICAL, though no database runs on it."""
    app = "uploads-7d9f4b8c6-x2k9p"
    failing = [(0, app, "EXT4-fs (sdb1): Remounting filesystem read-only"),
               (5, app, "OSError: [Errno 30] Read-only file system: '/data/a.bin'"),
               (9, app, "OSError: [Errno 30] Read-only file system: '/data/b.bin'")]
    writes = _diag(kb, failing)
    assert (writes.root_cause_category, writes.severity) == ("storage", "ERROR")
    for lost in ("Device: /dev/sdb [SAT], 31 Currently unreadable (pending) sectors",
                 "I/O error, dev sdb, sector 912549448 op 0x0:(READ) flags 0x80700 phys_seg 8"):
        ext = _diag(kb, [*failing, (12, app, lost)])
        assert (ext.root_cause_category, ext.severity) == ("storage", "CRITICAL"), lost


def test_mongodb_refusing_a_login_blames_the_client_its_attributes_name(kb):
    server = ('{{"t":{{"$date":"2026-03-01T12:00:{s:02d}.310+00:00"}},"s":"I","c":"ACCESS",'
              '"id":5286307,"ctx":"conn9806","msg":"Failed to authenticate","attr":{{"client":'
              '"10.244.2.57:56599","mechanism":"SCRAM-SHA-256","user":"grading_app","db":"exam",'
              '"error":"AuthenticationFailed: SCRAM authentication failed, storedKey mismatch",'
              '"result":18}}}}')
    client = ('{{"level":60,"time":1772366400330,"msg":"failed to connect to MongoDB, exiting",'
              '"err":{{"type":"MongoServerError","message":"Authentication failed.","code":18}}}}')
    rows = []
    for s in (0, 16, 48):
        rows += [(s, "exam-mongo-0", server.format(s=s)),
                 (s, "grading-7d9f4b8c6-x2k9p", client.format())]
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.component) == ("auth_failure", "grading")


def test_healthy_window_is_none_info(kb):
    ext = _diag(kb, [
        (0, "web-7d9f4b8c6-x2k9p", 'level=info msg="request completed" status=200'),
        (5, "web-7d9f4b8c6-x2k9p", 'level=info msg="metrics flushed" error_count=0'),
        (9, "worker-7d9f4b8c6-x2k9p", 'ts=1 level=info msg="job finished" errors=0'),
    ])
    assert (ext.root_cause_category, ext.severity, ext.evidence) == ("none", "INFO", [])
    # the healthy texts, not those of another file that adds signatures to `none`
    assert ext.root_cause.startswith("No fault") and "restart" not in ext.summary


def test_a_healthy_namespace_is_about_its_own_workload_not_the_ingress_fetched_with_it(kb):
    """The ingress in kube-system wrote most lines (its access log of the shop's requests),
    but a question about the ``shop`` namespace is about the shop's own workload."""
    rows = [(s, {"namespace": "kube-system", "pod": "traefik-6d8f7c9b5-r2k4m",
                 "app": "traefik"},
             f'10.0.0.{s} - - [27/Nov/2026:10:00:{s:02d} +0000] "GET /cart HTTP/2.0" 200 4238 '
             '"-" "-" 97 "websecure-shop-storefront@kubernetes" "http://10.42.3.52:3000" 55ms')
            for s in range(0, 40, 2)]
    rows += [(s, {"namespace": "shop", "pod": "storefront-7d9f4b8c6-x2k9p", "app": "storefront"},
              "I, [2026-11-27T10:00:13.897817 #1]  INFO -- : Completed 200 OK in 41ms")
             for s in (3, 9, 21)]
    packed = packed_rows(rows)
    assert diagnose(packed, kb=kb, scope_hint="shop").extraction.component == "storefront"
    # with no namespace asked about, the busiest writer is still the one the window is about
    assert diagnose(packed, kb=kb, scope_hint="unknown").extraction.component == "traefik"


def test_benign_look_alikes_are_ignored(kb):
    ext = _diag(kb, [
        (0, "web-7d9f4b8c6-x2k9p", 'level=info msg="metrics flushed" error_count=0 failed=0'),
        (1, "web-7d9f4b8c6-x2k9p",
         'level=warn msg="request failed, retrying" attempt=1 err="connection reset by peer"'),
        (2, "web-7d9f4b8c6-x2k9p", 'level=info msg="retry succeeded" attempt=2'),
        (3, "web-7d9f4b8c6-x2k9p",
         "W0301 12:00:03.000000 1 warnings.go:70] policy/v1beta1 PodDisruptionBudget is "
         "deprecated in v1.21+, unavailable in v1.25+"),
    ])
    assert (ext.root_cause_category, ext.severity) == ("none", "INFO")



def test_istios_validation_controller_trying_a_config_it_must_reject_is_routine(kb):
    routine = [(s, "productpage-v1-7d9f4b8c6-x2k9p",
                f'[2026-03-09T11:20:{s:02d}.992Z] "GET /reviews/0 HTTP/1.1" 200 - via_upstream - '
                '"-" 0 1010 26 25 "-" "Mozilla/5.0" "ab46dace-e7a8-432d-97c4-48955d2b7d9e" '
                '"10.64.23.160" "10.64.23.160:9080" outbound|9080||reviews.bookinfo.svc.cluster'
                ".local") for s in (1, 5, 9)]
    probe = ("2026-03-09T11:20:31.697867Z\tinfo\tvalidationController\tReconcile(enter): "
             "retry dry-run creation of invalid config")
    ext = _diag(kb, [*routine, (12, "istiod-5f6d7c8b9-q8w2z", probe)])
    assert (ext.root_cause_category, ext.severity) == ("none", "INFO")


# --- routine look-alikes, recoveries that end one category, a callee's own failure -----------

_STARTED = 'type=Normal reason=Started kind=Pod name={pod} msg="Started container search"'
_READINESS = ('type=Warning reason=Unhealthy kind=Pod name={pod} msg="Readiness probe failed: '
              'Get \\"http://10.42.1.7:8080/ready\\": dial tcp 10.42.1.7:8080: connect: '
              'connection refused"')


def _rollout(pod: str, failures_at: tuple[int, ...]) -> list[tuple[int, str, str]]:
    return [(0, pod, _STARTED.format(pod=pod))] + [
        (s, pod, _READINESS.format(pod=pod)) for s in failures_at]


def test_readiness_failures_while_a_container_starts_are_start_up_noise(kb):
    pod = "search-7d9f4b8c6-x2k9p"
    healthy = _diag(kb, _rollout(pod, (5, 10, 15)))
    assert (healthy.root_cause_category, healthy.severity, healthy.component) == (
        "none", "INFO", "search")
    # the same failures long after the start are an incident: a degraded pod, WARN
    late = _diag(kb, _rollout(pod, (400, 405, 410, 415)))
    assert (late.root_cause_category, late.severity) == ("probe_failure", "WARN")
    # and a workload that restarts gets no grace at all
    looping = _diag(kb, _rollout(pod, (5, 10, 15)) + [
        (20 + n, pod, f'type=Warning reason=BackOff kind=Pod name={pod} msg="Back-off '
                      f'restarting failed container search" n={n}') for n in range(3)])
    assert looping.root_cause_category == "probe_failure"


def test_one_missed_probe_of_a_pod_that_goes_on_serving_is_no_incident(kb):
    pod = "search-7d9f4b8c6-x2k9p"
    served = [(s, pod, f'level=info msg="response completed" status=200 path=/v2/{s}')
              for s in range(0, 600, 60)]
    once = _diag(kb, served + [(400, pod, _READINESS.format(pod=pod))])
    assert (once.root_cause_category, once.severity) == ("none", "INFO")
    # twice, or once with nothing written after it, is a degraded pod
    twice = _diag(kb, served + [(400 + s, pod, _READINESS.format(pod=pod)) for s in (0, 10)])
    assert (twice.root_cause_category, twice.severity) == ("probe_failure", "WARN")
    last = _diag(kb, served + [(700, pod, _READINESS.format(pod=pod))])
    assert last.root_cause_category == "probe_failure"
    restarted = _diag(kb, served + [(400, pod, _READINESS.format(pod=pod)),
                                    (450, pod, _STARTED.format(pod=pod))])
    assert restarted.root_cause_category == "probe_failure"
    counted = _READINESS.format(pod=pod).replace(" msg=", " count=4 msg=")
    assert _diag(kb, served + [(400, pod, counted)]).root_cause_category == "probe_failure"


def test_what_a_pod_logs_as_it_shuts_down_is_no_incident(kb):
    """The shutdown grace: a pod told to stop whose sidecar then finds the app gone is a
    healthy window (another pod keeps serving); the same refusals with no stop before them,
    long after it, or in a workload that keeps restarting, are an incident."""
    pod, other = "gateway-7d9f4b8c6-g4kjb", "gateway-7d9f4b8c6-stbrw"
    serving = [(s, other, f'level=INFO msg="http request" method=GET path=/v3/quotes/{s} '
                          f'status=200 duration=3ms') for s in range(0, 40, 10)]
    stop = [(40, pod, f'type=Normal reason=Killing kind=Pod name={pod} msg="Stopping container '
                      f'gateway"'),
            (41, pod, 'level=INFO msg="shutting down" signal=terminated')]
    refusals = [(s, pod, 'error\tError in proxy: failed to get status: Get "http://localhost:'
                         '15000/ready": dial tcp 127.0.0.1:15000: connect: connection refused')
                for s in (42, 43)]
    healthy = _diag(kb, serving + stop + refusals)
    assert (healthy.root_cause_category, healthy.severity) == ("none", "INFO")
    assert _diag(kb, serving + refusals).root_cause_category == "connection_refused"
    late = [(s + 90, who, line) for s, who, line in refusals]  # a stop lasts a minute at most
    assert _diag(kb, serving + stop + late).root_cause_category == "connection_refused"
    looping = [(50 + 20 * n, pod, f'type=Warning reason=BackOff kind=Pod name={pod} msg="Back-'
                                  f'off restarting failed container gateway" n={n}')
               for n in range(3)]
    assert _diag(kb, serving + stop + refusals + looping).root_cause_category != "none"


def test_a_statefulset_pod_back_under_its_old_name_is_not_shutting_down(kb):
    """A StatefulSet's pod deleted for an upgrade comes back as ``retort-mqtt-0`` seconds
    later: once its new container started, what it says is no shutdown noise (a Mosquitto
    2 that lost its listener and serves loopback only), though within the grace."""
    pod = "retort-mqtt-0"
    stop = [(0, pod, f'type=Normal reason=Killing kind=Pod name={pod} msg="Stopping container '
                     f'mosquitto"')]
    start = [(8, pod, f'type=Normal reason=Started kind=Pod name={pod} msg="Started container '
                      f'mosquitto"')]
    local = [(9, pod, "1771328853: Starting in local only mode. Connections will only be "
                      "possible from clients running on this machine."),
             (9, pod, "1771328853: Create a configuration file which defines a listener to "
                      "allow remote access.")]
    ext = _diag(kb, stop + start + local)
    assert (ext.root_cause_category, ext.component) == ("config_error", "retort-mqtt")
    assert _diag(kb, stop + local).root_cause_category == "none"  # as it stops: its noise


def test_a_pod_that_answers_5xx_while_it_stops_does_not_stop_gracefully(kb):
    """Its sidecar exits first, requests still in flight fail: those refusals are the
    incident (a burst of 500s on every deploy), not shutdown noise."""
    pod, other = "accounts-7d9f4b8c6-g4kjb", "accounts-7d9f4b8c6-stbrw"
    serving = [(s, other, f'10.60.1.{s} - - [10/Jun/2026:10:25:{s:02d} +0000] "GET /profile '
                          f'HTTP/1.1" 200 512 "-" "curl"') for s in range(0, 40, 10)]
    stop = [(40, pod, f'type=Normal reason=Killing kind=Pod name={pod} msg="Stopping container '
                      f'web"')]
    refused = [(42, pod, 'django.db.utils.OperationalError: connection to server at '
                         '"127.0.0.1", port 5432 failed: Connection refused')]
    answered = [(s, pod, f'10.60.2.{s} - - [10/Jun/2026:10:25:{s:02d} +0000] "GET /profile '
                         f'HTTP/1.1" {code} 145 "-" "curl"') for s, code in ((43, 500), (44, 500))]
    assert _diag(kb, serving + stop + refused).root_cause_category == "none"
    unclean = _diag(kb, serving + stop + refused + answered)
    assert unclean.root_cause_category != "none"
    assert unclean.component == "accounts"
    # the same pod answering 200 while it drains is a graceful stop
    drained = [(s, pod, line.replace('" 500 ', '" 200 ')) for s, _, line in answered]
    assert _diag(kb, serving + stop + drained).root_cause_category == "none"


def test_a_refused_first_connect_right_after_the_start_is_start_up_noise(kb):
    """A sidecar proxy not listening yet: attempt 1 is refused, then the pool is ready. Right
    after the start that is start-up noise even before the pool says so; minutes later it is
    not, unless the next attempt is answered (one failure retried to success: a blip)."""
    pod = "reporting-7d9f4b8c6-x2k9p"
    started = [(0, pod, f'type=Normal reason=Started kind=Pod name={pod} msg="Started '
                        f'container api"')]
    refused = 'db connect attempt 1/10 failed: connection to server at "127.0.0.1", port ' \
              '5432 failed: Connection refused; retrying in 1s'
    ready = "db pool ready (min_size=2 max_size=10) after 2 attempts"
    for rows in ([(3, pod, refused), (4, pod, ready)], [(3, pod, refused)],
                 [(300, pod, refused), (301, pod, ready)]):
        ext = _diag(kb, started + rows)
        assert (ext.root_cause_category, ext.severity) == ("none", "INFO")
    late = _diag(kb, started + [(300, pod, refused)])
    assert late.root_cause_category == "connection_refused"


def test_etcd_noting_a_request_over_its_100_ms_is_routine_seconds_are_not(kb):
    line = ('{{"level":"warn","ts":"2026-06-12T03:15:13.398901Z","caller":"etcdserver/util.go:170",'
            '"msg":"apply request took too long","took":"{took}","expected-duration":"100ms",'
            '"prefix":"read-only range "}}')
    rows = [(s, "etcd-cp-1", line.format(took=f"{161 + s}.8ms")) for s in (0, 20, 40)]
    assert _diag(kb, rows).root_cause_category == "none"
    slow = [(s, "etcd-cp-1", line.format(took="4.812s")) for s in (0, 20, 40)]
    assert _diag(kb, slow).root_cause_category != "none"


def test_one_slow_query_is_the_slow_query_log_at_work_several_are_not(kb, line_classifier):
    """PostgreSQL logs each statement over ``log_min_duration_statement``: one in a window is
    that log at work (a monthly report's aggregate), several are a database slowing down."""
    line = ("2026-07-09 20:31:{s:02d}.079 UTC [67636] LOG:  duration: {ms}.747 ms  statement: "
            "SELECT project_id, sum(billable_words) FROM word_counts GROUP BY project_id")

    def diag(rows):
        return diagnose(packed_from(rows), kb=kb, classifier=line_classifier).extraction

    assert diag([(38, "billing-db-0", line.format(s=38, ms=2483))]).root_cause_category == "none"
    many = [(s, "billing-db-0", line.format(s=s, ms=2483 + s)) for s in (8, 23, 38, 53)]
    assert diag(many).root_cause_category == "database"


def test_a_standby_whose_replay_waits_on_a_recovery_conflict_is_a_degraded_database(kb):
    """PostgreSQL 14+ logs a standby's WAL replay held up by a long query
    (``log_recovery_conflict_waits``): the replica falls behind (database, WARN)."""
    ext = _diag(kb, [(0, "archive-db-1", "2026-03-06 16:48:58.071 UTC [87] LOG:  recovery still "
                                         "waiting after 1000.764 ms: recovery conflict on "
                                         "snapshot")])
    assert (ext.root_cause_category, ext.severity) == ("database", "WARN")


def test_postgres_closing_connections_as_it_shuts_down_on_request_is_routine(kb):
    """A switchover or an upgrade asks PostgreSQL for a fast shutdown: the FATAL lines it
    writes as it closes its sessions are shutdown noise. The same FATAL lines with no
    shutdown asked for are a database failing its clients."""
    pod = "archive-db-0"
    fatal = [(s, pod, f"2026-03-16 15:47:26.{815 + s} UTC [{5660 + s}] FATAL:  terminating "
                      "connection due to administrator command") for s in (1, 2, 3)]
    asked = [(0, pod, "2026-03-16 15:47:26.759 UTC [47] LOG:  received fast shutdown request")]
    assert _diag(kb, asked + fatal).root_cause_category == "none"
    assert _diag(kb, fatal).root_cause_category == "database"


def test_a_kafka_clients_first_bootstrap_attempt_after_its_start_is_start_up_noise(kb):
    pod = "orders-consumer-7d9f4b8c6-x2k9p"
    warned = (14, pod, "2026-01-07T21:45:27.728Z  WARN 1 --- [ntainer#0-0-C-1] org.apache.kafka."
                       "clients.NetworkClient   : [Consumer clientId=consumer-orders-1, groupId="
                       "orders] Connection to node -1 (events-kafka-bootstrap.kafka.svc/10.96.239."
                       "186:9092) could not be established. Broker may not be available.")
    joined = (16, pod, "2026-01-07T21:45:29.028Z  INFO 1 --- [ntainer#0-0-C-1] org.apache.kafka."
                       "clients.Metadata        : [Consumer clientId=consumer-orders-1, groupId="
                       "orders] Cluster ID: lwpw9gwz4bd7nzsn4mjlvf")
    started = (0, "event-exporter-5pvtsm8xnl-ps2zb",
               f'type=Normal reason=Started kind=Pod name={pod} msg="Started container '
               'consumer"')
    assert _diag(kb, [warned, joined]).root_cause_category == "connection_refused"
    assert _diag(kb, [started, warned, joined]).root_cause_category == "none"
    # (an HPA scale-up is no start of the workload's pods that already run: their failures
    # right after it are not start-up noise)
    scaled = (0, "event-exporter-5pvtsm8xnl-ps2zb",
              'type=Normal reason=SuccessfulRescale kind=HorizontalPodAutoscaler '
              'name=orders-consumer msg="New size: 4; reason: cpu resource utilization '
              '(percentage of request) above target"')
    assert _diag(kb, [scaled, warned, joined]).root_cause_category == "connection_refused"


def test_a_clients_first_dial_timing_out_right_after_its_start_is_start_up_noise(kb):
    """A Kafka client that started, timed out dialling the brokers once and retried
    ("client has run out of available brokers to talk to: dial tcp ...: i/o timeout",
    attempt 1), then connected: start-up noise, as a refusal is. Not right after a start,
    the same line is the dependency timing out."""
    pod = "machine-ingest-7d9f4b8c6-x2k9p"
    started = (0, pod, '{"level":"info","version":"2.19.0","message":"starting machine-ingest"}')
    failed = (4, pod, '{"level":"warn","error":"kafka: client has run out of available brokers '
                      'to talk to: dial tcp 10.43.12.7:9092: i/o timeout","attempt":1,'
                      '"message":"bootstrap failed, retrying"}')
    joined = (9, pod, '{"level":"info","attempt":2,"brokers":3,"message":"connected to kafka"}')
    got = diagnose(packed_from([started, failed, joined]), kb=kb)
    assert got.extraction.root_cause_category == "none"
    assert "timeout" not in {c.category for c in got.candidates}


def test_a_log4j_timestamps_milliseconds_are_no_gateway_timeout(kb):
    """``[2026-06-12 23:19:00,504] INFO ...``: 504 milliseconds, not an HTTP 504."""
    line = ("[2026-06-12 23:19:00,504] INFO [GroupCoordinator 1]: Preparing to rebalance group "
            "machine-ingest in state PreparingRebalance with old generation 211")
    got = diagnose(packed_from([(0, "kafka-1", line)]), kb=kb)
    assert not [h for h in got.lines[0].hits if h.sig.category == "timeout"]
    served = '10.42.0.1 - - [01/Mar/2026:12:00:00 +0000] "GET /search HTTP/1.1" 504 167 "-" "-"'
    got = diagnose(packed_from([(0, "ingress-nginx-7d9f4b8c6-x2k9p", served)]), kb=kb)
    assert [h for h in got.lines[0].hits if h.sig.category == "timeout"]


def test_an_expired_access_token_the_client_refreshes_is_routine(kb):
    """A JWT guard answering an expired access token with a 401 that the client handles by
    refreshing it: routine. A token refused with no refresh in sight is an auth failure."""
    pod = "pms-api-7d9f4b8c6-x2k9p"
    ok = [(s, pod, f"LOG [RoomsController] GET /api/rooms/{s} 200 38ms") for s in (0, 20, 40)]
    expired = [(s, pod, f"WARN [JwtAuthGuard] access token expired (sub=6b0c2f{s}, exp 31s "
                        "ago) -> 401, client will refresh") for s in (10, 30)]
    assert _diag(kb, sorted([*ok, *expired])).root_cause_category == "none"
    refused = [(s, pod, "ERROR [JwtAuthGuard] token invalid: signature does not match -> 401")
               for s in (10, 12, 14)]
    assert _diag(kb, sorted([*ok, *refused])).root_cause_category == "auth_failure"


def test_cassandras_chunk_cache_at_its_size_is_routine(kb, line_classifier):
    """Cassandra's BufferPool at its configured size ("Maximum memory usage reached
    (512.000MiB), cannot allocate chunk of 1.000MiB") reads the chunk uncached: no
    allocation failed, nothing ran out of memory, among routine GCs and flushes. The
    trained classifier alone takes it for an OOM."""
    pod = "crane-cassandra-1"
    rows = [(0, pod, "INFO  [Service Thread] 2026-02-02 14:03:01,482 GCInspector.java:294 - G1 "
                     "Young Generation GC in 212ms."),
            (8, pod, "WARN  [ReadStage-3] 2026-02-02 14:03:09,880 NoSpamLogger.java:95 - "
                     "Maximum memory usage reached (512.000MiB), cannot allocate chunk of "
                     "1.000MiB"),
            (24, pod, "INFO  [MemtableFlushWriter:7] 2026-02-02 14:03:25,510 Memtable.java:456 "
                      "- Writing Memtable-crane_metrics@1288331442(96.210MiB serialized bytes)"),
            (46, pod, "WARN  [ReadStage-1] 2026-02-02 14:03:47,931 NoSpamLogger.java:95 - "
                      "Maximum memory usage reached (512.000MiB), cannot allocate chunk of "
                      "1.000MiB")]
    got = diagnose(packed_from(rows), kb=kb, classifier=line_classifier).extraction
    assert (got.root_cause_category, got.severity) == ("none", "INFO")


class _ShortageMinded:
    """A classifier that takes a line saying "insufficient" for a pod with no room, as the
    trained one leans to, and every other line for none."""

    calibration: dict[str, float] = {}  # noqa: RUF012 - the shipped confidence weights

    def predict_proba(self, texts):
        return [{"scheduling": 0.6, "none": 0.4} if "insufficient" in t.lower()
                else {"none": 1.0} for t in texts]


def test_a_debit_refused_for_the_customers_balance_is_the_wallets_rule(kb):
    """"debit rejected: insufficient balance ... -> 402": the wallet doing its job, not a
    resource of the cluster running short, whatever the classifier makes of the line."""
    pod = "wallet-api-7d9f4b8c6-x2k9p"
    rows = [(s, pod, f"INFO [ktor] WalletRoutes - POST /v2/wallets/W-8821{s}/debit amount=25.00 "
                     "200 18ms") for s in (0, 20, 40)]
    rows += [(s, pod, f"WARN [ktor] WalletRoutes - debit rejected: insufficient balance "
                      f"wallet=W-1044{s} requested=100.00 available=62.50 -> 402")
             for s in (10, 30)]
    got = diagnose(packed_from(sorted(rows)), kb=kb, classifier=_ShortageMinded())
    assert got.extraction.root_cause_category == "none"


def test_a_sync_loop_that_ran_through_after_throttled_runs_has_recovered(kb):
    pod = "external-dns-7d9f4b8c6-x2k9p"
    throttled = [(s, pod, 'level=error msg="failed to list resource records sets for zone '
                          '/hostedzone/Z0EXAMPLE: Throttling: Rate exceeded"')
                 for s in (0, 60, 120)]
    ext = _diag(kb, throttled)
    assert (ext.root_cause_category, ext.severity) == ("rate_limited", "ERROR")
    synced = throttled + [(180, pod, 'level=info msg="2 record(s) in zone example.com. [Id: '
                                     '/hostedzone/Z0EXAMPLE] were successfully updated"')]
    ext = _diag(kb, synced)
    assert (ext.root_cause_category, ext.severity) == ("rate_limited", "WARN")


def test_a_kafka_producer_retrying_after_a_leader_moved_is_routine(kb):
    retry = ("WARN  o.a.k.c.producer.internals.Sender - [Producer clientId=producer-1] Got error "
             "produce response with correlation id {n} on topic-partition clickstream-5, retrying "
             "(2147483646 attempts left). Error: NOT_LEADER_OR_FOLLOWER")
    rows = [(0, "kafka-0", "INFO [Controller id=1] Processing automatic preferred replica leader "
                           "election (kafka.controller.KafkaController)"),
            (1, "collector-7d9f4b8c6-x2k9p", retry.format(n=461538))]
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.severity) == ("none", "INFO")
    # a partition whose leader stays away is no retry the client gets over
    stuck = rows + [(30, "collector-7d9f4b8c6-x2k9p",
                     "ERROR org.apache.kafka.common.errors.NotLeaderForPartitionException: This "
                     "server is not the leader for that topic-partition.")]
    assert _diag(kb, stuck).root_cause_category == "database"


def test_one_warned_failure_that_the_caller_retried_and_then_did_is_no_incident(kb):
    pod = "ingest-7d9f4b8c6-x2k9p"
    fail = ('level={lvl} msg="publish failed" topic=telemetry partition=4 '
            'err="kafka server: NOT_LEADER_OR_FOLLOWER"')
    done = 'level=info msg="publish ok" topic=telemetry partition=4 attempt=2'
    routine = [(s, pod, f'level=info msg="batch committed" points={s * 7}')
               for s in range(0, 300, 30)]
    once = _diag(kb, routine + [(100, pod, fail.format(lvl="warn")), (101, pod, done)])
    assert (once.root_cause_category, once.severity) == ("none", "INFO")
    # twice, at error level, or never done after it: a failure to report
    twice = routine + [(100, pod, fail.format(lvl="warn")), (101, pod, done),
                       (200, pod, fail.format(lvl="warn")), (201, pod, done)]
    assert _diag(kb, twice).root_cause_category == "database"
    error = routine + [(100, pod, fail.format(lvl="error")), (101, pod, done)]
    assert _diag(kb, error).root_cause_category == "database"
    assert _diag(kb, routine + [(100, pod, fail.format(lvl="warn"))]
                 ).root_cause_category == "database"


def test_an_ext4_error_belongs_to_the_workload_whose_process_met_it(kb):
    """The kernel's ext4 error names the process (``comm ledger``): a workload of that
    name in the window owns the failure; a kernel thread's stays the node's."""
    kernel = {"job": "systemd-journal", "unit": "kernel", "node": "kw-30"}
    app = {"namespace": "fin", "pod": "ledger-0", "container": "ledger", "node": "kw-30"}
    rows = [(0, kernel, "EXT4-fs error (device nvme1n1): ext4_journal_check_start:83: comm "
                        "ledger: Detected aborted journal"),
            (1, kernel, "EXT4-fs (nvme1n1): Remounting filesystem read-only"),
            (30, app, 'level=info msg="batch committed" entries=120')]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    # an application's volume (no data store by its name): failing, not data at risk
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "storage", "ledger", "ERROR")
    store = [(s, who if who is kernel else {**app, "pod": "minio-0"},
              line.replace("comm ledger", "comm minio")) for s, who, line in rows]
    ext = diagnose(packed_rows(store), kb=kb).extraction
    assert (ext.component, ext.severity) == ("minio", "CRITICAL")
    kthread = [(s, who, line.replace("comm ledger", "comm jbd2/nvme1n1-8"))
               for s, who, line in rows]
    assert diagnose(packed_rows(kthread), kb=kb).extraction.component == "kw-30"


def _access(pod: str, status: int, n: int) -> tuple[int, str, str]:
    return (n, pod, f'10.42.0.{n} - - [01/Mar/2026:12:00:{n:02d} +0000] "GET /api/v1/me '
                    f'HTTP/1.1" {status} 12 "-" "Mozilla/5.0"')


def test_a_few_401s_among_successful_requests_are_routine_a_401_storm_is_not(kb):
    pod = "web-7d9f4b8c6-x2k9p"
    few = _diag(kb, [_access(pod, 401 if n in (3, 9) else 200, n) for n in range(12)])
    assert few.root_cause_category == "none" and few.component == "web"
    storm = _diag(kb, [_access(pod, 401 if n % 4 else 200, n) for n in range(12)])
    assert (storm.root_cause_category, storm.severity) == ("auth_failure", "WARN")


def test_a_pod_scheduled_later_makes_scheduling_a_warning_but_recovers_nothing_else(kb):
    pending = [(s, "events", f'type=Warning reason=FailedScheduling kind=Pod '
                             f'name=api-7d9f4b8c6-x2k9p msg="0/3 nodes are available: 3 '
                             f'Insufficient cpu." n={s}') for s in (0, 30, 60)]
    scheduled = (90, "events", 'type=Normal reason=Scheduled kind=Pod name=api-7d9f4b8c6-x2k9p'
                               ' msg="Successfully assigned shop/api-7d9f4b8c6-x2k9p to n-2"')
    assert _diag(kb, pending).severity == "ERROR"
    assert (_diag(kb, pending + [scheduled]).root_cause_category,
            _diag(kb, pending + [scheduled]).severity) == ("scheduling", "WARN")
    oom = [(s, "cart-7d9f4b8c6-x2k9p", 'type=Warning reason=OOMKilled kind=Pod '
                                       'name=cart-7d9f4b8c6-x2k9p msg="Container cart was '
                                       f'OOMKilled (exit code 137)" n={s}') for s in (0, 50)]
    placed = (90, "events", 'type=Normal reason=Scheduled kind=Pod name=cart-7d9f4b8c6-x2k9p '
                            'msg="Successfully assigned shop/cart-7d9f4b8c6-x2k9p to n-2"')
    assert _diag(kb, oom + [placed]).severity == _diag(kb, oom).severity != "WARN"


def test_callers_refused_by_a_callee_that_was_oomkilled_blame_the_oom(kb):
    refused = [(s, "checkout-7d9f4b8c6-x2k9p",
                f'level=error msg="reserve failed" err="dial tcp cart:8080: connect: connection '
                f'refused" n={s}') for s in (10, 11, 12, 13, 14, 15)]
    killed = (12, "cart-7d9f4b8c6-x2k9p", 'type=Warning reason=OOMKilled kind=Pod '
                                          'name=cart-7d9f4b8c6-x2k9p msg="Container cart was '
                                          'OOMKilled (exit code 137)"')
    assert (_diag(kb, refused).root_cause_category, _diag(kb, refused).component) == (
        "connection_refused", "cart")
    ext = _diag(kb, refused + [killed])
    assert (ext.root_cause_category, ext.component) == ("oom_killed", "cart")


def test_a_healthy_window_names_the_workload_asked_about_else_the_busiest(kb):
    lines = [(n, "payments-7d9f4b8c6-x2k9p" if n % 3 else "ledger-7d9f4b8c6-x2k9p",
              f"level=info msg=\"request served\" n={n}") for n in range(9)]
    assert diagnose(packed_from(lines), kb=kb).extraction.component == "payments"
    asked = diagnose(packed_from(lines), kb=kb, question="Is ledger healthy?").extraction
    assert (asked.root_cause_category, asked.component) == ("none", "ledger")
    assert diagnose(packed_from([]), kb=kb).extraction.component == "none"
    # a question naming a node and a workload asks about the workload, however long the
    # node's name; a node alone is asked about itself
    node = "aks-userpool-31415926-vmss000004"
    drained = packed_rows([(n, {"namespace": "shop", "pod": pod}, line) for n, pod, line in lines]
                        + [(9, {"job": "integrations/kubernetes/eventhandler"},
                            f'type=Normal reason=NodeReady kind=Node name={node} '
                            f'msg="Node {node} status is now: NodeReady"')])
    both = f"Node {node} was replaced and a ledger pod moved. Anything to do?"
    assert diagnose(drained, kb=kb, question=both).extraction.component == "ledger"
    alone = f"Node {node} was replaced: anything to do?"
    assert diagnose(drained, kb=kb, question=alone).extraction.component == node


def test_a_hosts_own_log_stream_is_about_the_node_or_the_pod_a_kubelet_line_names(kb):
    syslog = {"job": "node-syslog", "node": "worker-10"}
    rows = [(s, syslog, f"sshd[{900 + s}]: Failed password for invalid user admin from "
                        f"203.0.113.{s} port 5{s:04d} ssh2") for s in range(0, 40, 5)]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "auth_failure", "worker-10", "WARN")
    journal = {"job": "systemd-journal", "unit": "kubelet.service", "node": "worker-3"}
    rows = [(s, journal, 'eviction_manager.go:366] "Eviction manager: pods evicted, waiting '
                         'for pod to be cleaned up" pods=["logistics/log-shipper-ntfz62bqdf-gsnvb"]'
                         f' reason="ephemeral-storage" n={s}') for s in (0, 10)]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("resource_exhausted", "log-shipper")


def test_the_pod_a_kubelet_evicted_for_a_nodes_storage_is_the_one_that_filled_it(kb):
    """The eviction manager reclaims a node's ephemeral storage: its lines without a pod are
    the node's, but the pod it says it evicted is the workload that filled the disk (its
    replacement started on another node: no restart on this one names it)."""
    journal = {"job": "node-journal", "node": "spd-node-2", "unit": "kubelet.service"}
    reclaim = [(0, journal, 'W0607 08:04:32.005051    2275 eviction_manager.go:368] "Eviction '
                            'manager: attempting to reclaim" resourceName="ephemeral-storage"'),
               (3, journal, 'I0607 08:04:35.435734    2275 eviction_manager.go:379] "Eviction '
                            'manager: must evict pod(s) to reclaim" resourceName="ephemeral-'
                            'storage"')]
    evicted = (14, journal, 'I0607 08:04:46.693220    2275 eviction_manager.go:616] "Eviction '
                            'manager: pod is evicted successfully" pod="spd/tray-photo-archiver-'
                            'mm99vn46gk-kgrr6"')
    dashboard = {"namespace": "spd", "pod": "spd-dashboard-nbhnd7lfdm-xphlg",
                 "node": "spd-node-1"}
    failed = [(s, dashboard, f"2026-06-07 08:04:{s:02d}.090 ERROR [qtp1846274136-40] spd."
                             'dashboard.photos - tray photo fetch failed {:status 503}')
              for s in (11, 16)]
    ext = diagnose(packed_rows([*reclaim, *failed, evicted]), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == (
        "resource_exhausted", "tray-photo-archiver")
    ext = diagnose(packed_rows([*reclaim, *failed]), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("resource_exhausted", "spd-node-2")


def test_a_hosts_routine_noise_is_no_incident(kb, line_classifier):
    """A scanner's one or two tries at a host's sshd, a time server that did not answer while
    the client asked the next (systemd-timesyncd), are a quiet host's noise (none), where a
    run of refused logins is not."""
    journal = {"_HOSTNAME": "harvestvm01", "_TRANSPORT": "journal"}
    quiet = [(0, journal, "2026-01-27T02:17:15.083+01:00 INFO line=1 fish_graded=1840"),
             (20, journal, "Timed out waiting for reply from 10.30.0.1:123 (ntp1.havbruk.lan)."),
             (21, journal, "Contacted time server 10.30.0.2:123 (ntp2.havbruk.lan)."),
             (40, journal, "Connection closed by authenticating user root 203.0.113.167 port "
                           "38227 [preauth]"),
             (60, journal, "2026-01-27T02:22:33.520+01:00 INFO line=1 fish_graded=1912")]

    def diag(rows):
        return diagnose(packed_rows(rows), kb=kb, classifier=line_classifier).extraction

    ext = diag(quiet)
    assert (ext.root_cause_category, ext.severity) == ("none", "INFO")
    tries = [(41 + s, journal, f"Connection closed by authenticating user root 203.0.113.{s} "
                               f"port 3{s:04d} [preauth]") for s in range(1, 4)]
    ext = diag(sorted(quiet + tries, key=lambda r: r[0]))
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "auth_failure", "harvestvm01", "WARN")


def test_a_circuit_breaker_closed_again_ends_the_timeouts_behind_it(kb):
    """A client's calls timing out until its breaker opened, then its trial calls answered
    and the breaker closed: over within the window (WARN), not still failing (ERROR)."""
    pod = "insurance-eligibility-7d9f4b8c6-x2k9p"
    failing = [(s, pod, f'time="2026-06-22T19:28:{s:02d}Z" level=error msg="E1 request failed" '
                        'error="Post \\"https://rtgw.claimswitch.net/ncpdp/e1\\": context deadline '
                        'exceeded (Client.Timeout exceeded while awaiting headers)"')
               for s in (5, 18, 31)]
    opened = [(40, pod, 'time="2026-06-22T19:28:40Z" level=warning msg="circuit breaker open" '
                        'target=rtgw.claimswitch.net failures=5 window=60s')]
    ext = _diag(kb, failing + opened)
    assert (ext.root_cause_category, ext.severity) == ("timeout", "ERROR")
    # its next line, soon after, says nothing of the dependency: not over yet
    tick = 'time="2026-06-22T19:29:00Z" level=info msg="E1 queue depth" depth=3'
    assert _diag(kb, failing + opened + [(60, pod, tick)]).severity == "ERROR"
    for closed in ('time="2026-06-22T19:29:00Z" level=info msg="circuit breaker closed" '
                   'target=rtgw.claimswitch.net',
                   "2026-06-22T19:29:00.120Z  INFO 1 --- [main] c.a.EligibilityClient : "
                   "CircuitBreaker 'payer' changed state from HALF_OPEN to CLOSED",
                   "2026-06-22 19:29:00,120 INFO [elig.breaker] circuit CLOSED for "
                   "rtgw.claimswitch.net"):
        ext = _diag(kb, failing + opened + [(60, pod, closed)])
        assert (ext.root_cause_category, ext.severity) == ("timeout", "WARN"), closed


@pytest.mark.parametrize(("user", "app"), [("orders", "orders"), ("orders_app", "orders"),
                                           ("orders_app", "orders-api")])
def test_a_database_rejecting_a_users_password_blames_the_client_of_that_name(kb, user, app):
    pg = {"namespace": "shop", "pod": "orders-db-0", "container": "postgres"}
    orders = {"namespace": "shop", "pod": f"{app}-7d9f4b8c6-x2k9p", "container": "orders"}
    rows = [(s, pg, f'2026-03-01 12:00:{s:02d}.123 UTC [61{s}] FATAL:  password authentication '
                    f'failed for user "{user}"') for s in (0, 5, 10, 15)]
    rows += [(s + 1, orders, 'org.postgresql.util.PSQLException: FATAL: password authentication '
                             f'failed for user "{user}"') for s in (0, 5)]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("auth_failure", app)


def test_an_autoscaler_scale_up_makes_pending_pods_a_warning(kb):
    pending = [(s, "events", f'type=Warning reason=FailedScheduling kind=Pod '
                             f'name=api-7d9f4b8c6-x2k9p msg="0/3 nodes are available: 3 '
                             f'Insufficient memory." n={s}') for s in (0, 30, 60, 90)]
    scale = (20, "events", 'type=Normal reason=TriggeredScaleUp kind=Pod name=api-7d9f4b8c6-x2k9p'
                           ' msg="pod triggered scale-up: [{eks-workers 3->4 (max: 10)}]"')
    assert _diag(kb, pending).severity == "ERROR"
    ext = _diag(kb, pending + [scale])
    assert (ext.root_cause_category, ext.severity) == ("scheduling", "WARN")


def test_kubernetes_events_are_about_their_object_in_every_exporter_shape():
    from analyzer.engine.diagnose import event_repeats
    from analyzer.engine.owners import event_object

    grafana = ('name=cms-frontend-4p7hnmcsdg-drrxz.d04e1b3a60862b46 kind=Pod action= '
               'sourcehost=gke-n2-0cwr reason=FailedMount type=Warning count=3 msg="mount failed"')
    exporter = ('{"metadata":{"name":"ledger-sg2h892bs-62rd5.e290a77bc1a34497"},"reason":"BackOff",'
                '"count":12,"involvedObject":{"kind":"Pod","namespace":"payments",'
                '"name":"ledger-sg2h892bs-62rd5"},"type":"Warning"}')
    node = '{"reason":"NodeNotReady","involvedObject":{"kind":"Node","name":"k3s-agent-3"}}'
    assert event_object(grafana) == ("Pod", "cms-frontend-4p7hnmcsdg-drrxz")
    assert event_object(exporter) == ("Pod", "ledger-sg2h892bs-62rd5")
    assert event_object(node) == ("Node", "k3s-agent-3")
    container = ('{"reason":"BackOff","involvedObject":{"kind":"Pod","namespace":"web","name":'
                 '"ssr-5f6d7c8b9-q8rg7","fieldPath":"spec.containers{next}"},"count":4}')
    assert event_object(container) == ("Pod", "ssr-5f6d7c8b9-q8rg7")  # braces in a field
    assert event_object("level=info msg=\"served\" name=bob") is None
    assert (event_repeats(exporter), event_repeats(grafana), event_repeats("count=9")) == (12, 3, 1)
    # kubectl's columns give the count beside the age: "(x5 over 4m)"
    kubectl = ("Warning  BackOff  pod/bottling-line-controller-5c8b9d7f6-r3xnw  Back-off "
               "restarting failed container controller in pod bottling-line-controller-"
               "5c8b9d7f6-r3xnw_bottling(2c7e4a9b) (x5 over 4m)")
    assert event_repeats(kubectl) == 5
    assert event_repeats(kubectl.replace("(x5 over 4m)", "(x12 over 1h5m)")) == 12
    assert event_repeats(kubectl.replace(" (x5 over 4m)", "")) == 1


def test_an_exporters_kind_slash_name_object_and_kubelet_source_are_read():
    from analyzer.engine.owners import event_object, node_of

    line = ('type=Warning reason=Unhealthy object=Pod/quiz-api-7d9f4b8c6-x2k9p '
            'source=kubelet/worker-3 msg="Liveness probe failed: connection refused"')
    assert event_object(line) == ("Pod", "quiz-api-7d9f4b8c6-x2k9p")
    assert node_of(LogRecord(ts=T0, labels={"job": "kubernetes-events"}, line=line)) == "worker-3"
    assert event_object("involvedObject=pod/api-1 reason=BackOff") == ("Pod", "api-1")
    assert event_object('object=Canary/ranker reason=Synced msg="advance"') == ("Canary", "ranker")
    # a namespace is never upper-case: ``objectRef=shop/api-1`` is a namespaced name
    assert event_object("objectRef=shop/api-1 kind=Pod") == ("Pod", "api-1")
    assert event_object("level=info msg=served path=/v1/a/b") is None
    # a template that puts the namespace between (a Node's events are filed in ``default``)
    assert event_object("object=Pod/shop/api-1 reason=BackOff") == ("Pod", "api-1")
    assert event_object("reason=NodeNotReady object=Node/default/ocp-w01.lme.internal "
                        'msg="Node ocp-w01.lme.internal status is now: NodeNotReady"') == (
        "Node", "ocp-w01.lme.internal")


_UID = "ea139a56-be88-4d1a-9f13-d70448789ab3"


def test_a_kubelet_events_message_alone_names_its_pod_the_kubelets_way(kb):
    """An exporter that ships an event's message alone: the kubelet's BackOff message names
    the pod as ``<name>_<namespace>(<uid>)``; the kubelet's own journal line is no event."""
    from analyzer.engine.owners import event_object

    back_off = ("Back-off restarting failed container intake in pod "
                f"intake-58b7f6d9c4-hxzg2_farm({_UID})")
    assert event_object(back_off) == ("Pod", "intake-58b7f6d9c4-hxzg2")
    journal = ('E0915 05:10:21.500 1 pod_workers.go:1298] "Error syncing pod, skipping" '
               'err="back-off 10s restarting failed container=intake '
               f'pod=intake-58b7f6d9c4-hxzg2_farm({_UID})"')
    assert event_object(journal) is None
    assert event_object(f"Back-off restarting failed container intake in pod {_UID}") is None
    # a config error that crashes each start, the kubelet backing the restarts off: a loop
    events = {"namespace": "farm", "service_name": "k8s-events"}
    pod = {"namespace": "farm", "pod": "intake-58b7f6d9c4-hxzg2", "app": "intake"}
    records = []
    for n in range(4):
        records.append(LogRecord(ts=T0 + 30 * n * 10**9, labels=pod,
                                 line="APPLICATION FAILED TO START: Failed to bind properties "
                                      "under 'weighbridge.port' to java.lang.Integer"))
        records.append(LogRecord(ts=T0 + (30 * n + 2) * 10**9, labels=events, line=back_off))
    verdict = diagnose(packed_records(records), kb=kb).extraction
    assert (verdict.root_cause_category, verdict.component, verdict.severity) == (
        "config_error", "intake", "CRITICAL")


def _exporter(s: int, line: str) -> LogRecord:
    return LogRecord(ts=T0 + s * 10**9, labels={"namespace": "media", "job": "kubernetes-events"},
                     line=line)


def test_a_job_per_item_is_one_workload_and_events_name_it_not_the_exporter(kb):
    from analyzer.engine.owners import owners_of

    runs = ("r4k2a9c", "r7e1b0d", "r0f3c8e")
    records = []
    for n, run in enumerate(runs):
        pod = f"render-{run}-x2k9p"
        records += [
            _exporter(3 * n, f'type=Normal reason=SuccessfulCreate object=Job/render-{run} '
                             f'source=job-controller msg="Created pod: {pod}"'),
            _exporter(3 * n + 1, f'type=Warning reason=FailedScheduling object=Pod/{pod} '
                                 'source=default-scheduler msg="0/3 nodes are available: 3 '
                                 'Insufficient cpu."'),
            LogRecord(ts=T0 + (60 + n) * 10**9, labels={"namespace": "media", "pod": pod},
                      line=f"level=info msg=\"render started\" item={run}")]
    records.append(_exporter(50, "type=Normal reason=NodeReady object=Node/pool-1-vmss000003 "
                                 'source=kubelet/pool-1-vmss000003 msg="Node ready"'))
    records.append(_exporter(51, "type=Normal reason=NodeReady object=Node/pool-1-vmss000004 "
                                 'source=kubelet/pool-1-vmss000004 msg="Node ready"'))
    records.sort(key=lambda r: r.ts)
    who = owners_of(records)
    assert set(who) == {"render", "pool-1-vmss000003", "pool-1-vmss000004"}  # nodes stay apart
    packed = packed_records(records)
    ext = diagnose(packed, kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("scheduling", "render")
    # one run alone, or runs whose ids are words of different lengths, stay as they are
    alone = [r for r in records if "r4k2a9c" in r.line or "r4k2a9c" in r.labels.get("pod", "")]
    assert set(owners_of(alone)) == {"render-r4k2a9c"}
    apart = [LogRecord(ts=T0, labels={"pod": p}, line="ok")
             for p in ("api-stable01-7d9f4b8c6-x2k9p", "api-canary2-7d9f4b8c6-x2k9p")]
    assert owners_of(apart) == ["api-stable01", "api-canary2"]


def test_a_silent_pod_is_the_workload_its_writing_siblings_are_labelled(kb):
    from analyzer.engine.owners import owners_of

    def own(pod: str, app: str) -> LogRecord:
        return LogRecord(ts=T0, labels={"namespace": "mq", "pod": pod, "app": app},
                         line="[info] <0.1.0> accepting AMQP connection")

    stuck = LogRecord(ts=T0, labels={"namespace": "mq", "job": "kubernetes-events"},
                      line='type=Warning reason=FailedAttachVolume object=Pod/rabbitmq-server-1 '
                           'msg="Multi-Attach error for volume pvc-1"')
    writers = [own("rabbitmq-server-0", "rabbitmq"), own("rabbitmq-server-2", "rabbitmq")]
    assert owners_of([*writers, stuck])[-1] == "rabbitmq"
    assert owners_of([stuck])[-1] == "rabbitmq-server"  # nobody to learn the label from
    # siblings labelled two ways say nothing about a third pod
    mixed = [own("rabbitmq-server-0", "rabbitmq"), own("rabbitmq-server-2", "broker")]
    assert owners_of([*mixed, stuck])[-1] == "rabbitmq-server"


def _journal(s: int, line: str, node: str = "worker-4") -> LogRecord:
    return LogRecord(ts=T0 + s * 10**9, labels={"job": "systemd-journal", "node": node,
                                               "unit": "containerd.service"}, line=line)


def test_a_node_agent_crashing_on_the_nodes_own_stream_is_the_node_failing(kb):

    crash = ["panic: assignment to entry in nil map", "",
             "goroutine 1 [running]:",
             "github.com/containerd/containerd/metadata.(*DB).Init(0xc0004a2000)",
             'time="2026-03-01T12:00:00Z" level=error msg="containerd exited: exit status 2"',
             "containerd.service: Main process exited, code=exited, status=2/INVALIDARGUMENT"]
    records = [_journal(10 * n + k, line) for n in range(3) for k, line in enumerate(crash)]

    def verdict(recs):
        packed = packed_records(recs)
        ext = diagnose(packed, kb=kb).extraction
        return ext.root_cause_category, ext.component

    assert verdict(records) == ("node_failure", "worker-4")
    # the same crash in a pod's own stream is that application's
    in_pod = [LogRecord(ts=r.ts, labels={"namespace": "shop", "pod": "cart-7d9f4b8c6-x2k9p"},
                        line=r.line) for r in records]
    assert verdict(in_pod) == ("application_error", "cart")
    # a plain host's own program (a PHP site's uncaught exceptions on web-01, no node agent
    # in its lines) crashing is that application's, not the machine failing
    site = [LogRecord(ts=T0 + s * 10**9, labels={"host": "web-01", "job": "booking-app"},
                      line=f"[2026-04-15T13:08:{s:02d}.630912+00:00] request.CRITICAL: Uncaught "
                           "PHP Exception Twig\\Error\\RuntimeError: \"An exception has been "
                           "thrown during the rendering of a template (SlotCalculator::split(): "
                           "Argument #2 must be of type int, string given)\" at slots.html.twig "
                           "line 27") for s in (1, 8, 22)]
    assert verdict(site) == ("application_error", "web-01")


def test_dns_failures_blame_coredns_when_it_fails_itself_and_tls_blames_the_server(kb):
    client = [(s, "auth-7d9f4b8c6-x2k9p", 'level=error msg="lookup redis-sessions.auth.svc.'
                                          'cluster.local on 10.96.0.10:53: server misbehaving"')
              for s in (0, 5, 10, 15)]
    coredns = [(s, "coredns-7d9f4b8c6-x2k9p", '[ERROR] plugin/errors: 2 redis-sessions.auth.svc.'
                                              'cluster.local. A: read udp 10.42.0.5:41234->'
                                              '10.0.0.2:53: i/o timeout') for s in (1, 6)]
    assert _diag(kb, client).component == "auth"
    ext = _diag(kb, client + coredns)
    assert (ext.root_cause_category, ext.component) == ("dns_resolution", "coredns")
    tls = _diag(kb, [(s, "orders-7d9f4b8c6-x2k9p",
                      'level=error msg="vault login failed" err="Post \\"https://vault:8200/v1/'
                      'auth/kubernetes/login\\": x509: certificate has expired or is not yet '
                      'valid"') for s in (0, 5)])
    assert (tls.root_cause_category, tls.component) == ("tls_certificate", "vault")


def test_a_failed_migration_belongs_to_the_workload_running_it(kb):
    ext = _diag(kb, [(s, "catalog-7d9f4b8c6-x2k9p",
                      'ERROR: Migration of schema "public" to version "42 - add index" failed! '
                      'Changes successfully rolled back. (jdbc:postgresql://catalog-pg:5432/app)')
                     for s in (0, 40)])
    assert (ext.root_cause_category, ext.component) == ("database", "catalog")


def test_a_kernel_oom_kill_on_the_host_belongs_to_the_workload_that_was_killed(kb):
    kernel = {"job": "systemd-journal", "unit": "kernel", "node": "kw-20"}
    pod = {"namespace": "ml", "pod": "scoring-worker-7d9f4b8c6-x2k9p", "node": "kw-20"}
    rows = [(s, kernel, f"Memory cgroup out of memory: Killed process {4000 + s} (celery) "
                        f"total-vm:4123456kB, anon-rss:2012345kB") for s in (0, 30, 60)]
    assert diagnose(packed_rows(rows), kb=kb).extraction.component == "kw-20"
    rows += [(61, pod, 'type=Warning reason=OOMKilled kind=Pod name=scoring-worker-7d9f4b8c6-'
                       'x2k9p msg="Container scoring-worker was OOMKilled (exit code 137)"')]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("oom_killed", "scoring-worker")


def test_the_process_a_host_oom_kill_names_is_the_workload_killed_each_time(kb):
    kernel = {"job": "systemd-journal", "unit": "kernel", "node": "kw-22"}
    cache = {"namespace": "shop", "pod": "redis-0", "container": "redis", "node": "kw-22"}
    rows = []
    for s in (0, 150, 300):  # killed, and started again, three times: a loop, not a recovery
        rows += [(s, kernel, f"Memory cgroup out of memory: Killed process {7000 + s} "
                             f"(redis-server) total-vm:4123456kB, anon-rss:2012345kB"),
                 (s + 5, cache, "1:M 24 Mar 2026 03:31:47.836 * Server initialized")]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "oom_killed", "redis", "CRITICAL")
    # a process no workload in the window is named after stays the host's
    other = [(s, who, line.replace("(redis-server)", "(python3)")) for s, who, line in rows]
    assert diagnose(packed_rows(other), kb=kb).extraction.component == "kw-22"


def test_a_kill_for_memory_of_a_process_named_after_no_workload_is_the_one_writing_there(kb):
    """The kernel kills ``python3`` at its cgroup's limit on the node where a render task's
    pod was compositing, the only workload writing there in the minutes before: the task's
    kill, not the node's. With a second workload writing on that node too, nothing says
    which: the node's."""
    kernel = {"job": "node-journal", "unit": "kernel", "node": "sp-node-4"}
    render = {"namespace": "proof-jobs", "app": "sheet-proof-render", "container": "base",
              "pod": "render-sheet-proofs-l7464j4d", "node": "sp-node-4"}
    rows = [(s, render, f"INFO:render:compositing separation {n}/5 at 1200 dpi (29528x20866 "
                        f"px, {2.3 * n:.1f} GiB in use)") for n, s in ((1, 0), (2, 14), (3, 27))]
    rows += [(40, kernel, "memory: usage 8388608kB, limit 8388608kB, failcnt 611"),
             (40, kernel, "Memory cgroup out of memory: Killed process 22841 (python3) "
                          "total-vm:9120444kB, anon-rss:8361204kB, file-rss:17092kB, "
                          "shmem-rss:0kB, UID:50000 pgtables:16660kB oom_score_adj:999")]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("oom_killed", "sheet-proof-render")
    other = {**render, "app": "gum-coating", "pod": "gum-coating-6b9d8c7f5-h7q2x"}
    both = [*rows, (30, other, "INFO coating run 88 at 21.5 g/m2")]
    ext = diagnose(packed_rows(sorted(both, key=lambda r: r[0])), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("oom_killed", "sp-node-4")


def test_a_server_the_kernel_kills_over_and_over_is_behind_refusals_that_name_no_server(kb):
    """nginx is refused by an upstream it names only by address while the kernel kills a
    process whose name it cut to 15 characters (``historian-inges``) of the one workload
    here so named, and the kubelet backs its restarts off: that workload's OOM loop is the
    cause (CRITICAL), not the proxy's refusals. A process of no workload here leaves the
    refusals first."""
    node = {"node": "wu-node-05", "job": "systemd-journal"}
    ingest = {"namespace": "water-scada", "pod": "historian-ingest-xvjrzngtmm-5976d",
              "app": "historian-ingest", "node": "wu-node-05"}
    hmi = {"namespace": "water-scada", "pod": "hmi-dashboard-4cgkzpl858-6fnzw",
           "app": "hmi-dashboard", "node": "wu-node-02"}
    refused = [(s, hmi, f"2026/04/16 03:40:{s:02d} [error] 9#9: *881{s} connect() failed (111: "
                        "Connection refused) while connecting to upstream, client: 10.44.0.17, "
                        'server: hmi.water.local, request: "GET /live/ws HTTP/1.1", upstream: '
                        '"http://10.44.4.12:9100/live/ws", host: "hmi.water.local"')
               for s in (1, 2, 4, 9, 13, 22, 25, 31, 44)]
    rows = [(0, ingest, "historian_ingest: [INFO] starting, replaying backlog from stream "
                        "SCADA_RAW (3,212,004 samples) into in-memory batch"),
            *refused,
            (20, node, "Memory cgroup out of memory: Killed process 27931 (historian-inges) "
                       "total-vm:1712332kB, anon-rss:1046980kB, file-rss:18112kB"),
            (21, ingest, 'E0416 03:40:21.186965    2143 pod_workers.go:1301] "Error syncing '
                         'pod, skipping" err="failed to \\"StartContainer\\" for '
                         '\\"historian-ingest\\" with CrashLoopBackOff: \\"back-off 5m0s '
                         'restarting failed container=historian-ingest"'),
            (40, node, "Memory cgroup out of memory: Killed process 29319 (historian-inges) "
                       "total-vm:1712332kB, anon-rss:1046980kB, file-rss:18112kB")]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "oom_killed", "historian-ingest", "CRITICAL")
    other = [(s, who, line.replace("(historian-inges)", "(python3)")) for s, who, line in rows
             if who is not ingest]
    assert diagnose(packed_rows(other), kb=kb).extraction.root_cause_category == (
        "connection_refused")
    # only a name cut to the kernel's 15 characters stands for a longer one
    writers = {"historian-ingest", "hmi-dashboard"}
    assert _process_workload("historian-inges", writers) == "historian-ingest"
    assert _process_workload("historian", writers) is None
    assert _process_workload("hmi-dashboard", writers) == "hmi-dashboard"


def test_a_server_crash_looping_on_its_own_panic_is_behind_refusals_that_name_no_server(kb):
    """An Elixir HMI is refused by a "recipe service" it names by no host while, in another
    namespace, one workload panics at start, again and again, and the kubelet backs its
    restarts off: that crash loop is the cause (CRITICAL), not the HMI's refusals. With the
    crashing server started once only, the refusals stay first."""
    hmi = {"namespace": "hmi", "pod": "mixing-hmi-5c9f7d8b6-qz2lm", "app": "mixing-hmi",
           "node": "gw-node-4"}
    recipe = {"namespace": "batch-house", "pod": "batch-recipe-488t6jdvr2-wzlbj",
              "app": "batch-recipe", "node": "gw-node-2"}
    rows = []
    for n, s in enumerate((0, 30, 60, 90)):
        rows += [(s, recipe, "2026-01-19T05:50:02.000655Z  INFO batch_recipe: starting "
                             "batch-recipe version=2.14.0"),
                 (s + 6, recipe, "thread 'main' panicked at src/cache/ratios.rs:88:41:"),
                 (s + 6, recipe, "called `Option::unwrap()` on a `None` value"),
                 (s + 12, hmi, f"05:50:15.464 request_id=F{n}q [error] recipe service "
                               f"unreachable for line {n + 1}: %Req.TransportError{{reason: "
                               f":econnrefused}}"),
                 (s + 20, hmi, f"05:50:15.464 request_id=F{n}r [error] recipe service "
                               f"unreachable for line {n + 2}: %Req.TransportError{{reason: "
                               f":econnrefused}}")]
    rows.append((70, recipe, 'E0119 05:51:10.186965    2143 pod_workers.go:1301] "Error '
                             'syncing pod, skipping" err="failed to \\"StartContainer\\" for '
                             '\\"batch-recipe\\" with CrashLoopBackOff: \\"back-off 40s '
                             'restarting failed container=batch-recipe"'))
    rows.sort(key=lambda r: r[0])
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "application_error", "batch-recipe", "CRITICAL")
    once = [r for r in rows if r[1] is not recipe or r[0] < 10]
    assert diagnose(packed_rows(once), kb=kb).extraction.root_cause_category == (
        "connection_refused")


def test_kills_a_host_reports_before_its_one_pod_starts_again_are_that_pods_restarts(kb):
    kernel = {"job": "systemd-journal", "unit": "kernel", "node": "kw-23"}
    events = {"namespace": "chat", "job": "integrations/kubernetes/eventhandler"}

    def kill(s):
        return [(s, kernel, f"Memory cgroup out of memory: Killed process {5000 + s} "
                            f"(beam.smp) total-vm:4123456kB, anon-rss:2012345kB"),
                (s + 20, events, f"name=chat-0.{s:016x} kind=Pod reason=Started type=Normal "
                                 f'sourcehost=kw-23 msg="Started container chat"')]

    once = diagnose(packed_rows(kill(0)), kb=kb).extraction
    assert (once.component, once.severity) == ("chat", "WARN")  # killed once, back
    loop = diagnose(packed_rows(kill(0) + kill(190) + kill(380)), kb=kb).extraction
    assert (loop.root_cause_category, loop.component, loop.severity) == (
        "oom_killed", "chat", "CRITICAL")
    # a syslog shipper that names the host by its short name, where Kubernetes names the
    # node in full: the same node, so the same pod's kills
    full = [(s, {**who, "node": "kw-23.chat.lan"} if who is kernel else who,
             line.replace("sourcehost=kw-23", "sourcehost=kw-23.chat.lan"))
            for s, who, line in kill(0) + kill(190) + kill(380)]
    short = [(s, {"job": "syslog", "host": "kw-23"} if who["node"] == "kw-23.chat.lan"
              else who, line) for s, who, line in full if "node" in who] + [
        r for r in full if "node" not in r[1]]
    loop = diagnose(packed_rows(sorted(short, key=lambda r: r[0])), kb=kb).extraction
    assert (loop.root_cause_category, loop.component, loop.severity) == (
        "oom_killed", "chat", "CRITICAL")


def test_a_worker_killed_for_memory_again_after_it_was_started_again_did_not_recover(kb):
    """gunicorn's master starts a new worker in the same container (no restart to count):
    killed once and started again is over (WARN); killed again after that start, each
    start ends the same way: requests keep failing (ERROR)."""
    pod = "report-renderer-7d9f4b8c6-x2k9p"

    def kill(s, pid):
        return [(s, pod, f"[2026-06-04 10:53:40 +0000] [1] [ERROR] Worker (pid:{pid}) was "
                         "sent SIGKILL! Perhaps out of memory?"),
                (s + 4, pod, f"[2026-06-04 10:53:44 +0000] [1] [INFO] Booting worker with "
                             f"pid: {pid + 90}")]

    once = _diag(kb, kill(0, 61))
    assert (once.root_cause_category, once.component, once.severity) == (
        "oom_killed", "report-renderer", "WARN")
    twice = _diag(kb, kill(0, 61) + kill(16, 154))
    assert (twice.root_cause_category, twice.component, twice.severity) == (
        "oom_killed", "report-renderer", "ERROR")


def test_a_startup_probe_that_failed_until_the_server_listened_after_one_restart_recovered(kb):
    """A startup probe fails while the app warms a cache, the kubelet restarts it once, and
    it fails again until the server says it listens: over (WARN). Restarted a second time,
    the listening after proves nothing: each start may end the same way (not WARN)."""
    events = {"namespace": "apiary", "job": "loki.source.kubernetes_events"}
    app = {"namespace": "apiary", "container": "swarm-alert", "node": "apiary-edge-3",
           "pod": "swarm-alert-6nnzlxwm4-9rmjt"}

    def probe(s):
        return (s, events, "name=swarm-alert-6nnzlxwm4-9rmjt.bebf5d6c009b4788 kind=Pod "
                           'reason=Unhealthy type=Warning sourcecomponent=kubelet '
                           'msg="Startup probe failed: Get '
                           '\\"http://10.42.5.137:8080/healthz\\": dial tcp 10.42.5.137:8080: '
                           'connect: connection refused"')

    def kill(s):
        return (s, events, "name=swarm-alert-6nnzlxwm4-9rmjt.5e190ce835c9c52e kind=Pod "
                           'reason=Killing type=Normal sourcecomponent=kubelet '
                           'msg="Container swarm-alert '
                           'failed startup probe, will be restarted"')

    up = (100, app, "2026-03-26T07:02:14.600569+00:00 info: swarm_alert: mist listening on "
                    "0.0.0.0:8080")
    work = [(110 + s, app, f"2026-03-26T07:02:{26 + s}.6+00:00 info: swarm_alert: hive "
                           f"H-01{s:02d} swarm_score=0.37 below threshold 0.80")
            for s in range(0, 40, 10)]
    once = [probe(10), probe(20), probe(30), probe(40), kill(41), probe(90)]
    ext = diagnose(packed_rows([*once, up, *work]), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "probe_failure", "swarm-alert", "WARN")
    twice = [*once, kill(91), probe(95)]
    ext = diagnose(packed_rows([*twice, up, *work]), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("probe_failure", "swarm-alert")
    assert ext.severity != "WARN"


@pytest.mark.parametrize(("app", "cause", "last_words"), [
    # Spring Boot's "Application run failed"
    ("payments", "2026-04-08T07:45:09.100Z ERROR 1 --- [main] o.s.boot.SpringApplication : "
                 "java.lang.IllegalArgumentException: Could not resolve placeholder "
                 "'stripe.api.key' in value \"${stripe.api.key}\"",
     "2026-04-08T07:45:09.200Z ERROR 1 --- [main] o.s.boot.SpringApplication : Application "
     "run failed"),
    # gunicorn's arbiter halting: on a Docker host there is no kubelet to count either
    ("gatehouse", "django.core.exceptions.ImproperlyConfigured: Set the DATABASE_URL "
                  "environment variable",
     "[2026-01-31 07:16:37 +0000] [1] [ERROR] Reason: Worker failed to boot.")])
def test_a_service_that_fails_to_start_again_and_again_is_in_a_restart_loop(
        kb, app, cause, last_words):
    """A service's own last words as its process exits on each start are its restarts."""
    pod = f"{app}-7d9f4b8c6-x2k9p"

    def attempt(s):
        return [(s, pod, cause), (s + 1, pod, last_words)]

    twice = _diag(kb, attempt(0) + attempt(40))
    assert (twice.root_cause_category, twice.severity) == ("config_error", "ERROR")
    loop = _diag(kb, attempt(0) + attempt(40) + attempt(100))
    assert (loop.root_cause_category, loop.component, loop.severity) == (
        "config_error", app, "CRITICAL")


def test_extra_replicas_refused_by_a_quota_while_the_running_ones_serve_is_degraded(kb):
    events = {"namespace": "shop", "job": "integrations/kubernetes/eventhandler"}
    api = {"namespace": "shop", "pod": "checkout-api-x5r8q6w66-7k8rv", "container": "api"}
    refused = [(s, events, f"name=checkout-api-x5r8q6w66.{s:016x} kind=ReplicaSet "
                           f"reason=FailedCreate type=Warning msg=\"Error creating: pods "
                           f"\\\"checkout-api-x5r8q6w66-q{s:04d}\\\" is forbidden: exceeded quota: "
                           f"checkout-compute, requested: requests.cpu=1, used: "
                           f"requests.cpu=8, limited: requests.cpu=8\"") for s in (0, 20, 40)]
    served = [(s, api, f'10.42.0.9 - - [01/Mar/2026:12:00:{s:02d} +0000] "POST /v1/checkout '
                       f'HTTP/1.1" 200 512 "-" "okhttp/4.12"') for s in (5, 25, 45)]
    nothing_runs = diagnose(packed_rows(refused), kb=kb).extraction
    assert (nothing_runs.root_cause_category, nothing_runs.severity) == ("scheduling", "ERROR")
    capped = diagnose(packed_rows(sorted(refused + served, key=lambda r: r[0])), kb=kb).extraction
    assert (capped.root_cause_category, capped.component, capped.severity) == (
        "scheduling", "checkout-api", "WARN")



def test_a_jobs_pod_refused_by_a_quota_while_its_other_pods_work_is_no_capped_capacity(kb):
    """A report Job runs three shards; the quota lets two start and refuses the third again
    and again. The two work on, but the report waits on the third: the Job fails (ERROR),
    where more replicas of a Deployment refused beside serving ones are capped (WARN)."""
    events = {"namespace": "reports", "job": "kube-events"}
    shards = [(s, {"namespace": "reports", "pod": f"report-batch-29891580-{n}-q7vzd",
                   "app": "report-batch"},
               f"2026-11-01 01:00:{s:02d},000 INFO [report_batch] shard {n}/3: aggregated "
               f"district {s:02d}") for s in (5, 25, 45) for n in (0, 1)]

    def refused(kind, name):
        return [(s, events, f"type=Warning reason=FailedCreate object={kind}/reports/{name} "
                            f'source=job-controller msg="Error creating: pods \\"{name}-2-\\" is '
                            "forbidden: exceeded quota: reports-quota, requested: "
                            'limits.memory=4Gi, used: limits.memory=14Gi, limited: '
                            'limits.memory=16Gi"') for s in (0, 20, 40, 59)]

    job = diagnose(packed_rows(sorted(refused("Job", "report-batch-29891580") + shards,
                                      key=lambda r: r[0])), kb=kb).extraction
    assert (job.root_cause_category, job.component, job.severity) == (
        "scheduling", "report-batch", "ERROR")
    replicas = diagnose(packed_rows(sorted(refused("ReplicaSet", "report-batch-6f8b9d7c5d")
                                           + shards, key=lambda r: r[0])), kb=kb).extraction
    assert (replicas.root_cause_category, replicas.severity) == ("scheduling", "WARN")


def test_replicas_an_autoscaler_added_that_find_no_room_while_the_others_serve_is_degraded(kb):
    """An HPA scales parts-api from 4 to 8; the scheduler finds no node with room for the
    new pods, while the running ones go on answering: capacity capped (WARN). The same
    pods pending with no scale-up before them (a replica the workload needs) stay ERROR."""
    events = {"namespace": "parts", "job": "integrations/kubernetes/eventhandler"}
    sched = {"namespace": "kube-system", "pod": "kube-scheduler-aks-cp-0",
             "container": "kube-scheduler"}
    api = {"namespace": "parts", "pod": "parts-api-78d9c6b5f4-k2xvq", "container": "nginx"}
    grew = [(0, events, 'name=parts-api.1897a2b3c4d5e6f7 kind=HorizontalPodAutoscaler reason='
                        'SuccessfulRescale type=Normal msg="New size: 8; reason: cpu resource '
                        'utilization (percentage of request) above target"'),
            (1, events, 'name=parts-api.1897a2b3c4d5e6f8 kind=Deployment reason=ScalingReplicaSet '
                        'type=Normal msg="Scaled up replica set parts-api-78d9c6b5f4 to 8 '
                        'from 4"')]
    pending = [(s, sched, f'I0226 08:02:{s:02d}.044483 1 schedule_one.go:1004] "Unable to '
                          f'schedule pod; no fit; waiting" pod="parts/parts-api-78d9c6b5f4-'
                          f'{pod}" err="0/6 nodes are available: 6 Insufficient cpu. '
                          'preemption: 0/6 nodes are available: 6 No preemption victims '
                          'found for incoming pod."')
               for s, pod in ((2, "9tq4z"), (3, "c2lrp"), (30, "9tq4z"))]
    served = [(s, api, f'10.244.0.22 - - [26/Feb/2026:08:02:{s:02d} +0000] "GET /api/parts/'
                       f'search?q=brake HTTP/1.1" 200 8812 "-" "Guzzle/7.8"') for s in (6, 36, 50)]

    def read(rows: list) -> tuple[str, str, str]:
        ext = diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction
        return ext.root_cause_category, ext.component, ext.severity

    assert read(grew + pending + served) == ("scheduling", "parts-api", "WARN")
    assert read(grew[1:] + pending + served) == ("scheduling", "parts-api", "WARN")
    assert read(pending + served) == ("scheduling", "parts-api", "ERROR")
    # KEDA's HorizontalPodAutoscaler of a ScaledObject is keda-hpa-<its name>, and the
    # reason it gives quotes the metric's label selector: far into the message
    keda = [(0, events, 'name=keda-hpa-parts-api.1897a2b3c4d5e6f7 kind=HorizontalPodAutoscaler '
                        'reason=SuccessfulRescale type=Normal msg="New size: 8; reason: external '
                        'metric s0-nats-jetstream-PARTS(&LabelSelector{MatchLabels:map[string]'
                        'string{scaledobject.keda.sh/name: parts-api,},MatchExpressions:[]'
                        'LabelSelectorRequirement{},}) above target"')]
    assert read(keda + pending + served) == ("scheduling", "parts-api", "WARN")
    # a rollout's new ReplicaSet starts from none: its pods are not extra ones
    rollout = [(1, events, grew[1][2].replace("from 4", "from 0"))]
    assert read(rollout + pending + served) == ("scheduling", "parts-api", "ERROR")


def test_a_broker_strimzi_added_that_finds_no_room_while_the_others_serve_is_degraded(kb):
    """Strimzi scales the Kafka cluster gem-events from 3 to 4 brokers; the new pod
    gem-events-kafka-3 fits no node while brokers 0-2 serve: capacity capped (WARN), not
    the cluster failing. Without the operator's word it is a broker the set lacks (ERROR)."""
    operator = {"namespace": "strimzi", "pod": "strimzi-cluster-operator-7d9f4b8c6-x2k9p",
                "container": "strimzi-cluster-operator"}
    events = {"namespace": "gemlab", "job": "kube-events"}
    broker = {"namespace": "gemlab", "pod": "gem-events-kafka-0", "container": "kafka"}
    grew = [(0, operator, "2026-03-03 10:30:12 INFO  KafkaReconciler:412 - Reconciliation "
                          "#823(watch) Kafka(gemlab/gem-events): Scaling up Kafka cluster "
                          "gem-events from 3 to 4 brokers")]
    pending = [(s, events, f'type=Warning reason=FailedScheduling object=Pod/gem-events-kafka-3 '
                           f'msg="0/9 nodes are available: 3 node(s) didn\'t match pod '
                           f'anti-affinity rules, 6 node(s) didn\'t match Pod\'s node '
                           f'affinity/selector." n={s}') for s in (5, 60, 120)]
    served = [(s, broker, f"[2026-03-03 10:31:{s % 60:02d},506] INFO [ProducerStateManager "
                          "partition=stone-images-0] Wrote producer snapshot at offset 200000 "
                          "with 0 producer ids in 3 ms. (kafka.log.ProducerStateManager)")
              for s in (30, 90, 150)]

    def read(rows: list) -> tuple[str, str, str]:
        ext = diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction
        return ext.root_cause_category, ext.component, ext.severity

    assert read(grew + pending + served) == ("scheduling", "gem-events-kafka", "WARN")
    assert read(pending + served) == ("scheduling", "gem-events-kafka", "ERROR")


def test_an_event_whose_exporter_writes_its_metadata_first_is_read_as_an_event(kb):
    """kubernetes-event-exporter writes the Event as it is: ``metadata`` (name, uid,
    resourceVersion, creationTimestamp) and ``involvedObject`` come before ``reason``, some
    400 characters in. It is still an event, whose severity its signature gives, not its
    Warning type: a Job's pods refused by a quota, again and again, fail the Job (ERROR)."""
    exporter = {"namespace": "monitoring", "pod": "event-exporter-6jxpr92cd-qvvnh",
                "container": "event-exporter"}

    def refused(s, separators=(",", ":")):
        return (s, exporter, json.dumps({
            "metadata": {"name": f"rip-batch-29564577.{s:016x}", "namespace": "printflow",
                         "uid": "47e3be95-a565-4940-b597-476fcc8236e4",
                         "resourceVersion": str(11582345 + s),
                         "creationTimestamp": "2026-03-02T10:33:07Z"},
            "involvedObject": {"kind": "Job", "namespace": "printflow",
                               "name": "rip-batch-29564577",
                               "uid": "f57fb62b-567f-4dd7-b514-0ea6172f11ca",
                               "apiVersion": "batch/v1", "resourceVersion": "11578509"},
            "reason": "FailedCreate",
            "message": f"Error creating: pods \"rip-batch-29564577-q{s:04d}\" is forbidden: "
                       "exceeded quota: printflow-quota, requested: limits.memory=8Gi, used: "
                       "limits.memory=60Gi, limited: limits.memory=64Gi",
            "source": {"component": "job-controller"}, "count": 1, "type": "Warning"},
            separators=separators))

    rows = [refused(s) for s in (0, 60, 180, 420)]
    assert rows[0][2].index('"reason"') + len('"reason":"FailedCreate"') > 400
    spaced = [refused(s, (", ", ": ")) for s in (0, 60, 180, 420)]  # Python's json.dumps
    for written in (rows, spaced):
        ext = diagnose(packed_rows(written), kb=kb).extraction
        assert (ext.root_cause_category, ext.component, ext.severity) == (
            "scheduling", "rip-batch", "ERROR")


def test_work_a_ci_runner_reports_failed_for_a_quota_is_failing_though_the_runner_runs_on(kb):
    """The build pods a runner creates are the work: when its own error-level lines report
    the jobs failed on the quota, the incident is not capped replicas (ERROR), even while
    the runner goes on polling and running the jobs that got a pod."""
    runner = {"namespace": "gitlab-runner", "pod": "gitlab-runner-7d9f4b8c6-x2k9p",
              "container": "gitlab-runner"}
    failed = [(s, runner, f'ERROR: Job failed (system failure): prepare environment: setting '
                          f'up build pod: pods "runner-k2m8x9qp-project-118-concurrent-{s}" is '
                          f'forbidden: exceeded quota: ci-quota, requested: limits.cpu=2, '
                          f'used: limits.cpu=16, limited: limits.cpu=16  job={902100 + s}')
              for s in (0, 20, 40)]
    polling = [(s, runner, f"Appending trace to coordinator...ok  code=202 job={902000 + s} "
                           f"status=202 Accepted") for s in (5, 25, 45)]
    ext = diagnose(packed_rows(sorted(failed + polling, key=lambda r: r[0])), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "scheduling", "gitlab-runner", "ERROR")


def test_the_runtimes_failed_pull_on_a_node_is_the_pods_whose_image_it_is(kb):
    runtime = {"job": "systemd-journal", "unit": "containerd.service", "node": "gpu-a100-06"}
    events = {"namespace": "inference", "job": "integrations/kubernetes/eventhandler"}
    image = "nvcr.io/nvidia/tritonserver:24.10-py3"
    pulls = [(s, runtime, f'time="2026-03-25T13:20:0{s}.059320Z" level=error msg="PullImage '
                          f'\\"{image}\\" failed" error="failed to pull and unpack image: '
                          f'failed to authorize: 401 Unauthorized"') for s in (0, 4, 8)]
    pod = [(9, events, f"name=triton-radiology-4rw6g58zb5-s8kdm.17a2b3c4d5e6f708 kind=Pod "
                       f"reason=Failed type=Warning sourcehost=gpu-a100-06 "
                       f'msg="Failed to pull image \\"{image}\\": 401 Unauthorized"')]
    assert diagnose(packed_rows(pulls), kb=kb).extraction.component == "gpu-a100-06"
    ext = diagnose(packed_rows(pulls + pod), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("image_pull", "triton-radiology")


def test_a_gpu_fallen_off_the_bus_is_its_nodes_hardware_failure_not_the_jobs(kb):
    kernel = {"job": "systemd-journal", "transport": "kernel", "node": "gpu-a100-07"}
    job = {"namespace": "research", "pod": "resnet-ddp-worker-1", "container": "pytorch",
           "node": "gpu-a100-07"}
    rows = [(0, kernel, "pcieport 0000:b0:02.0: AER: Uncorrected (Fatal) error received: "
                        "0000:b0:02.0"),
            (1, kernel, "NVRM: Xid (PCI:0000:b1:00): 79, pid=5834, name=python, GPU has fallen "
                        "off the bus."),
            (2, job, "RuntimeError: CUDA error: unspecified launch failure"),
            (30, job, "[rank1]: torch.distributed.DistBackendError: NCCL communicator was "
                      "aborted on rank 1")]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "node_failure", "gpu-a100-07", "CRITICAL")
    # Xid 13 is a fault of the application's own kernel, not of the GPU
    app = [(1, kernel, "NVRM: Xid (PCI:0000:b1:00): 13, pid=5834, name=python, Graphics "
                       "Exception: ESR 0x504648=0x1000e")] + rows[2:]
    assert diagnose(packed_rows(app), kb=kb).extraction.root_cause_category != "node_failure"


def test_a_dependency_that_answers_its_callers_again_has_recovered(kb):
    gw = "storefront-7d9f4b8c6-x2k9p"

    def access(s, status, flags="-"):
        return (s, gw, f'[2026-03-01T12:00:{s:02d}.000Z] "GET /api/reviews/item/{s} HTTP/1.1" '
                       f'{status} {flags} 0 120 3 - "-" "Go-http-client/1.1" "req-{s}" '
                       f'"reviews.shop.svc.cluster.local:8080" "10.42.1.7:8080"')

    rows = [access(s, 200) for s in range(10)] + [access(s, 503, "UF,URX") for s in (12, 14, 16)]
    assert (_diag(kb, rows).root_cause_category, _diag(kb, rows).severity) == (
        "connection_refused", "ERROR")
    # one request served after the last failure is not yet a recovery; two are
    assert _diag(kb, rows + [access(20, 200)]).severity == "ERROR"
    ext = _diag(kb, rows + [access(20, 200), access(22, 200)])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "connection_refused", "reviews", "WARN")


def test_a_pool_behind_a_proxy_whose_access_log_names_no_upstream_recovers_too(kb):
    """nginx's combined access log names no upstream; its error log blames the PHP-FPM
    pool (by its FastCGI address). Two requests answered after the last 504, one of them a
    request that had failed, mean the pool answers again: WARN. Not with one answer, not
    when none of them retries a request that failed (the failing one may still fail),
    and not when a 504 comes after them."""
    nginx = {"namespace": "rooms", "pod": "rooms-nginx-kmfrc65fhn-z6hj5", "container": "nginx"}
    php = {"namespace": "rooms", "pod": "rooms-php-6n6z5fjt97-66n2v", "container": "php-fpm"}

    def access(s, request, status):
        return (s, nginx, f'10.244.0.{s} - - [07/Mar/2026:08:29:{s:02d} +0000] "{request} '
                          f'HTTP/1.1" {status} 569 "-" "Mozilla/5.0"')

    def timed_out(s):
        return (s, nginx, f"2026/03/07 08:29:{s:02d} [error] 29#29: *{s} upstream timed out "
                          "(110: Connection timed out) while reading response header from "
                          'upstream, request: "POST /bookings HTTP/1.1", upstream: '
                          '"fastcgi://10.244.7.5:9000"')

    def verdict(rows):
        return diagnose(packed_rows(rows), kb=kb).extraction

    rows = [(1, php, "[07-Mar-2026 08:29:01] WARNING: [pool www] server reached "
                     "pm.max_children setting (10), consider raising it")]
    for s in (10, 12, 14):
        rows += [timed_out(s), access(s, "POST /bookings", 504)]
    ext = verdict(rows)
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "resource_exhausted", "rooms-php", "ERROR")
    back = [access(40, "POST /bookings", 302), access(45, "GET /bookings/mine", 200)]
    ext = verdict(rows + back)
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "resource_exhausted", "rooms-php", "WARN")
    assert verdict(rows + back[:1]).severity == "ERROR"
    # answered a second after the last 504, when 504s came every two seconds: no news yet
    soon = [access(15, "POST /bookings", 302), access(16, "GET /bookings/mine", 200)]
    assert verdict(rows + soon).severity == "ERROR"
    other = [access(40, "GET /rooms", 200), access(45, "GET /bookings/mine", 200)]
    assert verdict(rows + other).severity == "ERROR"
    assert verdict(rows + back + [timed_out(50), access(50, "POST /bookings", 504)]
                 ).severity == "ERROR"


def test_documentation_links_and_public_hosts_name_no_dependency(kb):
    from analyzer.engine.targets import callee_names

    hadoop = ("java.net.ConnectException: Call From a/10.0.0.1 to rm-0:8030 failed on connection"
              " exception: Connection refused; For more details see:  "
              "http://wiki.apache.org/hadoop/ConnectionRefused")
    assert "wiki" not in callee_names(hadoop, kb) and "rm" in callee_names(hadoop, kb)
    assert callee_names("GET https://api.stripe.com/v1/charges: read timeout", kb) == []
    # a government's, a university's and a country's hosts are as public
    for host in ("services.swpc.noaa.gov", "service.iris.edu", "api.geo.admin.ch"):
        assert callee_names(f"GET https://{host}/json/feed: read timeout", kb) == [], host
    ext = _diag(kb, [(s, "quotes-7d9f4b8c6-x2k9p", 'level=error msg="carrier quote failed" '
                                                  'err="Get \\"https://api.fastfreight.com/v2/'
                                                  'rates\\": context deadline exceeded"')
                     for s in (0, 5, 10)])
    assert (ext.root_cause_category, ext.component) == ("timeout", "quotes")


def test_a_node_errno_after_connect_is_no_host_and_envoys_connect_error_names_none(kb):
    """Node's "connect EHOSTUNREACH 10.42.2.44:3000" dials the address, as "connect
    ECONNREFUSED" does: the errno is no dependency's name; Envoy's "upstream connect error
    or disconnect/reset" names none."""
    from analyzer.engine.targets import callee_names

    for errno in ("EHOSTUNREACH", "ENETUNREACH", "ECONNREFUSED"):
        text = f"storefront cart API unreachable: connect {errno} 10.42.2.44:3000"
        assert errno.lower() not in [n.lower() for n in callee_names(text, kb)]
    envoy = "upstream connect error or disconnect/reset before headers. reset reason: overflow"
    assert "or" not in callee_names(envoy, kb)
    # nor OpenSSL's function name before its verdict (Ruby's net/protocol)
    ssl = ("SSL_connect returned=1 errno=0 peeraddr=10.43.12.5:587 state=error: certificate "
           "verify failed (hostname mismatch)")
    assert "returned" not in callee_names(ssl, kb)


def test_a_service_named_before_its_failed_call_is_the_callee(kb):
    """"pricing-engine call failed: HTTP 504 ..." names the service the caller waited on
    (a hyphenated name, as Services are); a plain word before "call failed" names none.
    The callee that then finishes the slow work late is where the timeout lives."""
    from analyzer.engine.targets import callee_names

    failed = ("2026-04-11 09:12:30,118 ERROR quotes.client: pricing-engine call failed: HTTP "
              "504 upstream request timeout after 10.0s (quote=Q-20417)")
    assert callee_names(failed, kb)[:1] == ["pricing-engine"]
    assert callee_names("ERROR render call failed: HTTP 504 after 10.0s", kb) == []
    assert callee_names("ERROR loaded pricing-engine config; call failed later", kb) == []
    lines = [(s, "quotes-7d9f4b8c6-x2k9p", failed) for s in (30, 50)]
    lines += [(s, "pricing-engine-5c8d7b6f4-q7w2k",
               '{"level":"warn","msg":"rate table slow","ms":8200}') for s in (22, 42)]
    ext = _diag(kb, sorted(lines))
    assert (ext.root_cause_category, ext.component) == ("timeout", "pricing-engine")


def test_a_gateway_named_in_a_field_is_the_callee_of_a_refused_dial_to_an_address(kb):
    """A Modbus client that dials a bare address names the device it dials in a field
    (``"gateway":"pumphouse-north-gw"``): refused, the gateway is where the fix is, not the
    controller that keeps retrying it."""
    from analyzer.engine.targets import callee_names

    pod = "snowmaking-controller-5b8f7d9c46-9wdrn"
    refused = ('{"level":"error","msg":"reconnect failed","gateway":"pumphouse-north-gw",'
               '"err":"dial tcp 10.60.4.21:502: connect: connection refused","attempt":%d}')
    assert callee_names(refused % 1, kb)[:1] == ["pumphouse-north-gw"]
    lines = [(s, pod, refused % n) for n, s in enumerate((3, 6, 10, 18), 1)]
    lines.append((12, pod, '{"level":"info","msg":"cycle complete","guns_unreachable":18}'))
    ext = _diag(kb, sorted(lines))
    assert (ext.root_cause_category, ext.component) == ("connection_refused",
                                                         "pumphouse-north-gw")


def test_a_dependency_named_before_its_silence_is_the_callee_of_a_timeout(kb):
    """A Ruby client saying "wordcount did not respond within 30s" of its call to an
    address only: the call timed out, and the service named before its silence is where the
    timeout lives, not the caller; a word that names no service ("server") is no callee."""
    from analyzer.engine.targets import callee_names

    timeout = ("E, [2026-07-27T03:25:55.492262 #1] ERROR -- : [3406127d-9650] "
               "WordcountClient::Timeout: wordcount did not respond within 30s "
               "(POST http://10.42.1.233:8080/v1/count file=LOC-77188_catalogue_it.idml)")
    assert "wordcount" in callee_names(timeout, kb)
    assert callee_names("ERROR server did not respond within 30s", kb) == []
    lines = [(s, "billing-web-jqd56nbdvf-rxbqt", timeout) for s in (0, 55, 110)]
    lines += [(30, "wordcount-4sbx7qzccr-jb7m2",
               '{"level":"info","msg":"count started","file":"LOC-77188_catalogue_it.idml"}')]
    ext = _diag(kb, sorted(lines))
    assert (ext.root_cause_category, ext.component) == ("timeout", "wordcount")


def test_a_dependency_named_by_a_public_host_is_no_product_of_the_cluster(kb):
    """A line that names its dependency by a host outside the cluster is about that host:
    its generic words ("broker") name no product of the cluster (Kafka), and a window that
    runs a Kafka does not take the gateway's failing MQTT broker for it."""
    from analyzer.engine.targets import callee_names

    mqtt = ("ERROR lock_gateway::cloud: MQTT connection failed broker=mqtt.lockhub-cloud.com:8883"
            " error=TLS error: invalid peer certificate: UnknownIssuer")
    assert callee_names(mqtt, kb) == []
    assert callee_names("broker=kafka-0.kafka-headless:9092 is down", kb)[0] == "kafka"
    assert "kafka" in callee_names("Connection to node 1 could not be established. Broker may "
                                   "not be available.", kb)
    lines = [(s, "lock-gateway-c77wxh26s-prtgw", mqtt) for s in (0, 4, 8, 16)]
    lines += [(s, "kafka-0", "INFO [Partition events-0 broker=0] ISR unchanged")
              for s in (1, 9)]
    ext = _diag(kb, lines)
    assert (ext.root_cause_category, ext.component) == ("tls_certificate", "lock-gateway")


def test_a_host_of_the_sites_own_domain_is_out_of_the_cluster_unless_one_is_called_so(kb):
    """A host under a site's own domain (``.internal``) that one workload fails to reach
    and no workload here is called is a system out of the cluster behind that one client:
    the client is the component (its trust store, its address), not a product its port
    suggests (5432: PostgreSQL). When two workloads fail on it, it is their shared
    dependency; when a workload here has its name (a Service published under the domain),
    it is that workload. A cloud's names of its machines are nodes, not such hosts."""
    from analyzer.engine.targets import dependency_names

    pgx = ('level=fatal msg="database connection failed" error="failed to connect to `user=charts'
           ' database=charts`: 10.0.40.11:5432 (pg-charts.db.clinicnet.internal): tls error: '
           'tls: failed to verify certificate: x509: certificate signed by unknown authority"')
    assert dependency_names(pgx, kb)[0][0] == "pg-charts"
    assert dependency_names(pgx, kb)[2] == {"pg-charts"}
    assert dependency_names("dial tcp ip-10-0-1-5.ec2.internal:10250: i/o timeout", kb)[2] == set()
    assert dependency_names("dial tcp gke-a-1.us-central1-a.c.shop-prod.internal:10250: "
                            "i/o timeout", kb)[2] == set()
    lone = [(s, "chart-store-6b8d9c7f5-q2wzr", pgx) for s in (0, 30, 60)]
    ext = _diag(kb, lone)
    assert (ext.root_cause_category, ext.component) == ("tls_certificate", "chart-store")

    def refused(pod: str, s: int) -> tuple[int, str, str]:
        return (s, pod, "ERROR delivery failed: LLPException: Unable to connect to "
                        "mirth.clinic-dc.internal:6661: java.net.ConnectException: Connection "
                        "refused")
    one = _diag(kb, [refused("hl7-sender-6b8d9c7f5-q2wzr", s) for s in (0, 20, 40)])
    assert (one.root_cause_category, one.component) == ("connection_refused", "hl7-sender")
    two = _diag(kb, sorted([refused("hl7-sender-6b8d9c7f5-q2wzr", s) for s in (0, 20, 40)]
                           + [refused("lab-orders-5c7d8f9b6-k8tnm", s) for s in (10, 30)]))
    assert (two.root_cause_category, two.component) == ("connection_refused", "mirth")
    published = _diag(kb, [refused("hl7-sender-6b8d9c7f5-q2wzr", s) for s in (0, 20, 40)]
                      + [(50, "mirth-0", "INFO channel ADT-out deployed, listening on 6661")])
    assert published.component == "mirth"


def test_a_timeout_that_names_no_dependency_is_a_symptom_of_one_that_waits_outside(kb):
    """A service whose read timeouts say nothing of what it waited on, beside another
    service whose own calls to a provider out of the cluster time out: the latter is the
    deeper link of the chain (the service nearest the slow provider), even when the former
    logs first and more often. Without the public host to point at, the former stays."""
    shop = [(s, "fare-shop-7d9f4b8c6-x2k9p",
             "ERROR 1 --- [epoll-5] c.s.f.OfferSearchService : offer search failed: "
             "org.springframework.web.reactive.function.client.WebClientRequestException: "
             "io.netty.handler.timeout.ReadTimeoutException") for s in (10, 18, 27, 35, 44, 52)]

    def connector(url: str) -> list[tuple[int, str, str]]:
        return [(s, "gds-connector-5f6d8c7b9-m8czl",
                 '{"level":"error","msg":"request failed","err":"Post \\"' + url
                 + '\\": context deadline exceeded (Client.Timeout exceeded while awaiting '
                 'headers)"}') for s in (11, 29)]

    outside = _diag(kb, sorted(shop + connector("https://pricing.partner-gds.com/v1/search")))
    assert (outside.root_cause_category, outside.component) == ("timeout", "gds-connector")
    inside = _diag(kb, sorted(shop + connector("http://10.80.3.4:8080/v1/search")))
    assert (inside.root_cause_category, inside.component) == ("timeout", "fare-shop")


# --- severity: restarts counted once, level-following entries, inbound logins, recoveries ----

def test_an_events_running_count_is_not_added_up_across_its_repeats(kb):
    """Exporters log an event again each time its count grows (BackOff count 1, then 2):
    the restarts are the highest count, not the sum; different reports of one restart
    (OOMKilled, exit code 137) are not added up either."""
    sigs = {s.id: s for s in kb.signatures}
    fatal = Hit(sigs["parse-config-file"])

    def lines(*counts: int) -> list[LineSignals]:
        out = []
        for i, n in enumerate(counts):
            out.append(LineSignals(2 * i, 40 * i * 10**9, "api", Level.CRITICAL,
                                   message="invalid configuration", hits=[fatal]))
            out.append(LineSignals(2 * i + 1, (40 * i + 20) * 10**9, "api", Level.UNKNOWN,
                                   is_event=True, hits=[Hit(sigs["crashloop"])], repeats=n))
        return out

    assert infer(lines(1, 2), kb)[0].severity == "ERROR"
    assert infer(lines(1, 2, 3), kb)[0].severity == "CRITICAL"
    assert infer(lines(14), kb)[0].severity == "CRITICAL"
    oom = [LineSignals(i, i * 10**9, "cart", Level.UNKNOWN, is_event=True,
                       hits=[Hit(sigs["k8s-oomkilled-reason"]), Hit(sigs["exit-code-137"])])
           for i in range(2)]
    assert infer(oom, kb)[0].restarts == 2


def test_a_throttled_call_logged_as_an_error_failed_one_logged_as_a_warning_was_retried(kb):
    pod = "summarizer-7d9f4b8c6-x2k9p"

    def line(level: str) -> str:
        return (f'{{"level":"{level}","msg":"Stripe API request failed","status":429,'
                '"detail":"rate limit exceeded"}')

    failed = _diag(kb, [(s, pod, line("error")) for s in (0, 30, 60)])
    assert (failed.root_cause_category, failed.severity) == ("rate_limited", "ERROR")
    retried = _diag(kb, [(s, pod, line("warn")) for s in (0, 30, 60)])
    assert (retried.root_cause_category, retried.severity) == ("rate_limited", "WARN")


def test_refused_inbound_logins_are_a_warning_our_rejected_credentials_an_error(kb):
    inbound = _diag(kb, [
        (0, "bastion-7d9f4b8c6-x2k9p", "Apr 18 07:16:34 combo klogind[19274]: Authentication "
                                       "failed from 192.0.2.39 (192.0.2.39): Software caused "
                                       "connection abort"),
        (9, "bastion-7d9f4b8c6-x2k9p", "Apr 18 07:16:49 combo sshd(pam_unix)[30565]: "
                                       "authentication failure; logname= uid=0 euid=0 "
                                       "tty=NODEVssh ruser= rhost=198.51.100.4  user=guest"),
        (14, "bastion-7d9f4b8c6-x2k9p", "Apr 18 07:16:54 combo sshd[30571]: Failed password "
                                        "for invalid user admin from 198.51.100.4 port 52144 "
                                        "ssh2"),
    ])  # (one or two are a scanner's tries: test_a_hosts_routine_noise_is_no_incident)
    assert (inbound.root_cause_category, inbound.severity) == ("auth_failure", "WARN")
    outbound = _diag(kb, [(s, "orders-7d9f4b8c6-x2k9p",
                           "MongoServerError: Authentication failed.") for s in (0, 9)])
    assert (outbound.root_cause_category, outbound.severity) == ("auth_failure", "ERROR")


def test_an_image_pulled_after_a_failed_pull_is_a_warning(kb):
    pod = "encoder-7d9f4b8c6-x2k9p"
    failed = (f'type=Warning reason=Failed kind=Pod name={pod} msg="Failed to pull image '
              '\\"ghcr.io/acme/encoder:2.0.9\\": rpc error: code = Unknown desc = failed to '
              'pull and unpack image: i/o timeout"')
    pulled = (f'type=Normal reason=Pulled kind=Pod name={pod} msg="Successfully pulled image '
              '\\"ghcr.io/acme/encoder:2.0.9\\" in 8.6s (including waiting)"')
    stuck = _diag(kb, [(0, pod, failed),
                       (1, pod, f'type=Warning reason=Failed kind=Pod name={pod} '
                                'msg="Error: ErrImagePull"')])
    assert (stuck.root_cause_category, stuck.severity) == ("image_pull", "ERROR")
    late = _diag(kb, [(0, pod, failed), (1, pod, f'type=Warning reason=Failed kind=Pod '
                                                  f'name={pod} msg="Error: ErrImagePull"'),
                      (40, pod, pulled)])
    assert (late.root_cause_category, late.severity) == ("image_pull", "WARN")


def test_standby_query_conflicts_are_a_degraded_replica(kb):
    ext = _diag(kb, [(s, "postgres-replica-0",
                      "2026-03-12 11:02:47.034 UTC [8686] ERROR:  canceling statement due to "
                      "conflict with recovery") for s in (0, 60, 130)])
    assert (ext.root_cause_category, ext.severity, ext.component) == (
        "database", "WARN", "postgres-replica")


def test_a_data_store_that_cannot_write_its_log_is_critical_other_full_disks_are_errors(kb):
    wal = _diag(kb, [(0, "postgres-0", '2026-03-27 17:02:20.000 UTC [75] PANIC:  could not '
                                       'write to file "pg_wal/xlogtemp.75": No space left on '
                                       'device')])
    assert (wal.root_cause_category, wal.severity) == ("resource_exhausted", "CRITICAL")
    upload = _diag(kb, [(0, "uploader-7d9f4b8c6-x2k9p",
                         'level=error msg="write /tmp/upload-1: no space left on device"')])
    assert (upload.root_cause_category, upload.severity) == ("resource_exhausted", "ERROR")


def test_a_failure_warned_about_for_minutes_is_an_error_a_brief_one_a_warning(kb):
    def zk(at: int) -> tuple[int, str, str]:
        return (at, "kafka-0", f"[2026-03-01 19:32:{at % 60:02d},579] WARN [ZooKeeperClient "
                               "Kafka server] Unable to reconnect to ZooKeeper service, session "
                               f"0x9be1e5e364c82{at % 10} has expired "
                               "(kafka.zookeeper.ZooKeeperClient)")
    lasting = _diag(kb, [zk(s) for s in (0, 70, 150, 230)])
    assert (lasting.root_cause_category, lasting.severity) == ("connection_refused", "ERROR")
    brief = _diag(kb, [zk(s) for s in (0, 10, 20)])
    assert (brief.root_cause_category, brief.severity) == ("connection_refused", "WARN")


def test_an_evicted_pod_whose_replacement_is_scheduled_is_a_warning(kb):
    evicted = (0, "build-agent-7d9f4b8c6-x2k9p",
               'type=Warning reason=Evicted kind=Pod name=build-agent-7d9f4b8c6-x2k9p '
               'msg="Pod ephemeral local storage usage exceeds the total limit of containers '
               '2Gi."')
    alone = _diag(kb, [evicted])
    assert (alone.root_cause_category, alone.severity) == ("resource_exhausted", "ERROR")
    replaced = _diag(kb, [evicted, (9, "build-agent-7d9f4b8c6-q8w2z",
                                    'type=Normal reason=Scheduled kind=Pod '
                                    'name=build-agent-7d9f4b8c6-q8w2z msg="Successfully '
                                    'assigned ci/build-agent-7d9f4b8c6-q8w2z to worker-3"')])
    assert (replaced.root_cause_category, replaced.severity) == ("resource_exhausted", "WARN")


def test_a_go_structs_fields_are_not_hosts(kb):
    from analyzer.engine.targets import callee_names

    exit_event = ("failed to handle container TaskExit event &TaskExit{ContainerID:507b0185,"
                  "ID:fb2c11e7,Pid:38439,ExitStatus:0,ExitedAt:2026-04-12T00:39:07Z,} "
                  'error="failed to stop container: context deadline exceeded"')
    assert callee_names(exit_event, kb) == []
    assert callee_names("worker pid:38439 exited with code 137", kb) == []
    # hosts in a list are hosts, after a comma or a brace as anywhere
    assert callee_names("peers {etcd-0:2380,etcd-1:2380} unreachable", kb) == ["etcd"]


def test_the_words_after_connect_are_not_hosts(kb):
    from analyzer.engine.targets import callee_names

    assert callee_names("Failed to connect to redis-master-2:6379", kb) == ["redis-master",
                                                                             "redis"]
    assert callee_names("dial tcp postgres-0.postgres:5432: connect refused", kb) == [
        "postgres"]
    # a dependency that logs nothing is still named by its host, never by "to"
    ext = _diag(kb, [(s, "cart-7d9f4b8c6-x2k9p",
                      "level=error msg=\"cache get failed\" err=\"Failed to connect to "
                      "sessions-cache-2:11211: Connection refused\"") for s in (0, 5, 10)])
    assert (ext.root_cause_category, ext.component) == ("connection_refused", "sessions-cache")


def test_a_webhook_that_fails_is_the_deployment_behind_its_service(kb):
    from analyzer.engine.targets import callee_names

    def call(name: str, url: str) -> str:
        return (f'reason=FailedCreate msg="Error creating: Internal error occurred: failed '
                f'calling webhook \\"{name}\\": failed to call webhook: Post \\"{url}\\": '
                f'context deadline exceeded"')

    # charts that name the Service otherwise than the Deployment (services.yaml "fronts")
    assert callee_names(call("validation.gatekeeper.sh", "https://gatekeeper-webhook-service."
                             "gatekeeper-system.svc:443/v1/admit?timeout=3s"), kb) == [
        "gatekeeper-controller-manager"]
    # one whose Service is the Deployment's name; never "webhook" itself
    assert callee_names(call("validate.externalsecret.external-secrets.io", "https://"
                             "external-secrets-webhook.external-secrets.svc:443/validate"),
                        kb) == ["external-secrets-webhook"]


def test_the_aggregated_metrics_api_failing_is_metrics_server(kb):
    apiserver = ('E0311 02:10:04.104286       1 available_controller.go:460] v1beta1.metrics.'
                 'k8s.io failed with: failing or missing response from https://10.96.187.20:443'
                 '/apis/metrics.k8s.io/v1beta1: Get "https://10.96.187.20:443/apis/metrics.k8s.'
                 'io/v1beta1": dial tcp 10.96.187.20:443: connect: connection refused')
    ext = _diag(kb, [(s, "kube-apiserver-k8s-cp-01", apiserver) for s in (0, 20, 40)],
                namespace="kube-system")
    assert (ext.root_cause_category, ext.component) == ("connection_refused", "metrics-server")


def test_sandbox_failures_reported_by_one_nodes_kubelet_blame_that_node(kb):
    def sandbox(s: int, pod: str) -> tuple[int, dict[str, str], str]:
        return (s, {"namespace": "shop", "job": "integrations/kubernetes/eventhandler"},
                f"name={pod}.17a8b kind=Pod action= sourcecomponent=kubelet "
                "sourcehost=k3s-agent-3 reason=FailedCreatePodSandBox type=Warning "
                'msg="Failed to create pod sandbox: rpc error: code = Unknown desc = failed to '
                'setup network for sandbox \\"4f1c\\": plugin type=\\"cilium-cni\\" failed '
                '(add): unable to connect to Cilium daemon"')
    rows = [sandbox(0, "orders-7d9f4b8c6-x2k9p"), sandbox(20, "reviews-5f6d7c8b9-q8w2z"),
            sandbox(40, "mailer-6c7d8f9b5-z7x8c"),
            (5, {"namespace": "kube-system", "pod": "cilium-7899g", "node": "k3s-agent-3"},
             'level=fatal msg="failed to start: daemon creation failed: error while '
             'initializing daemon: failed while reinitializing datapath"')]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("node_failure", "k3s-agent-3")


def test_a_kafka_clients_request_timeouts_blame_the_brokers(kb):
    ext = _diag(kb, [(s, "audit-shipper-7d9f4b8c6-x2k9p",
                      f"[2026-04-03 12:16:0{s % 10}] WARN [Producer clientId=producer-1] Got "
                      "error produce response with correlation id 8812 on topic-partition "
                      "audit-3, retrying (2 attempts left). Error: REQUEST_TIMED_OUT")
                     for s in (0, 30, 61)] + [
        (5, "kafka-0", "[2026-04-03 12:16:05,120] INFO [Log partition=audit-3, "
                       "dir=/var/lib/kafka/data] Rolled new log segment at offset 88120")])
    assert (ext.root_cause_category, ext.component) == ("timeout", "kafka")


def test_a_migration_that_recreates_an_existing_table_fails_in_the_migration_job(kb):
    ext = _diag(kb, [
        (0, "crm-migrate-mgm64", "2026-03-25 10:04:58,200 INFO [alembic.runtime.migration] "
                                 "Running upgrade 05323069a2f5 -> 9ca49cf473e8"),
        (1, "crm-migrate-mgm64", "sqlalchemy.exc.ProgrammingError: (psycopg2.errors."
                                 'DuplicateTable) relation "invoice_lines" already exists'),
        (50, "crm-7d9f4b8c6-x2k9p", "2026-03-25 10:05:53,487 ERROR [app.db] schema version "
                                    "check failed: expected 218, database at 217; refusing to "
                                    "start")])
    assert (ext.root_cause_category, ext.component) == ("database", "crm-migrate")


def _cm(s: int, reason: str, message: str) -> tuple[int, dict[str, str], str]:
    return (s, {"namespace": "cert-manager", "pod": "cert-manager-7d9f4b8c6-x2k9p"},
            f'I0426 08:1{s // 60}:{s % 60:02d}.000000 1 trigger_controller.go:215] '
            '"cert-manager/certificates-trigger: Certificate must be re-issued" '
            f'key="shop/shop-tls" reason="{reason}" message="{message}"')


_CHALLENGE = (0, {"namespace": "cert-manager", "pod": "cert-manager-7d9f4b8c6-x2k9p"},
              'E0426 08:10:00.000000 1 sync.go:190] "cert-manager/challenges: propagation '
              'check failed" err="failed to perform self check GET request '
              "'http://shop.acme.io/.well-known/acme-challenge/x1': dial tcp 34.120.1.2:80: "
              'i/o timeout"')


def test_a_failing_renewal_is_a_warning_until_the_certificate_expires_then_the_issuer_errs(kb):
    renewing = diagnose(packed_rows([_CHALLENGE, _cm(120, "Renewing", "Renewing certificate as "
                                                   "renewal was scheduled at 2026-04-06")]),
                        kb=kb).extraction
    assert (renewing.root_cause_category, renewing.severity, renewing.component) == (
        "tls_certificate", "WARN", "cert-manager")
    ingress = {"namespace": "ingress-nginx", "pod": "ingress-nginx-controller-5f6d7c8b9-q8w2z"}
    served = [(s, ingress, f'W0426 08:1{s // 60}:{s % 60:02d}.000000 7 controller.go:1387] SSL '
                           'certificate "shop/shop-tls" does not contain a Common Name or '
                           'Subject Alternative Name for server "shop.acme.io": x509: '
                           'certificate has expired or is not yet valid')
              for s in (150, 170, 200, 230)]
    expired = diagnose(packed_rows([_CHALLENGE, _cm(120, "Expired", "Certificate expired"),
                                  *served]), kb=kb).extraction
    assert (expired.root_cause_category, expired.severity, expired.component) == (
        "tls_certificate", "ERROR", "cert-manager")


def _erlang_alert(s: int, verb: str) -> tuple[int, dict[str, str], str]:
    broker = {"namespace": "ingest", "pod": "emqx-1", "app": "emqx"}
    side, peer = ("server", "CLIENT") if verb == "received" else ("client", "SERVER")
    return (s, broker, f"2026-06-02T00:00:{s:02d}.400911+00:00 [error] supervisor: "
                       "'esockd_connection_sup - <0.8123.0>', errorContext: connection_shutdown, "
                       "reason: {ssl_error,{tls_alert,{certificate_expired,\"TLS "
                       f"{side}: In state certify {verb} {peer} ALERT: Fatal - Certificate "
                       "Expired\\n\"}}}")


def test_an_erlang_brokers_clients_alerting_on_its_certificate_blame_the_broker(kb):
    """EMQX's (Erlang/OTP ssl's) alert received from its clients is about its own
    certificate: the broker's."""
    rows = [_erlang_alert(s, "received") for s in (5, 12, 20, 31, 44)]
    verdict = diagnose(packed_rows(rows), kb=kb).extraction
    assert (verdict.root_cause_category, verdict.component, verdict.severity) == (
        "tls_certificate", "emqx", "ERROR")
    # the alert it generated is its refusal of the peer's certificate: the peer's fault
    line = _erlang_alert(0, "generated")[2]
    assert [sig.id for sig in kb.candidates(line.lower()) if sig.search(line, line.lower())] == [
        "erlang-tls-alert-generated"]
    assert kb.by_id("erlang-tls-alert-generated").component != "self"


_NODE = "ip-10-40-2-91.eu-central-1.compute.internal"
_KERNEL = {"job": "node/journal", "node": _NODE, "transport": "kernel"}
_CID = "c6ce0e807e4907ead87e55fcdb3c46a7aef451dfd79a6e1f8d5e8e8dfcdcace8"


def _oom_burst(s: int, cid: str = _CID) -> list[tuple[int, dict[str, str], str]]:
    return [(s, _KERNEL, "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0"),
            (s, _KERNEL, f"oom-kill:constraint=CONSTRAINT_MEMCG,cpuset=cri-containerd-{cid}"
                         ".scope,oom_memcg=/kubepods.slice/kubepods-burstable-pod26a5505d_82a6"
                         "_49d0_b718_5052d22db824.slice"),
            (s + 1, _KERNEL, "Memory cgroup out of memory: Killed process 690655 (java) "
                             "total-vm:4261628kB, anon-rss:1035321kB")]


def test_the_kernels_oom_kill_belongs_to_the_pod_its_container_id_or_restart_points_to(kb):
    kubelet = (3, {"job": "node/journal", "node": _NODE, "unit": "kubelet.service"},
               'I0310 08:44:39.446790 2207 kubelet.go:2461] "SyncLoop (PLEG): event for pod" '
               'pod="analytics/report-generator-7d9f4b8c6-x2k9p" event={"ID":"26a5505d-82a6-'
               f'49d0-b718-5052d22db824","Type":"ContainerDied","Data":"{_CID}"}}')
    tied = diagnose(packed_rows([*_oom_burst(0), kubelet]), kb=kb).extraction
    assert (tied.root_cause_category, tied.component) == ("oom_killed", "report-generator")
    # one kill is one restart, however many lines the kernel's report takes: not a loop
    assert tied.severity == "ERROR"
    started = (30, {"job": "integrations/kubernetes/eventhandler", "namespace": "logging"},
               f"name=es-data-2.48471d2d8940f5f0 kind=Pod sourcehost={_NODE} reason=Started "
               'type=Normal count=2 msg="Started container elasticsearch"')
    restarted = diagnose(packed_rows([*_oom_burst(0, "0" * 64), started]), kb=kb).extraction
    assert (restarted.root_cause_category, restarted.component) == ("oom_killed", "es-data")
    alone = diagnose(packed_rows(_oom_burst(0, "0" * 64)), kb=kb).extraction
    assert alone.component == _NODE  # nothing says which pod: the node's report stays its own


def test_a_kill_of_a_process_the_windows_other_kills_show_whose_it_is_is_that_ones(kb):
    from analyzer.engine.owners import owners_of
    from retrieval.records import LogRecord

    def burst(s: int, cid: str, comm: str, node: str = _NODE):
        return [(t, {**labels, "node": node}, line.replace("(java)", f"({comm})"))
                for t, labels, line in _oom_burst(s, cid)]

    def kubelet(s: int, cid: str, pod: str = "ffmpeg-transcoder-v7tl47lwb-zplkl"):
        return (s, {"job": "node/journal", "node": _NODE, "unit": "kubelet.service"},
                f'kubelet.go:2461] "SyncLoop (PLEG): event for pod" pod="media/{pod}" '
                f'event={{"Type":"ContainerDied","Data":"{cid}"}}')

    def records(rows):
        return [LogRecord(ts=s * 10**9, labels=labels, line=line) for s, labels, line in rows]

    other = "ip-10-40-7-12.eu-central-1.compute.internal"
    tied = [*burst(0, "a" * 64, "ffmpeg"), kubelet(2, "a" * 64),
            *burst(30, "b" * 64, "ffmpeg"), kubelet(32, "b" * 64)]
    # the third kill, on a node no kubelet line speaks of, is the same Deployment's ffmpeg
    third = burst(60, "c" * 64, "ffmpeg", other)
    assert set(owners_of(records(tied + third))) == {"ffmpeg-transcoder"}
    ext = diagnose(packed_rows(tied + third), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "oom_killed", "ffmpeg-transcoder", "CRITICAL")  # three kills: a loop
    # a process no other kill ties to a pod stays the node's
    java = burst(60, "c" * 64, "java", other)
    assert owners_of(records(tied + java))[-3:] == [other] * 3
    # nor does one that kills of two workloads show
    two = [*tied[:4], *burst(30, "b" * 64, "ffmpeg"),
           kubelet(32, "b" * 64, "thumbnailer-5c8d7f9b6-q2w7e")]
    assert owners_of(records(two + third))[-3:] == [other] * 3


def test_a_cgroup_kill_belongs_to_the_one_pod_on_its_node_that_spoke_of_its_memory(kb):
    from analyzer.engine.owners import owners_of
    from retrieval.records import LogRecord

    def worker(s: int, pod: str, line: str, node: str = _NODE):
        return (s, {"namespace": "dask", "pod": pod, "container": "worker", "node": node}, line)

    paused = "distributed.worker.memory - WARNING - Worker is at 82% memory usage. Pausing worker."
    kill = [(t, _KERNEL, line.replace("(java)", "(python)"))
            for t, _, line in _oom_burst(40, "0" * 64) if "oom-kill:" not in line]
    event = (41, {"job": "integrations/kubernetes/eventhandler", "namespace": "dask"},
             f"name={_NODE}.5bb31efbda82a837 kind=Node reason=OOMKilling type=Warning "
             'sourcecomponent=kernel-monitor msg="Memory cgroup out of memory: Killed process '
             '690655 (python) total-vm:10160187kB"')
    own = worker(0, "dask-worker-6f8d7c9b5-2w6d5", paused)
    chatter = worker(2, "report-api-5c8d7f9b6-q2w7e", "GET /healthz 200")

    def owners(rows):
        return owners_of([LogRecord(ts=s * 10**9, labels=labels, line=line)
                          for s, labels, line in rows])

    assert owners([own, chatter, *kill, event])[2:] == ["dask-worker"] * 3
    ext = diagnose(packed_rows([own, chatter, *kill, event]), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("oom_killed", "dask-worker")
    # memory words too long before, on another node, or from two workloads: the node's
    late = [(t + 200, labels, line) for t, labels, line in kill]
    assert owners([own, *late])[1:] == [_NODE] * 2
    elsewhere = worker(0, "dask-worker-6f8d7c9b5-2w6d5", paused, node="ip-10-40-7-12")
    assert owners([elsewhere, *kill])[1:] == [_NODE] * 2
    two = worker(1, "report-api-5c8d7f9b6-q2w7e", "heap usage 91% of max")
    assert owners([own, two, *kill])[2:] == [_NODE] * 2
    # a kill of the whole node's memory (no cgroup) is not one container's limit
    system = [(t, labels, line.replace("Memory cgroup out of memory", "Out of memory"))
              for t, labels, line in kill]
    assert owners([own, *system])[1:] == [_NODE] * 2


def test_a_dependency_named_by_host_somewhere_is_what_its_port_means_elsewhere(kb):
    rows = [(0, {"namespace": "shop", "pod": "cart-7d9f4b8c6-x2k9p"},
             "[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.108.118.7:6379\n"
             "    at TCPConnectWrapper.afterConnect [as oncomplete] (node:net:1607:16)"),
            (1, {"namespace": "shop", "pod": "sessions-5f6d7c8b9-q8w2z"},
             "redis.exceptions.ConnectionError: Error 111 connecting to redis-master:6379. "
             "Connection refused.")]
    ext = diagnose(packed_rows([(s + 9 * k, labels, line) for k in range(3)
                              for s, labels, line in rows]), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("connection_refused", "redis-master")


def test_source_files_fields_and_messages_are_not_hosts(kb):
    from analyzer.engine.owners import node_of
    from analyzer.engine.targets import callee_names
    from retrieval.records import LogRecord

    assert callee_names("[mysql] 2026/04/17 packets.go:37: read tcp 10.244.3.12:51844->"
                        "10.244.7.31:3306: i/o timeout", kb) == ["mysql"]
    assert callee_names("at org.x.KubernetesAuthentication.login(KubernetesAuthentication.java"
                        ":59)", kb) == []
    # a Clojure frame's file (cycles.clj), a Groovy script's
    assert callee_names("\tat spd.autoclave.cycles$release_BANG_.invokeStatic(cycles.clj:212)",
                        kb) == []
    assert callee_names("\tat Script1.run(pipeline.groovy:41)", kb) == []
    assert callee_names("UE memory read error (grain:32) Firefox/124.0 rv:124.0", kb) == []
    assert callee_names('Data source rejected establishment of connection, message from '
                        'server: "Too many connections"', kb) == ["mysql"]
    klog = LogRecord(ts=0, labels={"namespace": "kube-system", "node": "cp-1"},
                     line='I0417 03:14:55.930081 1 node_lifecycle_controller.go:1036] "Node is '
                          'unresponsive. Adding it to the Taint queue" node="bm-worker-07"')
    assert node_of(klog) == "bm-worker-07"


def test_routine_probes_of_resolvers_and_credential_chains_are_not_faults(kb):
    ext = _diag(kb, [
        (0, "coredns-7d9f4b8c6-x2k9p", '[INFO] 10.244.2.61:32972 - 13249 "AAAA IN s3.eu-central-'
                                       '1.amazonaws.com.data.svc.cluster.local. udp 79 false '
                                       '1232" NXDOMAIN qr,aa,rd 172 0.000131s'),
        (0, "coredns-7d9f4b8c6-x2k9p", '[INFO] 10.244.2.61:60872 - 18107 "A IN s3.eu-central-1.'
                                       'amazonaws.com. udp 47 false 1232" NOERROR qr,rd,ra 142 '
                                       '0.001408s'),
        (1, "doc-indexer-5f6d7c8b9-q8w2z", "2026-03-05 07:02:31,911 INFO azure.identity._internal"
                                           ".decorators: EnvironmentCredential.get_token failed: "
                                           "EnvironmentCredential authentication unavailable. "
                                           "Environment variables are not fully configured."),
        (2, "doc-indexer-5f6d7c8b9-q8w2z", "2026-03-05 07:02:32,522 INFO azure.identity._"
                                           "credentials.chained: DefaultAzureCredential acquired a"
                                           " token from WorkloadIdentityCredential")])
    assert (ext.root_cause_category, ext.severity) == ("none", "INFO")
    # an academic or a national name tried under the search domains (ndots:5) too
    for name in ("service.iris.edu", "geofon.gfz.de", "www.data.gouv.fr"):
        tried = [(s, "coredns-7d9f4b8c6-x2k9p",
                  f'[INFO] 10.244.3.41:51022 - 31022 "A IN {name}.{suffix}. udp 90 false 1232" '
                  "NXDOMAIN qr,aa,rd 160 0.000090s")
                 for s, suffix in ((0, "rt.svc.cluster.local"), (9, "svc.cluster.local"),
                                   (19, "cluster.local"))]
        assert _diag(kb, tried).root_cause_category == "none", name
    # a name of the cluster that does not exist is still a failure
    missing = _diag(kb, [(s, "coredns-7d9f4b8c6-x2k9p",
                          '[INFO] 10.244.1.5:43127 - 5120 "A IN db.prod.svc.cluster.local. udp '
                          '44 false 512" NXDOMAIN qr,aa,rd 137 0.0001s') for s in (0, 9, 19)])
    assert missing.root_cause_category == "dns_resolution"


def test_a_keyerror_is_a_missing_setting_only_when_it_looks_like_one(kb):
    def trace(key: str, source: str) -> list[tuple[int, str, str]]:
        return [(s, "pricing-7d9f4b8c6-x2k9p",
                 "Traceback (most recent call last):\n"
                 f'  File "/app/pricing/api/quotes.py", line 88, in create_quote\n    {source}\n'
                 f"KeyError: '{key}'") for s in (0, 20, 40)]
    assert _diag(kb, trace("ISK", "rate = FX_RATES[req.currency]")).root_cause_category == (
        "application_error")
    assert _diag(kb, trace("PORT", 'port = os.environ["PORT"]')).root_cause_category == (
        "config_error")
    assert _diag(kb, trace("DATABASE_URL", "url = settings['DATABASE_URL']")
                 ).root_cause_category == "config_error"


def _backoff_event(pod: str, count: int) -> tuple[int, str, str]:
    return (10 * count, "event-exporter-86cfvmcdj-9x27c",
            f'{{"reason":"BackOff","type":"Warning","count":{count},"involvedObject":{{"kind":'
            f'"Pod","namespace":"shop","name":"{pod}"}},"message":"Back-off restarting failed '
            f'container catalog in pod {pod}"}}')


def test_a_rollout_stuck_on_crashing_new_pods_while_old_ones_serve_is_an_error(kb):
    new, old = "catalog-7d2n4g9kz-hv7j9", "catalog-5c8bd9f7x-z5bj4"
    failing = [(0, new, "ERROR: Migration V42__add_unique_sku_index.sql failed"),
               *(_backoff_event(new, n) for n in (1, 2, 3, 4))]
    serving = [(s, old, f'{{"level":"INFO","message":"Product {s} served in 40 ms"}}')
               for s in (5, 25, 45)]
    down = _diag(kb, failing)
    assert (down.root_cause_category, down.severity) == ("database", "CRITICAL")
    stuck = _diag(kb, failing + serving)
    assert (stuck.root_cause_category, stuck.severity) == ("database", "ERROR")
    # the same ReplicaSet's other pods serving between their own restarts do not count
    sibling = "catalog-7d2n4g9kz-q8w2z"
    flapping = _diag(kb, failing + [(s, sibling, f'{{"level":"INFO","message":"Product {s} '
                                                 'served in 40 ms"}') for s in (5, 25, 45)])
    assert flapping.severity == "CRITICAL"
    # an old pod that starts up fine and then fails the same way is not serving either
    # (two replicas of one Deployment, each crashing on start: the component is down)
    crashing = [(s, old, text) for s in (5, 25) for text in (
        '{"level":"INFO","message":"Starting catalog 3.1.0"}',
        "ERROR: Migration V42__add_unique_sku_index.sql failed")]
    assert _diag(kb, failing + crashing).severity == "CRITICAL"
    # old pods that then shut down (their ReplicaSet scaled down to make room): none serves
    shut = [(46, old, "[1] 2026/04/14 09:20:08.810000 [INF] Initiating Shutdown..."),
            (47, old, "[1] 2026/04/14 09:20:08.900000 [INF] Server Exiting..")]
    assert _diag(kb, failing + serving + shut).severity == "CRITICAL"
    # one old pod of two shutting down: the other still serves
    other = "catalog-5c8bd9f7x-m2p4q"
    more = [(s, other, f'{{"level":"INFO","message":"Product {s} served in 40 ms"}}')
            for s in (6, 26)]
    assert _diag(kb, failing + serving + shut + more).severity == "ERROR"


def test_another_deployment_under_the_same_app_label_serving_does_not_make_it_serve(kb):
    def labelled(rows):  # every pod labelled app=catalog, as one chart labels them all
        return packed_rows([(s, {"namespace": "shop", "pod": pod, "app": "catalog"}
                           if not pod.startswith("event-") else {"namespace": "shop",
                                                                 "pod": pod}, line)
                          for s, pod, line in rows])

    new = "catalog-api-7d2n4g9kz-hv7j9"
    failing = [(0, new, "ERROR: Migration V42__add_unique_sku_index.sql failed"),
               *(_backoff_event(new, n) for n in (1, 2, 3, 4))]

    def serving(pod: str) -> list[tuple[int, str, str]]:
        return [(s, pod, f'{{"level":"INFO","message":"Product {s} served in 40 ms"}}')
                for s in (5, 25, 45)]

    rollout = diagnose(labelled(failing + serving("catalog-api-5c8bd9f7x-z5bj4")), kb=kb)
    assert rollout.extraction.severity == "ERROR"  # its old ReplicaSet serves
    beside = diagnose(labelled(failing + serving("catalog-worker-5c8bd9f7x-z5bj4")), kb=kb)
    assert (beside.extraction.root_cause_category, beside.extraction.severity) == (
        "database", "CRITICAL")


def test_a_failure_that_leaves_its_service_without_endpoints_is_critical(kb):
    pull = [(s, "keycloak-7d9f4b8c6-x2k9p",
             'type=Warning reason=Failed kind=Pod name=keycloak-7d9f4b8c6-x2k9p msg="Failed to '
             'pull image \\"quay.io/acme/keycloak:24\\": no matching manifest for linux/arm64"')
            for s in (0, 30)]
    assert _diag(kb, pull).severity == "ERROR"
    empty = (40, "ingress-nginx-controller-5f6d7c8b9-q8w2z",
             'W0224 08:43:58.120 7 controller.go:1112] Service "identity/keycloak" does not have '
             'any active Endpoint.')
    ext = _diag(kb, [*pull, empty])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "image_pull", "keycloak", "CRITICAL")


def _streams_dies(s: int, pod: str, client: str) -> list[tuple[int, str, str]]:
    return [(s, pod, f"[2026-04-22 08:31:{s:02d},882] ERROR stream-thread [{client}-"
                     "StreamThread-1] Encountered the following exception during processing "
                     "and the thread is going to shut down: (org.apache.kafka.streams."
                     "processor.internals.StreamThread)"),
            (s, pod, "org.apache.kafka.streams.errors.StreamsException: Exception caught in "
                     "process. taskId=0_3, stacktrace=java.lang.NullPointerException: Cannot "
                     'invoke "String.length()" because "merchantId" is null'),
            (s + 1, pod, f"[2026-04-22 08:31:{s + 1:02d},632] ERROR stream-client [{client}] All "
                         "stream threads have died. The instance will be in error state and "
                         "should be closed. (org.apache.kafka.streams.KafkaStreams)")]


def test_a_workload_whose_every_pod_says_it_died_for_good_is_down(kb):
    a, b = "fraud-scorer-5c8d7b9f64-94r77", "fraud-scorer-5c8d7b9f64-z2drq"
    working = [(s, pod, f"[2026-04-22 08:31:{s:02d},477] INFO stream-thread [c-StreamThread-1] "
                        "Processed 42295 total records, ran 0 punctuators")
               for s, pod in ((2, a), (3, b))]
    both = _diag(kb, [*working, *_streams_dies(10, a, "fs-b7acf7cb"),
                      *_streams_dies(30, b, "fs-76476024")])
    assert (both.root_cause_category, both.component, both.severity) == (
        "application_error", "fraud-scorer", "CRITICAL")
    # one of the two still processes: degraded, not down
    one = _diag(kb, working + _streams_dies(10, a, "fs-b7acf7cb"))
    assert (one.root_cause_category, one.severity) == ("application_error", "ERROR")


def test_one_oom_kill_after_which_the_container_starts_again_has_recovered(kb):
    pod = "search-data-7d9f4b8c6-x2k9p"
    killed = (0, pod, f'type=Warning reason=OOMKilled kind=Pod name={pod} '
                      'msg="Container search was OOMKilled (exit code 137)"')
    started = (20, pod, f'type=Normal reason=Started kind=Pod name={pod} '
                        'msg="Started container search"')
    assert _diag(kb, [killed]).severity == "ERROR"
    ext = _diag(kb, [killed, started])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "oom_killed", "search-data", "WARN")
    # killed again after it started: not recovered
    again = (60, pod, killed[2])
    assert _diag(kb, [killed, started, again]).severity in ("ERROR", "CRITICAL")


def test_a_host_oom_kill_handed_to_the_pod_takes_that_pods_recovery(kb):
    kernel = {"job": "systemd-journal", "unit": "kernel", "node": "kw-21"}
    events = {"namespace": "ml", "job": "integrations/kubernetes/eventhandler"}
    rows = [(0, kernel, "Memory cgroup out of memory: Killed process 4242 (java) "
                        "total-vm:41727272kB, anon-rss:10401732kB, file-rss:23680kB"),
            (18, events, "name=scoring-0.17a2b3c4d5e6f708 kind=Pod reason=Started type=Normal "
                         "sourcehost=kw-21 count=2 msg=\"Started container scoring\"")]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "oom_killed", "scoring", "WARN")


def test_a_node_event_about_a_kill_the_kernel_reported_is_the_same_kill(kb):
    """node-problem-detector reports the kernel's kill on the Node: an exporter whose own
    pod carries an app label writes it down, and the event is the node's, not the
    exporter's. It names the pid the kernel's own line did: one kill of the pod's process,
    which started again (WARN), not two."""
    from analyzer.engine.owners import line_workload

    kernel = {"job": "systemd-journal", "unit": "kernel", "node": "kw-21"}
    router = {"namespace": "kube-system", "pod": "eventrouter-ngwjdcmg8x-bdx7k",
              "container": "kube-eventrouter", "app": "eventrouter"}
    events = {"namespace": "ml", "job": "integrations/kubernetes/eventhandler"}
    kill = ("Memory cgroup out of memory: Killed process 4242 (java) "
            "total-vm:41727272kB, anon-rss:10401732kB, file-rss:23680kB")
    node_event = json.dumps({"verb": "ADDED", "event": {
        "metadata": {"name": "kw-21.2ef34dae9afa0812", "namespace": "default"},
        "involvedObject": {"kind": "Node", "name": "kw-21"}, "reason": "OOMKilling",
        "message": kill, "source": {"component": "kernel-monitor", "host": "kw-21"},
        "count": 1, "type": "Warning"}})
    assert line_workload(LogRecord(ts=T0, labels=router, line=node_event)) == "kw-21"
    rows = [(0, kernel, kill), (1, router, node_event),
            (18, events, "name=scoring-0.17a2b3c4d5e6f708 kind=Pod reason=Started type=Normal "
                         "sourcehost=kw-21 count=2 msg=\"Started container scoring\"")]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "oom_killed", "scoring", "WARN")


def test_a_kernel_kill_belongs_to_the_pod_that_lost_that_pid_to_sigkill(kb):
    kernel = {"job": "systemd-journal", "unit": "kernel", "node": "batch-7"}
    worker = {"namespace": "reporting", "pod": "reports-worker-88dlls489-k8dfg",
              "container": "worker", "node": "batch-7"}
    other = {**worker, "pod": "reports-api-b4zgpvv5-qxl28", "container": "api"}
    rows = [(0, kernel, "Memory cgroup out of memory: Killed process 212 (celery) "
                        "total-vm:2855748kB, anon-rss:1939410kB"),
            (0, other, "[ERROR/MainProcess] child exited with 'signal 9 (SIGKILL)' pid:77"),
            (0, worker, "[ERROR/MainProcess] Process 'ForkPoolWorker-3' pid:212 exited with "
                        "'signal 9 (SIGKILL)'")]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("oom_killed", "reports-worker")


def test_a_counter_at_zero_is_no_failure_and_planned_disruption_is_routine(kb):
    ext = _diag(kb, [(s, "partner-gateway-7d9f4b8c6-x2k9p",
                      f"metrics window=1m calls={40 + s} error_count=0 handshake_failures=0")
                     for s in range(0, 300, 60)])
    assert ext.root_cause_category == "none"
    exporter = {"namespace": "kube-system", "pod": "event-exporter-5jrmfsf9-7k8rv",
                "container": "event-exporter"}
    rows = [(0, exporter, '{"metadata":{"name":"api-gateway-tzvngz74km-tl75x.64bb","namespace":'
                          '"web"},"reason":"Evicted","message":"Evicted pod: Underutilized",'
                          '"type":"Normal","involvedObject":{"kind":"Pod","namespace":"web",'
                          '"name":"api-gateway-tzvngz74km-tl75x"}}')]
    assert diagnose(packed_rows(rows), kb=kb).extraction.root_cause_category == "none"
    # an eviction through the API (Karpenter, a descheduler) is a Normal event; the
    # kubelet's under node pressure a Warning one
    normal = ('name=catalog-api-8qkgfh5kh-8dxft kind=Pod sourcecomponent=karpenter '
              'reason=Evicted type=Normal count=1 msg="Evicted pod"')
    assert _diag(kb, [(0, "catalog-api-8qkgfh5kh-8dxft", normal)]).root_cause_category == "none"
    pressure = ('name=catalog-api-8qkgfh5kh-8dxft kind=Pod sourcecomponent=kubelet '
                'reason=Evicted type=Warning count=1 msg="The node was low on resource: memory."')
    assert _diag(kb, [(0, "catalog-api-8qkgfh5kh-8dxft", pressure)]
                 ).root_cause_category == "resource_exhausted"


def test_a_readiness_failure_right_after_the_process_says_it_is_starting_is_start_up(kb):
    pod = "api-gateway-vkv65f85h5-2nwmz"
    starting = (0, pod, 'level=INFO msg="starting api-gateway" version=2.3.9 addr=:8080')
    unready = (2, pod, f'type=Warning reason=Unhealthy kind=Pod name={pod} '
                       'msg="Readiness probe failed: HTTP probe failed with statuscode: 503"')
    assert _diag(kb, [unready]).root_cause_category == "probe_failure"
    assert _diag(kb, [starting, unready]).root_cause_category == "none"
    # "Started X in 9.4 seconds" says start-up is over: a probe failing after it is real
    started = (0, pod, "Started GatewayApplication in 9.412 seconds (process running for 10)")
    assert _diag(kb, [started, unready]).root_cause_category == "probe_failure"


def test_events_that_reference_their_object_as_namespace_and_name(kb):
    from analyzer.engine.owners import event_object

    line = ('type=Warning reason=Failed kind=Pod objectRef=storefront/storefront-qpnx9dkn9-8w5ps '
            'sourcecomponent=kubelet count=1 msg="Error: ErrImagePull"')
    assert event_object(line) == ("Pod", "storefront-qpnx9dkn9-8w5ps")
    rows = [(0, {"job": "integrations/kubernetes/eventhandler"}, line)]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("image_pull", "storefront")


def test_a_port_is_not_the_host_a_client_could_not_reach(kb):
    ext = _diag(kb, [(s, "statement-upload-29612580-27bft",
                      "ERROR statement_upload: upload failed: [Errno None] Unable to connect to "
                      "port 22 on 203.0.113.45") for s in (0, 30, 60)])
    assert (ext.root_cause_category, ext.component) == (
        "connection_refused", "statement-upload")


def test_a_probe_report_is_a_probe_failure_whatever_its_output_quotes(kb):
    """The kubelet's probe reports quote the probe's output (a refused connection, an i/o
    timeout, a missing exec binary): the line reports the probe, the rest is detail."""
    for line in [
        'type=Warning reason=Unhealthy kind=Pod msg="Liveness probe failed: OCI runtime exec '
        'failed: exec failed: unable to start container process: exec: '
        '\\"/usr/local/bin/redis-cli\\": stat /usr/local/bin/redis-cli: no such file"',
        'I0312 14:22:05.771240    2345 prober.go:107] "Probe failed" probeType="Liveness" '
        'pod="kafka/kafka-broker-2" probeResult="failure" output="dial tcp 10.244.1.9:9092: '
        'i/o timeout"',
    ]:
        ext = _diag(kb, [(0, "kafka-broker-2", line), (20, "kafka-broker-2", line)])
        assert ext.root_cause_category == "probe_failure", line


def test_lines_that_only_look_like_faults_are_routine(kb):
    """client-go pacing itself, a load balancer's TCP check on a TLS port, a certificate
    issued, a volume being provisioned, Hibernate relaying PostgreSQL's notice about a table
    that exists already: nothing is wrong."""
    ext = _diag(kb, [
        (0, "operator-5c8b7d6f9-p2k7w", "I0312 14:22:05.881022   81234 request.go:697] Waited "
         "for 1.195420869s due to client-side throttling, not priority and fairness, request: "
         "GET:https://10.0.0.10:6443/apis/policy/v1?timeout=32s"),
        (5, "api-5c8b7d6f9-p2k7w",
         "I0312 14:22:05.661200       1 log.go:245] http: TLS handshake error from "
         "10.0.1.5:51890: EOF"),
        (9, "cert-manager-6d9f8c7b5-x2x9q", "Normal Issuing cert-manager-certificates-issuing "
         "The certificate has been successfully issued"),
        (12, "postgres-0", "Normal ExternalProvisioning persistentvolume-controller Waiting "
         "for a volume to be created either by the external provisioner 'ebs.csi.aws.com' or "
         "manually by the system administrator."),
        (15, "ledger-5c8b7d6f9-p2k7w", "2026-05-22 20:48:46,365 WARN  [org.hib.eng.jdb.spi."
         "SqlExceptionHelper] (executor-thread-7) relation \"journal_entries_archive\" "
         "already exists, skipping"),
    ])
    assert ext.root_cause_category == "none"


@pytest.mark.parametrize(("line", "category"), [
    ("[8812344.118223] nf_conntrack: table full, dropping packet", "resource_exhausted"),
    ('level=error msg="session lookup failed" error="redis: connection pool timeout"',
     "resource_exhausted"),
    ("2026/03/07 06:17:11 [emerg] 1#1: host not found in upstream \"orders-api:8080\" in "
     "/etc/nginx/conf.d/default.conf:12", "dns_resolution"),
    ("rpc error: code = Unavailable desc = name resolver error: produced zero addresses",
     "dns_resolution"),
    ('INFO:     10.244.1.1:48212 - "GET /health/ready HTTP/1.1" 503 Service Unavailable',
     "probe_failure"),
    ("2026-03-09 14:03:11.004 UTC [11842] ERROR:  canceling statement due to statement "
     "timeout", "timeout"),
    ("1:X 12 Mar 2024 14:22:07.331 # +odown master mymaster 10.244.1.9 6379 #quorum 2/2",
     "database"),
    ('{"level":"warn","msg":"alarm raised","alarm":"NOSPACE","from":"8e9e05c52164694d"}',
     "resource_exhausted"),
    ("Error: INSTALLATION FAILED: unable to build kubernetes objects from release manifest: "
     "error validating data: ValidationError(Deployment.spec.replicas): invalid type",
     "config_error"),
    ("[ 8812.331002] NETDEV WATCHDOG: eth0 (ixgbe): transmit queue 3 timed out",
     "node_failure"),
    ("org.apache.kafka.common.errors.TopicAuthorizationException: Not authorized to access "
     "topics: [orders-events]", "auth_failure"),
    ('{"level":"error","caller":"ipamd/ipamd.go:824","msg":"Failed to increase pool size due to '
     'not able to allocate ENI AllocENI: error attaching ENI: failed to create ENI: failed to '
     'create network interface: InsufficientFreeAddressesInSubnet: The specified subnet does '
     'not have enough free addresses to satisfy the request."}', "resource_exhausted"),
    ("plugin type=\"host-local\" failed (add): failed to allocate for range 0: no IP "
     "addresses available in range set: 10.244.3.1-10.244.3.254", "resource_exhausted"),
    ("\tjava.util.NoSuchElementException: SRCFG00014: The config property "
     "ledger.fx.api-base-url is required but it could not be found in any config source",
     "config_error"),
    ("Caused by: io.ktor.server.config.ApplicationConfigurationException: Property "
     "roster.smtp.host not found.", "config_error"),
    ("com.typesafe.config.ConfigException$Missing: application.conf @ file:/app/conf/"
     "application.conf: 12: No configuration setting found for key 'smtp'", "config_error"),
    ("django.core.exceptions.ImproperlyConfigured: The SECRET_KEY setting must not be empty.",
     "config_error"),
    ('name=ip-10-0-45-196.eu-central-1.compute.internal kind=Node sourcecomponent=karpenter '
     'reason=SpotInterrupted type=Warning count=1 msg="Spot interruption warning was triggered"',
     "node_failure"),
    ("2026.02.03 16:17:33.516542 [ 742 ] {34f2d410-1e51-4165-9e18-61d1a505e5c1} <Error> "
     "executeQuery: Code: 241. DB::Exception: Memory limit (total) exceeded: would use 13.98 "
     "GiB (attempt to allocate chunk of 134217728 bytes), maximum: 13.97 GiB. "
     "(MEMORY_LIMIT_EXCEEDED)", "oom_killed"),
    ('{"reqId":"m76dt5fvgxbt455br6ln","level":3,"app":"index","method":"PROPFIND","message":'
     '"Cannot write into \\"config\\" directory!","userAgent":"mirall/3.14.1"}', "auth_failure"),
])
def test_what_real_software_prints_alone_names_its_category(kb, line, category):
    """One line, as some real software prints it, is enough (golden/phrases is the wider
    measure: bench/phrase_eval.py)."""
    assert _diag(kb, [(0, "app-5c8b7d6f9-p2k7w", line)]).root_cause_category == category


def test_a_pool_with_no_connection_at_all_is_a_dependency_down_not_an_exhausted_pool(kb):
    base = ("HikariPool-1 - Connection is not available, request timed out after 30000ms "
            "({}, idle=0, waiting=1)")
    full = _diag(kb, [(0, "orders-5c8b7d6f9-p2k7w", base.format("total=10, active=10"))])
    empty = _diag(kb, [(0, "orders-5c8b7d6f9-p2k7w", base.format("total=0, active=0"))])
    assert full.root_cause_category == "resource_exhausted"
    assert empty.root_cause_category == "connection_refused"


def test_a_crash_loop_nothing_explains_is_the_applications_own_failure(kb):
    backoff = ('type=Warning reason=BackOff kind=Pod name=orders-7d9f8c6b5-x2k4p '
               'msg="Back-off restarting failed container orders"')
    loop = _diag(kb, [(s, "orders-7d9f8c6b5-x2k4p", backoff) for s in (0, 40, 120)])
    assert (loop.root_cause_category, loop.component) == ("application_error", "orders")
    assert loop.severity == "CRITICAL"
    once = _diag(kb, [(0, "runner-7d9f8c6b5-x2k4p",
                       "Job failed: command terminated with exit code 1")])
    assert once.root_cause_category == "none"


def test_rbac_denials_blame_the_service_account_refused_unless_it_is_the_default(kb):
    line = ('Error from server (Forbidden): deployments.apps "ledger" is forbidden: User '
            '"system:serviceaccount:release:{sa}" cannot patch resource "deployments" in API '
            'group "apps" in the namespace "ledger"')
    named = _diag(kb, [(s, "release-ledger-hzdwk-pod", line.format(sa="pipeline-deployer"))
                       for s in (0, 5)])
    assert (named.root_cause_category, named.component) == ("auth_failure",
                                                            "pipeline-deployer")
    default = _diag(kb, [(s, "reporter-7d9f8c6b5-x2k4p", line.format(sa="default"))
                         for s in (0, 5)])
    assert default.component == "reporter"
    # a Deployment's own client refused is that Deployment, whatever its ServiceAccount is
    # called (the Flink operator's chart runs flink-kubernetes-operator as flink-operator)
    own = _diag(kb, [(s, "flink-kubernetes-operator-bv89tczbw-dgmx9",
                      line.format(sa="flink-operator")) for s in (0, 5)])
    assert (own.root_cause_category, own.component) == ("auth_failure",
                                                        "flink-kubernetes-operator")
    # and so is one whose pod's suffixes were written by hand (a hex hash)
    hexed = _diag(kb, [(s, "flink-kubernetes-operator-8c6488c362-dgmx9",
                        line.format(sa="flink-operator")) for s in (0, 5)])
    assert hexed.component == "flink-kubernetes-operator"


def test_gkes_metadata_server_refusing_a_pods_identity_blames_the_pods_workload(kb):
    refused = ('W0124 00:19:{s:02d}.306774       1 token.go:188] "Failed to get access token" '
               'ksa="ingest/events-subscriber" gsa="events-enricher@acme-data.iam.'
               'gserviceaccount.com" err="rpc error: code = PermissionDenied desc = Permission '
               'iam.serviceAccounts.getAccessToken denied"')
    pulling = ("2026-01-24 00:19:{s:02d},644 INFO subscriber.main: starting streaming pull "
               "subscription=projects/acme-data/subscriptions/clickstream-enricher")
    rows = [(s, "gke-metadata-server-x7k2p", refused.format(s=s)) for s in (1, 31)] + [
        (s, "events-subscriber-7d9f4b8c6-x2k9p", pulling.format(s=s)) for s in (0, 30)]
    got = diagnose(packed_from(rows), kb=kb)
    assert (got.extraction.root_cause_category, got.extraction.component) == (
        "auth_failure", "events-subscriber")
    # every auth hit of those lines is about the refused account, none about the server
    assert "gke-metadata-server" not in {c.component for c in got.candidates
                                         if c.category == "auth_failure"}


def test_a_service_name_in_front_of_a_workloads_pods_is_that_workload(kb):
    from analyzer.engine.targets import resolve

    ext = _diag(kb, [
        (0, "orders-db-0", 'level=info msg="checkpoint complete"'),
        (5, "orders-web-7d9f4b8c6-x2k9p",
         'level=error msg="query failed" replica=orders-db-ro err="pq: deadlock detected"'),
        (9, "orders-web-7d9f4b8c6-x2k9p",
         'level=error msg="query failed" replica=orders-db-ro err="pq: deadlock detected"'),
    ])
    assert (ext.root_cause_category, ext.component) == ("database", "orders-db")
    writing = {"orders", "orders-db", "orders-web"}
    known = writing | {"orders-db-ro"}  # another line named the Service itself
    assert resolve(["orders-db-ro"], known, "orders-web", writing=writing) == "orders-db"
    assert resolve(["orders-db-ro"], known, "orders-web") == "orders-db-ro"  # as before
    assert resolve(["billing-api"], known | {"billing-api"}, "orders-web",
                   writing=writing) == "billing-api"  # writes nothing: its own name


@pytest.mark.parametrize(("line", "hit"), [
    ("System.Net.Http.HttpRequestException: Response status code does not indicate success: "
     "503 (Service Unavailable).", False),   # an HTTP status's reason phrase
    ('"GET /v1/items HTTP/1.1" 503 Service Unavailable', False),
    ("upstream cart is unavailable", True),
])
def test_a_503_reason_phrase_is_no_service_reported_down(kb, line, hit):
    sig = next(s for s in kb.signatures if s.id == "service-has-no-endpoints")
    assert (sig.search(line, line.lower()) is not None) is hit


def test_a_product_name_is_the_one_workload_in_the_window_that_is_that_product():
    from analyzer.engine.targets import resolve

    present = {"temporal-postgresql", "temporal-history", "temporal-frontend"}
    assert resolve(["postgres"], present, "temporal-history",
                   products={"postgres", "redis"}) == "temporal-postgresql"
    # not a product, or two instances of it: the name as it is
    assert resolve(["postgres"], present, "temporal-history") == "postgres"
    assert resolve(["postgres"], present | {"keycloak-postgresql"}, "temporal-history",
                   products={"postgres"}) == "postgres"


def test_one_constraint_violation_is_the_database_at_work_many_are_a_database_problem(kb):
    def window(dupes: int) -> list[tuple[int, str, str]]:
        lines = [(s, "planner-6d5f7c9b8-q2w3e", f"INFO planner: schedule {s} published")
                 for s in range(0, 40, 5)]
        for n in range(dupes):
            lines += [(11 + n, "planning-db-0",
                       f"2026-06-17 21:14:{11 + n:02d}.602 UTC [308{n}] ERROR:  duplicate key "
                       'value violates unique constraint "pass_request_ext_id_key"'),
                      (11 + n, "planning-db-0",
                       f"2026-06-17 21:14:{11 + n:02d}.609 UTC [308{n}] DETAIL:  Key (ext_id)="
                       f"(RQ-880{n}) already exists.")]
        return sorted(lines)

    one = _diag(kb, window(1))  # an idempotent resubmission refused once: no incident
    assert (one.root_cause_category, one.severity) == ("none", "INFO")
    many = _diag(kb, window(4))  # "constraint violations at scale"
    assert many.root_cause_category == "database"
    assert many.component == "planning-db"


def test_a_session_token_that_expired_once_is_routine_warned_again_or_as_an_error_it_fails(kb):
    api = "ledger-api-clr8gvtx5c-dxp4r"

    def expired(level: str) -> str:
        return (f'{{"level":"{level}","caller":"auth/middleware.go:51","msg":"session token '
                f'expired","status":401,"subject":"finops-ui"}}')

    def window(*bad: tuple[int, str]) -> list[tuple[int, str, str]]:
        ok = [(s, api, f'{{"level":"info","caller":"ledger/post.go:88","msg":"ledger entry '
                       f'posted","entry":"LE-{s}"}}') for s in range(0, 60, 6)]
        return sorted(ok + [(s, api, line) for s, line in bad])

    once = _diag(kb, window((13, expired("warn"))))
    assert (once.root_cause_category, once.severity) == ("none", "INFO")
    for bad in ([(13, expired("warn")), (31, expired("warn"))],  # again: not one user's
                [(13, expired("warn")), (31, '{"level":"warn","msg":"rejected bearer token:'
                                             ' JWT expired at 2026-02-09T03:58:00Z"}')],
                [(13, expired("error"))]):                       # the service's own call
        ext = _diag(kb, window(*bad))
        assert ext.root_cause_category == "auth_failure", bad
        assert len(ext.evidence) == len({line for _, line in bad})  # each of them
    # the service's own login refused later: that is the failure, the user's expired session
    # once before it is still routine (a cause of its own, no first sign of the other)
    denied = '{"level":"error","msg":"vault login failed: permission denied","status":403}'
    later = _diag(kb, window((13, expired("warn")), (31, denied)))
    assert later.root_cause_category == "auth_failure" and len(later.evidence) == 1


class _MemoryMinded:
    """A classifier that takes a line about memory for an out-of-memory kill, as the trained
    one leans to, and every other line for none."""

    calibration: dict[str, float] = {}  # noqa: RUF012 - the shipped confidence weights

    def predict_proba(self, texts):
        return [{"oom_killed": 0.7, "none": 0.3} if "memory" in t.lower() else {"none": 1.0}
                for t in texts]


def test_memory_warned_high_once_is_routine_and_again_is_pressure(kb):
    """One warning that memory runs high (an EMQX alarm raised, then cleared) is a process
    near its ceiling that did not reach it: a healthy window, whatever the classifier makes
    of the line. Warned again, it is memory pressure worth a WARN."""
    broker = "emqx-0"
    high = ('2026-05-25T20:30:{s:02d}.633372+00:00 [warning] msg: alarm_is_activated, mfa: '
            'emqx_alarm:do_actions/3, name: high_system_memory_usage, message: <<"System memory'
            ' usage is higher than 70%">>')

    def read(*at: int):
        ok = [(s, broker, f"2026-05-25T20:30:{s:02d}.865588+00:00 [info] msg: client_connected"
                          f", mfa: emqx_cm:handle_info/2, clientid: meter-{s}")
              for s in range(0, 60, 6)]
        rows = sorted(ok + [(s, broker, high.format(s=s)) for s in at])
        return diagnose(packed_from(rows), kb=kb, classifier=_MemoryMinded()).extraction

    once = read(13)
    assert (once.root_cause_category, once.severity) == ("none", "INFO")
    again = read(13, 41)
    assert (again.root_cause_category, again.severity) == ("oom_killed", "WARN")
    # warned once, then killed for memory: the warning was its first sign; killed, restarted
    # and warned once after: the kill alone is the evidence
    pod = "cart-7d9f4b8c6-x2k9p"
    warn = 'level=warn msg="heap usage high" heap_mb=249 limit_mb=256'
    kill = 'type=Warning reason=OOMKilled msg="Container cart was OOMKilled (exit code 137)"'
    ok = 'level=info msg="reservation stored" id=R-1'
    first = _diag(kb, [(0, pod, ok), (5, pod, warn), (9, pod, kill)])
    assert (first.root_cause_category, first.evidence) == ("oom_killed", [1, 2])
    after = _diag(kb, [(0, pod, ok), (5, pod, kill), (30, pod, warn)])
    assert (after.root_cause_category, after.evidence) == ("oom_killed", [1])


def test_a_mysql_replica_whose_applier_stopped_is_a_replication_failure(kb):
    stopped = ("2026-03-14T06:04:02.118734Z 12 [ERROR] [MY-010584] [Repl] Replica SQL for "
               "channel '': Worker 1 failed executing transaction 'ANONYMOUS' at source log "
               "mysql-bin.000042, end_log_pos 81723; Could not execute Write_rows event on "
               "table shop.orders; Duplicate entry '100234' for key 'orders.PRIMARY', "
               "Error_code: 1062; handler error HA_ERR_FOUND_DUPP_KEY")
    ext = _diag(kb, [(0, "orders-5b7c8d9f6-k2j4h", "INFO orders: GET /orders/7 200"),
                     (3, "mysql-replica-1", stopped),
                     (9, "orders-5b7c8d9f6-k2j4h", "INFO orders: GET /orders/8 200")])
    assert ext.root_cause_category == "database"  # once is enough: replication halted
    assert ext.component == "mysql-replica"
    replication = next(s for s in kb.signatures if s.id == "replication")
    for line in ("[ERROR] Slave SQL: Error 'Duplicate entry '7' for key 'PRIMARY'' on query. "
                 "Default database: 'shop'. Error_code: 1062",
                 "[ERROR] [MY-010586] [Repl] Error running query, slave SQL thread aborted. "
                 'Fix the problem, and restart the slave SQL thread with "SLAVE START".'):
        assert replication.search(line, line.lower())


def test_a_name_two_workloads_extend_is_the_one_writing_lines_in_any_order():
    from analyzer.engine.targets import resolve

    # "redis.exceptions..." from a client: the StatefulSet writing lines, not the process a
    # kernel line names ("comm redis-server"), whichever order the names come in
    known = ["redis-server", "redis-streams", "ticket-ingest"]
    writing = {"redis-streams", "ticket-ingest"}
    for names in (known, known[::-1]):
        assert resolve(["redis"], names, "ticket-ingest", writing=writing) == "redis-streams"
    # two that both write lines: the same one either way
    both = {resolve(["redis"], names, "ticket-ingest", writing=set(known))
            for names in (known, known[::-1])}
    assert len(both) == 1


def test_a_product_name_is_the_one_workload_running_a_container_of_that_name(kb):
    from analyzer.engine.targets import resolve

    present = {"catalog-es-data", "catalog-indexer"}
    containers = {"elasticsearch": "catalog-es-data", "indexer": "catalog-indexer"}
    assert resolve(["elasticsearch"], present, "catalog-indexer", products={"elasticsearch"},
                   containers=containers) == "catalog-es-data"
    assert resolve(["elasticsearch"], present, "catalog-indexer",
                   products={"elasticsearch"}) == "elasticsearch"
    # the data node's own line naming its product names no callee: it is the writer itself
    assert resolve(["elasticsearch"], present, "catalog-es-data", products={"elasticsearch"},
                   containers=containers) is None
    # the callers' product errors and the data nodes' own disk warnings are one incident
    bulk = ("2026-03-01 12:00:{s:02d},000 ERROR indexer.bulk: 500 document(s) failed to index: "
            "[{{'status': 429, 'error': {{'type': 'cluster_block_exception', 'reason': 'index "
            "[courses] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage "
            "watermark, index has read-only-allow-delete block];'}}}}]")
    flood = ('{{"@timestamp":"2026-03-01T12:00:{s:02d}.000Z","log.level":"WARN","message":"flood '
             'stage disk watermark [95%] exceeded on [n1][catalog-es-data-1][/usr/share/'
             'elasticsearch/data] free: 9.7gb[4.8%], all indices on this node will be marked '
             'read-only"}}')
    lines = [LogRecord(ts=T0 + s * 10**9, labels={"namespace": "search", "pod": pod,
                                                  "container": container}, line=text.format(s=s))
             for s, pod, container, text in (
                 (0, "catalog-es-data-1", "elasticsearch", flood),
                 (5, "catalog-indexer-7d9f4b8c6-x2k9p", "indexer", bulk),
                 (20, "catalog-es-data-1", "elasticsearch", flood),
                 (25, "catalog-indexer-7d9f4b8c6-x2k9p", "indexer", bulk))]
    packed = packed_records(lines)
    ext = diagnose(packed, kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("resource_exhausted", "catalog-es-data")


def test_a_databases_own_deadlock_report_blames_that_database_not_its_product(kb):
    """PostgreSQL's own "deadlock detected" names the product (postgres); the pod that runs
    the postgres container is ``booking-pg``: the component is that workload, whose callers
    say the same thing, not a "postgres" no line was written by."""
    own = "2026-03-09 11:00:{s:02d}.341 UTC [4743] seat@booking ERROR:  deadlock detected"
    caller = ('{{"level":"error","ts":"2026-03-09T11:00:{s:02d}.351Z","msg":"seat hold failed",'
              '"err":"ERROR: deadlock detected (SQLSTATE 40P01)"}}')
    lines = [LogRecord(ts=T0 + s * 10**9, labels={"namespace": "checkin", "pod": pod,
                                                  "container": container}, line=text.format(s=s))
             for s, pod, container, text in (
                 (4, "booking-pg-0", "postgres", own),
                 (5, "seat-allocation-w99bblbr2-z5nhl", "seat-allocation", caller),
                 (12, "booking-pg-0", "postgres", own),
                 (13, "seat-allocation-w99bblbr2-z5nhl", "seat-allocation", caller),
                 (22, "booking-pg-0", "postgres", own))]
    ext = diagnose(packed_records(lines), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("database", "booking-pg")


def test_each_database_product_is_named_by_its_own_deadlock_report(kb):
    from analyzer.engine.targets import callee_names

    assert callee_names("ERROR:  deadlock detected", kb) == ["postgres"]
    innodb = ("2026-07-12T03:21:44.436297Z 0 [Note] [MY-012468] [InnoDB] Transactions deadlock "
              "detected, dumping detailed information. (lock0lock.cc:6482)")
    assert callee_names(innodb, kb) == ["mysql"]


def test_a_traceback_is_the_exception_it_ends_in(kb):
    def traceback(last: str) -> list[tuple[int, str, str]]:
        return [(s, "shipping-quotes-7d9f4b8c6-x2k9p",
                 'Traceback (most recent call last):\n  File "/app/quotes.py", line 88, in quote\n'
                 '    resp = session.post(url, timeout=5)\n' + last) for s in (0, 30, 60)]

    timed_out = _diag(kb, traceback("TimeoutError: The read operation timed out"))
    assert timed_out.root_cause_category == "timeout"
    bug = _diag(kb, traceback("KeyError: 'carrier'"))
    assert bug.root_cause_category == "application_error"


def test_a_go_process_that_logs_fatal_again_and_again_is_crash_looping(kb):
    def loop(pod: str, s: int) -> tuple[int, str, str]:
        return (s, pod, f'[FATAL] plugin/loop: Loop (127.0.0.1:{50000 + s} -> :53) detected for '
                        'zone ".", see https://coredns.io/plugins/loop#troubleshooting.')

    once = _diag(kb, [loop("coredns-5d78c9869d-x2k9p", 0)])
    assert (once.root_cause_category, once.severity) == ("dns_resolution", "ERROR")
    again = _diag(kb, [loop(pod, s) for s, pod in enumerate(
        ["coredns-5d78c9869d-x2k9p", "coredns-5d78c9869d-q8w2z"] * 2)])
    assert (again.root_cause_category, again.severity) == ("dns_resolution", "CRITICAL")


def test_probes_refused_while_callers_are_refused_too_mean_nothing_accepts(kb):
    probes = [(s, "event-exporter-86cfvmcdj-9x27c",
               f'{{"reason":"Unhealthy","type":"Warning","involvedObject":{{"kind":"Pod",'
               f'"namespace":"messaging","name":"rabbitmq-{n}"}},"message":"Readiness probe '
               f'failed: dial tcp 10.244.5.{n + 10}:5672: connect: connection refused"}}')
              for n, s in ((0, 0), (1, 20), (2, 40))]
    probed = _diag(kb, probes)
    assert (probed.root_cause_category, probed.component) == ("probe_failure", "rabbitmq")
    callers = [(s, "order-worker-7d9f4b8c6-x2k9p",
                "[2026-04-11 02:04:31,880: ERROR/MainProcess] consumer: Cannot connect to "
                "amqp://orders:**@rabbitmq.messaging.svc:5672//: [Errno 111] Connection refused.")
               for s in (5, 25, 45)]
    down = _diag(kb, probes + callers)
    assert (down.root_cause_category, down.component) == ("connection_refused", "rabbitmq")
    # the probes kill it (restarted by its liveness probe): the probe is what stops it
    kills = [(s + 10, "event-exporter-86cfvmcdj-9x27c",
              f'{{"reason":"Killing","type":"Normal","involvedObject":{{"kind":"Pod",'
              f'"namespace":"messaging","name":"rabbitmq-{n}"}},"message":"Container rabbitmq '
              f'failed liveness probe, will be restarted"}}') for n, s in ((0, 0), (1, 20))]
    killed = _diag(kb, probes + callers + kills)
    assert (killed.root_cause_category, killed.component) == ("probe_failure", "rabbitmq")


def test_clickhouse_refusing_inserts_over_too_many_parts_is_a_database_failure(kb):
    pod = "chi-events-main-0-0-0"
    lines = [(s, pod, f"2026.04.09 16:0{s // 60}:{s % 60:02d}.832131 [ 656 ] {{d43266cc}} <Error> "
                      "executeQuery: Code: 252. DB::Exception: Too many parts (3000 with average "
                      "size of 18.21 KiB) in table 'events.page_views'. Merges are processing "
                      "significantly slower than inserts. (TOO_MANY_PARTS)")
             for s in (0, 20, 40)]
    ext = _diag(kb, lines)
    assert (ext.root_cause_category, ext.severity) == ("database", "ERROR")


def test_an_elasticsearch_disk_watermark_logged_at_info_is_a_warning(kb):
    lines = [(s, "es-master-0", f'{{"@timestamp":"2026-03-14T17:5{s // 60}:15.643Z", '
                                '"log.level": "INFO", "message":"low disk watermark [85%] exceeded '
                                'on [zhkd8cnkmbg5ldxwlmm5qv][es-data-2][/usr/share/elasticsearch/'
                                'data] free: 44.1gb[14.7%], replicas will not be assigned to this '
                                'node"}') for s in (0, 360)]
    ext = _diag(kb, lines)
    assert (ext.root_cause_category, ext.severity) == ("resource_exhausted", "WARN")


def test_a_longhorn_volume_degraded_then_rebuilt_is_a_recovered_storage_warning(kb):
    manager = "longhorn-manager-x2k9p"
    degraded = [(0, manager, 'time="2026-09-09T03:00:46Z" level=warning msg="Replica '
                             'pvc-0bc18c90-r-747b02ca of volume pvc-0bc18c90 is failed, node '
                             'k8s-node-05 is down"'),
                *((s, manager, f'time="2026-09-09T03:0{s // 60}:{s % 60:02d}Z" level=info '
                               'msg="Volume pvc-0bc18c90 is degraded, waiting for replica '
                               'rebuilding"') for s in (10, 50, 90))]
    still = _diag(kb, degraded)
    assert (still.root_cause_category, still.severity) == ("storage", "WARN")
    faulted = [*degraded, (120, manager, 'time="2026-09-09T03:02:00Z" level=warning '
                                         'msg="volume pvc-0bc18c90 became faulted"')]
    down = _diag(kb, faulted)
    assert (down.root_cause_category, down.severity) == ("storage", "CRITICAL")
    healed = _diag(kb, [*faulted, (200, manager, 'time="2026-09-09T03:04:29Z" level=info '
                                                 'msg="Volume pvc-0bc18c90 is healthy with 3 '
                                                 'replicas"')])
    assert (healed.root_cause_category, healed.severity) == ("storage", "WARN")


def test_a_journal_labelled_host_is_that_nodes_own_stream(kb):
    from analyzer.engine.owners import line_workload
    from retrieval.records import LogRecord

    for key in ("node", "host", "hostname"):
        rec = LogRecord(ts=0, labels={"job": "systemd-journal", key: "nuc-01",
                                      "transport": "kernel"},
                        line="Memory cgroup out of memory: Killed process 334845 (gunicorn)")
        assert line_workload(rec) == "nuc-01"
    app = LogRecord(ts=0, labels={"namespace": "immich", "pod": "immich-ml-7d9f4b8c6-x2k9p",
                                  "host": "nuc-01"}, line="started")
    assert line_workload(app) == "immich-ml"


def test_an_exporters_event_about_a_custom_resource_is_about_that_resource():
    from analyzer.engine.owners import line_workload
    from retrieval.records import LogRecord

    line = ("name=feature-backfill-4wc4l.18a52ca95db7cdae kind=Workflow action= objectAPIversion="
            "argoproj.io/v1alpha1 sourcecomponent=workflow-controller reason=WorkflowNodeFailed "
            'type=Warning count=1 msg="Failed node feature-backfill-4wc4l.join-events: '
            'OOMKilled (exit code 137)"')
    exporter = {"job": "integrations/kubernetes/eventhandler", "namespace": "ml-pipelines"}
    assert line_workload(LogRecord(ts=0, labels=exporter, line=line)) == "feature-backfill"
    # a stream that says whose it is keeps its own workload
    own = LogRecord(ts=0, labels={**exporter, "pod": "workflow-controller-7d9f4b8c6-x2k9p"},
                    line=line)
    assert line_workload(own) == "workflow-controller"


def test_an_autoscalers_event_is_about_the_workload_it_scales():
    from analyzer.engine.owners import line_workload
    from retrieval.records import LogRecord

    line = ('{"metadata":{"name":"order-events-consumer.b94432f13c793ddd","namespace":"orders"},'
            '"reason":"SuccessfulRescale","message":"New size: 4; reason: cpu resource '
            'utilization (percentage of request) above target","involvedObject":{"kind":'
            '"HorizontalPodAutoscaler","namespace":"orders","name":"order-events-consumer"}}')
    exporter = {"namespace": "monitoring", "pod": "event-exporter-5pvtsm8xnl-ps2zb",
                "container": "event-exporter"}
    assert line_workload(LogRecord(ts=0, labels=exporter, line=line)) == "order-events-consumer"


def test_a_dependency_back_and_its_callers_reconnected_is_a_recovered_warning(kb):
    worker, redis = "paperless-ngx-7d9f4b8c6-x2k9p", "paperless-redis-0"
    refused = [(s, worker, f"[2026-09-24 09:30:{s},001: ERROR/MainProcess] consumer: Cannot "
                           "connect to redis://paperless-redis:6379//: Error 111 connecting to "
                           "paperless-redis:6379. Connection refused.")
               for s in (10, 14, 18)]
    down = _diag(kb, refused)
    assert (down.root_cause_category, down.severity) == ("connection_refused", "ERROR")
    back = _diag(kb, [*refused,
                      (30, redis, "1:M 24 Sep 2026 09:30:30.921 * Ready to accept connections tcp"),
                      (32, worker, "[2026-09-24 09:30:32,112: INFO/MainProcess] Connected to "
                                   "redis://paperless-redis:6379//")])
    assert (back.root_cause_category, back.severity) == ("connection_refused", "WARN")


_OLD, _NEW = "cart-5cs4b862tv-k4s92", "cart-5cs4b862tv-9jkt2"
_GKE_NODE = "gke-prod-default-pool-c2c44565-wn4c"


def _moved(stop: bool, placed_after: int) -> list[tuple[int, str, str]]:
    """A cart pod stopped on a node going away, its replacement Pending, then placed."""
    rows = [(0, _OLD, '{"severity":"INFO","message":"rpc served","code":"OK"}')]
    if stop:
        rows.append((10, _OLD, f'type=Normal reason=Killing kind=Pod name={_OLD} '
                               f'msg="Stopping container server"'))
    rows += [(20, _NEW, f'type=Warning reason=FailedScheduling kind=Pod name={_NEW} msg="0/3 '
                        f'nodes are available: 1 node(s) were unschedulable, 2 Insufficient '
                        f'cpu. preemption: 0/3 nodes are available"'),
             (20 + placed_after, _NEW, f'type=Normal reason=Scheduled kind=Pod name={_NEW} '
                                       f'msg="Successfully assigned shop/{_NEW} to node-2"')]
    return rows


def test_a_replacement_pod_that_waits_for_a_node_while_its_workload_is_moved_is_routine(kb):
    assert _diag(kb, _moved(stop=True, placed_after=40)).root_cause_category == "none"
    # nothing of the workload was stopped: a pod that could not be placed for 40 s is one
    # failure, once, and over (``blip_seconds``); for over 3 minutes, it waited a while
    alone = _diag(kb, _moved(stop=False, placed_after=40))
    assert alone.root_cause_category == "none"
    alone = _diag(kb, _moved(stop=False, placed_after=200))
    assert (alone.root_cause_category, alone.severity) == ("scheduling", "WARN")
    # placed only after more than the grace: it waited too long to be routine
    late = _diag(kb, _moved(stop=True, placed_after=400))
    assert late.root_cause_category == "scheduling"


def _node_event(s: int, reason: str, kind: str = "Normal") -> tuple[int, str, str]:
    return (s, "", f'name={_GKE_NODE} kind=Node sourcecomponent=node-controller reason={reason} '
                   f'type={kind} msg="Node {_GKE_NODE} status is now: {reason}"')


def test_a_node_that_goes_not_ready_after_it_was_cordoned_is_going_away_as_planned(kb):
    serving = [(s, _OLD, '{"severity":"INFO","message":"rpc served","code":"OK"}')
               for s in (0, 30, 60)]
    planned = serving + [_node_event(5, "NodeNotSchedulable"), _node_event(50, "NodeNotReady")]
    assert _diag(kb, planned).root_cause_category == "none"
    unplanned = serving + [_node_event(50, "NodeNotReady")]
    assert _diag(kb, unplanned).root_cause_category == "node_failure"
    # cordoned only after it failed: the cordon does not make the failure planned
    after = serving + [_node_event(50, "NodeNotReady"), _node_event(55, "NodeNotSchedulable")]
    assert _diag(kb, after).root_cause_category == "node_failure"


def test_a_node_openshifts_machine_config_drains_goes_not_ready_as_planned(kb):
    """OpenShift's machine-config drain controller writes ``node <name>: cordoning`` (klog,
    from its own pod on a control-plane node): the node it names, not the one it runs on, is
    taken out of service, and its NotReady afterwards is the update's reboot."""
    from analyzer.engine.owners import node_of

    mco = {"namespace": "openshift-machine-config-operator", "node": "ocp-m02",
           "pod": "machine-config-controller-7b9d8c6f5d-x2k9p"}
    cordoning = ("I0909 22:09:40.300077       1 drain_controller.go:182] node "
                 f"{_GKE_NODE}: cordoning")
    assert node_of(LogRecord(ts=T0, labels=mco, line=cordoning)) == _GKE_NODE
    serving = [(s, {"namespace": "shop", "pod": _OLD},
                '{"severity":"INFO","message":"rpc served","code":"OK"}') for s in (0, 30, 60)]
    events = {"namespace": "default", "job": "kube-events"}
    down = [(50, events, _node_event(50, "NodeNotReady")[2])]
    planned = diagnose(packed_rows(serving + down + [(5, mco, cordoning)]), kb=kb).extraction
    assert planned.root_cause_category == "none"
    other = cordoning.replace(_GKE_NODE, "ocp-w02")  # another node cordoned: not this one's
    assert diagnose(packed_rows(serving + down + [(5, mco, other)]),
                    kb=kb).extraction.root_cause_category == "node_failure"


def test_a_node_karpenter_replaces_goes_not_ready_as_planned(kb):
    """Karpenter's disruption names the node it terminates, and its termination controller
    taints it disrupted: the node's NotReady afterwards is planned. The same NotReady with
    Karpenter's lines about another node is not."""
    from analyzer.engine.owners import node_of

    def karpenter(s: int, node: str) -> list[tuple[int, str, str]]:
        pod = "karpenter-g98fghrgq-kfdzc"
        return [(s, pod, '{"level":"INFO","logger":"controller","message":"disrupting nodeclaim'
                         f'(s) via replace, terminating 1 nodes (4 pods) {node}/i-02bb52b78648d8b'
                         '6d and replacing with on-demand node from types m6i.xlarge",'
                         '"controller":"disruption","reason":"drifted"}'),
                (s + 40, pod, '{"level":"INFO","logger":"controller","message":"tainted node",'
                              '"controller":"node.termination","Node":{"name":"' + node + '"},'
                              '"taint":"karpenter.sh/disrupted:NoSchedule"}')]

    line = karpenter(0, _GKE_NODE)[1][2]
    assert node_of(LogRecord(ts=T0, labels={"pod": "karpenter-g98fghrgq-kfdzc"},
                             line=line)) == _GKE_NODE
    serving = [(s, _OLD, '{"severity":"INFO","message":"rpc served","code":"OK"}')
               for s in (0, 30, 60)]
    planned = sorted(serving + karpenter(1, _GKE_NODE) + [_node_event(50, "NodeNotReady")])
    assert _diag(kb, planned).root_cause_category == "none"
    other = sorted(serving + karpenter(1, "gke-prod-default-pool-c2c44565-x7k2") +
                   [_node_event(50, "NodeNotReady")])
    assert _diag(kb, other).root_cause_category == "node_failure"


def test_a_node_karpenter_consolidates_away_is_removed_as_planned(kb):
    """Karpenter deleting an underused node: its DisruptionTerminating event and its
    termination controller's taint (its taint an object: ``"taint":{"Key":
    "karpenter.sh/disrupted",...}``, read as ``tainted node ... taint.Key=karpenter.sh/
    disrupted``) take the node out of service, so the node controller's "Removing Node"
    afterwards is planned; without them it is a node lost."""
    node = "ip-10-24-61-23.eu-central-1.compute.internal"
    events = {"namespace": "default", "job": "kubernetes-events"}
    karp = {"namespace": "kube-system", "pod": "karpenter-6d9f7c8b5-xk2lq", "app": "karpenter"}
    removed = (31, events, f"Normal  RemovingNode  node/{node}  Node {node} event: Removing "
                           f"Node {node} from Controller")
    serving = [(s, {"namespace": "dispatch", "pod": "dispatch-engine-7d9f4b8c6-x2k9p",
                    "app": "dispatch-engine"}, '{"level":"info","msg":"job assigned"}')
               for s in (0, 20, 40)]
    for planned in ((1, events, f"Normal  DisruptionTerminating  node/{node}  Disrupting "
                                "Node: Underutilized/Delete"),
                    (1, karp, '{"level":"INFO","logger":"controller","message":"tainted node",'
                              '"controller":"node.termination","Node":{"name":"' + node + '"},'
                              '"taint":{"Key":"karpenter.sh/disrupted","Effect":"NoSchedule"}}')):
        got = diagnose(packed_rows(sorted([*serving, planned, removed])), kb=kb).extraction
        assert got.root_cause_category == "none"
    lost = diagnose(packed_rows(sorted([*serving, removed])), kb=kb).extraction
    assert lost.root_cause_category == "node_failure"


def test_a_consumer_joining_its_group_for_the_first_time_is_no_failed_rebalance(kb):
    """A consumer scaled out joins its group and is told to rejoin with the member id the
    coordinator gives it: the broker logs the rebalance with "client reason: rebalance
    failed due to MemberIdRequiredException", the protocol at work. A rebalance that failed
    for another reason is still one."""
    kafka = {"namespace": "tempering", "pod": "line-telemetry-kafka-1", "app": "kafka"}
    line = ("[2026-02-12 05:58:26,647] INFO [GroupCoordinator 1]: Preparing to rebalance group "
            "temper-curve-writer in state PreparingRebalance with old generation 57 "
            "(__consumer_offsets-14) (reason: Adding new member curve-writer-2-7c1e9a4b with "
            "group instance id None; client reason: rebalance failed due to {why}) "
            "(kafka.coordinator.group.GroupCoordinator)")
    joined = diagnose(packed_rows([(0, kafka, line.format(why="MemberIdRequiredException"))]),
                      kb=kb).extraction
    assert joined.root_cause_category == "none"
    failed = diagnose(packed_rows([(0, kafka, line.format(why="CoordinatorNotAvailable"))]),
                      kb=kb).extraction
    assert failed.root_cause_category == "database"


def _policy_event(s: int, msg: str) -> tuple[int, str, str]:
    pod = "trino-coordinator-7d9f4b8c6-x2k9p"
    return (s, pod, f"name={pod}.18a783a50c043a9e kind=Pod sourcecomponent=kyverno-scan "
                    f'reason=PolicyViolation type=Warning count=22 msg="{msg}"')


def test_a_policy_engines_audit_findings_are_reports_not_failures(kb):
    finding = ("policy require-run-as-nonroot/run-as-non-root fail: validation error: Running "
               "as root is not allowed. The field spec.securityContext.runAsNonRoot must be set "
               "to `true`")
    assert _diag(kb, [_policy_event(s, finding) for s in (0, 60, 120)]).root_cause_category \
        == "none"
    blocked = f"{finding} (blocked)"
    assert _diag(kb, [_policy_event(s, blocked) for s in (0, 60, 120)]).root_cause_category \
        != "none"


class _Suspicious:
    """A classifier that takes every line for a refused connection."""

    calibration: dict[str, float] = {}  # noqa: RUF012 - the shipped confidence weights

    def predict_proba(self, texts):
        return [{"connection_refused": 0.6, "none": 0.4} for _ in texts]


def test_a_client_asking_for_a_route_that_does_not_exist_is_no_failure(kb):
    def rows(error: str) -> list[tuple[int, str, str]]:
        return [(s, "storefront-web-7d9f4b8c6-x2k9p",
                 f"[33bd3e48-74b6-41fa-9947-7026aeeff3c{s % 10}] {error}") for s in (0, 30, 60)]

    def read(error: str) -> str:
        return diagnose(packed_from(rows(error)), kb=kb, classifier=_Suspicious()) \
            .extraction.root_cause_category

    assert read('ActionController::RoutingError (No route matches [GET] "/wp-admin/x.php"):') \
        == "none"
    # an app's own word that it answered a missing item 404 (a withdrawn lot's thumbnail)
    assert read("WARN 1 --- [nio-8080-exec-4] c.a.media.web.ImageController : thumbnail not "
                "found key=lots/L-2026-0404-040/thumb_640.webp (lot withdrawn) -> 404") == "none"
    # the same classifier on a line no benign signature knows: it is what votes
    assert read("ActionController::UnknownFormat (ActionController::UnknownFormat):") \
        == "connection_refused"
    assert read("WARN c.a.media.web.ImageController : thumbnail not found key=lots/L-2026-0404"
                "-040/thumb_640.webp") == "connection_refused"  # no 404 said: no answer given


def test_a_server_noting_its_clients_hanging_up_is_no_failure(kb):
    """A broker's own log of clients resetting their connections: the broker is fine."""
    def read(pod: str, line: str) -> str:
        rows = [(s, pod, line.replace("{port}", str(41000 + s))) for s in (0, 40, 80, 120)]
        return diagnose(packed_from(rows), kb=kb, classifier=_Suspicious()) \
            .extraction.root_cause_category

    pulsar = ("2026-04-21T16:35:36,782+0000 [pulsar-io-4-6] WARN  org.apache.pulsar.broker."
              "service.ServerCnx - [/10.4.7.122:{port}] Got exception io.netty.channel.unix."
              "Errors$NativeIoException: recvAddress(..) failed: Connection reset by peer")
    assert read("pulsar-broker-0", pulsar) == "none"
    rabbit = ("2026-04-21 16:35:36.782 [warning] <0.2787.0> closing AMQP connection <0.2787.0> "
              "(10.0.4.11:{port} -> 10.0.9.3:5672): client unexpectedly closed TCP connection")
    assert read("rabbitmq-server-1", rabbit) == "none"
    # a caller whose own upstream reset it is another matter: the same words, no client
    caller = ("2026-04-21T16:35:36.782Z WARN  c.e.orders.Client - read from 10.0.9.3:{port} "
              "failed: java.io.IOException: Connection reset by peer")
    assert read("orders-7d9f4b8c6-x2k9p", caller) == "connection_refused"


def test_a_volume_that_never_mounted_dates_from_when_its_pod_was_placed(kb):
    """The kubelet reports FailedMount only after minutes of trying; callers are refused from
    the moment the old pod stopped. The volume is what kept the new pod down."""
    pod = "zot-6c9d8f7b5-q2w4x"

    def event(s: int, reason: str, kind: str, msg: str) -> tuple[int, str, str]:
        return (s, "events", f'type={kind} reason={reason} kind=Pod name={pod} msg="{msg}"')

    placed = event(0, "Scheduled", "Normal", f"Successfully assigned registry/{pod} to worker-15")
    refused = [(s, "registry-ui-5b7c9d8f6-k3m2n",
                f"2026/06/04 07:16:{s:02d} [error] 29#29: *77{s} connect() failed (111: "
                f"Connection refused) while connecting to upstream, client: 10.233.66.37, "
                f'server: _, request: "GET /v2/_catalog HTTP/1.1", upstream: '
                f'"http://10.233.31.136:5000/v2/_catalog"') for s in (30, 40, 50, 60, 70, 80)]
    mounts = [event(s, "FailedMount", "Warning", "MountVolume.MountDevice failed for volume "
                    '\\"pvc-2b4a7a23\\" : rpc error: code = Internal desc = rbd: map failed: '
                    "(110) Connection timed out") for s in (124, 154)]
    ext = _diag(kb, [placed, *refused, *mounts])
    assert (ext.root_cause_category, ext.component) == ("storage", "zot")
    # without the placement the mount failure is only seen after the refusals began
    ext = _diag(kb, [*refused, *mounts])
    assert ext.root_cause_category == "connection_refused"


def test_a_readiness_failure_right_after_the_kubelet_adds_the_pod_is_start_up_noise(kb):
    pod = "storefront/catalog-web-6b8d7c9f5-g6qk9"
    probe = (6, "kubelet", f'I0308 16:25:14.398484    2871 prober.go:107] "Probe failed" '
                           f'probeType="Readiness" pod="{pod}" probeResult="failure" output='
                           '"Get \\"http://10.16.31.38:8080/ready\\": dial tcp 10.16.31.38:8080: '
                           'connect: connection refused"')
    added = (0, "kubelet", f'I0308 16:25:08.194106    2871 kubelet.go:2410] "SyncLoop ADD" '
                           f'source="api" pods=["{pod}"]')
    assert _diag(kb, [probe]).root_cause_category == "probe_failure"
    assert _diag(kb, [added, probe]).root_cause_category == "none"


def test_a_cassandra_or_scylla_replica_timing_out_is_the_database(kb):
    scylla = [(s, "scylla-2", f"WARN  2026-02-26 15:36:{s:02d},434 [shard  2] storage_proxy - "
                              "Exception when communicating with 10.80.6.127, to read from "
                              "catalog.product_by_sku: seastar::timed_out_error (timedout)")
              for s in (0, 20, 40)]
    caller = [(s + 1, "product-graph-6b8d7c9f5-g6qk9",
               '{"level":"error","msg":"product lookup failed","error":"Operation timed out '
               'for catalog.product_by_sku - received only 1 responses from 2 CL=QUORUM."}')
              for s in (0, 20, 40)]
    ext = _diag(kb, scylla + caller)
    assert (ext.root_cause_category, ext.component) == ("timeout", "scylla")
    # the drivers' words name the database even when it logs nothing here
    assert _diag(kb, caller).component == "cassandra"


def test_a_probe_answered_404_is_a_wrong_probe_even_while_the_pod_starts(kb):
    pod = "inventory-service-6b8d7c9f5-g6qk9"

    def window(status: int) -> list[tuple[int, str, str]]:
        started = (0, "events", f'type=Normal reason=Started kind=Pod name={pod} '
                                'msg="Started container inventory-service"')
        probes = [(s, "events", f'type=Warning reason=Unhealthy kind=Pod name={pod} count={n} '
                                f'msg="Readiness probe failed: HTTP probe failed with statuscode: '
                                f'{status}"') for n, s in enumerate((20, 50, 80), start=1)]
        return [started, *probes]

    assert _diag(kb, window(503)).root_cause_category == "none"  # still starting
    ext = _diag(kb, window(404))
    assert (ext.root_cause_category, ext.component) == ("probe_failure", "inventory-service")
    # nor is the app's own "no such route" for the probe's path a client's harmless miss
    route = ("2026-03-09T11:22:20.002Z  WARN 1 --- [inventory-service] [nio-8080-exec-1] .w.s.m."
             "s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.servlet."
             "resource.NoResourceFoundException: No static resource {}.]")
    benign = kb.by_id("client-unknown-route")
    assert benign.search(route.format("favicon.ico"), route.format("favicon.ico").lower())
    probe_path = route.format("actuator/health/readiness")
    assert benign.search(probe_path, probe_path.lower()) is None


def test_callers_refused_by_a_pod_whose_probe_gets_404_are_its_wrong_probes_echo(kb):
    """A new release's readiness probe asks a path the pod answers 404 (its nginx logs
    kube-probe's requests), so the pod is never ready and its callers are refused, the first
    of them before the kubelet's first report: the pod accepts connections, the probe is
    what is wrong (probe_failure), and the callers' earlier refusals are not the pod's own
    failure that the probe would echo."""
    pod = "label-service-j8tbd6w2d-vk4nx"
    probed = [(s, pod, f'10.42.2.1 - - [19/Mar/2026:04:02:{s:02d} +0000] "GET /healthz HTTP/1.1" '
                       '404 6612 "-" "kube-probe/1.29"') for s in (8, 18, 28, 38)]
    kubelet = [(s, "events", f'type=Warning reason=Unhealthy kind=Pod name={pod} count={n} '
                             'msg="Readiness probe failed: HTTP probe failed with statuscode: '
                             '404"') for n, s in enumerate((10, 30, 50), start=1)]
    callers = [(s, "order-intake-9ms7w42jqm-46sxx",
                f"fail: OrderIntake.Dispatch.LabelClient[3210] Label print for tour T-07{s:02d} "
                "failed: System.Net.Http.HttpRequestException: Connection refused (label-service"
                ".bakery-prod.svc.cluster.local:80)") for s in (0, 4, 14, 19, 29, 39)]
    ext = _diag(kb, sorted(probed + kubelet + callers))
    assert (ext.root_cause_category, ext.component) == ("probe_failure", "label-service")


def test_a_probe_echoes_its_workloads_own_earlier_failure_not_its_callers_refusals():
    """A probe failing after the workload's own failure of another kind (its config error,
    in its own lines) is that failure's echo; its callers' refusals that began earlier are
    the probe's consequence and stay behind it."""
    from analyzer.engine.reasoning import _probe_echo
    from analyzer.engine.signals import Candidate, LineSignals, Params
    from retrieval.records import Level

    lines = [LineSignals(index=0, ts=0, workload="order-intake", level=Level.ERROR),
             LineSignals(index=1, ts=5, workload="label-service", level=Level.ERROR),
             LineSignals(index=2, ts=10, workload="label-service", level=Level.WARN)]
    writers = {ln.index: ln.workload for ln in lines}

    def ranked(cause: Candidate) -> list[Candidate]:
        probe = Candidate("probe_failure", "label-service", cause_lines=[2], first_ts=10,
                          signature_ids=["probe-path-not-found"], final=10.0)
        _probe_echo([probe, cause], writers, Params())
        return sorted([probe, cause], key=lambda c: -c.final)

    refused = Candidate("connection_refused", "label-service", cause_lines=[0], first_ts=0,
                        signature_ids=["connection-refused"], final=9.9)
    assert ranked(refused)[0].category == "probe_failure"
    own = Candidate("config_error", "label-service", cause_lines=[1], first_ts=5,
                    signature_ids=["missing-env"], final=9.9)
    assert ranked(own)[0].category == "config_error"


def test_unreadable_sectors_a_raid_mirror_corrected_are_a_warning(kb):
    """A disk that cannot read a sector (libata's UNC, the kernel's failed READ, smartd's
    pending sectors) puts the data on it at risk (CRITICAL); when Linux md's mirror served the
    read instead ("md/raid1:md0: read error corrected"), the disk is failing and nothing is
    lost (WARN: replace it). An "Unrecovered read error" is no recovery."""
    host = {"host": "cold-logger-01", "job": "systemd-journal"}
    smartd = {**host, "unit": "smartd.service"}
    failing = [(0, host, "ata2.00: error: { UNC }"),
               (2, host, "sd 1:0:0:0: [sdb] tag#12 Add. Sense: Unrecovered read error - auto "
                         "reallocate failed"),
               (3, host, "I/O error, dev sdb, sector 1803499 op 0x0:(READ) flags 0x80700 "
                         "phys_seg 1 prio class 2"),
               (60, smartd, "Device: /dev/sdb [SAT], 16 Currently unreadable (pending) "
                            "sectors"),
               (61, smartd, "Device: /dev/sdb [SAT], 16 Offline uncorrectable sectors")]
    lost = diagnose(packed_rows(failing), kb=kb).extraction
    assert (lost.root_cause_category, lost.severity) == ("storage", "CRITICAL")
    mirrored = sorted(failing + [(5, host, "md/raid1:md0: read error corrected (8 sectors at "
                                           "1801451 on sdb1)")], key=lambda r: r[0])
    ext = diagnose(packed_rows(mirrored), kb=kb).extraction
    assert (ext.root_cause_category, ext.severity) == ("storage", "WARN")
    unrecovered = "Add. Sense: Unrecovered read error - auto reallocate failed"
    assert kb.by_id("retry-succeeded").search(unrecovered, unrecovered.lower()) is None


def test_a_flapping_balancer_whose_vrrp_peer_took_over_is_a_warning(kb):
    """A load balancer's NIC flapping (down and up three times) fails the node again and again
    (ERROR); when keepalived on its peer took the virtual address after the first drop and
    serves, the pair lost its redundancy, not its service (WARN). A peer that was already
    master before the drop changes nothing, nor does the balancer itself taking the address
    back."""
    lb1 = {"host": "edge-lb-01", "job": "systemd-journal"}
    vrrp1 = {**lb1, "unit": "keepalived.service"}
    vrrp2 = {"host": "edge-lb-02", "job": "systemd-journal", "unit": "keepalived.service"}
    rows = []
    for s in (10, 70, 130):
        rows += [(s, lb1, "igb 0000:03:00.0 eno1: igb: eno1 NIC Link is Down"),
                 (s + 1, vrrp1, "(VI_PUBLIC) Entering FAULT STATE"),
                 (s + 30, lb1, "igb 0000:03:00.0 eno1: igb: eno1 NIC Link is Up 1000 Mbps Full "
                               "Duplex, Flow Control: RX"),
                 (s + 31, vrrp1, "(VI_PUBLIC) Entering BACKUP STATE")]
    alone = diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction
    assert (alone.root_cause_category, alone.component, alone.severity) == (
        "node_failure", "edge-lb-01", "ERROR")

    def with_peer(second):
        peer = [(second, vrrp2, "(VI_PUBLIC) Receive advertisement timeout"),
                (second + 1, vrrp2, "(VI_PUBLIC) Entering MASTER STATE")]
        return diagnose(packed_rows(sorted(rows + peer, key=lambda r: r[0])), kb=kb).extraction

    ext = with_peer(12)
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "node_failure", "edge-lb-01", "WARN")
    assert with_peer(0).severity == "ERROR"
    own = sorted(rows + [(45, vrrp1, "(VI_PUBLIC) Entering MASTER STATE")], key=lambda r: r[0])
    assert diagnose(packed_rows(own), kb=kb).extraction.severity == "ERROR"  # its own, back


def test_a_celery_task_missing_an_environment_key_is_a_config_error(kb):
    """Celery reports a task's exception as its repr ("raised unexpected:
    KeyError('CARRIER_ENDPOINT_VDB')"): a setting the environment lacks, not a code bug; a
    KeyError on a data key stays the application's."""
    pod = "transport-planner-htgvq9cqkh-6b6m6"

    def task(s, key):
        return (s, pod, f"[2026-04-21 10:15:{s:02d},502: ERROR/ForkPoolWorker-2] Task planner."
                        f"tasks.push_manifest[bec46225-70cf-49b6-ae7a-a73f0e18{s:04d}] raised "
                        f"unexpected: KeyError('{key}')")

    ext = _diag(kb, [task(4, "CARRIER_ENDPOINT_VDB"), task(40, "CARRIER_ENDPOINT_VDB")])
    assert (ext.root_cause_category, ext.component) == ("config_error", "transport-planner")
    assert _diag(kb, [task(4, "trip"), task(40, "trip")]).root_cause_category == (
        "application_error")


def _credit_checks(kb, retry: bool, answer: int | None):
    pod = {"namespace": "auction", "pod": "bid-gateway-4fn2zbtffv-ff6bn", "app": "bid-gateway"}
    proxy, app = {**pod, "container": "istio-proxy"}, {**pod, "container": "bid-gateway"}
    credit = {"namespace": "auction", "pod": "buyer-credit-k6dlw85dsj-r5bq5",
              "app": "buyer-credit", "container": "buyer-credit"}
    upstream = ('"buyer-credit.auction.svc.cluster.local:8080" "10.42.3.179:8080" outbound|8080||'
                'buyer-credit.auction.svc.cluster.local 10.42.9.242:36461 - default')
    rows = []
    for s in (6, 18, 37, 58):
        rows.append((s - 1, credit, f"2026-03-15 05:35:{s - 1:02d}.754 [DefaultDispatcher-"
                                    "worker-1] WARN  n.v.credit.LimitCache - limit cache refresh "
                                    "holding write lock for 1852 ms (buyers=18211, source=erp)"))
        rows.append((s, proxy, f'[2026-03-15T05:35:{s:02d}.868Z] "POST /v1/credit/check HTTP/'
                               '1.1" 504 UT response_timeout - "-" 184 24 250 - "-" "Go-http-'
                               f'client/1.1" "6d978c3e-aa39-4a53-a37b-c1ffe9bce2{s:02d}" '
                               f'{upstream}'))
        word = "retrying" if retry else "bid held for manual limit check"
        rows.append((s, app, f'{{"level":"warn","ts":17735529{s:02d}.871,"caller":"credit/'
                             f'client.go:77","msg":"credit check failed, {word}","attempt":1,'
                             '"status":504,"error":"upstream request timeout"}'))
        if answer:
            rows.append((s + 1, proxy, f'[2026-03-15T05:35:{s + 1:02d}.224Z] "POST /v1/credit/'
                                       f'check HTTP/1.1" {answer} - via_upstream - "-" 184 61 '
                                       '24 23 '
                                       '"-" "Go-http-client/1.1" "8b107600-52b3-4d5c-a955-17'
                                       f'31b3adb5{s:02d}" {upstream}'))
        rows.append((s + 2, credit, f"2026-03-15 05:35:{s + 2:02d}.949 [eventLoopGroupProxy-4-"
                                    "2] INFO  Application - 200 OK: POST - /v1/credit/check in "
                                    "1693ms"))
    return diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction


def test_calls_a_pod_retried_and_its_own_proxy_then_answered_2xx_are_transient(kb):
    """A caller's sidecar logs a 504 for a credit check, the app says "credit check failed,
    retrying", and the sidecar's next request on that path a moment later is a 200: the
    timeouts were retried and got through (WARN). Without the 200s, or with 200s but no
    retry announced (another request, not this one's retry), or with the retry failing too,
    they stay failures (ERROR)."""
    ext = _credit_checks(kb, retry=True, answer=200)
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "timeout", "buyer-credit", "WARN")
    assert _credit_checks(kb, retry=True, answer=None).severity == "ERROR"
    assert _credit_checks(kb, retry=False, answer=200).severity == "ERROR"
    assert _credit_checks(kb, retry=True, answer=503).severity == "ERROR"


def test_a_429_for_an_index_blocked_by_a_full_disk_is_no_rate_limit(kb):
    blocked = [(s, "logstash-0", f'[2026-02-08T23:40:{s:02d},353][INFO ][logstash.outputs.'
                                 'elasticsearch][main] Retrying failed action {:status=>429, '
                                 ':error=>{"type"=>"cluster_block_exception", "reason"=>"index '
                                 '[logs-app-2026.02.08] blocked by: [TOO_MANY_REQUESTS/12/disk '
                                 'usage exceeded flood-stage watermark, index has read-only-allow'
                                 '-delete block];"}}') for s in (10, 20, 30)]
    es = (0, "elasticsearch-0", "[2026-02-08T23:40:00,000][INFO ][o.e.n.Node] started")
    ext = _diag(kb, [es, *blocked], namespace="elastic-logs")
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "resource_exhausted", "elasticsearch", "ERROR")


def test_an_event_about_a_pod_that_logs_in_the_window_is_about_that_pods_workload():
    from analyzer.engine.owners import owners_of
    from retrieval.records import LogRecord

    event = LogRecord(ts=0, labels={"job": "integrations/kubernetes/eventhandler"},
                      line="name=rabbitmq-server-2.48270bd22afc12de kind=Pod action= "
                           "reason=Killing type=Normal msg=\"Stopping container rabbitmq\"")
    kubelet = LogRecord(ts=1, labels={"job": "systemd-journal", "node": "worker-3"},
                        line='kubelet[2211]: "Probe failed" probeType="Readiness" '
                             'pod="tournament/rabbitmq-server-2" containerName="rabbitmq"')
    own = LogRecord(ts=2, labels={"namespace": "tournament", "pod": "rabbitmq-server-2",
                                  "container": "rabbitmq", "app": "rabbitmq"},
                    line="[notice] <0.64.0> SIGTERM received - shutting down")
    # the pod's own lines say it is the RabbitmqCluster "rabbitmq": so are lines about it
    assert owners_of([event, kubelet, own]) == ["rabbitmq", "rabbitmq", "rabbitmq"]
    # without them, the pod's name is all there is
    assert owners_of([event, kubelet]) == ["rabbitmq-server", "rabbitmq-server"]


def test_a_product_labelled_workload_its_callers_call_by_its_service_name_is_that_name(kb):
    from analyzer.engine.owners import owners_of
    from retrieval.records import LogRecord

    db = {"namespace": "scores-db", "pod": "scores-db-0", "container": "postgresql",
          "app": "postgresql"}
    api = {"namespace": "scores", "pod": "leaderboard-api-lb6ffrgvg-c8hrw",
           "app": "leaderboard-api"}
    refused = LogRecord(ts=0, labels=db, line="FATAL:  sorry, too many clients already")

    def caller(text: str) -> LogRecord:
        return LogRecord(ts=1, labels=api, line=text)

    for called in ('connection to server at "scores-db.scores-db.svc.cluster.local" '
                   "(10.4.192.241), port 5432 failed", "dial tcp scores-db:5432: i/o timeout"):
        assert owners_of([refused, caller(called)])[0] == "scores-db"
    # a pod's own DNS name, the pod name itself, or the database's own line are no Service
    for other in ("connect to scores-db-0.scores-db-hl:5432 refused", "pod scores-db-0 ready"):
        assert owners_of([refused, caller(other)])[0] == "postgresql"
    assert owners_of([LogRecord(ts=0, labels=db, line="listening on scores-db:5432")]) == [
        "postgresql"]
    # a workload whose pods have two names (logs-es-hot-0 and logs-es-warm-0 labelled
    # elasticsearch) keeps its label
    hot = {"pod": "logs-es-hot-0", "app": "elasticsearch"}
    warm = {"pod": "logs-es-warm-0", "app": "elasticsearch"}
    who = owners_of([LogRecord(ts=0, labels=hot, line="low disk watermark"),
                     LogRecord(ts=0, labels=warm, line="started"),
                     caller("GET http://logs-es-hot:9200/_cluster/health timed out")])
    assert who[:2] == ["elasticsearch", "elasticsearch"]
    failing = ('SQLSTATE[08006] [7] connection to server at "scores-db.scores-db.svc'
               '.cluster.local" (10.4.192.241), port 5432 failed: FATAL:  sorry, too many '
               "clients already")
    ext = diagnose(packed_rows([(0, db, refused.line), (1, api, failing)]), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("database", "scores-db")


def test_a_failing_disk_is_the_volume_of_the_workload_on_that_node_that_cannot_write(kb):
    node = "pool-streams-9m31i"
    kernel = {"job": "node/journal", "node": node, "transport": "kernel"}
    redis = {"namespace": "streams", "pod": "redis-streams-0", "container": "redis",
             "app": "redis-streams", "node": node}

    def diag(rows):
        return diagnose(packed_rows(rows), kb=kb).extraction

    disk = [(0, kernel, "blk_update_request: I/O error, dev sda, sector 81921024 op 0x1:"
                      "(WRITE) flags 0x800 phys_seg 1 prio class 0"),
            (1, kernel, "Buffer I/O error on dev sda, logical block 10240128, lost async "
                      "page write"),
            (2, kernel, "EXT4-fs error (device sda): ext4_journal_check_start:83: comm "
                      "redis-server: Detected aborted journal"),
            (2, kernel, "EXT4-fs (sda): Remounting filesystem read-only")]
    aof = [(4, redis, "1:M 25 Feb 2026 04:01:19.936 # Error writing to the AOF file: "
                    "Read-only file system")]
    ext = diag(disk + aof)
    # a data store's volume failing writes: its data is at risk
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "storage", "redis-streams", "CRITICAL")
    # with no workload on that node failing to write, it is the node's disk
    elsewhere = [(4, {**redis, "node": "pool-apps-y863x"}, aof[0][2])]
    assert diag(disk + elsewhere).component == node
    # a mount the node fails (Lustre, NFS) stays the node's
    mount = [(0, kernel, "Lustre mount FAILED : bglio11 : block_id : location"),
             (1, kernel, "Lustre mount FAILED : bglio11 : block_id : location")]
    job = [(3, redis, 'MountVolume.SetUp failed for volume "scratch" : mount failed: '
                    "exit status 32")]
    assert diag(mount + job).component == node


def test_a_startup_probe_failing_just_after_its_pod_was_placed_is_start_up(kb):
    ns = "br-servers"
    exporter = {"job": "integrations/kubernetes/eventhandler", "namespace": ns}
    pod = "battle-royale-f2c55-tq9fd"
    server = {"namespace": ns, "pod": pod, "container": "br-server", "app": "battle-royale"}
    scheduled = (0, exporter, f"name={pod}.ce554a9447ee84c2 kind=Pod action= reason=Scheduled "
                              f'type=Normal msg="Successfully assigned {ns}/{pod} to gke-br-1"')
    probe = (6, exporter, f"name={pod}.9e276ae70244a530 kind=Pod action= reason=Unhealthy "
                          'type=Warning count=1 msg="Startup probe failed: Get '
                          '\\"http://10.8.188.98:8080/healthz\\": dial tcp 10.8.188.98:8080: '
                          'connect: connection refused"')
    rest = [(7, server, "[br] navmesh loaded in 4.2s, listening udp 7777, http 8080"),
            (9, server, "[br] player p_743116 joined (1/60)"),
            (30, server, "[br] player p_241265 connection timed out, slot released"),
            (33, server, "[br] player p_117734 connection timed out, slot released"),
            (40, server, "[br] match m-578596 finished, winner squad 7, errors=0")]
    healthy = diagnose(packed_rows([scheduled, probe, *rest]), kb=kb).extraction
    assert (healthy.root_cause_category, healthy.severity) == ("none", "INFO")
    # placed long before, the probe failing (three times: once is a blip) is no start-up
    # any more
    again = (probe[0], probe[1], probe[2].replace("count=1", "count=3"))
    assert diagnose(packed_rows([scheduled, again, *rest]), kb=kb).extraction.severity == "INFO"
    late = diagnose(packed_rows([scheduled, (scheduled[0] + 900, *again[1:]),
                               *[(s + 900, lb, ln) for s, lb, ln in rest]]), kb=kb).extraction
    assert late.root_cause_category == "probe_failure"


def test_a_node_journal_of_a_pod_starting_up_is_healthy(kb):
    node = {"job": "node/journal", "node": "worker-3.ocp4.example.com"}
    pod = "openshift-marketplace/redhat-operators-rl5jq"
    rows = [(0, node, f'kubelet.go:2431] "SyncLoop ADD" source="api" pods=["{pod}"]'),
            (1, node, "IPv6: ADDRCONF(NETDEV_CHANGE): bfc2f0131c13656: link becomes ready"),
            (1, node, "device 8a87df7332f74fa entered promiscuous mode"),
            (1, node, "cni0: port 3(veth6a2f1c9e) entered forwarding state"),
            (2, node, f'level=info msg="Started container 56a7b273c1880: {pod}/registry-server"'),
            (11, node, 'prober.go:107] "Probe failed" probeType="Startup" '
                       f'pod="{pod}" containerName="registry-server" probeResult="failure" '
                       'output="timeout: failed to connect service \\":50051\\" within 1s"'),
            (20, node, f'kubelet.go:2542] "SyncLoop (probe)" probe="startup" status="started" '
                       f'pod="{pod}"'),
            (30, {"namespace": "shop", "pod": "pg-0", "app": "pg"},
             "LOG:  statistics: numbackends=12 of max_connections=200, deadlocks=0")]
    diag = diagnose(packed_rows(rows), kb=kb)
    assert (diag.extraction.root_cause_category, diag.extraction.severity) == ("none", "INFO")
    # the kernel wiring the pod's network is routine, whatever a classifier makes of it
    plumbing = [ln for ln in diag.lines if any(
        w in ln.message for w in ("promiscuous", "veth", "ADDRCONF"))]
    assert len(plumbing) == 3
    assert all({h.sig.role for h in ln.hits} == {"benign"} for ln in plumbing)
    # a liveness probe failing is no start-up
    live = [(s, lb, ln.replace('probeType="Startup"', 'probeType="Liveness"'))
            for s, lb, ln in rows]
    assert diagnose(packed_rows(live), kb=kb).extraction.root_cause_category == "probe_failure"


def test_events_in_kubectls_text_shape_are_about_their_object(kb):
    from analyzer.engine.owners import event_object, line_workload
    from retrieval.records import LogRecord

    exporter = {"namespace": "telemetry", "job": "kubernetes-event-exporter"}
    backoff = "Warning BackOff pod/node-red-7d9f4b8c6-x2k9p: Back-off restarting failed container"
    assert event_object(backoff) == ("Pod", "node-red-7d9f4b8c6-x2k9p")
    assert event_object(f"2m  {backoff}") == ("Pod", "node-red-7d9f4b8c6-x2k9p")  # kubectl
    assert event_object("Normal ScalingReplicaSet deployment/shop: Scaled up replica set "
                        "shop-5f6d7c8b9 to 3") == ("Deployment", "shop")
    assert line_workload(LogRecord(ts=0, labels=exporter, line=backoff)) == "node-red"
    oom = ("Warning OOMKilling node/plant07-ipc-01: Memory cgroup out of memory: Killed "
           "process 2211 (influxd)")
    assert line_workload(LogRecord(ts=0, labels=exporter, line=oom)) == "plant07-ipc-01"
    # a sentence that happens to start with the word is no event
    assert event_object("Warning Disk usage/var is at 91%") is None
    lines = diagnose(packed_rows([(0, exporter, backoff)]), kb=kb).lines
    assert lines[0].is_event and lines[0].workload == "node-red"
    sentence = diagnose(packed_rows([(0, exporter, "Warning Disk usage/var is at 91%")]), kb=kb)
    assert not sentence.lines[0].is_event


def test_datadogs_kubernetes_events_are_about_the_object_their_title_names(kb):
    """Datadog forwards Kubernetes events as ``Events from the Pod <ns>/<name>`` and the
    count and reason of each: the event is that pod's (its workload the component of a
    failed pull), not the node its stream's ``host`` tag names."""
    from analyzer.engine.owners import event_object

    title = "Events from the Pod screening/bgcheck-worker-vtd7cvnv9g-m2tc9"
    assert event_object(f"{title} | 1 **Failed**: Error: ErrImagePull") == (
        "Pod", "bgcheck-worker-vtd7cvnv9g-m2tc9")
    assert event_object("Events from the Node aks-system-35400315-vmss000001 | 1 "
                        "**NodeNotReady**: Node status is now: NodeNotReady") == (
        "Node", "aks-system-35400315-vmss000001")
    assert event_object("Events from the pod logs were dropped") is None
    datadog = {"source": "kubernetes", "kube_namespace": "screening",
               "event_type": "kubernetes_apiserver", "host": "aks-system-35400315-vmss000001"}
    ref = "hrplatform.azurecr.io/screening/bgcheck-worker:2.14.0"
    rows = [(0, datadog, f'{title} | 1 **Failed**: Failed to pull image "{ref}": rpc error: '
                         f'code = NotFound desc = failed to pull and unpack image "{ref}": '
                         f'failed to resolve reference "{ref}": {ref}: not found'),
            (1, datadog, f"{title} | 1 **Failed**: Error: ErrImagePull"),
            (9, datadog, f'{title} | 2 **BackOff**: Back-off pulling image "{ref}"')]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("image_pull", "bgcheck-worker")


def test_a_database_that_lost_its_quorum_is_down_and_its_failing_probes_are_the_echo(kb):
    ns = "mariadb"
    exporter = {"namespace": ns, "job": "kubernetes-event-exporter"}
    db = {"namespace": ns, "pod": "mariadb-galera-0", "container": "mariadb-galera"}
    rows = [(0, exporter, "Normal Killing pod/mariadb-galera-2: Stopping container mariadb-galera"),
            (0, exporter, "Normal Killing pod/mariadb-galera-1: Stopping container mariadb-galera"),
            (2, db, "2026-04-01  2:10:02 0 [Note] WSREP: view(view_id(NON_PRIM,0c5e2f1a-b7c8,41) "
                    "memb { 0c5e2f1a-b7c8,0 } joined { } left { }"),
            (2, db, "2026-04-01  2:10:02 0 [Note] WSREP: Received NON-PRIMARY."),
            (3, db, "2026-04-01  2:10:03 0 [Warning] WSREP: Send action {(nil), 328, TORDERED} "
                    "returned -107 (Transport endpoint is not connected)"),
            *[(20 + k, exporter, f"Warning Unhealthy pod/mariadb-galera-{k}: Readiness probe "
                                 "failed: ERROR 1047 (08S01) at line 1: WSREP has not yet prepared "
                                 "node for application use") for k in range(3)]]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.severity, ext.component) == (
        "database", "CRITICAL", "mariadb-galera")


def test_a_galera_node_that_finished_its_state_transfer_is_back(kb):
    """A Galera node back from maintenance refuses queries while it receives its state
    transfer (1047 WSREP has not yet prepared node), then syncs with the group: over in
    the window (WARN), not a cluster down."""
    db = {"namespace": "tango", "pod": "tango-db-2", "app": "tango-db"}
    ds = {"namespace": "tango", "pod": "tango-databaseds-0", "app": "tango-databaseds"}
    rows = [(s, ds, f"2026-04-23T08:30:{s:02d}.200Z ERROR sys/database/2 DataBase::"
                    "db_get_device_property(): query failed: mysql_real_query() error 1047: "
                    "WSREP has not yet prepared node for application use")
            for s in (12, 19, 27, 33, 41)]
    rows.insert(0, (8, db, "2026-04-23  8:30:08 0 [Note] WSREP: Shifting PRIMARY -> JOINER "
                           "(TO: 1837221)"))
    down = diagnose(packed_rows(rows), kb=kb).extraction
    assert (down.root_cause_category, down.severity) == ("database", "CRITICAL")
    for synced in ("2026-04-23  8:31:12 0 [Note] WSREP: Shifting JOINED -> SYNCED (TO: 1837262)",
                   "2026-04-23  8:31:12 2 [Note] WSREP: Synchronized with group, ready for "
                   "connections"):
        back = diagnose(packed_rows([*rows, (72, db, synced)]), kb=kb).extraction
        assert (back.root_cause_category, back.severity, back.component) == (
            "database", "WARN", "tango-db")


def test_cassandra_short_of_live_replicas_is_down_and_its_clients_only_report_it(kb):
    """Cassandra answering "Unavailable: keyspace loyalty, CL QUORUM, required 2, alive 1"
    after its StatefulSet was scaled down, its clients' driver "Not enough replicas
    available for query at consistency QUORUM": the database is down for them (CRITICAL),
    and it, not its louder clients, is the component. Clients alone say the database's
    category."""
    cass = {"namespace": "loyalty", "pod": "loyalty-cassandra-0", "container": "cassandra"}
    api = {"namespace": "loyalty", "pod": "loyalty-api-7d9f4b8c6-x2k9p", "container": "api"}
    said = ("ERROR [PointsRepository] ResponseError: Not enough replicas available for query "
            "at consistency QUORUM (2 required but only 1 alive)")
    rows = [(s, api, said) for s in (0, 5, 12, 20, 31)] + [
        (s, cass, "WARN  [Native-Transport-Requests-4] NoSpamLogger.java:108 - Unavailable: "
                  "keyspace loyalty, CL QUORUM, required 2, alive 1") for s in (6, 40)]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.severity, ext.component) == (
        "database", "CRITICAL", "loyalty-cassandra")
    alone = diagnose(packed_rows([(s, api, said) for s in (0, 5, 12)]), kb=kb).extraction
    assert alone.root_cause_category == "database"


def test_runtime_and_socket_lines_that_borrow_other_categories_words(kb):
    pod = "spree-sidekiq-8b7c6d9f5-zr2wq"
    missing = _diag(kb, [(0, pod, "/app/config/initializers/sidekiq.rb:4:in `fetch': key not "
                                  'found: "REDIS_URL" (KeyError)')])
    assert missing.root_cause_category == "config_error"  # Ruby's ENV.fetch
    go = diagnose(packed_from([(0, pod, "fatal error: all goroutines are asleep - deadlock!")]),
                  kb=kb)
    assert go.extraction.root_cause_category == "application_error"
    assert "deadlock" not in {h.sig.id for h in go.lines[0].hits}  # the program's, no database's
    socket = _diag(kb, [(0, pod, "WSREP: Send action {(nil), 328, TORDERED} returned -107 "
                                 "(Transport endpoint is not connected)")])
    assert socket.root_cause_category != "storage"
    fuse = _diag(kb, [(0, pod, "stat /var/lib/kubelet/pods/7f6e/volumes/kubernetes.io~csi/pvc-7a8b"
                               "/mount: transport endpoint is not connected")])
    assert fuse.root_cause_category == "storage"


def test_a_readiness_probe_still_failing_past_the_start_up_grace_is_no_start_up_noise(kb):
    """Readiness failures the packer collapses into one line are start-up noise only when
    every copy falls within the grace after a start: the same failure from the 5th second
    to the 4th minute after the start (a cache that warms for minutes while the Service
    lacks the pod) is the incident."""
    events = {"namespace": "reservations", "job": "integrations/kubernetes/eventhandler"}
    pod = "reservation-api-7c9d4b8f65-xdp6b"
    started = (0, events, f"Normal Started pod/{pod}: Started container reservation-api")

    def unready(until: int) -> list[tuple[int, dict[str, str], str]]:
        return [(s, events, f"Warning Unhealthy pod/{pod}: Readiness probe failed: HTTP probe "
                            "failed with statuscode: 503") for s in range(5, until, 15)]

    brief = diagnose(packed_rows([started, *unready(60)]), kb=kb)
    assert brief.extraction.root_cause_category == "none"
    long = diagnose(packed_rows([started, *unready(245)]), kb=kb)
    assert max(ln.count for ln in long.lines) > 1  # the failures are one collapsed line
    assert (long.extraction.root_cause_category, long.extraction.severity) == (
        "probe_failure", "WARN")


@pytest.mark.parametrize(("banner", "starts"), [
    ("2026-04-22T02:00:52.217+00:00  INFO 1 --- [session-broker] [           main] "
     "u.o.n.vri.SessionBrokerApplication       : Starting SessionBrokerApplication v4.2.1 "
     "using Java 21.0.3 with PID 1 (/deployments/app.jar started by 1000720000 in /)", True),
    ("2026-04-22 02:00:52.217  INFO 1 --- [           main] c.e.s.SessionBrokerApplication   "
     "   : Starting SessionBrokerApplication v2.7.18 on session-broker-8gmxp with PID 1", True),
    # Spring saying its start-up is over: a probe failing after it is no start-up noise
    ("2026-04-22T02:01:07.017+00:00  INFO 1 --- [session-broker] [           main] "
     "u.o.n.vri.SessionBrokerApplication       : Started SessionBrokerApplication in 17.412 "
     "seconds (process running for 18.906)", False),
])
def test_a_spring_boot_banner_starts_the_grace_of_its_readiness_probe(kb, banner, starts):
    """Spring Boot's first line ("Starting SessionBrokerApplication v4.2.1 using Java …")
    is its process starting: the kubelet's readiness failure four seconds later is the
    application warming up (its Tomcat not listening yet), not an incident."""
    pod = {"namespace": "vri", "pod": "session-broker-zt2dg4x6c5-8gmxp",
           "container": "session-broker", "app": "session-broker"}
    journal = {"job": "node-journal", "node": "worker-3"}
    rows = [(0, pod, banner),
            (4, journal, 'I0422 02:00:56.217354    3311 prober.go:107] "Probe failed" '
                         'probeType="Readiness" pod="vri/session-broker-zt2dg4x6c5-8gmxp" '
                         'containerName="session-broker" probeResult="failure" output="Get '
                         '\\"http://10.128.2.41:8080/actuator/health/readiness\\": dial tcp '
                         '10.128.2.41:8080: connect: connection refused"')]
    got = diagnose(packed_rows(rows), kb=kb).extraction
    assert (got.root_cause_category == "none") == starts


def test_a_workload_whose_running_pods_were_stopped_and_replacements_never_came_up_is_down(kb):
    """A node pool upgrade drains both running pods of a Deployment (one event line for
    both, folded); each replacement fails to pull its image: nothing of it runs (CRITICAL).
    While one old pod keeps running, the same pull failures are a failing rollout (ERROR)."""
    events = {"namespace": "distribution", "job": "integrations/kubernetes/eventhandler"}
    old = ["sync-79f6d8b5c4-sd88s", "sync-79f6d8b5c4-sdp2t"]
    new = ["sync-79f6d8b5c4-j2j9f", "sync-79f6d8b5c4-knhp7"]

    def window(stopped: list[str]) -> list[tuple[int, dict[str, str], str]]:
        rows = [(s, {"namespace": "distribution", "pod": pod, "container": "sync"},
                 '{"level":"info","msg":"ARI push ok"}') for s, pod in ((0, old[0]), (1, old[1]))]
        rows += [(5 + i, events, f"name={pod}.17f3a9c0d2e4b5a{i} kind=Pod reason=Killing "
                                 'type=Normal msg="Stopping container sync"')
                 for i, pod in enumerate(stopped)]  # the packer folds the two into one line
        rows += [(s + i, events, f'Warning Failed pod/{pod}: Failed to pull image "acr.example'
                                 '.com/sync:2.8.4": 401 Unauthorized')
                 for s in (10, 40, 90, 160) for i, pod in enumerate(new)]
        if len(stopped) < len(old):
            rows += [(s, {"namespace": "distribution", "pod": old[1], "container": "sync"},
                      '{"level":"info","msg":"ARI push ok"}') for s in (60, 120)]
        return sorted(rows, key=lambda r: r[0])

    drained = diagnose(packed_rows(window(old)), kb=kb).extraction
    assert (drained.root_cause_category, drained.severity) == ("image_pull", "CRITICAL")
    rolling = diagnose(packed_rows(window(old[:1])), kb=kb).extraction
    assert (rolling.root_cause_category, rolling.severity) == ("image_pull", "ERROR")


def test_a_cronjob_run_stopped_at_its_deadline_is_not_replaced_by_the_next_run(kb):
    """A CronJob's run pod (``<cronjob>-<scheduled minute>-<5 chars>``) stopped when its Job
    passed its deadline, and the next run's pod failing to pull its image: each run is a Job
    of its own, not a replacement of the run before it, so the failing run is an ERROR, not
    a workload with nothing left running. The same stop and failure of a Deployment's pods
    is."""
    events = {"namespace": "mobility", "job": "integrations/kubernetes/eventhandler"}

    def window(old: str, new: str) -> list[tuple[int, dict[str, str], str]]:
        rows = [(0, events, f"name={old}.17f3a9c0d2e4b5a0 kind=Pod reason=Killing "
                            'type=Normal msg="Stopping container rebalancer"')]
        rows += [(s, events, f'Warning Failed pod/{new}: Failed to pull image "registry.'
                             'example.com/fleet/rebalancer:2.14.0": not found')
                 for s in (10, 40, 90, 160)]
        return rows

    cron = diagnose(packed_rows(window("rebalancer-29589120-zchjx",
                                       "rebalancer-29589135-w7757")), kb=kb).extraction
    assert (cron.root_cause_category, cron.severity) == ("image_pull", "ERROR")
    deployment = diagnose(packed_rows(window("rebalancer-79f6d8b5c4-zchjx",
                                             "rebalancer-79f6d8b5c4-w7757")), kb=kb).extraction
    assert (deployment.root_cause_category, deployment.severity) == ("image_pull", "CRITICAL")


def test_a_statefulset_pod_its_controller_deleted_that_cannot_mount_again_is_down(kb):
    """The StatefulSet controller deletes ``stream-archiver-0`` ("delete Pod ... in
    StatefulSet ... successful": that pod told to stop) and creates it again; its volume is
    still attached elsewhere (Multi-Attach) and it never writes a line: nothing of it runs
    (CRITICAL). Without the deletion, the same mount failures of a pod that never ran say
    nothing of a running one it replaced (ERROR)."""
    from analyzer.engine.owners import pod_of

    events = {"namespace": "streaming", "job": "kube-events"}
    deleted = ('type=Normal reason=SuccessfulDelete kind=StatefulSet name=stream-archiver '
               'msg="delete Pod stream-archiver-0 in StatefulSet stream-archiver successful"')
    created = ('type=Normal reason=SuccessfulCreate kind=StatefulSet name=stream-archiver '
               'msg="create Pod stream-archiver-0 in StatefulSet stream-archiver successful"')
    rows = [(0, events, deleted), (1, events, created),
            (2, events, 'type=Normal reason=Scheduled kind=Pod name=stream-archiver-0 '
                        'msg="Successfully assigned streaming/stream-archiver-0 to w2"'),
            *[(5 + 60 * i, events, 'type=Warning reason=FailedAttachVolume kind=Pod '
                                   'name=stream-archiver-0 msg="Multi-Attach error for volume '
                                   '\\"pvc-8c1d5e2a\\" Volume is already exclusively attached '
                                   'to one node and can\'t be attached to another"')
              for i in range(3)]]
    records = [LogRecord(ts=T0 + s * 10**9, labels=labels, line=line)
               for s, labels, line in rows]
    assert pod_of(records[0]) == "stream-archiver-0" and pod_of(records[1]) is None
    scaled_down = LogRecord(ts=T0, labels=events, line=(
        'type=Normal reason=SuccessfulDelete kind=ReplicaSet name=web-7d9f4b8c6 '
        'msg="Deleted pod: web-7d9f4b8c6-x2k9p"'))
    assert pod_of(scaled_down) == "web-7d9f4b8c6-x2k9p"
    down = diagnose(packed_rows(rows), kb=kb).extraction
    assert (down.root_cause_category, down.component, down.severity) == (
        "storage", "stream-archiver", "CRITICAL")
    assert diagnose(packed_rows(rows[1:]), kb=kb).extraction.severity == "ERROR"


def test_a_statefulset_pod_stopped_by_a_drain_that_cannot_mount_again_is_down(kb):
    """A StatefulSet's replacement keeps its pod's name: the drained ``queue-0`` is placed
    again and its volume cannot attach, and it writes nothing since. Its callers are refused:
    nothing of it runs (CRITICAL). The same failure while the pod still writes after it (it
    came back) is not an outage."""
    events = {"namespace": "jobs", "job": "integrations/kubernetes/eventhandler"}
    worker = {"namespace": "jobs", "pod": "dispatcher-6c9f8d7b5-x2k4q", "container": "app"}
    queue = {"namespace": "jobs", "pod": "queue-0", "container": "redis"}
    rows = [
        (0, queue, "1:M 03 Mar 2026 02:00:00.120 * Background saving terminated with success"),
        (5, events, 'name=queue-0.17f3a9c0d2e4b5a0 kind=Pod reason=Killing type=Normal '
                    'msg="Stopping container redis"'),
        (9, events, 'name=queue-0.17f3a9c0d2e4b5a1 kind=Pod reason=Scheduled type=Normal '
                    'msg="Successfully assigned jobs/queue-0 to node-b"'),
        *[(12 + 40 * i, events, f'name=queue-0.17f3a9c0d2e4b5b{i} kind=Pod '
                                'reason=FailedAttachVolume type=Warning msg="AttachVolume.Attach '
                                'failed for volume \\"pvc-1f2e3d4c\\" : rpc error: code = '
                                'Internal desc = disk is attached to another node"')
          for i in range(3)],
        *[(20 + 40 * i, worker, '{"level":"error","msg":"enqueue failed","error":"dial tcp '
                                '10.0.4.12:6379: connect: connection refused"}') for i in range(3)],
    ]
    stuck = diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction
    assert (stuck.root_cause_category, stuck.component, stuck.severity) == (
        "storage", "queue", "CRITICAL")
    back = rows + [(150, queue, "1:M 03 Mar 2026 02:02:30.004 * 100 changes in 300 seconds. "
                                "Saving...")]
    came_back = diagnose(packed_rows(sorted(back, key=lambda r: r[0])), kb=kb).extraction
    assert came_back.severity != "CRITICAL"


def test_a_probe_failing_while_its_pod_starts_or_is_stopped_on_purpose_is_routine(kb):
    exporter = {"namespace": "magento", "job": "kubernetes-event-exporter"}
    pod = "magento-web-84c6d9b7f-m9t2v"
    nginx = {"namespace": "magento", "pod": pod, "container": "nginx"}
    started = (0, exporter, f"Normal Started pod/{pod}: Started container php-fpm")
    probe_503 = (6, nginx, '10.20.2.1 - - [08/Apr/2026:07:00:08 +0000] "GET /health_check.php '
                           'HTTP/1.1" 503 0 "-" "kube-probe/1.29" 0.412')
    served = [(s, nginx, f'10.20.3.218 - - [08/Apr/2026:07:00:{s:02d} +0000] "GET / HTTP/1.1" 200 '
                         '16217 "-" "Mozilla/5.0"') for s in (8, 20, 30)]
    warming = diagnose(packed_rows([started, probe_503, *served]), kb=kb).extraction
    assert warming.root_cause_category == "none"
    # the same answers ten minutes after the start are the app failing its health check
    late = [(s + 600, lb, ln) for s, lb, ln in [probe_503, (7, *probe_503[1:]),
                                               (8, *probe_503[1:])]]
    assert diagnose(packed_rows([started, *late]), kb=kb).extraction.root_cause_category == (
        "probe_failure")
    es = {"namespace": "search", "job": "kubernetes-event-exporter"}
    killing = (0, es, "Normal Killing pod/opensearch-2: Stopping container opensearch")
    unready = (6, es, "Warning Unhealthy pod/opensearch-2: Readiness probe failed: dial tcp "
                      "10.244.5.12:9200: connect: connection refused")
    node = {"namespace": "search", "pod": "opensearch-2", "container": "opensearch"}
    back = (52, node, "[2026-04-12T05:00:52,379][INFO ][o.o.n.Node] [opensearch-2] started")
    again = (16, *unready[1:])
    restart = diagnose(packed_rows([killing, unready, again, back]), kb=kb).extraction
    assert restart.root_cause_category == "none"
    # unready with nobody having asked it to stop is a probe failure (twice: once, with the
    # pod writing on after it, is a blip)
    assert diagnose(packed_rows([unready, again, back]), kb=kb).extraction.root_cause_category == (
        "probe_failure")


def test_a_buffers_gauge_is_no_full_buffer(kb):
    pod = "telegraf-modbus-7d9f4b8c6-x2k9p"
    gauge = diagnose(packed_from([(s, pod, "D! [outputs.influxdb_v2] Buffer fullness: "
                                           f"{n} / 10000 metrics") for s, n in
                                  ((0, 10), (15, 51), (30, 8))]), kb=kb)
    assert gauge.extraction.root_cause_category == "none"
    overflow = _diag(kb, [(0, pod, "W! [outputs.influxdb_v2] Metric buffer overflow; 1000 "
                                   "metrics have been dropped")])
    assert overflow.root_cause_category == "resource_exhausted"


def test_a_kafka_clients_first_bootstrap_right_after_it_was_created_is_start_up(kb):
    pod = "order-events-consumer-7d9f4b8c6-x2k9p"
    created = (0, pod, "INFO 1 --- [main] o.a.k.clients.consumer.ConsumerConfig : ConsumerConfig "
                       "values: allow.auto.create.topics = true auto.commit.interval.ms = 5000")
    bootstrap = (1, pod, "WARN 1 --- [ntainer#0-0-C-1] org.apache.kafka.clients.NetworkClient : "
                         "[Consumer clientId=consumer-orders-1, groupId=orders] Connection to "
                         "node -1 (events-kafka-bootstrap.kafka.svc/10.96.239.186:9092) could "
                         "not be established. Broker may not be available.")
    joined = (6, pod, "INFO 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator : "
                      "[Consumer clientId=consumer-orders-1, groupId=orders] Successfully joined "
                      "group with generation Generation{generationId=47}")
    assert _diag(kb, [created, bootstrap, joined]).root_cause_category == "none"
    # long after the client was made, the broker being unreachable is no start-up
    late = [created, (300, *bootstrap[1:]), (301, *bootstrap[1:]), (302, *bootstrap[1:])]
    assert _diag(kb, late).root_cause_category == "connection_refused"


def test_a_server_that_names_the_setting_it_lacks_and_stops_is_a_config_error(kb):
    line = ("2026-04-04 06:00:10,515 ERROR [org.keycloak.quarkus.runtime.cli."
            "ExecutionExceptionHandler] (main) ERROR: hostname is not configured; either "
            "configure hostname, or set hostname-strict to false")
    rows = [(0, "keycloak-0", "2026-04-04 06:00:07,986 INFO  [org.keycloak] (main) Starting "
                              "Infinispan embedded cache manager"),
            (3, "keycloak-0", line)]
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.component) == ("config_error", "keycloak")
    # a feature left unconfigured on purpose, said at info level or skipped, is no fault
    for quiet in ('level=info msg="tracing is not configured, skipping"',
                  "ERROR smtp relay is not configured, skipping notification"):
        assert _diag(kb, [rows[0], (3, "keycloak-0", quiet)]).root_cause_category != (
            "config_error")


def test_a_service_dns_name_anywhere_in_a_line_names_the_callee_but_a_certificates_subject_not(
        kb):
    from analyzer.engine.targets import callee_names

    pgx = ('{"level":"error","msg":"acquire connection","error":"failed to connect to `user='
           'cashpos database=treasury`: 10.96.157.176:5432 (pg-treasury.treasury-db.svc.'
           'cluster.local): tls error: tls: failed to verify certificate: x509: certificate '
           'has expired or is not yet valid"}')
    assert callee_names(pgx, kb)[0] == "pg-treasury"
    own = ('{"level":"warn","msg":"serving certificate expires soon","subject":'
           '"CN=ledger.finance.svc","issuer":"CN=Acme Internal CA G2","days_left":9}')
    assert "ledger" not in callee_names(own, kb)
    san = "x509: certificate is valid for DNS:ledger.finance.svc, not ledger-v2.finance.svc"
    assert callee_names(san, kb)[:1] == ["ledger-v2"]


def test_a_php_fpm_pool_at_its_ceiling_before_nginxs_upstream_timeouts_is_the_cause(kb):
    from analyzer.engine.targets import callee_names

    timed_out = ('2026/02/18 14:52:12 [error] 29#29: *76549 upstream timed out (110: Connection '
                 'timed out) while reading response header from upstream, client: 10.244.78.237,'
                 ' server: news.example.org, request: "GET / HTTP/1.1", upstream: '
                 '"fastcgi://127.0.0.1:9000", host: "news.example.org"')
    # php-fpm listens on the pod's own loopback: port 9000 is no HDFS NameNode here
    assert callee_names(timed_out, kb) == []
    ceiling = ("[18-Feb-2026 14:51:58] WARNING: [pool www] server reached pm.max_children "
               "setting (16), consider raising it")
    pod = "wordpress-7d9f4b8c6-x2k9p"
    rows = [(0, pod, ceiling), (5, pod, ceiling), (14, pod, timed_out),
            (15, pod, timed_out.replace("76549", "76550"))]
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.component) == ("resource_exhausted", "wordpress")


@pytest.mark.parametrize("line", [
    '2026-06-11T03:20:53.203913Z ERROR vector::cli: Configuration error. error=Transform '
    '"parse_app_json":',
    'nginx: [emerg] unknown directive "proxy_passs" in /etc/nginx/conf.d/default.conf:12',
    "[ALERT]    (1) : Fatal errors found in configuration.",
])
def test_a_server_that_rejects_its_configuration_file_is_a_config_error(kb, line):
    pod = "vector-aggregator-0"
    rows = [(0, pod, "2026-06-11T03:20:53.066500Z  INFO vector::app: Loading configs."),
            (1, pod, line)]
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.component) == ("config_error", "vector-aggregator")


def test_a_broker_that_refuses_its_config_on_a_plain_host_is_the_cause_of_its_callers_refusals(kb):
    """Mosquitto on a VM exits on an unknown variable until systemd gives up; the sensor
    bridge on another host is refused by that host's port. The broker's configuration is the
    cause, and a broker systemd stopped restarting is down."""
    broker = {"host": "mqtt-pool2", "job": "systemd-journal", "unit": "mosquitto.service"}
    bridge = {"host": "pool-chem-02", "job": "chem-bridge"}
    unit = "Mar  7 05:40:04 mqtt-pool2 systemd[1]: mosquitto.service: "
    refused = ("2026-03-07 05:40:04,471 ERROR chem_bridge.mqtt: connection to "
               "mqtt-pool2.leisure.lan:8883 failed: [Errno 111] Connection refused")
    rows = [(0, broker, "Mar  7 05:40:04 mqtt-pool2 systemd[1]: Starting mosquitto.service - "
                        "Mosquitto MQTT Broker..."),
            (1, broker, "Mar  7 05:40:04 mqtt-pool2 mosquitto[52240]: 1772858404: Error: "
                        'Unknown configuration variable "require_certficate".'),
            (2, broker, "Mar  7 05:40:04 mqtt-pool2 mosquitto[52240]: 1772858404: Error found "
                        "at /etc/mosquitto/conf.d/tls.conf:7."),
            (3, broker, unit + "Main process exited, code=exited, status=3/NOTIMPLEMENTED"),
            (4, bridge, refused),
            (14, broker, unit + "Scheduled restart job, restart counter is at 5."),
            (15, broker, unit + "Start request repeated too quickly."),
            (16, broker, "Mar  7 05:40:14 mqtt-pool2 systemd[1]: Failed to start "
                         "mosquitto.service - Mosquitto MQTT Broker."),
            (34, bridge, refused.replace("471", "079")),
            (94, bridge, refused.replace("471", "580"))]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "config_error", "mosquitto", "CRITICAL")


def test_an_mqtt_or_amqp_broker_is_no_kafka_broker(kb):
    from analyzer.engine.targets import callee_names

    unit = ("Mar  7 05:40:03 mqtt-pool2 systemd[1]: Stopping mosquitto.service - "
            "Mosquitto MQTT Broker...")
    assert callee_names(unit, kb) == []
    assert callee_names("lost the AMQP broker, reconnecting in 5s", kb) != ["kafka"]
    assert callee_names("Bootstrap broker 10.0.4.7:19092 (id: -1 rack: null) disconnected",
                        kb) == ["kafka"]


def test_a_zone_its_name_server_let_expire_is_that_servers_not_coreDNSs(kb):
    """A BIND secondary on a VM could not refresh ``leisure.lan`` until it expired: CoreDNS
    answers SERVFAIL for every name in it, the app cannot resolve its database. The name
    server that stopped serving the zone is the cause, not the resolver forwarding to it."""
    bind = {"host": "dc-dns-01", "job": "syslog", "app": "named"}
    coredns = {"namespace": "kube-system", "pod": "coredns-5d78c9869d-8xk2p",
               "container": "coredns"}
    app = {"namespace": "payments", "pod": "payments-api-59c8d7f6b-hv3tw",
           "container": "payments-api"}
    servfail = ('[INFO] 10.244.1.23:51022 - 33121 "A IN pg-pay.leisure.lan. udp 47 false 1232" '
                "SERVFAIL qr,rd 47 0.003118s")
    rows = [(0, bind, "Mar  7 07:02:14 dc-dns-01 named[812]: zone leisure.lan/IN: refresh: "
                      "retry limit for primary 10.20.0.10#53 exceeded (source 0.0.0.0#0)"),
            (0, bind, "Mar  7 07:02:14 dc-dns-01 named[812]: zone leisure.lan/IN: expired"),
            (3, coredns, servfail), (3, coredns, servfail.replace("33121", "40877")),
            (6, coredns, servfail.replace("pg-pay", "turnstile-hub")),
            (3, app, "ERROR c.l.payments.TerminalController : payment failed: "
                     "java.net.UnknownHostException: pg-pay.leisure.lan"),
            (9, app, "ERROR c.l.payments.TerminalController : payment failed: "
                     "java.net.UnknownHostException: pg-pay.leisure.lan"),
            (16, app, "ERROR c.l.payments.ReconciliationJob : reconciliation aborted: "
                      "java.net.UnknownHostException: pg-pay.leisure.lan: Temporary failure in "
                      "name resolution")]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("dns_resolution", "dc-dns-01")


def test_an_expired_zone_comes_before_the_servfails_and_lookups_of_its_names(
        kb, line_classifier):
    """One calm "zone …/IN: expired" from the secondary CoreDNS forwards the zone to, then
    CoreDNS's SERVFAILs and three clients failing to resolve hosts in that zone, which
    outscore the name server's one line: the name server that stopped serving the zone
    comes first. A zone whose names nobody failed to look up is not blamed."""
    named = {"host": "ns-sec-02", "job": "syslog", "unit": "named"}
    coredns = {"namespace": "kube-system", "pod": "coredns-6d9f8b7c5-fx2lq",
               "container": "coredns"}
    api = {"namespace": "fleet", "pod": "fleet-api-6f8d9c7b54-k2xvq", "container": "api"}
    jobs = {"namespace": "fleet", "pod": "fleet-jobs-7b6c9d5f4-tr9wd", "container": "jobs"}
    feed = {"namespace": "fleet", "pod": "gps-feed-5c7d9b8f6-w2xkd", "container": "feed"}

    def servfail(i: int, host: str = "erp") -> str:
        return (f'[INFO] 10.244.3.{i}:4{i}170 - 77{i} "A IN {host}.fleet.corp. udp 54 false '
                '1232" SERVFAIL qr,rd 43 0.0021s')

    sync = ('{"@t":"2026-02-27T06:15:55Z","@l":"Error","@mt":"Sync from {Source} failed: '
            '{Error}","Source":"ERP","Error":"Name or service not known (erp.fleet.corp:443)",'
            '"@x":"System.Net.Http.HttpRequestException: Name or service not known '
            '(erp.fleet.corp:443)\\n ---> System.Net.Sockets.SocketException (0xFFFDFFFE): '
            'Name or service not known"}')
    socket = ("WARN: SocketError: Failed to open TCP connection to erp.fleet.corp:443 "
              "(getaddrinfo: Temporary failure in name resolution)")
    rows = [(0, named, "Feb 27 06:15:41 ns-sec-02 named[842]: zone fleet.corp/IN: expired"),
            (12, coredns, servfail(21)), (14, api, sync), (15, coredns, servfail(22)),
            (17, jobs, socket),
            (20, feed, '{"level":"error","msg":"lookup failed","error":"dial tcp: lookup '
                       'erp.fleet.corp on 10.0.0.10:53: server misbehaving"}'),
            (25, coredns, servfail(23, "dms")), (40, api, sync.replace("06:15:55", "06:16:40")),
            (45, coredns, servfail(24, "crm")), (50, coredns, servfail(25, "dms")),
            (55, coredns, servfail(26)), (58, jobs, socket)]
    question = "Since 06:16 the ERP sync, the job sync and GPS enrichment all fail. What broke?"

    def component(rows: list) -> str:
        return diagnose(packed_rows(rows), kb=kb, classifier=line_classifier,
                        question=question).extraction.component

    assert component(rows) == "ns-sec-02"
    assert component([(0, named, rows[0][2].replace("fleet.corp", "lab.corp")),
                      *rows[1:]]) == "coredns"


def test_an_insert_client_quoting_clickhouses_refusal_blames_clickhouse(kb):
    line = ('2026-03-22T10:05:38.534Z\terror\tinternal/base_exporter.go:128\tExporting failed. '
            'Rejecting data.\t{"otelcol.component.id": "clickhouse", "otelcol.signal": "logs", '
            '"error": "code: 252, message: Too many parts (300 with average size of 38.45 KiB) '
            "in table 'otel.otel_logs'. Merges are processing significantly slower than "
            'inserts", "rejected_items": 4367}')
    pod = "otel-gateway-cqsttxs2z-8rn5z"
    ext = _diag(kb, [(0, pod, line), (4, pod, line.replace("4367", "4211"))])
    assert (ext.root_cause_category, ext.component) == ("database", "clickhouse")


def test_startup_probe_failures_while_a_server_replays_its_wal_are_its_start_not_a_fault(kb):
    """"Starting Prometheus Server" is a start (two words before its fields), so the startup
    probe's 503s within its grace are the start-up they are meant to cover; the healthy
    verdict is about the pod asked for, by its own lines' workload."""
    from analyzer.engine.diagnose import diagnose
    from retrieval.records import LogRecord
    from tests.conftest import T0

    prom = {"namespace": "monitoring", "pod": "prometheus-k8s-0", "container": "prometheus",
            "app": "prometheus"}
    events = {"namespace": "kube-system", "pod": "eventrouter-5c9d7f7b8-x2k9p",
              "container": "eventrouter"}
    kubelet = {"job": "systemd-journal", "unit": "kubelet.service", "node": "n-1"}
    probe = ('I0620 09:48:33.622576    1322 prober.go:107] "Probe failed" probeType="Startup" '
             'pod="monitoring/prometheus-k8s-0" containerName="prometheus" '
             'probeResult="failure" output="HTTP probe failed with statuscode: 503"')
    rows = [(0, events, '{"verb":"ADDED","event":{"metadata":{"name":"prometheus-k8s.18bac1",'
                        '"namespace":"monitoring"},"involvedObject":{"kind":"StatefulSet",'
                        '"namespace":"monitoring","name":"prometheus-k8s"},"reason":'
                        '"SuccessfulCreate","message":"create Pod prometheus-k8s-0 in '
                        'StatefulSet prometheus-k8s successful","type":"Normal"}}'),
            (1, prom, 'ts=2026-06-20T09:48:27.111Z caller=main.go:681 level=info '
                      'msg="Starting Prometheus Server" mode=server version="(version=2.55.1)"'),
            (7, kubelet, probe), (17, kubelet, probe.replace("33.622576", "43.377928")),
            (20, prom, 'ts=2026-06-20T09:48:46.305Z level=info component=tsdb '
                       'msg="WAL replay completed"'),
            (26, kubelet, 'I0620 09:48:52.992555 1322 kubelet.go:2542] "SyncLoop (probe)" '
                          'probe="startup" status="started" pod="monitoring/prometheus-k8s-0"')]
    records = [LogRecord(ts=T0 + s * 10**9, labels=labels, line=line) for s, labels, line in rows]
    packed = packed_records(records)
    ext = diagnose(packed, kb=kb, scope_hint="prometheus-k8s-0").extraction
    assert (ext.root_cause_category, ext.severity, ext.component) == (
        "none", "INFO", "prometheus")


def test_a_node_the_cluster_autoscaler_scales_down_going_notready_is_planned(kb):
    from analyzer.engine.diagnose import diagnose
    from retrieval.records import LogRecord
    from tests.conftest import T0

    events = {"job": "loki.source.kubernetes_events"}
    node = "pool-cx42-ca8935a3"

    def event(reason, msg, controller="node-controller"):
        return (f"name={node}.18bb4a1db5addb00 kind=Node action= objectAPIversion=v1 "
                f"reportingcontroller={controller} sourcecomponent={controller} sourcehost= "
                f'reason={reason} type=Normal count=1 msg="{msg}"')

    rows = [(0, event("ScaleDown", "marked the node as toBeDeleted/unschedulable",
                      "cluster-autoscaler")),
            (40, event("NodeNotReady", f"Node {node} status is now: NodeNotReady")),
            (42, event("RemovingNode", f"Node {node} event: Removing Node {node} from "
                                       "Controller"))]
    records = [LogRecord(ts=T0 + s * 10**9, labels=events, line=line) for s, line in rows]

    def verdict(rows_in):
        packed = packed_records(rows_in)
        return diagnose(packed, kb=kb, scope_hint=node).extraction

    assert verdict(records).root_cause_category == "none"
    # without the autoscaler's taint first, a node going NotReady is a node failure
    assert verdict(records[1:]).root_cause_category == "node_failure"


def test_the_kubelets_back_off_delay_says_how_many_times_the_container_restarted(kb):
    from analyzer.engine.diagnose import backoff_restarts, diagnose
    from retrieval.records import LogRecord
    from tests.conftest import T0

    assert [backoff_restarts(f"back-off {d} restarting failed container=x") for d in
            ("10s", "20s", "40s", "1m20s", "2m40s", "5m0s")] == [1, 2, 3, 4, 5, 6]
    assert backoff_restarts("Back-off restarting failed container api") == 1
    app = {"namespace": "logging", "pod": "vector-aggregator-0", "container": "vector"}
    kubelet = {"job": "systemd-journal", "unit": "kubelet.service", "node": "n-1"}

    def backoff(delay):
        return ('E0611 03:20:59.421840 1840 pod_workers.go:1301] "Error syncing pod, skipping" '
                'err="failed to \\"StartContainer\\" for \\"vector\\" with CrashLoopBackOff: '
                f'\\"back-off {delay} restarting failed container=vector '
                'pod=vector-aggregator-0_logging(6bf7809f)\\"" pod="logging/vector-aggregator-0"')

    def severity(delays):
        rows = [(0, app, '2026-06-11T03:20:53.203913Z ERROR vector::cli: Configuration error. '
                         'error=Transform "parse_app_json":')]
        rows += [(10 + 20 * i, kubelet, backoff(d)) for i, d in enumerate(delays)]
        records = [LogRecord(ts=T0 + s * 10**9, labels=labels, line=line)
                   for s, labels, line in rows]
        packed = packed_records(records)
        return diagnose(packed, kb=kb, scope_hint="logging").extraction.severity

    assert severity(["10s"]) == "ERROR"
    # two kubelet lines collapse into one packed line: the longest delay among them counts
    assert severity(["20s", "40s"]) == "CRITICAL"


def test_a_registry_proxy_its_upstream_throttles_is_rate_limited_and_its_failing_pulls_felt(kb):
    """Pods pull through the company's registry proxy, which Docker Hub throttles: the proxy is
    rate limited (only warned about by itself, but the pods that cannot pull through it make
    it ERROR). A node's own pull of a public image that Docker Hub throttles is an image pull
    failure of the pod."""
    proxy = "harbor-core-7d9f4b8c6-x2k9p"
    web = "web-frontend-5f6d7c8b9-q8w2z"
    throttled = ("2026-04-16T13:27:12Z [WARNING] [/server/middleware/repoproxy/proxy.go:147]: "
                 "failed to proxy manifest from https://registry-1.docker.io/v2/library/nginx/"
                 'manifests/1.27: http status code: 429, body: {"errors":[{"code":'
                 '"TOOMANYREQUESTS","message":"You have reached your pull rate limit."}]}')
    pull = ('type=Warning reason=Failed msg="Failed to pull image \\"{ref}\\": failed to pull '
            'and unpack image \\"{ref}\\": failed to resolve reference: unexpected status from '
            'HEAD request to {url}: 429 Too Many Requests"')
    through = pull.format(ref="harbor.corp.internal/proxy/library/nginx:1.27",
                          url="https://harbor.corp.internal/v2/proxy/library/nginx/manifests/1.27")
    ext = _diag(kb, [(0, proxy, throttled), (1, web, through),
                     (2, web, 'type=Warning reason=Failed msg="Error: ErrImagePull"'),
                     (20, proxy, "2026-04-16T13:27:32Z [WARNING] dockerhub-remote: Error while "
                                 "trying to download 'https://registry-1.docker.io/v2/library/"
                                 "redis/manifests/7.4': 429 Too Many Requests - toomanyrequests: "
                                 "You have reached your pull rate limit.")])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "rate_limited", "harbor-core", "ERROR")
    direct = pull.format(ref="docker.io/library/nginx:1.27",
                         url="https://registry-1.docker.io/v2/library/nginx/manifests/1.27")
    ext = _diag(kb, [(1, web, direct),
                     (2, web, 'type=Warning reason=Failed msg="Error: ErrImagePull"')])
    assert (ext.root_cause_category, ext.component) == ("image_pull", "web-frontend")
    proxied = kb.by_id("registry-upstream-throttled").pattern
    assert proxied.search(throttled) and not proxied.search(direct)


def test_the_classifier_votes_on_a_line_of_no_level_only_when_it_says_something_went_wrong(kb):
    """An init container's plain progress line ("Checking database connection and schema
    version") has no level and no word of trouble: the classifier's guess that it is about a
    database is no failure. The same guess on a line that says something failed counts."""
    from analyzer.engine.diagnose import line_signals
    from analyzer.engine.reasoning import Params, line_votes

    pod = "gitlab-webservice-default-7d9f4b8c6-x2k9p"
    quiet, failing = line_signals(packed_from([
        (0, pod, "Checking database connection and schema version"),
        (1, pod, "Checking database connection: could not connect to server")]), kb)
    assert (quiet.level, quiet.worded, failing.worded) == (Level.UNKNOWN, False, True)
    guess = {"database": 0.6, "none": 0.4}
    p = Params()
    for line in (quiet, failing):
        line.probs = dict(guess)
    assert line_votes(quiet, kb, p) == {}
    assert "database" in {cat for cat, _ in line_votes(failing, kb, p)}
    # a wget that cannot resolve a name says "bad address": a word of trouble too
    assert line_signals(packed_from([(0, pod, "wget: bad address 'config-server:8888'")]),
                        kb)[0].worded


def test_a_clients_cluster_block_exception_names_elasticsearch_even_without_its_host(kb):
    """A bulk indexer told that its index is blocked by the flood-stage watermark: the full
    disk is Elasticsearch's, whether or not the line names its host, and whether or not
    Elasticsearch's own lines are in the reading."""
    indexer = "booking-indexer-7d9f4b8c6-x2k9p"
    blocked = ("ResponseError: cluster_block_exception: [cluster_block_exception] Reason: index "
               "[bookings-2026.04] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded "
               "flood-stage watermark, index has read-only-allow-delete block];")
    rows = [(0, indexer, blocked), (9, indexer, blocked.replace("04]", "05]"))]
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.component) == ("resource_exhausted", "elasticsearch")
    ext = _diag(kb, [*rows, (5, "elasticsearch-data-1", "[INFO ][o.e.c.m.MetadataIndexState"
                                                       "Service] closing indices")])
    assert ext.component == "elasticsearch-data"


def test_killed_for_memory_twice_while_the_kubelet_backs_off_its_restart_is_an_oom_loop(kb):
    """Two OOM kills of a container that the kubelet now restarts only after a back-off: the
    same limit will kill it again, it is down (CRITICAL). Two kills it came back from without
    a back-off, or one kill and a back-off, are a failing component (ERROR)."""
    pod = "sidekiq-7d9f4b8c6-x2k9p"
    kill = ("Memory cgroup out of memory: Killed process {} (ruby) total-vm:3296490kB, "
            "anon-rss:2071044kB, file-rss:11240kB, shmem-rss:0kB, UID:1000 oom_score_adj:982")
    back_off = ('type=Warning reason=BackOff msg="Back-off restarting failed container sidekiq '
                f'in pod {pod}_gitlab"')
    twice = [(0, pod, kill.format(41872)), (60, pod, kill.format(44120))]
    ext = _diag(kb, [*twice, (75, pod, back_off)])
    assert (ext.root_cause_category, ext.severity) == ("oom_killed", "CRITICAL")
    assert _diag(kb, twice).severity == "ERROR"
    assert _diag(kb, [twice[0], (15, pod, back_off)]).severity == "ERROR"


def test_a_gateway_throttled_only_in_warnings_is_error_when_its_callers_fail_at_error_level(kb):
    """The payment gateway warns that Stripe answers 429; checkout's requests to it fail,
    logged at error level with no signature of their own: the throttling is felt (ERROR).
    Without the callers' failures it stays a warning."""
    gateway = "payment-gateway-7d9f4b8c6-x2k9p"
    warned = [(s, gateway, 'level=warn msg="stripe call throttled: 429 Too Many Requests, '
                           'retry after 2s" path=/v1/payment_intents') for s in (0, 20, 40)]
    failed = (10, "checkout-api-5f6d7c8b9-q8w2z",
              'level=error msg="payment authorization failed" upstream=payment-gateway:8080')
    assert _diag(kb, warned).severity == "WARN"
    ext = _diag(kb, [*warned, failed])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "rate_limited", "payment-gateway", "ERROR")


def test_spring_failing_to_create_its_flyway_bean_is_the_migrations_failure_not_config(kb):
    pod = "stock-ledger-7cm7gb7p6-xb2jt"
    bean = ("org.springframework.beans.factory.BeanCreationException: Error creating bean with "
            "name '{}' defined in class path resource [org/springframework/boot/autoconfigure/"
            "flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: {}")
    rows = [(0, pod, '2026-02-26T18:05:51.112Z ERROR 1 --- [main] o.f.core.internal.command.'
                     'DbMigrate : Migration of schema "inventory" to version "57 - unique sku" '
                     'failed! Changes successfully rolled back.'),
            (1, pod, bean.format("flywayInitializer", "Invocation of init method failed"))]
    assert _diag(kb, rows).root_cause_category == "database"
    sig = kb.by_id("spring-config").pattern
    assert not sig.search(rows[1][2])
    assert sig.search(bean.format("paymentClient", "Could not resolve property 'api.url'"))


def test_a_celery_worker_connected_to_its_broker_again_ends_the_refusals(kb):
    """Celery's own "Connected to amqp://..." (its prefix stripped by normalization) after
    the broker refused it is a recovery: the outage is over (WARN)."""
    pod = "airflow-worker-7d9f4b8c6-x2k9p"
    refused = ("[2026-02-11 02:15:{:02d},278: ERROR/MainProcess] consumer: Cannot connect to "
               "amqp://airflow:**@rabbitmq.airflow.svc.cluster.local:5672//: [Errno 111] "
               "Connection refused.")
    rows = [(s, pod, refused.format(s)) for s in (2, 8, 22, 44)]
    assert _diag(kb, rows).severity == "ERROR"
    back = (74, pod, "[2026-02-11 02:16:14,478: INFO/MainProcess] Connected to "
                     "amqp://airflow:**@rabbitmq.airflow.svc.cluster.local:5672//")
    ext = _diag(kb, [*rows, back])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "connection_refused", "rabbitmq", "WARN")


def test_the_api_servers_quoted_etcd_errors_name_etcd(kb):
    """The API server and the controllers quote etcd's own error ("etcdserver: mvcc: database
    space exceeded") without its host: that names etcd, whose NOSPACE alarm (raised at
    warning level) leaves the cluster's store taking no writes: down, alone or felt."""
    from analyzer.engine.targets import callee_names

    quoted = ('E0412 03:14:09.310512       1 status.go:71] apiserver received an error that is '
              'not an metav1.Status: rpctypes.EtcdError{code:0x8, desc:"etcdserver: mvcc: '
              'database space exceeded"}: etcdserver: mvcc: database space exceeded')
    assert "etcd" in callee_names(quoted, kb)
    alarm = ('{"level":"warn","ts":"2026-04-12T03:14:02.118Z","caller":"etcdserver/server.go:'
             '2102","msg":"alarm raised","alarm":"NOSPACE","from":"8e9e05c52164694d"}')
    rows = [(0, "etcd-cp-1", alarm), (7, "kube-apiserver-cp-1", quoted),
            (9, "kube-apiserver-cp-1", quoted.replace("03:14:09", "03:14:11"))]

    def etcd(rows):
        views = diagnose(packed_from(rows, namespace="kube-system"), kb=kb).candidates
        return next(v.severity for v in views if v.component == "etcd-cp")

    assert etcd(rows[:1]) == etcd(rows) == "CRITICAL"


def test_a_readiness_probe_failing_after_its_servers_own_start_failure_is_that_failures_echo(kb):
    """JBoss EAP cannot resolve its datasource's ${env...} expression, starts "with errors",
    and then fails its readiness probe: the configuration is the cause, the probe its echo."""
    pod = "claims-processing-z2zw26skl9-gld2m"
    unresolved = ('20:05:08,115 ERROR [org.jboss.as.controller.management-operation] '
                  '(ServerService Thread Pool -- 51) WFLYCTL0013: Operation ("add") failed - '
                  'address: ([("subsystem" => "datasources"), ("data-source" => "ClaimsDS")]) - '
                  'failure description: "WFLYCTL0211: Cannot resolve expression '
                  "'jdbc:postgresql://${env.CLAIMS_DB_HOST}:5432/${env.CLAIMS_DB_NAME}'\"")
    probe = ('I0316 20:05:{:02d}.014000    2210 prober.go:107] "Probe failed" '
             'probeType="Readiness" pod="claims-processing/{}" containerName="eap" '
             'probeResult="failure" output="HTTP probe failed with statuscode: 503"')
    rows = [(0, pod, unresolved),
            *((s, pod, probe.format(s, pod)) for s in (24, 29, 34, 39, 44, 49, 54, 59))]
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.component) == ("config_error", "claims-processing")
    # the probe alone is a probe failure
    assert _diag(kb, rows[1:]).root_cause_category == "probe_failure"


def test_a_throttled_service_that_then_gives_its_work_up_at_error_level_is_error(kb):
    """Graph throttles the mailer (a warning), and the mailer dead-letters the notices it could
    not send (its own error-level lines, no signature of their own): the throttling is felt
    (ERROR). Throttled and still delivering, it is a warning."""
    pod = "notification-service-7d9f4b8c6-x2k9p"
    throttled = ('{"level":"warn","msg":"Graph sendMail throttled for mailbox noreply: 429 Too '
                 'Many Requests, ApplicationThrottled, retry after 30s","attempt":5}')
    gave_up = ('{"level":"error","msg":"Renewal notice for policy P-11864994 moved to '
               'dead-letter topic policy.renewal-notices.dlq after 5 attempts"}')
    warned = [(s, pod, throttled) for s in (0, 30)]
    assert _diag(kb, warned).severity == "WARN"
    ext = _diag(kb, [*warned, (35, pod, gave_up)])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "rate_limited", "notification-service", "ERROR")


def test_a_kubelet_whose_client_certificate_is_never_renewed_has_a_certificate_problem(kb):
    node = {"job": "node/journal", "unit": "kubelet.service", "node": "k8s-bm-w03"}
    unsigned = ('E0107 06:11:05.234850    2817 certificate_manager.go:562] "Failed while '
                'requesting a signed certificate from the control plane" err="certificate '
                'request was not signed: timed out waiting for the condition" '
                'logger="kubernetes.io/kube-apiserver-client-kubelet"')
    ext = diagnose(packed_rows([(0, node, unsigned), (30, node, unsigned)]), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("tls_certificate", "k8s-bm-w03")


def test_a_jupyter_setting_of_the_wrong_type_is_configuration(kb):
    """KubeSpawner refuses a profile's ``cpu_limit`` of '4 cores' (traitlets checks a
    setting's type): every spawn with that profile fails with a 500, a configuration fault
    rather than a bug of the hub's own."""
    pod = "hub-8zrcfdkpm-56n5l"
    trait = ("The 'cpu_limit' trait of a KubeSpawner instance expected a float or None, not "
             "the str '4 cores'.")
    rows = [(s, pod, line) for s in (0, 80) for line in (
        f"[E 2026-03-04 09:11:10.103 JupyterHub user:884] Unhandled error starting "
        f"mpetrov's server: {trait}",
        f"traitlets.traitlets.TraitError: {trait}",
        "[E 2026-03-04 09:11:10.114 JupyterHub log:191] 500 POST /hub/spawn/mpetrov "
        "(mpetrov@10.42.0.1) 126.60ms")]
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.component) == ("config_error", "hub")
    # another unhandled error of the hub's is no configuration fault
    other = [(s, pod, line.replace(trait, "'NoneType' object has no attribute 'spawn'"))
             for s, pod, line in rows]
    assert _diag(kb, other).root_cause_category != "config_error"


def test_a_task_failing_on_a_value_its_config_file_gives_is_configuration(kb):
    """A Celery task raises ValueError on a setting of its config file (complevel 12 where
    0-9 is allowed): the file is the cause, not a bug in the task's code; another
    ValueError of the task's is an application error."""
    pod = "netcdf-converter-zfhp6ntw4c-fcsxr"
    bad = ("invalid value for output.complevel in /etc/converter/config.yaml: 12 (must be an "
           "integer 0-9)")
    rows = [(s, pod, line) for s in (0, 8, 16) for line in (
        f"[2026-03-05 06:12:16,073: ERROR/ForkPoolWorker-3] Task converter.tasks.to_netcdf"
        f"[aac7561f-949e-40f0-af92-13{s:02d}a836b10c] raised unexpected: ValueError('{bad}')",
        "Traceback (most recent call last):",
        '  File "/app/converter/encoding.py", line 31, in encoding_for',
        f"ValueError: {bad}")]
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.component) == ("config_error", "netcdf-converter")
    other = [(s, who, line.replace(bad, "could not broadcast input array from shape (3,)"))
             for s, who, line in rows]
    assert _diag(kb, other).root_cause_category == "application_error"


def test_lookups_failing_while_the_nodes_dns_cache_is_replaced_are_that_restarts(kb):
    """node-local-dns's pod on a node is stopped and its replacement starts seconds later:
    the clients' lookups that failed in between are its restart's, over once it is back."""
    cache_old, cache_new = "node-local-dns-rg462", "node-local-dns-l9mg4"
    stop = (0, cache_old, f'type=Normal reason=Killing kind=Pod name={cache_old} '
                          'msg="Stopping container node-cache"')
    failed = [(s, "hep-submit-29533743-v6wk4",
               "ERROR submit: job submission failed, will retry in 10s: Failed to resolve "
               "'hep-head-svc.ray-jobs.svc.cluster.local' ([Errno -3] Temporary failure in name "
               f"resolution) n={s}") for s in (3, 6, 9)]
    start = (10, cache_new, f'type=Normal reason=Started kind=Pod name={cache_new} '
                            'msg="Started container node-cache"')
    ext = _diag(kb, [stop, *failed, start])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "dns_resolution", "node-local-dns", "WARN")
    # lookups failing long after the cache came back are not its restart's
    late = [(s + 120, who, line) for s, who, line in failed]
    assert _diag(kb, [stop, start, *late]).component == "hep-submit"
    # nor are they when no DNS provider was replaced
    assert _diag(kb, failed).component == "hep-submit"
    # the cache's own words as it goes and comes back (no Kubernetes event read) say as much
    said = [(0, cache_old, "2026/03/22 20:12:36 [INFO] SIGTERM: Shutting down servers then "
                           "terminating"),
            *failed,
            (10, cache_new, "2026/03/22 20:13:14 [INFO] Starting node-cache image: "
                            "1.23.1-gke.0")]
    assert _diag(kb, said).component == "node-local-dns"
    # its stop read with no start after it (the new pod's banner is no warning, so it is
    # not fetched): the failures right after the stop are still its; a minute later not
    assert _diag(kb, [said[0], *failed]).component == "node-local-dns"
    assert _diag(kb, [said[0], *late]).component == "hep-submit"


def test_a_client_that_reads_stale_data_from_a_replica_reports_its_lag(kb):
    """A client comparing a replica's answer with the primary's ("read stale data (replica
    shows 132 jars, primary 12); retrying against primary") reports a lagging replica: a
    database that serves, behind (WARN), however the retry ends."""
    orders = "wholesale-orders-d2khm8hfd-cdvmx"
    rows = [(s, orders, f"2026-04-22 09:22:{s:02d},216 [ERROR] from services.StockService - "
                        f"Stock check for WO-2026-0461{n} read stale data (replica shows "
                        f"{132 - 40 * n} jars, primary 12); retrying against primary")
            for n, s in ((1, 12), (2, 19), (3, 23))]
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.severity) == ("database", "WARN")
    # a cache's stale entry is no replica's
    cache = [(s, orders, f"2026-04-22 09:22:{s:02d},216 [WARN] stock cache served stale data "
                         "for ACACIA-340G; refreshing") for s in (12, 19)]
    assert _diag(kb, cache).root_cause_category != "database"


def test_a_number_that_does_not_parse_is_a_config_error_only_when_a_setting_held_it(kb):
    """Java's NumberFormatException says only that a string was no number. A rider's "DNF"
    in the data an actor computes on is the program's bug (application_error); Spring
    failing to bind a property to an Integer for it is a setting's (config_error)."""
    feed = "tv-graphics-feed-j6lgzm2bt-bcq88"
    data = [(0, feed, "[ERROR] [04/16/2026 15:43:39.331] [graphics-akka.actor.default-"
                      "dispatcher-12] [akka://graphics/user/gap-calculator] gap calculation "
                      "aborted for group 3"),
            (0, feed, "java.lang.IllegalStateException: gap calculation aborted for group 3"),
            (0, feed, '\tat race.graphics.GapCalculator.compute(GapCalculator.scala:77)'),
            (0, feed, 'Caused by: java.lang.NumberFormatException: For input string: "DNF"')]
    assert _diag(kb, data).root_cause_category == "application_error"
    intake = "grain-intake-5c8d7b9f4-qx2lp"
    bind = [(0, intake, "Failed to bind properties under 'logistics.weighbridge.port' to "
                        "java.lang.Integer:"),
            (0, intake, "    Reason: failed to convert java.lang.String to java.lang.Integer "
                        '(caused by java.lang.NumberFormatException: For input string: '
                        '"${WEIGHBRIDGE_PORT}")')]
    assert _diag(kb, bind).root_cause_category == "config_error"


def test_a_workload_serving_its_cached_copy_of_what_it_cannot_fetch_is_degraded(kb):
    """A feed whose TLS fetch of its source fails on an unknown issuer says it serves its
    cached schedule: it answers, degraded (WARN); the same failures with no such line are an
    ERROR. A caller serving a stale copy of what a refusing Redis holds does not make the
    Redis any better: that mitigation is the writer's own (component: self)."""
    feed = "or-schedule-feed-spq97bbss-s62j9"
    failed = [(s, feed, "javax.net.ssl.SSLHandshakeException: PKIX path building failed: "
                        "sun.security.provider.certpath.SunCertPathBuilderException: unable "
                        f"to find valid certification path to requested target n={s}")
              for s in (3, 72)]
    cached = [(s + 4, feed, "2026-06-26 09:45:31.487 [DefaultDispatcher-worker-2] WARN  "
                            "c.h.spd.orfeed.HL7Sync - Serving cached OR schedule (age 14 min, "
                            "212 cases)") for s in (3, 72)]
    ext = _diag(kb, sorted([*failed, *cached]))
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "tls_certificate", "or-schedule-feed", "WARN")
    assert _diag(kb, failed).severity == "ERROR"
    bracket = "bracket-svc-lfzbjwbc28-v9khf"
    refused = [(s, bracket, f"02:42:{s:02d}.412 [error] Failed to connect to Redis (redis-"
                            "bracket.esports-bracket.svc.cluster.local:6379): connection "
                            "refused") for s in (9, 19, 39, 52)]
    stale = (55, bracket, "02:43:09.190 [warning] bracket cache for spring-major is 212s old "
                          "(redis unavailable), serving stale copy")
    ext = _diag(kb, [*refused, stale])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "connection_refused", "redis-bracket", "ERROR")
    # Caddy refused a renewal by the ACME server's rate limit, keeping its still-valid one
    caddy = "caddy-live-zsgzjh7dlw-b8gnq"
    limited = [(s, caddy, '{"level":"error","logger":"tls.renew","msg":"will retry","error":'
                          '"[live.example] Renew: renewing certificate: HTTP 429 urn:ietf:params:'
                          'acme:error:rateLimited - too many certificates already issued for '
                          f'this exact set of domains","attempt":{n}}}')
               for n, s in ((1, 4), (2, 9))]
    kept = (12, caddy, '{"level":"info","logger":"tls","msg":"certificate is valid for 6 more '
                       'days; continuing to serve cached certificate"}')
    assert _diag(kb, limited).severity == "ERROR"
    ext = _diag(kb, [*limited, kept])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "rate_limited", "caddy-live", "WARN")


def test_coredns_banner_after_lookups_failed_across_its_restart_says_it_is_back(kb):
    """CoreDNS's old pods stop, its clients' lookups time out, and a new pod prints its
    version banner ("CoreDNS-1.11.1", no "Starting" word) after the last failure: its restart
    was the cause and it is over (WARN). With no banner after them the failures go on."""
    old, new = "coredns-lq85jn57g-wq7fn", "coredns-sxrvmwhfhn-mq6jv"
    stop = (0, old, "[INFO] SIGTERM: Shutting down servers then terminating")
    failed = [(s, "decoder-bridge-s86v96nqf-49dsm",
               '{"level":"error","error":"Post \\"http://results-api.racetiming.svc.cluster.'
               'local:8080/v1/passings\\": dial tcp: lookup results-api.racetiming.svc.cluster'
               '.local on 10.43.0.10:53: read udp 10.42.5.15:40211->10.43.0.10:53: i/o '
               f'timeout","n":{s}}}') for s in (7, 8, 13)]
    banner = (25, new, "CoreDNS-1.11.1")
    ext = _diag(kb, [stop, *failed, banner])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "dns_resolution", "coredns", "WARN")
    assert _diag(kb, [stop, *failed]).severity == "ERROR"
    # a version banner of something else is no start of CoreDNS
    other = (25, new, "CoreDNS plugin list: 1.11.1")
    assert _diag(kb, [stop, *failed, other]).severity == "ERROR"


def test_a_dns_cache_whose_clients_rode_its_timeouts_out_on_retry_recovered(kb):
    """NodeLocal DNSCache times out asking its upstream; its client's lookups fail, and its
    client reports success on a later attempt after the cache's last error: ridden out,
    WARN. The cache still failing after that success, while its client only warns and
    retries, is intermittent trouble the client rides out: WARN too. The same failures with
    no success after them, or a client that then gives up at error level, go on: ERROR."""
    cache = "node-local-dns-47wdv"
    errors = [(s, cache, f"[ERROR] plugin/errors: 2 feeds.homegrid-mls.com. A: read udp "
                         f"169.254.20.10:{50000 + s}->169.254.169.254:53: i/o timeout")
              for s in (3, 5, 9, 12, 16, 20, 25, 28, 31)]
    sync = "listing-sync-tz6hwkw7hx-7dmkg"
    failed = [(s, sync, f"2026-02-23 10:30:{s:02d},000 WARNING [listing_sync.client] attempt "
                        f"{n}/5 failed: Failed to resolve 'feeds.homegrid-mls.com' ([Errno -3] "
                        f"Temporary failure in name resolution)")
              for n, s in ((1, 8), (2, 17), (3, 26))]
    ok = (40, sync, "2026-02-23 10:30:40,136 INFO [listing_sync.client] attempt 4/5 succeeded")
    ext = _diag(kb, [*errors, *failed, ok])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "dns_resolution", "node-local-dns", "WARN")
    assert _diag(kb, [*errors, *failed]).severity == "ERROR"
    still = [(s + 45, who, line) for s, who, line in errors[:4]]
    assert _diag(kb, [*errors, *failed, ok, *still]).severity == "WARN"
    gave_up = (75, sync, "2026-02-23 10:31:15,000 ERROR [listing_sync.client] attempt 5/5 "
                         "failed: Failed to resolve 'feeds.homegrid-mls.com' ([Errno -3] "
                         "Temporary failure in name resolution)")
    assert _diag(kb, [*errors, *failed, ok, *still, gave_up]).severity == "ERROR"


def test_a_resolver_that_answers_a_timed_out_name_again_recovered(kb):
    """CoreDNS times out forwarding one name, then its query log answers that name
    (NOERROR): its upstream answers again, so the timeouts were intermittent (WARN). Answers
    for other names after the timeouts, or none at all, leave it failing: ERROR."""
    dns = "coredns-7d9f4b8c6-m2rdn"

    def query(s: int, name: str) -> tuple[int, str, str]:
        return (s, dns, f'[INFO] 10.42.1.{s}:5{s:04d} - {s}1 "A IN {name}. udp 59 false 512" '
                        f"NOERROR qr,rd,ra 218 0.002610s")

    timeouts = [(s, dns, f"[ERROR] plugin/errors: 2 maps.googleapis.com. A: read udp "
                         f"10.42.0.29:{42000 + s}->8.8.8.8:53: i/o timeout") for s in (10, 30)]
    before = [query(2, "maps.googleapis.com"), query(5, "orders.shop.svc.cluster.local")]
    again = _diag(kb, [*before, *timeouts, query(40, "maps.googleapis.com")])
    assert (again.root_cause_category, again.component, again.severity) == (
        "dns_resolution", "coredns", "WARN")
    assert _diag(kb, [*before, *timeouts]).severity == "ERROR"
    assert _diag(kb, [*before, *timeouts, query(40, "orders.shop.svc.cluster.local")]
                 ).severity == "ERROR"


def _evicted(s: int, pod: str) -> tuple[int, str, str]:
    return (s, "alloy-events", f"name={pod}.3401209d0150c{s:03d} kind=Pod action= "
                               "objectAPIversion=v1 reason=Evicted type=Warning "
                               "sourcecomponent=kubelet sourcehost=edge-01 msg=\"Pod ephemeral "
                               "local storage usage exceeds the total limit of containers 2Gi. \"")


@pytest.mark.parametrize(("pods", "severity"), [
    # a Deployment's pod evicted, its replacement evicted again: nothing of it stays up
    (["radar-ingest-rq4vtfc8k7-8vr96", "radar-ingest-rq4vtfc8k7-4wjmk"], "CRITICAL"),
    # a StatefulSet's replicas evicted one after the other
    (["live-packager-2", "live-packager-0"], "CRITICAL"),
    # one eviction; CI agents and Spark executors are no service (their jobs fail: ERROR)
    (["radar-ingest-rq4vtfc8k7-8vr96"], "ERROR"),
    (["jenkins-agent-maven-nv9f2", "jenkins-agent-maven-rh78c"], "ERROR"),
    (["sessionize-d727bda5-exec-3", "sessionize-d727bda5-exec-6"], "ERROR"),
    # Karpenter evicting them on purpose (a Normal event) is no loop
    (["normal:radar-ingest-rq4vtfc8k7-8vr96", "normal:radar-ingest-rq4vtfc8k7-4wjmk"], "ERROR"),
])
def test_a_service_whose_pods_are_evicted_one_after_the_other_is_down(kb, pods, severity):
    rows = []
    for i, pod in enumerate(pods):
        planned = pod.startswith("normal:")
        pod = pod.removeprefix("normal:")
        event = _evicted(60 * i + 5, pod)
        if planned:
            event = (event[0], event[1], event[2].replace("type=Warning", "type=Normal"))
        rows += [(60 * i, pod, "ERROR spool write failed: No space left on device"), event]
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.severity) == ("resource_exhausted", severity)


def test_callers_refused_by_a_deployment_scaled_to_no_pod_is_critical(kb):
    """A sync sets pgbouncer's replicas to 0: its callers' connections are refused and
    nothing is left to answer them (CRITICAL); a rollout scaling its old ReplicaSet to 0
    while the new one grows is no such thing."""
    def scaled(s: int, how: str, rs: str, n: int) -> tuple[int, str, str]:
        return (s, "event-exporter-86cfvmcdj-9x27c",
                f'{{"reason":"ScalingReplicaSet","type":"Normal","involvedObject":{{"kind":'
                f'"Deployment","namespace":"payments","name":"pgbouncer"}},"message":"Scaled '
                f'{how} replica set {rs} to {n} from 2"}}')

    refused = [(s, "refunds-worker-dmmcbr4zm-qfks7",
                'ERROR refunds.worker: refund batch failed: connection to server at '
                '"pgbouncer.payments.svc" (172.30.68.123), port 6432 failed: Connection refused'
                f" n={s}") for s in (5, 20, 35, 50)]
    emptied = _diag(kb, [scaled(0, "down", "pgbouncer-kkxlhnt6n5", 0), *refused])
    assert (emptied.root_cause_category, emptied.component, emptied.severity) == (
        "connection_refused", "pgbouncer", "CRITICAL")
    rollout = _diag(kb, [scaled(0, "up", "pgbouncer-7c9d5f8b6", 2),
                         scaled(1, "down", "pgbouncer-kkxlhnt6n5", 0), *refused])
    assert (rollout.component, rollout.severity) == ("pgbouncer", "ERROR")
    assert _diag(kb, refused).severity == "ERROR"


def test_refusals_of_a_bare_address_are_the_deployment_scaled_to_no_pod(kb):
    """keycard-proxy is scaled to 0; keys-api's connections to its cluster IP are refused
    again and again (Node's "connect ECONNREFUSED 10.43.118.20:8443": no name), and one of
    its health lines names keycard-proxy with no endpoint. The workload with no pod is the
    cause (CRITICAL), not the caller whose refusals outnumber it. With nothing scaled to
    0, the caller's refusals stay its own."""
    scaled = (0, "event-exporter-86cfvmcdj-9x27c",
              '{"reason":"ScalingReplicaSet","type":"Normal","involvedObject":{"kind":'
              '"Deployment","namespace":"ship","name":"keycard-proxy"},"message":"Scaled '
              'down replica set keycard-proxy-5f6d7c8b9 to 0 from 2"}')
    refused = [(s, "keys-api-7d9f4b8c6-x2k9p",
                '{"level":"error","message":"encode request failed","error":{"code":'
                '"ECONNREFUSED","errno":-111,"syscall":"connect","address":"10.43.118.20",'
                '"port":8443,"message":"connect ECONNREFUSED 10.43.118.20:8443"},"cabin":'
                f'"{7200 + s}"}}') for s in (8, 12, 19, 31, 58)]
    health = (40, "keys-api-7d9f4b8c6-x2k9p",
              '{"level":"error","message":"health dependency down","dependency":'
              '"keycard-proxy","reason":"service keycard-proxy has no endpoints"}')
    ext = _diag(kb, [scaled, *refused, health])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "connection_refused", "keycard-proxy", "CRITICAL")
    assert _diag(kb, [*refused, health]).component == "keys-api"


def test_callers_refused_by_a_host_service_stopped_and_not_started_again_is_critical(kb):
    """An operator stops postgresql@16-main.service on a plain host before an upgrade and
    does not start it again: the API on the same host is refused on every request, and
    nothing answers it (CRITICAL). Started again afterwards, it is answering again (the same
    refusals are no outage)."""
    journal = {"host": "ploughmap01", "job": "systemd-journal"}
    init, api = {**journal, "unit": "init.scope"}, {**journal, "unit": "ploughmap-api.service"}
    stop = [(0, init, "Stopping postgresql@16-main.service - PostgreSQL Cluster 16-main..."),
            (1, {**journal, "unit": "postgresql@16-main.service"},
             "2026-12-10 06:57:33.984 UTC [1012] LOG:  received fast shutdown request"),
            (2, init, "postgresql@16-main.service: Deactivated successfully."),
            (3, init, "Stopped postgresql@16-main.service - PostgreSQL Cluster 16-main.")]
    refused = [(s, api, "[ERROR] ploughmap.api: GET /api/positions?zone=north -> 503: sqlalchemy"
                        ".exc.OperationalError: (psycopg2.OperationalError) connection to server "
                        f'at "127.0.0.1", port 5432 failed: Connection refused n={s}')
               for s in (10, 25, 40, 55)]
    stopped = diagnose(packed_rows(stop + refused), kb=kb).extraction
    assert (stopped.root_cause_category, stopped.component, stopped.severity) == (
        "connection_refused", "postgresql", "CRITICAL")
    started = stop + refused + [
        (60, init, "Started postgresql@16-main.service - PostgreSQL Cluster 16-main.")]
    assert diagnose(packed_rows(started), kb=kb).extraction.severity != "CRITICAL"


def test_a_unit_stopped_as_a_syslog_file_reads_it_is_down_too(kb):
    """The same stop as a syslog file's lines carry it, with the host and ``systemd[1]:``
    before the message (an unattended upgrade stopped pgbouncer.service on the database's
    host, and policy-rc.d kept it from starting again): the API refused on the pooler's
    port from another machine is down (CRITICAL); started again, it is not."""
    host = {"host": "cad-db-01", "job": "syslog", "app": "systemd"}
    api = {"namespace": "dispatch", "pod": "cad-api-5f7d9c8b6-t4kxw", "container": "cad-api"}
    stop = [(0, host, "Jan 09 05:41:19 cad-db-01 systemd[1]: Stopping pgbouncer.service - "
                      "connection pooler for PostgreSQL..."),
            (0, {**host, "app": "pgbouncer", "unit": "pgbouncer.service"},
             "2026-01-09 05:41:19.118 UTC [1288] LOG got SIGTERM, fast exit"),
            (1, host, "Jan 09 05:41:19 cad-db-01 systemd[1]: Stopped pgbouncer.service - "
                      "connection pooler for PostgreSQL.")]
    refused = [(s, api, f"2026-01-09T05:41:{20 + s}.931Z ERROR 1 --- [cad-api] [nio-8080-exec-4]"
                        " o.h.engine.jdbc.spi.SqlExceptionHelper : Connection to "
                        "cad-db.dispatch.internal:6432 refused. Check that the hostname and port"
                        " are correct and that the postmaster is accepting TCP/IP connections.")
               for s in (5, 15, 25, 35)]
    stopped = diagnose(packed_rows(stop + refused), kb=kb).extraction
    assert (stopped.root_cause_category, stopped.component, stopped.severity) == (
        "connection_refused", "pgbouncer", "CRITICAL")
    started = [*stop, *refused, (40, host, "Jan 09 05:42:00 cad-db-01 systemd[1]: Started "
                                           "pgbouncer.service - connection pooler for PostgreSQL.")]
    assert diagnose(packed_rows(started), kb=kb).extraction.severity == "ERROR"


def test_a_deployment_rolled_onto_new_pods_that_all_crash_is_down(kb):
    """A Recreate rollout scales the old ReplicaSet to 0 and every pod of the new one fails
    its schema migration and is backed off: nothing of the API serves (CRITICAL). One new
    pod not backed off, or old pods never scaled away, leave it ERROR."""
    def scaled(s: int, how: str, rs: str, n: int) -> tuple[int, str, str]:
        return (s, "event-exporter-86cfvmcdj-9x27c",
                f'{{"reason":"ScalingReplicaSet","type":"Normal","involvedObject":{{"kind":'
                f'"Deployment","namespace":"shop","name":"checkout-api"}},"message":"Scaled '
                f'{how} replica set {rs} to {n} from 3"}}')

    def crash(s: int, pod: str) -> list[tuple[int, str, str]]:
        return [(s, pod, "ERROR 1 --- [main] o.f.core.internal.command.DbMigrate : Migration of "
                         'schema "public" to version "17 - add index" failed! Changes '
                         "successfully rolled back."),
                (s + 2, pod, f'type=Warning reason=BackOff msg="Back-off restarting failed '
                             f'container checkout-api in pod {pod}"')]

    new = ["checkout-api-5b6c8d7f94-j4rcw", "checkout-api-5b6c8d7f94-n7dkh"]
    roll = [scaled(0, "down", "checkout-api-7f9b6d5c84", 0),
            scaled(1, "up", "checkout-api-5b6c8d7f94", 2)]
    rows = roll + crash(5, new[0]) + crash(9, new[1])
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "database", "checkout-api", "CRITICAL")
    started = (12, "checkout-api-5b6c8d7f94-q8zvw", "INFO 1 --- [main] Started CheckoutApp")
    assert _diag(kb, [*rows, started]).severity == "ERROR"
    assert _diag(kb, roll[1:] + crash(5, new[0]) + crash(9, new[1])).severity == "ERROR"


def test_a_deployment_rolled_onto_new_pods_that_no_node_has_room_for_is_down(kb):
    """A Recreate rollout scales the old ReplicaSet to 0 and no node has room for any pod of
    the new one: nothing of the wallet serves (CRITICAL). Old pods never scaled away leave
    it ERROR."""
    def scaled(s: int, how: str, rs: str, n: int) -> tuple[int, str, str]:
        return (s, "event-exporter-86cfvmcdj-9x27c",
                f"type=Normal reason=ScalingReplicaSet object=deployment/wallet-api "
                f'message="Scaled {how} replica set {rs} to {n} from 3"')

    def pending(s: int, pod: str) -> tuple[int, str, str]:
        return (s, "event-exporter-86cfvmcdj-9x27c",
                f"type=Warning reason=FailedScheduling object=pod/{pod} message=\"0/9 nodes "
                "are available: 3 Insufficient cpu, 6 node(s) didn't match Pod's node "
                'affinity/selector."')

    roll = [scaled(0, "down", "wallet-api-7f9b6d5c84", 0),
            scaled(1, "up", "wallet-api-5b6c8d7f94", 3)]
    waits = [pending(5, "wallet-api-5b6c8d7f94-j4rcw"), pending(9, "wallet-api-5b6c8d7f94-n7dkh")]
    ext = _diag(kb, roll + waits)
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "scheduling", "wallet-api", "CRITICAL")
    assert _diag(kb, roll[1:] + waits).severity == "ERROR"


def test_a_workload_whose_only_pods_wait_for_a_node_while_callers_are_refused_is_down(kb):
    """The alarm router's pod cannot be scheduled and writes nothing, and its callers'
    connections to it are refused (its Service has no endpoint): nothing of it serves
    (CRITICAL). Its pending pods alone, no caller refused, leave it ERROR; so does a router
    whose own pods still write."""
    events = {"namespace": "wind-scada", "job": "loki.source.kubernetes_events"}
    pending = [(s, events, "name=turbine-alarm-router-f57xzld2p9-hnn6z kind=Pod "
                           "sourcecomponent=default-scheduler reason=FailedScheduling "
                           'type=Warning msg="0/7 nodes are available: 3 node(s) had '
                           "untolerated taint {wind.example/edge: true}, 4 node(s) didn't "
                           "match Pod's node affinity/selector.\"") for s in (0, 60)]
    collector = {"namespace": "wind-scada", "pod": "turbine-collector-hlblf8tv5c-k2wcj",
                 "app": "turbine-collector"}
    refused = [(s, collector, f"2026-04-20T15:30:{s:02d}.440575+00:00 error: alarm forward "
                              'failed: {failed_connect,[{to_address,{"turbine-alarm-router.'
                              'wind-scada.svc",9400}},{inet,[inet],econnrefused}]} '
                              "alarm=WT-17/PITCH_FAULT_2") for s in (2, 7, 11)]
    ext = diagnose(packed_rows(pending + refused), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "scheduling", "turbine-alarm-router", "CRITICAL")
    assert diagnose(packed_rows(pending), kb=kb).extraction.severity == "ERROR"
    router = {"namespace": "wind-scada", "pod": "turbine-alarm-router-f57xzld2p9-9kq2d",
              "app": "turbine-alarm-router"}
    serving = (30, router, "2026-04-20T15:30:30Z info: forwarded 12 alarms to the control room")
    ext = diagnose(packed_rows(pending + refused + [serving]), kb=kb).extraction
    assert ext.severity == "ERROR"


def test_a_deployment_rolled_onto_new_pods_that_cannot_pull_their_image_is_down(kb):
    """The old ReplicaSet scaled to 0 before the new one's pods pulled their image, and the
    tag does not exist: no pod of the feed serves (CRITICAL). Old pods never scaled away
    leave it ERROR."""
    def scaled(s: int, how: str, rs: str, n: int) -> tuple[int, str, str]:
        return (s, "event-exporter-86cfvmcdj-9x27c",
                f"type=Normal reason=ScalingReplicaSet kind=Deployment name=tv-graphics-feed "
                f'msg="Scaled {how} replica set {rs} to {n}"')

    def unpulled(s: int, pod: str) -> tuple[int, str, str]:
        return (s, "event-exporter-86cfvmcdj-9x27c",
                f"type=Warning reason=Failed kind=Pod name={pod} msg=\"Failed to pull image "
                '\\"registry.race.example/broadcast/tv-graphics-feed:4.2.0\\": rpc error: code '
                '= NotFound desc = failed to pull and unpack image: not found"')

    roll = [scaled(0, "down", "tv-graphics-feed-ncsxkblzvn", 0),
            scaled(2, "up", "tv-graphics-feed-tcg5d2dprb", 2)]
    failed = [unpulled(9, "tv-graphics-feed-tcg5d2dprb-5sdpq"),
              unpulled(12, "tv-graphics-feed-tcg5d2dprb-l46sc")]
    ext = _diag(kb, roll + failed)
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "image_pull", "tv-graphics-feed", "CRITICAL")
    assert _diag(kb, roll[1:] + failed).severity == "ERROR"


def test_a_readiness_probe_that_passes_again_ended_its_failure(kb):
    """A pod's readiness probe timing out at peak (the ingress answering 503 meanwhile), then
    the kubelet's "SyncLoop (probe)" probe="readiness" status="ready": it rejoined its
    Service (WARN), where still failing is worse. A pod's probe passing says nothing of its
    node's own fault."""

    def read(rows):
        return diagnose(packed_rows(rows), kb=kb).extraction

    kubelet = {"job": "kubelet", "node": "ip-10-42-5-201"}
    failed = [(s, kubelet, f'I0806 09:05:{s:02d}.534625    2187 prober.go:107] "Probe failed" '
                           'probeType="Readiness" pod="ticketing/showtime-api-7d9f4b8c6-x2k9p" '
                           'containerName="showtime-api" probeResult="failure" output="Get '
                           '\\"http://10.42.5.19:8080/health\\": context deadline exceeded"')
              for s in (12, 29, 41)]
    failed.append((37, {"namespace": "ingress-nginx", "pod": "ingress-nginx-controller-7d9f4"
                                                             "b8c6-x2k9p"},
                   '10.42.0.12 - - [06/Aug/2026:09:05:37 +0000] "GET /api/showtimes HTTP/1.1" '
                   '503 190 "-" "CineGoApp/5.14.2" 498 0.000 [ticketing-showtime-api-8080] [] - '
                   "- - - fc978a00c8fc8f6a83894409cdb3bcb1"))
    failed.append((20, {"namespace": "ticketing", "pod": "showtime-api-7d9f4b8c6-x2k9p"},
                   "INFO c.c.showtime.ShowtimeController - site=LDN-04 showtimes=84 in 212ms"))
    failed.sort(key=lambda r: r[0])
    ready = (55, kubelet, 'I0806 09:05:55.155544    2187 kubelet.go:2542] "SyncLoop (probe)" '
                          'probe="readiness" status="ready" '
                          'pod="ticketing/showtime-api-7d9f4b8c6-x2k9p"')
    assert read(failed).severity in ("ERROR", "CRITICAL")
    ext = read([*failed, ready])
    assert (ext.root_cause_category, ext.severity) == ("probe_failure", "WARN")
    node = {"job": "node/kernel", "node": "ip-10-42-5-201"}
    fault = [(s, node, f"[3308143.7000{s}] NVRM: Xid (PCI:0000:41:00): 79, pid=247, GPU has "
                       "fallen off the bus.") for s in (10, 20, 30)]
    again = (55, kubelet, ready[2].replace("ticketing/showtime-api-7d9f4b8c6-x2k9p",
                                           "gpu-operator/nvidia-dcgm-exporter-5nscc"))
    assert read(fault).severity == read([*fault, again]).severity


def test_a_job_that_completed_after_its_pod_failed_recovered(kb):
    """A Job's first pod runs out of memory; its replacement runs, and the Job
    controller says the Job completed: the work got done (WARN, still reported). No
    completion, or one of an earlier run before the kill, leaves it ERROR."""
    events = {"namespace": "webcams", "job": "kube-events"}
    first = {"namespace": "webcams", "pod": "timelapse-29496930-8xk4p", "app": "timelapse"}
    second = {**first, "pod": "timelapse-29496930-qz7wd"}

    def completed(s: int, run: str) -> tuple[int, dict[str, str], str]:
        return (s, events, f"type=Normal reason=Completed kind=Job name=timelapse-{run} "
                           'sourcecomponent=job-controller msg="Job completed"')

    rows = [(0, first, "2026-01-30 23:30:02,388 INFO timelapse: building camera=summit-east"),
            (120, first, 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap '
                         "space"),
            (125, second, "2026-01-30 23:32:06,434 INFO timelapse: building camera=summit-east"),
            (290, second, "2026-01-30 23:34:51,515 INFO timelapse: wrote summit-east.mp4")]
    done = diagnose(packed_rows([*rows, completed(291, "29496930")]), kb=kb).extraction
    assert (done.root_cause_category, done.component, done.severity) == (
        "oom_killed", "timelapse", "WARN")
    assert diagnose(packed_rows(rows), kb=kb).extraction.severity == "ERROR"
    earlier = diagnose(packed_rows([completed(-3600, "29496870"), *rows]), kb=kb).extraction
    assert earlier.severity == "ERROR"


def test_a_hosts_oom_kill_is_the_workload_whose_pod_a_new_one_replaced(kb):
    """The node's kernel kills a python3 process; the only pod of invoice-report falls
    silent and a new pod of it writes after the kill: the kill was invoice-report's. Without
    the replacement too: it is the one workload that wrote on that node before the kill
    (``test_a_kill_for_memory_of_a_process_named_after_no_workload_is_the_one_writing_there``);
    with another workload writing there as well, the node's own."""
    journal = {"job": "systemd-journal", "hostname": "nuc-office-3", "node": "nuc-office-3"}
    old = {"namespace": "reports", "pod": "invoice-report-7g288", "app": "invoice-report",
           "node": "nuc-office-3"}
    new = {**old, "pod": "invoice-report-5t2wr"}
    rows = [(0, old, "2026-03-09 01:15:36,126 INFO report.pdf: rendered 120/666 statements"),
            (60, old, "2026-03-09 01:16:36,126 INFO report.pdf: rendered 444/666 statements"),
            (70, journal, "python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, "
                          "oom_score_adj=999"),
            (71, journal, "Memory cgroup out of memory: Killed process 22979 (python3) "
                          "total-vm:1398212kB, anon-rss:517755kB, file-rss:11264kB")]
    later = [(300, new, "2026-03-09 01:21:36,126 INFO report.pdf: statements written: 666")]
    ext = diagnose(packed_rows(rows + later), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("oom_killed", "invoice-report")
    assert diagnose(packed_rows(rows), kb=kb).extraction.component == "invoice-report"
    other = {**old, "pod": "ledger-sync-6b9d8c7f5-h7q2x", "app": "ledger-sync"}
    both = sorted([*rows, (65, other, "INFO ledger-sync: batch 88 posted")], key=lambda r: r[0])
    assert diagnose(packed_rows(both), kb=kb).extraction.component == "nuc-office-3"


def test_a_pod_its_liveness_probe_restarted_once_that_then_works_recovered(kb):
    """A busy pod misses its liveness probe and is restarted once; it starts again and goes
    on working, its probe not failing again: WARN. Failing again after the start: ERROR."""
    pod = "sensor-ingest-p8px24l5mp-stcb5"

    def event(s: int, reason: str, msg: str) -> tuple[int, str, str]:
        kind = "Warning" if reason == "Unhealthy" else "Normal"
        return (s, pod, f'type={kind} reason={reason} kind=Pod name={pod} msg="{msg}"')

    probe = "Liveness probe failed: Get http://10.42.3.13:8081/healthz: context deadline exceeded"
    rows = [(0, pod, 'level=warn msg="slow backfill batch" rows=5000 took=9.8s'),
            event(3, "Unhealthy", probe), event(13, "Unhealthy", probe),
            event(23, "Unhealthy", probe),
            event(24, "Killing", "Container sensor-ingest failed liveness probe, will be "
                                 "restarted"),
            event(26, "Started", "Started container sensor-ingest"),
            (28, pod, 'level=info msg="resuming backfill from checkpoint" offset=41000'),
            (60, pod, 'level=info msg="backfill complete" rows=86400')]
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "probe_failure", "sensor-ingest", "WARN")
    assert _diag(kb, [*rows, event(70, "Unhealthy", probe)]).severity == "ERROR"


def test_the_graph_apis_call_limit_is_a_rate_limit(kb):
    pod = "meta-ads-sync-29548920-7scmd"
    rows = [(s, pod, '{"message":"(#80004) There have been too many calls to this ad-account. '
                     'Wait a bit and try again.","sleep_s":240,"level":"warning"}')
            for s in (0, 300, 600)]
    ext = _diag(kb, rows)
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "rate_limited", "meta-ads-sync", "WARN")


def test_a_connection_pool_with_idle_connections_and_no_waiter_again_has_recovered(kb):
    pod = "conversion-api-plrw6xtxrq-6pcdb"
    dry = [(s, pod, "ERROR 1 --- [nio-8080-exec-108] o.h.engine.jdbc.spi.SqlExceptionHelper : "
                    "HikariPool-1 - Connection is not available, request timed out after 30000ms "
                    f"(total=10, active=10, idle=0, waiting={40 + s}).") for s in (0, 5, 10, 15)]

    def stats(s: int, idle: int, waiting: int) -> tuple[int, str, str]:
        return (s, pod, "DEBUG 1 --- [l-1 housekeeper] com.zaxxer.hikari.pool.HikariPool : "
                        f"HikariPool-1 - Pool stats (total=10, active={10 - idle}, idle={idle}, "
                        f"waiting={waiting})")

    assert _diag(kb, dry).severity == "ERROR"
    back = _diag(kb, [*dry, stats(70, 7, 0)])
    assert (back.root_cause_category, back.severity) == ("resource_exhausted", "WARN")
    assert _diag(kb, [stats(-60, 8, 0), *dry]).severity == "ERROR"  # before it ran dry
    assert _diag(kb, [*dry, stats(70, 0, 12)]).severity == "ERROR"  # still dry


_EXPORTER = {"namespace": "monitoring", "pod": "event-exporter-2ptvj4txj-6jc6d",
             "container": "event-exporter", "node_name": "hb-edge-01"}
_PUMP = "pump-controller-66d9c7f5b8-dn2g5"


def _pod_event(reason: str, message: str, pod: str = _PUMP) -> str:
    return json.dumps({"metadata": {"name": f"{pod}.da6d606ad91a36e8", "namespace": "irrigation"},
                       "involvedObject": {"kind": "Pod", "namespace": "irrigation", "name": pod},
                       "reason": reason, "message": message, "type": "Warning"})


def test_an_exporters_event_about_a_pod_is_not_about_the_exporters_node():
    from analyzer.engine.owners import node_of, pod_nodes

    event = _pod_event("NodeNotReady", "Node is not ready")
    assert node_of(LogRecord(ts=T0, labels=_EXPORTER, line=event)) is None
    # a stream labelled with the event's own pod (and its node) is that pod's
    own = {"namespace": "irrigation", "pod": _PUMP, "container": "events", "node": "hb-edge-03"}
    assert node_of(LogRecord(ts=T0, labels=own, line=event)) == "hb-edge-03"
    # k3s's server writes its controllers into the journal its kubelet writes: a controller
    # acting on a pod does not place the pod on the node that writes the journal
    journal = {"job": "systemd-journal", "unit": "k3s.service", "hostname": "hb-edge-01"}
    evicting = (f'I0730 12:47:19.100211 1941 taint_eviction.go:111] "Deleting pod" '
                f'controller="taint-eviction-controller" pod="irrigation/{_PUMP}"')
    syncing = (f'I0730 12:47:19.100211 1941 kubelet.go:2461] "SyncLoop (PLEG): event for '
               f'pod" pod="irrigation/{_PUMP}"')
    pod_stream = {"namespace": "irrigation", "pod": _PUMP, "node_name": "hb-edge-03"}
    placed = [LogRecord(ts=T0, labels=pod_stream, line="pump status")]
    assert pod_nodes([*placed, LogRecord(ts=T0 + 1, labels=journal, line=evicting)]) == {
        _PUMP: "hb-edge-03"}
    assert pod_nodes([*placed, LogRecord(ts=T0 + 1, labels=journal, line=syncing)]) == {}


def test_a_boards_undervoltage_then_its_node_going_away_is_the_nodes_failure(kb):
    """A Raspberry Pi's supply sags (the kernel's hwmon says so), then the node controller
    marks it NotReady; the pump it ran cannot be placed elsewhere (its serial device is on
    that node), and the scheduler's callers fail: the node, CRITICAL."""
    kernel = {"job": "systemd-journal", "transport": "kernel", "hostname": "hb-edge-03"}
    scheduler = {"namespace": "irrigation", "pod": "irrigation-scheduler-xl7zhsbk6-q4m2n",
                 "node_name": "hb-edge-01"}
    pump = {"namespace": "irrigation", "pod": _PUMP, "node_name": "hb-edge-03"}

    def rec(s: int, labels: dict[str, str], line: str) -> LogRecord:
        return LogRecord(ts=T0 + s * 10**9, labels=labels, line=line)

    failed = ('time=2026-07-30T12:42:17.554Z level=ERROR msg="pump command failed" '
              'pump=borehole-1 target=http://pump-controller.irrigation.svc.cluster.local:8080'
              '/v1/pumps/borehole-1/setpoint err="dial tcp 10.43.12.7:8080: connect: no route '
              'to host"')
    records = [
        rec(0, pump, 'time=2026-07-30T12:40:14Z level=INFO msg="pump status" state=running'),
        rec(30, kernel, "hwmon hwmon1: Undervoltage detected!"),
        rec(70, kernel, "hwmon hwmon1: Undervoltage detected!"),
        rec(120, scheduler, failed),
        rec(122, _EXPORTER, '{"involvedObject":{"kind":"Node","name":"hb-edge-03"},'
                            '"reason":"NodeNotReady","message":"Node hb-edge-03 status is now: '
                            'NodeNotReady","type":"Normal"}'),
        rec(122, _EXPORTER, _pod_event("NodeNotReady", "Node is not ready")),
        rec(150, scheduler, failed),
        rec(422, _EXPORTER, _pod_event("TaintManagerEviction",
                                       f"Marking for deletion Pod irrigation/{_PUMP}")),
        rec(423, _EXPORTER, _pod_event(
            "FailedScheduling", "0/3 nodes are available: 1 node(s) had untolerated taint "
            "{node.kubernetes.io/unreachable: }, 2 node(s) didn't match Pod's node "
            "affinity/selector.", pod="pump-controller-66d9c7f5b8-jxr44")),
        rec(450, scheduler, failed),
    ]
    ext = diagnose(packed_records(records), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "node_failure", "hb-edge-03", "CRITICAL")
    # the sagging supply alone, before anything else went wrong: the node, a warning
    early = diagnose(packed_records(records[:3]), kb=kb).extraction
    assert (early.root_cause_category, early.component, early.severity) == (
        "node_failure", "hb-edge-03", "WARN")


def test_a_push_provider_refusing_the_senders_own_token_is_an_auth_failure(kb):
    """APNs answers 403 InvalidProviderToken to every request of a sender whose signing key
    it no longer accepts; a device's own token rejected (BadDeviceToken, Unregistered) is
    routine for a push sender."""
    pod = "push-notifier-7fd8b6c94d-psd5d"

    def apns(s: int, level: int, status: int, reason: str, msg: str) -> tuple[int, str, str]:
        return (s, pod, json.dumps({"level": level, "time": 1772119297300 + s * 1000,
                                    "pid": 1, "status": status, "reason": reason,
                                    "keyId": "7QK2M9XB4D", "topic": "com.thecourier.news",
                                    "msg": msg}))

    sent = [(s, pod, json.dumps({"level": 30, "time": 1772119200000 + s * 1000, "sent": 500,
                                 "ok": 497, "failed": 0, "msg": "apns batch sent"}))
            for s in range(0, 600, 40)]
    devices = [apns(10, 40, 410, "Unregistered", "apns token rejected"),
               apns(50, 40, 400, "BadDeviceToken", "apns token rejected")]
    refused = [apns(s, 50, 403, "InvalidProviderToken", "apns request failed")
               for s in range(100, 600, 20)]
    ext = _diag(kb, [*sent, *devices, *refused], namespace="push")
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "auth_failure", "push-notifier", "ERROR")
    assert _diag(kb, [*sent, *devices], namespace="push").root_cause_category != "auth_failure"


def _behind_ingress(own: list[tuple[int, str, str]], upstream: str,
                    answered: tuple[int, ...] = ()) -> list[LogRecord]:
    """``own`` lines (namespace ``parking``) and two ingress-nginx access lines that answer
    503 on the route to ``permits-api`` with ``upstream`` as the upstream address (and at
    each of ``answered`` a 200 a pod of it gave)."""
    ingress = {"namespace": "ingress-nginx", "pod": "ingress-nginx-controller-5c8d9-x2k9p"}

    def access(s: int, status: int, upstream: str) -> LogRecord:
        return LogRecord(ts=T0 + s * 10**9, labels=ingress, line=(
            f'203.0.113.9 - - [01/Mar/2026:12:00:{s:02d} +0000] "GET /v1/permits HTTP/1.1" '
            f'{status} 190 "-" "GateCtl/2.3" 350 0.000 [parking-permits-api-3000] [] '
            f'{upstream} - - - 9f2c'))

    routed = [access(s, 503, upstream) for s in (30, 40)]
    routed += [access(s, 200, "10.42.0.9:3000") for s in answered]
    return sorted([LogRecord(ts=T0 + s * 10**9, labels={"namespace": "parking", "pod": pod},
                             line=line) for s, pod, line in own] + routed, key=lambda r: r.ts)


@pytest.mark.parametrize(("upstream", "severity"), [("-", "CRITICAL"),
                                                    ("10.42.0.9:3000", "ERROR")])
def test_an_ingress_answering_503_with_no_upstream_says_the_crashing_service_is_down(
        kb, upstream, severity):
    """A rollout whose two new pods crash on a missing key (two back-offs, under the
    restart loop's count): ingress-nginx answering 503 itself (no upstream address) on the
    route to its Service says no pod of it is left, so it is down. A 503 a pod answered
    says nothing of the kind."""
    crash = ('/app/config/initializers/permit_signing.rb:4:in `fetch\': key not found: '
             '"PERMIT_SIGNING_KEY" (KeyError)')
    own = [(0, "permits-api-q2mxddzx8-psvbz", crash), (1, "permits-api-q2mxddzx8-bx6zj", crash)]
    own += [(s, pod, f'type=Warning reason=BackOff name={pod} msg="Back-off restarting failed '
                     f'container permits-api in pod {pod}"') for s, pod, _ in own]
    verdict = diagnose(packed_records(_behind_ingress(
        [(s + 10 * n, pod, line) for n, (s, pod, line) in enumerate(own)], upstream)),
        kb=kb).extraction
    assert (verdict.root_cause_category, verdict.component) == ("config_error", "permits-api")
    assert verdict.severity == severity
    # the ingress got a pod's answer again: a Service it found with no endpoint is back; its
    # newest answers say nothing more (a pod answering 503 and then 200s still fails)
    back = diagnose(packed_records(_behind_ingress(
        [(s + 10 * n, pod, line) for n, (s, pod, line) in enumerate(own)], upstream,
        answered=(50, 55))), kb=kb).extraction
    assert (back.root_cause_category, back.severity) == (
        "config_error", "WARN" if upstream == "-" else "ERROR")


@pytest.mark.parametrize(("upstream", "severity"), [("-", "CRITICAL"),
                                                    ("10.42.0.9:3000", "ERROR")])
def test_a_workload_whose_own_login_is_refused_is_down_when_its_service_has_no_endpoint(
        kb, upstream, severity):
    """Its Vault agent denied a login as it starts, no pod of it ever becomes ready: the
    ingress's 503 with no upstream says so."""
    denied = ('2026-03-01T12:00:{s:02d}.413Z [ERROR] agent.auth.handler: error authenticating: '
              'error="Error making API request. URL: PUT https://vault.vault.svc:8200/v1/auth/'
              'kubernetes/login Code: 403. Errors: * permission denied" backoff=2.41s')
    own = [(s, "permits-api-q2mxddzx8-psvbz", denied.format(s=s)) for s in (2, 6, 20)]
    verdict = diagnose(packed_records(_behind_ingress(own, upstream)), kb=kb).extraction
    assert (verdict.root_cause_category, verdict.component) == ("auth_failure", "permits-api")
    assert verdict.severity == severity


def test_a_vault_agent_refused_its_approle_login_is_the_cause_of_its_hosts_expired_token(kb):
    """Vault Agent on a VM cannot log in with its AppRole ("invalid role or secret ID"); a
    batch on that host then finds the agent's token expired: the agent is where to fix it."""
    host = {"host": "payouts-batch-01.example.internal", "job": "systemd-journal",
            "unit": "vault-agent.service"}
    batch = {**host, "unit": "payouts-runner.service"}
    refused = ("Oct 12 19:02:{s:02d} payouts-batch-01 vault-agent[1021]: [ERROR] "
               'agent.auth.handler: error authenticating: error="Error making API request. '
               "URL: PUT https://vault.example.internal:8200/v1/auth/approle/login Code: 400. "
               'Errors: * invalid role or secret ID" backoff=1s')
    rows = [(s, host, refused.format(s=s)) for s in (6, 8, 32)]
    rows += [(40, batch, "Oct 12 19:02:40 payouts-batch-01 payouts-runner[5512]: ERROR "
                         "payouts.secrets: vault token at /run/vault/agent-token is expired "
                         "(ttl=0s); cannot read secret/data/payouts/psp")]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("auth_failure", "vault-agent")


def test_an_ingress_upstream_name_is_its_namespace_its_service_and_its_port():
    from analyzer.engine.targets import routed_service

    assert routed_service("parking-permits-api-3000", {"parking", "kube-system"}) == "permits-api"
    # the longest namespace it begins with; a named port
    assert routed_service("e-rx-erx-gateway-https", {"e", "e-rx"}) == "erx-gateway"
    assert routed_service("Shop-Cart-8080", set()) == "shop-cart"  # no namespace known
    # a Traefik router's name: <namespace>-<name>, or with its hash; a name's last word is
    # no port
    assert routed_service("bookmobile-route-planner", {"bookmobile"}) == "route-planner"
    assert routed_service("default-whoami-6b204d94623b1b4d2c5b", {"default"}) == "whoami"


def test_a_fortran_namelist_naming_an_unknown_variable_is_a_config_error(kb):
    """gfortran's namelist READ of a program's config file that names a variable the
    program has none of (a typo in the ConfigMap) aborts the run: a configuration error,
    not a crash of the program's own code."""
    pod = "georef-nightly-4hnxr-georef-2430124110"
    ext = _diag(kb, [(0, pod, " reading namelist /etc/georef/georef.nml"),
                     (1, pod, "At line 42 of file src/georef_main.f90 (unit = 10, file = "
                              "'/etc/georef/georef.nml')"),
                     (2, pod, "Fortran runtime error: Cannot match namelist object name "
                              "grid_spacng"),
                     (3, pod, "Error termination. Backtrace:")])
    assert (ext.root_cause_category, ext.severity) == ("config_error", "ERROR")


def test_the_one_a_server_replies_to_is_no_dependency(kb):
    """"replying 504 to caller": the caller is whoever asked, no host the line dialled."""
    from analyzer.engine.targets import callee_names

    assert callee_names("error route-planner: osrm /table/v1/driving exceeded 25s deadline "
                        "(stops=212); replying 504 to caller", kb) == []


def test_a_time_series_database_is_a_data_store_by_its_generic_name(kb):
    from analyzer.engine.owners import data_store

    stores = kb.store_words()
    assert data_store("tank-tsdb", stores) and data_store("metrics-tsdb-0", stores)
    assert not data_store("tank-ingest", stores)
    ext = _diag(kb, [(0, "tank-tsdb-0", '2026-05-02 16:30:26.237 UTC [79] PANIC:  could not '
                                        'fdatasync file "000000010000004A000000C3": '
                                        'Input/output error')])
    assert (ext.root_cause_category, ext.severity) == ("storage", "CRITICAL")


def test_one_timeout_a_job_warns_it_will_retry_is_routine_again_it_is_a_failure(kb):
    """Sidekiq's job warns once of a read timeout it retries: routine in a healthy window.
    Warned about twice, or written as an error, it is a timeout."""
    worker = "club-sidekiq-9cm28wfz2-qdjcc"

    def timed_out(s: int, level: str = "WARN") -> tuple[int, str, str]:
        return (s, worker, f"2026-05-11T14:09:{s:02d}.760Z pid=1 tid=9yez class=ShipStateJob "
                           f"jid=a95fd41{s:02d} {level}: Net::ReadTimeout with "
                           "#<TCPSocket:(closed)> - retry 1 of 25")

    ok = [(s, worker, f"2026-05-11T14:09:{s:02d}.969Z pid=1 tid=wlyt class=ShipStateJob "
                      f"jid=64e337c{s:02d} INFO: done: 0.804 sec") for s in range(1, 60, 7)]
    once = _diag(kb, sorted(ok + [timed_out(20)]))
    assert (once.root_cause_category, once.severity) == ("none", "INFO")
    for bad in ([timed_out(20), timed_out(40)], [timed_out(20, "ERROR")]):
        assert _diag(kb, sorted(ok + bad)).root_cause_category == "timeout", bad


def test_a_file_missing_under_etc_or_config_is_a_configuration_error(kb):
    """A file a program looks for where a ConfigMap or Secret is mounted (/etc, /config) and
    does not find is a configuration error in .NET's, Java's, Go's and Python's words; the
    same words about a log file, or a certificate under /etc/ssl, are not this signature."""
    sig = next(s for s in kb.signatures if s.id == "file-not-found-config")
    for text in ("System.IO.FileNotFoundException: Could not find file "
                 "'/etc/icc/PSOcoated_v3.icc'.",
                 "java.io.FileNotFoundException: /config/rates/eur.csv (No such file or "
                 "directory)",
                 "open /etc/router/routes.txt: no such file or directory",
                 "FileNotFoundError: [Errno 2] No such file or directory: '/etc/geo/city.mmdb'"):
        assert sig.search(text, text.lower()), text
    for text in ("open /var/log/app/today.log: no such file or directory",
                 "open /etc/ssl/certs/partner-ca.pem: no such file or directory"):
        assert not sig.search(text, text.lower()), text
    failed = ('{"@t":"2026-03-07T08:06:20.48Z","@mt":"Job {JobId} conversion failed",'
              '"@l":"Error","JobId":7532,"@x":"System.IO.FileNotFoundException: Could not '
              'find file \'/etc/icc/PSOcoated_v3.icc\'.\\n   at Icc.Load(String path)"}')
    done = '{"@t":"2026-03-07T08:06:40.12Z","@mt":"Job {JobId} converted","JobId":7533}'
    ext = _diag(kb, [(s, "color-mgmt-7d9f4b8c6-x2k9p", line)
                     for s, line in ((0, failed), (20, done), (75, failed), (140, failed))])
    assert (ext.root_cause_category, ext.severity, ext.component) == (
        "config_error", "ERROR", "color-mgmt")


def test_a_volume_its_owner_calls_high_or_filling_up_is_a_resource_warning(kb):
    """A program's own "volume usage high" (with no number in the words) and a volume
    projected to fill up are disk-usage-high; a window of such warnings while the work goes
    on is a resource running out, WARN: nothing has failed yet."""
    sig = next(s for s in kb.signatures if s.id == "disk-usage-high")
    for text in ("staging volume usage high", "disk usage is critical on /var/lib/data",
                 "PersistentVolume data-pg-0 is expected to fill up within 4 days",
                 "filesystem is filling up"):
        assert sig.search(text, text.lower()), text
    for text in ("cpu usage high", "disk usage 41%", "volume usage histogram exported"):
        assert not sig.search(text, text.lower()), text
    high = ('{{"level":"warning","msg":"staging volume usage high","path":"/staging",'
            '"used_pct":{pct},"free_gib":{free}}}')
    lines = [(s, "frame-staging-7d9f4b8c6-x2k9p", high.format(pct=pct, free=free))
             for s, pct, free in ((10, 86.6, 134), (490, 88.3, 117), (880, 89.8, 102))]
    lines += [(s, "frame-staging-7d9f4b8c6-x2k9p",
               f'{{"level":"info","msg":"frame written","frame":{s},"size_mib":268}}')
              for s in (0, 60, 300, 600, 900)]
    ext = _diag(kb, sorted(lines))
    assert (ext.root_cause_category, ext.severity, ext.component) == (
        "resource_exhausted", "WARN", "frame-staging")


def test_a_client_resuming_its_calls_after_a_backoff_has_recovered(kb):
    """A provider's 429s for a few seconds (one request failing for good), then the
    client's "backoff elapsed, resuming provider calls" and routes computed again: the rate
    limit was met and is over, WARN. Without that line nothing says it ended: ERROR."""
    sig = next(s for s in kb.signatures if s.id == "retry-succeeded")
    for text in ("backoff elapsed, resuming provider calls", "cooldown expired",
                 "resuming sends to smtp relay"):
        assert sig.search(text, text.lower()), text
    assert not sig.search("resuming from checkpoint 42", "resuming from checkpoint 42")
    pod = "route-planner-49zznbmwx-p85tl"
    limited = ('{"level":40,"status":429,"provider":"router.maps-vendor.example",'
               '"retry_after_s":30,"msg":"provider rate limit hit: 429 Too Many Requests"}')
    failed = ('{"level":50,"attempts":3,"err":{"type":"HTTPError","message":"Response code 429 '
              '(Too Many Requests)","statusCode":429},"msg":"route request failed"}')
    lines = [(s, pod, limited) for s in (3, 4, 9)] + [(5, pod, failed)]
    lines += [(s, pod, '{"level":30,"km":84.5,"source":"provider","msg":"route computed"}')
              for s in (1, 45, 47)]
    resumed = (43, pod, '{"level":30,"pending":18,"msg":"backoff elapsed, resuming provider '
                        'calls"}')
    with_resume = _diag(kb, sorted([*lines, resumed]))
    assert (with_resume.root_cause_category, with_resume.severity) == ("rate_limited", "WARN")
    without = _diag(kb, sorted(lines))
    assert (without.root_cause_category, without.severity) == ("rate_limited", "ERROR")


def test_one_write_refused_while_a_database_restarts_is_no_incident(kb):
    """Telegraf's one write refused while InfluxDB restarts (an image update), and InfluxDB
    "Listening" on its port again four seconds later: a restart's blip, no incident. The
    healthy verdict names InfluxDB, whose refusal it was, though the question names
    Telegraf as well; without InfluxDB's line nothing says it came back: ERROR."""
    def compose(service):
        return {"compose_project": "kiln", "compose_service": service,
                "container_name": f"kiln-{service}-1", "host": "kiln-gw-01"}

    refused = (1, compose("telegraf"),
               '2026-02-07T12:15:31Z E! [outputs.influxdb_v2] When writing to '
               '[http://influxdb:8086/api/v2/write]: Post "http://influxdb:8086/api/v2/write?'
               'bucket=kiln": dial tcp 172.18.0.4:8086: connect: connection refused')
    listening = (5, compose("influxdb"), 'ts=2026-02-07T12:15:35.872180Z lvl=info '
                 'msg=Listening service=tcp-listener transport=http addr=:8086 port=8086')
    wrote = [(s, compose("telegraf"), f"2026-02-07T12:15:{s + 30:02d}Z D! "
              "[outputs.influxdb_v2] Wrote batch of 440 metrics in 41.555ms")
             for s in (16, 27)]
    question = "Telegraf logged connection refused errors to InfluxDB overnight. Worry?"

    def read(rows):  # the labels as a source reads them (compose_service: the workload)
        from retrieval.labels import as_read

        return packed_rows([(s, *as_read(labels, line)) for s, labels, line in rows])

    blip = diagnose(read([refused, listening, *wrote]), kb=kb, question=question).extraction
    assert (blip.root_cause_category, blip.component) == ("none", "influxdb")
    gone = diagnose(read([refused, *wrote]), kb=kb, question=question).extraction
    assert (gone.root_cause_category, gone.severity, gone.component) == (
        "connection_refused", "ERROR", "influxdb")


def test_a_workload_named_with_words_around_the_app_asked_about_is_that_app(kb):
    """RKE2 names CoreDNS's pods ``rke2-coredns-rke2-coredns-<hash>-<id>``: asked about app
    ``coredns``, the verdict names it so. Not when the hint is the lines' namespace, nor
    when the app's name is no run of the workload's name parts."""
    lines = [(s, "rke2-coredns-rke2-coredns-9hdhjr6mv-hmc6w",
              f"[ERROR] plugin/errors: 2 brs.handler-b.example. A: read udp "
              f"10.42.3.7:4{s:04d}->10.0.0.2:53: i/o timeout") for s in (0, 20, 40, 60)]
    packed = packed_from(lines)
    ext = diagnose(packed, kb=kb, scope_hint="coredns").extraction
    assert (ext.root_cause_category, ext.component) == ("dns_resolution", "coredns")
    for hint in ("shop", "dns", "rke2-core", None):
        assert diagnose(packed, kb=kb, scope_hint=hint).extraction.component == (
            "rke2-coredns-rke2-coredns")
    shop = packed_from(lines, namespace="coredns")  # a namespace called so: no renaming
    assert diagnose(shop, kb=kb, scope_hint="coredns").extraction.component == (
        "rke2-coredns-rke2-coredns")


def test_a_dotnet_options_validation_crash_is_a_configuration_error(kb):
    """ASP.NET Core's options validation failing at start-up ("The KeyVaultUri field is
    required") while the pod crash-loops is a configuration error, not the app's code."""
    pod = "esign-service-sv8s8f2xm-q5t42"
    crash = ("Unhandled exception. Microsoft.Extensions.Options.OptionsValidationException: "
             "DataAnnotation validation failed for 'SigningOptions' members: 'KeyVaultUri' "
             "with the error: 'The KeyVaultUri field is required.'.")
    lines = []
    for s in (0, 30, 60):
        lines += [(s, pod, "info: Courts.ESign.Program[0] Starting esign-service 4.3.0"),
                  (s + 1, pod, crash)]
    lines += [(s + 20, "event-exporter", f'type=Warning reason=BackOff kind=Pod name={pod} '
               f'msg="Back-off restarting failed container esign-service in pod {pod}"')
              for s in (0, 30)]
    ext = _diag(kb, sorted(lines))
    assert (ext.root_cause_category, ext.component) == ("config_error", "esign-service")


def test_a_hosts_systemd_unit_is_the_service_it_runs_not_the_host(kb):
    """On a VM's journal, PostgreSQL's unit (``postgresql@15-main.service``) running out of
    disk is PostgreSQL's failure, not the host's; the kubelet's unit speaks for its node."""
    from analyzer.engine.owners import unit_service

    host = {"job": "systemd-journal", "hostname": "scada-hist01"}
    pg = {**host, "unit": "postgresql@15-main.service"}
    rows = [(0, pg, '2026-02-18 04:10:27.005 CST [53635] historian@scada ERROR:  could not '
                    'extend file "base/16384/2495095.7": No space left on device'),
            (1, pg, '2026-02-18 04:10:27.674 CST [813] PANIC:  could not write to file '
                    '"pg_wal/xlogtemp.813": No space left on device'),
            (2, pg, "2026-02-18 04:10:28.159 CST [797] LOG:  database system is shut down")]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("resource_exhausted", "postgresql")
    assert unit_service({"unit": "billing-invoice.service"}) == "billing-invoice"
    for unit in ("kubelet.service", "containerd.service", "systemd-journald.service",
                 "ssh.service", "session-3.scope"):
        assert unit_service({"unit": unit}) is None, unit


def test_systemds_own_journal_lines_about_a_unit_are_that_units(kb):
    """A Rust service on a VM panics at start, again and again; systemd's own lines (the
    journal's ``init.scope``) say it restarted it five times and gave up: those restarts are
    the service's, not the host's, so it is down (CRITICAL), and the panic's footer ("run
    with `RUST_BACKTRACE=1` environment variable") is no missing setting."""
    from analyzer.engine.owners import owners_of

    host = {"job": "systemd-journal", "host": "brk-app07"}
    svc = {**host, "unit": "filing-sender.service"}
    init = {**host, "unit": "init.scope"}
    rows = []
    for n in range(5):
        s, pid = n * 20, 7700 + n
        rows += [(s, svc, f"Mar 30 06:0{n}:10 brk-app07 filing-sender[{pid}]: thread 'main' "
                          "panicked at src/rates/table.rs:88:21:"),
                 (s + 1, svc, f"Mar 30 06:0{n}:10 brk-app07 filing-sender[{pid}]: index out of "
                              "bounds: the len is 12 but the index is 12"),
                 (s + 2, svc, f"Mar 30 06:0{n}:10 brk-app07 filing-sender[{pid}]: note: run "
                              "with `RUST_BACKTRACE=1` environment variable to display a "
                              "backtrace"),
                 (s + 3, init, f"Mar 30 06:0{n}:11 brk-app07 systemd[1]: filing-sender.service:"
                               " Main process exited, code=exited, status=101/n/a"),
                 (s + 8, init, f"Mar 30 06:0{n}:16 brk-app07 systemd[1]: filing-sender.service:"
                               f" Scheduled restart job, restart counter is at {n + 1}.")]
    rows.append((99, init, "Mar 30 06:05:19 brk-app07 systemd[1]: filing-sender.service: Start "
                           "request repeated too quickly."))
    packed = packed_rows(rows)
    assert set(owners_of([pl.record for pl in packed.lines])) == {"filing-sender"}
    ext = diagnose(packed, kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "application_error", "filing-sender", "CRITICAL")


def test_a_token_without_the_scope_a_call_needs_is_an_auth_failure(kb):
    """A publisher whose CDN token lacks the scope a purge needs ("token lacks required scope
    purge:write", a 403) fails the purge on every episode: an auth failure of its own
    credentials, WARN as it logs it while it falls back to the cache's expiry."""
    pod = "episode-publisher-6b9d7c5f48-tn4qs"
    lines = []
    for s, show in ((0, "glr"), (60, "jad")):
        lines += [(s, pod, f'time="2026-03-13T10:00:{s % 60:02d}Z" level=info msg="episode '
                           f'published" show={show}'),
                  (s + 2, pod, f'time="2026-03-13T10:00:{(s + 2) % 60:02d}Z" level=warning '
                               'msg="CDN purge failed" status=403 error="token lacks required '
                               'scope purge:write" paths=2'),
                  (s + 3, pod, f'time="2026-03-13T10:00:{(s + 3) % 60:02d}Z" level=info '
                               'msg="purge skipped, relying on cache expiry" ttl=15m')]
    ext = _diag(kb, lines)
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "auth_failure", "episode-publisher", "WARN")


def test_a_line_that_reports_a_failure_and_its_end_comes_after_the_failure(
        kb, line_classifier):
    """A NIC that lost its link and had it back four seconds later, with the daemon's
    warning "send failed ... for 3.6s; resumed" after it: the failure that line reports is
    over (WARN, not a node lost)."""
    def kernel(severity):
        return {"job": "syslog", "host": "lx-ctl-02", "app": "kernel", "severity": severity}
    lightd = {"job": "syslog", "host": "lx-ctl-02", "app": "lightd", "severity": "warning"}
    resumed = "lightd[5544]: sacn: send failed on eno1 (Network is unreachable) for 3.6s; resumed"
    rows = [(0, kernel("warning"), "e1000e 0000:00:1f.6 eno1: NIC Link is Down"),
            (4, kernel("info"), "e1000e 0000:00:1f.6 eno1: NIC Link is Up 1000 Mbps Full Duplex"),
            (5, lightd, resumed)]

    def diag(rows):
        return diagnose(packed_rows(rows), kb=kb, classifier=line_classifier).extraction

    ext = diag(rows)
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "node_failure", "lx-ctl-02", "WARN")


def test_dns_failures_each_retried_to_a_success_are_contained(kb):
    """A transfer host whose lookups of its provider fail while its resolver returns
    SERVFAIL, each failure followed by "connected (attempt 2/5)" or "upload complete (retry
    1)": its retries carried it (WARN); without the successes it is broken (ERROR)."""
    sync = {"job": "systemd-journal", "host": "seq-xfer-01", "unit": "seq-sync.service"}
    fail = ("ERROR seq_sync: sftp connect failed: ssh: Could not resolve hostname "
            "sftp.seqprovider.example: Temporary failure in name resolution (attempt 1/5, "
            "retry in 30s)")
    rows = [(0, sync, fail),
            (30, sync, "INFO seq_sync: sftp connected to sftp.seqprovider.example (attempt 2/5)"),
            (150, sync, fail),
            (180, sync, "INFO seq_sync: sftp connected to sftp.seqprovider.example (attempt 2/5)"),
            (181, sync, "ERROR seq_sync: gsutil: upload of R1.fastq.gz failed: Temporary failure "
                        "in name resolution (storage.googleapis.com) -- retrying"),
            (215, sync, "INFO seq_sync: gsutil: upload of R1.fastq.gz complete (17.2 GiB, retry "
                        "1)")]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.severity) == ("dns_resolution", "WARN")
    failed = [r for r in rows if "ERROR" in r[2]]
    assert diagnose(packed_rows(failed), kb=kb).extraction.severity == "ERROR"


def test_a_pod_killed_by_an_eviction_is_no_oom(kb):
    """Airflow's "exited with code 137 (pod was evicted for node scale-down)" is the end of
    an eviction's grace period, not a memory limit; the same exit without a reason is an
    OOM kill's."""
    worker = "airflow-worker-1"
    evicted = ("{pod_manager.py:449} ERROR - Pod variant-summary-jvsrbc9d returned a failure: "
               "container 'base' exited with code 137 (pod was evicted for node scale-down)")
    assert _diag(kb, [(0, worker, evicted)]).root_cause_category != "oom_killed"
    killed = evicted.replace(" (pod was evicted for node scale-down)", "")
    assert _diag(kb, [(s, worker, killed) for s in (0, 60, 120)]).root_cause_category == (
        "oom_killed")


def test_a_request_spring_answers_4xx_is_the_clients_not_an_application_error(kb):
    """Spring MVC's dispatcher servlet logs a TRACE it does not support at ERROR, then
    answers 405: a client's request, not the application failing. An exception of its own
    at the same place is."""
    api = "boxoffice-api-t4w75ljgm9-bhltm"
    head = ("2026-02-10T19:31:04.850Z ERROR 1 --- [boxoffice-api] [nio-8080-exec-11] "
            "o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet "
            "[dispatcherServlet] threw exception: ")
    client = head + ("org.springframework.web.HttpRequestMethodNotSupportedException: Request "
                     "method 'TRACE' is not supported (handled -> 405)")
    assert _diag(kb, [(s, api, client) for s in (0, 20, 40)]).root_cause_category == "none"
    own = head + ('java.lang.NullPointerException: Cannot invoke "Seat.getRow()" because '
                  '"seat" is null')
    assert _diag(kb, [(s, api, own) for s in (0, 20, 40)]).root_cause_category == (
        "application_error")


def test_a_database_host_libpq_names_is_the_callee_named_as_the_machine(kb):
    """psycopg's 'connection to server at "seqlims-db-01.lab.seedbank.internal" (10.40.2.15),
    port 5432 failed: Connection refused' from a web app and its worker, while that VM's
    PostgreSQL was stopped: the database host is the component, named as the machine (its
    "-01" is no pod ordinal under the site's own domain)."""
    from analyzer.engine.targets import callee_names

    refused = ('django.db.utils.OperationalError: connection to server at '
               '"seqlims-db-01.lab.seedbank.internal" (10.40.2.15), port 5432 failed: '
               'Connection refused')
    assert callee_names(refused, kb)[:1] == ["seqlims-db-01"]
    old = ('could not connect to server: Connection refused Is the server running on host '
           '"orders-db" (10.0.0.5) and accepting TCP/IP connections on port 5432?')
    assert callee_names(old, kb)[:1] == ["orders-db"]
    db = {"job": "systemd-journal", "host": "seqlims-db-01", "unit": "postgresql@16-main.service"}
    web = {"job": "docker", "host": "seqlab-ws-02", "container": "seqlims-lims-web-1"}
    worker = {"job": "docker", "host": "seqlab-ws-02", "container": "seqlims-lims-worker-1"}
    rows = [(0, db, "2026-05-19 07:58:15.635 UTC [1187] LOG:  received fast shutdown request"),
            (2, db, "2026-05-19 07:58:17.734 UTC [1187] LOG:  database system is shut down")]
    rows += [(s, web, f"ERROR django.request: Internal Server Error: /samples/ | {refused}")
             for s in (30, 40, 50, 60)]
    rows += [(s, worker, f"ERROR/ForkPoolWorker-2] Task lims.tasks.import raised unexpected: "
                         f"OperationalError('{refused}')") for s in (35, 55)]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("connection_refused", "seqlims-db-01")


def test_a_workload_that_answers_2xx_while_its_readiness_fails_is_a_probe_failure(kb):
    """Readiness probes timing out on every pod of a workload that goes on answering (its
    own "GET /ready" 200 after the failures began), its gateway finding "no live upstreams":
    the probe took its endpoints away, the probe is the cause. With no answer from it, the
    gateway's failures are the incident (a workload not accepting connections)."""
    events = {"namespace": "opera-web", "job": "integrations/kubernetes/eventhandler"}
    gateway = {"namespace": "opera-web", "pod": "web-gateway-zqvrmgvgwk-fvjmc",
               "container": "nginx", "app": "web-gateway"}
    pods = ("donations-api-xsfjpmd96x-s6mfs", "donations-api-xsfjpmd96x-qrfx6")
    rows = [(s, events, f'type=Warning reason=Unhealthy kind=Pod name={pod} '
                        f'sourcecomponent=kubelet count=4 msg="Readiness probe failed: Get '
                        f'\\"http://10.30.11.141:8000/ready\\": context deadline exceeded '
                        f'(Client.Timeout exceeded while awaiting headers)"')
            for s, pod in ((0, pods[0]), (1, pods[1]))]
    rows += [(s, gateway, f"2026/04/01 12:15:{s:02d} [error] 22#22: *4073{s} no live upstreams "
                          "while connecting to upstream, client: 10.30.220.238, server: "
                          'www.opera.example, request: "POST /api/donations HTTP/1.1", '
                          'upstream: "http://donations-api/api/donations"')
             for s in (10, 14, 18, 22, 26)]
    answered = [(s, {"namespace": "opera-web", "pod": pod, "container": "donations-api",
                     "app": "donations-api"},
                 f'INFO:     10.30.11.1:5{s:04d} - "GET /ready HTTP/1.1" 200 OK')
                for s, pod in ((12, pods[0]), (20, pods[1]))]
    ext = diagnose(packed_rows(sorted(rows + answered, key=lambda r: r[0])), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("probe_failure", "donations-api")
    # no access log, but its health check reported too slow for the probe (Spring Boot 3):
    # it answers the probe, late
    slow = [(s, {**answered[0][1], "pod": pod},
             f"2026-04-01T12:15:{s:02d}.762Z  WARN 1 --- [donations-api] [nio-8080-exec-4] "
             "o.s.b.a.health.HealthEndpointSupport     : Health contributor db (db) took "
             "1842ms to respond") for s, pod in ((12, pods[0]), (20, pods[1]))]
    late = diagnose(packed_rows(sorted(rows + slow, key=lambda r: r[0])), kb=kb).extraction
    assert (late.root_cause_category, late.component) == ("probe_failure", "donations-api")
    silent = diagnose(packed_rows(rows), kb=kb).extraction
    assert (silent.root_cause_category, silent.component) == (
        "connection_refused", "donations-api")


def test_a_refusing_dependency_that_keeps_its_callers_in_a_restart_loop_is_critical(kb):
    """Every pod of an archive exits at start because its index database refuses it, and
    the kubelet backs off restarting it again and again: nothing stores images, CRITICAL
    (the database, which the refusals name, is the component). Refused once, the archive
    restarting once, it stays ERROR."""
    pods = ("archive-5d8c7b9f6-q2wzk", "archive-5d8c7b9f6-t7mxr")

    def window(starts):
        rows = []
        for n, s in enumerate(starts):
            pod = pods[n % 2]
            rows += [(s, pod, 'E0303 05:50:23.522216 MAIN PostgreSQLDatabase.cpp:112] '
                              'connection to server at "index-db.rad.svc" (10.30.4.21), port '
                              "5432 failed: Connection refused"),
                     (s + 1, pod, "E0303 05:50:23.530100 MAIN main.cpp:2112] Uncaught "
                                  "exception, stopping now: [Database plugin error]"),
                     (s + 2, "event-exporter", f'name={pod} kind=Pod reason=BackOff '
                                               'type=Warning msg="Back-off restarting failed '
                                               f'container archive in pod {pod}"')]
        return _diag(kb, rows)

    looping = window([0, 10, 40, 60, 120, 150])
    assert (looping.root_cause_category, looping.component, looping.severity) == (
        "connection_refused", "index-db", "CRITICAL")
    once = window([0])
    assert (once.root_cause_category, once.severity) == ("connection_refused", "ERROR")


def test_a_database_refusing_sessions_to_callers_in_a_restart_loop_is_critical(kb):
    """PostgreSQL has no connection slot left; the service that needs it fails its pool at
    every start and the kubelet backs it off again and again: it is down (CRITICAL), the
    database's refusal the cause. Refused at one start only, it stays ERROR."""
    db = {"namespace": "bookmobile", "pod": "holds-db-0", "container": "postgres"}
    pod = "holds-service-f75jl64j4-q8zwr"
    app = {"namespace": "bookmobile", "pod": pod, "container": "holds-service"}
    events = {"namespace": "monitoring", "pod": "event-exporter-6jxpr92cd-qvvnh",
              "container": "event-exporter"}

    def window(starts):
        rows = [(0, db, "2026-03-07 08:30:02.000 UTC [3981] FATAL:  remaining connection slots "
                        "are reserved for roles with the SUPERUSER attribute")]
        for s in starts:
            rows += [(s + 1, app, "2026-03-07T08:30:10.400Z ERROR 1 --- [holds-service] [main] "
                                  "com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Exception "
                                  "during pool initialization."),
                     (s + 2, app, "org.postgresql.util.PSQLException: FATAL: sorry, too many "
                                  "clients already"),
                     (s + 3, db, "2026-03-07 08:30:27.706 UTC [6103] FATAL:  sorry, too many "
                                 "clients already"),
                     (s + 4, events, f"name={pod}.55e6859b4afe3422 kind=Pod reason=BackOff "
                                     'type=Warning msg="Back-off restarting failed container '
                                     f'holds-service in pod {pod}"')]
        return diagnose(packed_rows(rows), kb=kb).extraction

    looping = window([10, 60, 130, 250])
    assert (looping.root_cause_category, looping.component, looping.severity) == (
        "database", "holds-db", "CRITICAL")
    once = window([10])
    assert (once.root_cause_category, once.component, once.severity) == (
        "database", "holds-db", "ERROR")


def test_a_beam_node_that_exits_at_every_start_is_in_a_restart_loop(kb):
    """A Gleam service's supervisor gives up and the Erlang VM ends the node, at each of
    three starts (the kubelet's back-off counted only twice yet): a restart loop, CRITICAL.
    Once, it is no loop."""
    app = {"namespace": "apiary", "pod": "swarm-alert-rxlddhhsk-rfw88",
           "container": "swarm-alert"}

    def window(starts):
        rows = []
        for s in starts:
            rows += [(s, app, "2026-03-08T16:05:14.000448+00:00 error: Supervisor: {local,"
                              "swarm_alert@detector_sup}. Context: child_terminated. Reason: "
                              '#{function => <<"classify">>,gleam_error => let_assert}'),
                     (s + 1, app, "2026-03-08T16:05:15.300828+00:00 error: Supervisor: {local,"
                                  "swarm_alert@detector_sup}. Context: shutdown. Reason: "
                                  "reached_max_restart_intensity. Offender: id=detector"),
                     (s + 2, app, 'Kernel pid terminated (application_controller) ("{application_'
                                  'terminated,swarm_alert,shutdown}")')]
        return diagnose(packed_rows(rows), kb=kb).extraction

    looping = window([0, 70, 190])
    assert (looping.component, looping.severity) == ("swarm-alert", "CRITICAL")
    assert window([0]).severity != "CRITICAL"


def _memory_alarm(kb, *, cleared: bool):
    """RabbitMQ on a plain host crossing its memory high watermark, publishers blocked."""
    mq = {"host": "oms-mq01", "job": "rabbitmq"}
    gw = {"host": "oms-app01", "unit": "crew-location-gateway.service"}
    rows = [
        (0, mq, "2026-03-11 08:09:14.656400+00:00 [warning] <0.254.0> vm_memory_high_watermark "
                "set. Memory used:3436183552 allowed:3435973836"),
        (1, mq, "2026-03-11 08:09:14.657400+00:00 [warning] <0.252.0> memory resource limit "
                "alarm set on node 'rabbit@oms-mq01'."),
        (2, mq, "*** Publishers will be blocked until this alarm clears ***"),
        (3, gw, '{"@mt":"RabbitMQ connection blocked by broker: {Reason}","@l":"Warning",'
                '"Reason":"low on memory"}'),
    ]
    if cleared:
        rows += [
            (200, mq, "2026-03-11 08:12:52.321400+00:00 [warning] <0.254.0> "
                      "vm_memory_high_watermark clear. Memory used:3012231168 "
                      "allowed:3435973836"),
            (201, mq, "2026-03-11 08:12:52.322400+00:00 [warning] <0.252.0> memory resource "
                      "limit alarm cleared on node 'rabbit@oms-mq01'"),
        ]
    return diagnose(packed_rows(rows), kb=kb).extraction


def test_a_brokers_memory_alarm_is_a_resource_exhausted_and_clearing_is_recovery(kb):
    """RabbitMQ's memory alarm is its high watermark (resource_exhausted), not a process
    killed for memory; it blocks publishers while it lasts (ERROR), and once it clears in
    the window it was transient (WARN)."""
    on = _memory_alarm(kb, cleared=False)
    assert (on.severity, on.root_cause_category, on.component) == (
        "ERROR", "resource_exhausted", "oms-mq01")
    off = _memory_alarm(kb, cleared=True)
    assert (off.severity, off.root_cause_category) == ("WARN", "resource_exhausted")


def test_publishing_to_an_exchange_the_broker_lacks_is_the_publishers_config(kb):
    """RabbitMQ closes der-dispatch's channel: "NOT_FOUND - no exchange 'der.commands.v2' in
    vhost 'grid'". The broker is up and answering; the exchange name the release configured
    is wrong: a config_error of the publisher, not an error of the broker's."""
    mq = {"namespace": "messaging", "pod": "rabbitmq-server-1", "container": "rabbitmq"}
    der = {"namespace": "der", "pod": "der-dispatch-kp4mm8pgxb-ctxpb", "container": "der"}
    rows = []
    for s in (0, 37, 56):
        rows += [
            (s, mq, f"2026-03-13 13:20:{s % 60:02d}.218267+00:00 [error] <0.8123.0> Channel error "
                    "on connection <0.8110.0> (10.244.2.172:56832 -> 10.244.5.49:5672, vhost: "
                    "'grid', user: 'der-dispatch'), channel 1:"),
            (s, mq, f"2026-03-13 13:20:{s % 60:02d}.219267+00:00 [error] <0.8123.0> operation "
                    "basic.publish caused a channel exception not_found: no exchange "
                    "'der.commands.v2' in vhost 'grid'"),
            (s + 1, der, '{"@mt":"Failed to dispatch {CommandType} command","@l":"Error",'
                         '"Exception":"RabbitMQ.Client.Exceptions.AlreadyClosedException: Already '
                         "closed: The AMQP operation was interrupted: AMQP close-reason, "
                         "initiated by Peer, code=404, text='NOT_FOUND - no exchange "
                         "'der.commands.v2' in vhost 'grid'', classId=60, methodId=40\"}"),
        ]
    ext = diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("config_error", "der-dispatch")


def test_etcd_past_its_space_quota_is_down_under_the_api_servers_errors(kb):
    """etcd raises its NOSPACE alarm and the API server's writes fail with "mvcc: database
    space exceeded": the cluster's store takes only reads and deletes, so it is etcd that is
    down (CRITICAL), not the callers that quote it."""
    def pod(name: str) -> dict[str, str]:  # a control plane's static pod, named for its node
        return {"namespace": "kube-system", "pod": f"{name}-k8s-bm-cp01", "container": name,
                "node": "k8s-bm-cp01"}

    alarm = ('{"level":"warn","ts":"2026-02-09T03:14:25.410029Z","caller":"etcdserver/server.go'
             ':2124","msg":"alarm raised","alarm":"NOSPACE","from":"8e9e05c52164694d"}')
    refused = ("E0209 03:14:26.318215     363 status.go:71] apiserver received an error that is "
               'not an metav1.Status: rpctypes.EtcdError{code:0x8, desc:"etcdserver: mvcc: '
               'database space exceeded"}: etcdserver: mvcc: database space exceeded')
    ext = diagnose(packed_rows([(0, pod("etcd"), alarm), (1, pod("etcd"), alarm),
                                *[(s, pod("kube-apiserver"), refused) for s in (2, 6, 11, 27)]]),
                   kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "resource_exhausted", "etcd", "CRITICAL")


def test_the_kernel_killing_one_process_name_on_each_node_of_a_workload_is_that_workloads_oom(kb):
    """The kernel kills ``node`` for its cgroup's memory on two nodes, each running a replica
    of the ordering API (the kills name no cgroup): the API's replicas run out of memory, not
    the nodes. One node's kill alone, with nothing restarted, is the one workload that wrote
    there before it; with the ingress controller writing there too, the node's."""
    def api(node: str, pod: str) -> dict[str, str]:
        return {"namespace": "ordering", "pod": pod, "container": "mobile-order-api",
                "node": node}

    def kernel(node: str) -> dict[str, str]:
        return {"node": node, "job": "node-journal", "transport": "kernel"}

    a, b = "gke-brew-prod-pool-a-c212b2c4-8w6r", "gke-brew-prod-pool-a-1d62c649-f4jz"
    warm = '{"level":30,"time":1773128640091,"pid":1,"msg":"menu cache warm","rss_mb":402}'
    kill = ("Memory cgroup out of memory: Killed process {pid} (node) total-vm:1566276kB, "
            "anon-rss:520706kB, file-rss:30417kB, shmem-rss:0kB, UID:1000 pgtables:1433kB "
            "oom_score_adj:985")
    rows = [(0, api(a, "mobile-order-api-x4lxzt6p4-vhv95"), warm),
            (2, kernel(a), kill.format(pid=6231)),
            (10, api(b, "mobile-order-api-x4lxzt6p4-p4znr"),
             '{"level":30,"time":1773128658964,"pid":1,"msg":"server listening","port":8080}'),
            (14, {"namespace": "ingress-nginx", "pod": "ingress-nginx-controller-4f5p5szlnm-stxjr",
                  "container": "controller", "node": b}, '10.8.4.1 - - "GET /healthz" 200'),
            (16, kernel(b), kill.format(pid=8805))]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("oom_killed", "mobile-order-api")
    assert diagnose(packed_rows(rows[:2]), kb=kb).extraction.component == "mobile-order-api"
    ingress = (1, {**rows[3][1], "node": a}, rows[3][2])
    assert diagnose(packed_rows([rows[0], ingress, rows[1]]), kb=kb).extraction.component == a


def test_a_servers_clients_refusing_its_certificate_make_it_the_component(kb):
    """A gRPC client fails every call on "x509: certificate has expired" without naming the
    server, while the server logs its clients refusing its certificate ("remote error: tls:
    bad certificate"): the server's certificate is what to renew. The client's errors alone
    stay the client's."""
    failed = ('time=2026-03-11T09:02:{s:02d}.497Z level=ERROR msg="ledger call failed" '
              'op=GetBalance err="rpc error: code = Unavailable desc = connection error: desc = '
              '\\"transport: authentication handshake failed: tls: failed to verify certificate: '
              'x509: certificate has expired or is not yet valid: current time '
              '2026-03-11T09:02:00Z is after 2026-03-11T09:00:00Z\\""')
    refused = ("2026/03/11 09:02:{s:02d} http: TLS handshake error from 10.8.4.130:44746: "
               "remote error: tls: bad certificate")
    client = [(s, "loyalty-api-6c9f7d8b5-kq2xw", failed.format(s=s)) for s in (0, 1, 3, 5, 9)]
    server = [(s, "points-ledger-5d8c7b9f6-h7t2n", refused.format(s=s)) for s in (3, 5, 9)]
    ext = _diag(kb, client + server, namespace="loyalty")
    assert (ext.root_cause_category, ext.component) == ("tls_certificate", "points-ledger")
    assert _diag(kb, client, namespace="loyalty").component == "loyalty-api"


def test_a_servers_certificate_its_failing_clients_refuse_is_an_error(kb):
    """Postfix's smtpd only warns that each client's STARTTLS ended in "alert bad
    certificate" (its certificate names the Service's old name), while the mail jobs' own
    verification fails at error level ("certificate verify failed (hostname mismatch)",
    naming the relay only by address): the relay's certificate is the component, and its
    clients failing make it an ERROR. Its warnings alone stay a WARN."""
    relay = {"namespace": "mail", "pod": "mail-relay-zd49xrc2ht-sf5g9", "container": "postfix",
             "app": "mail-relay", "node": "skein-k3s-agent-1"}
    jobs = {"namespace": "shop", "pod": "newsletter-7c9f8d6b5-k2x8q", "container": "sidekiq",
            "app": "newsletter", "node": "skein-k3s-agent-2"}
    warned = ("Jun 23 15:59:{s:02d} mail-relay-zd49xrc2ht-sf5g9 postfix/submission/smtpd[41{s}]:"
              " warning: TLS library problem: error:0A000412:SSL routines::sslv3 alert bad "
              "certificate:../ssl/record/rec_layer_s3.c:1605:SSL alert number 42:")
    failed = ("E, [2026-06-23T15:59:{s:02d}.120054 #7] ERROR -- : /usr/local/lib/ruby/3.3.0/"
              "net/protocol.rb:46:in `connect_nonblock': SSL_connect returned=1 errno=0 "
              "peeraddr=10.43.12.5:587 state=error: certificate verify failed (hostname "
              "mismatch) (OpenSSL::SSL::SSLError)")
    server = [(s, relay, warned.format(s=s)) for s in (5, 25, 45)]
    client = [(s, jobs, failed.format(s=s)) for s in (5, 25, 45)]
    rows = sorted(server + client, key=lambda r: r[0])
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "tls_certificate", "mail-relay", "ERROR")
    alone = diagnose(packed_rows(server), kb=kb).extraction
    assert (alone.component, alone.severity) == ("mail-relay", "WARN")


def test_a_server_saying_its_peers_alert_its_certificate_expired_is_behind_a_proxys_errors(
        kb):
    """OpenResty fails every upstream handshake ("upstream SSL certificate verify error:
    (10:certificate has expired)"), naming its upstream only by address, while the upstream
    warns of each handshake its peer ended with "sslv3 alert certificate expired": the
    upstream's certificate is what to renew (ERROR, its client failing). Without the
    upstream's own lines the proxy's errors stay the proxy's."""
    proxy = {"namespace": "apiary", "pod": "hive-scale-gateway-7d9f8-xk2lq",
             "container": "openresty", "app": "hive-scale-gateway", "node": "apiary-edge-1"}
    ingest = {"namespace": "apiary", "pod": "hive-ingest-5c8b9d7f6-r3xnw",
              "container": "hive-ingest", "app": "hive-ingest", "node": "apiary-edge-2"}
    failed = ("2026/03/12 10:00:{s:02d} [error] 7#7: *2287{s} upstream SSL certificate verify "
              "error: (10:certificate has expired) while SSL handshaking to upstream, client: "
              '10.42.7.195, server: scales.apiary.example.net, request: "POST /v1/scales/H-0531/'
              'readings HTTP/1.1", upstream: "https://10.42.5.122:8443/v1/readings"')
    alert = ("WRN 2026-03-12 10:00:{s:02d}.067+00:00 TLS handshake failed                     "
             'topics="tls" tid=2 peer=10.42.7.198:5290{s} err="error:0A000415:SSL routines::'
             'sslv3 alert certificate expired"')
    client = [(s, proxy, failed.format(s=s)) for s in (20, 29, 32, 55)]
    server = [(s + 1, ingest, alert.format(s=s + 1)) for s in (20, 32, 55)]
    ext = diagnose(packed_rows(sorted(client + server, key=lambda r: r[0])), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "tls_certificate", "hive-ingest", "ERROR")
    assert diagnose(packed_rows(client), kb=kb).extraction.component == "hive-scale-gateway"


def test_a_resolver_with_no_replica_available_is_down(kb):
    """CoreDNS exits on a forwarding loop and is backed off; the Deployment controller then
    says none of its replicas is available: no name of the cluster resolves (CRITICAL).
    Without that word, one replica backed off may leave the other serving (ERROR)."""
    pod = {"namespace": "kube-system", "pod": "coredns-p766llq9bc-tr652", "container": "coredns"}
    events = {"namespace": "kube-system", "job": "kubernetes-events"}
    rows = [(0, pod, "CoreDNS-1.11.1"),
            (1, pod, '[FATAL] plugin/loop: Loop (127.0.0.1:47338 -> :53) detected for zone ".",'
                     " see https://coredns.io/plugins/loop#troubleshooting. Query: \"HINFO "
                     '6378652763897671433.9860722526050801025."'),
            (20, events, "Warning  BackOff                pod/coredns-p766llq9bc-tr652   Back-off"
                         " restarting failed container coredns in pod coredns-p766llq9bc-tr652"
                         "_kube-system(7f12bfd3-0e3e-9ab7-91b0-acf649d2aa91)")]
    unavailable = (40, events, "Warning  ReplicasUnavailable    deployment/coredns   Deployment "
                               "does not have minimum availability. 0/2 replicas available")
    down = diagnose(packed_rows([*rows, unavailable]), kb=kb).extraction
    assert (down.root_cause_category, down.component, down.severity) == (
        "dns_resolution", "coredns", "CRITICAL")
    assert diagnose(packed_rows(rows), kb=kb).extraction.severity == "ERROR"


def test_a_client_refusing_its_malformed_service_url_is_a_config_error(kb):
    """Dropwizard failing to start a managed Pulsar client whose configured URL lacks the
    ":" after its scheme ("Caused by: ...PulsarClientException$InvalidServiceURL: ...
    Illegal service url: pulsar+ssl//pulsar-proxy..."): the setting is wrong, not the code."""
    pod = "lift-status-api-6bd5d8c7f4-rj6sc"
    crash = ('Exception in thread "main" java.lang.RuntimeException: Unable to start managed '
             "object com.liftcare.status.pulsar.ManagedPulsarClient@5c2f1e1c\n\tat io.dropwizard."
             "lifecycle.JettyManaged.doStart(JettyManaged.java:27)\nCaused by: org.apache.pulsar."
             "client.api.PulsarClientException$InvalidServiceURL: java.lang.IllegalArgumentExc"
             "eption: Illegal service url: pulsar+ssl//pulsar-proxy.pulsar.svc.cluster.local:6651"
             "\n\tat org.apache.pulsar.common.net.ServiceURI.create(ServiceURI.java:62)")
    started = "INFO  [2026-03-31 16:05:29,333] io.dropwizard.server.DefaultServerFactory: start"
    got = _diag(kb, [(0, pod, started), (1, pod, crash), (30, pod, started), (31, pod, crash)])
    assert (got.root_cause_category, got.component) == ("config_error", "lift-status-api")


def test_envoys_no_healthy_upstream_is_no_dns_failure(kb):
    """"no healthy upstream" is Envoy's answer when a cluster has no ready endpoint (a 503
    body a caller logs), not CoreDNS's."""
    line = ('time=2026-03-31T16:05:34.620Z level=ERROR msg="lift state fetch failed" '
            'upstream=lift-status-api status=503 body="no healthy upstream"')
    got = diagnose(packed_from([(0, "building-portal-7c9d6b5f8-2kqw7", line)]), kb=kb)
    assert "dns_resolution" not in {h.sig.category for h in got.lines[0].hits}


def test_an_acceptor_out_of_file_descriptors_is_the_resource_its_callers_time_out_on(kb):
    """Erlang's Ranch "acceptor reducing accept rate: out of file descriptors" on a socket
    hub, its uplinks timing out connecting to it a second later: the hub ran out of file
    descriptors (resource_exhausted), not the uplinks' timeouts."""
    hub = "crowd-sensor-hub-5f7b9c8d6-k2x9q"
    rows = [(0, hub, "13:58:04.000 [warning] open sockets 4071 of 4096 allowed file "
                     "descriptors"),
            (2, hub, "13:58:06.313 [error] Ranch acceptor reducing accept rate: out of file "
                     "descriptors"),
            *((s, f"sensor-uplink-{n}", f"time=2026-04-18T13:58:{s:02d}Z level=WARN msg=\"hub "
                                        "connect failed: timeout after 5000ms, retrying in 8s\"")
              for s, n in ((3, "a"), (7, "b"), (12, "a"))),
            (9, hub, "13:58:11.774 [error] Ranch acceptor reducing accept rate: out of file "
                     "descriptors")]
    got = _diag(kb, sorted(rows), namespace="crowd")
    assert (got.root_cause_category, got.component) == ("resource_exhausted", "crowd-sensor-hub")


def test_an_expired_mesh_issuer_is_the_critical_cause_of_its_proxies_handshake_failures(kb):
    """Linkerd's identity service cannot issue certificates ("issuer certificate expired at
    ... (NotAfter)"), and a second later the meshed workloads' proxies refuse each other's
    certificates ("invalid peer certificate: Expired"): the issuer is the cause, CRITICAL
    (every mTLS call of the mesh fails), not the first workload whose handshake failed."""
    identity = "linkerd-identity-6c9d7b5f8-jngw7"
    issue = ('time="2026-04-18T12:00:%02dZ" level=error msg="failed to issue certificate for '
             'stats-ingest.matchday.serviceaccount.identity.linkerd.cluster.local: issuer '
             'certificate expired at 2026-04-18T12:00:00Z (NotAfter)"')
    server = ("[86221.991956s]  INFO ThreadId(01) inbound:server{port=8080}: linkerd_app_core::"
              "serve: Connection closed error=TLS handshake failed: invalid peer certificate: "
              "Expired client.addr=10.44.2.17:48812")
    caller = ("2026-04-18T12:00:%02dZ ERROR scoreboard-feed: GET http://replay-api.matchday:8080"
              "/v1/latest failed: 502 Bad Gateway (l5d-proxy-error: endpoint 10.44.6.12:8080: "
              "invalid peer certificate: Expired)")
    rows = [(41, identity, issue % 41), (44, "replay-api-7f9c8d6b5-v7ssr", server),
            (46, "scoreboard-feed-5d8f7c9b6-sdrm9", caller % 46), (51, identity, issue % 51),
            (58, "scoreboard-feed-5d8f7c9b6-sdrm9", caller % 58)]
    got = _diag(kb, rows, namespace="matchday")
    assert (got.root_cause_category, got.severity, got.component) == (
        "tls_certificate", "CRITICAL", "linkerd-identity")


def test_a_tokens_refusal_ended_by_the_clients_new_login_is_a_warning(kb):
    """A client whose Vault token reached its max TTL is refused (403 permission denied),
    logs in again and gets new credentials: its access is back (WARN). Refused with no new
    login after, it fails (ERROR)."""
    pod = "catalog-api-6f7c9-lc8cq"
    refused = [(0, pod, "ERROR c.b.catalog.secrets.SecretsRefresher - Failed to refresh "
                        "database credentials: 403 Forbidden. Text: \"{\"errors\":[\"permission "
                        "denied\"]}\""),
               (1, pod, "ERROR c.b.catalog.secrets.SecretsRefresher - io.ktor.client.plugins."
                        "ClientRequestException: Client "
                        "request(GET https://vault.vault.svc:8200/v1/database/creds/catalog-ro)"
                        " invalid: 403 Forbidden. Text: \"{\"errors\":[\"permission denied\"]}\""),
               (2, pod, "WARN  c.b.catalog.secrets.VaultAuth - vault token rejected (403) after "
                        "768h0m0s; token reached max_ttl, re-authenticating via kubernetes auth")]
    back = [(3, pod, "INFO  c.b.catalog.secrets.VaultAuth - vault login ok: policies=[catalog-"
                     "api default] token_ttl=1h renewable=true"),
            (4, pod, "INFO  c.b.catalog.secrets.SecretsRefresher - database credentials "
                     "refreshed lease_duration=1h")]
    ext = _diag(kb, [*refused, *back])
    assert (ext.root_cause_category, ext.severity) == ("auth_failure", "WARN")
    assert _diag(kb, refused).severity == "ERROR"


def test_liveness_failures_that_the_containers_own_log_then_answers_200_are_a_warning(kb):
    """The kubelet's liveness probe times out twice while a search engine reindexes; then
    the container's access log answers the kubelet's probe with 200 again: the failures
    ended (WARN). Without that answer they go on (ERROR)."""
    pod = "instructor-search-0"
    failed = [(s, pod, f'type=Warning reason=Unhealthy kind=Pod name={pod} count={n} '
                       'msg="Liveness probe failed: Get \\"http://10.44.5.74:7700/health\\": '
                       'context deadline exceeded (Client.Timeout exceeded while awaiting '
                       'headers)"') for n, s in ((1, 0), (2, 9))]
    answered = (18, pod, '[2026-01-20T02:30:32Z INFO  actix_web::middleware::logger] 10.44.5.1 '
                         '"GET /health HTTP/1.1" 200 20 "-" "kube-probe/1.29" 0.000098')
    ext = _diag(kb, [*failed, answered])
    assert (ext.root_cause_category, ext.severity) == ("probe_failure", "WARN")
    assert _diag(kb, failed).severity == "ERROR"


def test_a_callee_only_warned_of_is_felt_when_its_callers_announced_retry_fails_again(kb):
    """A broker warns of every failed TLS handshake; its client's error says it retries in
    30 s. Written once, the retry may have worked; written again, the retry failed too: the
    callers feel it (ERROR, not WARN)."""
    def alert(s: int) -> tuple[int, str, str]:
        return (s, "emqx-0", "[warning] msg: ssl_handshake_failed, listener: ssl:default, "
                             "reason: {tls_alert,{certificate_expired,\"TLS server: In state "
                             "certify received CLIENT ALERT: Fatal - Certificate Expired\"}}")

    def retry(s: int) -> tuple[int, str, str]:
        return (s, "station-bridge-0", "ERROR a.s.bridge.MqttUplink - MQTT connect to emqx.snow"
                                       "-telemetry.svc:8883 failed, retry in 30s")
    ext = _diag(kb, [alert(0), retry(0), alert(31), retry(31)])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "tls_certificate", "emqx", "ERROR")
    assert _diag(kb, [alert(0), retry(0)]).severity == "WARN"


def test_an_artemis_clients_send_timeouts_are_the_brokers_full_disk_which_is_critical(kb):
    """ActiveMQ Artemis warns once that its disk is full and blocks production; its
    producer's sends time out loudly, naming no host, only Artemis's own message code. The
    broker is the component, out of disk: CRITICAL, like any message store whose log is
    full."""
    sends = [(s, "press-scheduler-7c9d-2hb4s", "ERROR [com.bwx.mes.JobDispatcher] failed to "
                                               f"dispatch pressing job PJ-{s}: jakarta.jms."
                                               "JMSException: AMQ219014: Timed out after "
                                               "waiting 30000 ms for response")
             for s in (0, 5, 11, 17, 22, 27)]
    full = (11, "artemis-broker-0", "WARN  [org.apache.activemq.artemis.core.server] AMQ222212: "
                                    "Disk Full! Blocking message production on address "
                                    "'press.jobs'. Clients will report blocked.")
    ext = _diag(kb, [*sends[:2], full, *sends[2:]])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "resource_exhausted", "artemis-broker", "CRITICAL")
    # with the broker's line unread, the timeouts are still its
    assert _diag(kb, sends).component == "artemis"


def test_a_brokers_disk_alarm_is_critical_and_its_memory_alarm_an_error(kb):
    """RabbitMQ past its disk free limit takes no message from any publisher until space is
    freed: down for them (CRITICAL), as Artemis with a full journal; past its memory high
    watermark it blocks them while its consumers drain the queues (ERROR)."""
    mq = {"namespace": "messaging", "pod": "mecc-rabbitmq-server-0", "app": "rabbitmq"}
    shop = {"namespace": "ticketing", "pod": "ticket-shop-7d9f4b8c6-x2k9p", "app": "ticket-shop"}
    rows = [
        (0, mq, "2026-02-24 12:40:20.400315+00:00 [warning] <0.482.0> Free disk space is "
                "insufficient. Free bytes: 47185920. Limit: 50000000"),
        (1, mq, "2026-02-24 12:40:20.410468+00:00 [warning] <0.478.0> disk resource limit alarm "
                "set on node 'rabbit@mecc-rabbitmq-server-0'."),
        (2, mq, "*** Publishers will be blocked until this alarm clears ***"),
        (3, shop, "2026-02-24T12:40:21.000Z warn: Mecc.Tickets.Messaging.RabbitPublisher[7] "
                  "RabbitMQ connection blocked by broker: low on disk"),
    ]
    disk = diagnose(packed_rows(rows), kb=kb).extraction
    assert (disk.root_cause_category, disk.component, disk.severity) == (
        "resource_exhausted", "rabbitmq", "CRITICAL")
    assert _memory_alarm(kb, cleared=False).severity == "ERROR"


def test_a_data_stores_disk_full_is_critical_and_an_apps_an_error(kb):
    """A data store that cannot write for lack of space (a Kafka broker's log segment, "No
    space left on device") has stopped taking writes and may lose them: CRITICAL. An app's
    scratch write failing so is an error it can recover from."""
    line = ("[2026-05-02 03:14:{s:02d},118] ERROR Error while appending records to "
            "orders-{s} in dir /var/lib/kafka/data (kafka.server.LogDirFailureChannel) "
            "java.io.IOException: No space left on device")
    store = _diag(kb, [(s, "kafka-2", line.format(s=s)) for s in (1, 9, 17)])
    assert (store.root_cause_category, store.severity) == ("resource_exhausted", "CRITICAL")
    app = _diag(kb, [(s, "thumbnailer-7d9f4b8c6-x2k9p", f"ERROR write /cache/thumb-{s}.webp: no "
                                                        "space left on device")
                     for s in (1, 9, 17)])
    assert (app.root_cause_category, app.severity) == ("resource_exhausted", "ERROR")


def test_minios_storage_full_is_the_object_stores_and_critical(kb):
    """MinIO below its minimum free drive space rejects every upload (XMinioStorageFull,
    507): its own multi-line API error and its client's (an AWS SDK's error metadata that
    names no host, only MinIO's own code). The object store is the component, refusing
    every write: CRITICAL."""
    upload = [(s, "gate-ocr-5d9c7b8f6-pl2tn", "ERROR gate_ocr::archive: upload failed lane=2 "
                                              "error=ServiceError(ServiceError { source: "
                                              "Unhandled(Unhandled { source: ErrorMetadata { "
                                              'code: Some("XMinioStorageFull"), message: '
                                              'Some("Storage backend has reached its minimum '
                                              'free drive threshold. Please delete a few '
                                              'objects to proceed."), extras: None } }), raw: '
                                              "Response { status: StatusCode(507) } })")
              for s in (1, 7, 13)]
    own = (0, "gate-minio-0", "API: PutObject(bucket=gate-photos, object=lane2/GT-88120.jpg)\n"
                              "Host: gate-minio.truckgate.svc:9000\nError: Storage backend has "
                              "reached its minimum free drive threshold. Please delete a few "
                              "objects to proceed. (cmd.StorageErr)")
    ext = _diag(kb, [own, *upload])
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "resource_exhausted", "gate-minio", "CRITICAL")


def test_agroals_acquisition_timeout_is_a_pool_exhausted(kb):
    """Quarkus's Agroal pool with every connection in use: "Unable to acquire JDBC
    Connection [Sorry, acquisition timeout!]" is its pool exhausted, not a database
    refusing."""
    ext = _diag(kb, [(s, "bulletin-api-6c9d7f8b5-rw4n8", "ERROR [io.qua.ver.htt.run."
                                                         "QuarkusErrorHandler] HTTP Request to "
                                                         "/api/v1/bulletins failed: org."
                                                         "hibernate.exception.GenericJDBC"
                                                         "Exception: Unable to acquire JDBC "
                                                         "Connection [Sorry, acquisition "
                                                         "timeout!] [n/a]") for s in (0, 1, 2)])
    assert (ext.root_cause_category, ext.component) == ("resource_exhausted", "bulletin-api")


def test_an_exporters_event_labelled_with_the_pod_names_the_pods_workload_not_the_exporter():
    from analyzer.engine.owners import owners_of
    from retrieval.records import LogRecord

    exporter = {"job": "kubernetes-events", "namespace": "snow", "app": "kubernetes-events",
                "pod": "snow-planner-29512380-q8v2d"}
    own = {"namespace": "snow", "app": "snow-control", "pod": "snow-control-7b4c9d5f6-8kq2m"}
    lines = [
        LogRecord(ts=T0, labels=exporter, line="Warning  FailedScheduling  "
                  "pod/snow-planner-29512380-q8v2d  0/5 nodes are available: 2 Insufficient "
                  "memory"),
        LogRecord(ts=T0 + 1, labels=own, line="waiting for the nightly plan"),
    ]
    assert owners_of(lines) == ["snow-planner", "snow-control"]
    # a stream whose app the pod's name begins with is the pod's own, events included
    rabbit = {"namespace": "mq", "app": "rabbitmq", "pod": "rabbitmq-server-2"}
    event = LogRecord(ts=T0, labels=rabbit, line="Warning  BackOff  pod/rabbitmq-server-2  "
                      "Back-off restarting failed container")
    assert owners_of([event]) == ["rabbitmq"]


def test_a_node_agents_journal_labelled_with_its_app_is_the_hosts_about_the_pod_it_names():
    from analyzer.engine.owners import line_workload
    from retrieval.records import LogRecord

    kubelet = {"job": "systemd-journal", "node": "port-w3", "unit": "kubelet.service",
               "app": "kubelet"}
    line = ('E0224 05:00:16.300823    2210 pod_workers.go:1298] "Error syncing pod, skipping" '
            'err="failed to \\"StartContainer\\" for \\"sync\\" with ImagePullBackOff" '
            'pod="berths/manifest-sync-29512440-7xk2p"')
    assert line_workload(LogRecord(ts=T0, labels=kubelet, line=line)) == "manifest-sync"
    # a unit of the host's own software keeps its name
    caddy = {"job": "systemd-journal", "node": "gw-01", "unit": "caddy.service", "app": "caddy"}
    assert line_workload(LogRecord(ts=T0, labels=caddy, line=line)) == "caddy"


def test_a_failing_disk_under_a_degraded_longhorn_volume_is_a_warning(kb):
    """A node's disk fails writes (medium errors) and Longhorn then reports the replica on
    it failed and the volume degraded, a new replica rebuilding: the node's disk is the
    cause, a warning (the other replicas serve). Had Longhorn said every replica failed,
    the volume would be lost: not a warning."""
    kernel = {"job": "systemd-journal", "unit": "kernel", "app": "kernel", "node": "port-w4"}
    manager = {"namespace": "longhorn-system", "app": "longhorn-manager",
               "pod": "longhorn-manager-x8k2p", "container": "longhorn-manager",
               "node": "port-w3"}
    vol = "pvc-3f2a9c1e-7b4d-4e8a-9c61-0d2f5b8a7e13"
    disk = [(0, kernel, "[3857751.404323] I/O error, dev sdb, sector 419430912 op 0x1:(WRITE) "
                        "flags 0x8800 phys_seg 1 prio class 2"),
            (11, kernel, "[3857762.540541] Buffer I/O error on dev sdb1, logical block "
                         "52428864, lost async page write")]
    degraded = [(9, manager, f'time="2026-02-08T03:17:09Z" level=warning msg="Replica '
                             f'{vol}-r-6b1e8f20 of volume {vol} is failed" node=port-w3'),
                (40, manager, f'time="2026-02-08T03:17:40Z" level=info msg="Creating a new '
                              f'replica {vol}-r-a07c3d19 on node port-w2"')]
    got = diagnose(packed_rows(sorted([*disk, *degraded], key=lambda r: r[0])),
                   kb=kb).extraction
    assert (got.root_cause_category, got.component, got.severity) == (
        "storage", "port-w4", "WARN")
    faulted = (30, manager, f'time="2026-02-08T03:17:30Z" level=warning msg="Volume {vol} is '
                            'faulted: All replicas are failed"')
    got = diagnose(packed_rows(sorted([*disk, *degraded, faulted], key=lambda r: r[0])),
                   kb=kb).extraction
    assert got.severity != "WARN"


def test_the_kernels_journal_labelled_app_kernel_is_the_hosts():
    """journald's kernel transport has no unit: a collector labels it ``unit: kernel`` (and
    ``app: kernel``). Its lines are the node's, not a workload called ``kernel``'s."""
    from analyzer.engine.owners import line_workload
    from retrieval.records import LogRecord

    kernel = {"job": "systemd-journal", "node": "port-w2", "unit": "kernel", "app": "kernel"}
    line = "[1173269.431455] sd 2:0:0:0: [sdb] tag#18 Sense Key : Medium Error [current]"
    assert line_workload(LogRecord(ts=T0, labels=kernel, line=line)) == "port-w2"


def test_a_processs_segfault_in_its_nodes_kernel_log_is_its_workloads_crash(kb):
    """The kernel reports a process's segfault on the node (``berth-optimizer[3123]:
    segfault at 18 ip ... error 4 in berth-optimizer[...]``) while the kubelet backs off
    restarting its container and its caller is refused: the optimizer crashes (an
    application error of its own, CRITICAL: nothing of it serves), not a refusal."""
    kernel = {"job": "systemd-journal", "node": "port-w2", "unit": "kernel", "app": "kernel"}
    opt = {"namespace": "berths", "app": "berth-optimizer", "node": "port-w2",
           "pod": "berth-optimizer-84c6d9b7f-zt5qw", "container": "berth-optimizer"}
    events = {"namespace": "berths", "job": "kubernetes-events", "node": "port-w2",
              "pod": "berth-optimizer-84c6d9b7f-zt5qw"}
    caller = {"namespace": "berths", "app": "berth-scheduler", "node": "port-w1",
              "pod": "berth-scheduler-6d8b7c5f9-w2ntx", "container": "berth-scheduler"}

    def fault(pid: int) -> str:
        return (f"[11732{pid}.431455] berth-optimizer[{pid}]: segfault at 18 ip "
                "000055d1c2f4a1b3 sp 00007f2a1bffe7c0 error 4 in "
                "berth-optimizer[55d1c2e00000+3a0000] likely on CPU 3 (core 3, socket 0)")

    backoff = ("Warning  BackOff  pod/berth-optimizer-84c6d9b7f-zt5qw  Back-off restarting "
               "failed container berth-optimizer in pod berth-optimizer-84c6d9b7f-zt5qw")
    rows = [(0, opt, "20260302 14:20:00.310118 UTC 1 INFO  berth-optimizer 2.3.1 listening on "
                     "0.0.0.0:8848 - main.cc:57"),
            (1, kernel, fault(3123)),
            (2, caller, "2026-03-02 14:20:01,904 WARN  [berth.scheduler.optimizer] - optimizer "
                        "call failed: java.net.ConnectException: Connection refused "
                        "(berth-optimizer.berths.svc:8848)"),
            (3, events, backoff),
            (41, opt, "20260302 14:20:41.207576 UTC 1 INFO  berth-optimizer 2.3.1 listening on "
                      "0.0.0.0:8848 - main.cc:57"),
            (42, kernel, fault(3391)),
            (62, events, backoff)]
    got = diagnose(packed_rows(rows), kb=kb).extraction
    assert (got.root_cause_category, got.component, got.severity) == (
        "application_error", "berth-optimizer", "CRITICAL")


def test_a_workload_the_kubelet_backs_off_restarting_while_callers_are_refused_is_down(kb):
    """The dispatch's liveness probe asks a path it no longer serves: the kubelet kills it
    and backs off restarting it, and the radio bridge's connections to it are refused (its
    Service has no endpoint): nothing of it serves (CRITICAL). The same kills with no caller
    refused leave it ERROR."""
    events = {"namespace": "patrol", "job": "kubernetes-events"}
    pod = "pod/patrol-dispatch-7d4f8b6c9-ws3kx"
    own = {"namespace": "patrol", "pod": "patrol-dispatch-7d4f8b6c9-ws3kx",
           "app": "patrol-dispatch"}
    looping = [
        (0, own, "[ NOTICE ] Server starting on http://0.0.0.0:8080"),
        (10, events, f"Warning  Unhealthy  {pod}  Liveness probe failed: HTTP probe failed "
                     "with statuscode: 404"),
        (30, events, f"Normal  Killing  {pod}  Container patrol-dispatch failed liveness "
                     "probe, will be restarted"),
        (41, events, f"Warning  BackOff  {pod}  Back-off restarting failed container "
                     "patrol-dispatch in pod patrol-dispatch-7d4f8b6c9-ws3kx_patrol"
                     "(4c1a7e9b-2d5f-4b38-9e60-8a3d1f7c2b95)"),
    ]
    bridge = {"namespace": "patrol", "pod": "patrol-radio-bridge-5b9f7d6c8-n4vxs",
              "app": "patrol-radio-bridge"}
    refused = [(33, bridge, "WARNING: 2026-02-02 10:40:33.502245: dispatch: post status for "
                            "P-2026-0440 failed: ClientException with SocketException: "
                            "Connection refused (OS Error: Connection refused, errno = 111), "
                            "address = patrol-dispatch.patrol.svc, port = 43512")]
    ext = diagnose(packed_rows(looping + refused), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "probe_failure", "patrol-dispatch", "CRITICAL")
    assert diagnose(packed_rows(looping), kb=kb).extraction.severity == "ERROR"


def test_members_of_a_cluster_refusing_one_at_a_time_are_a_rolling_restart(kb):
    """A Kafka operator restarts its brokers in turn: the consumer is refused by broker 2,
    then by broker 1, never by two at once, and goes on consuming from the others (a
    rolling restart the cluster absorbed). Two members refusing at once, or one member
    only (nothing says the others answer), is an incident."""
    pod = "deed-intake-6kwk7k27k-fkqgn"

    def refused(s: int, member: int) -> tuple[int, str, str]:
        return (s, pod, f"%3|1773869412.000|FAIL|rdkafka#consumer-1| [thrd:ssl://events-kafka-"
                        f"{member}.events-kafka-brokers.kafka.svc:9093/{member}]: ssl://events-"
                        f"kafka-{member}.events-kafka-brokers.kafka.svc:9093/{member}: Connect "
                        "to ipv4#10.129.4.37:9093 failed: Connection refused (after 0ms in "
                        "state CONNECT)")

    consumed = [(s, pod, f'{{"level":"info","msg":"deed registered","offset":{s}}}')
                for s in range(0, 200, 20)]
    rolling = [refused(s, 2) for s in (12, 13, 15)] + [refused(s, 1) for s in (81, 82, 84)]
    ext = _diag(kb, sorted(consumed + rolling, key=lambda r: r[0]))
    assert (ext.root_cause_category, ext.severity) == ("none", "INFO")
    at_once = [refused(s, 2) for s in (12, 13, 15, 81)] + [refused(s, 1) for s in (14, 82)]
    assert _diag(kb, sorted(consumed + at_once, key=lambda r: r[0])
                 ).root_cause_category == "connection_refused"
    one = [refused(s, 2) for s in (12, 13, 15, 81, 82, 84)]
    assert _diag(kb, sorted(consumed + one, key=lambda r: r[0])
                 ).root_cause_category == "connection_refused"


def _lock_queue(kb, acquired: bool):
    """PostgreSQL logging the lock queue behind a long report (log_lock_waits), its
    statements cancelled by the statement timeout, the callers' deadlines exceeded, and
    (``acquired``) the queue moving again."""
    db, app = "ticketing-db-1", "ticket-sales-6d9f7c8b5-q2w8e"
    rows = []
    for n, s in enumerate((5, 30, 55, 80, 105, 130)):
        pid = 5133 + n
        rows += [(s, db, f"2026-09-12 18:59:{s % 60:02d}.800 UTC [{pid}] LOG:  process {pid} "
                         "still waiting for RowExclusiveLock on relation 16741 of database "
                         "16384 after 1000.242 ms"),
                 (s + 14, db, f"2026-09-12 18:59:{(s + 14) % 60:02d}.800 UTC [{pid}] ERROR:  "
                              "canceling statement due to statement timeout"),
                 (s + 15, app, '{"level":"error","msg":"reserve seats failed","error":'
                               '"timeout: context deadline exceeded"}')]
    if acquired:
        rows += [(150, db, "2026-09-12 19:03:07.110 UTC [5120] LOG:  process 5120 acquired "
                           "AccessExclusiveLock on relation 16741 of database 16384 after "
                           "256310.551 ms"),
                 (170, app, '{"level":"info","msg":"seats reserved","seats":2}')]
    return _diag(kb, sorted(rows, key=lambda r: r[0]))


def test_a_queue_behind_a_postgres_lock_is_the_databases_and_over_once_acquired(kb):
    """PostgreSQL's log_lock_waits ("process 5133 still waiting for RowExclusiveLock on
    relation …") is a database-side lock queue, the earlier cause of its statement timeouts
    and its callers' deadlines; "process 5120 acquired AccessExclusiveLock … after
    256310.551 ms" is the queue moving again."""
    stuck = _lock_queue(kb, acquired=False)
    assert (stuck.root_cause_category, stuck.component, stuck.severity) == (
        "database", "ticketing-db", "ERROR")
    assert _lock_queue(kb, acquired=True).severity == "WARN"


def _unready_recipe_api(kb, quick_again: bool):
    """recipe-api's readiness probe timing out for minutes while its own health check of
    recipe-db takes 1.5 s, Traefik answering 503 for it meanwhile, and (``quick_again``) the
    check answering in 14 ms once the load is gone."""
    api = {"namespace": "recipes", "pod": "recipe-api-5b7d9c8f6-hq2mz",
           "container": "recipe-api", "app": "recipe-api"}
    events = {"job": "kubernetes-events", "namespace": "recipes"}
    traefik = {"namespace": "kube-system", "pod": "traefik-6d8f9b7c5-x2k9p",
               "container": "traefik", "app": "traefik"}
    check = ("{level}: Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"
             "[{event}] Health check recipe-db with status Healthy completed after {ms}ms "
             "with message '(null)'")
    rows = []
    for s in range(0, 150, 10):
        rows += [(s, api, check.format(level="warn", event=103, ms="1567.7000")),
                 (s + 1, events, "Warning  Unhealthy  pod/recipe-api-5b7d9c8f6-hq2mz  "
                                 'Readiness probe failed: Get "http://10.42.1.37:8080/health/'
                                 'ready": context deadline exceeded (Client.Timeout exceeded '
                                 "while awaiting headers)"),
                 (s + 2, traefik, f'10.50.1.23 - - [19/Feb/2026:13:03:{s % 60:02d} +0000] "GET '
                                  '/api/recipes/1066 HTTP/1.1" 503 19 "-" "-" 170009 '
                                  '"recipes-recipe-api-80@kubernetes" "-" 0ms')]
    if quick_again:
        rows.append((170, api, check.format(level="info", event=100, ms="14.2210")))
    return diagnose(packed_rows(rows), kb=kb).extraction


def test_readiness_timeouts_end_when_the_apps_own_health_check_answers_quickly_again(kb):
    """ASP.NET Core's check of its database took 1.5 s while the kubelet's one-second
    readiness probe timed out and Traefik answered 503 (ERROR); once the same check answers
    Healthy in 14 ms the probe passes again: it was over within the window (WARN)."""
    assert _unready_recipe_api(kb, quick_again=False).severity == "ERROR"
    again = _unready_recipe_api(kb, quick_again=True)
    assert (again.root_cause_category, again.severity) == ("probe_failure", "WARN")
