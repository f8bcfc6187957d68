"""Who an incident is about: hosts that callers name, systemd's lines about a unit, typed
clients, a schema migration's runner, a DNS server that reloaded a zone (signatures only: no
classifier, but where the callers' severity needs it)."""

from __future__ import annotations

from analyzer.engine.diagnose import diagnose
from analyzer.engine.owners import node_of, pod_of
from analyzer.engine.targets import callee_names, client_classes, socket_owners
from retrieval.records import LogRecord
from tests.analyzer.engine_helpers import packed_rows


def _syslog(host, app):
    return {"job": "syslog", "host": host, "app": app}


_CONFIG = [
    (0, "lightd", "Mar 14 19:47:04 {h} lightd[22786]: FATAL config: patch.yaml line 212: "
                  'fixture "FOH-Spot-14" universe 7 address 513 out of range (1-512)'),
    (1, "systemd", "Mar 14 19:47:05 {h} systemd[1]: lightd.service: Main process exited, "
                   "code=exited, status=78/CONFIG"),
    (5, "systemd", "Mar 14 19:47:09 {h} systemd[1]: lightd.service: Scheduled restart job, "
                   "restart counter is at 5."),
    (8, "systemd", "Mar 14 19:47:23 {h} systemd[1]: lightd.service: Start request repeated "
                   "too quickly."),
]


def _lighting(kb, callers_name_the_host: bool):
    rows = [(s, _syslog("lx-ctl-01", app), line.format(h="lx-ctl-01"))
            for s, app, line in _CONFIG]
    rows += [(s, _syslog("lx-ctl-02", "lightd"),
              f"Mar 14 19:47:{10 + s:02d} lx-ctl-02 lightd[3321]: cue executed Q114 "
              "universes 9-12 fade 3.0s") for s in (3, 9)]
    target = ("output node lx-ctl-01 (10.60.0.21:7400)" if callers_name_the_host
              else "output node (10.60.0.21:7400)")
    rows += [(s, _syslog("lx-console-main", "cuestack"),
              f"Mar 14 19:47:{10 + s:02d} lx-console-main cuestack[1187]: GO Q11{s}.5 failed: "
              f"{target} unreachable: Connection refused")
             for s in (2, 4, 6, 7, 10, 12)]
    return diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction


def test_a_unit_that_exits_on_its_config_is_named_by_the_host_its_callers_name(kb):
    """A lighting controller whose daemon exits with sysexits' EX_CONFIG (systemd: "status=78/
    CONFIG") and restarts five times, its console's cues refused on "output node lx-ctl-01
    (10.60.0.21:7400)", the same daemon working on lx-ctl-02: the config error is the cause
    (not the refusals), systemd's lines about lightd.service are lightd's, the counter says
    five restarts (CRITICAL), and the host the callers name is the component."""
    ext = _lighting(kb, callers_name_the_host=True)
    assert (ext.root_cause_category, ext.severity, ext.component) == (
        "config_error", "CRITICAL", "lx-ctl-01")
    unnamed = _lighting(kb, callers_name_the_host=False)  # nothing names the host: the unit
    assert (unnamed.root_cause_category, unnamed.component) == ("config_error", "lightd")


def test_a_systemd_unit_suffix_is_no_keyed_service_and_a_host_is_named_whole(kb):
    """"lightd.service: Main process exited" names no dependency "main"; a name before its
    address ("node lx-ctl-01 (10.60.0.21:7400)") is one, and a machine of the window keeps
    its "-01" (no pod ordinal)."""
    from analyzer.engine.targets import dependency_names

    assert callee_names("lightd.service: Main process exited, code=exited", kb) == []
    assert callee_names("lightd.service: Scheduled restart job, restart counter", kb) == []
    assert callee_names("service: orders-api:8080 refused", kb)[:1] == ["orders-api"]
    line = "GO Q113.5 failed: output node lx-ctl-01 (10.60.0.21:7400) unreachable"
    assert callee_names(line, kb)[:1] == ["lx-ctl"]  # a pod's ordinal, for all it knows
    assert dependency_names(line, kb, machines={"lx-ctl-01"})[0][:1] == ["lx-ctl-01"]
    assert callee_names("connect to (10.60.0.21:7400) failed", kb) == []


def test_a_key_with_an_underscore_before_a_number_is_no_host_and_port(kb):
    """The kernel's "oom_score_adj:985" and a job's "exit_status:137" are fields: no host
    name has an underscore. A host:port beside them is still read."""
    oom = ("Memory cgroup out of memory: Killed process 41234 (node) total-vm:1834560kB, "
           "anon-rss:1022416kB, UID:1000 pgtables:2344kB oom_score_adj:985")
    assert callee_names(oom, kb) == []
    assert callee_names("worker exited exit_status:137 after dialing pg-main:5432",
                        kb)[:1] == ["pg-main"]


def test_a_version_ending_in_zero_is_no_zero_count(kb):
    """"GO Q113.0 failed: ... Connection refused" is a failed cue, not "0 failed"."""
    zero = next(s for s in kb.signatures if s.id == "zero-counts")
    assert zero.pattern.search("GO Q113.0 failed: output node unreachable") is None
    assert zero.pattern.search("backup done: 0 failed, 12 copied") is not None


def test_a_typed_client_names_the_service_it_calls(kb):
    """A Spring caller's expired-certificate errors logged by its ``SeatInventoryClient``
    (no host in the message), the server's own handshake errors, another caller naming
    the server by URL: the server's certificate is the cause. A class name names only a
    workload present: with no seat-inventory here, the caller stays the component."""
    assert client_classes("c.o.boxoffice.seats.SeatInventoryClient  : seat hold failed") == [
        "seat-inventory"]
    assert client_classes("Shop.Clients.PaymentServiceClient[0]") == ["payment-service",
                                                                      "payment"]
    assert client_classes("RestTemplate and OkHttpClient") == []
    assert client_classes("System.Net.Http.HttpClient.Default.LogicalHandler[101]") == []
    ns = "opera-boxoffice"
    api = {"namespace": ns, "pod": "boxoffice-api-lpvjc8ww6-5dh76", "container": "api"}
    inventory = {"namespace": ns, "pod": "seat-inventory-j9hkxd7qk-bq2n2", "container": "srv"}
    expired = ("ERROR 1 --- [boxoffice-api] [nio-8080-exec-9] c.o.boxoffice.seats."
               "SeatInventoryClient  : seat hold failed: io.grpc.StatusRuntimeException: "
               "UNAVAILABLE: io exception; Caused by: javax.net.ssl.SSLHandshakeException: "
               "PKIX path validation failed: java.security.cert.CertPathValidatorException: "
               "validity check failed; Caused by: java.security.cert.CertificateExpiredException")
    rows = [(s, api, expired) for s in (0, 3, 6, 9, 12, 15)]
    alone = diagnose(packed_rows(rows), kb=kb).extraction
    assert (alone.root_cause_category, alone.component) == ("tls_certificate", "boxoffice-api")
    rows += [(s, inventory, "2026/02/28 18:41:05 http: TLS handshake error from "
                            "10.30.11.88:54354: remote error: tls: bad certificate")
             for s in (1, 13)]
    ext = diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("tls_certificate", "seat-inventory")


def test_a_typed_client_names_the_one_workload_its_service_words_begin(kb):
    """Elixir's ``PartsClient.reserve/2 failed ... Mint.TransportError{reason: :timeout}``
    calls the parts Service: the one workload here named ``parts-...`` (parts-catalog, whose
    requests take 28 s); with two such workloads it names neither."""
    ns = "workorders"
    orders = {"namespace": ns, "pod": "work-orders-ld95gc67pz-zv8sh", "app": "work-orders"}
    catalog = {"namespace": ns, "pod": "parts-catalog-5qt8grv72h-mlztn", "app": "parts-catalog"}
    failed = ("05:05:{s:02d}.062 request_id=ujzzi0UsoG-akRi5ow7g [error] PartsClient.reserve/2 "
              "failed wo=WO-494{s:02d} error=%Mint.TransportError{{reason: :timeout}}")
    rows = [(s, orders, failed.format(s=s)) for s in (4, 34, 55)]
    rows += [(s, catalog, "Request finished HTTP/1.1 POST http://parts-catalog.workorders.svc."
                          "cluster.local/api/reservations - 201 318 application/json "
                          "28551.4471ms") for s in (17, 47)]
    ext = diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("timeout", "parts-catalog")
    ledger = {"namespace": ns, "pod": "parts-ledger-7d9f4b8c6-x2k9p", "app": "parts-ledger"}
    rows += [(60, ledger, "ledger compacted 12 segments")]
    ext = diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction
    assert ext.component == "work-orders"


def _fastcgi(kb, classifier, pool_lines: bool):
    web = _syslog("shop-web02", "nginx")
    fpm = _syslog("shop-web02", "php-fpm")
    upstream = ('client: 203.0.113.{c}, server: shop.example, request: "GET /cart HTTP/1.1", '
                'upstream: "fastcgi://unix:/run/php/php8.3-fpm.sock:", host: "shop.example"')
    rows = [(s, web, f"2026/03/09 18:20:{s:02d} [error] 911#911: *{7000 + s} upstream timed "
                     "out (110: Connection timed out) while reading response header from "
                     f"upstream, {upstream.format(c=s)}")
            for s in (4, 10, 16, 22, 25, 28, 31, 34, 37, 40)]
    rows += [(s, web, f'203.0.113.{s} - - [09/Mar/2026:18:20:{s:02d} +0000] "GET /cart '
                      f'HTTP/1.1" {code} 160 "-" "Mozilla/5.0"')
             for s, code in ((5, 504), (8, 502), (11, 504), (14, 502), (17, 504), (20, 502),
                             (23, 504), (29, 504), (35, 504), (41, 504))]
    rows += [(s, web, f"2026/03/09 18:20:{s:02d} [error] 911#911: *{7000 + s} connect() to "
                      "unix:/run/php/php8.3-fpm.sock failed (11: Resource temporarily "
                      f"unavailable) while connecting to upstream, {upstream.format(c=s)}")
             for s in (7, 13, 19)]
    if pool_lines:
        rows += [(s, fpm, f"[09-Mar-2026 18:20:{s:02d}] WARNING: [pool shop] server reached "
                          "pm.max_children setting (20), consider raising it") for s in (2, 14)]
    return diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb,
                    classifier=classifier).extraction


