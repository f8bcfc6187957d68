"""Golden templates: the platform under the workloads (RBAC, credentials, disks, volumes,
databases, nodes)."""

from __future__ import annotations

from golden.gen import formats as f
from golden.gen.core import Incident
from golden.gen.k8s import callers_5xx, crashloop
from golden.gen.noise import NAMESPACES, add_noise
from golden.gen.registry import Spec, expected

from . import GOLDEN

_ALL = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}


@GOLDEN.template("rbac_forbidden_operator", 3)
def rbac_forbidden_operator(inc: Incident, k: int) -> Spec:
    ns = inc.pick(("platform", "monitoring", "argocd", "operators"))
    name = inc.pick(("backup-operator", "secrets-sync", "node-labeler"))
    w = inc.workload(name, ns)
    res, group = inc.pick((("secrets", '""'), ("leases", '"coordination.k8s.io"'),
                           ("nodes", '""'), ("cronjobs", '"batch"')))
    add_noise(inc, ns, 0, 300, inc.rng.randint(12, 22))
    for i, t in enumerate(inc.spread(15, 270, 5)):
        inc.add(t, w.labels, f.klog(inc.at(t), "E", 1, "reflector.go:147",
                f"pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: Failed to watch "
                f"*v1.{res.capitalize()[:-1]}: failed to list *v1.{res.capitalize()[:-1]}: "
                f'{res} is forbidden: User "system:serviceaccount:{ns}:{name}" cannot list '
                f'resource "{res}" in API group {group} at the cluster scope'), cause=i < 2)
    return {"question": f"{name} does nothing since the upgrade. Why?",
            "expected": expected(
                "ERROR", "auth_failure", name,
                f"The {name} service account lacks RBAC permission to list {res}.",
                f"{name} cannot list or watch {res}: every API call is forbidden.",
                f"Grant list/watch on {res} to {ns}:{name} in its ClusterRole.")}


