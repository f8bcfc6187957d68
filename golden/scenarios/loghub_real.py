"""Golden templates built from real Loghub lines (Loghub-2k; see ``golden/README.md``).

The lines are picked by their EventTemplate role (``golden.gen.loghub.RULES``), used verbatim
with their timestamp moved into the record's window, and labelled like the Kubernetes pods or
nodes that would have written them; synthetic Kubernetes events and neighbours' lines are mixed
in around them."""

from __future__ import annotations

from golden.gen import formats as f
from golden.gen.core import Incident
from golden.gen.loghub import Loghub, LoghubLine, bgl_location, k8s_node, render
from golden.gen.noise import add_noise
from golden.gen.registry import Spec, expected

from . import GOLDEN

_LH: list[Loghub] = []


def loghub() -> Loghub:
    if not _LH:
        _LH.append(Loghub())
    return _LH[0]


def _put(inc: Incident, lines: list[LoghubLine], start: float, end: float,
         labels: dict[str, str], *, cause: int = 0, location: str | None = None) -> None:
    """Lines spread over ``[start, end)``; the first ``cause`` of them mark the root cause."""
    for i, (x, t) in enumerate(zip(lines, inc.spread(start, end, len(lines)), strict=True)):
        inc.add(t, labels, render(x, inc.at(t), location=location), cause=i < cause)


def _none(name: str, ns: str, what: str, q: str | None) -> Spec:
    return {"question": q, "expected": expected(
        "INFO", "none", name, "No fault: " + what, f"{name} in {ns} operates normally.",
        "No action needed.")}


# -- BGL: a bare-metal node's RAS/kernel log --------------------------------------------------


def _bgl_node(inc: Incident, role: str, n: int) -> tuple[list[LoghubLine], str, str]:
    lines = loghub().sample(inc.rng, "BGL", role, n)
    loc = next((bgl_location(x) for x in lines if bgl_location(x)), None) or "R02-M1-N0-C:J12-U11"
    return lines, loc, k8s_node(loc)


def _ras(node: str) -> dict[str, str]:
    return {"node": node, "job": "node-ras", "unit": "kernel"}


@GOLDEN.template("loghub_bgl_hardware", 6, real="BGL")
def loghub_bgl_hardware(inc: Incident, k: int) -> Spec:
    cause, loc, node = _bgl_node(inc, "node_failure", inc.rng.randint(4, 8))
    ns = inc.pick(("hpc", "simulation", "genomics"))
    _put(inc, loghub().sample(inc.rng, "BGL", "healthy", inc.rng.randint(3, 8)), 0, 60,
         _ras(node), location=loc)
    _put(inc, cause, 60, 90, _ras(node), cause=3, location=loc)
    add_noise(inc, ns, 0, 90, inc.rng.randint(5, 12), node=node)
    ev = {"namespace": "default", "container": "events", "job": "kube-events", "node": node}
    inc.add(140, ev, f.event("Normal", "NodeNotReady", node,
                             f"Node {node} status is now: NodeNotReady", kind="Node"))
    for t in inc.spread(150, 300, 2):
        victim = inc.workload(inc.pick(("mpi-solver", "cfd-worker", "aligner")), ns, node=node)
        inc.add(t, victim.events, f.event("Warning", "NodeNotReady", victim.pod,
                                          "Node is not ready"))
    return {"question": inc.pick((f"Why did the jobs on {node} die?", f"What is wrong with "
                                  f"node {node}?")),
            "expected": expected(
                "CRITICAL", "node_failure", node,
                f"Node {node} has a hardware fault (fatal kernel interrupts/machine check).",
                f"Node {node} crashed on hardware errors and went NotReady; its pods are lost.",
                f"Cordon and drain {node}, then have its hardware (CPU/memory) checked.")}


@GOLDEN.template("loghub_bgl_corrected", 4, real="BGL")
def loghub_bgl_corrected(inc: Incident, k: int) -> Spec:
    lines, loc, node = _bgl_node(inc, "healthy", inc.rng.randint(8, 16))
    ns = inc.pick(("hpc", "simulation"))
    _put(inc, lines, 0, 600, _ras(node), location=loc)
    add_noise(inc, ns, 0, 600, inc.rng.randint(6, 14), node=node, herrings=2)
    return _none(node, ns, "corrected cache parity / DDR errors and interrupt statistics.",
                 f"Is node {node} healthy?")