def test_a_unix_socket_names_the_process_behind_it(kb, line_classifier):
    """nginx timing out on and refused by ``unix:/run/php/php8.3-fpm.sock`` while PHP-FPM on
    the same host says its pool reached ``pm.max_children``: the socket names PHP-FPM (its
    version dropped), and its full pool, not nginx's timeouts, is what to fix, at the
    callers' ERROR. Without PHP-FPM's own lines nothing is there to blame but nginx."""
    assert socket_owners("connect() to unix:/run/php/php8.3-fpm.sock failed") == [
        "php8.3-fpm", "php-fpm"]
    assert socket_owners('upstream: "fastcgi://unix:/var/run/php-fpm/www.sock:"') == [
        "php-fpm"]  # the pool's socket: its directory
    assert socket_owners("dial unix /run/postgresql/.s.PGSQL.5432: connect") == ["postgresql"]
    assert socket_owners("upstream: 127.0.0.1:9000, unix domain") == []
    ext = _fastcgi(kb, line_classifier, pool_lines=True)
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "resource_exhausted", "php-fpm", "ERROR")
    alone = _fastcgi(kb, line_classifier, pool_lines=False)
    assert alone.component == "nginx"


def _telegraf(kb, server_lines: bool):
    agent = {"job": "systemd-journal", "host": "lab-mon02", "unit": "telegraf.service"}
    server = {"job": "systemd-journal", "host": "lab-mon02", "unit": "influxdb.service"}
    url = "https://lab-mon02.greenhouse.internal:8086"
    rows = [(s, agent, f"2026-04-02T00:{s:02d}:10Z E! [outputs.influxdb_v2] When writing to "
                       f'[{url}]: Post "{url}/api/v2/write?bucket=climate&org=gh": tls: failed '
                       "to verify certificate: x509: certificate has expired or is not yet "
                       "valid") for s in range(0, 40, 4)]
    if server_lines:
        rows += [(s, server, f'ts=2026-04-02T00:{s:02d}:10.2Z lvl=info msg="http: TLS '
                             f'handshake error from 127.0.0.1:{40000 + s}: remote error: tls: '
                             'bad certificate" service=http') for s in range(1, 40, 8)]
    return diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction


def test_a_well_known_port_on_the_writers_own_host_names_the_server(kb):
    """Telegraf failing to verify the certificate of ``https://lab-mon02...:8086`` on its
    own host, where InfluxDB logs the handshakes it loses: InfluxDB's default port names
    it, and its certificate is what to renew. With no InfluxDB lines, the agent's own link
    is the component."""
    ext = _telegraf(kb, server_lines=True)
    assert (ext.root_cause_category, ext.component) == ("tls_certificate", "influxdb")
    assert _telegraf(kb, server_lines=False).component == "telegraf"


def test_a_status_from_a_named_service_names_that_service(kb):
    """"upstream request timeout (504 from fx-quotes)" names the service that answered the
    504; a status from a word ("404 from the server") names none. The caller's timeouts
    then point at the quote service that logs its own slow responses."""
    assert callee_names("quote failed: upstream request timeout (504 from fx-quotes)",
                        kb) == ["fx-quotes"]
    assert callee_names("got HTTP 503 Service Unavailable from payments-api", kb) == [
        "payments-api"]
    assert callee_names("received 404 from the server", kb) == []
    ns = "payouts"
    api = {"namespace": ns, "pod": "payout-api-6d9f8b7c5d-x2kqp", "container": "api"}
    fx = {"namespace": ns, "pod": "fx-quotes-5c7d9b8f6-q8wzn", "container": "fx"}
    rows = [(s, api, f"2026-05-04 09:00:{s:02d},100 ERROR [payouts] payout {4100 + s} quote "
                     "failed: upstream request timeout (504 from fx-quotes)")
            for s in range(0, 48, 4)]
    rows += [(s, fx, f"2026-05-04 09:00:{s:02d}.500 WARN  [http-3] c.x.fx.Quotes - slow "
                     f"response GET /v1/quote: {12000 + s} ms") for s in (6, 26)]
    ext = diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("timeout", "fx-quotes")


def test_a_failed_schema_migration_is_its_runners_not_the_databases(kb):
    """Flyway's "Migration V58__split_seat_holds.sql failed" in the migration Job, the
    database logging the statement it rejected, the API's "relation does not exist" after
    it: the Job that ran the migration is where it is fixed. Without the runner's own
    failure, the database errors stay the database's."""
    ns = "opera-boxoffice"
    job = {"namespace": ns, "pod": "boxoffice-migrate-58-8786m", "container": "flyway"}
    db = {"namespace": ns, "pod": "boxoffice-pg-1", "container": "postgres"}
    api = {"namespace": ns, "pod": "boxoffice-api-mmvnkcplx-hw6mb", "container": "api"}
    rows = [(0, job, 'Migrating schema "public" to version "58 - split seat holds"'),
            (2, db, '2026-03-03 10:00:39.040 UTC [812] ERROR:  could not create unique index '
                    '"seat_holds_perf_seat_uq"'),
            (3, job, "ERROR: Migration V58__split_seat_holds.sql failed | SQL State: 23505 | "
                     'Message: ERROR: could not create unique index "seat_holds_perf_seat_uq"'),
            (30, db, '2026-03-03 10:00:53.340 UTC [901] ERROR:  relation "seat_holds" does '
                     "not exist at character 15")]
    rows += [(s, api, "ERROR 1 --- [boxoffice-api] [nio-8080-exec-8] o.h.engine.jdbc.spi."
                      'SqlExceptionHelper   : ERROR: relation "seat_holds" does not exist')
             for s in (5, 8, 11, 14, 17, 20, 23)]
    rows.sort(key=lambda r: r[0])
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("database", "boxoffice-migrate")
    without = diagnose(packed_rows([r for r in rows if r[1] is not job]), kb=kb).extraction
    assert without.root_cause_category == "database"
    assert without.component != "boxoffice-migrate"


def test_a_statement_the_migration_tool_ran_is_no_failure_of_it(kb):
    """CloudNativePG's JSON record of a statement Flyway ran ("application_name":"Flyway by
    Redgate", "error_severity":"LOG") reports no failure: "error_severity" is a key."""
    migration = next(s for s in kb.signatures if s.id == "migration-failed")
    logged = ('{"level":"info","logger":"postgres","msg":"record","record":{"user_name":'
              '"flyway","application_name":"Flyway by Redgate","error_severity":"LOG",'
              '"message":"statement: ALTER TABLE seat_holds RENAME TO seat_holds_legacy"}}')
    assert migration.pattern.search(logged) is None
    assert migration.pattern.search("Flyway migrate failed: checksum mismatch") is not None


def test_a_disk_trend_toward_its_limit_is_a_warning(kb):
    """A daily trend check on a storage host: "/mnt/disk1 used 87.6% (+1.0%/day over 14
    days), projected 95% in 6 days", nothing failing yet: resource exhaustion, WARN."""
    host = {"job": "systemd-journal", "host": "herb-minio-01", "unit": "disk-watch.service"}
    rows = [(s, host, f"/mnt/disk{n} used 8{n}.6% (+1.0%/day over 14 days), projected 95% "
                      f"in {5 + n} days") for n, s in ((1, 0), (2, 1), (3, 2))]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.severity) == ("resource_exhausted", "WARN")


def test_a_plain_host_is_named_by_its_short_hostname(kb):
    """A storage host its shipper labels "herb-minio-01.lab.seedbank.internal", its units
    reporting the disks' trend: the component is "herb-minio-01", as its operators say it.
    A cloud's machine name (``ip-10-0-1-5.ec2.internal``) and a window with Kubernetes
    streams keep the full name, as Kubernetes gives its nodes."""
    def named(host, pod=False):
        labels = {"job": "node/journal", "host": host}
        rows = [(s, labels, f"kernel: EXT4-fs warning (device sdb1): ext4_dx_add_entry: "
                            f"Directory index full! inode {s}") for s in (0, 1)]
        rows += [(s, labels, f"/mnt/disk{n} used 8{n}.6% (+1.0%/day over 14 days), projected "
                             f"95% in {5 + n} days") for n, s in ((1, 2), (2, 3), (3, 4))]
        if pod:
            rows.append((5, {"namespace": "lab", "pod": "web-7d9f4b8c6-x2k9p"}, "GET / 200"))
        return diagnose(packed_rows(rows), kb=kb).extraction.component

    assert named("herb-minio-01.lab.seedbank.internal") == "herb-minio-01"
    assert named("hl7-proxy02.renalcare.local") == "hl7-proxy02"  # an AD domain's machine
    assert named("ip-10-0-1-5.ec2.internal") == "ip-10-0-1-5.ec2.internal"
    assert named("herb-minio-01.lab.seedbank.internal", pod=True) == (
        "herb-minio-01.lab.seedbank.internal")


