"""Loading and validating the signature knowledge base."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.engine.knowledge import KnowledgeError, build_kb, load_kb
from analyzer.schema import CATEGORIES


def test_shipped_kb_covers_every_category_with_valid_examples():
    kb = load_kb()
    covered = {s.category for s in kb.signatures if s.role != "benign"}
    assert set(CATEGORIES) - {"none"} <= covered
    assert len(kb.signatures) >= 120
    for sig in kb.signatures:  # load_kb checked it; this documents the contract
        assert all(sig.pattern.search(ex) for ex in sig.examples)
    assert {s.id for s in kb.signatures if s.role == "benign"} >= {"zero-counts",
                                                                    "retry-succeeded"}


def _doc(**sig):
    base = {"id": "x-1", "pattern": "boom", "weight": 1.0, "examples": ["boom!"]}
    return {"category": "application_error", "signatures": [{**base, **sig}]}


@pytest.mark.parametrize(("doc", "message"), [
    ({"category": "kaboom", "signatures": []}, "'kaboom' is not one of"),
    (_doc(pattern="(unclosed"), "invalid regex"),
    (_doc(weight=0), "weight: 0 is not a positive number"),
    (_doc(role="culprit"), "role: 'culprit'"),
    (_doc(severity="FATAL"), "severity: 'FATAL'"),
    (_doc(examples=["nothing here"]), "does not match its example 'nothing here'"),
    (_doc(component="pod"), "component: 'pod'"),
    (_doc(colour="red"), "unknown keys ['colour']"),
    (_doc(recovers=["scheduling"]), "recovers: only for signal: recovery"),
    (_doc(signal="recovery", recovers=["weather"]), "recovers: ['weather'] must list"),
    (_doc(startup_grace=-5), "startup_grace: -5 is not a number in [0, 86400]"),
    (_doc(sporadic=1.5), "sporadic: 1.5 is not a number in [0, 1]"),
    (_doc(sporadic="often"), "sporadic: 'often'"),
    (_doc(at_scale=2.5), "at_scale: 2.5 is not a whole number in [0, 1000]"),
    (_doc(at_scale=True), "at_scale: True is not a whole number"),
    (_doc(lone_warning="once"), "lone_warning: 'once' is not true or false"),
    (_doc(follows_level="yes"), "follows_level: 'yes' is not true or false"),
    (_doc(exclusive=1), "exclusive: 1 is not true or false"),
    (_doc(yields="yes"), "yields: 'yes': true or false, on a cause"),
    (_doc(yields=True, role="symptom"), "yields: True: true or false, on a cause"),
    ({"category": "dns_resolution", "providers": "coredns", "signatures": []},
     "providers: must be a list"),
    (_doc(component="caller"), "use workload, target, node, self or literal"),
    ({"category": "none", "signatures": [{"id": "n", "pattern": "x", "weight": 1}]},
     "must be benign or carry a signal"),
])
def test_invalid_entries_raise_naming_file_and_entry(doc, message):
    with pytest.raises(KnowledgeError) as err:
        build_kb([("custom.yaml", doc)])
    assert str(err.value).startswith("custom.yaml")
    assert message in str(err.value)
    if doc.get("signatures"):
        assert "signatures[0]" in str(err.value)


def test_services_file_entries_are_checked():
    with pytest.raises(KnowledgeError, match=r"services\.yaml: fronts\.kyverno-svc: use "
                                             r"<service name>: <workload name>"):
        build_kb([], {"fronts": {"kyverno-svc": ["kyverno"]}}, services_source="services.yaml")
    kb = build_kb([], {"fronts": {"Kyverno-Svc": "kyverno-admission-controller"}})
    assert kb.fronts == {"kyverno-svc": "kyverno-admission-controller"}
    with pytest.raises(KnowledgeError, match=r"services\.yaml: stores: use a list of words"):
        build_kb([], {"stores": "minio"}, services_source="services.yaml")
    kb = build_kb([], {"ports": {5432: "postgres"}, "stores": ["MinIO"]})
    assert kb.store_words() == {"postgres", "minio"}
    with pytest.raises(KnowledgeError, match=r"services\.yaml: daemons\.mysqld: use "
                                             r"<unit or process name>: <product name>"):
        build_kb([], {"daemons": {"mysqld": None}}, services_source="services.yaml")
    kb = build_kb([], {"daemons": {"Redis-Server": "redis"}})
    assert kb.daemons == {"redis-server": "redis"}
    with pytest.raises(KnowledgeError, match=r"services\.yaml: families\.mysql: use "
                                             r"<product name>: \[<server name>, \.\.\.\]"):
        build_kb([], {"families": {"mysql": "galera"}}, services_source="services.yaml")
    kb = build_kb([], {"families": {"MySQL": ["Galera", "tidb"]}})
    assert kb.families == {"mysql": ("galera", "tidb")}
    assert kb.services.aliases("mysql") == ("mysql", "galera", "tidb")
    with pytest.raises(KnowledgeError, match=r"services\.yaml: voices\.postgres: invalid "
                                             r"regex"):
        build_kb([], {"voices": {"postgres": "ERROR:(  "}}, services_source="services.yaml")
    kb = build_kb([], {"voices": {"Postgres": r"\b(?:LOG|ERROR):  \S"}})
    assert [name for name, _ in kb.services.voices] == ["postgres"]
    assert kb.voices[0][1].search("UTC [6112] ERROR:  deadlock detected")
    assert not kb.voices[0][1].search("PSQLException: error:  deadlock")  # as written


def test_bad_yaml_file_names_the_file(tmp_path: Path):
    (tmp_path / "broken.yaml").write_text("category: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"broken\.yaml: not valid YAML"):
        load_kb([tmp_path])


def test_extra_directory_adds_and_replaces_signatures(tmp_path: Path):
    (tmp_path / "ours.yaml").write_text(
        "category: database\n"
        "signatures:\n"
        "  - id: acme-ledger-stuck\n"
        "    pattern: 'LEDGER-E042 ledger shard stuck'\n"
        "    weight: 5\n"
        "    examples: ['LEDGER-E042 ledger shard stuck on shard 7']\n"
        "  - id: deadlock\n"          # same id as a shipped entry: replaces it
        "    pattern: 'deadlock detected'\n"
        "    weight: 1.5\n"
        "    examples: ['ERROR: deadlock detected']\n", encoding="utf-8")
    base = load_kb()
    kb = load_kb([tmp_path])
    assert len(kb.signatures) == len(base.signatures) + 1
    assert kb.by_id("acme-ledger-stuck").category == "database"
    assert kb.by_id("deadlock").weight == 1.5
    assert kb.by_id("deadlock").source.endswith("ours.yaml")


def test_missing_extra_directory_is_an_error(tmp_path: Path):
    with pytest.raises(KnowledgeError, match="not a directory"):
        load_kb([tmp_path / "nope"])


def test_anchor_literals_are_necessary_for_a_match():
    from analyzer.engine.knowledge import anchors

    assert anchors(r"(?:Liveness|Startup) probe failed") == {" probe failed"}
    assert anchors(r"\bOOMKill(?:ed|ing)\b|Out of memory: Killed") == {"oomkill",
                                                                      "out of memory: killed"}
    assert anchors(r"x\d+yz|timed out") is None  # one branch has no literal of 3+
    assert anchors(r"(?:ab)?cde") == {"cde"}      # an optional group is not necessary
    assert anchors(r"(unclosed") is None


def test_the_prefilter_never_changes_what_a_signature_matches(kb):
    texts = [ex for sig in kb.signatures for ex in sig.examples]
    texts += ["level=info msg=\"request served\" status=200", "GET /healthz 200",
              "ERROR: deadlock detected", "WARNING: 2 OOMKILLED pods",
              "x509: CERTIFICATE HAS EXPIRED"]
    for text in texts:
        for sig in kb.signatures:
            assert bool(sig.search(text, text.lower())) == bool(sig.pattern.search(text)), sig.id
    assert sum(sig.anchors is not None for sig in kb.signatures) > 0.9 * len(kb.signatures)


def test_candidates_hold_every_signature_a_line_matches_in_order(kb):
    import json

    root = Path(__file__).resolve().parents[2]
    texts = [ex for sig in kb.signatures for ex in sig.examples]
    for line in (root / "golden" / "train.jsonl").read_text().splitlines():
        texts += [entry["line"] for entry in json.loads(line)["logs"]]
    kept = 0
    for text in texts:
        lowered = text.lower()
        want = [s.id for s in kb.signatures if s.search(text, lowered)]
        got = kb.candidates(lowered)
        assert [s.id for s in got if s.search(text, lowered)] == want, text
        assert [s.id for s in got] == [s.id for s in kb.signatures if s in got]  # kb order
        kept += len(got)
    assert kept < 0.4 * len(kb.signatures) * len(texts)  # it does prefilter (about a quarter)


def test_candidates_keep_a_signature_without_anchors():
    kb = build_kb([("x.yaml", _doc(id="odd", pattern=r"x\d+yz|timed out", examples=["x1yz"])),
                   ("y.yaml", {"category": "oom_killed",
                               "signatures": [{"id": "oom", "pattern": "OOMKilled",
                                               "weight": 1.0, "examples": ["OOMKilled"]}]})])
    assert [s.id for s in kb.candidates("nothing here")] == ["odd"]
    assert [s.id for s in kb.candidates("pod oomkilled")] == ["odd", "oom"]
    assert [s.id for s in kb.candidates("an oom only")] == ["odd", "oom"]  # search decides


def _matching(kb, line: str) -> list[str]:
    return [sig.id for sig in kb.candidates(line.lower()) if sig.search(line, line.lower())]


@pytest.mark.parametrize("line", [
    'mqtt-pool2 mosquitto[52240]: 1772858404: Error: Unknown configuration variable "tls_vers".',
    "mqtt-pool2 mosquitto[52240]: 1772858404: Error found at /etc/mosquitto/conf.d/tls.conf:7.",
    "*** FATAL CONFIG FILE ERROR (Redis 7.2.4) ***",
    '2026-03-01 10:00:00.120 UTC [811] LOG:  unrecognized configuration parameter '
    '"shared_bufers" in file "/etc/postgresql/16/main/postgresql.conf" line 127',
    '2026-03-01 10:00:00.121 UTC [811] FATAL:  configuration file '
    '"/etc/postgresql/16/main/postgresql.conf" contains errors',
    "2026-03-01T10:00:00.101Z 0 [ERROR] [MY-000067] [Server] unknown variable 'innodb_buf=2G'.",
    "2026-03-01 10:00:00 0 [ERROR] /usr/sbin/mariadbd: unknown variable 'max_conections=500'",
    'nats-server: /etc/nats-config/nats.conf:19:3: unknown field "write_deadline_ms"',
    "/etc/app/config.yaml:12:7: syntax error: mapping values are not allowed here",
])
def test_a_server_refusing_its_configuration_file_on_start_is_a_config_file_rejected(kb, line):
    assert "config-file-rejected" in _matching(kb, line)


@pytest.mark.parametrize(("line", "ready"), [
    ("2026-03-26T07:02:14.600569+00:00 info: swarm_alert: mist listening on 0.0.0.0:8080", True),
    ('{"EventId":14,"LogLevel":"Information","Category":"Microsoft.Hosting.Lifetime",'
     '"Message":"Now listening on: http://[::]:8080"}', True),
    ("Server listening on port 3000", True),
    ("[1] * Listening on http://0.0.0.0:3000", True),
    ("2026-02-28T17:34:25.439Z  INFO 1 --- [main] c.a.accounts.AccountServiceApplication   : "
     "Started AccountServiceApplication in 9.412 seconds (process running for 10.1)", True),
    ("INFO:     Application startup complete.", True),
    # a start that has only begun, or a listener of no address, says nothing of serving
    ("INFO:     Started server process [1]", False),
    ("level=info msg=\"starting api-gateway\" addr=:8080", False),
    ("listening on the hive.acoustic queue", False),
])
def test_a_server_saying_it_listens_is_ready(kb, line, ready):
    assert ("server-ready" in _matching(kb, line)) is ready


@pytest.mark.parametrize(("line", "exit"), [
    ('Kernel pid terminated (application_controller) ("{application_terminated,swarm_alert,'
     'shutdown}")', True),
    ('{"Kernel pid terminated",application_controller,"{application_start_failure,ledger,'
     '{bad_return,{{ledger_app,start,[normal,[]]},{error,econnrefused}}}}"}', True),
    # a process of the application ending is no exit of the node
    ("** Generic server <0.312.0> terminating", False),
])
def test_the_erlang_vm_ending_its_node_is_a_restart(kb, line, exit):
    assert ("beam-vm-exit" in _matching(kb, line)) is exit


@pytest.mark.parametrize("line", [
    "2026-05-05T14:00:36.205Z pid=1 tid=npf8 class=SheetReconcileJob jid=ad7e7131bfe0d646 WARN: "
    "ActiveRecord::ConnectionTimeoutError: could not obtain a connection",
    "could not obtain a connection from the pool within 5.000 seconds (waited 5.006 seconds); "
    "all pooled connections were in use",
])
def test_rails_waiting_on_its_connection_pool_is_a_pool_exhausted(kb, line):
    assert "pool-exhausted" in _matching(kb, line)


@pytest.mark.parametrize("line", [
    '{"level":"warn","caller":"auth/jwt.go:118","msg":"jwt verification failed","error":'
    '"token is unverifiable: error while executing keyfunc: kid \\"Wk3fT3iyAUmcm8X\\" not '
    'found in cached JWKS (fetched 2026-01-29T15:48:26Z)"}',
    "token signature is invalid: crypto/rsa: verification error",
])
def test_a_jwt_its_verifier_cannot_check_is_a_token_invalid(kb, line):
    assert "token-invalid" in _matching(kb, line)


@pytest.mark.parametrize(("line", "back"), [
    ("08:20:50.900 [info] Memcache.Connection fixtures_cache#0 connected to 10.43.88.17:11211",
     True),
    ("[info] Redix.Connection pubsub#1 connected to sessions-redis.shop.svc:6379", True),
    # a failure to connect, or a mere address, says no connection is back
    ("08:20:16.200 [error] Memcache.Connection fixtures_cache#0 failed to connect: "
     ":econnrefused (10.43.88.17:11211)", False),
])
def test_an_elixir_clients_connection_back_is_a_retry_succeeded(kb, line, back):
    assert ("retry-succeeded" in _matching(kb, line)) is back


@pytest.mark.parametrize(("line", "back"), [
    ('time="2026-10-06T09:02:02Z" level=info msg="kafka producer connected" brokers=3 '
     "mechanism=SCRAM-SHA-512", True),
    ('level=info msg="kafka consumer reconnected" group=vans', True),
    ('level=error msg="kafka producer error" error="kafka: client has run out of available '
     'brokers to talk to"', False),
])
def test_a_kafka_client_connected_again_is_a_retry_succeeded(kb, line, back):
    assert ("retry-succeeded" in _matching(kb, line)) is back


@pytest.mark.parametrize(("line", "throttled"), [
    # an access line's 429 is the server's answer to a client it throttles (Rack::Attack
    # holding a scraper to 300 requests in 5 minutes), not a limit of an API it calls
    ('185.220.101.47 - - [27/Nov/2026:10:00:13 +0000] "GET /products?page=89 HTTP/2.0" 429 31 '
     '"-" "-" 824160 "websecure-shop-storefront@kubernetes" "http://10.42.3.7:3000" 2ms',
     False),
    ("POST https://api.stripe.com/v1/charges: 429 Too Many Requests", True),
    ("upstream returned status=429, retry after 30s", True),
])
def test_a_429_is_a_limit_on_the_writers_own_calls_not_its_answer_to_a_client(
        kb, line, throttled):
    assert ("http-429" in _matching(kb, line)) is throttled


def test_a_clients_set_of_an_unknown_parameter_names_no_configuration_file(kb):
    """PostgreSQL answers a session's ``SET`` of an unknown name with no file: that is the
    client's mistake, not the server's configuration."""
    line = ('2026-03-01 10:00:00.120 UTC [811] app@shop ERROR:  unrecognized configuration '
            'parameter "statment_timeout"')
    assert "config-file-rejected" not in _matching(kb, line)


@pytest.mark.parametrize(("line", "lagging"), [
    # MySQL 8.0.22+ says "source" where 5.7 said "master", as a monitoring script prints it
    ("ss-billing-db-02 mysql-lag-check: WARNING Seconds_Behind_Source=1301 "
     "Replica_SQL_Running_State='Applying batch of row changes (delete)'", True),
    ("Seconds_Behind_Source: 842", True),
    ("Seconds_Behind_Master: 842", True),
    ("ss-billing-db-02 mysql-lag-check: OK Seconds_Behind_Source=0 "
     "Replica_SQL_Running_State='Replica has read all relay log; waiting for more updates'",
     False),
    # mongosh's rs.printSecondaryReplicationInfo(): ten seconds or more is lag, a few is not
    ("{ syncedTo: 'Sun Mar 08 2026 19:44:41 GMT+0000 (Coordinated Universal Time)', replLag: "
     "'-79 secs (-0.02 hrs) behind the primary ' }", True),
    ("\t1204 secs (0.33 hrs) behind the primary ", True),
    ("{ syncedTo: 'Sun Mar 08 2026 19:49:58 GMT+0000 (Coordinated Universal Time)', replLag: "
     "'-2 secs (-0 hrs) behind the primary ' }", False),
])
def test_a_replica_seconds_behind_its_source_is_replication_lag(kb, line, lagging):
    assert ("replication-lag" in _matching(kb, line)) is lagging


@pytest.mark.parametrize("line", [
    '2026-04-14T06:00:34.750869Z ERROR cctv_archiver::upload: put_object failed bucket=cctv-archive'
    ' status=403 error="S3 error: InvalidAccessKeyId: The Access Key Id you provided does not '
    'exist in our records."',
    "botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the "
    "PutObject operation: The AWS Access Key Id you provided does not exist in our records.",
    "Status: 403 (Server failed to authenticate the request. Make sure the value of Authorization"
    " header is formed correctly including the signature.) ErrorCode: AuthenticationFailed",
])
def test_an_object_store_refusing_an_unknown_or_revoked_key_is_a_cloud_access_denial(kb, line):
    """A key that the store no longer knows (revoked by a rotation) is refused outright: an
    error, not the plain 403 that a client may retry through."""
    assert "cloud-access-denied" in _matching(kb, line)


@pytest.mark.parametrize(("line", "hit"), [
    ("05:05:34.062 request_id=ujzzi0UsoG [error] PartsClient.reserve/2 failed wo=WO-49415 "
     "error=%Mint.TransportError{reason: :timeout}", True),
    ("[error] Ledger sync failed: %HTTPoison.Error{id: nil, reason: :connect_timeout}", True),
    ("[warning] reserve stock returned {:error, :timeout}, retrying", True),
    # other reasons are no timeout; a timeout setting is none either
    ("[error] %Mint.TransportError{reason: :econnrefused}", False),
    ("[info] Finch pool started receive_timeout: 15000 reason: :normal", False),
])
def test_elixir_clients_timing_out_say_so_by_their_reason(kb, line, hit):
    """Elixir's HTTP clients report a timeout as an error struct or tuple whose reason is
    ``:timeout`` (or ``:connect_timeout``), with no word "timed out"."""
    assert ("elixir-timeout-reason" in _matching(kb, line)) is hit


def test_a_clients_timeout_settings_are_no_timeout(kb):
    """``readTimeout=30s`` configures a client; ``ReadTimeoutError`` reports a call that
    timed out."""
    settings = ("2026-03-01 01:04:21.135 DEBUG 1 --- [scheduling-1] o.w.b.PaymentsClient : "
                "payments client: connectTimeout=5s readTimeout=30s retries=2")
    assert "python-node-timeouts" not in _matching(kb, settings)
    assert "python-node-timeouts" not in _matching(kb, 'client config {"readTimeout": "30s"}')
    failed = ("urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='api.example.com', "
              "port=443): Read timed out. (read timeout=30)")
    assert "python-node-timeouts" in _matching(kb, failed)
    assert "python-node-timeouts" in _matching(kb, "requests.exceptions.ConnectTimeout: boom")


@pytest.mark.parametrize(("line", "missing"), [
    ("KeyError: 'SMS_GATEWAY_TOKEN'", True),
    ('  File "/app/reminders/settings.py", line 9, in <module> |     TOKEN = '
     "os.environ['SMS_GATEWAY_TOKEN'] | KeyError: 'SMS_GATEWAY_TOKEN'", True),
    ('/app/config/initializers/sidekiq.rb:4:in `fetch\': key not found: "REDIS_URL" '
     "(KeyError)", True),
    # a key of the program's own data, named in lower case: its own bug, not a setting
    ("KeyError: 'wind_kts'", False),
    ('  File "/srv/launch_planner/briefing.py", line 112, in surface_wind |     return '
     "fc[\"wind_kts\"], fc[\"wind_dir\"] | KeyError: 'wind_kts'", False),
])
def test_a_keyerror_is_a_missing_setting_only_for_an_environment_variables_name(
        kb, line, missing):
    assert ("missing-env" in _matching(kb, line)) == missing


@pytest.mark.parametrize(("line", "quick"), [
    ("info: Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService[100] "
     "Health check recipe-db with status Healthy completed after 14.2210ms with message "
     "'(null)'", True),
    # the same check taking longer than a probe's one-second timeout: no recovery
    ("warn: Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService[103] "
     "Health check recipe-db with status Healthy completed after 1567.7000ms with message "
     "'(null)'", False),
    ("Health check recipe-db with status Unhealthy completed after 12.1ms", False),
])
def test_a_dotnet_health_check_answering_quickly_again_is_readiness_back(kb, line, quick):
    assert ("health-check-quick-again" in _matching(kb, line)) == quick


@pytest.mark.parametrize(("line", "lag"), [
    ('{"level":"warn","caller":"db/replica.go:44","msg":"replica lag above threshold, marking '
     'responses stale","replica":"bookingdb-1","lag_seconds":121,"threshold_seconds":60}', True),
    # the same words naming no replica: the client's own word, not a replica it names
    ('time="2026-04-23T19:48:33Z" level=warn msg="replica lag above threshold" lag_seconds=301 '
     "threshold=30", False),
    ('{"level":"info","msg":"replica lag ok","replica":"bookingdb-1","lag_seconds":38}', False),
])
def test_a_clients_check_of_a_named_replicas_lag_is_replication_lag(kb, line, lag):
    assert ("replication-lag" in _matching(kb, line)) == lag