@GOLDEN.template("loghub_bgl_lustre", 3, real="BGL")
def loghub_bgl_lustre(inc: Incident, k: int) -> Spec:
    cause, loc, node = _bgl_node(inc, "storage", inc.rng.randint(2, 4))
    ns = inc.pick(("hpc", "genomics"))
    _put(inc, loghub().sample(inc.rng, "BGL", "healthy", inc.rng.randint(3, 6)), 0, 200,
         _ras(node), location=loc)
    _put(inc, cause, 20, 60, _ras(node), cause=2, location=loc)
    add_noise(inc, ns, 0, 200, inc.rng.randint(6, 12), node=node)
    w = inc.workload(inc.pick(("mpi-solver", "aligner")), ns, node=node)
    for t in inc.spread(70, 200, 3):
        inc.add(t, w.events, f.event("Warning", "FailedMount", w.pod,
                "MountVolume.SetUp failed for volume \"scratch\" : mount failed: exit status 5"))
    return {"question": f"Why can't {w.name} start on {node}?",
            "expected": expected(
                "ERROR", "storage", node,
                f"The Lustre filesystem fails to mount on node {node}.",
                f"Pods on {node} that need the Lustre scratch volume cannot mount it.",
                f"Check the Lustre I/O node and network from {node}; cordon it meanwhile.")}


@GOLDEN.template("loghub_bgl_ciod", 3, real="BGL")
def loghub_bgl_ciod(inc: Incident, k: int) -> Spec:
    role = "auth_failure" if k == 2 else "config_error"
    cause, loc, node = _bgl_node(inc, role, inc.rng.randint(2, 4))
    ns = "hpc"
    job = inc.workload(inc.pick(("qcd-run", "climate-sim", "md-batch")), ns, kind="daemonset",
                       node=node)
    _put(inc, loghub().sample(inc.rng, "BGL", "healthy", inc.rng.randint(3, 8)), 0, 200,
         _ras(node), location=loc)
    inc.add(25, job.events, f.event("Normal", "Started", job.pod,
                                    f"Started container {job.container}"))
    _put(inc, cause, 30, 60, _ras(node), cause=2, location=loc)
    add_noise(inc, ns, 0, 200, inc.rng.randint(6, 12), node=node)
    inc.add(90, job.events, f.event("Warning", "BackoffLimitExceeded", job.name,
                                    "Job has reached the specified backoff limit", kind="Job"))
    perm = role == "auth_failure"
    return {"question": f"Why does the {job.name} job fail immediately?",
            "expected": expected(
                "ERROR", role, job.name,
                f"The {job.name} program image " + ("is not readable (permission denied)."
                                                    if perm else "path does not exist."),
                f"{job.name} fails at launch: ciod cannot load its program image.",
                "Fix the program file's permissions." if perm
                else f"Correct the program path in the {job.name} job spec.")}


# -- HDFS, Spark, Zookeeper, Hadoop --------------------------------------------------------


@GOLDEN.template("loghub_hdfs_healthy", 7, real="HDFS")
def loghub_hdfs_healthy(inc: Incident, k: int) -> Spec:
    ns = inc.pick(("hdfs", "data-lake"))
    node = inc.node_name()
    for x in loghub().sample(inc.rng, "HDFS", "healthy", inc.rng.randint(12, 30),
                             distinct=False):
        t = inc.rng.uniform(0, 300)
        role = "namenode" if "FSNamesystem" in x.raw else "datanode"
        pod = f"hdfs-{role}-{0 if role == 'namenode' else inc.rng.randint(0, 2)}"
        inc.add(t, {"namespace": ns, "pod": pod, "container": role, "node": node},
                render(x, inc.at(t)))
    add_noise(inc, ns, 0, 300, inc.rng.randint(0, 4), herrings=1)
    return _none("hdfs-datanode", ns, "HDFS block traffic (receive, replicate, delete).",
                 inc.pick((f"Is HDFS in {ns} healthy?", None)))


@GOLDEN.template("loghub_spark_healthy", 7, real="Spark")
def loghub_spark_healthy(inc: Incident, k: int) -> Spec:
    ns = inc.pick(("spark-jobs", "analytics"))
    app = inc.pick(("daily-etl", "sessionize", "feature-build"))
    execs = [{"namespace": ns, "pod": f"{app}-{inc.hexid(16)}-exec-{i}",
              "container": "spark-kubernetes-executor", "node": inc.node_name(), "app": app}
             for i in range(1, 3)]
    for x in loghub().sample(inc.rng, "Spark", "healthy", inc.rng.randint(12, 30)):
        t = inc.rng.uniform(0, 300)
        inc.add(t, inc.pick(execs), render(x, inc.at(t)))
    add_noise(inc, ns, 0, 300, inc.rng.randint(0, 4), herrings=1)
    return _none(app, ns, "Spark executors run and finish their tasks; deprecation notes "
                 "are harmless.", inc.pick((f"Did {app} run fine?", None)))