def test_cassandra_aborting_reads_over_tombstones_is_the_databases(kb):
    """Cassandra's "Scanned over 100001 tombstones during query ... query aborted" and the
    Ruby driver's READ_TOO_MANY_TOMBSTONES in a Sidekiq job: a database problem of the
    Cassandra. The warning at tombstone_warn_threshold alone is no incident."""
    cass = {"namespace": "toll-data", "pod": "cassandra-2", "container": "cassandra"}
    job = {"namespace": "toll-core", "pod": "passage-reconciler-qqdfqptwgl-hrpt7",
           "container": "sidekiq"}
    warned = (0, cass, "WARN  [ReadStage-3] 2026-03-10 02:14:06,936 ReadCommand.java:607 - "
                       "Read 812 live rows and 1502 tombstone cells for query SELECT * FROM "
                       "toll.passages_by_gantry LIMIT 5000; token -308 (see "
                       "tombstone_warn_threshold)")
    rows = [warned] + [
        (s, cass, "ERROR [ReadStage-3] 2026-03-10 02:14:07,047 NoSpamLogger.java:111 - "
                  "Scanned over 100001 tombstones during query 'SELECT * FROM toll."
                  "passages_by_gantry' (last scanned row token was -3081927451290044817); "
                  "query aborted") for s in (1, 31)] + [
        (s, job, f"2026-03-10T02:14:{s:02d}.322Z pid=1 tid=b8k WARN: Cassandra::Errors::"
                 "ReadError: Operation failed - received 0 responses and 1 failures: "
                 "READ_TOO_MANY_TOMBSTONES from /10.44.3.17:7000") for s in (2, 32)]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("database", "cassandra")
    assert diagnose(packed_rows([warned]), kb=kb).extraction.root_cause_category == "none"


def test_dotnet_ssl_authentication_is_a_certificate_not_a_login(kb):
    """.NET's SslStream throws System.Security.Authentication.AuthenticationException
    ("Authentication failed, see inner exception") over OpenSSL's "sslv3 alert certificate
    expired": a certificate failure, not a refused login."""
    api = {"namespace": "mobility", "pod": "payments-g8pmc95q5-hcnpb", "container": "payments"}
    failed = ('{"LogLevel":"Error","Category":"Mobility.Payments.Psp.PspClient","Message":'
              '"Pre-authorization for ride R-88120331 failed","Exception":"System.Net.Http.'
              'HttpRequestException: The SSL connection could not be established, see inner '
              'exception.\\n ---> System.Security.Authentication.AuthenticationException: '
              'Authentication failed, see inner exception.\\n ---> Interop+OpenSsl+'
              'SslException: SSL Handshake failed with OpenSSL error - SSL_ERROR_SSL.\\n ---> '
              'Interop+Crypto+OpenSslCryptographicException: error:0A000415:SSL routines::'
              'sslv3 alert certificate expired"}')
    ext = diagnose(packed_rows([(s, api, failed) for s in (0, 7, 14)]), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("tls_certificate", "payments")
    auth = {s.id: s for s in kb.signatures}
    assert auth["db-auth"].pattern.search("FATAL: password authentication failed for user x")
    assert auth["token-invalid"].pattern.search("BadCredentialsException: "
                                                "AuthenticationException")


def _zone_reload(kb, zone: str):
    named = {"host": "ns1-depot", "job": "systemd-journal", "unit": "named.service"}
    rows = [(0, named, "received control channel command 'reload'"),
            (1, named, f"zone {zone}/IN: loaded serial 2026031102"),
            (2, named, "all zones loaded")]
    for i, host in enumerate(("kiosk-01", "kiosk-02", "kiosk-03")):
        uplink = {"host": host, "job": "docker", "container": "edge-depot-uplink-1",
                  "compose_project": "edge",
                  "compose_service": "depot-uplink"}
        rows += [(40 + 20 * i + 60 * k, uplink,
                  f"2026-03-11T02:0{3 + k}:41.215982Z  WARN depot_uplink::upload: batch upload "
                  "failed, will retry error=error sending request for url (https://ingest."
                  "depot.lan/v2/batches): client error (Connect): dns error: failed to lookup "
                  "address information: Name or service not known") for k in range(2)]
    return diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction


def test_lookups_failing_right_after_a_zone_reload_are_the_dns_servers(kb):
    """BIND on ns1-depot loads zone depot.lan anew, and half a minute later every kiosk's
    uploads fail to resolve ingest.depot.lan: the zone change is the cause, the DNS server's
    host the component, not the clients. A zone the failing names are not in changes nothing."""
    ext = _zone_reload(kb, "depot.lan")
    assert (ext.root_cause_category, ext.component) == ("dns_resolution", "ns1-depot")
    other = _zone_reload(kb, "office.lan")
    assert other.root_cause_category == "dns_resolution"
    assert "depot-uplink" in other.component  # the clients


_PORTAL = {"namespace": "gemlab", "pod": "client-portal-qvkq2mjqd-l62pw",
           "container": "oauth2-proxy", "app": "client-portal"}
_COREDNS = {"namespace": "kube-system", "pod": "coredns-5d78c9869d-x2k9p",
            "container": "coredns", "app": "coredns"}


def _after_reload(kb, name: str, reloaded_at: int):
    rows = [(reloaded_at, _COREDNS, "[INFO] Reloading"),
            (reloaded_at + 1, _COREDNS, "[INFO] plugin/reload: Running configuration SHA512 = "
                                        "631976ee4cdd58ef190093bfdc4aedbb626aa8901c3ebd03"),
            (reloaded_at + 2, _COREDNS, "[INFO] Reloading complete")]
    rows += [(s, _PORTAL, f'[2026/02/27 09:12:48] [oauthproxy.go:902] Error redeeming code '
                          f'during OAuth2 callback: token exchange failed: Post "https://{name}'
                          f'/token": dial tcp: lookup {name} on 10.0.0.10:53: no such host')
             for s in (700, 710, 720)]
    return diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction


def test_lookups_failing_minutes_after_coredns_took_a_new_configuration_are_its(kb):
    """CoreDNS reloads a changed Corefile (a forward zone dropped), and a minute later
    oauth2-proxy cannot resolve its identity provider's host: the change is the cause and
    CoreDNS the component. Long before, or for a Service's name, the client's."""
    ext = _after_reload(kb, "login.idp.gemlab.internal", 640)
    assert (ext.root_cause_category, ext.component) == ("dns_resolution", "coredns")
    assert _after_reload(kb, "login.idp.gemlab.internal", 0).component == "client-portal"
    svc = _after_reload(kb, "keycloak.idp.svc.cluster.local", 640)
    assert svc.component == "client-portal"


def test_a_program_writing_rfc5424_syslog_is_named_not_its_host(kb):
    """HAProxy on lb-02 logs RFC 5424 frames (``<PRI>1 TIME HOST APP PID - - MSG``) and hits
    its descriptor limit ("reached process FD limit"), while the kernel of the same host
    reports SYN cookies: HAProxy's own lines carry the failure, and HAProxy, not the host, is
    the component."""
    lb = {"host": "lb-02", "app": "haproxy", "facility": "local0", "job": "syslog"}
    kernel = {"host": "lb-02", "transport": "kernel", "job": "systemd-journal"}
    head = "lb-02 haproxy 2311 - -"
    rows = [(0, lb, f"<132>1 2026-03-29T18:00:33.75Z {head} [WARNING]  (2311) : "
                    "[haproxy.main()] Cannot raise FD limit to 200034, limit is 4096."),
            (1, lb, f"<132>1 2026-03-29T18:00:33.76Z {head} [WARNING]  (2311) : "
                    "[haproxy.main()] FD limit (4096) too low for maxconn=100000/maxsock="
                    "200034. Please raise 'ulimit-n' to 200034 or more to avoid any trouble.")]
    for i in range(3):
        rows += [(10 + 20 * i, lb, f"<134>1 2026-03-29T18:00:4{i}.1Z {head} 100.70.6.{i}:47043 "
                                   "[29/Mar/2026:18:00:4{i}.1] fe_terminals~ be_terminals/gw-1 "
                                   "0/0/1/31/32 200 318 - - ---- 4093/4091/1317/1345/0 0/0 "
                                   '"POST /api/v2/tickets HTTP/1.1"'),
                 (15 + 20 * i, lb, f"<129>1 2026-03-29T18:00:5{i}.2Z {head} Proxy fe_terminals "
                                   "reached process FD limit (maxsock=4096). Please check "
                                   "'ulimit-n' and restart."),
                 (16 + 20 * i, kernel, "TCP: request_sock_TCP: Possible SYN flooding on port "
                                       "443. Sending cookies.  Check SNMP counters.")]
    ext = diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("resource_exhausted", "haproxy")


def test_a_word_holding_a_products_word_names_no_product(kb):
    """Kafka's "broker" is a word of its own: a customs broker's domain
    (``as2.brokerline.com``) or a "brokerage" is no Kafka, while Kafka's clients'
    "Broker may not be available" and "brokers" are."""
    assert "kafka" not in callee_names("WARNING: no newer certificate for as2.brokerline.com "
                                       "found in /etc/haproxy/certs/staging/", kb)
    assert "kafka" not in callee_names("customs brokerage filing rejected", kb)
    assert "kafka" in callee_names("Connection to node -1 could not be established. "
                                   "Broker may not be available.", kb)
    assert "kafka" in callee_names("no brokers reachable after 3 attempts", kb)


def _sasl(kb, *, clients: int, server_calls_out: bool = False, disk_full: bool = False):
    """Kafka refusing SCRAM logins it names only by address, and ``clients`` workloads
    logging their own logins to it failing."""
    broker = {"namespace": "kafka", "pod": "kafka-kafka-1", "container": "kafka"}
    rows = [(s, broker, f"2026-03-10 04:00:{s:02d},090 INFO [SocketServer listenerType=BROKER, "
                        f"nodeId=1] Failed authentication with /10.244.3.{160 + s} (channelId="
                        f"10.244.5.12:9093-10.244.3.{160 + s}:45461-49) (Authentication failed "
                        "during authentication due to invalid credentials with SASL mechanism "
                        "SCRAM-SHA-512)") for s in (1, 11, 21)]
    if server_calls_out:  # the broker's own login to another system failing
        rows = [(s, broker, f"2026-03-10 04:00:{s:02d},090 ERROR [ZooKeeperClient] SASL "
                            "authentication failed connecting to zookeeper-0.zookeeper:2181")
                for s in (1, 11, 21)]
    if disk_full:  # the broker's own trouble besides
        rows += [(s, broker, f"2026-03-10 04:00:{s:02d},500 ERROR [ReplicaManager broker=1] "
                             "Error processing append operation on partition meter-readings-0 "
                             "java.io.IOException: No space left on device (kafka.log.LocalLog)")
                 for s in (3, 5, 7, 9, 13, 15, 17)]
    for n, app in enumerate(("meter-exporter", "outage-feed")[:clients]):
        pod = {"namespace": "metering", "pod": f"{app}-fbnlbz7jv-mp6rx", "container": app}
        rows += [(s + n, pod, f"2026-03-10T04:00:{s + n:02d}.100Z ERROR 1 --- [{app}] "
                              f"[producer-1] org.apache.kafka.clients.NetworkClient : [Producer "
                              f"clientId={app}-producer-1] Connection to node -1 (kafka-kafka-"
                              "bootstrap.kafka.svc/10.96.211.142:9093) failed authentication due "
                              "to: Authentication failed during authentication due to invalid "
                              "credentials with SASL mechanism SCRAM-SHA-512")
                 for s in (2, 12, 22)]
    return diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb)


