"""normalize: level, message and fields of real-looking lines; join_multiline: stack traces
folded into their first line, whatever order the records come in."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.normalize import join_multiline, keyword_level, normalize, normalize_records
from retrieval.records import Level, LogRecord

T, D, I, W, E, C, U = (Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR,  # noqa: E741
                       Level.CRITICAL, Level.UNKNOWN)

# (line, level, message, a subset of the fields)
LINES = [
    # JSON
    ('{"level":"error","msg":"db down","attempt":3}', E, "db down", {"attempt": 3}),
    ('{"lvl":"warn","message":"slow"}', W, "slow", {}),
    ('{"severity":"CRITICAL","message":"disk gone"}', C, "disk gone", {}),
    ('{"levelname":"WARNING","name":"app.db","message":"retrying"}', W, "retrying", {}),
    ('{"@timestamp":"2026-03-01T12:00:00Z","log.level":"error","message":"ecs dotted"}', E,
     "ecs dotted", {}),
    ('{"log":{"level":"warn","logger":"x"},"message":"ecs nested"}', W, "ecs nested",
     {"log.level": "warn", "log.logger": "x"}),
    ('{"loglevel":"debug","msg":"details"}', D, "details", {}),
    # Serilog's compact JSON: a template with no rendered "@m" is shown filled in
    ('{"@t":"2026-03-01T12:00:00Z","@l":"Error","@mt":"Order {Id} failed","Id":7}', E,
     "Order 7 failed", {"Id": 7}),
    ('{"@t":"2026-03-01T12:00:00Z","@mt":"Started {App}","App":"x"}', I, "Started x", {}),
    ('{"@t":"2026-03-01T12:00:00Z","@mt":"{{raw}} {@Cart} in {Elapsed:0.00} ms, {Gone}",'
     '"Cart":{"Items":2},"Elapsed":31.5}', I, '{raw} {"Items": 2} in 31.5 ms, {Gone}', {}),
    ('{"@t":"2026-03-01T12:00:00Z","@m":"Rendered x!","@mt":"Rendered {App}","App":"x"}',
     I, "Rendered x!", {}),  # the rendered message, when written, is the message
    ('{"level":30,"time":1772366400000,"msg":"pino info"}', I, "pino info", {}),
    ('{"level":40,"msg":"pino warn"}', W, "pino warn", {}),
    ('{"level":50,"msg":"pino error"}', E, "pino error", {}),
    ('{"level":60,"msg":"pino fatal"}', C, "pino fatal", {}),
    ('{"name":"api","hostname":"h","pid":1,"level":20,"msg":"bunyan debug","v":0}', D,
     "bunyan debug", {}),
    ('{"level":"50","msg":"numeric string"}', E, "numeric string", {}),
    ('{"PRIORITY":"3","MESSAGE":"journald err"}', E, "journald err", {}),
    ('{"t":{"$date":"2026-02-11T10:13:26.223+00:00"},"s":"I","c":"NETWORK","id":22943,'
     '"ctx":"listener","msg":"Connection accepted"}', I, "Connection accepted", {}),
    ('{"t":{"$date":"2026-02-11T10:13:26Z"},"s":"E","c":"STORAGE","id":1,"ctx":"x",'
     '"msg":"WiredTiger error"}', E, "WiredTiger error", {}),
    ('{"s":"I","msg":"an s field alone is no level"}', U, None, {}),
    ('{"severity_number":17,"body":"x","message":"otel error"}', E, "otel error", {}),
    ('{"level":"INFO","message":"flushed metrics error_count=0"}', I,
     "flushed metrics error_count=0", {}),
    ('{"level":"info","msg":"done","error":"boom"}', I, "done", {}),  # the field wins
    ('{"msg":"request done","err":"connection reset"}', E, "request done", {}),
    ('{"msg":"request done","err":null,"errors":0}', U, "request done", {}),
    ('{"msg":"job failed","id":4}', E, "job failed", {"id": 4}),
    ('{"log":"E0301 12:00:01.123456       1 reflector.go:138] watch failed\\n",'
     '"stream":"stderr","time":"2026-03-01T12:00:01Z"}', E, "watch failed",
     {"stream": "stderr", "caller": "reflector.go:138"}),
    ('{"log":"{\\"level\\":\\"warn\\",\\"msg\\":\\"inner\\"}\\n","stream":"stdout"}', W,
     "inner", {"stream": "stdout"}),
    # logfmt
    ('level=error msg="failed to add item" err="redis timeout"', E, "failed to add item",
     {"err": "redis timeout"}),
    ('level=warn msg="slow redis response" latency_ms=812', W, "slow redis response",
     {"latency_ms": "812"}),
    ('time="2026-03-01T12:00:00Z" level=info msg="said \\"hi\\"\\tand left" path=/x', I,
     'said "hi"\tand left', {"path": "/x"}),
    ('ts=2026-03-01T12:00:00Z caller=main.go:42 lvl=debug msg=starting', D, "starting",
     {"caller": "main.go:42"}),
    ('2026-03-01T12:00:00Z level=error msg="prefixed logfmt"', E, "prefixed logfmt", {}),
    # a Kubernetes event carries its own severity: Warning, whatever its words say
    ('type=Warning reason=OOMKilled msg="Container cart was OOMKilled (exit code 137)"', W,
     "Container cart was OOMKilled (exit code 137)", {"reason": "OOMKilled"}),
    ('{"type":"Normal","reason":"Pulled","message":"image already present"}', I,
     "image already present", {}),
    ('type=oops reason=x msg="unknown event type, OOMKilled"', C, None, {}),
    ('msg="sync done" errors=0 warnings=0', U, "sync done", {"errors": "0"}),
    ('msg="call returned" err=<nil>', U, "call returned", {"err": "<nil>"}),
    # klog
    ("E0301 12:00:01.123456   1 file.go:42] something broke", E, "something broke",
     {"pid": "1", "caller": "file.go:42"}),
    ("I0301 12:00:01.123456   1 file.go:42] all good", I, "all good", {}),
    ("W0301 12:00:01.123456   1 file.go:42] failed once, retrying", W,
     "failed once, retrying", {}),
    ("F0301 12:00:01.123456   1 main.go:9] cannot start", C, "cannot start", {}),
    ('E0301 12:00:01.123456       1 pod_workers.go:1298] "Error syncing pod, skipping" '
     'err="failed to \\"StartContainer\\"" pod="shop/cart"', E, "Error syncing pod, skipping",
     {"err": 'failed to "StartContainer"', "pod": "shop/cart"}),
    # Python logging
    ("ERROR:root:boom", E, "boom", {"logger": "root"}),
    ("1:M 03 Feb 2026 07:03:28.392 * Background saving terminated with success", I,
     "Background saving terminated with success", {}),
    ("1:M 03 Feb 2026 07:03:29.001 # WARNING: The TCP backlog setting of 511 cannot be enforced",
     W, "WARNING: The TCP backlog setting of 511 cannot be enforced", {}),
    ('{"EventId":1,"LogLevel":"Information","Category":"Microsoft.AspNetCore.Hosting","Message":'
     '"Request starting HTTP/1.1 GET /healthz"}', I, "Request starting HTTP/1.1 GET /healthz",
     {"EventId": 1, "Category": "Microsoft.AspNetCore.Hosting"}),
    ("[2026/09/21 04:09:54] [ info] [input:tail:tail.0] inotify_fs_add(): inode=89074945", I,
     "[input:tail:tail.0] inotify_fs_add(): inode=89074945", {}),
    ("[2026/09/21 04:09:55] [error] [output:es:es.0] HTTP status=429", E,
     "[output:es:es.0] HTTP status=429", {}),
    ("2026.04.09 16:00:07.812321 [ 151 ] {} <Information> events.page_views: merged 4 parts", I,
     "events.page_views: merged 4 parts", {}),
    ("2026.04.09 16:00:08.100000 [ 152 ] {} <Error> executeQuery: Code: 241. DB::Exception", E,
     "executeQuery: Code: 241. DB::Exception", {}),
    ("[1] 2026/07/08 02:30:10.300000 [INF] Entering lame duck mode", I,
     "Entering lame duck mode", {}),
    # vibe.d's [thread(fiber) LVL], zerolog's console writer
    ("[main(4rsm) WRN] segment flush fsync took 3212 ms (threshold 500 ms)", W,
     "segment flush fsync took 3212 ms (threshold 500 ms)", {}),
    ("[vibe-1(Qf4f) INF] write queue drained, backpressure released", I,
     "write queue drained, backpressure released", {}),
    ("3:04PM WRN slow query took 3s table=orders", W, "slow query took 3s table=orders", {}),
    # Monolog (Symfony, Laravel): [datetime] channel.LEVEL: message {context} [extra]
    ('[2026-01-27T04:05:12.247755+00:00] app.ERROR: Purchase order sync aborted after 4 '
     'rate-limited attempts {"synced":14} []', E,
     'Purchase order sync aborted after 4 rate-limited attempts {"synced":14} []',
     {"logger": "app"}),
    ("[2026-03-18 15:14:24] production.INFO: Flash sale started {\"campaign\":\"spring26\"}", I,
     'Flash sale started {"campaign":"spring26"}', {"logger": "production"}),
    # Haskell's katip: namespace, severity, host, process id ("PID n" in later versions),
    # thread, context and source location, each in brackets
    ("[2016-05-11 21:01:15][MyApp.confrabulation][Debug][myhost.example.com][1724][ThreadId 1154]"
     "[confrab_factor:42.0][main:Helpers.Logging Helpers/Logging.hs:41:9] Confrabulating widgets",
     D, "Confrabulating widgets", {"logger": "MyApp.confrabulation"}),
    ("[2026-01-15 18:15:00][snow.plan][Error][snow-7b4c9d5f6-8kq2m][PID 1][ThreadId 61]"
     "[main:Snow.Plan src/Snow/Plan.hs:66:3] planner deadline passed", E,
     "planner deadline passed", {"logger": "snow.plan"}),
    ("[1] 2026/07/08 02:30:11.000000 [ERR] 10.0.0.7:4222 - cid:9 - Slow Consumer Detected", E,
     "10.0.0.7:4222 - cid:9 - Slow Consumer Detected", {}),
    ("2026-03-11T21:09:44.862255Z\tinfo\tFIPS mode disabled", I, "FIPS mode disabled", {}),
    ("2026-03-11T21:09:45.000000Z\terror\texporterhelper/queue_sender.go:101\tExporting failed",
     E, "exporterhelper/queue_sender.go:101\tExporting failed", {}),
    ("2026-02-11T03:13:00.000000Z 0 [Note] [MY-010559] [Repl] Multi-threaded replica statistics",
     I, "[MY-010559] [Repl] Multi-threaded replica statistics", {}),
    ("2026-02-11T03:13:01.000000Z 12 [Warning] [MY-010055] [Server] IP address could not be "
     "resolved", W, "[MY-010055] [Server] IP address could not be resolved", {}),
    ("- 1117848119 2005.06.03 R16-M1-N2-C:J17-U01 2005-06-03-18.21.59.871925 R16-M1-N2-C:J17-U01"
     " RAS KERNEL INFO instruction cache parity error corrected", I,
     "instruction cache parity error corrected", {}),
    ("KERNDTLB 1118536327 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-17.32.07.581048 "
     "R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt", C,
     "data TLB error interrupt", {}),
    ('{"level":"info","ts":"2026-04-14T15:19:24.687864Z","logger":"postgres","msg":"record",'
     '"logging_pod":"pg-main-1","record":{"log_time":"2026-04-14 15:19:24.687 UTC",'
     '"user_name":"grafana","error_severity":"FATAL","sql_state_code":"53300",'
     '"message":"sorry, too many clients already"}}', E, "sorry, too many clients already",
     {"logging_pod": "pg-main-1", "record.sql_state_code": "53300"}),
    ('{"level":"info","ts":"2026-04-14T15:19:24Z","logger":"postgres","msg":"record",'
     '"record":{"error_severity":"LOG","message":"checkpoint complete"}}', I,
     "checkpoint complete", {}),
    ("info: Microsoft.Hosting.Lifetime[0]", I, "Microsoft.Hosting.Lifetime[0]", {}),
    ("crit: Microsoft.AspNetCore.Hosting.Diagnostics[6]", C,
     "Microsoft.AspNetCore.Hosting.Diagnostics[6]", {}),
    ("fail: Microsoft.EntityFrameworkCore.Database.Command[20102]", E,
     "Microsoft.EntityFrameworkCore.Database.Command[20102]", {}),
    ("[2026-02-15 20:40:58,401: INFO/ForkPoolWorker-7] Task portal.tasks.refresh succeeded", I,
     "Task portal.tasks.refresh succeeded", {"process": "ForkPoolWorker-7"}),
    ("[2026-02-15 20:40:58,401: ERROR/MainProcess] consumer: Cannot connect to redis", E,
     "consumer: Cannot connect to redis", {"process": "MainProcess"}),
    # WebSphere / Open Liberty: [date, time zone] thread logger <one-letter type> message
    ("[4/25/26, 5:00:38:200 UTC] 00000077 gov.pay.orchestrator.ledger.LedgerWriter       W "
     "deadlock on PAYMENT_LEDGER, transaction rolled back", W,
     "deadlock on PAYMENT_LEDGER, transaction rolled back",
     {"thread": "00000077", "logger": "gov.pay.orchestrator.ledger.LedgerWriter"}),
    ("[1/3/26 14:02:11:493 CET] 0000004a com.ibm.ws.webcontainer.servlet.ServletWrapper E "
     "SRVE0777E: Exception thrown by application class", E,
     "SRVE0777E: Exception thrown by application class", {"thread": "0000004a"}),
    ("[1/3/26 14:02:11:493 CET] 0000004a SystemOut                                     O "
     "hello from the app", U, "hello from the app", {"logger": "SystemOut"}),
    # Telegraf: a one-letter level and "!"
    ("2026-02-11T02:15:02Z E! [outputs.influxdb_v2] When writing to [http://influxdb2:8086]: "
     "context deadline exceeded", E, "[outputs.influxdb_v2] When writing to "
     "[http://influxdb2:8086]: context deadline exceeded", {}),
    ("2026-02-11T02:15:40Z D! [outputs.influxdb_v2] Wrote batch of 877 metrics in 15.008ms", D,
     "[outputs.influxdb_v2] Wrote batch of 877 metrics in 15.008ms", {}),
    ("W! [inputs.modbus] slow response", W, "[inputs.modbus] slow response", {}),
    # QuestDB: a one-letter level, then io.questdb's abbreviated class or a server's name
    ("2026-03-16T06:06:32.143142Z E i.q.c.l.t.LineTcpConnectionContext [fd=202] could not "
     "process line data [table=t, errno=30]", E, "[fd=202] could not process line data "
     "[table=t, errno=30]", {"logger": "i.q.c.l.t.LineTcpConnectionContext"}),
    ("2026-03-16T06:08:24.242910Z C i.q.c.w.WalWriter could not sync wal segment", C,
     "could not sync wal segment", {"logger": "i.q.c.w.WalWriter"}),
    ("2026-03-16T06:06:32.183424Z I tcp-line-server scheduling disconnect [fd=217, reason=0]",
     I, "scheduling disconnect [fd=217, reason=0]", {"logger": "tcp-line-server"}),
    ("2026-03-16T06:06:32Z I think the cache is warm", U, "I think the cache is warm", {}),
    ("WARNING:urllib3.connectionpool:Retrying (Retry(total=2))", W,
     "Retrying (Retry(total=2))", {"logger": "urllib3.connectionpool"}),
    ("2026-03-01 12:00:01,123 - app.db - ERROR - connection lost", E, "connection lost", {}),
    ("2026-03-01 12:00:01,123 INFO app: started", I, "app: started", {}),
    # Java
    ("2026-03-01 12:00:01,123 ERROR [http-nio-8080-exec-1] com.shop.Cart - checkout failed",
     E, "checkout failed", {"thread": "http-nio-8080-exec-1", "logger": "com.shop.Cart"}),
    ("2026-03-01 12:00:01.123  WARN 1 --- [           main] o.s.b.Startup  : slow start", W,
     "slow start", {"thread": "main", "logger": "o.s.b.Startup"}),
    ("2026-03-01 12:00:01.123 [main] INFO  com.shop.App - ready", I, "ready", {}),
    ('2026-03-01 12:00:01,123 INFO [main] c.s.Proxy - "GET /x HTTP/1.1" 502 relayed', I,
     '"GET /x HTTP/1.1" 502 relayed', {"logger": "c.s.Proxy"}),  # the logger's level wins
    ("java.lang.OutOfMemoryError: Java heap space", C,
     "java.lang.OutOfMemoryError: Java heap space", {}),
    ('Exception in thread "main" java.lang.NullPointerException', E,
     'Exception in thread "main" java.lang.NullPointerException', {}),
    # other prefixes
    ("ERROR cart checkout handoff failed: upstream 503", E,
     "cart checkout handoff failed: upstream 503", {}),
    ("Warning: retry budget at 80%", W, "retry budget at 80%", {}),
    ("2026/03/01 12:00:01 [error] 7#7: *1 connect() failed (111: Connection refused)", E,
     "7#7: *1 connect() failed (111: Connection refused)", {}),
    ("[Sun Mar 01 12:00:01.123 2026] [proxy:error] [pid 12] AH00898: timeout", E,
     "[pid 12] AH00898: timeout", {}),
    ("ERRO[0001] image pull failed", E, "image pull failed", {}),
    ("E, [2026-03-01T12:00:01.123456 #1] ERROR -- : ruby failed", E, "ruby failed", {}),
    ("2026-03-01T12:00:01.123Z\tERROR\tcart/handler.go:42\tzap console", E,
     "cart/handler.go:42\tzap console", {}),
    ("<3>kernel: I/O error on dev sda", E, "kernel: I/O error on dev sda", {}),
    # RFC 5424: the header's fields kept, the message is MSG (the PRI's level wins over a
    # level word in it); structured data, escaped "]" included, is not the message
    ("<12>1 2026-03-01T12:00:01Z host app - - - low disk", W, "low disk",
     {"hostname": "host", "appname": "app", "procid": None}),
    ("<129>1 2026-03-29T18:00:39.237803Z lb-02 haproxy 2311 - - Proxy fe reached process FD "
     "limit (maxsock=4096).", C, "Proxy fe reached process FD limit (maxsock=4096).",
     {"procid": "2311"}),
    ('<165>1 2003-10-11T22:14:15.003Z m.example.com evntslog - ID47 [ex@32473 iut="3" '
     'k="a\\"]b"][b@1] [WARNING] An event', I, "[WARNING] An event",
     {"msgid": "ID47", "structured_data": '[ex@32473 iut="3" k="a\\"]b"][b@1]'}),
    ("<34>1 2003-10-11T22:14:15.003Z m.example.com su - ID47 - \ufeff'su root' failed", C,
     "'su root' failed", {"appname": "su"}),
    ("<165>1 2003-10-11T22:14:15.003Z host app - - [a@1 x=\"1\"]", I,
     '1 2003-10-11T22:14:15.003Z host app - - [a@1 x="1"]', {"structured_data": '[a@1 x="1"]'}),
    # RFC 3164 after a PRI reads as it does without one: the time goes, host and tag stay
    ("<134>Mar 12 14:22:05 lb-01 haproxy[8]: Proxy fe_http stopped.", I,
     "lb-01 haproxy[8]: Proxy fe_http stopped.", {}),
    # PostgreSQL
    ('2026-03-01 12:00:01.123 UTC [123] ERROR:  duplicate key value violates unique '
     'constraint "orders_pkey"', E,
     'duplicate key value violates unique constraint "orders_pkey"', {}),
    ('2026-03-01 12:00:01.123 UTC [124] FATAL:  password authentication failed for user "app"',
     E, 'password authentication failed for user "app"', {}),
    ("2026-03-01 12:00:01.123 UTC [1] PANIC:  could not write to file \"pg_wal/xlogtemp.1\"",
     C, 'could not write to file "pg_wal/xlogtemp.1"', {}),
    ("2026-03-01 12:00:01.123 UTC [1] LOG:  checkpoint starting: time", I,
     "checkpoint starting: time", {}),
    ("2026-03-01 12:00:01.123 UTC [123] DETAIL:  Key (id)=(7) already exists.", U,
     "[123] DETAIL:  Key (id)=(7) already exists.", {}),
    # Go
    ("panic: runtime error: invalid memory address or nil pointer dereference", C,
     "panic: runtime error: invalid memory address or nil pointer dereference", {}),
    ("fatal error: all goroutines are asleep - deadlock!", C,
     "fatal error: all goroutines are asleep - deadlock!", {}),
    # Sidekiq: the job's context as pairs, then the level and the message
    ("2026-05-11T14:09:05.760Z pid=1 tid=9yez class=ShipStateCheckJob jid=a95fd412 WARN: "
     "Net::ReadTimeout with #<TCPSocket:(closed)>", W,
     "Net::ReadTimeout with #<TCPSocket:(closed)>", {"class": "ShipStateCheckJob"}),
    ("pid=1 tid=btqr class=ShipJob jid=e7b97c24 INFO: done: 37.712 sec", I, "done: 37.712 sec",
     {"jid": "e7b97c24"}),
    # access logs
    ('10.42.1.45 - - [01/Mar/2026:12:00:01 +0000] "GET /api/cart HTTP/1.1" 502 157 "-" "curl"',
     E, '10.42.1.45 - - [01/Mar/2026:12:00:01 +0000] "GET /api/cart HTTP/1.1" 502 157 "-" '
     '"curl"', {"method": "GET", "path": "/api/cart", "status": 502}),
    ('10.42.1.45 - - [01/Mar/2026:12:00:01 +0000] "GET /api/cart HTTP/1.1" 429 0 "-" "curl"',
     W, None, {"status": 429}),
    ('10.42.1.45 - - [01/Mar/2026:12:00:01 +0000] "POST /login HTTP/1.1" 401 0 "-" "curl"',
     W, None, {"status": 401}),
    ('10.42.1.45 - - [01/Mar/2026:12:00:01 +0000] "GET /favicon.ico HTTP/1.1" 404 0 "-" "x"',
     I, None, {"status": 404}),
    ('10.42.1.45 - - [01/Mar/2026:12:00:01 +0000] "GET /errors HTTP/2.0" 200 10 "-" "x"', I,
     None, {"status": 200, "protocol": "HTTP/2.0"}),
    ('[2026-01-01T00:00:00.000Z] "POST /cart/items HTTP/1.1" 500 - upstream_reset error', E,
     '"POST /cart/items HTTP/1.1" 500 - upstream_reset error', {"status": 500}),
    # keywords only
    ("connection refused while dialing redis:6379", E, None, {}),
    ("Traceback (most recent call last):", E, None, {}),
    ("container cart was OOMKilled", C, None, {}),
    ("node1 kernel: Out of memory: Killed process 1234 (java)", C, None, {}),
    ("config key cache.ttl is deprecated", W, None, {}),
    ("Back-off pulling image: ErrImagePull", E, None, {}),
    ("handler raised IllegalStateException", E, None, {}),
    ("2026-03-01T12:00:00Z server started on :8080", U, "server started on :8080",
     {}),
    # false positives
    ("processed 120 items, error_count=0", U, None, {}),
    ("sync finished: errors: 0, warnings: 0", U, None, {}),
    ("health check passed, no errors found", U, None, {}),
    ("no error", U, None, {}),
    ("0 failed, 12 passed", U, None, {}),
    ("completed without errors", U, None, {}),
    ("error-free run", U, None, {}),
    ("GET /api/mirror 200", U, None, {}),
]


@pytest.mark.parametrize("line, level, message, fields", LINES, ids=[x[0][:60] for x in LINES])
def test_line(line, level, message, fields) -> None:
    record = LogRecord(ts=1, labels={"namespace": "shop"}, line=line)
    out = normalize(record)
    assert out.level is level
    if message is not None:
        assert out.message == message
    assert {k: out.fields.get(k) for k in fields} == fields
    assert out.line == line and out.ts == 1 and out.labels == record.labels
    assert out is not record and out.labels is not record.labels


@pytest.mark.parametrize("labels, line, level", [
    ({"detected_level": "warn"}, "retry budget at 80 percent", W),
    ({"detected_level": "error"}, "checkout handoff: upstream 503", E),
    ({"detected_level": "info"}, "an error in a line Loki called info", I),
    ({"detected_level": "unknown"}, "some failed thing", E),  # unknown: fall through
    ({"detected_level": "error"}, "level=info msg=ok", I),  # the line's own field wins
    ({"detected_level": "error"}, "I0301 12:00:01.123456 1 f.go:1] fine", I),  # prefix wins
])
def test_detected_level_label_sits_between_prefixes_and_keywords(labels, line, level) -> None:
    assert normalize(LogRecord(ts=1, labels=labels, line=line)).level is level


def test_a_level_the_source_knew_is_kept_when_the_line_says_nothing() -> None:
    record = LogRecord(ts=1, labels={}, line="plain words", level=Level.WARN)
    assert normalize(record).level is W
    assert normalize(LogRecord(ts=1, labels={}, line="level=error", level=W)).level is E


def test_normalize_is_idempotent_and_keeps_source_fields() -> None:
    record = LogRecord(ts=1, labels={}, line='level=warn msg="x" a=1', fields={"src": "k"})
    once = normalize(record)
    assert once.fields == {"level": "warn", "msg": "x", "a": "1", "src": "k"}
    assert normalize(once) == once


def test_keyword_level() -> None:
    assert keyword_level("") is None
    assert keyword_level("errors: 0 but the job failed") is E
    assert keyword_level("fatal: repository not found") is C
    assert keyword_level("a warning") is W


def _keyword_level_reference(text: str) -> Level | None:
    """keyword_level as first written: the IGNORECASE patterns on the text itself."""
    from retrieval import normalize as n

    text = text[:4000]
    if not text:
        return None
    if n._NEGATED.search(text):
        text = n._NEGATED.sub(" ", text)
    if n._CRITICAL.search(text):
        return C
    if n._ERROR.search(text) or n._ERROR_CLASS.search(text):
        return E
    if n._WARN.search(text):
        return W
    return None


_WORDS = ["error", "Errors", "ERR", "err=0", "errors: 0", "no error", "0 failed", "FAILED",
          "FooException", "barError", "Warn", "retrying", "retrieve", "SLOW", "panicked",
          "OOMKilled", "oom-kill", "Out Of Memory", "timed out", "unable to", "error-free",
          "without errors", "none", "<nil>", "=", ":", "-", '""', "[]", "user", "0", "zero",
          "\u017flow", "\u212a", "\u0130", "\u00e9rror", "ERR\u00d6R"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=4)), max_size=12),
       st.sampled_from([" ", "", ",", "\n", "  "]))
def test_keyword_level_matches_the_ignorecase_reference(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    assert keyword_level(text) is _keyword_level_reference(text)


# -- multi-line ------------------------------------------------------------------------------

JAVA = [
    "2026-03-01 12:00:01,123 ERROR [main] com.shop.Cart - checkout failed",
    "java.lang.IllegalStateException: cart is empty",
    "\tat com.shop.Cart.checkout(Cart.java:42)",
    "\tat com.shop.Api.handle(Api.java:7)",
    "Caused by: java.io.IOException: redis closed",
    "\tat com.shop.Redis.get(Redis.java:12)",
    "\t... 2 more",
    "2026-03-01 12:00:02,000 INFO [main] com.shop.Cart - next request",
]
JAVA_JOINED = [JAVA[0], "\n".join(JAVA[1:7]), JAVA[7]]

PYTHON = [
    "ERROR:root:order 7 failed",
    "Traceback (most recent call last):",
    '  File "/app/orders.py", line 12, in place',
    "    total = price / qty",
    "ZeroDivisionError: division by zero",
    "",
    "During handling of the above exception, another exception occurred:",
    "Traceback (most recent call last):",
    '  File "/app/orders.py", line 14, in place',
    "    raise OrderError(7)",
    "orders.OrderError: 7",
    "INFO:root:next",
]
PYTHON_JOINED = [PYTHON[0], "\n".join(PYTHON[1:5]), "", "\n".join(PYTHON[6:11]), PYTHON[11]]

GO = [
    "panic: runtime error: index out of range [5] with length 3",
    "goroutine 1 [running]:",
    "main.handler(0xc000012345, {0x1, 0x2})",
    "\t/app/main.go:42 +0x1d",
    "created by net/http.(*Server).Serve in goroutine 7",
    "\t/usr/local/go/src/net/http/server.go:3285 +0x4b4",
    "exit status 2",
]
GO_JOINED = ["\n".join(GO[:6]), GO[6]]

DOTNET = [  # Microsoft.Extensions.Logging's console format: a header, the message below it
    "fail: Lending.Api.Loans.CheckoutService[0]",
    "      Checkout 59929 for patron P-1174937 failed at distributor",
    "      Lending.Api.Distributor.DistributorException: Loan provisioning rejected",
    "       ---> System.Net.Http.HttpRequestException: Response status code does not indicate "
    "success: 429 (Too Many Requests).",
    "         at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
    "         --- End of inner exception stack trace ---",
    "info: Microsoft.AspNetCore.Hosting.Diagnostics[2]",
    "      Request finished HTTP/1.1 POST http://lending-api/api/loans - 503 152 "
    "application/problem+json 232.6455ms",
    "warn: not a header [of this format]",
    "      so this indented line stays apart",
]
DOTNET_JOINED = ["\n".join(DOTNET[:6]), "\n".join(DOTNET[6:8]), DOTNET[8], DOTNET[9]]

ELIXIR = [  # a Phoenix request process's crash report (Plug.Cowboy), after Logger's time, level
    "21:17:44.464 [error] #PID<0.4645.0> running CatalogueWeb.Endpoint (connection "
    "#PID<0.4448.0>, stream id 6) terminated",
    "Server: catalogue.example.org:80 (http)",
    "Request: GET /api/v1/search?q=maigret",
    "** (exit) an exception was raised:",
    "    ** (Postgrex.Error) ERROR 40001 (serialization_failure) canceling statement due to "
    "conflict with recovery",
    "        (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise/1",
    "21:17:45.001 [info] GET /api/v1/search",
]
ELIXIR_JOINED = ["\n".join(ELIXIR[:6]), ELIXIR[6]]

TRACES = [("java", JAVA, JAVA_JOINED), ("python", PYTHON, PYTHON_JOINED), ("go", GO, GO_JOINED),
          ("dotnet", DOTNET, DOTNET_JOINED), ("elixir", ELIXIR, ELIXIR_JOINED)]


def recs(lines: list[str], *, step: int = 1000, labels: dict[str, str] | None = None,
         t0: int = 10**18) -> list[LogRecord]:
    return [LogRecord(ts=t0 + i * step, labels=dict(labels or {"pod": "p"}), line=line)
            for i, line in enumerate(lines)]


@pytest.mark.parametrize("name, lines, joined", TRACES, ids=[t[0] for t in TRACES])
@pytest.mark.parametrize("step", [1000, 0], ids=["distinct-times", "one-time"])
def test_traces_join_in_both_orders(name, lines, joined, step) -> None:
    forward = recs(lines, step=step)
    assert [r.line for r in join_multiline(forward)] == joined
    backward = forward[::-1]
    assert [r.line for r in join_multiline(backward)] == joined[::-1]


def test_joined_record_keeps_the_head() -> None:
    records = recs(JAVA, labels={"pod": "p", "detected_level": "error"})
    records[2].labels["detected_level"] = "unknown"  # Loki varies it line by line
    joined = join_multiline(records)
    assert [r.ts for r in joined] == [records[0].ts, records[1].ts, records[7].ts]
    assert joined[1].labels == records[1].labels and joined[1].message == ""
    assert records[1].line == JAVA[1]  # inputs are not changed


def test_streams_are_joined_separately_and_input_order_is_kept() -> None:
    a = recs(["ERROR boom", "\tat a.B.c(B.java:1)", "\tat a.B.d(B.java:2)"], labels={"pod": "a"})
    b = recs(["java.lang.Error: other", "\tat x.Y.z(Y.java:3)"], labels={"pod": "b"}, t0=10**18 + 1)
    mixed = [a[0], b[0], a[1], b[1], a[2]]
    out = join_multiline(mixed)
    assert [r.line for r in out] == ["ERROR boom\n\tat a.B.c(B.java:1)\n\tat a.B.d(B.java:2)",
                                     "java.lang.Error: other\n\tat x.Y.z(Y.java:3)"]
    newest_first = sorted(mixed, key=lambda r: -r.ts)
    assert [r.line.split("\n")[0] for r in join_multiline(newest_first)] == [
        "java.lang.Error: other", "ERROR boom"]


def test_indented_lines_without_a_trace_stay_apart() -> None:
    lines = ["config loaded:", "  port: 8080", "  host: 0.0.0.0"]
    assert [r.line for r in join_multiline(recs(lines))] == lines


def test_a_continuation_long_after_its_neighbour_is_not_joined() -> None:
    records = recs(["ERROR boom", "\tat a.B.c(B.java:1)"], step=60 * 10**9)
    assert len(join_multiline(records)) == 2


def test_normalize_records_joins_then_parses() -> None:
    out = normalize_records(recs(PYTHON))
    assert [r.level for r in out] == [E, E, U, E, I]
    assert out[1].message == "ZeroDivisionError: division by zero"
    assert out[3].message == "orders.OrderError: 7"
    go = normalize_records(recs(GO)[::-1])
    assert [r.level for r in go] == [U, C]
    assert go[1].message == GO[0]
    java = normalize_records(recs(JAVA))
    assert [(r.level, r.message) for r in java] == [
        (E, "checkout failed"), (E, "java.lang.IllegalStateException: cart is empty"),
        (I, "next request")]


def test_chained_python_traceback_without_blank_lines_is_one_record() -> None:
    lines = [x for x in PYTHON if x]
    out = join_multiline(recs(lines))
    assert [r.line for r in out] == [lines[0], "\n".join(lines[1:10]), lines[10]]
    assert normalize(out[1]).message == "orders.OrderError: 7"


def test_a_record_that_already_holds_its_traceback_keeps_its_message() -> None:
    out = normalize(LogRecord(ts=1, labels={}, line="\n".join(PYTHON[:5])))
    assert (out.level, out.message) == (E, "order 7 failed")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=8), st.integers(0, 3))
def test_never_raises_and_keeps_every_line(lines, step) -> None:
    out = normalize_records(recs(lines, step=step))

    def pieces(texts) -> list[str]:
        return sorted(p for text in texts for p in text.split("\n"))

    assert pieces(r.line for r in out) == pieces(lines)


def test_sidekiqs_level_after_its_pairs_is_written_not_guessed() -> None:
    """The level Sidekiq writes after the job's pairs is the line's own (a prefix), so the
    engine reads a warning as written; pairs a level field sets keep that field's."""
    from retrieval.lineparse import parse_line

    assert parse_line("pid=1 tid=9yez class=X jid=a95f WARN: retry 1 of 25").prefix is W
    assert parse_line("pid=1 tid=9yez words between WARN: slow").prefix is None
    both = parse_line("level=error pid=1 INFO: done")
    assert (both.structured, both.prefix) == (E, None)