@GOLDEN.template("pg_password_auth", 2)
def pg_password_auth(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    pg = inc.workload("postgres", ns, kind="statefulset")
    app = inc.workload(inc.pick(("orders", "accounts", "catalog-api")), ns)
    user = app.name.replace("-", "_")
    add_noise(inc, ns, 0, 300, inc.rng.randint(10, 20))
    for i, t in enumerate(inc.spread(20, 260, 4)):
        ip = inc.ip()
        pid = inc.rng.randint(100, 9999)
        inc.add(t, pg.labels, f.postgres(inc.at(t), pid, "FATAL",
                f'password authentication failed for user "{user}"'), cause=i < 2)
        inc.add(t + 0.001, pg.labels, f.postgres(inc.at(t + 0.001), pid, "DETAIL",
                'Connection matched pg_hba.conf line 99: "host all all all scram-sha-256"'))
        inc.add(t + 0.05, app.labels, f.spring(inc.at(t + 0.05), "ERROR", "main",
                "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Exception during pool "
                "initialization. org.postgresql.util.PSQLException: FATAL: password "
                f'authentication failed for user "{user}" ({ip})'))
    crashloop(inc, app, 40, 2, exit_code=1)
    return {"question": f"Why can't {app.name} start after the secret rotation?",
            "expected": expected(
                "ERROR", "auth_failure", app.name,
                f"{app.name} uses an outdated password for database user {user}.",
                f"{app.name} cannot log in to PostgreSQL (password authentication failed) and "
                "restarts.",
                f"Update {app.name}'s DB password Secret to the rotated value and restart it.")}


@GOLDEN.template("ephemeral_storage_eviction", 3)
def ephemeral_storage_eviction(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    node = inc.node_name()
    w = inc.workload(inc.pick(("log-shipper", "image-cache", "build-agent")), ns, node=node)
    add_noise(inc, ns, 0, 300, inc.rng.randint(12, 24), node=node)
    kub = {"node": node, "job": "systemd-journal", "unit": "kubelet.service"}
    inc.add(30, kub, f.klog(inc.at(30), "W", 2041, "eviction_manager.go:366",
            "eviction manager: attempting to reclaim", resourceName="ephemeral-storage"),
            cause=True)
    inc.add(31, w.events, f.event("Warning", "Evicted", w.pod,
            "Pod ephemeral local storage usage exceeds the total limit of containers 2Gi.",
            ), cause=True)
    inc.add(31.5, kub, f.klog(inc.at(31.5), "I", 2041, "eviction_manager.go:593",
            "eviction manager: pod is evicted successfully", pod=f"{ns}/{w.pod}"))
    new = inc.workload(w.name, ns, node=inc.node_name())
    inc.add(40, new.events, f.event("Normal", "Scheduled", new.pod,
            f"Successfully assigned {ns}/{new.pod} to {new.node}"))
    inc.add(45, new.events, f.event("Normal", "Started", new.pod, f"Started container {w.name}"))
    return {"question": f"Why did {w.name} restart on another node?",
            "expected": expected(
                "WARN", "resource_exhausted", w.name,
                f"{w.name} wrote more than its 2Gi ephemeral-storage limit and was evicted.",
                f"{w.name} was evicted for ephemeral storage and rescheduled; it runs again.",
                f"Move {w.name}'s scratch data to a volume or raise its ephemeral-storage limit.")}


@GOLDEN.template("cpu_throttling", 2)
def cpu_throttling(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    w = inc.workload(inc.pick(("api-gateway", "tile-server")), ns)
    add_noise(inc, ns, 0, 300, inc.rng.randint(12, 24), herrings=2)
    for i, t in enumerate(inc.spread(20, 270, 4)):
        inc.add(t, w.labels, f.app_json(inc.at(t), "warn", "event loop lag high",
                style="pino", host=w.pod, lag_ms=inc.rng.randint(300, 1800),
                cpu_throttled_pct=inc.rng.randint(38, 71), cpu_limit="500m"), cause=i < 2)
    for t in inc.spread(20, 270, 5):
        inc.add(t, w.labels, f.app_json(inc.at(t), "info", "request completed", style="pino",
                host=w.pod, status=200, responseTime=inc.rng.randint(400, 2600)))
    return {"question": f"{w.name} got slow. Why?",
            "expected": expected(
                "WARN", "resource_exhausted", w.name,
                f"{w.name} is CPU-throttled at its 500m limit, stalling its event loop.",
                f"{w.name} answers slowly (event-loop lag up to seconds) but still succeeds.",
                f"Raise {w.name}'s CPU limit or add replicas (HPA on CPU).")}


@GOLDEN.template("connection_pool_exhausted", 3)
def connection_pool_exhausted(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    w = inc.workload(inc.pick(("orders", "reporting-api", "wallet")), ns)
    add_noise(inc, ns, 0, 300, inc.rng.randint(10, 22), herrings=2)
    fds = k == 1
    for i, t in enumerate(inc.spread(25, 260, 2 if k == 2 else 4)):
        if fds:
            inc.add(t, w.labels, f"{inc.at(t):%Y/%m/%d %H:%M:%S} http: Accept error: accept tcp "
                    "[::]:8080: accept4: too many open files; retrying in 1s", cause=i < 2)
        else:
            inc.add(t, w.labels, f.spring(inc.at(t), "WARN" if k == 2 else "ERROR",
                    f"http-nio-8080-exec-{inc.rng.randint(1, 200)}",
                    "o.h.engine.jdbc.spi.SqlExceptionHelper", "HikariPool-1 - Connection is not "
                    "available, request timed out after 30000ms (total=10, active=10, idle=0, "
                    f"waiting={inc.rng.randint(20, 190)})"), cause=i < 2)
    if k != 2:
        callers_5xx(inc, inc.workload("frontend", ns), 30, 280, 4, path=f"/api/{w.name}",
                    upstream_svc=f"{w.name}.{ns}.svc:8080", status=500, flags="-")
    return {"question": f"Why does {w.name} fail under load?",
            "expected": expected(
                "WARN" if k == 2 else "ERROR", "resource_exhausted", w.name,
                f"{w.name} runs out of file descriptors (too many open files)." if fds
                else f"{w.name}'s JDBC pool (10 connections) is exhausted; requests wait 30s.",
                f"{w.name} " + ("cannot accept connections." if fds else
                                "requests fail waiting for a database connection." if k != 2
                                else "requests queue for database connections at peak."),
                "Raise the fd limit and find the descriptor leak." if fds
                else "Find long-held connections; size the Hikari pool to the load.")}


@GOLDEN.template("pg_disk_full", 2)
def pg_disk_full(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    pg = inc.workload("postgres", ns, kind="statefulset")
    app = inc.workload(inc.pick(("orders", "events-api")), ns)
    add_noise(inc, ns, 0, 200, inc.rng.randint(10, 18))
    pid = inc.rng.randint(30, 90)
    inc.add(10, pg.labels, f.postgres(inc.at(10), pid, "LOG", "checkpoint starting: wal"))
    inc.add(40, pg.labels, f.postgres(inc.at(40), pid, "PANIC", "could not write to file "
            '"pg_wal/xlogtemp.' + str(pid) + '": No space left on device'), cause=True)
    inc.add(40.2, pg.labels, f.postgres(inc.at(40.2), 1, "LOG", "WAL writer process (PID "
            f"{pid}) was terminated by signal 6: Aborted"))
    inc.add(40.3, pg.labels, f.postgres(inc.at(40.3), 1, "LOG", "terminating any other active "
            "server processes"))
    inc.add(75, pg.labels, f.postgres(inc.at(75), 1, "FATAL", 'could not write lock file '
            '"postmaster.pid": No space left on device'), cause=True)
    crashloop(inc, pg, 80, 2, exit_code=1)
    for t in inc.spread(45, 200, 4):
        inc.add(t, app.labels, f.app_json(inc.at(t), "error", "query failed", style="zap",
                logger=app.name, error="FATAL: the database system is in recovery mode "
                "(SQLSTATE 57P03)"))
    return {"question": "The database is down. Why?",
            "expected": expected(
                "CRITICAL", "resource_exhausted", "postgres",
                "The PostgreSQL data volume is full: WAL writes fail with No space left on "
                "device.",
                "PostgreSQL PANICs and cannot restart because its disk is full; all writes fail.",
                "Expand the postgres PVC or free WAL space (archiving, slots) now.")}


@GOLDEN.template("pvc_multi_attach", 3)
def pvc_multi_attach(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    w = inc.workload(inc.pick(("grafana", "jenkins", "minio")), ns,
                     kind="statefulset" if k == 2 else "deployment")
    pvc = f"pvc-{inc.hexid(8)}-{inc.hexid(4)}-{inc.hexid(4)}-{inc.hexid(4)}-{inc.hexid(12)}"
    add_noise(inc, ns, 0, 300, inc.rng.randint(12, 24))
    inc.add(10, w.events, f.event("Normal", "Scheduled", w.pod,
                                  f"Successfully assigned {ns}/{w.pod} to {w.node}"))
    old = inc.pod_name(w.name, "statefulset" if k == 2 else "deployment")
    inc.add(12, w.events, f.event("Warning", "FailedAttachVolume", w.pod,
            f'Multi-Attach error for volume "{pvc}" Volume is already used by pod(s) {old}'),
            cause=True)
    for t in (135, 260):
        inc.add(t, w.events, f.event("Warning", "FailedMount", w.pod,
                f"Unable to attach or mount volumes: unmounted volumes=[data], unattached "
                f"volumes=[data kube-api-access-{inc.suffix()}]: timed out waiting for the "
                "condition"))
    return {"question": f"{w.name} is stuck in ContainerCreating. Why?",
            "expected": expected(
                "ERROR", "storage", w.name,
                f"{w.name}'s ReadWriteOnce volume is still attached for the old pod {old}.",
                f"The new {w.name} pod cannot mount its data volume (Multi-Attach error).",
                "Scale the old pod down or use a Recreate strategy; detach the stale volume.")}


@GOLDEN.template("readonly_filesystem", 2)
def readonly_filesystem(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    node = inc.node_name()
    w = inc.workload(inc.pick(("uploads", "index-writer")), ns, node=node)
    dev = inc.pick(("nvme1n1", "xvdf", "sdc"))
    add_noise(inc, ns, 0, 300, inc.rng.randint(10, 20), node=node)
    kern = {"node": node, "job": "node-kernel"}
    inc.add(20, kern, f"EXT4-fs error (device {dev}): ext4_journal_check_start:83: comm "
            f"{w.name}: Detected aborted journal", cause=True)
    inc.add(20.1, kern, f"EXT4-fs ({dev}): Remounting filesystem read-only", cause=True)
    for t in inc.spread(25, 280, 4):
        inc.add(t, w.labels, f.pylog(inc.at(t), "ERROR", f"{w.name}.store", "write failed: "
                f"[Errno 30] Read-only file system: '/data/{inc.hexid(2)}/{inc.hexid(16)}.part'"))
    return {"question": f"Why can't {w.name} write files?",
            "selector": {**_ALL, "node": node},
            "expected": expected(
                "ERROR", "storage", w.name,
                f"The ext4 volume {dev} hit a journal error and was remounted read-only.",
                f"{w.name} fails every write with a read-only file system error.",
                f"Replace or fsck volume {dev}, then remount; move {w.name} off it meanwhile.")}


@GOLDEN.template("pg_too_many_clients", 3)
def pg_too_many_clients(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    pg = inc.workload("postgres", ns, kind="statefulset")
    app = inc.workload(inc.pick(("orders", "analytics-api", "checkout")), ns)
    add_noise(inc, ns, 0, 300, inc.rng.randint(10, 20), herrings=2)
    deadlock = k == 2
    for i, t in enumerate(inc.spread(20, 250, 4)):
        pid = inc.rng.randint(1000, 30000)
        if deadlock:
            inc.add(t, pg.labels, f.postgres(inc.at(t), pid, "ERROR", "deadlock detected"),
                    cause=i < 2)
            inc.add(t + 0.001, pg.labels, f.postgres(inc.at(t + 0.001), pid, "DETAIL",
                    f"Process {pid} waits for ShareLock on transaction "
                    f"{inc.rng.randint(10**6, 10**7)}; blocked by process {pid + 7}."))
        else:
            inc.add(t, pg.labels, f.postgres(inc.at(t), pid, "FATAL", "sorry, too many clients "
                    "already"), cause=i < 2)
        inc.add(t + 0.02, app.labels, f.app_json(inc.at(t + 0.02), "error", "transaction failed",
                style="structlog", logger=app.name, error="deadlock detected (SQLSTATE 40P01)"
                if deadlock else "FATAL: sorry, too many clients already (SQLSTATE 53300)"))
    return {"question": f"{app.name} shows database errors. What's happening?",
            "expected": expected(
                "ERROR", "database", "postgres",
                "Concurrent order updates lock rows in opposite order and deadlock." if deadlock
                else "PostgreSQL reached max_connections and rejects new clients.",
                f"{app.name} transactions fail with " + ("deadlocks." if deadlock else
                                                         "too many clients."),
                "Lock rows in a consistent order in the update path." if deadlock
                else "Put PgBouncer in front or cut per-pod pool sizes; raise max_connections.")}


@GOLDEN.template("migration_failed", 2)
def migration_failed(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    app = inc.pick(("billing", "crm"))
    job = inc.workload(f"{app}-migrate", ns, kind="daemonset")
    add_noise(inc, ns, 0, 240, inc.rng.randint(10, 20))
    tbl = inc.pick(("invoice_lines", "contacts", "payment_methods"))
    ver = inc.rng.randint(40, 220)
    inc.add(5, job.labels, f.pylog(inc.at(5), "INFO", "alembic.runtime.migration",
                                   "Context impl PostgresqlImpl."))
    inc.add(5.2, job.labels, f.pylog(inc.at(5.2), "INFO", "alembic.runtime.migration",
            f"Running upgrade {inc.hexid(12)} -> {inc.hexid(12)}, add {tbl} table"))
    inc.trace(6, job.labels, [
        "sqlalchemy.exc.ProgrammingError: (psycopg2.errors.DuplicateTable) relation "
        f'"{tbl}" already exists',
        f"[SQL: CREATE TABLE {tbl} (id BIGSERIAL NOT NULL, PRIMARY KEY (id))]",
        "(Background on this error at: https://sqlalche.me/e/20/f405)"], cause=True,
        joined=True)
    inc.add(8, job.events, f.event("Warning", "BackoffLimitExceeded", job.name,
            "Job has reached the specified backoff limit", kind="Job"))
    for t in inc.spread(30, 200, 3):
        inc.add(t, {"namespace": ns, "pod": f"{app}-{inc.suffix(10)}-{inc.suffix()}",
                    "container": app, "node": job.node},
                f.pylog(inc.at(t), "ERROR", "app.db", f"schema version check failed: expected "
                        f"{ver}, database at {ver - 1}; refusing to start"))
    return {"question": f"Why is the {app} release stuck?",
            "expected": expected(
                "ERROR", "database", job.name,
                f"The {app} migration fails: table {tbl} already exists in the database.",
                f"The {app} schema migration Job failed, so the new {app} version refuses to "
                "start.",
                f"Reconcile the {tbl} table with the migration history, then rerun the Job.")}


@GOLDEN.template("pg_replica_lag", 3)
def pg_replica_lag(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    rep = inc.workload("postgres-replica", ns, kind="statefulset")
    app = inc.workload(inc.pick(("reporting", "search-indexer", "dashboards")), ns)
    add_noise(inc, ns, 0, 300, inc.rng.randint(12, 24), herrings=2)
    for i, t in enumerate(inc.spread(20, 260, 3)):
        pid = inc.rng.randint(1000, 30000)
        inc.add(t, rep.labels, f.postgres(inc.at(t), pid, "ERROR", "canceling statement due to "
                "conflict with recovery"), cause=i < 2)
        inc.add(t + 0.001, rep.labels, f.postgres(inc.at(t + 0.001), pid, "DETAIL",
                "User query might have needed to see row versions that must be removed."))
    for t in inc.spread(20, 280, 3):
        inc.add(t, app.labels, f.logfmt(inc.at(t), "warn", "replica lag above threshold",
                lag_seconds=inc.rng.randint(45, 400), threshold=30))
    return {"question": f"Why does {app.name} show stale data?",
            "expected": expected(
                "WARN", "database", "postgres-replica",
                "The replica lags behind the primary and cancels long queries on recovery "
                "conflicts.",
                f"{app.name} reads stale data from a lagging replica; some queries are retried.",
                "Enable hot_standby_feedback or move long reports off the replica.")}


@GOLDEN.template("node_not_ready", 2)
def node_not_ready(inc: Incident, k: int) -> Spec:
    node = inc.node_name()
    ns = inc.pick(NAMESPACES)
    kub = {"node": node, "job": "systemd-journal", "unit": "kubelet.service"}
    add_noise(inc, ns, 0, 120, inc.rng.randint(10, 18), node=node)
    inc.add(100, kub, f.klog(inc.at(100), "E", 1822, "remote_runtime.go:633",
            "ListContainers with filter from runtime service failed", err='rpc error: code = '
            'Unavailable desc = connection error: desc = "transport: Error while dialing: dial '
            'unix /run/containerd/containerd.sock: connect: connection refused"'), cause=True)
    inc.add(103, kub, f.klog(inc.at(103), "E", 1822, "kubelet.go:2392", "Skipping pod "
            "synchronization", err="PLEG is not healthy: pleg was last seen active 3m5.1s ago; "
            "threshold is 3m0s"), cause=True)
    inc.add(104, {"node": node, "job": "systemd-journal", "unit": "containerd.service"},
            "containerd.service: Main process exited, code=killed, status=9/KILL", cause=True)
    ev = {"namespace": "default", "container": "events", "job": "kube-events", "node": node}
    inc.add(140, ev, f.event("Normal", "NodeNotReady", node, f"Node {node} status is now: "
                             "NodeNotReady", kind="Node"))
    for t in inc.spread(150, 420, 3):
        victim = inc.workload(inc.pick(("cart", "search-api", "worker")), ns, node=node)
        inc.add(t, victim.events, f.event("Warning", "NodeNotReady", victim.pod,
                                          "Node is not ready"))
    inc.add(440, ev, f.event("Normal", "TaintManagerEviction", node, "Marking for deletion "
                             f"Pod {ns}/{inc.pod_name('worker')}", kind="Node"))
    return {"question": f"What happened to node {node}?",
            "selector": {**_ALL, "node": node},
            "expected": expected(
                "CRITICAL", "node_failure", node,
                f"containerd on {node} was killed; the kubelet's PLEG went unhealthy and the "
                "node NotReady.",
                f"Node {node} is NotReady; its pods are being evicted.",
                f"Restart containerd on {node} (or drain and replace the node).")}


@GOLDEN.template("cni_sandbox_failure", 2)
def cni_sandbox_failure(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    node = inc.node_name()
    cni = inc.pick(("calico", "cilium"))
    w = inc.workload(inc.pick(("checkout", "recommendation")), ns, node=node)
    agent = inc.workload("calico-node" if cni == "calico" else "cilium", "kube-system",
                         kind="daemonset", node=node)
    add_noise(inc, ns, 0, 300, inc.rng.randint(8, 16), node=node)
    inc.add(10, agent.labels, f"{inc.at(10):%Y-%m-%d %H:%M:%S}.{inc.rng.randint(100, 999)} "
            "[WARNING][83] felix/health.go 211: Reporter is not ready. name=\"felix-startup\""
            if cni == "calico" else f.logfmt(inc.at(10), "error", "Unable to contact k8s "
            "api-server", subsys="daemon", error="Get \"https://10.96.0.1:443/api/v1/namespaces"
            "/kube-system\": dial tcp 10.96.0.1:443: i/o timeout"), cause=True)
    for i, t in enumerate(inc.spread(20, 260, 4)):
        inc.add(t, w.events, f.event("Warning", "FailedCreatePodSandBox", w.pod,
                "Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup "
                f'network for sandbox "{inc.hexid(64)}": plugin type="{cni}" failed (add): '
                + ("stat /var/lib/calico/nodename: no such file or directory: check that the "
                   "calico/node container is running and has mounted /var/lib/calico/"
                   if cni == "calico" else "unable to connect to Cilium daemon: failed to "
                   "create cilium agent client after 30.000000 seconds timeout")),
                cause=i == 0)
    return {"question": f"Why are new {w.name} pods stuck on {node}?",
            "selector": {**_ALL, "node": node},
            "expected": expected(
                "ERROR", "node_failure", node,
                f"The {cni} CNI agent on {node} is not ready, so pod sandboxes cannot get a "
                "network.",
                f"New pods on {node} fail FailedCreatePodSandBox; existing pods keep running.",
                f"Fix or restart the {cni} agent on {node}; cordon the node meanwhile.")}