def test_a_servers_refusal_of_an_unnamed_login_is_the_one_refused_clients(kb):
    """Kafka logs "Failed authentication with /10.244.3.162": its own lines name no client,
    while meter-exporter logs its login to Kafka failing. The stale credentials are the
    client's to mend. With two clients refused the broker stays the common factor, and a
    broker line about its own login elsewhere is not credited to a client."""
    one = _sasl(kb, clients=1).extraction
    assert (one.root_cause_category, one.component) == ("auth_failure", "meter-exporter")
    assert _sasl(kb, clients=2).extraction.component == "kafka-kafka"
    assert _sasl(kb, clients=1, server_calls_out=True).extraction.component == "kafka-kafka"
    # the broker's full disk stays the broker's, beside the client's refused login
    full = {(c.category, c.component) for c in _sasl(kb, clients=1, disk_full=True).candidates}
    assert ("auth_failure", "meter-exporter") in full
    assert ("resource_exhausted", "kafka-kafka") in full


def _mysql_refusing(kb, clients: tuple[str, ...]):
    """MySQL noting the logins it refuses for a user named for no workload, and each of
    ``clients`` reporting its own login to ``stock-db`` (the Service, by another name than
    the server's pods) refused at the same moment."""
    server = {"namespace": "warehouse", "pod": "mysql-0", "container": "mysql"}
    rows = [(s, server, f"2026-03-02T05:10:{s:02d}.854374Z 482{s:02d} [Note] [MY-010926] "
                        "[Server] Access denied for user 'scanner'@'10.42.7.21' (using "
                        "password: YES)") for s in (4, 19, 40)]
    for n, app in enumerate(clients):
        pod = {"namespace": "warehouse", "pod": f"{app}-69c7d8b5f-zx8qw", "container": app}
        rows += [(s, pod, '{"level":50,"hostname":"' + app + '-69c7d8b5f-zx8qw","dbHost":'
                          '"stock-db.warehouse.svc","dbPort":3306,"err":{"message":"Access '
                          "denied for user 'scanner'@'10.42.7.21' (using password: YES)\","
                          '"code":"ER_ACCESS_DENIED_ERROR","errno":1045},"msg":"db connection '
                          'failed"}') for s in (4 + n, 19 + n, 40 + n)]
    return diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction


def test_a_database_refusing_a_login_its_one_client_reports_refused_is_the_clients(kb):
    """MySQL's ``[Note] Access denied for user 'scanner'`` and pallet-scanner-gw's own
    ER_ACCESS_DENIED_ERROR at the same moment are one refused login, told by both sides: the
    client holds the stale password. Two clients refused at once leave the server as their
    common factor."""
    one = _mysql_refusing(kb, ("pallet-scanner-gw",))
    assert (one.root_cause_category, one.component) == ("auth_failure", "pallet-scanner-gw")
    assert _mysql_refusing(kb, ("pallet-scanner-gw", "wms-web")).component == "mysql"


def _untrusted(kb, others_served: bool):
    """star-catalog failing to verify skydata.kp.lan's certificate, and show-scheduler
    fetching from the same host meanwhile (``others_served``) or failing on it too."""
    catalog = {"namespace": "shows", "pod": "star-catalog-859fd7c6b4-w6rjm",
               "container": "star-catalog"}
    scheduler = {"namespace": "shows", "pod": "show-scheduler-7c9d5b8f6-k2x8q",
                 "container": "worker"}
    rows = [(s, catalog, f"time=2026-02-24T09:28:{s:02d}.889Z level=ERROR msg=\"ephemeris "
                         "refresh failed\" err=\"Get \\\"https://skydata.kp.lan/api/v2/"
                         "ephemeris?date=2026-02-24\\\": tls: failed to verify certificate: "
                         "x509: certificate signed by unknown authority\" attempt=1")
            for s in (3, 23, 43)]
    rows += [(s, scheduler, f"2026-02-24 09:28:{s:02d},170 INFO [shows.skydata] fetched "
                            "ephemeris for 2026-02-24 from https://skydata.kp.lan/api/v2 (200, "
                            "41 ms)" if others_served else
              f"2026-02-24 09:28:{s:02d},170 ERROR [shows.skydata] ephemeris fetch from "
              "https://skydata.kp.lan/api/v2 failed: [SSL: CERTIFICATE_VERIFY_FAILED] "
              "certificate verify failed: unable to get local issuer certificate")
             for s in (15, 35)]
    return diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction


def test_a_certificate_one_client_cannot_verify_while_others_reach_its_host_is_the_clients(
        kb):
    """Only star-catalog fails on skydata's certificate ("signed by unknown authority")
    while show-scheduler fetches from skydata.kp.lan in the same minute: the certificate is
    good, star-catalog's trust store is not. When both fail on it, it is the server's."""
    served = _untrusted(kb, others_served=True)
    assert (served.root_cause_category, served.component) == ("tls_certificate",
                                                              "star-catalog")
    assert _untrusted(kb, others_served=False).component == "skydata"


def _no_such_service(kb, clients: tuple[str, ...]):
    """CoreDNS's query log answering NXDOMAIN with authority for star-catalog in the
    namespace ``show`` (it runs in ``shows``), and each of ``clients`` failing to resolve it
    at the same moment."""
    dns = {"namespace": "kube-system", "pod": "coredns-5d78c9869d-4xk2p", "container": "coredns"}
    rows = []
    for s in (20, 44, 71):
        rows += [(s, dns, f'[INFO] 10.42.4.52:41011 - 1664{n} "A IN star-catalog.show.svc.'
                          f'cluster.local.{suffix} udp 80 false 1232" NXDOMAIN qr,aa,rd 170 '
                          "0.000121s")
                 for n, suffix in enumerate(("exhibits.svc.cluster.local.", "cluster.local.", ""))]
        for n, app in enumerate(clients):
            pod = {"namespace": "exhibits", "pod": f"{app}-7b9d5c6f8-n4wpz", "container": app}
            rows.append((s + n, pod, '{"level":50,"hostname":"' + app + '-7b9d5c6f8-n4wpz",'
                                     '"err":{"type":"Error","message":"getaddrinfo ENOTFOUND '
                                     'star-catalog.show.svc.cluster.local","code":"ENOTFOUND"},'
                                     '"msg":"upstream request failed"}'))
    return diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction


def test_a_cluster_name_dns_says_does_not_exist_is_the_one_asking_clients(kb):
    """CoreDNS answers, with authority, that no Service star-catalog exists in ``show``
    while exhibit-api alone fails to resolve that name: DNS did its job and the client asks
    for the wrong name. With two clients failing at once, DNS stays the common factor."""
    one = _no_such_service(kb, ("exhibit-api",))
    assert (one.root_cause_category, one.component) == ("dns_resolution", "exhibit-api")
    assert _no_such_service(kb, ("exhibit-api", "show-scheduler")).component == "coredns"


