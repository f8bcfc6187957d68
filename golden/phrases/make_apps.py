#!/usr/bin/env python3
r"""Generate golden/phrases/apps.jsonl: a phrasebook of real-world log lines printed by
applications, runtimes, data stores and external-API SDKs running on Kubernetes.

Written independently of LogLens (from knowledge of the software's source, docs and
issues; line shapes cross-checked against public material). Standard library only;
the output is deterministic.

DATA format: a header line
    @ <software> | <category> | <kind> [| <looks_like>]
followed by exactly one log line. Inside the log line, the two-character escape \n
stands for a newline (multi-line records joined by a collector), \t for a tab and
\\ for one literal backslash; every other character is taken as is. Lines starting
with "# " between records are section comments.
"""
import json
import os
import re
import sys

CATEGORIES = {
    "none", "oom_killed", "application_error", "image_pull", "probe_failure",
    "scheduling", "dns_resolution", "connection_refused", "timeout",
    "tls_certificate", "auth_failure", "config_error", "resource_exhausted",
    "storage", "database", "rate_limited", "node_failure",
}
KINDS = {"cause", "symptom", "benign"}

_ESC = re.compile(r"\\(\\|n|t)")


def unescape(text):
    return _ESC.sub(lambda m: {"\\": "\\", "n": "\n", "t": "\t"}[m.group(1)], text)


def parse(data):
    records = []
    header = None
    for raw in data.split("\n"):
        if header is None:
            if not raw.strip() or raw.startswith("# "):
                continue
            if not raw.startswith("@ "):
                raise ValueError("expected a header, got %r" % raw[:80])
            header = [p.strip() for p in raw[2:].split("|")]
            continue
        if not raw.strip():
            raise ValueError("missing log line after header %r" % header)
        software, category, kind = header[:3]
        looks_like = header[3] if len(header) > 3 else None
        if category not in CATEGORIES or kind not in KINDS:
            raise ValueError("bad header %r" % header)
        if kind == "benign":
            if category != "none" or looks_like not in CATEGORIES - {"none"}:
                raise ValueError("benign lines need category none and looks_like: %r" % header)
        elif category == "none" or looks_like is not None:
            raise ValueError("bad header %r" % header)
        records.append((software, category, kind, looks_like, unescape(raw)))
        header = None
    if header is not None:
        raise ValueError("dangling header %r" % header)
    return records


def main():
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apps.jsonl")
    if len(sys.argv) > 1:
        out_path = sys.argv[1]
    records = parse(DATA)
    seen = set()
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        for n, (software, category, kind, looks_like, line) in enumerate(records, 1):
            if line in seen:
                raise ValueError("duplicate line: %r" % line[:80])
            seen.add(line)
            rec = {"id": "app-%04d" % n, "line": line, "software": software,
                   "category": category, "kind": kind}
            if looks_like:
                rec["looks_like"] = looks_like
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), out_path))