def _zk(inc: Incident, ns: str) -> list[dict[str, str]]:
    return [{"namespace": ns, "pod": f"zookeeper-{i}", "container": "zookeeper",
             "node": inc.node_name()} for i in range(3)]


@GOLDEN.template("loghub_zookeeper_healthy", 4, real="Zookeeper")
def loghub_zookeeper_healthy(inc: Incident, k: int) -> Spec:
    ns = inc.pick(("kafka", "zookeeper", "messaging"))
    pods = _zk(inc, ns)
    for x in loghub().sample(inc.rng, "Zookeeper", "healthy", inc.rng.randint(12, 26)):
        t = inc.rng.uniform(0, 400)
        inc.add(t, inc.pick(pods), render(x, inc.at(t)))
    add_noise(inc, ns, 0, 400, inc.rng.randint(2, 6))
    return _none("zookeeper", ns, "client sessions open, close and expire normally.",
                 inc.pick(("Is ZooKeeper OK?", None)))


@GOLDEN.template("loghub_zookeeper_quorum", 4, real="Zookeeper")
def loghub_zookeeper_quorum(inc: Incident, k: int) -> Spec:
    ns = inc.pick(("kafka", "zookeeper"))
    pods = _zk(inc, ns)
    for x in loghub().sample(inc.rng, "Zookeeper", "healthy", inc.rng.randint(6, 12)):
        t = inc.rng.uniform(0, 300)
        inc.add(t, inc.pick(pods[:2]), render(x, inc.at(t)))
    cause = loghub().sample(inc.rng, "Zookeeper", "quorum_peer", inc.rng.randint(5, 10))
    cause.sort(key=lambda x: "Cannot open channel" not in x.template)
    _put(inc, cause, 30, 280, pods[0], cause=2)
    add_noise(inc, ns, 0, 300, inc.rng.randint(3, 8))
    return {"question": "ZooKeeper logs are full of warnings. Is the ensemble OK?",
            "expected": expected(
                "WARN", "connection_refused", "zookeeper",
                "A ZooKeeper peer is unreachable on its election port; connections to it break.",
                "One ZooKeeper member keeps dropping out of the quorum; the ensemble still "
                "serves.",
                "Check the unreachable peer's pod and network policy on ports 2888/3888.")}


@GOLDEN.template("loghub_zookeeper_down", 3, real="Zookeeper")
def loghub_zookeeper_down(inc: Incident, k: int) -> Spec:
    ns = inc.pick(("kafka", "messaging"))
    pods = _zk(inc, ns)
    cause = loghub().sample(inc.rng, "Zookeeper", "zk_down", inc.rng.randint(3, 6))
    cause.sort(key=lambda x: "not running" not in x.template)
    _put(inc, cause, 20, 120, pods[inc.rng.randint(0, 2)], cause=2)
    broker = inc.workload("kafka", ns, kind="statefulset")
    for t in inc.spread(60, 300, 4):
        inc.add(t, broker.labels, f.kafka(inc.at(t), "WARN", "[ZooKeeperClient Kafka server] "
                "Unable to reconnect to ZooKeeper service, session 0x" + inc.hexid(14)
                + " has expired", "kafka.zookeeper.ZooKeeperClient"))
    add_noise(inc, ns, 0, 300, inc.rng.randint(4, 10))
    return {"question": "Kafka brokers lost their ZooKeeper session. Why?",
            "expected": expected(
                "ERROR", "connection_refused", "zookeeper",
                "The ZooKeeper server is not running and drops client connections.",
                "Kafka brokers cannot reach ZooKeeper; sessions expire and controller work "
                "stops.",
                "Restore the ZooKeeper ensemble (check zookeeper pods, disk and quorum).")}


def _am(inc: Incident, ns: str) -> dict[str, str]:
    return {"namespace": ns, "pod": f"mr-appmaster-{inc.suffix()}", "container": "am",
            "node": inc.node_name(), "app": "mapreduce"}