def test_a_products_server_killed_on_a_plain_host_is_named_as_the_product(kb):
    """The kernel OOM-kills Redis on a plain VM and systemd restarts ``redis-server.service``
    (the name Debian's package gives Redis's server): the component is ``redis``, the
    product an operator names, not its daemon's name (services.yaml ``daemons``). A unit
    no daemon entry names keeps its own name."""
    def rows(unit: str, process: str):
        host = {"job": "systemd-journal", "host": "cache-01"}
        service = {**host, "unit": f"{unit}.service"}
        return [
            (0, host, f"kernel: Out of memory: Killed process 1187 ({process}) "
                      "total-vm:4312880kB, anon-rss:3796412kB"),
            (0, service, f"{unit}.service: A process of this unit has been killed by the "
                         "OOM killer."),
            (0, service, f"{unit}.service: Failed with result 'oom-kill'."),
            (2, service, f"{unit}.service: Scheduled restart job, restart counter is at 3."),
            (60, host, f"kernel: Out of memory: Killed process 2104 ({process}) "
                       "total-vm:4298112kB, anon-rss:3801204kB"),
            (60, service, f"{unit}.service: Failed with result 'oom-kill'."),
        ]
    ext = diagnose(packed_rows(rows("redis-server", "redis-server")), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("oom_killed", "redis")
    own = diagnose(packed_rows(rows("route-cache", "route-cache")), kb=kb).extraction
    assert (own.root_cause_category, own.component) == ("oom_killed", "route-cache")


def test_the_schedulers_lines_about_a_pod_it_cannot_place_are_that_pods_workload(kb):
    """kube-scheduler's klog "Unable to schedule pod; no fit; waiting" and the cluster
    autoscaler's "Pod ns/name can't be scheduled" are written by control-plane pods about a
    transcoder pod: the transcoder is what cannot run, not ``kube-scheduler-mkt-cp``."""
    scheduler = {"namespace": "kube-system", "pod": "kube-scheduler-mkt-cp-1",
                 "container": "kube-scheduler", "node": "mkt-cp-1"}
    autoscaler = {"namespace": "kube-system", "pod": "cluster-autoscaler-7b5d8c9f6-c4v8n",
                  "container": "cluster-autoscaler", "node": "mkt-cp-2"}
    pods = ("transcoder-7d9c8b6f5-4kq2s", "transcoder-7d9c8b6f5-p8wdn")
    nofit = ("0/7 nodes are available: 2 Insufficient nvidia.com/gpu, 5 node(s) didn't match "
             "Pod's node affinity/selector.")
    rows = [(s, scheduler, f'I0226 11:19:{s:02d}.601136       1 schedule_one.go:1004] "Unable '
                           f'to schedule pod; no fit; waiting" pod="media/{pod}" err="{nofit}"')
            for s, pod in ((5, pods[0]), (6, pods[1]), (50, pods[0]))]
    rows += [(20, autoscaler, f"I0226 11:19:20.262286       1 orchestrator.go:565] Pod media/"
                              f"{pods[0]} can't be scheduled on gpu-a10-pool, predicate "
                              "checking error: Insufficient nvidia.com/gpu")]
    ext = diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("scheduling", "transcoder")


def test_the_schedulers_lines_about_a_replacement_are_no_line_of_its_own(kb):
    """A draw engine's only pod is stopped by a node drain and its replacement cannot be
    placed: nothing of it runs (CRITICAL). The scheduler's klog lines about the replacement
    are reports about that pod, like its FailedScheduling events, not lines the pod wrote:
    they do not make the scheduler's pod a running pod of the workload."""
    events = {"namespace": "draw", "job": "integrations/kubernetes/eventhandler"}
    scheduler = {"namespace": "kube-system", "pod": "kube-scheduler-lot-cp-01",
                 "container": "kube-scheduler", "app": "kube-scheduler", "node": "lot-cp-01"}
    old, new = "draw-engine-bjg98lzvj9-h7998", "draw-engine-bjg98lzvj9-t54pl"
    nofit = "0/7 nodes are available: 1 node(s) were unschedulable, 1 Insufficient memory"
    rows = [(0, {"namespace": "draw", "pod": old, "container": "draw-engine"},
             '{"level":"info","msg":"draw engine ready"}'),
            (5, events, f'type=Normal reason=Killing object=Pod/{old} msg="Stopping container '
                        'draw-engine"')]
    rows += [(s, events, f'type=Warning reason=FailedScheduling object=Pod/{new} '
                         f'source=default-scheduler msg="{nofit}"') for s in (10, 70, 130)]
    rows += [(s, scheduler, f'I0418 17:28:{s % 60:02d}.871449       1 schedule_one.go:1055] '
                            f'"Unable to schedule pod; no fit; waiting" pod="draw/{new}" '
                            f'err="{nofit}"') for s in (11, 131)]
    ext = diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction
    assert (ext.root_cause_category, ext.component, ext.severity) == (
        "scheduling", "draw-engine", "CRITICAL")
    # the line is about the pending pod, which has no node yet (not the scheduler's node)
    klog = LogRecord(ts=0, labels=scheduler, line=rows[-1][2])
    assert (pod_of(klog), node_of(klog)) == (new, None)
    autoscaled = LogRecord(ts=0, labels=scheduler, line=(
        f"orchestrator.go:565] Pod draw/{new} can't be scheduled on pool-b, predicate "
        "checking error: Insufficient memory"))
    assert (pod_of(autoscaled), node_of(autoscaled)) == (new, None)


def test_a_database_user_is_the_running_workloads_not_an_objects_an_event_names(kb):
    """The password of ``ledger_rw`` was rotated and the ExternalSecret
    ``ledger-db-credentials`` updated; the running ``royalty-ledger`` still logs in with the
    old one. The refused user is royalty-ledger's, whose pods must restart, though the
    Secret's name begins with the user's."""
    app = {"namespace": "market", "pod": "royalty-ledger-7b6c9d5f8-j4nwp",
           "container": "royalty-ledger"}
    pg = {"host": "pg-ledger-01", "job": "postgresql"}
    refused = ('2026-03-06 14:03:10.101 UTC [71301] ledger_rw@ledger FATAL:  password '
               'authentication failed for user "ledger_rw"')
    failed = ("14:03:10.104 [error] Postgrex.Protocol (#PID<0.2412.0>) failed to connect: ** "
              '(Postgrex.Error) FATAL 28P01 (invalid_password) password authentication failed '
              'for user "ledger_rw"')
    rows = [(0, pg, "2026-03-06 14:01:59.101 UTC [71220] secret-rotator@postgres LOG:  "
                    "statement: ALTER ROLE ledger_rw WITH PASSWORD 'SCRAM-SHA-256$4096:Qm1x'"),
            (5, {"namespace": "market", "job": "kube-events"},
             'type=Normal reason=Updated object=ExternalSecret/ledger-db-credentials '
             'message="Updated Secret"'),
            (71, pg, refused), (71, app, failed),
            (131, pg, refused.replace("71301", "71388")),
            (131, app, failed.replace("2412", "2415"))]
    ext = diagnose(packed_rows(rows), kb=kb).extraction
    assert (ext.root_cause_category, ext.component) == ("auth_failure", "royalty-ledger")


def test_a_database_named_by_its_role_is_the_callee_and_the_role_alone_names_none(
        kb, line_classifier):
    """"from replica pg-members-ro" names the replica; "rechecking on primary" at the end of
    the line names no machine called primary."""
    stale = ("warn: Gate.MemberLookup[0] Member M-204117 returned Expired from replica "
             "pg-members-ro (valid_until 2026-03-02); rechecking on primary")
    assert callee_names(stale, kb) == ["pg-members-ro"]
    assert callee_names("lag too high, routing reads to primary", kb) == []
    assert callee_names("failing over to standby pg-ledger-b", kb) == ["pg-ledger-b"]
    assert callee_names("replica lag 41s, serving reads from the primary", kb) == []
    assert callee_names("forwarding to edge-gateway", kb) == ["edge-gateway"]  # no role
    gate = {"namespace": "members", "pod": "gate-auth-5b7c9d8f6-x2m4p", "container": "gate-auth"}
    rows = [(0, gate, stale), (40, gate, stale.replace("204117", "311870"))]
    ext = diagnose(packed_rows(rows), kb=kb, classifier=line_classifier).extraction
    assert (ext.root_cause_category, ext.component) == ("database", "pg-members-ro")


def test_an_event_about_a_pod_is_its_own_lines_workload_when_its_name_has_odd_suffixes():
    """The pod ``media-resizer-6f9d8c7b5-t8k3p`` (suffixes with a 3, which Kubernetes never
    draws) writes as container ``media-resizer``: the kubelet's eviction of it and the
    Evicted event are about workload media-resizer too, not a workload named as the pod."""
    from analyzer.engine.owners import owners_of

    pod = "media-resizer-6f9d8c7b5-t8k3p"
    own = LogRecord(ts=0, labels={"namespace": "campaigns", "pod": pod,
                                  "container": "media-resizer"}, line="transcoding to /tmp")
    kubelet = LogRecord(ts=1, labels={"job": "systemd-journal", "node": "ip-10-30-13-77",
                                      "unit": "kubelet.service"},
                        line='I0527 11:29:23.742013 2291 eviction_manager.go:616] "Eviction '
                             f'manager: pod is evicted successfully" pod="campaigns/{pod}"')
    event = LogRecord(ts=2, labels={"namespace": "campaigns", "job": "kube-events"},
                      line=f"type=Warning reason=Evicted object=Pod/{pod} message=\"The node "
                           'was low on resource: ephemeral-storage."')
    assert owners_of([own, kubelet, event]) == ["media-resizer"] * 3


def test_pgbouncers_port_names_pgbouncer(kb):
    line = ("psycopg.OperationalError: connection failed: connection to server at "
            '"10.10.20.5", port 6432 failed: Connection refused')
    assert callee_names(line, kb)[0] == "pgbouncer"


def test_an_errors_numbered_fields_are_no_host_and_port(kb):
    """SqlClient's "Error Number:9002,State:2,Class:17" names no dependency "number"; a
    host:port beside it is still read."""
    assert callee_names("ClientConnectionId:fc26\nError Number:9002,State:2,Class:17", kb) == []
    assert callee_names("Error Number:9002 from sql-booking:1433", kb)[:1] == ["sql-booking"]


def test_sql_servers_full_transaction_log_refuses_every_write(kb):
    """SQL Server's error 9002 ("The transaction log for database 'Booking' is full due to
    'LOG_BACKUP'"), which the booking API's EF Core exception carries as its inner
    exception: the database refuses every write, CRITICAL, on the SQL host, not on a
    "number" read out of "Error Number:9002"."""
    sql = {"host": "sql-01", "job": "mssql"}
    api = {"namespace": "booking", "pod": "booking-api-86c764f8f9-q52fz",
           "container": "booking-api"}
    full = "The transaction log for database 'Booking' is full due to 'LOG_BACKUP'."
    caller = ('{"@t":"2026-04-17T11:20:%02d.905Z","@mt":"Failed to book appointment","@l":'
              '"Error","@x":"Microsoft.EntityFrameworkCore.DbUpdateException: An error '
              'occurred while saving the entity changes.\\n ---> Microsoft.Data.SqlClient.'
              "SqlException (0x80131904): " + full + '\\nError Number:9002,State:2,Class:17"}')
    rows = sorted([(0, sql, "2026-04-17 11:20:00.67 spid61      Error: 9002, Severity: 17, "
                            "State: 2."),
            (0, sql, f"2026-04-17 11:20:00.67 spid61      {full}"),
            *((s, api, caller % s) for s in (1, 20, 40)),
            (21, sql, f"2026-04-17 11:20:21.36 spid74      {full}")], key=lambda r: r[0])
    got = diagnose(packed_rows(rows), kb=kb).extraction
    assert (got.root_cause_category, got.severity, got.component) == (
        "database", "CRITICAL", "sql-01")


def test_a_redis_fork_that_cannot_save_for_lack_of_space_has_stopped_taking_writes(kb):
    """Valkey's snapshot failing with "No space left on device" while its PHP clients die on
    "MISCONF Valkey is configured to save RDB snapshots": the store refuses every write
    (CRITICAL, resource_exhausted) and is the component, not the PHP pool that reports it."""
    valkey = {"namespace": "rooms", "pod": "rooms-valkey-0", "container": "valkey",
              "app": "rooms-valkey"}
    php = {"namespace": "rooms", "pod": "rooms-php-khwxk-8hdl2", "container": "php-fpm",
           "app": "rooms-php"}
    misconf = ('[20-Feb-2026 22:05:%02d] WARNING: [pool www] child 27 said into stderr: "PHP '
               "Fatal error:  Uncaught RedisException: MISCONF Valkey is configured to save "
               "RDB snapshots, but it's currently unable to persist to disk. Commands that may "
               'modify the data set are disabled"')
    rows = [(0, valkey, "1:M 20 Feb 2026 22:04:52.611 * Background saving started by pid 86"),
            (1, valkey, "86:C 20 Feb 2026 22:04:53.063 # Write error saving DB on disk: No "
                        "space left on device"),
            (2, valkey, "1:M 20 Feb 2026 22:04:53.376 # Background saving error"),
            *((s, php, misconf % s) for s in (12, 19, 33, 41))]
    got = diagnose(packed_rows(rows), kb=kb).extraction
    assert (got.root_cause_category, got.severity, got.component) == (
        "resource_exhausted", "CRITICAL", "rooms-valkey")


def test_coredns_serving_before_its_api_cache_synced_is_behind_the_nxdomains(kb):
    """CoreDNS restarted and started serving "with unsynced Kubernetes API": the cluster's own
    names answer NXDOMAIN for a while (Elixir's ``:nxdomain``); CoreDNS is the component."""
    dns = {"namespace": "kube-system", "pod": "coredns-pjdbg-bwv2g", "container": "coredns",
           "app": "coredns"}
    api = {"namespace": "lib", "pod": "catalogue-api-rqcs8-q9bmd", "container": "catalogue-api",
           "app": "catalogue-api"}
    nx = ("[error] Postgrex.Protocol (#PID<0.2474.0>) failed to connect: ** (DBConnection."
          "ConnectionError) tcp connect (catalogue-db-rw.lib.svc.cluster.local:5432): "
          "non-existing domain - :nxdomain")
    rows = [(0, dns, "[INFO] plugin/kubernetes: waiting for Kubernetes API before starting "
                     "server"),
            (5, dns, "[WARNING] plugin/kubernetes: starting server with unsynced Kubernetes "
                     "API"),
            (7, api, nx), (15, api, nx)]
    got = diagnose(packed_rows(rows), kb=kb).extraction
    assert (got.root_cause_category, got.component) == ("dns_resolution", "coredns")


def test_a_jetstream_stream_without_quorum_is_a_store_down(kb):
    """NATS saying a JetStream stream "has NO quorum, stalled": it takes no message until a
    majority of its replicas is back (CRITICAL, database)."""
    nats = {"namespace": "scada", "pod": "nats-0", "container": "nats", "app": "nats"}
    rows = [(s, nats, f"[1] 2026/01/30 07:24:{s:02d}.797622 [WRN] JetStream cluster stream "
                      "'SCADA > TELEMETRY' has NO quorum, stalled") for s in (10, 40)]
    got = diagnose(packed_rows(rows), kb=kb).extraction
    assert (got.root_cause_category, got.severity, got.component) == (
        "database", "CRITICAL", "nats")


def test_a_mail_server_rejecting_its_configuration_is_the_cause_of_its_refusals(kb):
    """Dovecot's doveconf "Fatal: Error in configuration file ... line 31: ssl_cert: Can't
    open file" at every start: its configuration (a setting naming a file the Secret no
    longer holds) is why webmail's IMAP connections are refused, config_error on dovecot,
    not the refusals webmail reports."""
    dovecot = {"namespace": "mail", "pod": "dovecot-cnqnl44csr-lgxkc", "container": "dovecot",
               "app": "dovecot"}
    webmail = {"namespace": "mail", "pod": "webmail-9226hk6wrg-r44t8", "container": "roundcube",
               "app": "webmail"}
    events = {"namespace": "mail", "job": "integrations/kubernetes/eventhandler"}
    fatal = ("doveconf: Fatal: Error in configuration file /etc/dovecot/dovecot.conf line 31: "
             "ssl_cert: Can't open file /etc/dovecot/tls/tls.crt: No such file or directory")
    refused = ("[30-Jan-2026 15:06:%02d +0000]: <d47f2061> IMAP Error: Login failed for "
               "d.oyelaran@example.org against dovecot.mail.svc.cluster.local from "
               "10.244.7.247. Could not connect to ssl://dovecot.mail.svc.cluster.local:993: "
               "Connection refused in /var/www/html/program/lib/Roundcube/rcube_imap.php")
    rows = [(0, dovecot, fatal),
            (1, events, "type=Warning reason=BackOff kind=Pod name=dovecot-cnqnl44csr-lgxkc "
                        'count=31 msg="Back-off restarting failed container dovecot in pod '
                        'dovecot-cnqnl44csr-lgxkc_mail(ff878eaf)"'),
            *((s, webmail, refused % s) for s in (14, 21, 33, 47, 52)),
            (60, dovecot, fatal)]
    got = diagnose(packed_rows(rows), kb=kb).extraction
    assert (got.root_cause_category, got.component) == ("config_error", "dovecot")


def test_a_time_series_store_on_a_read_only_volume_is_behind_its_writers_broken_pipes(kb):
    """A Rust gateway whose QuestDB sink (``sink::questdb``: the product's name, no host)
    has its ILP connection closed again and again, and spills: QuestDB's own lines, an
    error-level "could not open read-write ... errno=30" and a critical "could not sync wal
    segment ... errno=30" (EROFS), make it a storage failure of questdb, not the gateway's
    full buffer."""
    db = {"namespace": "scada", "pod": "questdb-0", "container": "questdb", "app": "questdb"}
    gw = {"namespace": "scada", "pod": "scada-gateway-6897wvj6pd-q26fb",
          "container": "scada-gateway", "app": "scada-gateway"}
    pipe = ("2026-03-16T06:07:%02d.099975Z ERROR scada_gateway::sink::questdb: ILP write failed, "
            "connection closed by server; retrying in 5s error=Broken pipe (os error 32)")
    rows = [(2, db, "2026-03-16T06:06:32.143142Z E i.q.c.l.t.LineTcpConnectionContext [fd=202] "
                    "could not process line data [table=turbine_telemetry, msg=could not open "
                    "read-write [file=/var/lib/questdb/db/turbine_telemetry~12/active_power_kw.d]"
                    ", errno=30]"),
            *((s, gw, pipe % s) for s in (3, 14, 25, 36)),
            (40, gw, "2026-03-16T06:08:05.247233Z  WARN scada_gateway::sink::spill: spill "
                     "buffer 91% full, dropping oldest samples dropped=3180"),
            (44, db, "2026-03-16T06:08:24.242910Z C i.q.c.w.WalWriter could not sync wal "
                     "segment [table=turbine_telemetry~12, errno=30]")]
    got = diagnose(packed_rows(rows), kb=kb).extraction
    assert (got.root_cause_category, got.severity, got.component) == (
        "storage", "CRITICAL", "questdb")
    assert callee_names(pipe % 3, kb) == ["questdb"]  # what brings QuestDB's pods' lines


def test_a_line_naming_its_own_workload_names_no_workload_extending_it(kb):
    """NATS's own TLS route errors (they name its CA, ``events-nats-ca``: a word of the nats
    product) are about nats, not about ``nats-routes-tls``, the Certificate an event names."""
    cert = {"namespace": "events", "job": "kube-events"}
    nats = {"namespace": "events", "pod": "nats-1", "container": "nats", "app": "nats"}
    tls = ("[7] 2026/02/19 03:12:%02d.629954 [ERR] 10.244.72.63:6222 - rid:45 - TLS route "
           "handshake error: tls: failed to verify certificate: x509: certificate signed by "
           'unknown authority (possibly because of "crypto/rsa: verification error" while '
           'trying to verify candidate authority certificate "events-nats-ca")')
    rows = [(0, cert, "type=Normal reason=Issuing object=Certificate/nats-routes-tls "
                      'message="The certificate has been successfully issued"'),
            *((s, nats, tls % s) for s in (4, 9, 15, 22)),
            (30, nats, "[7] 2026/02/19 03:12:30.430175 [WRN] JetStream cluster stream "
                       "'$G > RESULTS' has NO quorum, stalled")]
    got = diagnose(packed_rows(rows), kb=kb).extraction
    assert (got.root_cause_category, got.component) == ("tls_certificate", "nats")


def test_a_fastcgi_upstream_by_address_is_php_fpm_and_a_crash_reports_server_is_itself(kb):
    """nginx timing out on ``fastcgi://10.244.7.5:9000`` calls PHP-FPM (the pod running
    container php-fpm), not the NameNode port 9000 is known for; a Phoenix crash report's
    ``Server: catalogue.example.org:80 (http)`` is the crashed server itself, so the
    Postgrex error in it still names postgres."""
    assert callee_names('upstream timed out (110: Connection timed out) while reading '
                        'response header from upstream, upstream: "fastcgi://10.244.7.5:9000"',
                        kb) == ["php-fpm"]
    crash = ("[error] #PID<0.4645.0> running CatalogueWeb.Endpoint (connection #PID<0.44.0>, "
             "stream id 6) terminated\nServer: catalogue.example.org:80 (http)\nRequest: GET "
             "/api/v1/search\n** (exit) an exception was raised:\n    ** (Postgrex.Error) "
             "ERROR 40001 (serialization_failure) canceling statement due to conflict with "
             "recovery")
    assert callee_names(crash, kb) == ["postgres"]


def test_nginxs_own_virtual_server_and_host_header_name_no_upstream(kb):
    """nginx's error log names the virtual server that answered (``server:``) and the
    request's Host header (``host:``): itself, not the upstream it dialled. An upstream by
    address names nothing; one by name is the callee."""
    line = ('2026/04/16 03:40:01 [error] 9#9: *88121 connect() failed (111: Connection '
            'refused) while connecting to upstream, client: 10.44.0.17, server: '
            'hmi.water.local, request: "GET /live/ws HTTP/1.1", upstream: '
            '"http://{up}:9100/live/ws", host: "hmi.water.local", referrer: '
            '"https://hmi.water.local/board"')
    assert "hmi" not in callee_names(line.format(up="10.44.4.12"), kb)
    assert callee_names(line.format(up="historian-api"), kb)[0] == "historian-api"


def test_a_word_of_a_name_is_no_kafka_broker(kb):
    """"broker" names Kafka only as a word of its own: not inside a workload's name
    (``ill-broker``) or its logger's (``Ill.Broker.Poller``), so a .NET client's TLS failure
    to a partner stays its own."""
    assert "kafka" not in callee_names("info: Ill.Broker.Poller[1000] Polling 6 partner "
                                       "libraries", kb)
    assert "kafka" not in callee_names("Request finished HTTP/1.1 POST http://ill-broker/"
                                       "requests - 502", kb)
    assert "kafka" in callee_names("Connection to node -1 could not be established. Broker "
                                   "may not be available.", kb)
    broker = {"namespace": "lib-ill", "pod": "ill-broker-7wc2jz227s-mxbd8", "app": "ill-broker"}
    rows = [(0, broker, "2026-04-11T14:02:11.450Z info: Ill.Broker.Poller[1000] Polling 6 "
                        "partner libraries for request status updates"),
            (1, broker, "System.Net.Http.HttpRequestException: The SSL connection could not "
                        "be established, see inner exception.\n ---> System.Security."
                        "Authentication.AuthenticationException: The remote certificate is "
                        "invalid because of errors in the certificate chain: UntrustedRoot")]
    got = diagnose(packed_rows(rows), kb=kb).extraction
    assert (got.root_cause_category, got.component) == ("tls_certificate", "ill-broker")


def test_a_traefik_router_dropped_for_a_missing_reference_is_its_routes_app(kb):
    """Traefik drops a router whose IngressRoute names a middleware that does not exist; the
    router's name (``<namespace>-<IngressRoute>-<hash>@kubernetescrd``) names the app whose
    route is misconfigured, not Traefik. With no router named, Traefik is the component."""
    traefik = {"namespace": "traefik", "pod": "traefik-hbh59svsjw-stnnk", "app": "traefik"}
    portal = {"namespace": "water-billing", "pod": "meter-portal-gsz4jltwbc-8m9cw",
              "app": "meter-portal"}
    missing = ('2026-04-14T08:02:{s:02d}Z ERR error="middleware \\"water-billing-portal-auth@'
               'kubernetescrd\\" does not exist" entryPointName=websecure{router}')
    router = " routerName=water-billing-meter-portal-08fc46fdf72d45a5f36e@kubernetescrd"
    health = [(s, portal, f"meter-portal: GET /healthz 200 0.{s}ms") for s in (1, 6)]
    got = diagnose(packed_rows([(0, traefik, missing.format(s=0, router=router)), *health,
                                (15, traefik, missing.format(s=15, router=router))]),
                   kb=kb).extraction
    assert (got.root_cause_category, got.component) == ("config_error", "meter-portal")
    got = diagnose(packed_rows([(0, traefik, missing.format(s=0, router="")), *health]),
                   kb=kb).extraction
    assert (got.root_cause_category, got.component) == ("config_error", "traefik")


def test_a_traefik_access_logs_router_names_the_service_it_sent_the_request_to(kb):
    """Traefik's access log names the router that took a request (``"billing-wordcount@
    kubernetes"``): a router of a namespace here routes to that namespace's Service, so its
    504s are the word counter's timeouts, not Traefik's. A router whose namespace no line
    here comes from names nothing."""
    traefik = {"namespace": "kube-system", "pod": "traefik-4fg4zk7gq-l66z5", "app": "traefik"}
    counter = {"namespace": "billing", "pod": "wordcount-4sbx7qzccr-jb7m2", "app": "wordcount"}
    timed_out = ('10.42.0.242 - - [27/Jul/2026:03:25:{s:02d} +0000] "POST /v1/count HTTP/1.1" '
                 '504 15 "-" "-" 346{s:02d} "{router}@kubernetes" "http://10.42.1.233:8080" '
                 "30001ms")
    started = (0, counter, '{"level":"info","msg":"count started","bytes":243655138}')
    rows = [started, *((s, traefik, timed_out.format(s=s, router="billing-wordcount"))
                       for s in (31, 40, 52))]
    got = diagnose(packed_rows(rows), kb=kb).extraction
    assert (got.root_cause_category, got.component) == ("timeout", "wordcount")
    rows = [(s, traefik, timed_out.format(s=s, router="market-wordcount")) for s in (31, 40, 52)]
    assert diagnose(packed_rows(rows), kb=kb).extraction.component == "traefik"


def test_a_product_named_is_the_one_workload_named_for_a_server_of_its_family():
    from analyzer.engine.targets import resolve

    here = ["taproom-pos", "taproom-galera"]
    family = {"mysql": ("mariadb", "galera")}
    assert resolve(["mysql"], here, "taproom-pos", products={"mysql"},
                   families=family) == "taproom-galera"
    assert resolve(["mysql"], here, "taproom-pos", products={"mysql"}) == "mysql"
    # or the one whose pods run a container of its family's name
    assert resolve(["mysql"], ["taproom-pos", "bar-db"], "taproom-pos", products={"mysql"},
                   containers={"mariadb": "bar-db"}, families=family) == "bar-db"
    # two of them: neither
    assert resolve(["mysql"], [*here, "keg-mariadb"], "taproom-pos", products={"mysql"},
                   families=family) == "mysql"


def test_a_workload_named_pg_is_the_postgres_server_its_clients_quote(kb):
    """Operators name a PostgreSQL cluster ``<app>-pg`` (Crunchy PGO's ``lme-pg``, pods
    ``lme-pg-instance1-4rtd-0``): a client quoting PostgreSQL's words (``PSQLException``)
    blames it, not the product."""
    from analyzer.engine.targets import resolve

    here = ["verification-scheduler", "lme-pg"]
    assert resolve(["postgres"], here, "verification-scheduler", products={"postgres"},
                   families=kb.families) == "lme-pg"
    db = {"namespace": "lme-data", "pod": "lme-pg-instance1-4rtd-0", "app": "lme-pg"}
    client = {"namespace": "lme-inspections", "pod": "verification-scheduler-7c9d-x2k9p",
              "app": "verification-scheduler"}
    rows = [(s, client, "org.postgresql.util.PSQLException: ERROR: canceling statement due to "
                        "statement timeout") for s in (0, 20, 40)]
    rows.append((1, db, "2026-09-22 03:05:58.096 UTC [48211] LOG:  checkpoint starting: time"))
    got = diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction
    assert got.component == "lme-pg"


def test_a_workload_writing_in_a_products_voice_is_the_server_its_clients_quote(kb):
    """A PostgreSQL cluster named for nothing of PostgreSQL's (``parcels-db``, container
    ``database``) writes PostgreSQL's own lines (``[6112] ERROR:  deadlock detected``): the
    client's ``Npgsql.PostgresException`` blames it, and its own deadlock lines are its
    own, not a callee's called ``postgres``."""
    db = {"namespace": "registry-db", "pod": "parcels-db-instance1-4rtd-0",
          "container": "database", "app": "parcels-db"}
    job = {"namespace": "land-registry", "pod": "deed-batch-import-29071-x2k9p",
           "container": "deed-batch-import", "app": "deed-batch-import"}
    rows = []
    for s in (12, 19, 27):
        rows.append((s, db, f"2026-04-15 02:05:{s:02d}.000 UTC [61{s}] ERROR:  deadlock "
                            "detected"))
        rows.append((s, job, f'{{"@t":"2026-04-15T02:05:{s:02d}.02Z","@mt":"Deed rejected: '
                             '{Error}","@l":"Error","Error":"Npgsql.PostgresException '
                             '(0x80004005): 40P01: deadlock detected"}'))
    got = diagnose(packed_rows(rows), kb=kb).extraction
    assert (got.root_cause_category, got.component) == ("database", "parcels-db")
    # a client refused writes by a primary just demoted quotes PostgreSQL's own words too
    assert "postgres" in callee_names(
        "o.h.engine.jdbc.spi.SqlExceptionHelper   : ERROR: cannot execute UPDATE in a "
        "read-only transaction", kb)
    # written otherwise (the two spaces gone), nothing says it is PostgreSQL's
    flat = [(s, w, line.replace("ERROR:  ", "ERROR: ")) for s, w, line in rows]
    assert diagnose(packed_rows(flat), kb=kb).extraction.component == "postgres"
    # CloudNativePG's instance manager relays the same message as JSON: PostgreSQL's voice
    relayed = [(s, w, f'{{"level":"info","ts":"2026-04-15T02:05:{s:02d}.000Z","logger":'
                      '"postgres","msg":"record","logging_pod":"parcels-db-1","record":{'
                      '"error_severity":"ERROR","sql_state_code":"40P01","message":"deadlock '
                      'detected"}}' if w is db else line) for s, w, line in rows]
    assert diagnose(packed_rows(relayed), kb=kb).extraction.component == "parcels-db"


def test_a_server_of_a_products_family_quoting_its_words_names_no_callee(kb):
    """TiDB writes MySQL's words in its own errors (``[executor:1213]Deadlock found when
    trying to get lock``): ``tidb-spd`` is a server of MySQL's family, so its line names
    no callee ``mysql``, and ``[executor:1213]`` is TiDB's error class and code, not a host
    and port."""
    from analyzer.engine.targets import resolve

    line = ('[2026/06/14 14:46:59.551 +00:00] [WARN] [conn.go:1150] ["command dispatched '
            'failed"] [conn=5260046] [err="[executor:1213]Deadlock found when trying to get '
            'lock; try restarting transaction"]')
    assert "executor" not in callee_names(line, kb)
    assert callee_names("upstream [redis-cache:6379] refused", kb)[0] == "redis-cache"
    here = ["autoclave-cycle-tracker", "tidb-spd"]
    assert resolve(["mysql"], here, "tidb-spd", products={"mysql"},
                   families=kb.families) is None
    assert resolve(["mysql"], here, "tidb-spd", products={"mysql"}) == "mysql"


def _spool_volume(kb, with_set: bool):
    """A StatefulSet's new replica placed but waiting for its local-path volume, which the
    provisioner cannot create: the claim's ProvisioningFailed events and (``with_set``) the
    scheduler's events about the pod, its VolumeBinding deadline last, and the set's other
    replica writing lines."""
    events = {"job": "integrations/kubernetes/eventhandler", "namespace": "recordings"}
    spool = {"namespace": "recordings", "pod": "recording-spool-0", "container": "spool",
             "app": "recording-spool"}
    ev = ("name={name} kind={kind} action= objectAPIversion=v1 reason={reason} type=Warning "
          "count={n} sourcecomponent={src} msg=\"{msg}\"")
    pod = [(0, events, ev.format(name="recording-spool-2", kind="Pod", reason="FailedScheduling",
                                 n=1, src="default-scheduler",
                                 msg="0/4 nodes are available: 1 node(s) had untolerated taint "
                                     "{node-role.kubernetes.io/control-plane: }, 2 node(s) "
                                     "didn't match pod anti-affinity rules."))]
    rows = [(120 * n, events, ev.format(
        name="spool-recording-spool-2", kind="PersistentVolumeClaim", reason="ProvisioningFailed",
        n=n, src="rancher.io/local-path_local-path-provisioner-2zb8gfvgws-sw7hx",
        msg='failed to provision volume with StorageClass \\"local-path\\": failed to create '
            "volume pvc-9ac05158: create process timeout after 120 seconds"))
             for n in range(1, 6)]
    pod.append((610, events, ev.format(
        name="recording-spool-2", kind="Pod", reason="FailedScheduling", n=1,
        src="default-scheduler",
        msg='running PreBind plugin \\"VolumeBinding\\": binding volumes: context deadline '
            "exceeded")))
    if with_set:
        rows += pod + [(s, spool, f'time="2026-07-27T10:{s // 60:02d}:{s % 60:02d}Z" '
                                  'level=info msg="uploaded segment" bytes=63715827')
                       for s in (100, 300, 500)]
    return diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb)