DATA = r'''
# ---------------- oom_killed ----------------

@ jvm | oom_killed | cause
Exception in thread "http-nio-8080-exec-7" java.lang.OutOfMemoryError: Java heap space

@ spring-boot | oom_killed | cause
2026-03-01T12:04:11.532Z ERROR 1 --- [catalog] [nio-8080-exec-2] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Handler dispatch failed: java.lang.OutOfMemoryError: Java heap space] with root cause\n\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)\n\tat com.acme.catalog.ExportService.loadAll(ExportService.java:64)

@ jvm | oom_killed | cause
Terminating due to java.lang.OutOfMemoryError: Java heap space

@ jvm | oom_killed | cause
Exception in thread "kafka-producer-network-thread | producer-1" java.lang.OutOfMemoryError: Metaspace

@ kafka | oom_killed | cause
[2026-03-02 08:15:44,901] ERROR [ReplicaFetcher replicaId=2, leaderId=1, fetcherId=0] Error due to (kafka.server.ReplicaFetcherThread)\njava.lang.OutOfMemoryError: Java heap space

@ netty | oom_killed | cause
io.netty.util.internal.OutOfDirectMemoryError: failed to allocate 16777216 byte(s) of direct memory (used: 1056964615, max: 1073741824)

@ jvm | oom_killed | cause
java.lang.OutOfMemoryError: Cannot reserve 8192 bytes of direct buffer memory (allocated: 536866816, limit: 536870912)

@ jvm | oom_killed | cause
OpenJDK 64-Bit Server VM warning: INFO: os::commit_memory(0x00000000e0000000, 536870912, 0) failed; error='Not enough space' (errno=12)\n#\n# There is insufficient memory for the Java Runtime Environment to continue.\n# Native memory allocation (mmap) failed to map 536870912 bytes for committing reserved memory.\n# An error report file with more information is saved as:\n# /app/hs_err_pid1.log

@ elasticsearch | oom_killed | cause
org.elasticsearch.common.breaker.CircuitBreakingException: [parent] Data too large, data for [indices:data/write/bulk[s]] would be [4122871392/3.8gb], which is larger than the limit of [4080218931/3.7gb], real usage: [4122860112/3.8gb], new bytes reserved: [11280/11kb], usages [request=0/0b, fielddata=1245/1.2kb, in_flight_requests=11280/11kb, model_inference=0/0b, eql_sequence=0/0b, accounting=19403288/18.5mb]

@ nodejs | oom_killed | cause
<--- Last few GCs --->\n\n[1:0x5b8e2a0]   912345 ms: Mark-Compact 2011.4 (2083.2) -> 2009.8 (2084.0) MB, 1432.51 / 0.00 ms  (average mu = 0.112, current mu = 0.021) allocation failure; scavenge might not succeed\n\n\n<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n 1: 0xb8d0a3 node::Abort() [node]\n 2: 0xa96834  [node]

@ go | oom_killed | cause
fatal error: runtime: out of memory\n\nruntime stack:\nruntime.throw({0x1a4f2c3?, 0x4000000?})\n\t/usr/local/go/src/runtime/panic.go:1077 +0x5c fp=0x7ffd8a3c1e58 sp=0x7ffd8a3c1e28 pc=0x43a1bc\nruntime.sysMapOS(0xc0a0000000, 0x40000000?)\n\t/usr/local/go/src/runtime/mem_linux.go:167 +0x11b

@ python | oom_killed | cause
Traceback (most recent call last):\n  File "/app/jobs/export.py", line 88, in build_report\n    rows = cursor.fetchall()\nMemoryError

@ gunicorn | oom_killed | cause
[2026-03-03 09:12:44 +0000] [1] [ERROR] Worker (pid:57) was sent SIGKILL! Perhaps out of memory?

@ php-fpm | oom_killed | cause
[03-Mar-2026 09:15:02] WARNING: [pool www] child 213 said into stderr: "PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php on line 421"

@ redis-py | oom_killed | cause
redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.

@ ioredis | oom_killed | cause
ReplyError: OOM command not allowed when used memory > 'maxmemory'.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)

@ redis | oom_killed | cause
1:M 03 Mar 2026 10:02:17.331 # Can't save in background: fork: Cannot allocate memory

@ postgresql | oom_killed | cause
2026-03-03 10:05:41.118 UTC [8812] ERROR:  out of memory\n2026-03-03 10:05:41.118 UTC [8812] DETAIL:  Failed on request of size 262144 in memory context "ExecutorState".

@ dotnet | oom_killed | cause
Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.\n   at System.Text.StringBuilder.ExpandByABlock(Int32 minBlockCharCount)\n   at Acme.Reports.CsvExporter.Write(IEnumerable`1 rows) in /src/Reports/CsvExporter.cs:line 57

@ ruby | oom_killed | cause
/usr/local/bundle/gems/activerecord-7.1.3/lib/active_record/result.rb:108:in `map': failed to allocate memory (NoMemoryError)

@ rust | oom_killed | cause
memory allocation of 2147483648 bytes failed

@ clickhouse | oom_killed | cause
2026.03.04 14:22:09.551201 [ 412 ] {7c1e9f2a-3b4d-4e5f-8a6b-9c0d1e2f3a4b} <Error> executeQuery: Code: 241. DB::Exception: Memory limit (total) exceeded: would use 7.46 GiB (attempt to allocate chunk of 4194304 bytes), maximum: 7.45 GiB. OvercommitTracker decision: Query was selected to stop by OvercommitTracker.: While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED) (version 24.3.2.23 (official build)) (from 10.244.3.17:51844) (in query: SELECT user_id, uniqExact(session_id) FROM events GROUP BY user_id)

@ erlang-beam | oom_killed | cause
eheap_alloc: Cannot allocate 3936326656 bytes of memory (of type "heap").\n\nCrash dump is being written to: erl_crash.dump...done

@ mysql | oom_killed | cause
ERROR 1037 (HY001): Out of memory; restart server and try again (needed 98304 bytes)

@ celery | oom_killed | symptom
[2026-03-04 15:01:12,447: ERROR/MainProcess] Process 'ForkPoolWorker-3' pid:57 exited with 'signal 9 (SIGKILL)'

@ celery | oom_killed | symptom
[2026-03-04 15:01:12,452: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 12.')

@ postgresql | oom_killed | symptom
2026-03-04 15:07:33.902 UTC [1] LOG:  server process (PID 9121) was terminated by signal 9: Killed\n2026-03-04 15:07:33.902 UTC [1] DETAIL:  Failed process was running: SELECT o.*, i.* FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.created_at > $1\n2026-03-04 15:07:33.902 UTC [1] LOG:  terminating any other active server processes

@ npm | oom_killed | symptom
npm ERR! path /app\nnpm ERR! command failed\nnpm ERR! signal SIGKILL\nnpm ERR! command sh -c node dist/server.js

@ elasticsearch | oom_killed | symptom
{"@timestamp":"2026-03-04T15:10:02.331Z", "log.level": "WARN", "message":"[gc][28712] overhead, spent [3.1s] collecting in the last [3.4s]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-data-1][scheduler][T#1]","log.logger":"org.elasticsearch.monitor.jvm.JvmGcMonitorService","elasticsearch.node.name":"es-data-1","elasticsearch.cluster.name":"logs"}

@ jvm | none | benign | oom_killed
[2026-03-04T15:12:01.114+0000][info][gc] GC(1842) Pause Young (Normal) (G1 Evacuation Pause) 1843M->412M(2048M) 18.224ms

@ jvm | none | benign | oom_killed
Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/tmp/heapdump

@ redis | none | benign | oom_killed
1:C 04 Mar 2026 15:00:00.001 # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.

@ nodejs | none | benign | oom_killed
(node:1) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 close listeners added to [TLSSocket]. Use emitter.setMaxListeners() to increase limit\n(Use `node --trace-warnings ...` to show where the warning was created)

@ go | none | benign | oom_killed
gc 214 @3601.442s 0%: 0.031+2.1+0.024 ms clock, 0.12+0.41/1.9/3.2+0.098 ms cpu, 182->184->91 MB, 186 MB goal, 0 MB stacks, 0 MB globals, 4 P

@ postgresql | none | benign | oom_killed
2026-03-04 15:20:11.004 UTC [9931] LOG:  temporary file: path "base/pgsql_tmp/pgsql_tmp9931.0", size 268435456\n2026-03-04 15:20:11.004 UTC [9931] STATEMENT:  SELECT customer_id, sum(total) FROM orders GROUP BY customer_id ORDER BY 2 DESC

@ cassandra | none | benign | oom_killed
INFO  [ReadStage-2] 2026-03-04 15:22:48,901 NoSpamLogger.java:105 - Maximum memory usage reached (512MiB), cannot allocate chunk of 1MiB

@ elasticsearch | none | benign | oom_killed
{"@timestamp":"2026-03-04T15:23:10.004Z", "log.level": "INFO", "message":"heap size [4gb], compressed ordinary object pointers [true]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"main","log.logger":"org.elasticsearch.env.NodeEnvironment","elasticsearch.node.name":"es-data-1","elasticsearch.cluster.name":"logs"}

@ dotnet | none | benign | oom_killed
info: Microsoft.Hosting.Lifetime[0]\n      Application started. Press Ctrl+C to shut down.

@ go | none | benign | oom_killed
2026/03/04 15:24:00 maxprocs: Updating GOMAXPROCS=2: determined from CPU quota

# ---------------- application_error ----------------

@ spring-boot | application_error | cause
2026-03-05T09:14:02.118Z ERROR 1 --- [orders] [nio-8080-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.NullPointerException: Cannot invoke "com.acme.orders.Customer.getTier()" because "customer" is null] with root cause\n\njava.lang.NullPointerException: Cannot invoke "com.acme.orders.Customer.getTier()" because "customer" is null\n\tat com.acme.orders.PricingService.discountFor(PricingService.java:57)\n\tat com.acme.orders.OrderController.create(OrderController.java:41)

@ spring-boot | application_error | cause
2026-03-05 09:15:33.201 ERROR 1 --- [nio-8080-exec-9] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.IllegalStateException: Duplicate key SKU-1042 (attempted merging values 3 and 5)] with root cause\n\njava.lang.IllegalStateException: Duplicate key SKU-1042 (attempted merging values 3 and 5)\n\tat java.base/java.util.stream.Collectors.duplicateKeyException(Collectors.java:135)

@ jvm | application_error | cause
Exception in thread "main" java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 3\n\tat com.acme.ingest.CsvRow.column(CsvRow.java:22)\n\tat com.acme.ingest.Importer.run(Importer.java:87)

@ hibernate | application_error | cause
java.lang.StackOverflowError: null\n\tat org.hibernate.collection.spi.PersistentBag.toString(PersistentBag.java:557)\n\tat java.base/java.lang.String.valueOf(String.java:4465)\n\tat com.acme.orders.Order.toString(Order.java:1)\n\tat com.acme.orders.OrderLine.toString(OrderLine.java:1)

@ quarkus | application_error | cause
2026-03-05 09:20:11,774 ERROR [io.qua.ver.htt.run.QuarkusErrorHandler] (executor-thread-1) HTTP Request to /orders/17 failed, error id: 5a3c2e1d-9b8f-4a7e-bc6d-1f0e2d3c4b5a-1: java.lang.NullPointerException: Cannot invoke "String.length()" because "sku" is null\n\tat com.acme.orders.SkuValidator.validate(SkuValidator.java:19)

@ micronaut | application_error | cause
09:21:05.338 [default-nioEventLoopGroup-1-3] ERROR i.m.http.server.RouteExecutor - Unexpected error occurred: Index 0 out of bounds for length 0\njava.lang.IndexOutOfBoundsException: Index 0 out of bounds for length 0\n\tat java.base/jdk.internal.util.Preconditions.outOfBounds(Preconditions.java:100)

@ ktor | application_error | cause
2026-03-05 09:22:47.019 [eventLoopGroupProxy-4-2] ERROR ktor.application - Unhandled: GET - /api/users/42. Exception class kotlin.UninitializedPropertyAccessException: lateinit property repository has not been initialized\nkotlin.UninitializedPropertyAccessException: lateinit property repository has not been initialized\n\tat com.acme.users.UserRoutesKt.getRepository(UserRoutes.kt:14)

@ go | application_error | cause
panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x8a1f32]\n\ngoroutine 1 [running]:\nmain.(*Server).routes(0x0)\n\t/src/cmd/orders/server.go:48 +0x52\nmain.main()\n\t/src/cmd/orders/main.go:31 +0x1c5\nexit status 2

@ go | application_error | cause
fatal error: concurrent map writes\n\ngoroutine 231 [running]:\ngithub.com/acme/sessions/internal/store.(*Memory).Put(0xc0001a4000, {0xc000418b40, 0x24}, {0x1c8e2e0, 0xc0003f6c30})\n\t/src/internal/store/memory.go:41 +0x65

@ go-net-http | application_error | cause
2026/03/05 09:25:13 http: panic serving 10.244.1.17:43122: runtime error: invalid memory address or nil pointer dereference\ngoroutine 87 [running]:\nnet/http.(*conn).serve.func1()\n\t/usr/local/go/src/net/http/server.go:1868 +0xb9\npanic({0x9b3e60?, 0xf2c0f0?})\n\t/usr/local/go/src/runtime/panic.go:920 +0x270

@ gin | application_error | cause
[Recovery] 2026/03/05 - 09:26:40 panic recovered:\nPOST /v1/checkout HTTP/1.1\nHost: checkout.shop.svc.cluster.local:8080\nContent-Type: application/json\n\n\ninterface conversion: interface {} is nil, not string\n/src/internal/handlers/checkout.go:112 (0x9c41f5)

@ django | application_error | cause
Internal Server Error: /api/orders/\nTraceback (most recent call last):\n  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner\n    response = get_response(request)\n  File "/app/orders/views.py", line 61, in create\n    total = order.total + shipping.cost\nAttributeError: 'NoneType' object has no attribute 'cost'

@ flask | application_error | cause
[2026-03-05 09:28:02,441] ERROR in app: Exception on /checkout [POST]\nTraceback (most recent call last):\n  File "/usr/local/lib/python3.11/site-packages/flask/app.py", line 1473, in wsgi_app\n    response = self.full_dispatch_request()\n  File "/app/shop/checkout.py", line 39, in checkout\n    amount = cart["subtotal"] + tax\nTypeError: unsupported operand type(s) for +: 'int' and 'str'

@ uvicorn | application_error | cause
ERROR:    Exception in ASGI application\nTraceback (most recent call last):\n  File "/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py", line 411, in run_asgi\n    result = await app(  # type: ignore[func-returns-value]\n  File "/app/api/routes/reports.py", line 27, in conversion_rate\n    return {"rate": orders / visits}\nZeroDivisionError: division by zero

@ celery | application_error | cause
[2026-03-05 09:30:17,905: ERROR/ForkPoolWorker-2] Task billing.tasks.generate_invoice[3f2b8c1d-5e6a-4b7c-9d8e-0f1a2b3c4d5e] raised unexpected: KeyError('customer_id')\nTraceback (most recent call last):\n  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task\n    R = retval = fun(*args, **kwargs)\n  File "/app/billing/tasks.py", line 58, in generate_invoice\n    customer = payload["customer_id"]\nKeyError: 'customer_id'

@ nodejs | application_error | cause
TypeError: Cannot read properties of undefined (reading 'id')\n    at /app/src/routes/orders.js:42:31\n    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)\n    at next (/app/node_modules/express/lib/router/route.js:149:13)

@ nodejs | application_error | cause
node:internal/process/promises:289\n            triggerUncaughtException(err, true /* fromPromise */);\n            ^\n\n[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "undefined".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n\nNode.js v20.11.1

@ nestjs | application_error | cause
[Nest] 1  - 03/05/2026, 9:31:40 AM   ERROR [ExceptionsHandler] Cannot read properties of undefined (reading 'price')\nTypeError: Cannot read properties of undefined (reading 'price')\n    at CartService.total (/app/dist/cart/cart.service.js:31:45)\n    at CartController.getTotal (/app/dist/cart/cart.controller.js:22:33)

@ pino | application_error | cause
{"level":50,"time":1772703102331,"pid":1,"hostname":"search-6c8d9f-q4w7e","reqId":"req-3k","err":{"type":"RangeError","message":"Invalid time value","stack":"RangeError: Invalid time value\\n    at Date.toISOString (<anonymous>)\\n    at formatSlot (/app/src/slots.js:18:27)"},"msg":"request errored"}

@ kestrel | application_error | cause
fail: Microsoft.AspNetCore.Server.Kestrel[13]\n      Connection id "0HN1GJ3K2L4M5", Request id "0HN1GJ3K2L4M5:00000002": An unhandled exception was thrown by the application.\n      System.NullReferenceException: Object reference not set to an instance of an object.\n         at Acme.Catalog.Controllers.ProductsController.Get(Int32 id) in /src/Catalog/Controllers/ProductsController.cs:line 38

@ aspnetcore | application_error | cause
fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]\n      An unhandled exception has occurred while executing the request.\n      System.InvalidOperationException: Sequence contains no elements\n         at System.Linq.ThrowHelper.ThrowNoElementsException()\n         at Acme.Loyalty.PointsService.GetLatestAsync(Guid memberId) in /src/Loyalty/PointsService.cs:line 72

@ rails | application_error | cause
F, [2026-03-05T09:33:08.114202 #1] FATAL -- : [6f1d2c3b-8a9e-4d7c-b5a6-0e1f2d3c4b5a] NoMethodError (undefined method `name' for nil:NilClass):\n[6f1d2c3b-8a9e-4d7c-b5a6-0e1f2d3c4b5a]   \n[6f1d2c3b-8a9e-4d7c-b5a6-0e1f2d3c4b5a] app/views/orders/show.json.jbuilder:4

@ puma | application_error | cause
2026-03-05 09:34:19 +0000 Rack app ("GET /orders/1042" - (10.244.1.5)): #<NoMethodError: undefined method `total' for nil:NilClass>

@ laravel | application_error | cause
[2026-03-05 09:36:51] production.ERROR: Call to a member function getKey() on null {"userId":42,"exception":"[object] (Error(code: 0): Call to a member function getKey() on null at /var/www/html/app/Http/Controllers/OrderController.php:57)\n[stacktrace]\n#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\\\Http\\\\Controllers\\\\OrderController->show()

@ rust | application_error | cause
thread 'tokio-runtime-worker' panicked at src/handlers/orders.rs:88:41:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace

@ phoenix | application_error | cause
09:38:12.509 request_id=F7x2kQ9mZbR8vYAAAAPh [error] ** (KeyError) key :amount not found in: %{currency: "eur"}\n    (billing 0.4.2) lib/billing_web/controllers/charge_controller.ex:23: BillingWeb.ChargeController.create/2\n    (billing 0.4.2) lib/billing_web/controllers/charge_controller.ex:1: BillingWeb.ChargeController.action/2

@ elixir | application_error | cause
09:39:44.002 [error] GenServer Billing.Ledger terminating\n** (FunctionClauseError) no function clause matching in Billing.Ledger.apply_entry/2\n    (billing 0.4.2) lib/billing/ledger.ex:54: Billing.Ledger.apply_entry(%{type: :refund, amount: -1200}, %Billing.Ledger{balance: 0})

@ python | application_error | cause
Fatal Python error: Segmentation fault\n\nCurrent thread 0x00007f3b2c1d4740 (most recent call first):\n  File "/usr/local/lib/python3.11/site-packages/lxml/html/__init__.py", line 738 in document_fromstring\n  File "/app/scraper/parse.py", line 33 in parse_page

@ jvm | application_error | cause
#\n# A fatal error has been detected by the Java Runtime Environment:\n#\n#  SIGSEGV (0xb) at pc=0x00007f3a1c2b4e10, pid=1, tid=57\n#\n# JRE version: OpenJDK Runtime Environment Temurin-17.0.10+7 (17.0.10+7) (build 17.0.10+7)\n# Problematic frame:\n# C  [librocksdbjni1234567.so+0x6b4e10]  rocksdb::DBImpl::Get(rocksdb::ReadOptions const&, rocksdb::ColumnFamilyHandle*, rocksdb::Slice const&, rocksdb::PinnableSlice*)+0x40

@ c-extension | application_error | cause
python: /build/src/imgproc/resize.c:212: resize_bilinear: Assertion `dst_w > 0' failed.

@ grpc-java | application_error | symptom
io.grpc.StatusRuntimeException: UNKNOWN: Application error processing RPC\n\tat io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:268)\n\tat io.grpc.stub.ClientCalls.getUnchecked(ClientCalls.java:249)\n\tat com.acme.pricing.v1.PricingServiceGrpc$PricingServiceBlockingStub.quote(PricingServiceGrpc.java:211)

@ spring-boot | application_error | symptom
2026-03-05T09:41:22.617Z ERROR 1 --- [checkout] [nio-8080-exec-6] c.a.checkout.OrderClient                 : order creation failed\n\norg.springframework.web.client.HttpServerErrorException$InternalServerError: 500 Internal Server Error: "{"timestamp":"2026-03-05T09:41:22.611+00:00","status":500,"error":"Internal Server Error","path":"/api/orders"}"

@ nginx | application_error | symptom
10.244.0.12 - - [05/Mar/2026:09:41:23 +0000] "POST /api/orders HTTP/1.1" 500 91 "https://shop.example.com/checkout" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36" 1432 0.041 [shop-orders-8080] [] 10.244.2.31:8080 91 0.040 500 9f3c2a7e4b1d6f8a0c5e2d7b3a9f1c4e

@ envoy | application_error | symptom
[2026-03-05T09:41:23.408Z] "POST /api/orders HTTP/1.1" 500 - via_upstream - "-" 1432 91 38 37 "10.244.0.12" "okhttp/4.12.0" "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f" "orders.shop.svc.cluster.local:8080" "10.244.2.31:8080" outbound|8080||orders.shop.svc.cluster.local 10.244.1.17:50122 10.96.44.21:8080 10.244.1.17:40968 - default

@ axios | application_error | symptom
AxiosError: Request failed with status code 500\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:1983:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3085:11) {\n  code: 'ERR_BAD_RESPONSE',

@ spring-boot | none | benign | application_error
2026-03-05T09:45:10.221Z  WARN 1 --- [orders] [nio-8080-exec-2] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'GET' is not supported]

@ spring-boot | none | benign | application_error
2026-03-05T09:45:12.870Z  WARN 1 --- [orders] [nio-8080-exec-5] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public org.springframework.http.ResponseEntity<com.acme.orders.OrderDto> com.acme.orders.OrderController.create(com.acme.orders.CreateOrderRequest): [Field error in object 'createOrderRequest' on field 'quantity': rejected value [0]; codes [Min.createOrderRequest.quantity,Min.quantity,Min.int,Min]; default message [must be greater than or equal to 1]] ]

@ spring-boot | none | benign | application_error
2026-03-05T09:45:30.004Z  WARN 1 --- [orders] [nio-8080-exec-1] o.s.w.s.h.HandlerMappingIntrospector     : Cache miss for REQUEST dispatch to '/api/orders' (previous null). Performing CorsConfiguration lookup. This is logged once only at WARN level, and every time at TRACE.

@ rails | none | benign | application_error
F, [2026-03-05T09:46:02.311420 #1] FATAL -- : [a7c1e9d3-2b4f-4e6a-8c0d-1f2e3d4c5b6a]   \n[a7c1e9d3-2b4f-4e6a-8c0d-1f2e3d4c5b6a] ActionController::RoutingError (No route matches [GET] "/wp-login.php"):

@ django | none | benign | application_error
Not Found: /favicon.ico

@ uvicorn | none | benign | application_error
INFO:     10.244.0.9:51844 - "GET /api/items/99999 HTTP/1.1" 404 Not Found

@ uvicorn | none | benign | application_error
WARNING:  Invalid HTTP request received.

@ stripe-python | none | benign | application_error
2026-03-05 09:47:18,552 INFO payments.charge card declined for order 1001: stripe.error.CardError: Request req_Qx3bZ8kLmN2pR7: Your card was declined.

@ tomcat | none | benign | application_error
05-Mar-2026 09:48:01.114 INFO [http-nio-8080-exec-8] org.apache.coyote.http11.Http11Processor.service Error parsing HTTP request header\n Note: further occurrences of HTTP request header parse errors will be logged at DEBUG level.\n\tjava.lang.IllegalArgumentException: Invalid character found in method name [0x160x030x010x020x000x010x000x010xfc0x030x03...]. HTTP method names must be tokens

@ grpc-java | none | benign | application_error
Mar 05, 2026 9:49:12 AM io.grpc.internal.ManagedChannelOrphanWrapper$ManagedChannelReference cleanQueue\nSEVERE: *~*~*~ Previous channel ManagedChannelImpl{logId=7, target=pricing:50051} was garbage collected without being shut down! ~*~*~*\n    Make sure to call shutdown()/shutdownNow()

@ kestrel | none | benign | application_error
dbug: Microsoft.AspNetCore.Server.Kestrel[17]\n      Connection id "0HN1GJ3K2L4N7" bad request data: "Invalid request line: '\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03...'"

@ phoenix | none | benign | application_error
09:50:03.881 request_id=F7x2lA0nZcS9wZBBBBQi [info] Sent 404 in 2ms

@ express | none | benign | application_error
::ffff:10.244.0.9 - - [05/Mar/2026:09:50:41 +0000] "GET /robots.txt HTTP/1.1" 404 149 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"

@ nodejs | none | benign | application_error
(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)

@ php-fpm | none | benign | application_error
[05-Mar-2026 09:52:30] NOTICE: [pool www] child 88 exited with code 0 after 3601.044112 seconds from start

# ---------------- image_pull ----------------

@ gitlab-runner | image_pull | cause
ERROR: Job failed (system failure): prepare environment: waiting for pod running: pulling image "registry.gitlab.com/acme/api/ci:1.8.0": image pull failed: Back-off pulling image "registry.gitlab.com/acme/api/ci:1.8.0". Check https://docs.gitlab.com/runner/shells/index.html#shell-profile-loading for more information

@ gitlab-runner | image_pull | cause
WARNING: Failed to pull image with policy "always": Error response from daemon: manifest for registry.gitlab.com/acme/api/builder:2.3 not found: manifest unknown: manifest unknown (manager.go:237:0s)

@ docker | image_pull | cause
Error response from daemon: pull access denied for acme/payments, repository does not exist or may require 'docker login': denied: requested access to the resource is denied

@ jenkins-kubernetes-plugin | image_pull | cause
ERROR: Unable to pull Docker image "maven:3.9.6-eclipse-temurin-21-alpin". Check if image tag name is spelled correctly.

@ jenkins-kubernetes-plugin | image_pull | cause
ERROR: Unable to pull container image "gcr.io/kaniko-project/executor:v1.21.1-debugg". Check if image tag name is spelled correctly.

@ kubelet | image_pull | cause
Failed to pull image "ghcr.io/acme/worker:v2.4.1": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/acme/worker:v2.4.1": failed to resolve reference "ghcr.io/acme/worker:v2.4.1": ghcr.io/acme/worker:v2.4.1: not found

@ kubelet | image_pull | cause
Failed to pull image "quay.io/acme/api:v3.1.0": rpc error: code = Unknown desc = failed to pull and unpack image "quay.io/acme/api:v3.1.0": failed to resolve reference "quay.io/acme/api:v3.1.0": unexpected status from HEAD request to https://quay.io/v2/acme/api/manifests/v3.1.0: 401 UNAUTHORIZED

@ containerd | image_pull | cause
time="2026-03-06T07:12:40.118822043Z" level=error msg="PullImage \"docker.io/acme/cart:1.9.3\" failed" error="failed to pull and unpack image \"docker.io/acme/cart:1.9.3\": failed to resolve reference \"docker.io/acme/cart:1.9.3\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"

@ kubelet | image_pull | cause
Failed to pull image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/cart:1.9.3": rpc error: code = Unknown desc = failed to pull and unpack image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/cart:1.9.3": failed to resolve reference "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/cart:1.9.3": pulling from host 123456789012.dkr.ecr.eu-west-1.amazonaws.com failed with status code [manifests 1.9.3]: 403 Forbidden

@ docker | image_pull | cause
Error response from daemon: pull access denied for 123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/cart, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.

@ docker | image_pull | cause
1.22.1-alpine: Pulling from library/nginx\nno matching manifest for linux/arm64/v8 in the manifest list entries

@ kubelet | image_pull | cause
Failed to pull image "registry.internal:5000/shop/recommender:2.0.0": rpc error: code = NotFound desc = failed to pull and unpack image "registry.internal:5000/shop/recommender:2.0.0": failed to unpack image on snapshotter overlayfs: no match for platform in manifest: not found

@ docker-distribution | image_pull | cause
time="2026-03-06T07:15:02.337Z" level=error msg="response completed with error" auth.user.name=ci err.code="manifest unknown" err.detail="unknown tag=1.9.4" err.message="manifest unknown" go.version=go1.20.8 http.request.host="registry.internal:5000" http.request.id=5d2b1c0e-7f3a-4e8b-9c6d-2a1b0f9e8d7c http.request.method=GET http.request.remoteaddr="10.0.4.21:41822" http.request.uri="/v2/shop/cart/manifests/1.9.4" http.request.useragent="containerd/v1.7.13" http.response.contenttype="application/json; charset=utf-8" http.response.duration=4.112ms http.response.status=404 http.response.written=96 vars.name="shop/cart" vars.reference=1.9.4

@ docker-distribution | image_pull | cause
time="2026-03-06T07:15:40.901Z" level=warning msg="error authorizing context: basic authentication challenge for realm \"Registry Realm\": invalid authorization credential" go.version=go1.20.8 http.request.host="registry.internal:5000" http.request.method=GET http.request.remoteaddr="10.0.4.22:50214" http.request.uri="/v2/shop/cart/manifests/1.9.3" http.request.useragent="containerd/v1.7.13"

@ testcontainers | image_pull | cause
org.testcontainers.containers.ContainerFetchException: Can't get Docker image: RemoteDockerImage(imageName=postgres:16.2-alpin, imagePullPolicy=DefaultPullPolicy(), imageNameSubstitutor=org.testcontainers.utility.ImageNameSubstitutor$LogWrappedImageNameSubstitutor@4f6c2a1e)\n\tat org.testcontainers.containers.GenericContainer.getDockerImageName(GenericContainer.java:1364)\nCaused by: com.github.dockerjava.api.exception.NotFoundException: Status 404: {"message":"manifest for postgres:16.2-alpin not found: manifest unknown: manifest unknown"}

@ go-containerregistry | image_pull | cause
Error: GET https://gcr.io/v2/acme-prod/api/manifests/latest: UNAUTHORIZED: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication

@ kaniko | image_pull | cause
error building image: unable to complete operation after 0 retries: GET https://index.docker.io/v2/library/node/manifests/20-alpne: MANIFEST_UNKNOWN: manifest unknown; unknown tag=20-alpne

@ tekton | image_pull | cause
the step "build" in TaskRun "build-api-run-x7k2p" failed to pull the image "gcr.io/kaniko-project/executor:v1.21.1-debugg". The pod errored with the message: "Back-off pulling image "gcr.io/kaniko-project/executor:v1.21.1-debugg"."

@ kubelet | image_pull | cause
Failed to pull image "harbor.acme.io/shop/orders:2026.03.06": rpc error: code = Unknown desc = failed to pull and unpack image "harbor.acme.io/shop/orders:2026.03.06": failed to resolve reference "harbor.acme.io/shop/orders:2026.03.06": failed to do request: Head "https://harbor.acme.io/v2/shop/orders/manifests/2026.03.06": tls: failed to verify certificate: x509: certificate signed by unknown authority

@ kubelet | image_pull | symptom
Back-off pulling image "registry.internal:5000/shop/cart:1.9.4"

@ kubelet | image_pull | symptom
Error: ImagePullBackOff

@ kubelet | image_pull | symptom
Error: ErrImagePull

@ kubectl | image_pull | symptom
orders-7d9f8c6b5-x2k4p   0/1     ImagePullBackOff   0          3m12s

@ kubelet | none | benign | image_pull
Container image "registry.internal:5000/shop/cart:1.9.3" already present on machine

@ kubelet | none | benign | image_pull
Successfully pulled image "ghcr.io/acme/worker:v2.4.2" in 3.214s (3.214s including waiting)

@ kubelet | none | benign | image_pull
Pulling image "ghcr.io/acme/worker:v2.4.2"

@ testcontainers | none | benign | image_pull
09:12:01.442 [main] INFO  tc.postgres:16.2-alpine - Pulling docker image: postgres:16.2-alpine. Please be patient; this may take some time but only needs to be done once.

@ gitlab-runner | none | benign | image_pull
Using Kubernetes executor with image registry.gitlab.com/acme/api/ci:1.8.1 ...

# ---------------- probe_failure ----------------

@ nginx | probe_failure | cause
10.244.2.1 - - [06/Mar/2026:08:01:13 +0000] "GET /healthz HTTP/1.1" 503 190 "-" "kube-probe/1.29"

@ gunicorn | probe_failure | cause
10.244.0.1 - - [06/Mar/2026:08:01:44 +0000] "GET /healthz HTTP/1.1" 500 21 "-" "kube-probe/1.28"

@ uvicorn | probe_failure | cause
INFO:     10.244.1.1:48212 - "GET /health/ready HTTP/1.1" 503 Service Unavailable

@ express | probe_failure | cause
::ffff:10.244.1.1 - - [06/Mar/2026:08:02:10 +0000] "GET /healthz HTTP/1.1" 503 27 "-" "kube-probe/1.30"

@ tomcat | probe_failure | cause
10.244.3.1 - - [06/Mar/2026:08:02:31 +0000] "GET /actuator/health/readiness HTTP/1.1" 503 49

@ spring-boot | probe_failure | cause
2026-03-06T08:03:02.119Z  INFO 1 --- [orders] [nio-8080-exec-7] o.s.b.a.ApplicationAvailabilityBean      : Application availability state LivenessState changed from CORRECT to BROKEN

@ istio-pilot-agent | probe_failure | cause
2026-03-06T08:03:40.221034Z\terror\tprobes\tRequest to probe app failed: Get "http://10.244.3.12:8080/actuator/health/liveness": dial tcp 127.0.0.6:0->10.244.3.12:8080: connect: connection refused, original URL path = /app-health/orders/livez\napp URL path = /actuator/health/liveness

@ istio-pilot-agent | probe_failure | cause
2026-03-06T08:04:01.552198Z\twarn\tEnvoy proxy is NOT ready: config not received from XDS server (is Istiod running?): cds updates: 0 successful, 0 rejected; lds updates: 0 successful, 0 rejected

@ aspnetcore | probe_failure | cause
fail: Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService[103]\n      Health check npgsql with status Unhealthy completed after 5002.3127ms with message '(null)'

@ aspnetcore | probe_failure | cause
{"Timestamp":"2026-03-06T08:04:30.1182211+00:00","Level":"Error","MessageTemplate":"Health check {HealthCheckName} with status {HealthStatus} completed after {ElapsedMilliseconds}ms with message '{HealthCheckDescription}'","RenderedMessage":"Health check \"redis\" with status Unhealthy completed after 2004.7713ms with message 'null'","Properties":{"HealthCheckName":"redis","HealthStatus":"Unhealthy","ElapsedMilliseconds":2004.7713,"SourceContext":"Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"}}

@ kubelet | probe_failure | cause
Readiness probe failed: HTTP probe failed with statuscode: 503

@ kubelet | probe_failure | cause
Liveness probe failed: Get "http://10.244.1.23:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)

@ kubelet | probe_failure | cause
Startup probe failed: Get "http://10.244.2.9:8080/q/health/started": dial tcp 10.244.2.9:8080: connect: connection refused

@ kubelet | probe_failure | cause
Container orders failed liveness probe, will be restarted

@ elasticsearch-helm | probe_failure | cause
Readiness probe failed: Waiting for elasticsearch cluster to become ready (request params: "wait_for_status=green&timeout=1s" )\nCluster is not yet ready (request params: "wait_for_status=green&timeout=1s" )

@ postgresql | probe_failure | cause
Readiness probe failed: 127.0.0.1:5432 - no response

@ postgresql | probe_failure | cause
Liveness probe failed: 127.0.0.1:5432 - rejecting connections

@ redis-helm | probe_failure | cause
Liveness probe failed: Timed out

@ mongodb-helm | probe_failure | cause
Readiness probe failed: MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017

@ kubelet | probe_failure | cause
Readiness probe failed: cat: can't open '/tmp/ready': No such file or directory

@ spring-boot | probe_failure | symptom
2026-03-06T08:05:12.401Z  WARN 1 --- [orders] [nio-8081-exec-3] o.s.b.a.jdbc.DataSourceHealthIndicator   : DataSource health check failed\n\norg.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection

@ spring-boot | probe_failure | symptom
2026-03-06T08:05:40.882Z  WARN 1 --- [orders] [nio-8081-exec-1] o.s.b.a.d.r.RedisReactiveHealthIndicator : Redis health check failed\n\norg.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis

@ kubelet | application_error | symptom
Back-off restarting failed container orders in pod orders-7d9f8c6b5-x2k4p_shop(3b8c1e2f-5a6d-4e7f-8091-a2b3c4d5e6f7)

@ nginx | none | benign | probe_failure
10.244.2.1 - - [06/Mar/2026:08:06:13 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"

@ spring-boot | none | benign | probe_failure
2026-03-06T08:06:20.004Z  INFO 1 --- [orders] [           main] o.s.b.a.ApplicationAvailabilityBean      : Application availability state ReadinessState changed to ACCEPTING_TRAFFIC

@ spring-boot | none | benign | probe_failure
2026-03-06T08:30:01.771Z  INFO 1 --- [orders] [ionShutdownHook] o.s.b.a.ApplicationAvailabilityBean      : Application availability state ReadinessState changed from ACCEPTING_TRAFFIC to REFUSING_TRAFFIC

@ istio-pilot-agent | none | benign | probe_failure
2026-03-06T08:06:31.008211Z\tinfo\tEnvoy proxy is ready

@ aspnetcore | none | benign | probe_failure
dbug: Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService[101]\n      Health check processing with combined status Healthy completed after 3.1206ms

@ uvicorn | none | benign | probe_failure
INFO:     10.244.1.1:48290 - "GET /health/live HTTP/1.1" 200 OK

@ quarkus | none | benign | probe_failure
2026-03-06 08:07:02,118 INFO  [io.quarkus] (main) orders 1.14.2 on JVM (powered by Quarkus 3.8.1) started in 1.912s. Listening on: http://0.0.0.0:8080

# ---------------- scheduling ----------------

@ kube-scheduler | scheduling | cause
0/5 nodes are available: 2 node(s) had untolerated taint {dedicated: gpu}, 3 Insufficient cpu. preemption: 0/5 nodes are available: 2 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod..

@ kube-scheduler | scheduling | cause
0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling..

@ kube-scheduler | scheduling | cause
0/6 nodes are available: 6 node(s) didn't match pod anti-affinity rules. preemption: 0/6 nodes are available: 6 No preemption victims found for incoming pod..

@ kube-scheduler | scheduling | cause
0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 Insufficient memory. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod..

@ kube-scheduler | scheduling | cause
0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..

@ kube-scheduler | scheduling | cause
0/2 nodes are available: 2 Too many pods. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod..

@ kube-scheduler | scheduling | cause
0/4 nodes are available: 4 node(s) had volume node affinity conflict. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling..

@ kube-scheduler | scheduling | cause
0/3 nodes are available: 3 node(s) didn't match pod topology spread constraints. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling..

@ kube-controller-manager | scheduling | cause
Error creating: pods "orders-7d9f8c6b5-" is forbidden: exceeded quota: compute-resources, requested: limits.memory=2Gi, used: limits.memory=15Gi, limited: limits.memory=16Gi

@ kube-controller-manager | scheduling | cause
Error creating: pods "reports-5f6c7d8e9-" is forbidden: failed quota: compute-resources: must specify limits.cpu for: reports; limits.memory for: reports

@ kube-controller-manager | scheduling | cause
Error creating: pods "etl-28471950-" is forbidden: maximum memory usage per Container is 1Gi, but limit is 4Gi

@ tekton | scheduling | cause
TaskRun Pod exceeded available resources: pods "build-api-run-x7k2p-pod" is forbidden: exceeded quota: compute-build, requested: requests.memory=3Gi, used: requests.memory=63Gi, limited: requests.memory=64Gi

@ jenkins-kubernetes-plugin | scheduling | cause
[Warning][jenkins/maven-agent-7t2lc][FailedScheduling] 0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..

@ ray | scheduling | cause
(autoscaler +2m3s) Warning: The following resource request cannot be scheduled right now: {'GPU': 1.0, 'CPU': 1.0}. This is likely due to all cluster resources being claimed by actors. Consider creating fewer actors or adding more nodes to this Ray cluster.

@ cluster-autoscaler | scheduling | cause
I0306 09:02:14.118420       1 orchestrator.go:546] Pod shop/reports-5f6c7d8e9-q2w3e can't be scheduled on eks-general-2a, predicate checking error: Insufficient cpu; predicateName=NodeResourcesFit; reasons: Insufficient cpu; debugInfo=

@ cluster-autoscaler | scheduling | cause
pod didn't trigger scale-up: 2 max node group size reached, 1 node(s) didn't match Pod's node affinity/selector

@ spark | scheduling | symptom
26/03/06 09:05:41 WARN TaskSchedulerImpl: Initial job has not accepted any resources; check your cluster UI to ensure that workers are registered and have sufficient resources

@ flink | scheduling | symptom
org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Could not acquire the minimum required resources.

@ tekton | scheduling | symptom
TaskRun Pod exceeded available resources

@ kube-scheduler | none | benign | scheduling
Successfully assigned shop/orders-7d9f8c6b5-x2k4p to ip-10-0-3-41.eu-west-1.compute.internal

@ spark | none | benign | scheduling
26/03/06 09:06:02 INFO ExecutorPodsAllocator: Going to request 4 executors from Kubernetes for ResourceProfile Id: 0, target: 4, known: 0, sharedSlotFromPendingPods: 2147483647.

@ gitlab-runner | none | benign | scheduling
Waiting for pod gitlab-runner/runner-zzuxmkzx-project-4211-concurrent-0cx2l8 to be running, status is Pending

@ cluster-autoscaler | none | benign | scheduling
I0306 09:07:30.552118       1 static_autoscaler.go:577] No unschedulable pods

# ---------------- node_failure ----------------

@ pytorch | node_failure | cause
RuntimeError: CUDA error: uncorrectable ECC error encountered\nCUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.\nFor debugging consider passing CUDA_LAUNCH_BLOCKING=1.

@ pytorch | node_failure | cause
RuntimeError: CUDA error: an uncorrectable NVLink error was detected during the execution\nCUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.

@ nvidia-smi | node_failure | cause
Unable to determine the device handle for GPU0000:3B:00.0: Unknown Error

@ nvidia-smi | node_failure | cause
Unable to determine the device handle for gpu 0000:86:00.0: GPU is lost.  Reboot the system to recover this GPU

@ nvidia-device-plugin | node_failure | cause
I0306 10:12:01.448211       1 health.go:159] XidCriticalError: Xid=79 on Device=GPU-7f3a2b1c-4d5e-6f70-8192-a3b4c5d6e7f8; marking device as unhealthy.

@ nccl | node_failure | cause
gpu-train-3:412:601 [0] p2p_plugin.c:141 NCCL WARN NET/IB : Got async event : port error

@ spark | node_failure | cause
26/03/06 10:15:02 WARN TaskSetManager: Lost task 12.0 in stage 3.0 (TID 431) (10.0.7.14 executor 7): ExecutorLostFailure (executor 7 exited caused by one of the running tasks) Reason: Container marked as failed: container_e12_1772400000000_0042_01_000008 on host: 10.0.7.14. Exit status: -100. Diagnostics: Container released on a *lost* node.

@ kubelet | node_failure | cause
Pod was terminated in response to imminent node shutdown.

@ node-controller | node_failure | cause
Node ip-10-0-3-41.eu-west-1.compute.internal status is now: NodeNotReady

@ node-controller | node_failure | cause
Node is not ready

@ kubelet | node_failure | cause
Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a": plugin type="calico" failed (add): stat /var/lib/calico/nodename: no such file or directory: check that the calico/node container is running and has mounted /var/lib/calico/

@ kubelet | node_failure | cause
Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9e8d7c6b5a4f": plugin type="cilium-cni" name="cilium" failed (add): unable to connect to Cilium daemon: failed to create cilium agent client after 30.000000 seconds timeout: Get "http:///var/run/cilium/cilium.sock/v1/config": dial unix /var/run/cilium/cilium.sock: connect: no such file or directory\nIs the agent running?

@ kubelet | node_failure | cause
E0306 10:20:11.002114    1873 kubelet.go:2892] "Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"

@ kubelet | node_failure | cause
I0306 10:22:40.118004    1873 kubelet.go:2400] "Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m4.612s ago; threshold is 3m0s"

@ node-controller | node_failure | cause
Kubelet stopped posting node status.

@ kubelet | node_failure | cause
Failed to create pod sandbox: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused"

@ node-problem-detector | node_failure | cause
task containerd:1873 blocked for more than 120 seconds.

@ elasticsearch | node_failure | symptom
{"@timestamp":"2026-03-06T10:25:13.441Z", "log.level": "INFO", "message":"node-left[{es-data-2}{Zq1hT8uVQ2aX5bC9dE0fGh}{mY3kR7sTQ1uV}{es-data-2}{10.244.5.12}{10.244.5.12:9300}{dimrt} reason: followers check retry count exceeded [timeouts=3, failures=0]], term: 12, version: 3456, delta: removed {{es-data-2}{Zq1hT8uVQ2aX5bC9dE0fGh}{mY3kR7sTQ1uV}{es-data-2}{10.244.5.12}{10.244.5.12:9300}{dimrt}}", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-master-0][masterService#updateTask][T#1]","log.logger":"org.elasticsearch.cluster.service.MasterService","elasticsearch.node.name":"es-master-0","elasticsearch.cluster.name":"logs"}

@ cassandra | node_failure | symptom
INFO  [GossipTasks:1] 2026-03-06 10:25:20,118 Gossiper.java:1116 - InetAddress /10.244.5.14:7000 is now DOWN

@ flink | node_failure | symptom
2026-03-06 10:25:44,902 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph       [] - Source: orders-kafka -> Map (2/4) (3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c_cbc357ccb763df2852fee8c4fc7d55f2_1_0) switched from RUNNING to FAILED on flink-taskmanager-2-3 @ 10.244.5.17 (dataPort=39421).\njava.util.concurrent.TimeoutException: Heartbeat of TaskManager with id flink-taskmanager-2-3 timed out.

@ kafka | node_failure | symptom
[2026-03-06 10:26:02,337] INFO [QuorumController id=1] Fencing broker 3 because its session has timed out. (org.apache.kafka.controller.ReplicationControlManager)

@ node-controller | node_failure | symptom
Marking for deletion Pod shop/orders-7d9f8c6b5-x2k4p

@ cassandra | none | benign | node_failure
INFO  [GossipStage:1] 2026-03-06 10:40:02,551 Gossiper.java:1398 - InetAddress /10.244.5.14:7000 is now UP

@ elasticsearch | none | benign | node_failure
{"@timestamp":"2026-03-06T10:40:31.003Z", "log.level": "INFO", "message":"node-join[{es-data-2}{Zq1hT8uVQ2aX5bC9dE0fGh}{nA4lS8tUR2vW}{es-data-2}{10.244.6.3}{10.244.6.3:9300}{dimrt} joining], term: 12, version: 3470, delta: added {{es-data-2}{Zq1hT8uVQ2aX5bC9dE0fGh}{nA4lS8tUR2vW}{es-data-2}{10.244.6.3}{10.244.6.3:9300}{dimrt}}", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-master-0][masterService#updateTask][T#1]","log.logger":"org.elasticsearch.cluster.service.MasterService","elasticsearch.node.name":"es-master-0","elasticsearch.cluster.name":"logs"}

@ node-controller | none | benign | node_failure
Node ip-10-0-3-41.eu-west-1.compute.internal status is now: NodeReady

@ zookeeper | none | benign | node_failure
2026-03-06 10:41:12,394 - INFO  [/10.244.5.11:3888:QuorumCnxManager$Listener@493] - Received connection request /10.244.5.11:45307

@ zookeeper | none | benign | node_failure
2026-03-06 10:41:12,402 - INFO  [QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:Follower@63] - FOLLOWING - LEADER ELECTION TOOK - 214

@ kafka | none | benign | node_failure
[2026-03-06 10:42:00,118] INFO [BrokerLifecycleManager id=3] The broker has been unfenced. Transitioning from RECOVERY to RUNNING. (kafka.server.BrokerLifecycleManager)

# ---------------- dns_resolution ----------------

@ jvm | dns_resolution | cause
Caused by: java.net.UnknownHostException: orders-db.shop.svc.cluster.local: Name or service not known\n\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)\n\tat java.base/java.net.InetAddress$PlatformNameService.lookupAllHostAddr(InetAddress.java:934)

@ pgjdbc | dns_resolution | cause
org.postgresql.util.PSQLException: The connection attempt failed.\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:354)\nCaused by: java.net.UnknownHostException: pg-primary.db.svc.cluster.local

@ kafka-java-client | dns_resolution | cause
[2026-03-07 06:11:02,118] WARN [Producer clientId=producer-1] Error connecting to node kafka-2.kafka-headless.data.svc.cluster.local:9092 (id: 2 rack: null) (org.apache.kafka.clients.NetworkClient)\njava.net.UnknownHostException: kafka-2.kafka-headless.data.svc.cluster.local: Temporary failure in name resolution

@ kafka-java-client | dns_resolution | cause
[2026-03-07 06:11:04,550] WARN Couldn't resolve server kafka-bootstrap.data.svc:9092 from bootstrap.servers as DNS resolution failed for kafka-bootstrap.data.svc (org.apache.kafka.clients.ClientUtils)

@ librdkafka | dns_resolution | cause
%3|1772863871.118|FAIL|rdkafka#producer-1| [thrd:kafka-0.kafka:9092/bootstrap]: kafka-0.kafka:9092/bootstrap: Failed to resolve 'kafka-0.kafka:9092': Name or service not known (after 3ms in state CONNECT)

@ reactor-netty | dns_resolution | cause
io.netty.resolver.dns.DnsResolveContext$SearchDomainUnknownHostException: Failed to resolve 'inventory' and search domain query for configured domains failed as well: [shop.svc.cluster.local, svc.cluster.local, cluster.local]

@ grpc-java | dns_resolution | cause
io.grpc.StatusRuntimeException: UNAVAILABLE: Unable to resolve host payments.shop.svc.cluster.local\n\tat io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:268)\nCaused by: java.lang.RuntimeException: java.net.UnknownHostException: payments.shop.svc.cluster.local: Temporary failure in name resolution

@ go | dns_resolution | cause
time="2026-03-07T06:12:30Z" level=error msg="failed to connect to database" error="dial tcp: lookup orders-db.shop.svc.cluster.local on 10.96.0.10:53: no such host"

@ go | dns_resolution | cause
{"level":"error","ts":1772863952.331,"caller":"cache/redis.go:54","msg":"redis ping failed","error":"dial tcp: lookup redis-master on 10.96.0.10:53: server misbehaving"}

@ go | dns_resolution | cause
time=2026-03-07T06:13:02.004Z level=ERROR msg="charge failed" err="Post \"https://api.stripe.com/v1/payment_intents\": dial tcp: lookup api.stripe.com on 10.96.0.10:53: read udp 10.244.1.17:51234->10.96.0.10:53: i/o timeout"

@ grpc-go | dns_resolution | cause
rpc error: code = Unavailable desc = name resolver error: produced zero addresses

@ urllib3 | dns_resolution | cause
requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.partner.example.com', port=443): Max retries exceeded with url: /v1/orders (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f8b2c3d4e50>: Failed to resolve 'api.partner.example.com' ([Errno -3] Temporary failure in name resolution)"))

@ psycopg2 | dns_resolution | cause
psycopg2.OperationalError: could not translate host name "postgres" to address: Name or service not known

@ aiohttp | dns_resolution | cause
aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host inventory:8080 ssl:default [Name or service not known]

@ ioredis | dns_resolution | cause
[ioredis] Unhandled error event: Error: getaddrinfo ENOTFOUND redis-master.cache.svc.cluster.local\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)

@ nodejs | dns_resolution | cause
Error: getaddrinfo EAI_AGAIN api.sendgrid.com\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:118:26) {\n  errno: -3001,\n  code: 'EAI_AGAIN',\n  syscall: 'getaddrinfo',\n  hostname: 'api.sendgrid.com'\n}

@ undici | dns_resolution | cause
TypeError: fetch failed\n    at node:internal/deps/undici/undici:13185:13\n    at async InventoryClient.getStock (/app/dist/inventory.js:21:17) {\n  [cause]: Error: getaddrinfo ENOTFOUND inventory\n      at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26) {\n    errno: -3008,\n    code: 'ENOTFOUND',\n    syscall: 'getaddrinfo',\n    hostname: 'inventory'\n  }\n}

@ dotnet | dns_resolution | cause
System.Net.Http.HttpRequestException: Name or service not known (catalog-api:80)\n ---> System.Net.Sockets.SocketException (0xFFFDFFFF): Name or service not known\n   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)

@ npgsql | dns_resolution | cause
Npgsql.NpgsqlException (0x80004005): Failed to connect to pg-primary.db.svc.cluster.local\n ---> System.Net.Sockets.SocketException (00000001): Resource temporarily unavailable\n   at System.Net.Dns.GetHostEntryOrAddressesCore(String hostName, Boolean justAddresses, AddressFamily addressFamily, ValueStopwatch stopwatch)

@ ruby | dns_resolution | cause
SocketError: Failed to open TCP connection to api.partner.example.com:443 (getaddrinfo: Name or service not known)

@ laravel | dns_resolution | cause
[2026-03-07 06:15:41] production.ERROR: SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mysql failed: Name or service not known (Connection: mysql, SQL: select * from `sessions` where `id` = ZqV3kLm9 limit 1)

@ reqwest | dns_resolution | cause
2026-03-07T06:16:02.331Z ERROR pricing::client: quote request failed error=error sending request for url (http://inventory:8080/stock): error trying to connect: dns error: failed to lookup address information: Name or service not known

@ postgrex | dns_resolution | cause
06:16:40.118 [error] Postgrex.Protocol (#PID<0.2345.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (postgres:5432): non-existing domain - :nxdomain

@ nginx | dns_resolution | cause
2026/03/07 06:17:02 [error] 29#29: *4521 orders-api could not be resolved (3: Host not found), client: 10.244.1.9, server: _, request: "GET /api/orders HTTP/1.1", host: "shop.example.com"

@ nginx | dns_resolution | cause
2026/03/07 06:17:11 [emerg] 1#1: host not found in upstream "orders-api:8080" in /etc/nginx/conf.d/default.conf:12\nnginx: [emerg] host not found in upstream "orders-api:8080" in /etc/nginx/conf.d/default.conf:12

@ mysql | none | benign | dns_resolution
2026-03-07T06:18:02.118223Z 812 [Warning] [MY-010055] [Server] IP address '10.244.3.17' could not be resolved: Name or service not known

@ apache-httpd | none | benign | dns_resolution
AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 10.244.1.5. Set the 'ServerName' directive globally to suppress this message

@ elasticsearch | none | benign | dns_resolution
{"@timestamp":"2026-03-07T06:18:20.551Z", "log.level": "WARN", "message":"failed to resolve host [es-master-2.es-master-headless]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-master-0][generic][T#2]","log.logger":"org.elasticsearch.discovery.SeedHostsResolver","elasticsearch.node.name":"es-master-0","elasticsearch.cluster.name":"logs"}

@ go | none | benign | dns_resolution
{"level":"info","ts":1772864330.004,"caller":"discovery/dns.go:88","msg":"refreshed SRV records","service":"_grpc._tcp.payments.shop.svc.cluster.local","addrs":3}

# ---------------- connection_refused ----------------

@ pgjdbc | connection_refused | cause
org.postgresql.util.PSQLException: Connection to pg-primary.db.svc.cluster.local:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:352)\nCaused by: java.net.ConnectException: Connection refused

@ reactor-netty | connection_refused | cause
org.springframework.web.reactive.function.client.WebClientRequestException: Connection refused: inventory/10.96.112.4:8080\nCaused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: inventory/10.96.112.4:8080

@ spring-boot | connection_refused | cause
2026-03-08T11:02:14.118Z ERROR 1 --- [checkout] [nio-8080-exec-3] c.a.checkout.StockClient                 : stock lookup failed\n\norg.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://inventory:8080/api/stock/42": Connection refused

@ spring-amqp | connection_refused | cause
2026-03-08T11:02:40.551Z  WARN 1 --- [notify] [ntContainer#0-1] o.s.a.r.l.SimpleMessageListenerContainer : Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused

@ grpc-java | connection_refused | cause
io.grpc.StatusRuntimeException: UNAVAILABLE: io exception\n\tat io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:268)\nCaused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: payments/10.96.80.5:50051

@ kafka-java-client | connection_refused | cause
[2026-03-08 11:03:02,771] WARN [Producer clientId=producer-1] Connection to node -1 (kafka-bootstrap/10.96.20.4:9092) could not be established. Broker may not be available. (org.apache.kafka.clients.NetworkClient)

@ pgx | connection_refused | cause
{"level":"error","ts":1772967801.118,"caller":"db/pool.go:41","msg":"unable to connect","error":"failed to connect to `host=pg-primary user=app database=orders`: dial error (dial tcp 10.96.45.12:5432: connect: connection refused)"}

@ go-redis | connection_refused | cause
time="2026-03-08T11:03:30Z" level=error msg="cache get failed" error="dial tcp 10.96.7.33:6379: connect: connection refused" key="cart:81723"

@ go | connection_refused | cause
time=2026-03-08T11:03:41.227Z level=ERROR msg="upstream call failed" err="Get \"http://inventory:8080/stock/42\": dial tcp 10.96.112.4:8080: connect: connection refused"

@ go | connection_refused | cause
time="2026-03-08T11:03:55Z" level=error msg="cache set failed" error="read tcp 10.244.1.17:45678->10.96.7.33:6379: read: connection reset by peer"

@ sarama | connection_refused | cause
kafka: client has run out of available brokers to talk to: dial tcp 10.96.20.4:9092: connect: connection refused

@ go | connection_refused | cause
{"level":"error","ts":1772967850.441,"caller":"consumer/run.go:77","msg":"fetch failed","error":"dial tcp 10.244.5.20:9092: connect: no route to host"}

@ grpc-go | connection_refused | cause
rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.80.5:50051: connect: connection refused"

@ urllib3 | connection_refused | cause
requests.exceptions.ConnectionError: HTTPConnectionPool(host='inventory', port=8080): Max retries exceeded with url: /stock/42 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f1c2a3b4d90>: Failed to establish a new connection: [Errno 111] Connection refused'))

@ psycopg2 | connection_refused | cause
psycopg2.OperationalError: connection to server at "pg-primary" (10.96.45.12), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?

@ redis-py | connection_refused | cause
redis.exceptions.ConnectionError: Error 111 connecting to redis-master:6379. Connection refused.

@ celery | connection_refused | cause
[2026-03-08 11:04:30,118: ERROR/MainProcess] consumer: Cannot connect to amqp://guest:**@rabbitmq:5672//: [Errno 111] Connection refused.\nTrying again in 2.00 seconds... (1/100)

@ node-postgres | connection_refused | cause
Error: connect ECONNREFUSED 10.96.45.12:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n  address: '10.96.45.12',\n  port: 5432\n}

@ nodejs | connection_refused | cause
Error: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {\n  errno: -104,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}

@ npgsql | connection_refused | cause
Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.96.45.12:5432\n ---> System.Net.Sockets.SocketException (111): Connection refused\n   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)

@ dotnet | connection_refused | cause
System.Net.Http.HttpRequestException: Connection refused (inventory:8080)\n ---> System.Net.Sockets.SocketException (111): Connection refused\n   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)

@ activerecord | connection_refused | cause
PG::ConnectionBad: connection to server at "10.96.45.12", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?

@ laravel | connection_refused | cause
[2026-03-08 11:06:02] production.ERROR: SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `users` where `id` = 42 limit 1) {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 2002): SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `users` where `id` = 42 limit 1) at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:813)"}

@ sqlx | connection_refused | cause
2026-03-08T11:06:30.118Z ERROR orders::db: failed to connect error=error communicating with database: Connection refused (os error 111)

@ postgrex | connection_refused | cause
11:06:58.004 [error] Postgrex.Protocol (#PID<0.2351.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (pg-primary:5432): connection refused - :econnrefused

@ nginx | connection_refused | cause
2026/03/08 11:07:10 [error] 31#31: *1024 connect() failed (111: Connection refused) while connecting to upstream, client: 10.244.0.8, server: _, request: "GET /api/cart HTTP/1.1", upstream: "http://10.244.2.31:8080/api/cart", host: "shop.example.com"

@ nginx | connection_refused | cause
2026/03/08 11:07:12 [error] 31#31: *1031 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 10.244.0.8, server: _, request: "POST /api/cart/items HTTP/1.1", upstream: "http://10.244.2.31:8080/api/cart/items", host: "shop.example.com"

@ apache-httpd | connection_refused | cause
[Sun Mar 08 11:07:30.118223 2026] [proxy:error] [pid 1234:tid 140234] (111)Connection refused: AH00957: HTTP: attempt to connect to 10.244.2.31:8080 (orders) failed

@ envoy | connection_refused | cause
[2026-03-08T11:07:41.552Z] "GET /api/cart HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure,delayed_connect_error:_111} - "delayed_connect_error:_111" 0 145 1 - "10.244.0.8" "okhttp/4.12.0" "6b8f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d" "cart.shop.svc.cluster.local:8080" "10.244.2.31:8080" outbound|8080||cart.shop.svc.cluster.local - 10.96.112.4:8080 10.244.1.17:41234 - default

@ nginx | connection_refused | symptom
2026/03/08 11:08:02 [error] 31#31: *1102 no live upstreams while connecting to upstream, client: 10.244.0.8, server: _, request: "GET /api/cart HTTP/1.1", upstream: "http://cart-backend/api/cart", host: "shop.example.com"

@ nginx | connection_refused | symptom
2026/03/08 11:08:05 [error] 31#31: *1107 upstream prematurely closed connection while reading response header from upstream, client: 10.244.0.8, server: _, request: "GET /api/cart HTTP/1.1", upstream: "http://10.244.2.31:8080/api/cart", host: "shop.example.com"

@ ingress-nginx | connection_refused | symptom
10.244.0.8 - - [08/Mar/2026:11:08:06 +0000] "GET /api/cart HTTP/1.1" 502 150 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1" 512 0.003 [shop-cart-8080] [] 10.244.2.31:8080 0 0.002 502 3f2a9c1e7b4d6f8a0c5e2d7b3a9f1c4e

@ envoy | connection_refused | symptom
[2026-03-08T11:08:07.004Z] "GET /api/recommendations HTTP/1.1" 503 UH no_healthy_upstream - "-" 0 19 0 - "10.244.0.8" "Go-http-client/1.1" "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a" "recs.shop.svc.cluster.local:8080" "-" outbound|8080||recs.shop.svc.cluster.local - 10.96.77.3:8080 10.244.1.17:40012 - default

@ feign | connection_refused | symptom
feign.FeignException$ServiceUnavailable: [503 Service Unavailable] during [GET] to [http://inventory/api/stock/42] [InventoryClient#getStock(Long)]: [no healthy upstream]

@ resilience4j | connection_refused | symptom
io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'inventory' is OPEN and does not permit further calls

@ hikaricp | connection_refused | symptom
2026-03-08T11:08:30.221Z ERROR 1 --- [orders] [nio-8080-exec-5] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms (total=0, active=0, idle=0, waiting=12)

@ psycopg2 | connection_refused | symptom
psycopg2.OperationalError: server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.

@ pgjdbc | connection_refused | symptom
org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.\n\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:395)\nCaused by: java.io.EOFException

@ mysql-connector-j | connection_refused | symptom
com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.

@ pymysql | connection_refused | symptom
pymysql.err.OperationalError: (2013, 'Lost connection to MySQL server during query')

@ mysqlclient | connection_refused | symptom
MySQLdb.OperationalError: (2006, 'MySQL server has gone away')

@ celery | connection_refused | symptom
[2026-03-08 11:09:12,004: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...

@ hikaricp | none | benign | connection_refused
2026-03-08T11:10:02.118Z  WARN 1 --- [orders] [nio-8080-exec-2] com.zaxxer.hikari.pool.PoolBase          : HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@3c1e5a7 (This connection has been closed.). Possibly consider using a shorter maxLifetime value.

@ postgresql | none | benign | connection_refused
2026-03-08 11:10:14.551 UTC [10211] LOG:  could not receive data from client: Connection reset by peer

@ mysql | none | benign | connection_refused
2026-03-08T11:10:20.118734Z 1184 [Note] [MY-010914] [Server] Aborted connection 1184 to db: 'orders' user: 'app' host: '10.244.3.17' (Got an error reading communication packets).

@ rabbitmq | none | benign | connection_refused
2026-03-08 11:10:31.447211+00:00 [warning] <0.2911.0> closing AMQP connection <0.2911.0> (10.244.3.17:43210 -> 10.244.1.9:5672, vhost: '/', user: 'orders'):\n2026-03-08 11:10:31.447211+00:00 [warning] <0.2911.0> client unexpectedly closed TCP connection

@ rabbitmq | none | benign | connection_refused
2026-03-08 11:10:40.118000+00:00 [info] <0.2934.0> closing AMQP connection <0.2934.0> (10.244.3.18:50112 -> 10.244.1.9:5672, vhost: '/', user: 'orders')

@ kafka-java-client | none | benign | connection_refused
[2026-03-08 11:10:52,331] INFO [Producer clientId=producer-1] Node -1 disconnected. (org.apache.kafka.clients.NetworkClient)

@ tomcat | none | benign | connection_refused
2026-03-08T11:11:02.004Z  WARN 1 --- [media] [nio-8080-exec-9] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.context.request.async.AsyncRequestNotUsableException: ServletOutputStream failed to write: java.io.IOException: Broken pipe]

@ tomcat | none | benign | connection_refused
org.apache.catalina.connector.ClientAbortException: java.io.IOException: Connection reset by peer\n\tat org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:341)

@ nginx | none | benign | connection_refused
10.244.0.8 - - [08/Mar/2026:11:11:20 +0000] "GET /api/search?q=shoes HTTP/1.1" 499 0 "https://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"

@ nginx | none | benign | connection_refused
2026/03/08 11:11:21 [info] 29#29: *5512 client 10.244.0.8 closed keepalive connection

@ go | none | benign | connection_refused
2026/03/08 11:11:40 http2: server: error reading preface from client 10.244.0.1:40312: read tcp 10.244.1.17:8443->10.244.0.1:40312: read: connection reset by peer

@ pgbouncer | none | benign | connection_refused
2026-03-08 11:11:52.004 UTC [1] LOG C-0x55d1c2a3b4c0: orders/app@10.244.3.17:43210 closing because: client close request (age=3600s)

@ istio-proxy | none | benign | connection_refused
2026-03-08T11:12:02.118204Z\twarning\tenvoy config\tStreamAggregatedResources gRPC config stream closed: 0,

@ resilience4j | none | benign | connection_refused
2026-03-08T11:12:10.441Z: Retry 'inventory' recorded a successful retry attempt. Number of retry attempts: '1', Last exception was: 'java.net.ConnectException: Connection refused'.

@ celery | none | benign | connection_refused
[2026-03-08 11:12:20,118: INFO/MainProcess] Connected to amqp://orders:**@rabbitmq.messaging.svc.cluster.local:5672//

@ zookeeper | none | benign | connection_refused
2026-03-08 11:12:31,447 - INFO  [NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxn@1007] - Closed socket connection for client /10.244.3.17:37177 which had sessionid 0x18e2c1a9f4d002a

@ grpc-go | none | benign | connection_refused
2026/03/08 11:12:40 INFO: [transport] [server-transport 0xc0004c2000] Closing: EOF

# ---------------- timeout ----------------

@ go | timeout | cause
time=2026-03-09T14:01:02.331Z level=ERROR msg="pricing call failed" err="Get \"http://pricing:8080/quote?sku=SKU-1042\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"

@ go | timeout | cause
{"level":"error","ts":1773064870.118,"caller":"client/partner.go:92","msg":"request failed","error":"Post \"https://api.partner.example.com/v2/quotes\": net/http: request canceled (Client.Timeout exceeded while awaiting headers)"}

@ go | timeout | cause
time="2026-03-09T14:01:20Z" level=error msg="failed to connect to database" error="dial tcp 10.96.45.12:5432: i/o timeout"

@ grpc-go | timeout | cause
rpc error: code = DeadlineExceeded desc = context deadline exceeded

@ grpc-java | timeout | cause
io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: deadline exceeded after 4.999876543s. [closed=[], open=[[buffered_nanos=212345, remote_addr=payments/10.96.80.5:50051]]]

@ jvm | timeout | cause
java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)\n\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)

@ spring-boot | timeout | cause
2026-03-09T14:02:02.551Z ERROR 1 --- [quotes] [nio-8080-exec-8] c.a.quotes.PartnerClient                 : quote request failed\n\norg.springframework.web.client.ResourceAccessException: I/O error on POST request for "https://api.partner.example.com/v2/quotes": Read timed out

@ reactor | timeout | cause
java.util.concurrent.TimeoutException: Did not observe any item or terminal signal within 5000ms in 'flatMap' (and no fallback has been configured)

@ reactor-netty | timeout | cause
io.netty.channel.ConnectTimeoutException: connection timed out after 10000 ms: inventory/10.96.112.4:8080

@ resilience4j | timeout | cause
java.util.concurrent.TimeoutException: TimeLimiter 'partner-api' recorded a timeout exception.

@ postgresql | timeout | cause
2026-03-09 14:03:11.004 UTC [11842] ERROR:  canceling statement due to statement timeout\n2026-03-09 14:03:11.004 UTC [11842] STATEMENT:  SELECT * FROM order_events WHERE payload->>'sku' = $1

@ urllib3 | timeout | cause
requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.partner.example.com', port=443): Read timed out. (read timeout=10)

@ urllib3 | timeout | cause
requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.partner.example.com', port=443): Max retries exceeded with url: /v1/quote (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f3e2d1c0b90>, 'Connection to api.partner.example.com timed out. (connect timeout=5)'))

@ redis-py | timeout | cause
redis.exceptions.TimeoutError: Timeout reading from socket

@ botocore | timeout | cause
botocore.exceptions.ReadTimeoutError: Read timeout on endpoint URL: "https://dynamodb.eu-west-1.amazonaws.com/"

@ axios | timeout | cause
AxiosError: timeout of 5000ms exceeded\n    at RedirectableRequest.handleRequestTimeout (/app/node_modules/axios/dist/node/axios.cjs:3125:16)\n    at RedirectableRequest.emit (node:events:519:28) {\n  code: 'ECONNABORTED',

@ undici | timeout | cause
TypeError: fetch failed\n    at node:internal/deps/undici/undici:13185:13 {\n  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: api.partner.example.com:443, timeout: 10000ms)\n      at onConnectTimeout (node:internal/deps/undici/undici:2331:28) {\n    code: 'UND_ERR_CONNECT_TIMEOUT'\n  }\n}

@ node-postgres | timeout | cause
Error: Connection terminated due to connection timeout\n    at Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)

@ dotnet | timeout | cause
System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.\n ---> System.TimeoutException: The operation was canceled.\n ---> System.Threading.Tasks.TaskCanceledException: The operation was canceled.

@ polly | timeout | cause
Polly.Timeout.TimeoutRejectedException: The operation didn't complete within the allowed timeout of '00:00:10'.

@ ruby | timeout | cause
Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>

@ guzzle | timeout | cause
GuzzleHttp\\Exception\\ConnectException: cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api.partner.example.com/v1/rates

@ tokio | timeout | cause
2026-03-09T14:05:30.118Z ERROR gateway::upstream: upstream call failed error=deadline has elapsed upstream="inventory"

@ elixir | timeout | cause
14:05:41.447 [error] ** (exit) exited in: GenServer.call(Catalog.Cache, {:get, "sku:1042"}, 5000)\n    ** (EXIT) time out

@ kafka-java-client | timeout | cause
org.apache.kafka.common.errors.TimeoutException: Expiring 12 record(s) for orders-events-3:120001 ms has passed since batch creation

@ cassandra | timeout | cause
com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException: Cassandra timeout during read query at consistency LOCAL_QUORUM (2 responses were required but only 1 replica responded)

@ nginx | timeout | cause
2026/03/09 14:06:02 [error] 29#29: *8812 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.244.0.8, server: _, request: "GET /api/reports/monthly HTTP/1.1", upstream: "http://10.244.2.40:8080/api/reports/monthly", host: "shop.example.com"

@ envoy | timeout | cause
[2026-03-09T14:06:15.004Z] "GET /api/reports/monthly HTTP/1.1" 504 UT response_timeout - "-" 0 24 15001 - "10.244.0.8" "Mozilla/5.0" "e4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8" "reports.shop.svc.cluster.local:8080" "10.244.2.40:8080" outbound|8080||reports.shop.svc.cluster.local 10.244.1.17:51022 10.96.33.9:8080 10.244.1.17:40120 - default

@ ingress-nginx | timeout | symptom
10.244.0.8 - - [09/Mar/2026:14:06:20 +0000] "GET /api/reports/monthly HTTP/1.1" 504 160 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15" 498 60.001 [shop-reports-8080] [] 10.244.2.40:8080 0 60.000 504 7c2d9e1f3a4b5c6d7e8f9a0b1c2d3e4f

@ gunicorn | timeout | symptom
[2026-03-09 14:06:31 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:17)

@ puma | timeout | symptom
[1] ! Terminating timed out worker (worker failed to check in within 60 seconds): 44

@ rack-timeout | timeout | symptom
Rack::Timeout::RequestTimeoutException: Request ran for longer than 15000ms

@ celery | timeout | symptom
[2026-03-09 14:07:02,118: WARNING/MainProcess] Soft time limit (300s) exceeded for reports.tasks.build_export[8d2c1b0a-9f8e-4d7c-b6a5-4f3e2d1c0b9a]

@ mongodb-node-driver | timeout | symptom
MongoServerSelectionError: Server selection timed out after 30000 ms\n    at Topology.selectServer (/app/node_modules/mongodb/lib/sdam/topology.js:303:38)

@ kafka-java-client | timeout | symptom
org.apache.kafka.common.errors.TimeoutException: Topic orders-events not present in metadata after 60000 ms.

@ envoy | timeout | symptom
upstream request timeout

@ postgresql | none | benign | timeout
2026-03-09 14:08:02.551 UTC [11901] LOG:  duration: 612.881 ms  execute <unnamed>: SELECT id, status FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 20\n2026-03-09 14:08:02.551 UTC [11901] DETAIL:  parameters: $1 = '81723'

@ mongodb | none | benign | timeout
{"t":{"$date":"2026-03-09T14:08:12.331+00:00"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn412","msg":"Slow query","attr":{"type":"command","ns":"shop.orders","command":{"find":"orders","filter":{"customerId":81723},"limit":20,"$db":"shop"},"planSummary":"IXSCAN { customerId: 1 }","keysExamined":20,"docsExamined":20,"nreturned":20,"reslen":9812,"durationMillis":142}}

@ rails | none | benign | timeout
I, [2026-03-09T14:08:20.118223 #1]  INFO -- : [c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f] Completed 200 OK in 1412ms (Views: 3.1ms | ActiveRecord: 1388.6ms | Allocations: 48211)

@ grpc-go | none | benign | timeout
{"level":"info","ts":1773065310.551,"caller":"grpc/interceptors.go:61","msg":"finished unary call with code Canceled","grpc.method":"Search","grpc.service":"catalog.v1.CatalogService","grpc.code":"Canceled","error":"rpc error: code = Canceled desc = context canceled","grpc.time_ms":812.4}

@ zookeeper | none | benign | timeout
2026-03-09 14:09:02,118 - INFO  [SessionTracker:ZooKeeperServer@325] - Expiring session 0x18e2c1a9f4d0027, timeout of 10000ms exceeded

@ resilience4j | none | benign | timeout
2026-03-09T14:09:10.331Z: Retry 'partner-api' recorded a successful retry attempt. Number of retry attempts: '1', Last exception was: 'java.net.SocketTimeoutException: Read timed out'.

@ polly | none | benign | timeout
info: Polly[3]\n      Execution attempt. Source: 'partner-client-standard//Standard-Retry', Operation Key: '', Result: '200', Handled: 'False', Attempt: '1', Execution Time: '412.2231'

@ celery | none | benign | timeout
[2026-03-09 14:09:30,447: INFO/ForkPoolWorker-4] Task reports.tasks.build_export[8d2c1b0a-9f8e-4d7c-b6a5-4f3e2d1c0b9b] succeeded in 28.41s: None

@ go | none | benign | timeout
time=2026-03-09T14:09:44.002Z level=INFO msg="client disconnected before response" path=/api/search err="context canceled" duration=2.118s

# ---------------- tls_certificate ----------------

@ jvm | tls_certificate | cause
javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)

@ jvm | tls_certificate | cause
javax.net.ssl.SSLHandshakeException: No subject alternative DNS name matching payments.shop.svc matching found.

@ jvm | tls_certificate | cause
javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed\n\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)\nCaused by: java.security.cert.CertificateExpiredException: NotAfter: Sat Feb 28 23:59:59 UTC 2026

@ jvm | tls_certificate | cause
javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure

@ okhttp | tls_certificate | cause
javax.net.ssl.SSLPeerUnverifiedException: Hostname api.internal.example.com not verified:\n    certificate: sha256/K3X1m9qZ7bR2vY8wT4nA6cD0eF5gH1iJ2kL3mN4oP5q=\n    DN: CN=ingress.local\n    subjectAltNames: [ingress.local]

@ kafka-java-client | tls_certificate | cause
[2026-03-10 07:01:02,118] ERROR [Consumer clientId=consumer-orders-1, groupId=orders] Connection to node -1 (kafka-bootstrap.data.svc/10.96.20.4:9093) failed authentication due to: SSL handshake failed (org.apache.kafka.clients.NetworkClient)

@ go | tls_certificate | cause
time="2026-03-10T07:01:30Z" level=error msg="webhook delivery failed" error="Post \"https://hooks.partner.example.com/orders\": tls: failed to verify certificate: x509: certificate signed by unknown authority"

@ go | tls_certificate | cause
{"level":"error","ts":1773126101.004,"caller":"vault/client.go:77","msg":"login failed","error":"Put \"https://vault.vault.svc:8200/v1/auth/kubernetes/login\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-03-10T07:01:41Z is after 2026-03-09T23:59:59Z"}

@ go | tls_certificate | cause
time=2026-03-10T07:02:02.331Z level=ERROR msg="sync failed" err="Get \"https://api.internal.example.com/v1/catalog\": tls: failed to verify certificate: x509: certificate is valid for ingress.local, not api.internal.example.com"

@ go | tls_certificate | cause
x509: cannot validate certificate for 10.96.0.1 because it doesn't contain any IP SANs

@ go-net-http | tls_certificate | cause
2026/03/10 07:02:30 http: TLS handshake error from 10.244.1.5:51234: remote error: tls: unknown certificate authority

@ grpc-go | tls_certificate | cause
rpc error: code = Unavailable desc = connection error: desc = "transport: authentication handshake failed: tls: failed to verify certificate: x509: certificate signed by unknown authority"

@ urllib3 | tls_certificate | cause
requests.exceptions.SSLError: HTTPSConnectionPool(host='api.partner.example.com', port=443): Max retries exceeded with url: /v1/orders (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')))

@ httpx | tls_certificate | cause
httpx.ConnectError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'ledger.internal'. (_ssl.c:1006)

@ aiohttp | tls_certificate | cause
aiohttp.client_exceptions.ClientConnectorCertificateError: Cannot connect to host api.partner.example.com:443 ssl:True [SSLCertVerificationError: (1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)')]

@ nodejs | tls_certificate | cause
Error: certificate has expired\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34)\n    at TLSSocket.emit (node:events:519:28) {\n  code: 'CERT_HAS_EXPIRED'\n}

@ nodejs | tls_certificate | cause
Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: ledger.internal. is not in the cert's altnames: DNS:*.example.com, DNS:example.com\n    at new NodeError (node:internal/errors:405:5)\n    at Object.checkServerIdentity (node:tls:337:12)

@ dotnet | tls_certificate | cause
System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.\n ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot

@ ruby | tls_certificate | cause
OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 peeraddr=10.0.4.5:443 state=error: certificate verify failed (certificate has expired)

@ guzzle | tls_certificate | cause
GuzzleHttp\\Exception\\RequestException: cURL error 60: SSL certificate problem: unable to get local issuer certificate (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api.partner.example.com/v1/rates

@ reqwest | tls_certificate | cause
error sending request for url (https://ledger.internal/v1/entries): error trying to connect: invalid peer certificate: UnknownIssuer

@ nginx | tls_certificate | cause
2026/03/10 07:04:02 [error] 29#29: *9123 upstream SSL certificate verify error: (10:certificate has expired) while SSL handshaking to upstream, client: 10.244.0.8, server: _, request: "GET /api/ledger HTTP/1.1", upstream: "https://10.244.2.50:8443/api/ledger", host: "shop.example.com"

@ envoy | tls_certificate | cause
upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: TLS_error:|268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED:TLS_error_end

@ redis | tls_certificate | cause
1:M 10 Mar 2026 07:05:02.118 # Error accepting a client connection: error:0A000418:SSL routines::tlsv1 alert unknown ca (conn: fd=12)

@ elasticsearch | tls_certificate | cause
{"@timestamp":"2026-03-10T07:05:20.441Z", "log.level": "WARN", "message":"http client did not trust this server's certificate, closing connection Netty4HttpChannel{localAddress=/10.244.1.5:9200, remoteAddress=/10.244.2.9:51234}", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-0][transport_worker][T#2]","log.logger":"org.elasticsearch.http.AbstractHttpServerTransport","elasticsearch.node.name":"es-0","elasticsearch.cluster.name":"logs"}

@ psycopg2 | tls_certificate | cause
psycopg2.OperationalError: connection to server at "pg.prod.example.com" (10.0.3.4), port 5432 failed: SSL error: certificate verify failed

@ go-net-http | none | benign | tls_certificate
2026/03/10 07:06:02 http: TLS handshake error from 10.244.0.1:51872: EOF

@ mysql | none | benign | tls_certificate
2026-03-10T07:06:10.331882Z 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.

@ mongodb | none | benign | tls_certificate
{"t":{"$date":"2026-03-10T07:06:20.004+00:00"},"s":"I","c":"CONTROL","id":23285,"ctx":"-","msg":"Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"}

@ nodejs | none | benign | tls_certificate
(node:1) Warning: Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' makes TLS connections and HTTPS requests insecure by disabling certificate verification.\n(Use `node --trace-warnings ...` to show where the warning was created)

@ nginx | none | benign | tls_certificate
2026/03/10 07:06:40 [warn] 1#1: "ssl_stapling" ignored, issuer certificate not found for certificate "/etc/nginx/tls/tls.crt"

@ urllib3 | none | benign | tls_certificate
/usr/local/lib/python3.11/site-packages/urllib3/connectionpool.py:1103: InsecureRequestWarning: Unverified HTTPS request is being made to host 'vault.vault.svc'. Adding certificate verification is strongly advised. See: https://urllib3.readthedocs.io/en/latest/advanced-usage.html#tls-warnings\n  warnings.warn(

@ cert-manager | none | benign | tls_certificate
I0310 07:07:02.118004       1 trigger_controller.go:194] "cert-manager/certificates-trigger: Certificate must be re-issued" key="shop/api-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-03-10 07:07:00 +0000 UTC"

# ---------------- auth_failure ----------------

@ postgresql | auth_failure | cause
2026-03-11 08:01:02.118 UTC [12011] FATAL:  password authentication failed for user "orders"\n2026-03-11 08:01:02.118 UTC [12011] DETAIL:  Connection matched file "/var/lib/postgresql/data/pg_hba.conf" line 99: "host all all all scram-sha-256"

@ postgresql | auth_failure | cause
2026-03-11 08:01:14.551 UTC [12019] FATAL:  no pg_hba.conf entry for host "10.244.3.17", user "app", database "orders", no encryption

@ postgresql | auth_failure | cause
2026-03-11 08:01:30.004 UTC [12030] ERROR:  permission denied for table payments\n2026-03-11 08:01:30.004 UTC [12030] STATEMENT:  SELECT id, amount FROM payments WHERE order_id = $1

@ cloudnative-pg | auth_failure | cause
{"level":"info","ts":"2026-03-11T08:01:41.331Z","logger":"postgres","msg":"record","logging_pod":"pg-main-1","record":{"log_time":"2026-03-11 08:01:41.331 UTC","user_name":"app","database_name":"app","process_id":"12044","connection_from":"10.244.3.17:43210","session_id":"65ef2a15.2f0c","session_line_num":"1","command_tag":"authentication","session_start_time":"2026-03-11 08:01:41 UTC","virtual_transaction_id":"3/1842","transaction_id":"0","error_severity":"FATAL","sql_state_code":"28P01","message":"password authentication failed for user \"app\"","detail":"Connection matched file \"/var/lib/postgresql/data/pgdata/pg_hba.conf\" line 19: \"host all all all scram-sha-256\"","backend_type":"client backend","query_id":"0"}}

@ pgbouncer | auth_failure | cause
2026-03-11 08:02:02.118 UTC [1] WARNING C-0x55d1c2a3b4c0: orders/app@10.244.3.17:43210 pooler error: password authentication failed

@ mysql | auth_failure | cause
2026-03-11T08:02:14.551228Z 2211 [Note] [MY-010926] [Server] Access denied for user 'app'@'10.244.3.17' (using password: YES)

@ mongodb | auth_failure | cause
{"t":{"$date":"2026-03-11T08:02:30.118+00:00"},"s":"I","c":"ACCESS","id":20249,"ctx":"conn1234","msg":"Authentication failed","attr":{"mechanism":"SCRAM-SHA-256","speculative":true,"principalName":"orders","authenticationDatabase":"admin","remote":"10.244.3.17:43210","extraInfo":{},"error":"AuthenticationFailed: SCRAM authentication failed, storedKey mismatch"}}

@ mongodb-node-driver | auth_failure | cause
MongoServerError: Command find requires authentication\n    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:207:30) {\n  ok: 0,\n  code: 13,\n  codeName: 'Unauthorized'\n}

@ redis | auth_failure | cause
WRONGPASS invalid username-password pair or user is disabled.

@ ioredis | auth_failure | cause
ReplyError: NOAUTH Authentication required.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)

@ rabbitmq | auth_failure | cause
2026-03-11 08:03:02.331448+00:00 [error] <0.3120.0> PLAIN login refused: user 'orders' - invalid credentials

@ kafka-java-client | auth_failure | cause
org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512

@ kafka-java-client | auth_failure | cause
org.apache.kafka.common.errors.TopicAuthorizationException: Not authorized to access topics: [orders-events]

@ cassandra-java-driver | auth_failure | cause
com.datastax.oss.driver.api.core.auth.AuthenticationException: Authentication error on node cassandra-0.cassandra.data.svc.cluster.local/10.244.3.4:9042: server replied with 'Provided username app and/or password are incorrect' to AuthResponse request

@ clickhouse | auth_failure | cause
Code: 516. DB::Exception: Received from clickhouse:9000. DB::Exception: default: Authentication failed: password is incorrect, or there is no user with such name.. (AUTHENTICATION_FAILED)

@ elasticsearch | auth_failure | cause
{"error":{"root_cause":[{"type":"security_exception","reason":"unable to authenticate user [logstash_writer] for REST request [/_bulk]","header":{"WWW-Authenticate":["Basic realm=\"security\" charset=\"UTF-8\"","ApiKey"]}}],"type":"security_exception","reason":"unable to authenticate user [logstash_writer] for REST request [/_bulk]","header":{"WWW-Authenticate":["Basic realm=\"security\" charset=\"UTF-8\"","ApiKey"]}},"status":401}

@ botocore | auth_failure | cause
botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetItem operation: User: arn:aws:sts::123456789012:assumed-role/orders-irsa/botocore-session-1773216201 is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:eu-west-1:123456789012:table/orders because no identity-based policy allows the dynamodb:GetItem action

@ botocore | auth_failure | cause
botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the GetObject operation: The provided token has expired.

@ aws-sdk-go | auth_failure | cause
WebIdentityErr: failed to retrieve credentials\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\n\tstatus code: 403, request id: 3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9

@ google-cloud-python | auth_failure | cause
google.api_core.exceptions.Forbidden: 403 GET https://storage.googleapis.com/storage/v1/b/acme-exports/o/report.csv?projection=noAcl&prettyPrint=false: orders-sa@acme-prod.iam.gserviceaccount.com does not have storage.objects.get access to the Google Cloud Storage object. Permission 'storage.objects.get' denied on resource (or it may not exist).

@ azure-sdk-net | auth_failure | cause
Azure.RequestFailedException: This request is not authorized to perform this operation using this permission.\nRequestId:5f2a1b0c-701e-0042-3c1d-4e5f6a000000\nTime:2026-03-11T08:05:02.1184211Z\nStatus: 403 (This request is not authorized to perform this operation using this permission.)\nErrorCode: AuthorizationPermissionMismatch

@ stripe-python | auth_failure | cause
stripe.error.AuthenticationError: Invalid API Key provided: sk_live_*********************************3f9a

@ octokit | auth_failure | cause
HttpError: Bad credentials - https://docs.github.com/rest\n    at /app/node_modules/@octokit/request/dist-node/index.js:112:21 {\n  status: 401,

@ slack-sdk | auth_failure | cause
slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/chat.postMessage)\nThe server responded with: {'ok': False, 'error': 'invalid_auth'}

@ openai-python | auth_failure | cause
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************************abcd. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}

@ keycloak | auth_failure | cause
2026-03-11 08:06:02,331 WARN  [org.keycloak.events] (executor-thread-12) type=CLIENT_LOGIN_ERROR, realmId=shop, clientId=orders-service, userId=null, ipAddress=10.244.3.17, error=invalid_client_credentials, grant_type=client_credentials

@ golang-oauth2 | auth_failure | cause
oauth2: cannot fetch token: 401 Unauthorized\nResponse: {"error":"invalid_client","error_description":"Invalid client or Invalid client credentials"}

@ spring-security | auth_failure | cause
org.springframework.security.oauth2.jwt.JwtValidationException: An error occurred while attempting to decode the Jwt: Jwt expired at 2026-03-11T07:59:00Z

@ client-go | auth_failure | cause
E0311 08:06:40.118004       1 reflector.go:147] k8s.io/client-go@v0.29.2/tools/cache/reflector.go:229: Failed to watch *v1.ConfigMap: failed to list *v1.ConfigMap: configmaps is forbidden: User "system:serviceaccount:shop:orders" cannot list resource "configmaps" in API group "" in the namespace "shop"

@ minio | auth_failure | cause
botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The Access Key Id you provided does not exist in our records.

@ zookeeper | auth_failure | cause
org.apache.zookeeper.KeeperException$NoAuthException: KeeperErrorCode = NoAuth for /kafka/config/topics

@ envoy | auth_failure | cause
[2026-03-11T08:07:20.551Z] "POST /api/payments HTTP/1.1" 403 - rbac_access_denied_matched_policy[none] - "-" 0 19 0 - "-" "Go-http-client/1.1" "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d" "payments.shop.svc.cluster.local:8080" "-" inbound|8080|| - 10.244.2.60:8080 10.244.1.17:50212 outbound_.8080_._.payments.shop.svc.cluster.local default

@ pgbouncer | auth_failure | symptom
ERROR:  server login has been failing, try again later (server_login_retry)

@ spring-boot | auth_failure | symptom
2026-03-11T08:08:02.331Z ERROR 1 --- [checkout] [nio-8080-exec-4] c.a.checkout.PaymentsClient              : payment authorization failed\n\norg.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: "{"error":"invalid_token","error_description":"Token is not active"}"

@ envoy | auth_failure | symptom
RBAC: access denied

@ ingress-nginx | auth_failure | symptom
10.244.0.8 - - [11/Mar/2026:08:08:20 +0000] "POST /api/orders HTTP/1.1" 403 153 "-" "okhttp/4.12.0" 842 0.002 [shop-orders-8080] [] 10.244.2.31:8080 153 0.002 403 5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b

@ keycloak | none | benign | auth_failure
2026-03-11 08:09:02,118 WARN  [org.keycloak.events] (executor-thread-5) type=LOGIN_ERROR, realmId=shop, clientId=web, userId=5c2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9, ipAddress=203.0.113.44, error=invalid_user_credentials, auth_method=openid-connect, auth_type=code, redirect_uri=https://shop.example.com/callback, code_id=8d7c6b5a-4f3e-2d1c-0b9a-8f7e6d5c4b3a, username=jane.doe

@ minio | none | benign | auth_failure
WARNING: Detected default credentials 'minioadmin:minioadmin', we recommend that you change these values with 'MINIO_ROOT_USER' and 'MINIO_ROOT_PASSWORD' environment variables

@ mongodb | none | benign | auth_failure
{"t":{"$date":"2026-03-11T08:09:20.004+00:00"},"s":"W","c":"CONTROL","id":22120,"ctx":"initandlisten","msg":"Access control is not enabled for the database. Read and write access to data and configuration is unrestricted","tags":["startupWarnings"]}

@ spring-security | none | benign | auth_failure
2026-03-11T08:09:30.551Z  WARN 1 --- [admin] [           main] .s.s.UserDetailsServiceAutoConfiguration : \n\nUsing generated security password: 8f2c1d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f\n\nThis generated password is for development use only. Your security configuration must be updated before running your application in production.

@ postgresql | none | benign | auth_failure
2026-03-11 08:09:41.118 UTC [12101] LOG:  connection authorized: user=app database=orders application_name=PostgreSQL JDBC Driver

@ pgbouncer | none | benign | auth_failure
2026-03-11 08:09:52.331 UTC [1] LOG C-0x55d1c2a3b4d8: orders/app@10.244.3.17:43288 login attempt: db=orders user=app tls=no

@ django | none | benign | auth_failure
Unauthorized: /api/profile/

@ keycloak | none | benign | auth_failure
2026-03-11 08:10:02,004 INFO  [org.keycloak.events] (executor-thread-9) type=REFRESH_TOKEN, realmId=shop, clientId=web, userId=5c2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9, ipAddress=203.0.113.44, token_id=onrtrt:3f2a1b0c, grant_type=refresh_token, refresh_token_type=Refresh, scope=openid profile email, refresh_token_id=9e8d7c6b, client_auth_method=client-secret

# ---------------- config_error ----------------

@ spring-boot | config_error | cause
2026-03-12T06:01:02.118Z ERROR 1 --- [orders] [           main] o.s.b.d.LoggingFailureAnalysisReporter   : \n\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nFailed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured.\n\nReason: Failed to determine a suitable driver class

@ spring-boot | config_error | cause
Caused by: java.lang.IllegalArgumentException: Could not resolve placeholder 'PAYMENTS_API_KEY' in value "${PAYMENTS_API_KEY}"\n\tat org.springframework.util.PropertyPlaceholderHelper.parseStringValue(PropertyPlaceholderHelper.java:180)

@ spring-boot | config_error | cause
2026-03-12T06:01:30.004Z ERROR 1 --- [orders] [           main] o.s.b.d.LoggingFailureAnalysisReporter   : \n\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nFailed to bind properties under 'app.retry.max-attempts' to int:\n\n    Property: app.retry.max-attempts\n    Value: "three"\n    Origin: System Environment Property "APP_RETRY_MAXATTEMPTS"\n    Reason: failed to convert java.lang.String to int (caused by java.lang.NumberFormatException: For input string: "three")

@ hibernate | config_error | cause
org.hibernate.HibernateException: Unable to determine Dialect without JDBC metadata (please set 'jakarta.persistence.jdbc.url' for common cases or 'hibernate.dialect' when a custom Dialect implementation must be provided)

@ quarkus | config_error | cause
2026-03-12 06:02:02,118 ERROR [io.qua.run.Application] (main) Failed to start application: io.smallrye.config.ConfigValidationException: Configuration validation failed:\n\tSRCFG00014: The config property quarkus.datasource.jdbc.url is required but it could not be found in any config source

@ jvm | config_error | cause
Unrecognized VM option 'UseConcMarkSweepGC'\nError: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.

@ logback | config_error | cause
06:02:30,551 |-ERROR in ch.qos.logback.core.joran.spi.Interpreter@12:43 - no applicable action for [appendr], current ElementPath  is [[configuration][appendr]]

@ kafka-java-client | config_error | cause
org.apache.kafka.common.config.ConfigException: Missing required configuration "bootstrap.servers" which has no default value.

@ go | config_error | cause
2026/03/12 06:03:02 envconfig.Process: required key DATABASE_URL missing value

@ go | config_error | cause
{"level":"fatal","ts":1773295382.118,"caller":"cmd/main.go:34","msg":"invalid configuration","error":"env: required environment variable \"REDIS_ADDR\" is not set"}

@ viper | config_error | cause
time="2026-03-12T06:03:30Z" level=fatal msg="failed to read config" error="While parsing config: yaml: line 14: did not find expected key"

@ django | config_error | cause
django.core.exceptions.ImproperlyConfigured: Set the SECRET_KEY environment variable

@ python | config_error | cause
Traceback (most recent call last):\n  File "/app/settings.py", line 12, in <module>\n    DATABASE_URL = os.environ["DATABASE_URL"]\n  File "<frozen os>", line 679, in __getitem__\nKeyError: 'DATABASE_URL'

@ pydantic-settings | config_error | cause
pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings\ndatabase_url\n  Field required [type=missing, input_value={'redis_url': 'redis://redis:6379/0'}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.6/v/missing

@ uvicorn | config_error | cause
ERROR:    Error loading ASGI app. Could not import module "main".

@ nestjs | config_error | cause
[Nest] 1  - 03/12/2026, 6:04:02 AM   ERROR [ExceptionHandler] Config validation error: "DATABASE_URL" is required. "JWT_SECRET" is required\nError: Config validation error: "DATABASE_URL" is required. "JWT_SECRET" is required

@ nodejs | config_error | cause
TypeError: Invalid URL\n    at new URL (node:internal/url:775:36)\n    at Object.<anonymous> (/app/dist/config.js:8:19) {\n  code: 'ERR_INVALID_URL',\n  input: 'undefined'\n}

@ dotnet | config_error | cause
Unhandled exception. Microsoft.Extensions.Options.OptionsValidationException: DataAnnotation validation failed for 'StripeOptions' members: 'ApiKey' with the error: 'The ApiKey field is required.'.

@ efcore | config_error | cause
System.InvalidOperationException: The ConnectionString property has not been initialized.\n   at Npgsql.NpgsqlConnection.Open(Boolean async, CancellationToken cancellationToken)

@ rails | config_error | cause
/usr/local/bundle/gems/railties-7.1.3/lib/rails/application.rb:655:in `validate_secret_key_base': Missing `secret_key_base` for 'production' environment, set this string with `bin/rails credentials:edit` (ArgumentError)

@ laravel | config_error | cause
[2026-03-12 06:05:02] production.ERROR: No application encryption key has been specified. {"exception":"[object] (Illuminate\\\\Encryption\\\\MissingAppKeyException(code: 0): No application encryption key has been specified. at /var/www/html/vendor/laravel/framework/src/Illuminate/Encryption/EncryptionServiceProvider.php:79)"}

@ nginx | config_error | cause
2026/03/12 06:05:20 [emerg] 1#1: unknown directive "proxy_pas" in /etc/nginx/conf.d/default.conf:14\nnginx: [emerg] unknown directive "proxy_pas" in /etc/nginx/conf.d/default.conf:14

@ postgresql | config_error | cause
Error: Database is uninitialized and superuser password is not specified.\n       You must specify POSTGRES_PASSWORD to a non-empty value for the\n       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

@ postgresql | config_error | cause
2026-03-12 06:05:50.118 UTC [1] LOG:  invalid value for parameter "shared_buffers": "2GBB"\n2026-03-12 06:05:50.118 UTC [1] HINT:  Valid units for this parameter are "B", "kB", "MB", "GB", and "TB".\n2026-03-12 06:05:50.118 UTC [1] FATAL:  configuration file "/var/lib/postgresql/data/postgresql.conf" contains errors

@ mysql | config_error | cause
2026-03-12 06:06:02+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD

@ mysql | config_error | cause
2026-03-12T06:06:14.551882Z 0 [ERROR] [MY-000067] [Server] unknown variable 'innodb_buffer_pool_sizee=2G'.

@ redis | config_error | cause
*** FATAL CONFIG FILE ERROR (Redis 7.2.4) ***\nReading the configuration file, at line 12\n>>> 'maxmemory-policy allkeys-lruu'\nargument(s) must be one of the following: volatile-lru, allkeys-lru, volatile-lfu, allkeys-lfu, volatile-random, allkeys-random, volatile-ttl, noeviction

@ elasticsearch | config_error | cause
java.lang.IllegalArgumentException: unknown setting [xpack.security.enabeld] did you mean [xpack.security.enabled]?

@ spring-boot | none | benign | config_error
2026-03-12T06:07:02.004Z  INFO 1 --- [orders] [           main] com.acme.orders.OrdersApplication        : No active profile set, falling back to 1 default profile: "default"

@ spring-boot | none | benign | config_error
2026-03-12T06:07:05.331Z  WARN 1 --- [orders] [           main] JpaBaseConfiguration$JpaWebConfiguration : spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning

@ hibernate | none | benign | config_error
2026-03-12T06:07:04.118Z  WARN 1 --- [orders] [           main] org.hibernate.orm.deprecation            : HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)

@ kafka-java-client | none | benign | config_error
[2026-03-12 06:07:10,551] WARN These configurations '[schema.registry.url]' were supplied but are not used yet. (org.apache.kafka.clients.producer.ProducerConfig)

@ celery | none | benign | config_error
/usr/local/lib/python3.11/site-packages/celery/worker/consumer/consumer.py:507: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine\nwhether broker connection retries are made during startup in Celery 6.0 and above.\nIf you wish to retain the existing behavior for retrying connections on startup,\nyou should set broker_connection_retry_on_startup to True.\n  warnings.warn(

@ npm | none | benign | config_error
npm WARN config production Use `--omit=dev` instead.

@ nginx | none | benign | config_error
2026/03/12 06:07:30 [warn] 1#1: the "listen ... http2" directive is deprecated, use the "http2" directive instead in /etc/nginx/conf.d/default.conf:3

@ redis | none | benign | config_error
1:C 12 Mar 2026 06:07:40.118 # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf

@ quarkus | none | benign | config_error
2026-03-12 06:07:50,004 WARN  [io.quarkus.config] (main) Unrecognized configuration key "quarkus.http.cors" was provided; it will be ignored; verify that the dependency extension for this configuration is set or that you did not make a typo

@ dotnet | none | benign | config_error
warn: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35]\n      No XML encryptor configured. Key {3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9} may be persisted to storage in unencrypted form.

@ dotnet | none | benign | config_error
warn: Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware[3]\n      Failed to determine the https port for redirect.

@ mysql | none | benign | config_error
2026-03-12T06:08:02.331882Z 0 [Warning] [MY-011810] [Server] Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.

@ clickhouse | none | benign | config_error
2026.03.12 06:08:10.118223 [ 1 ] {} <Warning> Application: Listen [::]:9009 failed: Poco::Exception. Code: 1000, e.code() = 0, Net Exception: Address family for hostname not supported (version 24.3.2.23 (official build)). If it is an IPv6 or IPv4 address and your host has disabled IPv6 or IPv4, then consider to specify not disabled IPv4 or IPv6 address to listen in <listen_host> element of configuration file. Example for disabled IPv6: <listen_host>0.0.0.0</listen_host> . Example for disabled IPv4: <listen_host>::</listen_host>

@ jvm | none | benign | config_error
OpenJDK 64-Bit Server VM warning: Options -Xverify:none and -noverify were deprecated in JDK 13 and will likely be removed in a future release.

@ botocore | none | benign | config_error
/usr/local/lib/python3.7/site-packages/boto3/compat.py:82: PythonDeprecationWarning: Boto3 will no longer support Python 3.7 starting December 13, 2023. To continue receiving service updates, bug fixes, and security updates please upgrade to Python 3.8 or later. More information can be found here: https://aws.amazon.com/blogs/developer/python-support-policy-updates-for-aws-sdks-and-tools/\n  warnings.warn(warning, PythonDeprecationWarning)

@ apache-httpd | none | benign | config_error
[Thu Mar 12 06:08:30.441223 2026] [mpm_event:notice] [pid 1:tid 140234] AH00489: Apache/2.4.58 (Unix) configured -- resuming normal operations

# ---------------- resource_exhausted ----------------

@ hikaricp | resource_exhausted | cause
2026-03-13T10:01:02.118Z ERROR 1 --- [orders] [nio-8080-exec-61] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=42)

@ jvm | resource_exhausted | cause
Exception in thread "pool-3-thread-4012" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached\n\tat java.base/java.lang.Thread.start0(Native Method)\n\tat java.base/java.lang.Thread.start(Thread.java:1553)

@ tomcat | resource_exhausted | cause
13-Mar-2026 10:01:30.551 SEVERE [http-nio-8080-Acceptor] org.apache.tomcat.util.net.Acceptor.run Socket accept failed\n\tjava.io.IOException: Too many open files\n\t\tat java.base/sun.nio.ch.Net.accept(Native Method)

@ go-net-http | resource_exhausted | cause
2026/03/13 10:01:41 http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 5ms

@ nodejs | resource_exhausted | cause
Error: EMFILE: too many open files, open '/app/uploads/tmp/3f2a1b0c.part'\n    at Object.openSync (node:fs:581:18) {\n  errno: -24,\n  code: 'EMFILE',\n  syscall: 'open',\n  path: '/app/uploads/tmp/3f2a1b0c.part'\n}

@ nginx | resource_exhausted | cause
2026/03/13 10:02:02 [crit] 23#23: accept4() failed (24: Too many open files)

@ nginx | resource_exhausted | cause
2026/03/13 10:02:10 [alert] 23#23: 1024 worker_connections are not enough

@ go | resource_exhausted | cause
runtime: failed to create new OS thread (have 12 already; errno=11)\nruntime: may need to increase max user processes (ulimit -u)\nfatal error: newosproc

@ sqlalchemy | resource_exhausted | cause
sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)

@ knex | resource_exhausted | cause
KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?\n    at Client_PG.acquireConnection (/app/node_modules/knex/lib/client.js:312:26)

@ go-redis | resource_exhausted | cause
time="2026-03-13T10:03:02Z" level=error msg="session lookup failed" error="redis: connection pool timeout"

@ sqlx | resource_exhausted | cause
2026-03-13T10:03:10.441Z ERROR orders::handlers: query failed error=pool timed out while waiting for an open connection

@ npgsql | resource_exhausted | cause
Npgsql.NpgsqlException (0x80004005): The connection pool has been exhausted, either raise 'Max Pool Size' (currently 100) or 'Timeout' (currently 15 seconds) in your connection string.\n ---> System.TimeoutException: The operation has timed out.

@ activerecord | resource_exhausted | cause
ActiveRecord::ConnectionTimeoutError: could not obtain a connection from the pool within 5.000 seconds (waited 5.001 seconds); all pooled connections were in use

@ ecto | resource_exhausted | cause
10:03:41.118 [error] ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2851ms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:\n\n  1. Ensuring your database is available and that you can connect to it\n  2. Tracking down slow queries and making sure they are running fast enough\n  3. Increasing the pool_size (although this increases resource consumption)\n  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval

@ php-fpm | resource_exhausted | cause
[13-Mar-2026 10:04:02] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it

@ spring-boot | resource_exhausted | cause
org.springframework.core.task.TaskRejectedException: Executor [java.util.concurrent.ThreadPoolExecutor@1a2b3c4d[Running, pool size = 8, active threads = 8, queued tasks = 100, completed tasks = 51234]] did not accept task: org.springframework.aop.interceptor.AsyncExecutionInterceptor$$Lambda/0x00007f3a1c2b4e10@5e6f7a8b

@ envoy | resource_exhausted | cause
upstream connect error or disconnect/reset before headers. reset reason: overflow

@ nodejs | resource_exhausted | cause
Error: ENOSPC: System limit for number of file watchers reached, watch '/app/src'

@ postgresql | resource_exhausted | cause
2026-03-13 10:05:02.118 UTC [31] PANIC:  could not write to file "pg_wal/xlogtemp.31": No space left on device

@ postgresql | resource_exhausted | cause
2026-03-13 10:05:10.551 UTC [12233] ERROR:  could not extend file "base/16384/24576": No space left on device\n2026-03-13 10:05:10.551 UTC [12233] HINT:  Check free disk space.

@ mysql | resource_exhausted | cause
2026-03-13T10:05:20.118734Z 14 [ERROR] [MY-000035] [Server] Disk is full writing './binlog.000123' (OS errno 28 - No space left on device). Waiting for someone to free space... Retry in 60 secs. Message reprinted in 600 secs.

@ kafka | resource_exhausted | cause
[2026-03-13 10:05:31,004] ERROR Error while appending records to orders-events-3 in dir /var/lib/kafka/data (org.apache.kafka.storage.internals.log.LogDirFailureChannel)\njava.io.IOException: No space left on device

@ elasticsearch | resource_exhausted | cause
{"@timestamp":"2026-03-13T10:05:41.331Z", "log.level": "WARN", "message":"flood stage disk watermark [95%] exceeded on [Zq1hT8uVQ2aX5bC9dE0fGh][es-data-1][/usr/share/elasticsearch/data] free: 1.2gb[3.1%], all indices on this node will be marked read-only", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-data-1][management][T#2]","log.logger":"org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor","elasticsearch.node.name":"es-data-1","elasticsearch.cluster.name":"logs"}

@ redis | resource_exhausted | cause
1:M 13 Mar 2026 10:06:02.118 # Write error saving DB on disk: No space left on device

@ minio | resource_exhausted | cause
API: PutObject(bucket=exports, object=reports/2026-03-13.csv)\nTime: 10:06:10 UTC 03/13/2026\nDeploymentID: 3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9\nRequestID: 17BC2A3D4E5F6A7B\nRemoteHost: 10.244.3.17\nHost: minio-0.minio.storage.svc.cluster.local:9000\nUserAgent: aws-sdk-go/1.50.0 (go1.21.6; linux; amd64)\nError: Storage backend has reached its minimum free drive threshold. Please delete a few objects to proceed. (cmd.StorageFull)

@ kubelet | resource_exhausted | cause
Pod ephemeral local storage usage exceeds the total limit of containers 2Gi.

@ kubelet | resource_exhausted | cause
The node was low on resource: ephemeral-storage. Threshold quantity: 10359290747, available: 9876432Ki. Container worker was using 14Gi, request is 0, has larger consumption of ephemeral-storage.

@ hikaricp | resource_exhausted | symptom
2026-03-13T10:07:02.004Z  WARN 1 --- [orders] [l-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m12s318ms).

@ spring-boot | resource_exhausted | symptom
2026-03-13T10:07:10.551Z ERROR 1 --- [orders] [io-8080-exec-102] o.h.engine.jdbc.spi.SqlExceptionHelper   : Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after 30000ms.] [n/a]

@ elasticsearch | resource_exhausted | symptom
ClusterBlockException[index [logs-2026.03.13] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];]

@ redis | resource_exhausted | symptom
MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.

@ envoy | resource_exhausted | symptom
[2026-03-13T10:07:30.118Z] "POST /api/search HTTP/1.1" 503 UO upstream_reset_before_response_started{overflow} - "-" 214 81 0 - "10.244.0.8" "okhttp/4.12.0" "b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e" "search.shop.svc.cluster.local:8080" "-" outbound|8080||search.shop.svc.cluster.local - 10.96.55.1:8080 10.244.1.17:40412 - default

@ postgresql | none | benign | resource_exhausted
2026-03-13 10:08:02.118 UTC [27] LOG:  checkpoint complete: wrote 12344 buffers (75.3%); 0 WAL file(s) added, 0 removed, 9 recycled; write=269.871 s, sync=0.412 s, total=270.512 s; sync files=312, longest=0.098 s, average=0.002 s; distance=151212 kB, estimate=161220 kB; lsn=3/4F2A1B08, redo lsn=3/4C0E2D40

@ hikaricp | none | benign | resource_exhausted
2026-03-13T10:08:10.004Z DEBUG 1 --- [orders] [l-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Pool stats (total=10, active=2, idle=8, waiting=0)

@ redis | none | benign | resource_exhausted
1:M 13 Mar 2026 10:08:20.331 # WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.

@ php-fpm | none | benign | resource_exhausted
[13-Mar-2026 10:08:31] WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 children, there are 0 idle, and 11 total children

@ nginx | none | benign | resource_exhausted
2026/03/13 10:08:40 [warn] 29#29: *9911 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/1/00/0000000001 while reading upstream, client: 10.244.0.8, server: _, request: "GET /api/exports/81723.csv HTTP/1.1", upstream: "http://10.244.2.40:8080/api/exports/81723.csv", host: "shop.example.com"

@ nginx | none | benign | resource_exhausted
2026/03/13 10:08:44 [warn] 29#29: *9920 a client request body is buffered to a temporary file /var/cache/nginx/client_temp/0000000012, client: 10.244.0.8, server: _, request: "POST /api/uploads HTTP/1.1", host: "shop.example.com"

@ go | none | benign | resource_exhausted
2026/03/13 10:08:50 maxprocs: Leaving GOMAXPROCS=4: CPU quota undefined

@ kafka | none | benign | resource_exhausted
[2026-03-13 10:09:02,118] INFO [LocalLog partition=orders-events-3, dir=/var/lib/kafka/data] Deleting segment files LogSegment(baseOffset=0, size=1073741786, lastModifiedTime=1772366401000, largestRecordTimestamp=1772366400991) (kafka.log.LocalLog$)

@ hikaricp | none | benign | resource_exhausted
2026-03-13T10:09:10.331Z  INFO 1 --- [orders] [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.

# ---------------- storage ----------------

@ postgresql | storage | cause
initdb: error: directory "/var/lib/postgresql/data" exists but is not empty\ninitdb: detail: It contains a lost+found directory, perhaps due to it being a mount point.\ninitdb: hint: Using a mount point directly as the data directory is not recommended.\nCreate a subdirectory under the mount point.

@ postgresql | storage | cause
2026-03-14 05:01:02.118 UTC [1] FATAL:  data directory "/var/lib/postgresql/data/pgdata" has invalid permissions\n2026-03-14 05:01:02.118 UTC [1] DETAIL:  Permissions should be u=rwx (0700) or u=rwx,g=rx (0750).

@ postgresql | storage | cause
2026-03-14 05:01:30.551 UTC [12301] ERROR:  could not read block 1234 in file "base/16384/16397": Input/output error

@ postgresql | storage | cause
2026-03-14 05:01:41.004 UTC [31] PANIC:  could not fsync file "pg_wal/000000010000000A000000F3": Input/output error

@ bitnami-postgresql | storage | cause
mkdir: cannot create directory '/bitnami/postgresql/data': Permission denied

@ jvm | storage | cause
java.nio.file.FileSystemException: /data/uploads/tmp-3f2a1b0c.part: Read-only file system\n\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:100)

@ python | storage | cause
OSError: [Errno 30] Read-only file system: '/app/cache/session.db'

@ nodejs | storage | cause
Error: EROFS: read-only file system, open '/app/logs/app.log'\n    at Object.openSync (node:fs:581:18) {\n  errno: -30,\n  code: 'EROFS',\n  syscall: 'open',\n  path: '/app/logs/app.log'\n}

@ go | storage | cause
time="2026-03-14T05:02:20Z" level=fatal msg="failed to persist state" error="open /var/lib/app/state.json: read-only file system"

@ redis | storage | cause
1:M 14 Mar 2026 05:02:30.118 # Failed opening the temp RDB file temp-1422.rdb (in server root dir /data) for saving: Read-only file system

@ mysql | storage | cause
2026-03-14T05:02:50.331882Z 1 [ERROR] [MY-012592] [InnoDB] Operating system error number 30 in a file operation.\n2026-03-14T05:02:50.331901Z 1 [ERROR] [MY-012596] [InnoDB] Error number 30 means 'Read-only file system'

@ mongodb | storage | cause
{"t":{"$date":"2026-03-14T05:03:02.118+00:00"},"s":"E","c":"CONTROL","id":20557,"ctx":"initandlisten","msg":"DBException in initAndListen, terminating","attr":{"error":"IllegalOperation: Attempted to create a lock file on a read-only directory: /data/db"}}

@ mongodb | storage | cause
{"t":{"$date":"2026-03-14T05:03:10.551+00:00"},"s":"E","c":"CONTROL","id":20557,"ctx":"initandlisten","msg":"DBException in initAndListen, terminating","attr":{"error":"NonExistentPath: Data directory /data/db not found. Create the missing directory or specify another path using (1) the --dbpath command line option, or (2) by adding the 'storage.dbPath' option in the configuration file."}}

@ elasticsearch | storage | cause
java.lang.IllegalStateException: failed to obtain node locks, tried [/usr/share/elasticsearch/data]; maybe these locations are not writable or multiple nodes were started on the same data path?\nCaused by: java.nio.file.AccessDeniedException: /usr/share/elasticsearch/data/node.lock

@ kafka | storage | cause
[2026-03-14 05:03:30,004] ERROR Shutdown broker because all log dirs in /var/lib/kafka/data have failed (kafka.log.LogManager)

@ cassandra | storage | cause
ERROR [COMMIT-LOG-ALLOCATOR] 2026-03-14 05:03:41,118 StorageService.java:488 - Stopping native transport\nFSWriteError in /var/lib/cassandra/commitlog/CommitLog-7-1773464621118.log\n\tat org.apache.cassandra.db.commitlog.CommitLogSegment.<init>(CommitLogSegment.java:181)\nCaused by: java.io.IOException: Input/output error

@ minio | storage | cause
Error: Drive `/data` is part of root drive, will not be used (*errors.errorString)

@ nginx | storage | cause
2026/03/14 05:04:02 [emerg] 1#1: mkdir() "/var/cache/nginx/client_temp" failed (30: Read-only file system)

@ nginx | storage | cause
nginx: [emerg] open() "/var/run/nginx.pid" failed (13: Permission denied)

@ kubelet | storage | cause
MountVolume.SetUp failed for volume "pvc-3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9" : rpc error: code = Internal desc = mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t ext4 -o defaults /dev/nvme2n1 /var/lib/kubelet/pods/3b8c1e2f-5a6d-4e7f-8091-a2b3c4d5e6f7/volumes/kubernetes.io~csi/pvc-3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9/mount\nOutput: mount: /var/lib/kubelet/pods/3b8c1e2f-5a6d-4e7f-8091-a2b3c4d5e6f7/volumes/kubernetes.io~csi/pvc-3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9/mount: wrong fs type, bad option, bad superblock on /dev/nvme2n1, missing codepage or helper program, or other error.

@ kubelet | storage | cause
Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-x7k2p]: timed out waiting for the condition

@ attachdetach-controller | storage | cause
Multi-Attach error for volume "pvc-7e6d5c4b-3a2f-4e1d-9c8b-7a6f5e4d3c2b" Volume is already used by pod(s) orders-db-0

@ kube-scheduler | storage | cause
0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling..

@ persistentvolume-controller | storage | cause
storageclass.storage.k8s.io "fast-ssd" not found

@ postgresql | storage | symptom
2026-03-14 05:05:02.118 UTC [12401] WARNING:  page verification failed, calculated checksum 41723 but expected 18210\n2026-03-14 05:05:02.118 UTC [12401] ERROR:  invalid page in block 1234 of relation base/16384/16397

@ redis | storage | symptom
1:M 14 Mar 2026 05:05:10.331 # Background saving error

@ redis | none | benign | storage
1:M 14 Mar 2026 05:06:02.118 * Background saving started by pid 1422

@ redis | none | benign | storage
1:M 14 Mar 2026 05:06:04.551 * Background saving terminated with success

@ postgresql | none | benign | storage
2026-03-14 05:06:10.004 UTC [27] LOG:  checkpoint starting: time

@ dotnet | none | benign | storage
warn: Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository[60]\n      Storing keys in a directory '/root/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning

@ elasticsearch | none | benign | storage
{"@timestamp":"2026-03-14T05:06:20.118Z", "log.level": "INFO", "message":"using [1] data paths, mounts [[/usr/share/elasticsearch/data (/dev/nvme1n1)]], net usable_space [92.1gb], net total_space [98.3gb], types [ext4]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"main","log.logger":"org.elasticsearch.env.NodeEnvironment","elasticsearch.node.name":"es-data-1","elasticsearch.cluster.name":"logs"}

@ mongodb | none | benign | storage
{"t":{"$date":"2026-03-14T05:06:30.331+00:00"},"s":"I","c":"WTCHKPT","id":22430,"ctx":"Checkpointer","msg":"WiredTiger message","attr":{"message":{"ts_sec":1773464790,"ts_usec":331204,"thread":"1:0x7f3b2c1d4740","session_name":"WT_SESSION.checkpoint","category":"WT_VERB_CHECKPOINT_PROGRESS","category_id":6,"verbose_level":"DEBUG_1","verbose_level_id":1,"msg":"saving checkpoint snapshot min: 4412, snapshot max: 4412 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 181223"}}}

@ kubelet | none | benign | storage
MountVolume.SetUp succeeded for volume "pvc-3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9"

@ mysql | none | benign | storage
2026-03-14T05:06:40.118734Z 0 [System] [MY-010229] [Server] Starting XA crash recovery...\n2026-03-14T05:06:40.124410Z 0 [System] [MY-010232] [Server] XA crash recovery finished.

# ---------------- database ----------------

@ postgresql | database | cause
2026-03-14 06:01:02.118 UTC [12511] FATAL:  sorry, too many clients already

@ postgresql | database | cause
2026-03-14 06:01:10.551 UTC [12519] FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute

@ postgresql | database | cause
2026-03-14 06:01:20.004 UTC [12530] ERROR:  deadlock detected\n2026-03-14 06:01:20.004 UTC [12530] DETAIL:  Process 12530 waits for ShareLock on transaction 918273; blocked by process 12544.\n\tProcess 12544 waits for ShareLock on transaction 918270; blocked by process 12530.\n\tProcess 12530: UPDATE inventory SET reserved = reserved + 1 WHERE sku = 'SKU-1042'\n\tProcess 12544: UPDATE inventory SET reserved = reserved + 1 WHERE sku = 'SKU-2210'\n2026-03-14 06:01:20.004 UTC [12530] HINT:  See server log for query details.\n2026-03-14 06:01:20.004 UTC [12530] CONTEXT:  while updating tuple (12,7) in relation "inventory"

@ postgresql | database | cause
2026-03-14 06:01:30.331 UTC [12541] ERROR:  duplicate key value violates unique constraint "orders_external_id_key"\n2026-03-14 06:01:30.331 UTC [12541] DETAIL:  Key (external_id)=(ch_3OqZ8b2eZvKYlo2C1x9yQ2rT) already exists.

@ postgresql | database | cause
2026-03-14 06:01:50.551 UTC [12562] ERROR:  cannot execute INSERT in a read-only transaction

@ postgresql | database | cause
2026-03-14 06:02:02.004 UTC [88] FATAL:  could not receive data from WAL stream: ERROR:  requested WAL segment 000000010000000A000000F3 has already been removed

@ postgresql | database | cause
2026-03-14 06:02:10.331 UTC [12580] ERROR:  canceling statement due to conflict with recovery\n2026-03-14 06:02:10.331 UTC [12580] DETAIL:  User query might have needed to see row versions that must be removed.

@ postgresql | database | cause
2026-03-14 06:02:20.118 UTC [12591] WARNING:  database "orders" must be vacuumed within 10985967 transactions\n2026-03-14 06:02:20.118 UTC [12591] HINT:  To avoid a database shutdown, execute a database-wide VACUUM in that database.

@ pgbouncer | database | cause
2026-03-14 06:02:30.551 UTC [1] WARNING C-0x55d1c2a3b5f0: (nodb)/(nouser)@10.244.3.21:51220 pooler error: no more connections allowed (max_client_conn)

@ spring-boot | database | cause
org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint "uk_orders_external_id"\n  Detail: Key (external_id)=(ch_3OqZ8b2eZvKYlo2C1x9yQ2rT) already exists.] [insert into orders (created_at,customer_id,external_id,status,total,id) values (?,?,?,?,?,?)]; SQL [insert into orders (created_at,customer_id,external_id,status,total,id) values (?,?,?,?,?,?)]; constraint [uk_orders_external_id]

@ flyway | database | cause
org.flywaydb.core.internal.command.DbMigrate$FlywayMigrateException: Migration V42__add_order_index.sql failed\n-----------------------------------------\nSQL State  : 42P07\nError Code : 0\nMessage    : ERROR: relation "idx_orders_customer" already exists\nLocation   : db/migration/V42__add_order_index.sql (/app/BOOT-INF/classes/db/migration/V42__add_order_index.sql)\nLine       : 1\nStatement  : CREATE INDEX idx_orders_customer ON orders (customer_id)

@ liquibase | database | cause
liquibase.exception.LockException: Could not acquire change log lock.  Currently locked by orders-7d9f8c6b5-x2k4p (10.244.3.17) since 3/14/26, 5:52 AM

@ django | database | cause
django.db.utils.ProgrammingError: relation "orders_order" does not exist\nLINE 1: ...", "orders_order"."status" FROM "orders_order" WHERE...

@ rails | database | cause
ActiveRecord::PendingMigrationError: \n\nMigrations are pending. To resolve this issue, run:\n\n        bin/rails db:migrate RAILS_ENV=production

@ alembic | database | cause
alembic.util.exc.CommandError: Can't locate revision identified by 'a1b2c3d4e5f6'

@ npgsql | database | cause
Npgsql.PostgresException (0x80004005): 42P01: relation "Orders" does not exist\n\nPOSITION: 15\n   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)

@ mysql | database | cause
SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction

@ mysql | database | cause
SQLSTATE[HY000] [1040] Too many connections

@ mysql | database | cause
2026-03-14T06:04:02.118734Z 12 [ERROR] [MY-010584] [Repl] Replica SQL for channel '': Worker 1 failed executing transaction 'ANONYMOUS' at source log mysql-bin.000042, end_log_pos 81723; Could not execute Write_rows event on table shop.orders; Duplicate entry '100234' for key 'orders.PRIMARY', Error_code: 1062; handler error HA_ERR_FOUND_DUPP_KEY; the event's source log mysql-bin.000042, end_log_pos 81723, Error_code: MY-001062

@ galera | database | cause
2026-03-14  6:04:10 0 [ERROR] WSREP: failed to open gcomm backend connection: 110: failed to reach primary view (pc.wait_prim_timeout): 110 (Connection timed out)

@ mongodb | database | cause
MongoServerError: E11000 duplicate key error collection: shop.orders index: orderNumber_1 dup key: { orderNumber: "SO-100234" }

@ mongodb | database | cause
MongoServerError: not primary\n    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:207:30) {\n  code: 10107,\n  codeName: 'NotWritablePrimary'

@ mongodb | database | cause
{"t":{"$date":"2026-03-14T06:04:30.551+00:00"},"s":"I","c":"NETWORK","id":22942,"ctx":"listener","msg":"Connection refused because there are too many open connections","attr":{"remote":"10.244.3.17:51844","isLoadBalanced":false,"connectionCount":819}}

@ redis | database | cause
ERR max number of clients reached

@ redis | database | cause
CLUSTERDOWN The cluster is down

@ cassandra-java-driver | database | cause
com.datastax.oss.driver.api.core.servererrors.UnavailableException: Not enough replicas available for query at consistency LOCAL_QUORUM (2 required but only 1 alive)

@ elasticsearch | database | cause
{"@timestamp":"2026-03-14T06:05:02.118Z", "log.level": "WARN", "message":"Cluster health status changed from [YELLOW] to [RED] (reason: [shards failed [[logs-2026.03.14][2]]]).", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-master-0][masterService#updateTask][T#1]","log.logger":"org.elasticsearch.cluster.routing.allocation.AllocationService","elasticsearch.node.name":"es-master-0","elasticsearch.cluster.name":"logs"}

@ kafka | database | cause
org.apache.kafka.common.errors.NotEnoughReplicasException: The size of the current ISR Set(1) is insufficient to satisfy the min.isr requirement of 2 for partition orders-events-3

@ kafka | database | cause
[2026-03-14 06:05:20,004] INFO [Partition orders-events-3 broker=1] Shrinking ISR from 1,2,3 to 1. Leader: (highWatermark: 12345, endOffset: 12400). Out of sync replicas: (brokerId: 2, endOffset: 12345, lastCaughtUpTimeMs: 1773468290004) (brokerId: 3, endOffset: 12300, lastCaughtUpTimeMs: 1773468281118). (kafka.cluster.Partition)

@ clickhouse | database | cause
Code: 252. DB::Exception: Too many parts (300 with average size of 1.21 MiB) in table 'default.events (3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9)'. Merges are processing significantly slower than inserts. (TOO_MANY_PARTS) (version 24.3.2.23 (official build))

@ postgresql | database | symptom
2026-03-14 06:06:02.118 UTC [12701] FATAL:  the database system is in recovery mode

@ redis | database | symptom
READONLY You can't write against a read only replica.

@ redis | database | symptom
LOADING Redis is loading the dataset in memory

@ redis-sentinel | database | symptom
1:X 14 Mar 2026 06:06:20.331 # +odown master mymaster 10.244.1.5 6379 #quorum 2/2

@ redis-sentinel | database | symptom
1:X 14 Mar 2026 06:06:31.551 # +switch-master mymaster 10.244.1.5 6379 10.244.2.8 6379

@ patroni | database | symptom
2026-03-14 06:06:40,118 INFO: promoted self to leader by acquiring session lock

@ kafka-java-client | database | symptom
[2026-03-14 06:06:50,004] WARN [Producer clientId=producer-1] Received invalid metadata error in produce request on partition orders-events-3 due to org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic partition.. Going to request metadata update now (org.apache.kafka.clients.producer.internals.Sender)

@ postgresql | none | benign | database
2026-03-14 06:07:02.118 UTC [12801] NOTICE:  relation "schema_migrations" already exists, skipping

@ postgresql | none | benign | database
2026-03-14 06:07:10.331 UTC [12810] FATAL:  the database system is starting up

@ postgresql | none | benign | database
2026-03-14 06:07:12.004 UTC [1] LOG:  database system is ready to accept connections

@ flyway | none | benign | database
2026-03-14T06:07:20.118Z  INFO 1 --- [orders] [           main] o.f.core.internal.command.DbMigrate      : Successfully applied 1 migration to schema "public", now at version v43 (execution time 00:00.118s)

@ flyway | none | benign | database
2026-03-14T06:07:21.551Z  INFO 1 --- [orders] [           main] o.f.core.internal.command.DbMigrate      : Schema "public" is up to date. No migration necessary.

@ liquibase | none | benign | database
2026-03-14T06:07:30.004Z  INFO 1 --- [orders] [           main] liquibase.lockservice                    : Waiting for changelog lock....

@ django | none | benign | database
Operations to perform:\n  Apply all migrations: admin, auth, contenttypes, orders, sessions\nRunning migrations:\n  No migrations to apply.

@ alembic | none | benign | database
INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.\nINFO  [alembic.runtime.migration] Will assume transactional DDL.

@ kafka-java-client | none | benign | database
[2026-03-14 06:07:40,118] WARN [Producer clientId=producer-1] Error while fetching metadata with correlation id 4 : {orders-events=LEADER_NOT_AVAILABLE} (org.apache.kafka.clients.NetworkClient)

@ zookeeper | none | benign | database
2026-03-14 06:07:50,331 - INFO  [ProcessThread(sid:1 cport:-1)::PrepRequestProcessor@645] - Got user-level KeeperException when processing sessionid:0x18e2c1a9f4d0031 type:create cxid:0x12 zxid:0x200000a4e txntype:-1 reqpath:n/a Error Path:/brokers/ids Error:KeeperErrorCode = NodeExists for /brokers/ids

@ elasticsearch | none | benign | database
{"@timestamp":"2026-03-14T06:08:02.118Z", "log.level": "INFO", "message":"Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[logs-2026.03.14][0]]]).", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-master-0][masterService#updateTask][T#1]","log.logger":"org.elasticsearch.cluster.routing.allocation.AllocationService","elasticsearch.node.name":"es-master-0","elasticsearch.cluster.name":"logs"}

@ patroni | none | benign | database
2026-03-14 06:08:10,004 INFO: no action. I am (pg-main-0), the leader with the lock

@ patroni | none | benign | database
2026-03-14 06:08:10,551 INFO: no action. I am (pg-main-1), a secondary, and following a leader (pg-main-0)

@ redis | none | benign | database
1:S 14 Mar 2026 06:08:20.118 * MASTER <-> REPLICA sync: Finished with success

@ kafka | none | benign | database
[2026-03-14 06:08:30,331] INFO [GroupCoordinator 1]: Preparing to rebalance group orders in state PreparingRebalance with old generation 41 (__consumer_offsets-12) (reason: Adding new member consumer-orders-1-3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9 with group instance id None; client reason: need to re-join with the given member-id: consumer-orders-1-3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9) (kafka.coordinator.group.GroupCoordinator)

@ kafka | none | benign | database
[2026-03-14 06:08:40,118] INFO [Partition orders-events-3 broker=1] ISR updated to 1,2,3 and version updated to 42 (kafka.cluster.Partition)

@ mongodb | none | benign | database
{"t":{"$date":"2026-03-14T06:08:50.551+00:00"},"s":"I","c":"REPL","id":21358,"ctx":"ReplCoord-0","msg":"Replica set state transition","attr":{"newState":"SECONDARY","oldState":"STARTUP2"}}

@ mysql | none | benign | database
2026-03-14T06:09:02.118734Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.

@ postgresql | none | benign | database
2026-03-14 06:09:10.331 UTC [13001] LOG:  automatic vacuum of table "orders.public.order_events": index scans: 1\n\tpages: 0 removed, 81723 remain, 412 scanned (0.50% of total)\n\ttuples: 12344 removed, 4120312 remain, 0 are dead but not yet removable

# ---------------- rate_limited ----------------

@ botocore | rate_limited | cause
botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the GetSecretValue operation (reached max retries: 4): Rate exceeded

@ botocore | rate_limited | cause
botocore.errorfactory.ProvisionedThroughputExceededException: An error occurred (ProvisionedThroughputExceededException) when calling the PutItem operation (reached max retries: 9): The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.

@ botocore | rate_limited | cause
botocore.exceptions.ClientError: An error occurred (SlowDown) when calling the PutObject operation (reached max retries: 4): Please reduce your request rate.

@ aws-sdk-java-v2 | rate_limited | cause
software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException: Rate exceeded for shard shardId-000000000003 in stream orders under account 123456789012. (Service: Kinesis, Status Code: 400, Request ID: f2a1b0c9-d8e7-4f6a-b5c4-d3e2f1a0b9c8)

@ aws-sdk-go-v2 | rate_limited | cause
operation error SSM: GetParameter, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: 7c2f1e0d-9b8a-4c7d-8e6f-5a4b3c2d1e0f, api error ThrottlingException: Rate exceeded

@ aws-sdk-go-v2 | rate_limited | cause
operation error DynamoDB: Query, failed to get rate limit token, retry quota exceeded, 0 available, 5 requested

@ google-cloud-python | rate_limited | cause
google.api_core.exceptions.TooManyRequests: 429 Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:123456789012'.

@ google-api-go | rate_limited | cause
googleapi: Error 403: Exceeded rate limits: too many table update operations for this table. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas, rateLimitExceeded

@ azure-cosmos | rate_limited | cause
Microsoft.Azure.Cosmos.CosmosException : Response status code does not indicate success: TooManyRequests (429); Substatus: 3200; ActivityId: 5c7e2a1b-3d4f-5a6b-7c8d-9e0f1a2b3c4d; Reason: (Message: {"Errors":["Request rate is large. More Request Units may be needed, so no changes were made. Please try again later. Learn more: http://aka.ms/cosmosdb-error-429"]}

@ stripe-python | rate_limited | cause
stripe.error.RateLimitError: Request req_8Kd2Lm4Np6Qr: Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.

@ octokit | rate_limited | cause
HttpError: API rate limit exceeded for installation ID 12345678. If you reach out to GitHub Support for help, please include the request ID C3F2:1A2B:3C4D5E:6F7A8B:65EF2A15 and timestamp 2026-03-14 07:01:02 UTC. - https://docs.github.com/rest/overview/rate-limits-for-the-rest-api\n    at /app/node_modules/@octokit/request/dist-node/index.js:112:21 {\n  status: 403,

@ github-api | rate_limited | cause
{"message":"You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later. If you reach out to GitHub Support for help, please include the request ID D4E5:2B3C:4D5E6F:7A8B9C:65EF2A20.","documentation_url":"https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"}

@ openai-python | rate_limited | cause
openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-AbC123dEf456 on tokens per min (TPM): Limit 30000, Used 28850, Requested 2400. Please try again in 2.5s. Visit https://platform.openai.com/account/rate-limits to learn more.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}

@ openai-python | rate_limited | cause
openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}

@ anthropic-python | rate_limited | cause
anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit (https://docs.anthropic.com/en/api/rate-limits); see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later. You may also contact sales at https://www.anthropic.com/contact-sales to discuss your options for a rate limit increase.'}}

@ slack-sdk | rate_limited | cause
slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/chat.postMessage)\nThe server responded with: {'ok': False, 'error': 'ratelimited'}

@ slack-bolt-js | rate_limited | cause
[WARN]  web-api:WebClient:0 API Call failed due to rate limiting. Will retry in 30 seconds.

@ okta | rate_limited | cause
{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oae7Xq2LmN4pR6sT8vW0yZ","errorCauses":[]}

@ auth0 | rate_limited | cause
{"statusCode":429,"error":"Too Many Requests","message":"Global limit has been reached","errorCode":"too_many_requests"}

@ envoy | rate_limited | cause
[2026-03-14T07:03:02.118Z] "POST /api/orders HTTP/1.1" 429 RL request_rate_limited - "-" 0 18 0 - "203.0.113.7" "python-requests/2.31.0" "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b" "api.example.com" "-" - - 10.244.1.17:8080 203.0.113.7:51220 - default

@ nginx | rate_limited | cause
2026/03/14 07:03:10 [error] 29#29: *8812 limiting requests, excess: 20.540 by zone "api", client: 203.0.113.7, server: api.example.com, request: "POST /v1/login HTTP/1.1", host: "api.example.com"

@ resilience4j | rate_limited | cause
io.github.resilience4j.ratelimiter.RequestNotPermitted: RateLimiter 'partner-api' does not permit further calls

@ cert-manager | rate_limited | cause
E0314 07:03:30.551004       1 controller.go:167] "cert-manager/orders: re-queuing item due to error processing" err="failed to create Order resource due to bad request, marking Order as failed: 429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many certificates (5) already issued for this exact set of domains in the last 168 hours: api.example.com, retry after 2026-03-15T02:11:09Z: see https://letsencrypt.org/docs/rate-limits/#new-certificates-per-exact-set-of-hostnames"

@ client-go | rate_limited | cause
E0314 07:03:40.118004       1 leaderelection.go:332] error retrieving resource lock shop/orders-controller: the server has received too many requests and has asked us to try again later (get leases.coordination.k8s.io orders-controller)

@ spring-boot | rate_limited | symptom
2026-03-14T07:04:02.331Z ERROR 1 --- [notify] [nio-8080-exec-3] c.a.notify.SmsClient                     : sms send failed\n\norg.springframework.web.client.HttpClientErrorException$TooManyRequests: 429 Too Many Requests: "{"code":20429,"message":"Too Many Requests","more_info":"https://www.twilio.com/docs/errors/20429","status":429}"

@ ingress-nginx | rate_limited | symptom
203.0.113.7 - - [14/Mar/2026:07:04:10 +0000] "POST /v1/login HTTP/1.1" 503 190 "-" "python-requests/2.31.0" 312 0.000 [api-login-8080] [] - - - - 0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e

@ go | rate_limited | symptom
time=2026-03-14T07:04:20.551Z level=WARN msg="partner api throttled" status=429 retry_after=30s endpoint=/v2/quotes

@ client-go | none | benign | rate_limited
I0314 07:05:02.118004       1 request.go:697] Waited for 1.19s due to client-side throttling, not priority and fairness, request: GET:https://10.96.0.1:443/api/v1/namespaces/shop/pods?labelSelector=app%3Dorders

@ nginx | none | benign | rate_limited
2026/03/14 07:05:10 [warn] 29#29: *9001 delaying request, excess: 0.420, by zone "api", client: 10.244.0.8, server: api.example.com, request: "GET /v1/catalog HTTP/1.1", host: "api.example.com"

@ kafka | none | benign | rate_limited
[2026-03-14 07:05:20,331] INFO [ThrottledChannelReaper-Fetch]: Starting (kafka.server.ClientQuotaManager$ThrottledChannelReaper)

@ resilience4j | none | benign | rate_limited
2026-03-14T07:05:30.004Z: Retry 'github-api' recorded a successful retry attempt. Number of retry attempts: '1', Last exception was: 'com.acme.github.RateLimitedException: 429 Too Many Requests'.

@ botocore | none | benign | rate_limited
2026-03-14 07:05:40,118 DEBUG botocore.retryhandler No retry needed.

# ---------------- additions: causes ----------------

@ kubelet | config_error | cause
Error: couldn't find key database-url in Secret shop/orders-db

@ kubelet | config_error | cause
Error: configmap "orders-config" not found

@ celery | dns_resolution | cause
[2026-03-07 06:19:02,331: ERROR/MainProcess] consumer: Cannot connect to amqp://orders:**@rabbitmq.messaging.svc.cluster.local:5672//: [Errno -3] Temporary failure in name resolution.\nTrying again in 4.00 seconds... (2/100)

@ feign | dns_resolution | cause
feign.RetryableException: inventory: Name or service not known executing GET http://inventory/api/stock/42\n\tat feign.FeignException.errorExecuting(FeignException.java:268)\nCaused by: java.net.UnknownHostException: inventory: Name or service not known

@ nodejs | dns_resolution | cause
Error: queryA ETIMEOUT redis-master.cache.svc.cluster.local\n    at QueryReqWrap.onresolve [as oncomplete] (node:internal/dns/promises:291:17) {\n  errno: undefined,\n  code: 'ETIMEOUT',\n  syscall: 'queryA',\n  hostname: 'redis-master.cache.svc.cluster.local'\n}

@ httpx | rate_limited | cause
2026-03-14 07:06:02,118 INFO httpx HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 429 Too Many Requests"

@ kubelet | probe_failure | cause
Readiness probe failed: Get "http://10.244.3.12:15021/healthz/ready": dial tcp 10.244.3.12:15021: connect: connection refused

@ kubectl | node_failure | cause
ip-10-0-3-41.eu-west-1.compute.internal   NotReady   <none>   41d   v1.29.1

@ kubectl | oom_killed | cause
cart-7d9f8c6b5-x2k4p   0/1     OOMKilled   3 (40s ago)   5m12s

# ---------------- additions: symptoms ----------------

@ spring-boot | config_error | symptom
2026-03-12T06:01:20.331Z ERROR 1 --- [payments] [           main] o.s.boot.SpringApplication               : Application run failed\n\norg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'paymentClient': Injection of autowired dependencies failed

@ kubectl | config_error | symptom
orders-7d9f8c6b5-q8w2e   0/1     CreateContainerConfigError   0          45s

@ nginx | config_error | symptom
nginx: configuration file /etc/nginx/nginx.conf test failed

@ grpc-go | dns_resolution | symptom
rpc error: code = Unavailable desc = last resolver error: produced zero addresses

@ go-net-http | tls_certificate | symptom
2026/03/10 07:03:02 http: TLS handshake error from 10.244.2.9:44120: remote error: tls: bad certificate

@ jvm | tls_certificate | symptom
javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown

@ kafka | tls_certificate | symptom
[2026-03-10 07:03:20,551] INFO [SocketServer listenerType=BROKER, nodeId=1] Failed authentication with /10.244.3.17 (channelId=10.244.1.5:9093-10.244.3.17:51844-12) (SSL handshake failed) (org.apache.kafka.common.network.Selector)

@ postgresql | tls_certificate | symptom
2026-03-10 07:03:30.118 UTC [12001] LOG:  could not accept SSL connection: sslv3 alert bad certificate

@ mongodb | storage | symptom
{"t":{"$date":"2026-03-14T05:05:20.118+00:00"},"s":"F","c":"ASSERT","id":23089,"ctx":"Checkpointer","msg":"Fatal assertion","attr":{"msgid":28559,"file":"src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp","line":712}}

@ kafka | storage | symptom
[2026-03-14 05:05:30,004] WARN Stopping serving logs in dir /var/lib/kafka/data (kafka.log.LogManager)

@ openai-python | rate_limited | symptom
2026-03-14 07:06:02,120 INFO openai._base_client Retrying request to /chat/completions in 2.500000 seconds

@ ingress-nginx | probe_failure | symptom
W0306 08:09:02.118004       7 controller.go:1214] Service "shop/orders" does not have any active Endpoint.

@ kubectl | scheduling | symptom
reports-5f6c7d8e9-q2w3e   0/1     Pending   0          14m

@ cluster-autoscaler | scheduling | symptom
I0306 09:10:02.331004       1 klogx.go:87] Pod shop/reports-5f6c7d8e9-q2w3e is unschedulable

@ kubectl | node_failure | symptom
orders-7d9f8c6b5-x2k4p   1/1     Terminating   0          3d2h

@ feign | auth_failure | symptom
feign.FeignException$Forbidden: [403 Forbidden] during [POST] to [http://payments/api/charges] [PaymentsClient#charge(ChargeRequest)]: [RBAC: access denied]

@ ingress-nginx | auth_failure | symptom
10.244.0.8 - - [11/Mar/2026:08:08:31 +0000] "GET /api/orders?page=1 HTTP/1.1" 401 0 "-" "okhttp/4.12.0" 612 0.003 [shop-orders-8080] [] 10.244.2.31:8080 0 0.003 401 6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c

@ kubectl | application_error | symptom
orders-7d9f8c6b5-x2k4p   0/1     CrashLoopBackOff   6 (2m1s ago)   9m

@ redis-sentinel | database | symptom
1:X 14 Mar 2026 06:06:12.004 # +sdown master mymaster 10.244.1.5 6379

@ grpc-go | connection_refused | symptom
rpc error: code = Unavailable desc = error reading from server: EOF

@ grpc-java | connection_refused | symptom
io.grpc.StatusRuntimeException: UNAVAILABLE: Network closed for unknown reason

@ lettuce | connection_refused | symptom
2026-03-08T11:09:20.118Z  INFO 1 --- [cart] [xecutorLoop-1-3] i.l.core.protocol.ConnectionWatchdog     : Reconnecting, last destination was redis-master/10.96.7.33:6379

@ elasticsearch | resource_exhausted | symptom
rejected execution of coordinating operation [coordinating_and_primary_bytes=512031744, replica_bytes=0, all_bytes=512031744, coordinating_operation_bytes=1048576, max_coordinating_and_primary_bytes=536870912]

@ hikaricp | resource_exhausted | symptom
java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.\n\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)

@ kafka-java-client | timeout | symptom
[2026-03-09 14:07:20,331] INFO [Consumer clientId=consumer-orders-1, groupId=orders] Disconnecting from node 2 due to request timeout. (org.apache.kafka.clients.NetworkClient)

@ spring-boot | timeout | symptom
2026-03-09T14:07:31.004Z  WARN 1 --- [reports] [nio-8080-exec-2] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.context.request.async.AsyncRequestTimeoutException]

@ pm2 | oom_killed | symptom
2026-03-04T15:02:44: PM2 log: App [api:0] exited with code [0] via signal [SIGKILL]

@ pgjdbc | database | symptom
org.postgresql.util.PSQLException: FATAL: terminating connection due to administrator command\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)

# ---------------- additions: benign (graceful shutdown during rollout etc.) ----------------

@ spring-boot | none | benign | application_error
2026-03-06T08:30:01.772Z  INFO 1 --- [orders] [ionShutdownHook] o.s.b.w.e.tomcat.GracefulShutdown        : Commencing graceful shutdown. Waiting for active requests to complete

@ spring-boot | none | benign | node_failure
2026-03-06T08:30:02.913Z  INFO 1 --- [orders] [tomcat-shutdown] o.s.b.w.e.tomcat.GracefulShutdown        : Graceful shutdown complete

@ gunicorn | none | benign | application_error
[2026-03-06 08:30:01 +0000] [1] [INFO] Handling signal: term

@ gunicorn | none | benign | oom_killed
[2026-03-06 08:30:02 +0000] [42] [INFO] Worker exiting (pid: 42)

@ gunicorn | none | benign | node_failure
[2026-03-06 08:30:03 +0000] [1] [INFO] Shutting down: Master

@ uvicorn | none | benign | application_error
INFO:     Shutting down\nINFO:     Waiting for application shutdown.\nINFO:     Application shutdown complete.\nINFO:     Finished server process [1]

@ nginx | none | benign | node_failure
2026/03/06 08:30:01 [notice] 1#1: signal 3 (SIGQUIT) received from 412, shutting down

@ nginx | none | benign | application_error
2026/03/06 08:30:01 [notice] 29#29: gracefully shutting down

@ puma | none | benign | application_error
[1] - Gracefully stopping, waiting for requests to finish\n[1] === puma shutdown: 2026-03-06 08:30:02 +0000 ===\n[1] - Goodbye!

@ sidekiq | none | benign | application_error
2026-03-06T08:30:01.551Z pid=1 tid=2ovd INFO: Shutting down

@ sidekiq | none | benign | timeout
2026-03-06T08:30:01.552Z pid=1 tid=2ovd INFO: Pausing to allow jobs to finish...

@ php-fpm | none | benign | application_error
[06-Mar-2026 08:30:01] NOTICE: Terminating ...\n[06-Mar-2026 08:30:01] NOTICE: exiting, bye-bye!

@ dotnet | none | benign | application_error
info: Microsoft.Hosting.Lifetime[0]\n      Application is shutting down...

@ postgresql | none | benign | database
2026-03-06 08:30:01.118 UTC [1] LOG:  received fast shutdown request

@ postgresql | none | benign | database
2026-03-06 08:30:01.902 UTC [1] LOG:  database system is shut down

@ kafka-java-client | none | benign | connection_refused
[2026-03-06 08:30:01,331] INFO [Consumer clientId=consumer-orders-1, groupId=orders] Member consumer-orders-1-3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9 sending LeaveGroup request to coordinator kafka-1.kafka-headless.data.svc.cluster.local:9092 (id: 2147483646 rack: null) due to the consumer is being closed (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)

@ redis | none | benign | database
1:signal-handler (1772785801) Received SIGTERM scheduling shutdown...\n1:M 06 Mar 2026 08:30:01.118 # User requested shutdown...\n1:M 06 Mar 2026 08:30:01.203 # Redis is now ready to exit, bye bye...

@ npm | none | benign | application_error
npm ERR! path /app\nnpm ERR! command failed\nnpm ERR! signal SIGTERM\nnpm ERR! command sh -c node dist/server.js

@ pgbouncer | none | benign | connection_refused
2026-03-06 08:30:01.004 UTC [1] LOG got SIGTERM, fast exit

@ celery | none | benign | application_error
worker: Warm shutdown (MainProcess)

@ kubernetes-csi | none | benign | storage
waiting for a volume to be created, either by external provisioner "ebs.csi.aws.com" or manually created by system administrator

@ istio-pilot-agent | none | benign | probe_failure
2026-03-06T08:30:01.118204Z\tinfo\tGraceful termination period is 5s, starting...

@ kubelet | none | benign | application_error
Stopping container orders
# ---------------- additions: NATS, Memcached ----------------

@ nats-go | connection_refused | cause
time=2026-03-08T11:13:02.118Z level=ERROR msg="nats connect failed" err="nats: no servers available for connection"

@ nats-go | connection_refused | symptom
time=2026-03-08T11:13:10.331Z level=ERROR msg="inventory request failed" subject=inventory.reserve err="nats: no responders available for request"

@ nats-go | timeout | cause
time=2026-03-09T14:10:02.551Z level=ERROR msg="inventory request failed" subject=inventory.reserve err="nats: timeout"

@ nats-go | auth_failure | cause
time=2026-03-11T08:10:20.118Z level=ERROR msg="nats connect failed" err="nats: authorization violation"

@ memcached | oom_killed | cause
SERVER_ERROR out of memory storing object

@ gomemcache | connection_refused | symptom
{"level":"warn","ts":1772967900.118,"caller":"cache/memcache.go:48","msg":"cache get failed","key":"product:1042","error":"memcache: no servers configured or available"}
'''

if __name__ == "__main__":
    main()