@GOLDEN.template("loghub_hadoop_lease", 3, real="Hadoop")
def loghub_hadoop_lease(inc: Incident, k: int) -> Spec:
    ns = inc.pick(("yarn", "analytics"))
    am = _am(inc, ns)
    _put(inc, loghub().sample(inc.rng, "Hadoop", "healthy", inc.rng.randint(5, 12)), 0, 300, am)
    cause = loghub().sample(inc.rng, "Hadoop", "lease_renew", inc.rng.randint(6, 12),
                            distinct=False)
    _put(inc, cause, 60, 300, am, cause=3)
    add_noise(inc, ns, 0, 300, inc.rng.randint(3, 8))
    return {"question": "The MapReduce job logs many warnings. What is going on?",
            "expected": expected(
                "WARN", "connection_refused", "hdfs-namenode",
                "The HDFS NameNode (port 9000) is unreachable, so the client cannot renew its "
                "lease.",
                "The job's HDFS client keeps retrying lease renewal; the job continues for now.",
                "Check the NameNode pod and the network path to port 9000.")}


@GOLDEN.template("loghub_hadoop_rm", 3, real="Hadoop")
def loghub_hadoop_rm(inc: Incident, k: int) -> Spec:
    ns = inc.pick(("yarn", "analytics"))
    am = _am(inc, ns)
    _put(inc, loghub().sample(inc.rng, "Hadoop", "healthy", inc.rng.randint(5, 12)), 0, 100, am)
    cause = loghub().sample(inc.rng, "Hadoop", "rm_unreachable", inc.rng.randint(6, 12))
    cause.sort(key=lambda x: "Retrying connect" not in x.template)
    _put(inc, cause, 100, 360, am, cause=2)
    add_noise(inc, ns, 0, 360, inc.rng.randint(3, 8))
    return {"question": "Why is the MapReduce job failing?",
            "expected": expected(
                "ERROR", "connection_refused", "resourcemanager",
                "The YARN ResourceManager scheduler (port 8030) is unreachable from the AM.",
                "The ApplicationMaster cannot contact the ResourceManager; tasks fail.",
                "Check the ResourceManager pod and connectivity to port 8030.")}


# -- OpenSSH, Linux -------------------------------------------------------------------------


@GOLDEN.template("loghub_openssh_bruteforce", 5, real="OpenSSH")
def loghub_openssh_bruteforce(inc: Incident, k: int) -> Spec:
    ns = "bastion"
    sshd = {"namespace": ns, "pod": inc.pod_name("bastion"), "container": "sshd",
            "node": inc.node_name()}
    _put(inc, loghub().sample(inc.rng, "OpenSSH", "noise", inc.rng.randint(4, 10)), 0, 300, sshd)
    _put(inc, loghub().sample(inc.rng, "OpenSSH", "auth_failure", inc.rng.randint(8, 20)),
         0, 300, sshd, cause=3)
    add_noise(inc, ns, 0, 300, inc.rng.randint(2, 6))
    return {"question": "Is the bastion under attack?",
            "expected": expected(
                "WARN", "auth_failure", "bastion",
                "Remote hosts try to log in to the bastion with wrong or unknown users/passwords.",
                "The bastion sees a password brute-force; no login succeeded.",
                "Disable password auth on the bastion, rate-limit or block the source IPs.")}


@GOLDEN.template("loghub_linux_auth", 3, real="Linux")
def loghub_linux_auth(inc: Incident, k: int) -> Spec:
    node = inc.node_name()
    syslog = {"node": node, "job": "node-syslog"}
    _put(inc, loghub().sample(inc.rng, "Linux", "healthy", inc.rng.randint(4, 8)), 0, 300, syslog)
    _put(inc, loghub().sample(inc.rng, "Linux", "noise", 1), 0, 300, syslog)
    _put(inc, loghub().sample(inc.rng, "Linux", "auth_failure", inc.rng.randint(6, 14)),
         0, 300, syslog, cause=3)
    web = {"namespace": "legacy", "pod": inc.pod_name("httpd"), "container": "httpd",
           "node": node}
    _put(inc, loghub().sample(inc.rng, "Apache", "healthy", inc.rng.randint(2, 5)), 0, 300, web)
    _put(inc, loghub().sample(inc.rng, "Apache", "noise", inc.rng.randint(1, 3)), 0, 300, web)
    return {"question": f"Anything suspicious on {node}?",
            "expected": expected(
                "WARN", "auth_failure", node,
                f"Repeated failed SSH/PAM logins (as root and unknown users) on node {node}.",
                f"Node {node} receives many failed remote logins; services run normally.",
                f"Close SSH on {node} to the internet or restrict it; check for compromise.")}