def test_a_volume_a_placed_pod_waits_for_is_its_sets_storage_not_its_scheduling(kb):
    """The scheduler's "running PreBind plugin "VolumeBinding": binding volumes: context
    deadline exceeded" is a FailedScheduling event about a pod already placed, waiting for
    its volume: storage. The claim ``spool-recording-spool-2`` is the StatefulSet
    recording-spool's (``<template>-<set>-<ordinal>``) when that set is in the window."""
    got = _spool_volume(kb, with_set=True)
    assert (got.extraction.root_cause_category, got.extraction.component) == (
        "storage", "recording-spool")
    alone = _spool_volume(kb, with_set=False).extraction
    assert (alone.root_cause_category, alone.component) == ("storage", "spool-recording-spool")


def _clock(kb, wrong_by: str | None):
    """timesheets-api's pod on worker-3 refusing the SSO certificate as expired or not yet
    valid, and (``wrong_by``) worker-3's chronyd saying the clock was wrong by that much."""
    node = "worker-3.ocp4.northvale-sli.net"
    journal = {"job": "node-journal", "node": node, "unit": "chronyd.service"}
    app = {"namespace": "billing", "pod": "timesheets-api-5f7d9c8b6-k2x8q",
           "container": "timesheets-api", "app": "timesheets-api", "node": node}
    rows = [(s, app, '{"level":"ERROR","msg":"token exchange failed","err":"Post \\"https://'
                     'sso.northvale-sli.net/realms/staff/protocol/openid-connect/token\\": tls: '
                     "failed to verify certificate: x509: certificate has expired or is not "
                     'yet valid: current time 2026-08-03T07:47:59Z is before '
                     '2026-08-03T08:15:02Z"}') for s in (60, 90, 120, 150, 180)]
    if wrong_by:
        rows.append((10, journal, f"System clock wrong by {wrong_by} seconds, adjustment "
                                  "started"))
    return diagnose(packed_rows(sorted(rows, key=lambda r: r[0])), kb=kb).extraction


