"""Training templates for TLS, auth, resources, storage, databases, rate limits, nodes and
healthy logs (none shared with the golden set)."""

from __future__ import annotations

from golden.gen import formats as f
from golden.gen.core import Incident
from golden.gen.noise import NAMESPACES, add_noise
from golden.gen.registry import Spec, expected

from . import TRAIN


def _ctx(inc: Incident, names: tuple[str, ...]):  # type: ignore[no-untyped-def]
    ns = inc.pick(NAMESPACES)
    w = inc.workload(inc.pick(names), ns)
    add_noise(inc, ns, 0, 300, inc.rng.randint(10, 26), herrings=inc.rng.randint(1, 3))
    return ns, w


@TRAIN.template("train_tls_hostname_mismatch", 6)
def train_tls_hostname_mismatch(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("partner-sync", "sso-bridge"))
    for i, t in enumerate(inc.spread(20, 250, 3)):
        inc.add(t, w.labels, f.pylog(inc.at(t), "ERROR", "urllib3.connectionpool", "SSLError("
                "SSLCertVerificationError(1, \"[SSL: CERTIFICATE_VERIFY_FAILED] certificate "
                "verify failed: Hostname mismatch, certificate is not valid for "
                "'api.partner.example'. (_ssl.c:1006)\"))"), cause=i == 0)
    return {"question": f"Why does {w.name} fail?", "expected": expected(
        "ERROR", "tls_certificate", w.name, "The partner's certificate does not cover "
        "api.partner.example.", f"{w.name} fails TLS verification.",
        "Use the hostname the certificate covers or ask the partner to fix it.")}


@TRAIN.template("train_s3_access_denied", 6)
def train_s3_access_denied(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("backup-agent", "exporter"))
    for i, t in enumerate(inc.spread(20, 250, 3)):
        inc.add(t, w.labels, f.logfmt(inc.at(t), "error", "upload failed", err="operation "
                "error S3: PutObject, https response error StatusCode: 403, api error "
                "AccessDenied: Access Denied"), cause=i == 0)
    return {"question": f"{w.name} uploads fail.", "expected": expected(
        "ERROR", "auth_failure", w.name, "The IAM role of the pod is not allowed s3:PutObject.",
        f"{w.name} gets 403 AccessDenied from S3.", "Grant s3:PutObject on the bucket.")}


@TRAIN.template("train_inode_exhaustion", 6)
def train_inode_exhaustion(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("thumbnailer", "session-files"))
    for i, t in enumerate(inc.spread(20, 250, 3)):
        inc.add(t, w.labels, f"{inc.at(t):%Y-%m-%dT%H:%M:%SZ} ERROR cannot create "
                f"/cache/{inc.hexid(2)}/{inc.hexid(10)}: No space left on device (df shows 41% "
                "used, inodes 100%)", cause=i == 0)
    return {"question": f"{w.name} cannot write.", "expected": expected(
        "ERROR", "resource_exhausted", w.name, "The cache volume has run out of inodes.",
        f"{w.name} cannot create files although bytes are free.",
        "Clean small cache files or use a volume with more inodes.")}


@TRAIN.template("train_nfs_stale_handle", 6)
def train_nfs_stale_handle(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("media-library", "shared-reports"))
    for i, t in enumerate(inc.spread(20, 250, 3)):
        inc.add(t, w.labels, f.logfmt(inc.at(t), "error", "read failed",
                path="/mnt/shared/index.db", err="stale NFS file handle"), cause=i == 0)
    return {"question": f"{w.name} read errors.", "expected": expected(
        "ERROR", "storage", w.name, "The NFS export was re-created; handles are stale.",
        f"{w.name} cannot read from its NFS volume.", "Remount the NFS volume (restart pods).")}


@TRAIN.template("train_mysql_lock_wait", 6)
def train_mysql_lock_wait(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("shop-php", "wordpress"))
    for i, t in enumerate(inc.spread(20, 250, 3)):
        inc.add(t, w.labels, f"[{inc.at(t):%d-%b-%Y %H:%M:%S} UTC] PHP Fatal error:  Uncaught "
                "PDOException: SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded;"
                " try restarting transaction in /var/www/html/cart.php:88", cause=i == 0)
    return {"question": f"{w.name} checkout errors.", "expected": expected(
        "ERROR", "database", "mysql", "Long transactions hold row locks in MySQL.",
        f"{w.name} transactions fail with lock wait timeouts.",
        "Find the long-running transaction holding locks.")}


@TRAIN.template("train_github_secondary_limit", 6)
def train_github_secondary_limit(inc: Incident, k: int) -> Spec:
    ns, w = _ctx(inc, ("renovate", "ci-bot"))
    for i, t in enumerate(inc.spread(20, 250, 3)):
        inc.add(t, w.labels, f.app_json(inc.at(t), "warn", "You have exceeded a secondary rate "
                "limit. Please wait a few minutes before you try again.", style="bunyan",
                logger=w.name, status=403), cause=i == 0)
    return {"question": f"{w.name} is stalling.", "expected": expected(
        "WARN", "rate_limited", w.name, "GitHub's secondary rate limit throttles the bot.",
        f"{w.name} waits on GitHub throttling.", "Reduce concurrency of GitHub calls.")}


@TRAIN.template("train_kubelet_stopped_posting", 6)
def train_kubelet_stopped_posting(inc: Incident, k: int) -> Spec:
    node = inc.node_name()
    ns = inc.pick(NAMESPACES)
    add_noise(inc, ns, 0, 200, inc.rng.randint(10, 20), node=node)
    ev = {"namespace": "default", "container": "events", "job": "kube-events", "node": node}
    inc.add(210, ev, f.event("Warning", "NodeStatusUnknown", node, "Kubelet stopped posting "
                             "node status.", kind="Node"), cause=True)
    inc.add(250, ev, f.event("Normal", "NodeNotReady", node,
                             f"Node {node} status is now: NodeNotReady", kind="Node"))
    return {"question": f"Node {node}?", "expected": expected(
        "CRITICAL", "node_failure", node, "The kubelet on the node stopped reporting.",
        f"{node} is NotReady.", f"Check the kubelet and the machine behind {node}.")}


@TRAIN.template("train_healthy_cronjobs", 8)
def train_healthy_cronjobs(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    add_noise(inc, ns, 0, 600, inc.rng.randint(14, 30), herrings=3)
    return {"question": f"Status of {ns}?", "expected": expected(
        "INFO", "none", "none", "No fault.", f"{ns} runs normally.", "No action needed.")}


@TRAIN.template("train_healthy_rollback_drill", 6)
def train_healthy_rollback_drill(inc: Incident, k: int) -> Spec:
    ns = inc.pick(NAMESPACES)
    add_noise(inc, ns, 0, 400, inc.rng.randint(14, 28), herrings=2)
    inc.add(100, {"namespace": ns, "container": "events", "job": "kube-events"},
            f.event("Normal", "DeploymentRollback", "api", "Rolled back deployment \"api\" to "
                    "revision 41", kind="Deployment"))
    return {"question": "Did the drill go fine?", "expected": expected(
        "INFO", "none", "api", "No fault: a planned rollback drill.", "The drill completed.",
        "No action needed.")}