def test_certificates_not_yet_valid_on_a_node_whose_clock_is_wrong_are_the_nodes(kb):
    """chronyd on worker-3 reports its clock 70 minutes off, and only the pod there refuses
    the SSO's certificate as not yet valid: the node's clock, not the certificate. A clock
    off by a fraction of a second is no fault; without it, the certificate's."""
    skewed = _clock(kb, "4213.550672")
    assert (skewed.root_cause_category, skewed.component) == ("node_failure",
                                                              "worker-3.ocp4.northvale-sli.net")
    assert _clock(kb, "0.000731").root_cause_category == "tls_certificate"
    assert _clock(kb, None).root_cause_category == "tls_certificate"


def test_an_envoy_route_timeout_is_a_timeout_of_its_upstream_whatever_else_the_line_names(
        kb, line_classifier):
    """Istio's sidecar logging "POST /v1/vouchers/validate HTTP/1.1" 504 UT response_timeout
    with the cluster ``outbound|8080||voucher-service.promotions.svc.cluster.local``: the
    route's timeout ran out waiting for voucher-service. The line reports that and nothing
    else: the line classifier's reading of its DNS-like cluster name does not vote."""
    sidecar = {"namespace": "bookings", "pod": "booking-api-fxq7bvxjwl-c2vjv",
               "container": "istio-proxy", "app": "booking-api"}
    rows = [(s, sidecar, f'[2026-09-12T18:24:{s:02d}.949Z] "POST /v1/vouchers/validate '
                         'HTTP/1.1" 504 UT response_timeout - "-" 212 24 2001 - "-" "node" '
                         f'"53ec035f-bc38-acd9-acba-fa897ddb63{s:02d}" "voucher-service.'
                         'promotions:8080" "10.244.3.41:8080" outbound|8080||voucher-service.'
                         "promotions.svc.cluster.local - - - - -") for s in (12, 28, 34, 46)]
    got = diagnose(packed_rows(rows), kb=kb, classifier=line_classifier)
    assert (got.extraction.root_cause_category, got.extraction.component) == (
        "timeout", "voucher-service")
    assert {c.category for c in got.candidates} == {"timeout"}
