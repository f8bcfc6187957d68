"""Related context: the lines about a scope that its own streams do not carry.

An operator who asks about namespace ``shop`` also reads what Loki files elsewhere:

- **Kubernetes events about ``shop``**, when an exporter writes them from its own pod
  (kubernetes-event-exporter, eventrouter, ... in ``monitoring``): one query for the exporter
  streams (``EVENT_STREAMS``) outside the namespace, keeping the lines that name it as the
  event's namespace (JSON ``"namespace":"shop"`` or logfmt ``namespace=shop``);
- **Kubernetes events in ``shop`` about the workload asked for**, when the request narrows
  the namespace to an app, pod or container: event streams carry none of those labels
  (Alloy's ``loki.source.kubernetes_events`` labels the event's namespace only, and so may an
  exporter scraped under its own ``job``), so they are fetched apart, keeping the lines that
  name the app or pod; in a window labelled by Loki's OTLP ingestion, also the OpenTelemetry
  Collector's events receiver's events whose object (``k8s_object_name``) is the app or one
  of its pods, and its Node events that say a node is down (the message alone is the line),
  and an exporter's lines naming the app when its job name is the stream's service (Loki's
  OTLP ``service_name``, the Datadog Agent's ``service``: ``event_streams``);
  for an app, also its pods' streams that carry no app label (GKE's Cloud Logging files an
  event about a pod under that pod); in a window labelled in Azure's columns, also a Log
  Analytics export's ``KubeEvents`` rows (``EVENT_TABLE``) that name the app or pod;
- **the troubled lines of the nodes ``shop`` runs on**, from the hosts' own streams (journal,
  syslog, kernel: no ``namespace`` label; the node named by ``node``, ``host``,
  ``node_name``, ``hostname`` or Grafana's journal ``instance``): OOM kills, disk and I/O
  errors, kubelet and runtime failures, GPU (NVIDIA Xid) and machine-check faults, a
  board's undervoltage, a filesystem remounted read-only, a disk's unreadable or reallocated
  sectors, and that the node is ready again (``NODE_TROUBLE``: how long a node was out is
  how bad it was), the node named by its full name or its short hostname
  (``node_names``). The nodes are those of the scope's records, those
  whose kubelet names one of its pods (``pod="shop/cart-0"``: records often carry no node
  label), and then those that the pods of ``shop`` the other queries brought run on (the
  server its callers are refused by, whose process the kernel killed or saw segfault
  there); those kubelet lines come too, whatever they say (the eviction manager, a
  container killed); and the events about those nodes that say they are in trouble
  (``_node_events``: node-problem-detector's ``OOMKilling`` of a container's child
  process is filed under the Node, not the pod);
- **every host's disk errors** (``DISK_ERRORS``: a SCSI medium error, the block layer's
  I/O errors, a filesystem's) when the scope's lines say a replicated volume lost a replica
  (``REPLICA_LOST``: Longhorn's "Replica ... of volume ... is failed", a Ceph OSD marked
  down): the storage system names the replica, not the node whose disk failed under it;
- **a managed control plane's lines naming its pods**: the scheduler's and the cluster
  autoscaler's lines that a managed cluster ships under a job of their own, with no
  namespace and no node (AKS's diagnostic categories, GKE's control plane), when they name
  one of its pods (``pod="shop/cart-0"``, ``Pod shop/cart-0 can't be scheduled``,
  ``PODS_NAMED``): a pod no node has room for has no node to find them by;
- **the cluster DNS's warnings and errors** (CoreDNS, kube-dns, NodeLocal DNSCache in
  ``kube-system``; ``DNS_WORRIES``, a resolver at its query limit included) when the scope's
  own lines show lookups failing (``DNS_TROUBLE``); and, when a name that fails to resolve
  is not the cluster's own (``greenroom.podhost.fm``, not ``*.svc.cluster.local``), the
  warnings and errors of external-dns in any namespace (``PUBLISHER_STREAMS``): the record
  it should have published (cert-manager's HTTP-01 self-check of a new host) is missing
  while its provider throttles it or denies its change batch;
- **the dependencies it calls in other namespaces**: when the scope's warnings and errors
  name a Service in another namespace (``loyalty-service.loyalty.svc``), that namespace's
  warnings and errors (``DEPENDENCY_LIMIT``; the seed's error/warn filter);
- **the data stores its clients call in other namespaces**: when the scope's warnings and
  errors quote a product's own words (``ServiceNames``' products: a Ruby driver's
  ``Cassandra::Errors::ReadError``) and no workload of the scope is named after it, the
  warnings and errors of the pods named like the product in the other namespaces
  (``cassandra-2`` in ``toll-data``; ``DEPENDENCY_LIMIT`` each, at most ``CALLEE_NAMES``),
  the Warning events that name the product (a NATS server's ``BackOff`` as it crash-loops
  on its configuration), and the troubled lines there written in the product's server's
  own voice (``ServiceNames``' voices: PostgreSQL's ``ERROR:  deadlock detected`` from
  ``parcels-db``, a cluster named for nothing of PostgreSQL's);
- **the dependencies it calls in its own namespace**, when the request narrows the namespace
  to an app, pod or container: the lines of the pods named like the host its warnings and
  errors dial (``payments:8080``, ``redis-master.shop.svc:6379``, a URL's
  ``http://anpr.shop.svc:8000/``, libpq's ``connection to server at
  "pgbouncer.shop.svc.cluster.local" (10.0.7.84), port 6432 failed``), or, for a bare address
  (``ECONNREFUSED 10.64.5.21:6379``), like the service of its well-known port, and for a
  line that dials no address, like the product whose own words it quotes (a MySQL
  driver's ``MySQLTransactionRollbackException``: ``grading-mysql-0``) (``ServiceNames``,
  the knowledge base's: ``odds-cache-redis-node-0`` for ``redis``), whatever they say
  (``DEPENDENCY_LIMIT`` each, at most ``CALLEE_NAMES``): a Redis that was shut down, a
  database restarting, say so in lines that are neither warnings nor errors; so do the pods
  whose container is so named (``catalogue-db-1`` runs ``postgres``), and the events that
  name the callee (a peer that cannot be scheduled writes no line of its own);
- **the servers of its namespace whose clients refuse their certificate**, when the scope's
  lines fail to verify one (``VERIFY_FAILED``; a gRPC client's error often names no
  server): a server's own ``http: TLS handshake error from …: remote error: tls: bad
  certificate`` (``PEER_REFUSED_CERT``);
- **the hosts outside the cluster it dials**: when the scope's warnings and errors dial a
  dotted name that is no Service's (``rmq-dispatch-01.parks.internal:5672``, libpq's quoted
  host) and no node of the scope, the lines of that host's own streams (no ``namespace``;
  its full or short name in a node label, ``node_names``), whatever they say
  (``DEPENDENCY_LIMIT``, at most ``CALLEE_NAMES`` hosts): a broker stopped by hand
  (``systemctl stop rabbitmq-server``) says so at info level;
- **a data store's clients**, when the request narrows the namespace to one whose name holds
  a product's (``ticketing-mysql``): the namespace's warnings and errors that quote that
  product's own words (``ServiceNames``' products: a client's ``(1040, 'Too many
  connections')``), its clients' side of what it does (``DEPENDENCY_LIMIT`` each);
- **the in-cluster registry its pulls fail through**: when the scope's pull failures name an
  image on a registry that is not a public one (``harbor.corp.internal/shop/cart:1.4``; not
  Docker Hub, Quay, GHCR, GCR, ECR, ACR, ...), the warnings and errors of the namespaces
  named like the registry host's first label (``harbor``, ``jfrog-artifactory``): a registry
  proxy that its upstream throttles says so only in its own lines;
- **the storage system behind its volumes**: when the scope's lines show a volume failing
  to attach or mount (``FailedAttachVolume``, ``Unable to attach or mount volumes``) and
  name it (a provisioned ``pvc-<uid>``), the warnings and errors of the other namespaces
  that name that volume (``VOLUME_LIMIT``): Longhorn's manager saying the volume's replicas
  failed, a CSI driver that cannot attach it;
- **controllers acting on its objects** (cert-manager, ingress-nginx, Argo CD, External
  Secrets, Prometheus's service discovery, the operators that run its data stores: Strimzi,
  CloudNativePG, ECK, ... in their own namespaces,
  ``CONTROLLER_NAMESPACES``): their lines that name the namespace
  (``resource_namespace="shop"``, ``key="shop/tls"``, client-go's ``in the namespace
  \"shop\"``): the failures and what they are doing about them (a renewal under way); and
  ingress-nginx's access lines that failed with a 5xx on their way to one of its Services
  (``INGRESS_FAILED``: the upstream ``[shop-cart-8080]``), its own limit
  (``INGRESS_LIMIT``): a 503 with no upstream address says the Service has no endpoint;
  and the newest few it sent to a pod that answered (``INGRESS_SERVED``,
  ``INGRESS_SERVED_LIMIT``): whether it has one again; and when an ingress proxy's error
  line names one of its objects (Traefik's "Error while dialing backend" on its router),
  that proxy pod's own warnings and errors (``INGRESS_LIMIT``), which name no namespace:
  out of file descriptors (``accept4: too many open files``);
- **for a request about one node** (no namespace): the events that name it, from the
  exporters' streams and Alloy's eventhandler;
- **for a service off Kubernetes** (an app, pod or container whose records carry no
  namespace: a Docker Compose service, a systemd unit): the troubled lines of its hosts' own
  streams (the kernel's I/O errors, smartd's unreadable sectors);
- **nodes going down anywhere in the cluster**: Node events (``NodeNotReady``, pressure,
  reboots, a Spot or preemptible VM the cloud takes back) from the exporters' streams,
  Grafana Alloy's eventhandler and an exporter scraped under its own job name
  (``EVENT_JOBS``: ``kube-events``) (a node is not in any namespace, and the pods a namespace
  lost with it may write nothing), then the troubled lines of those nodes' own streams
  (the machine check or kernel panic that took them down) and the controllers' lines that
  name them (Karpenter replacing a drifted node, the cluster autoscaler removing one: the
  node went down on purpose);
- **the wider cluster**, only when asked (``wider``; the analyzer asks when nothing it read
  about the scope explains the scope's errors, ``analyzer.engine.widen``): the warnings and
  errors of every other namespace (the seed's error/warn filter, the newest
  ``WIDER_LIMIT``) and the troubled lines of every node's own streams. A notebook's
  ``KilledWorker`` whose workers the kernel kills in another namespace, a login proxy's
  failed token exchange with an identity server that cannot start, are read so.

``related_selectors`` builds those queries from the scope's selector and the records its own
query returned; ``with_related`` runs them and merges their lines in (each line once, by time).
Only a selector that names a namespace as a plain value gets related context, or one that
names an app, pod or container alone whose records all come from one namespace
(``scope_namespace``): that namespace's.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .labels import (
    AZURE_LABELS,
    DATADOG_EVENT_LABELS,
    DATADOG_LABELS,
    ELASTIC_EVENT_LABELS,
    FILEBEAT_LABELS,
    HOST_LABELS,
    JOURNAL_INSTANCE,
    NODE_LABELS,
    OTEL_EVENT_LABELS,
    OTEL_LABELS,
    host_label,
    hostname_parts,
)
from .records import LogRecord, add_unseen
from .scope import PODS_OF_APP
from .selector import TROUBLE_WORDS, LabelMatcher, LineFilter, Regex, Selector
from .source import LogSource


@dataclass(frozen=True, slots=True)
class ServiceNames:
    """What names a dependency that a line does not dial by its host: the service each
    well-known port is (``6379: redis``), and the products whose own words a client's errors
    quote (``mysql``: ``MySQLTransactionRollbackException``, ``innodb``)."""

    ports: Mapping[int, str] = field(default_factory=dict)
    products: tuple[tuple[str, re.Pattern[str]], ...] = ()
    #: a product -> the other names of servers that speak its protocol (mysql: galera, ...)
    families: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: a product -> how its server writes its own lines, whatever its pods are called
    voices: tuple[tuple[str, re.Pattern[str]], ...] = ()

    def aliases(self, name: str) -> tuple[str, ...]:
        """``name`` and, for a product, the names of the servers that speak its protocol."""
        return (name, *self.families.get(name, ()))

    def named_in(self, name: str) -> list[tuple[str, re.Pattern[str]]]:
        """The products whose name (or a server of their family's) is one of ``name``'s
        parts (``ticketing-mysql``, ``taproom-galera``: ``mysql``): the workload is that
        product."""
        parts = set(name.split("-"))
        return [(product, pattern) for product, pattern in self.products
                if parts.intersection(self.aliases(product))]


#: an event of type Warning, in an exporter's words (``type=Warning``, ``"type":"Warning"``)
#: or kubectl's columns (``Warning  BackOff  pod/...``)
WARNING_EVENT = LineFilter(op="|~", value=r"\bWarning\b")
#: Streams that carry Kubernetes events written by an exporter (matched on ``container``).
EVENT_STREAMS = (r"(?:kube-|kubernetes-|k8s-)?(?:event-?exporter|event-?router|event-logger)"
                 r"|kube-events?")
#: What a host stream says when a node is in trouble, and that it is back (ready again: how
#: long it was out is how bad it was).
NODE_TROUBLE = (r"(?i)(error|fail|fatal|panic|oom|out of memory|killed process|no space|"
                r"\bNodeReady\b|"
                r"i/o error|not ?ready|evict|pressure|throttl|unhealthy|not healthy|"
                r"timed? ?out|refused|\bxid\b|fallen off the bus|machine check|\bmce\b|"
                r"\bedac\b|\becc\b|under-?voltage|unreadable|uncorrectable|reallocat|read-only|"
                # the kernel's watchdogs: a CPU stuck (soft and hard lockups, RCU stalls), a
                # task blocked for minutes
                r"lockup|self-detected stall|blocked for more than)")
#: What a failing name lookup looks like in a client's line.
DNS_TROUBLE = re.compile(r"no such host|NXDOMAIN|SERVFAIL|server misbehaving|name resolution|"
                         r"EAI_AGAIN|ENOTFOUND|UnknownHostException|could not resolve|"
                         r"lookup \S+ on [\d.:\[\]]+:53|:53: i/o timeout", re.IGNORECASE)
# NodeLocal DNSCache runs as container "node-cache" (the Kubernetes addon, GKE, AKS)
DNS_STREAMS = r"coredns|kube-dns|node-local-dns|nodelocaldns|node-cache|dnsmasq"
#: A dotted name in a line (not a source file at its line, klog's ``sync.go:190]``, nor a
#: module's attribute, Python's ``socket.gaierror``: a top-level domain is short), and the
#: suffixes of the cluster's own names (a Service's ``*.svc``, ``*.cluster.local``) and of a
#: host's (``*.local``): any other name that fails to resolve is one somebody publishes in a
#: zone, which in a cluster is external-dns's work.
DOTTED_NAME = re.compile(r"(?<![\w.\-/@])[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*"
                         r"\.(?P<tld>[a-z]{2,6})(?![\w\-]|\.[\w\-]|:\d)", re.IGNORECASE)
CLUSTER_SUFFIXES = frozenset({"svc", "local", "cluster", "internal", "arpa"})
#: What a name server says of a zone it cannot serve (BIND: "zone leisure.lan/IN: refresh:
#: retry limit for primary 10.20.0.10#53 exceeded", "... expired", "query failed (SERVFAIL)")
ZONE_TROUBLE = r"(?i)SERVFAIL|expired|refresh|fail|timed out|refused|not loaded|lame|error"
#: The controller that publishes the cluster's Services and Ingresses in DNS zones.
PUBLISHER_STREAMS = r"external-dns"
#: What a resolver says when it is the trouble (dnsmasq: "Maximum number of concurrent DNS
#: queries reached"), or going away and back (CoreDNS and node-cache: "SIGTERM: Shutting down
#: servers then terminating", lameduck, "Starting node-cache", CoreDNS's "CoreDNS-1.11.1"
#: banner): its clients' lookups fail while it restarts.
DNS_WORRIES = (r"(?i)(\berror|\bwarn|fail|timeout|refused|loop|maximum number|limit reached"
               r"|overload|SERVFAIL|SIGTERM|shutting down|lameduck|\bstarting\b|^CoreDNS-\d"
               # its configuration changed and reloaded (a Corefile, a forward zone)
               r"|plugin/reload: Running configuration)")
#: a Node event template's kind and name in one value: ``object=Node/mkt-wk-05`` (or with
#: the namespace Node events are filed in: ``object=Node/default/mkt-wk-05``); or the
#: object column of ``kubectl get events`` (``Warning  OOMKilling  node/port-w3  ...``)
_NODE_OBJECT = r'\b(?:object|involvedObject|obj)="?Node/(?:default/)?|(?:^|\s)node/'
#: A Node event (every exporter shape, a JSON-bodied one's raw line too) that says the node
#: is down or degraded.
NODE_EVENT = (r'(?:\bkind=Node\b|"(?:kind|k8s\.object\.kind|ObjectKind)"\s*:\s*"Node"'
              rf'|{_NODE_OBJECT})')
NODE_DOWN = (r"(?i)(NodeNotReady|\bNotReady\b|Rebooted|NodeHas(?:Disk|Memory|PID)Pressure"
             r"|NodeNotSchedulable|unreachable|SpotInterrupt|Preempt)")
NODE_NAMED = re.compile(r'(?:"involvedObject"\s*:\s*\{[^{}]*"name"\s*:\s*"|\bname='
                        rf'|{_NODE_OBJECT})'
                        r'(?P<n>[a-z0-9][a-z0-9.\-]*?)(?:\.[0-9a-f]{12,})?(?:["\s]|:\s)')
#: A Service DNS name: <service>.<namespace>.svc
SERVICE_DNS = re.compile(r"\b[a-z0-9][a-z0-9\-]*\.(?P<ns>[a-z0-9][a-z0-9\-]*)\.svc\b")
#: A server's trouble (the default line filter's ``TROUBLE_WORDS``) or its going down and
#: coming back (Redis's "Received SIGTERM scheduling shutdown..." and "Ready to accept
#: connections", a database's "starting", "listening on", "database system is ready to
#: accept connections"): when a product its callers quote stopped answering, and when it
#: answered again.
TROUBLE_OR_LIFECYCLE = (rf"(?i)({TROUBLE_WORDS}|sigterm|shut(?:ting)? ?down|\bstarting\b"
                        r"|\bstarted\b|ready to accept|listening on|exiting"
                        # a server refusing its own configuration file as it starts
                        r"|unknown (?:field|option|directive|key|setting|parameter|variable))")
#: What a troubled line of the scope looks like (its level, or an HTTP 5xx).
TROUBLED = re.compile(r"(?i)\b(?:error|err|fatal|critical|warn(?:ing)?|fail(?:ed|ure)?|"
                      r"refused|timed? ?out|unavailable)\b|\b5\d\d\b|[a-z]Exception\b")
#: What a failed image pull says (the kubelet, its events, containerd).
PULL_FAILED = re.compile(r"(?i)ErrImagePull|ImagePullBackOff|fail(?:ed|ure)? to pull|"
                         r"pull(?:ing)? image .{0,200}fail|Back-off pulling")
#: An image reference: the registry host, then the repository path and a tag or digest.
IMAGE_REF = re.compile(r"(?<![\w.\-/])(?P<host>[a-z][a-z0-9\-]*(?:\.[a-z0-9\-]+)+(?::\d{2,5})?)"
                       r"/[\w.\-]+(?:/[\w.\-]+)*(?::[\w.\-]+|@sha256:[0-9a-f]{12,})")
#: Public registries: no workload of the cluster serves them.
PUBLIC_REGISTRIES = re.compile(
    r"(?:.*\.)?(?:docker\.io|quay\.io|ghcr\.io|gcr\.io|pkg\.dev|amazonaws\.com|azurecr\.io|"
    r"registry\.k8s\.io|mcr\.microsoft\.com|public\.ecr\.aws|nvcr\.io|registry\.gitlab\.com|"
    r"docker\.elastic\.co|registry\.access\.redhat\.com|registry\.redhat\.io|icr\.io|"
    r"container-registry\.oracle\.com)(?::\d+)?")
#: A volume failing to attach or mount (the kubelet, its events, the attach/detach controller).
VOLUME_TROUBLE = re.compile(r"FailedAttachVolume|FailedMount|AttachVolume\.Attach failed|"
                            r"MountVolume\.\w+ failed|Unable to attach or mount volumes")
#: A replicated volume's replica lost (Longhorn's "Replica pvc-... of volume pvc-... is
#: failed", a volume degraded; a Ceph OSD marked down): the disk under it may be any node's
REPLICA_LOST = re.compile(r"Replica \S+ of volume \S+ is failed|\bvolume \S+ became degraded|"
                          r"Volume \S+ is degraded|robustness changed from healthy to degraded|"
                          r"\bosd\.\d+ (?:marked (?:itself )?down|failed)|\bOSD_DOWN\b")
#: A host's disk failing (the kernel's block layer and filesystems, a SCSI sense key).
DISK_ERRORS = (r"(?i)(i/o error|medium error|Sense Key|blk_update_request|EXT4-fs error|"
               r"XFS \(\S+\): .*error|unrecovered read error|uncorrectable|"
               r"remount(?:ing)? .*read-only)")
#: An address a line dials: a host (a name, or ``<name>.<namespace>[.svc...]``) or an IPv4
#: address, then a port, alone or in a URL (``http://anpr.shop.svc:8000/``); not a file's line
#: (``main.go:12``), a path's (``/v1/plates:8000``) nor ``node:net:1555:16``.
ADDRESS = re.compile(r"(?<![\w.\-:@])(?:(?<=://)|(?<!/))(?P<h>[a-z][a-z0-9\-]*(?:\.[a-z0-9\-]+)*"
                     r"|\d{1,3}(?:\.\d{1,3}){3}):(?P<p>\d{2,5})\b(?![:.]\d)")
#: libpq's (psycopg, the pg gem, ActiveRecord, asyncpg's messages follow it) refused or
#: timed-out connection, which quotes the host and gives the port apart: 'connection to server
#: at "pg.db.internal" (10.0.4.2), port 5432 failed', and before PostgreSQL 14 'Is the server
#: running on host "pg.db.internal" (10.0.4.2) and accepting TCP/IP connections on port 5432'
LIBPQ = re.compile(r'\b(?:connection to server at|server running on host) "(?P<h>[\w.\-]+)"'
                   r'(?: \([\d.:a-fA-F]+\))?(?:,? (?:and accepting TCP/IP connections on )?'
                   r'port (?P<p>\d{2,5}))?')
#: Erlang's and Elixir's address tuple (``{to_address,{"turbine-alarm-router.wind-scada.svc",
#: 9400}}`` in a gen_tcp or Mint ``failed_connect``): a host and its port
ERLANG_ADDRESS = re.compile(r'\{"(?P<h>[a-z][a-z0-9\-]*(?:\.[a-z0-9\-]+)*)",\s*(?P<p>\d{2,5})\}')
#: Dart's SocketException, which gives the host and a port apart (``Connection refused (OS
#: Error: Connection refused, errno = 111), address = patrol-dispatch.patrol.svc, port =
#: 43512``; the port is often the client's own)
DART_ADDRESS = re.compile(r"\baddress = (?P<h>[a-z][a-z0-9\-]*(?:\.[a-z0-9\-]+)*), "
                          r"port = (?P<p>\d{2,5})\b")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
#: Host words that name no workload ("localhost:8080", "port:5432", "tcp:443").
NOT_WORKLOADS = frozenset({"localhost", "host", "server", "port", "tcp", "udp", "http",
                           "https", "addr", "address", "listen", "bind", "peer", "remote",
                           "local", "upstream", "backend", "target", "endpoint", "url"})
#: A dynamically provisioned PersistentVolume's name.
PROVISIONED_PV = re.compile(r"\bpvc-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
#: A client failing to verify a server's certificate (Go's "tls: failed to verify
#: certificate: x509: …", Java's PKIX, OpenSSL's "certificate verify failed")
VERIFY_FAILED = re.compile(r"failed to verify certificate: x509|PKIX path building failed|"
                            r"certificate verify failed")
#: ... and a server's own note that its clients refuse its certificate (Go's "http: TLS
#: handshake error from 10.128.7.57:51479: remote error: tls: bad certificate", nginx's
#: "alert bad certificate")
PEER_REFUSED_CERT = (r"remote error: tls: (?:bad certificate|expired certificate|"
                     r"unknown certificate authority)|alert (?:bad certificate|certificate "
                     r"expired|unknown ca)")
#: Namespaces where controllers that act on other namespaces' objects run (kube-system: the
#: cluster autoscaler, Karpenter, CSI controllers; only their lines naming the namespace).
CONTROLLER_NAMESPACES = (r"cert-manager|ingress-nginx|argocd|argo-cd|external-secrets|"
                         r"flux-system|kyverno|gatekeeper-system|istio-system|vault|"
                         r"sealed-secrets|velero|kube-system|karpenter|keda|metallb-system|"
                         # OpenShift's machine-config operator drains and reboots nodes
                         r"openshift-machine-config-operator|"
                         # Prometheus's service discovery lists every namespace's endpoints
                         r"monitoring|openshift-monitoring|ingress|nginx-ingress|traefik|"
                         r"traefik-system|"
                         # operators that run a namespace's data stores for it (Strimzi,
                         # CloudNativePG, Zalando's and Crunchy's Postgres, ECK), and Argo
                         # Rollouts, which rolls its workloads out
                         r"strimzi|strimzi-system|cnpg-system|postgres-operator|"
                         r"elastic-system|argo-rollouts")
#: Namespaces where the ingress controllers and gateways run: their pods proxy to every
#: namespace's Services.
INGRESS_NAMESPACES = (r"ingress-nginx|ingress|nginx-ingress|traefik|traefik-system|"
                      r"istio-system")
#: What a proxy's error line says (its level, a failure), not an access line's 5xx status.
PROXY_ERROR = re.compile(r"(?i)\b(?:error|fatal|critical|fail(?:ed|ure)?)\b")
#: A proxy's line about a route or object of some namespace (Traefik's
#: ``<namespace>-<name>@kubernetescrd``, a ``namespace=`` key).
PROXY_OBJECT = r'@kubernetes|\bnamespace"?[=:]'
#: An ingress-nginx access line that failed with a 5xx on its way to a Service of the
#: namespace: the upstream it names is ``[<namespace>-<service>-<port>]``.
INGRESS_FAILED = r'" 5\d\d \d+ .*\[{ns}-[a-z0-9][a-z0-9.\-]*\] \['
#: ... and one a pod of such a Service answered (2xx or 3xx, from an upstream address): the
#: newest of them say whether a Service found with no endpoint has one again
INGRESS_SERVED = r'" [23]\d\d \d+ .*\[{ns}-[a-z0-9][a-z0-9.\-]*\] \[[^\]]*\] [0-9a-f\[]'
#: Streams of Kubernetes events labelled with the event's namespace (Alloy, Grafana Agent,
#: an exporter scraped under its own job name).
EVENT_JOBS = (r".*(?:kubernetes[_-]events|kube[_-]events?|k8s[_-]?events?|eventhandler"
              r"|event-?exporter|event-?router).*")
#: A Log Analytics export's events table (Azure Monitor Container Insights' ``KubeEvents``
#: rows, labelled with their ``Table``).
EVENT_TABLE = LabelMatcher(name="Table", op="=", value="KubeEvents")
#: A host stream's line that names a pod of a namespace (kubelet: ``pod="shop/cart-0"``).
POD_OF = r'\bpods?="?\[?"?{ns}/[a-z0-9]'
#: ... or in a sentence (the cluster autoscaler's "Pod shop/cart-0 can't be scheduled")
PODS_NAMED = r'(?i)\bpods?(?:=|\s)"?\[?"?{ns}/[a-z0-9]'
DEPENDENCY_LIMIT = 100
CONTROLLER_LIMIT = 100
INGRESS_LIMIT = 50
INGRESS_SERVED_LIMIT = 10
EVENT_LIMIT = 200
NODE_LIMIT = 100
DNS_LIMIT = 100
VOLUME_LIMIT = 100
CALLEE_NAMES = 2
WIDER_LIMIT = 200


def _named_for(name: str, services: ServiceNames) -> str:
    """A regex of the pod or container names that hold ``name`` as a word, or the name of a
    server of its family (``families``: mysql's pods named ``taproom-galera``, ``club-mariadb``)."""
    alts = "|".join(map(re.escape, services.aliases(name)))
    return rf"(?:[a-z0-9]+-)*(?:{alts})[a-z0-9]*(?:-[a-z0-9]+)*"


def _naming_namespace(ns: str) -> str:
    """A regex of how a controller's line names an object of ``ns``."""
    quoted = re.escape(ns)
    return (rf'namespace"?[=:]\s*"?{quoted}\b|namespace \\?"{quoted}\\?"'
            rf'|key="?{quoted}/|\b{quoted}/[a-z0-9]'
            # Traefik's objects: <ns>-<name>@kubernetescrd
            rf'|\b{quoted}-[a-z0-9][\w.\-]*@kubernetes')


def failing_proxies(records: Iterable[LogRecord], ns: str) -> set[tuple[str, str]]:
    """The ingress proxies' pods (``INGRESS_NAMESPACES``: (namespace, pod)) whose error
    lines among ``records`` name an object of ``ns`` (Traefik's "Error while dialing
    backend" on a router of it): their own trouble may be why (out of descriptors)."""
    naming = re.compile(_naming_namespace(ns))
    return {(home, pod) for r in records
            if (home := r.labels.get("namespace")) and re.fullmatch(INGRESS_NAMESPACES, home)
            and (pod := r.labels.get("pod")) and PROXY_ERROR.search(r.line[:2000])
            and naming.search(r.line[:2000])}


def _proxy_trouble(proxies: Iterable[tuple[str, str]], selector: Selector) -> list[Selector]:
    """The warnings and errors of each of ``proxies``' pods in ``selector``'s window that
    name no object (``PROXY_OBJECT``): its own (Traefik's ``accept4: too many open files``),
    not those about other namespaces' routes (the scope's came with the controllers')."""
    return [Selector(namespace=home, pod=pod, limit=INGRESS_LIMIT,
                     filters=[LineFilter(op="!~", value=PROXY_OBJECT)],
                     **{**_window(selector), "default_filter": True})
            for home, pod in sorted(proxies)]


def _events_naming(name: str, window: dict[str, Any], namespace: str | None = None,
                   otel: bool = False, objects: tuple[str, ...] = (),
                   streams: tuple[dict[str, Any], ...] = (),
                   only: tuple[LineFilter, ...] = ()) -> list[Selector]:
    """The Kubernetes events that name ``name`` (as a word), from the exporters' streams and
    from Alloy's and Grafana Agent's event sources (``namespace``: only those labelled it).
    For a request about one node, its events (NodeNotReady, pressure, its pods evicted): a
    Node is in no namespace, so they carry none or an empty one. ``otel``: also the
    Collector's events receiver's events about it or its pods (``k8s_object_name``, a
    structured-metadata label filter in Loki: the message need not name the object);
    ``objects``: the labels that name an event's object in the other styles the records
    come in (the Datadog Agent's ``kube_name``, the Elastic Agent's
    ``kubernetes_event_involved_object_name``): also the events about them so named;
    ``streams``: the event streams to read (``event_streams``); ``only``: line filters
    every one of them also applies (``WARNING_EVENT``)."""
    named = [LineFilter(op="|~", value=rf"\b{re.escape(name)}\b"), *only]
    out = [Selector(namespace=namespace, filters=named, limit=EVENT_LIMIT, **stream, **window)
           for stream in streams]

    def about(object_label: str) -> Selector:  # the events whose object is it or its pods
        return Selector(namespace=namespace, limit=EVENT_LIMIT, **window, filters=list(only),
                        labels=[LabelMatcher(name=object_label, op="=~",
                                             value=rf"{re.escape(name)}(?:[-.][a-z0-9]+)*")])

    if otel:
        out.append(about(OTEL_EVENT_LABELS[1]))
    out.extend(about(label) for label in objects)
    return out


def event_streams(records: list[LogRecord]) -> tuple[dict[str, Any], ...]:
    """The streams Kubernetes events may come in, as ``Selector`` fields, for a window whose
    scope found ``records``: an exporter's pod (``EVENT_STREAMS``) and a job (Alloy's
    eventhandler, an exporter scraped under its own name, ``EVENT_JOBS``); when the records
    come from Loki's OTLP ingestion or the Datadog Agent, whose streams name a service
    (``service_name``, ``service``: the app), an exporter's service so named; when they come
    in Azure's columns, a Log Analytics export's events table (``EVENT_TABLE``). With no
    record, nothing tells the labels' style: all of them."""
    by_app = not records or any(_labelled(records, names["namespace"])
                                for names in (OTEL_LABELS, DATADOG_LABELS))
    table = not records or _labelled(records, AZURE_LABELS["namespace"])
    return ({"container": Regex(regex=EVENT_STREAMS)},
            {"labels": [LabelMatcher(name="job", op="=~", value=EVENT_JOBS)]},
            *([{"app": Regex(regex=EVENT_JOBS)}] if by_app else []),
            *([{"labels": [EVENT_TABLE]}] if table else []))


def _labelled(records: Iterable[LogRecord], namespace_label: str) -> bool:
    """Whether the records come labelled in the style whose namespace is ``namespace_label``
    (``k8s_namespace_name``: Loki's OTLP ingestion; ``kube_namespace``: the Datadog Agent)."""
    return any(namespace_label in r.labels for r in records)


def related_selectors(selector: Selector, records: Iterable[LogRecord],
                      services: ServiceNames | None = None) -> list[Selector]:
    """The extra queries for ``selector``'s scope (none without a plain namespace or, for a
    node-scoped request, a plain node). ``services``: what names the own-namespace
    dependencies that a bare address or a product's own words point at."""
    records = list(records)
    return _related_selectors(selector, records, services, scope_namespace(selector, records))


def _related_selectors(selector: Selector, records: list[LogRecord],
                       services: ServiceNames | None, ns: str | None) -> list[Selector]:
    """``related_selectors`` for a scope whose namespace (``scope_namespace``) is ``ns``."""
    # with no line of its own (a pod stuck before it ran), nothing tells the labels' style:
    # ask the events of each style that labels them apart
    otel = _labelled(records, OTEL_LABELS["namespace"]) or not records
    objects = tuple(event[1] for event, names in ((DATADOG_EVENT_LABELS, DATADOG_LABELS),
                                                  (ELASTIC_EVENT_LABELS, FILEBEAT_LABELS))
                    if _labelled(records, names["namespace"]) or not records)
    streams = event_streams(records)
    if ns is None:
        node = selector.node
        out = []
        if selector.namespace is None and isinstance(node, str) and node:
            out = _events_naming(node, _window(selector), otel=otel, objects=objects,
                                 streams=streams)
        # a service off Kubernetes (a Compose service, a systemd unit): its host's troubles
        narrowed = any(isinstance(v, str) and v
                       for v in (selector.app, selector.pod, selector.container))
        off_kubernetes = not any(r.labels.get("namespace") for r in records)
        hosts = ({n for r in records if (n := host_label(r.labels))}
                 if narrowed and off_kubernetes else set())
        return out + (_node_trouble(hosts, selector) if hosts else [])
    window = _window(selector)
    quoted = re.escape(ns)
    dials = _troubled_dials(records)  # its troubled lines and what they dial, read once
    out = [Selector(
        container=Regex(regex=EVENT_STREAMS),
        labels=[LabelMatcher(name="namespace", op="!=", value=ns)],
        filters=[LineFilter(op="|~", value=(rf'"namespace"\s*:\s*"{quoted}"'
                                            rf'|\bnamespace={quoted}\b'))],
        limit=EVENT_LIMIT, **window)]
    if ns != "kube-system" and any(DNS_TROUBLE.search(r.line[:2000]) for r in records):
        out.append(Selector(
            namespace="kube-system", container=Regex(regex=DNS_STREAMS),
            filters=[LineFilter(op="|~", value=DNS_WORRIES)],
            limit=DNS_LIMIT, **window))
    if any(VERIFY_FAILED.search(r.line[:2000]) for r in records):
        # which server of its namespace do its clients refuse? (its error may name none)
        out.append(Selector(namespace=ns, filters=[LineFilter(op="|~", value=PEER_REFUSED_CERT)],
                            limit=DEPENDENCY_LIMIT, **window))
    zones = _failing_zones(records)
    if zones:  # the controller that should have published the name
        out.append(Selector(namespace=Regex(regex=".+"),
                            container=Regex(regex=PUBLISHER_STREAMS), limit=DNS_LIMIT,
                            **{**window, "default_filter": True}))
    for zone in zones[:2]:  # a name server off the cluster (BIND on a VM) on its zone's
        #                     trouble: "zone leisure.lan/IN: expired"
        out.extend(_host_streams(".+", selector, [
            LineFilter(op="|~", value=rf"(?i)\b{re.escape(zone)}\b"),
            LineFilter(op="|~", value=ZONE_TROUBLE)], DNS_LIMIT))
    called = sorted({m.group("ns") for line, _ in dials for m in SERVICE_DNS.finditer(line)}
                    - {ns})
    for other in called[:3]:
        out.append(Selector(namespace=other, limit=DEPENDENCY_LIMIT,
                            **{**window, "default_filter": True}))
    known = services or ServiceNames()
    voices = dict(known.voices)
    for product in _products_elsewhere(records, dials, known)[:CALLEE_NAMES]:
        out.append(Selector(namespace=Regex(regex=".+"),
                            pod=Regex(regex=_named_for(product, known)),
                            labels=[LabelMatcher(name="namespace", op="!=", value=ns)],
                            filters=[LineFilter(op="|~", value=TROUBLE_OR_LIFECYCLE)],
                            limit=DEPENDENCY_LIMIT, **window))
        # and the events about them there: a server in a crash loop says little of it
        out.extend(_events_naming(product, window, otel=otel, objects=objects,
                                  streams=streams, only=(WARNING_EVENT,)))
        if product in voices:  # its server under a name of its own (parcels-db)
            out.append(Selector(namespace=Regex(regex=".+"),
                                labels=[LabelMatcher(name="namespace", op="!=", value=ns)],
                                filters=[LineFilter(op="|~", value=voices[product].pattern),
                                         LineFilter(op="|~", value=TROUBLE_OR_LIFECYCLE)],
                                limit=DEPENDENCY_LIMIT, **window))
    for registry in _registries(records, ns)[:2]:
        out.append(Selector(namespace=Regex(regex=f".*{re.escape(registry)}.*"),
                            labels=[LabelMatcher(name="namespace", op="!=", value=ns)],
                            limit=DEPENDENCY_LIMIT, **{**window, "default_filter": True}))
    if any(REPLICA_LOST.search(r.line[:2000]) for r in records):  # which node's disk failed
        out.extend(_host_streams(".+", selector, [LineFilter(op="|~", value=DISK_ERRORS)],
                                 NODE_LIMIT))
    for volume in _failing_volumes(records)[:2]:
        out.append(Selector(namespace=Regex(regex=".+"),
                            labels=[LabelMatcher(name="namespace", op="!=", value=ns)],
                            filters=[LineFilter(op="|=", value=volume)],
                            limit=VOLUME_LIMIT, **{**window, "default_filter": True}))
    if not re.fullmatch(CONTROLLER_NAMESPACES, ns):
        out.append(Selector(
            namespace=Regex(regex=CONTROLLER_NAMESPACES),
            filters=[LineFilter(op="|~", value=_naming_namespace(ns))],
            limit=CONTROLLER_LIMIT, **window))
        for shape, limit in ((INGRESS_FAILED, INGRESS_LIMIT),
                             (INGRESS_SERVED, INGRESS_SERVED_LIMIT)):
            out.append(Selector(namespace=Regex(regex=CONTROLLER_NAMESPACES),
                                filters=[LineFilter(op="|~", value=shape.format(ns=quoted))],
                                limit=limit, **window))
    subject = next((v for v in (selector.pod, selector.app, selector.container)
                    if isinstance(v, str) and v), None)
    if subject:
        out.extend(_events_naming(subject, window, namespace=ns, otel=otel, objects=objects,
                                  streams=streams))
        app = selector.app
        if isinstance(app, str) and app:  # its pods' streams that carry no app label: the
            # events a platform files under the pod they are about (GKE's k8s_pod entries)
            out.append(Selector(namespace=ns, pod=Regex(regex=PODS_OF_APP.format(
                app=re.escape(app))), labels=[LabelMatcher(name="app", op="=", value="")],
                limit=EVENT_LIMIT, **window))
        for pattern in _clients_words(subject, known):
            out.append(Selector(namespace=ns, filters=[LineFilter(op="|~", value=pattern)],
                                limit=DEPENDENCY_LIMIT, **{**window, "default_filter": True}))
        for name in _callees(dials, ns, subject, known)[:CALLEE_NAMES]:
            word = _named_for(name, known)
            out.append(Selector(namespace=ns, pod=Regex(regex=word), limit=DEPENDENCY_LIMIT,
                                **window))
            # a product's pods named for the app they serve run a container named for it
            # (catalogue-db-1's container postgres)
            out.append(Selector(namespace=ns, container=Regex(regex=word),
                                limit=DEPENDENCY_LIMIT, **window))
            # and the events about it: a peer that cannot be scheduled writes no line
            out.extend(_events_naming(name, window, namespace=ns, otel=otel, objects=objects,
                                      streams=streams))
    dialled = _hosts_dialled(dials, records)[:CALLEE_NAMES]
    if dialled:
        out.extend(_host_lines(_any_instance(dialled), selector))
    # the kubelet's journal: labelled node, host, node_name or (Grafana's) instance
    for host in (*HOST_LABELS[:3], JOURNAL_INSTANCE):
        out.append(Selector(labels=[LabelMatcher(name=host, op="=~", value=".+"),
                                    LabelMatcher(name="namespace", op="=", value="")],
                            filters=[LineFilter(op="|~", value=POD_OF.format(ns=quoted))],
                            limit=NODE_LIMIT, **window))
    # a managed control plane's logs (AKS's diagnostic categories, GKE's control plane, under
    # a job of their own, no namespace): the scheduler and the autoscaler naming its pods
    out.append(Selector(labels=[LabelMatcher(name="job", op="=~", value=".+"),
                                LabelMatcher(name="namespace", op="=", value="")],
                        filters=[LineFilter(op="|~", value=PODS_NAMED.format(ns=quoted))],
                        limit=NODE_LIMIT, **window))
    node_events = [LineFilter(op="|~", value=NODE_EVENT), LineFilter(op="|~", value=NODE_DOWN)]
    out.extend(Selector(filters=node_events, limit=EVENT_LIMIT, **stream, **window)
               for stream in streams)
    if otel:  # the events receiver's: the line is the message ("... status is now: NodeNotReady")
        out.append(Selector(labels=[LabelMatcher(name=OTEL_EVENT_LABELS[0], op="=",
                                                 value="Node")],
                            filters=[LineFilter(op="|~", value=NODE_DOWN)],
                            limit=EVENT_LIMIT, **window))
    nodes = sorted({n for r in records if (n := host_label(r.labels))})
    if nodes:
        out.extend(_node_trouble(nodes, selector))
        out.extend(_node_events(nodes, window, streams))
    return out


#: a troubled line of the scope (its first 2,000 characters) and the (host, port) of each
#: address it dials (``ADDRESS``, then ``LIBPQ``; port None when libpq gives none)
Dials = list[tuple[str, list[tuple[str, str | None]]]]


#: nginx's FastCGI upstream by address (``upstream: "fastcgi://10.244.7.5:9000"``): PHP-FPM,
#: whatever service its port is another's (9000: a NameNode's)
#: (not on the pod's own loopback: that PHP-FPM is a container of the caller's own pod)
FASTCGI_ADDRESS = re.compile(r"fastcgi://(?!127\.)\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?",
                             re.IGNORECASE)
#: a Phoenix/Cowboy crash report's own endpoint (``Server: catalogue.example.org:80 (http)``):
#: the server that crashed, not a host it called
OWN_ENDPOINT = re.compile(r"(?m)^Server: \S+ \(https?\)$")
#: nginx's error log names its own virtual server after the client, and the request's Host
#: header and referrer at the end (``client: 10.44.0.17, server: hmi.water.local, request:
#: "GET /live/ws HTTP/1.1", upstream: "http://10.44.4.12:9100/live/ws", host:
#: "hmi.water.local"``): the server that answered, not the upstream it dialled
NGINX_OWN_SERVER = re.compile(r"(, client: [^,\s]+), server: [^,\s]*")
NGINX_OWN_HOST = re.compile(r', (?:host|referrer): "[^"]*"')


def dialled_text(text: str) -> str:
    """``text`` as the hosts it dials read: PHP-FPM by its name (``FASTCGI_ADDRESS``), a
    crash report's own endpoint and nginx's own virtual server, Host header and referrer
    left out (``OWN_ENDPOINT``, ``NGINX_OWN_SERVER``, ``NGINX_OWN_HOST``)."""
    text = OWN_ENDPOINT.sub("", text)
    if ", client: " in text:
        text = NGINX_OWN_HOST.sub("", NGINX_OWN_SERVER.sub(r"\1", text))
    if "fastcgi://" in text.lower():
        text = FASTCGI_ADDRESS.sub("php-fpm", text)
    return text


def _troubled_dials(records: Iterable[LogRecord]) -> Dials:
    """The scope's troubled lines (``TROUBLED``) and the addresses each dials
    (``dialled_text``; ``ADDRESS``, ``LIBPQ``, ``ERLANG_ADDRESS``, ``DART_ADDRESS``)."""
    out: Dials = []
    for r in records:
        line = r.line[:2000]
        if TROUBLED.search(line):
            line = dialled_text(line)
            out.append((line, [(m.group("h"), m.group("p")) for m in (
                *ADDRESS.finditer(line), *LIBPQ.finditer(line),
                *ERLANG_ADDRESS.finditer(line), *DART_ADDRESS.finditer(line))]))
    return out


# a typed client's class, as the logger of the caller's line names it (Spring's
# "c.o.boxoffice.seats.SeatInventoryClient  : seat hold failed", a .NET
# "Shop.Clients.PaymentServiceClient[0]"): the Service it is the client of
_CLIENT_CLASS = re.compile(r"(?<![A-Za-z0-9])(?P<c>[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*?)"
                           r"(?:Grpc|Http|Rest|Api)?Client\b")


#: a library's own client classes, no Service's (.NET's ``System.Net.Http.HttpClient``,
#: ``Microsoft.Data.SqlClient``)
_GENERIC_CLIENTS = frozenset({"http", "https", "grpc", "rest", "api", "web", "tcp", "sql"})


def client_classes(text: str) -> list[str]:
    """The Services that typed clients named in ``text`` call, spelled as Services are
    (``SeatInventoryClient``: ``seat-inventory``; ``PaymentServiceClient``: both
    ``payment-service`` and ``payment``), for the caller to match against the workloads
    present (a class name alone names nothing that is not there); a library's own client
    (``HttpClient``) names none."""
    names: list[str] = []
    for m in _CLIENT_CLASS.finditer(text):
        words = [w.lower() for w in re.findall(r"[A-Z][a-z0-9]*", m.group("c"))]
        for cut in (words, words[:-1] if words[-1] in ("service", "svc", "api") else []):
            name = "-".join(cut)
            if cut and len(name) > 2 and name not in names and name not in _GENERIC_CLIENTS:
                names.append(name)
    return names


def _callees(dials: Dials, ns: str, subject: str, services: ServiceNames) -> list[str]:
    """What the scope's troubled lines dial in their own namespace, first seen first: the
    host's first label when it is a bare name or ``<name>.<ns>...``, the service of a bare
    address's well-known port; then, for the troubled lines that dial no address, the
    Services their typed clients call (``PartsClient.reserve/2 failed``: ``parts``, a word
    the pods of ``parts-catalog`` are named with) and the products whose own words they
    quote; never the subject itself (nor a product its name holds: ``orders-redis`` asked
    about quotes Redis's errors as its own)."""
    found: list[str] = []
    quiet = [line for line, addresses in dials if not addresses]  # they dial no address
    for host, port in (address for _, addresses in dials for address in addresses):
        if _IPV4.fullmatch(host):
            name = services.ports.get(int(port)) if port else None
        else:
            labels = host.split(".")
            name = labels[0] if len(labels) == 1 or labels[1] == ns else None
        if (name and name not in found and name not in NOT_WORKLOADS and len(name) > 2
                and name != subject and not subject.startswith(name + "-")):
            found.append(name)
    for name in (n for line in quiet for n in client_classes(line)):
        if name not in found and name != subject and not subject.startswith(name + "-"):
            found.append(name)
    own = {product for product, _ in services.named_in(subject)}
    return found + _products_quoted(quiet, services, own | set(found))


def _hosts_dialled(dials: Dials, records: Iterable[LogRecord]) -> list[str]:
    """The hosts outside the cluster that the scope's troubled lines dial, first seen first:
    a dotted name (``rmq-dispatch-01.parks.internal:5672``, libpq's quoted host) that is no
    Service's (``*.svc``, ``*.cluster.local``) and no scope record's own node; then the bare
    names of numbered machines (``cache-01:6379``, ``db2``; a bare Service name,
    ``dispatch-web:3000``, has no host streams to find)."""
    own = {n.partition(".")[0] for r in records if (n := host_label(r.labels))}
    dotted: list[str] = []
    bare: list[str] = []
    for host in (h.lower() for _, addresses in dials for h, _ in addresses):
        labels = host.split(".")
        if (_IPV4.fullmatch(host) or "svc" in labels or host.endswith(".cluster.local")
                or labels[0] in own or labels[0] in NOT_WORKLOADS
                or host in dotted or host in bare):
            continue
        if len(labels) > 1:
            dotted.append(host)
        elif _numbered(host):
            bare.append(host)
    return dotted + bare


def _failing_zones(records: Iterable[LogRecord]) -> list[str]:
    """The zones (a name's last two labels), first seen first, of the names outside the
    cluster's own that the scope's lines show failing to resolve (``lookup
    greenroom.podhost.fm on 10.0.0.10:53: no such host``: ``podhost.fm``): names a DNS zone
    should hold, a record the cluster may publish there itself, a zone a server off the
    cluster serves."""
    out: list[str] = []
    for r in records:
        line = r.line[:2000]
        if not DNS_TROUBLE.search(line):
            continue
        for m in DOTTED_NAME.finditer(line):
            zone = ".".join(m.group(0).lower().split(".")[-2:])
            if m.group("tld").lower() not in CLUSTER_SUFFIXES and zone not in out:
                out.append(zone)
    return out


def _products_elsewhere(records: Iterable[LogRecord], dials: Dials,
                        services: ServiceNames) -> list[str]:
    """The products whose own words the scope's troubled lines (``dials``) quote (a Ruby
    driver's ``Cassandra::Errors::ReadError``), first seen first, that no workload of the
    scope is named after: the data store its clients call runs in another namespace."""
    own = {part for r in records for part in r.workload.lower().split("-")}
    return _products_quoted((line for line, _ in dials), services, own)


def _products_quoted(lines: Iterable[str], services: ServiceNames,
                     skip: set[str]) -> list[str]:
    """The products whose own words ``lines`` quote, first seen first, but those in
    ``skip``."""
    found: list[str] = []
    for line in lines:
        found += [name for name, pattern in services.products
                  if name not in found and name not in skip and pattern.search(line)]
    return found


def _clients_words(subject: str, services: ServiceNames) -> list[str]:
    """LogQL line filters for the lines that quote the own words of the product whose name
    is a part of the subject's (``ticketing-mysql``: ``mysql``'s, ``Error 1040``); Loki's
    RE2 has no lookbehind, so the alternatives that use one are left out."""
    return ["(?i)" + "|".join(alt for alt in _alternatives(pattern.pattern) if "(?<" not in alt)
            for _, pattern in services.named_in(subject.lower())]


def _alternatives(pattern: str) -> list[str]:
    """A regex's top-level alternatives (``a|b(?:c|d)`` → ``a``, ``b(?:c|d)``)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


def _failing_volumes(records: Iterable[LogRecord]) -> list[str]:
    """The provisioned volumes the scope's attach and mount failures name, first seen first."""
    found: list[str] = []
    for r in records:
        line = r.line[:2000]
        if VOLUME_TROUBLE.search(line):
            found += [v for v in PROVISIONED_PV.findall(line) if v not in found]
    return found


def _registries(records: Iterable[LogRecord], ns: str) -> list[str]:
    """The first label of the in-cluster registries the scope's pull failures name
    (``harbor.corp.internal/shop/cart:1.4`` → ``harbor``), public registries left out."""
    found: list[str] = []
    for r in records:
        line = r.line[:2000]
        if not PULL_FAILED.search(line):
            continue
        for m in IMAGE_REF.finditer(line):
            host = m.group("host").lower()
            first = host.split(".")[0]
            if PUBLIC_REGISTRIES.fullmatch(host) or first in found or first == ns:
                continue
            found.append(first)
    return found


#: a kubelet's event of a container it started (every exporter's shape)
CONTAINER_STARTED = r'\breason[=:]\s*"?Started\b|"reason"\s*:\s*"Started"'


def wider_selectors(selector: Selector) -> list[Selector]:
    """The cluster beyond ``selector``'s scope in its window: the warnings and errors of the
    other namespaces (all of them when it names none, or when it narrows its namespace to
    an app, pod or container: the namespace's other workloads are beyond it too), newest
    first; the kubelets' events of containers they started; and the troubled lines of every
    node's own streams, whichever label names the node."""
    window = _window(selector)
    ns = selector.namespace
    narrowed = any(isinstance(v, str) and v
                   for v in (selector.app, selector.pod, selector.container))
    others = ([LabelMatcher(name="namespace", op="!=", value=ns)]
              if isinstance(ns, str) and ns and not narrowed else [])
    out = [Selector(namespace=Regex(regex=".+"), labels=others, limit=WIDER_LIMIT,
                    **{**window, "default_filter": True}),
           # the containers the kubelets started (again) anywhere: which workload a node's
           # kernel killed the process of, when it names only the process (``java``)
           Selector(namespace=Regex(regex=".+"), limit=EVENT_LIMIT,
                    filters=[LineFilter(op="|~", value=CONTAINER_STARTED)], **window)]
    out.extend(_host_trouble(".+", selector))
    return out


def scope_namespace(selector: Selector, records: Iterable[LogRecord]) -> str | None:
    """The namespace ``selector``'s related context is about: the one it names as a plain
    value; else, for a request about an app, pod or container alone, the one namespace its
    records come from (``app=report-renderer``, whose pods all run in ``clinic``); else
    None."""
    ns = selector.namespace
    if isinstance(ns, str) and ns:
        return ns
    if ns is not None or not any(isinstance(v, str) and v
                                 for v in (selector.app, selector.pod, selector.container)):
        return None
    found = {r.labels.get("namespace") for r in records}
    return found.pop() if len(found) == 1 and None not in found else None


def _window(selector: Selector) -> dict[str, Any]:
    return {"start": selector.start, "end": selector.end, "default_filter": False,
            "direction": selector.direction}


def _node_trouble(nodes: Iterable[str], selector: Selector) -> list[Selector]:
    """The troubled lines of ``nodes``' own streams in ``selector``'s window, whichever
    label names the node there (``NODE_LABELS``) and whether by its short hostname or its
    full one (``node_names``)."""
    return _host_trouble(_any_node(nodes), selector)


def _node_events(nodes: Iterable[str], window: dict[str, Any],
                 streams: tuple[dict[str, Any], ...]) -> list[Selector]:
    """The events about ``nodes`` that say they are in trouble, or ready again
    (``NODE_TROUBLE``: the kernel killing a process for memory, ``OOMKilling`` or
    ``SystemOOM``; pressure; not ready; ``NodeReady``), from every event stream: a
    container's child process that the kernel kills is reported on its Node, not its pod."""
    named = LineFilter(op="|~", value=_any_node(nodes))
    return [Selector(filters=[LineFilter(op="|~", value=NODE_EVENT), named,
                              LineFilter(op="|~", value=NODE_TROUBLE)],
                     limit=EVENT_LIMIT, **stream, **window)
            for stream in streams]


def _controllers_naming(nodes: Iterable[str], selector: Selector) -> Selector:
    """The lines of the controllers in their own namespaces (``CONTROLLER_NAMESPACES``:
    Karpenter, the cluster autoscaler) that name ``nodes``: whether a node that went down
    was being replaced, consolidated or drained on purpose."""
    return Selector(namespace=Regex(regex=CONTROLLER_NAMESPACES),
                    filters=[LineFilter(op="|~", value=_any_node(nodes))],
                    limit=CONTROLLER_LIMIT, **_window(selector))


def _any_node(nodes: Iterable[str]) -> str:
    """A regex of the names any of ``nodes`` may be given (``node_names``)."""
    return "|".join(node_names(n) for n in sorted(nodes))


def _any_instance(hosts: Iterable[str]) -> str:
    """``_any_node`` of hosts that callers dial, each also as a numbered machine when its
    name has no number (``cad-db.dispatch.internal``, a DNS name of the VM ``cad-db-01``)."""
    return "|".join(node_names(h, numbered=True) for h in sorted(hosts))


def _numbered(host: str) -> bool:
    """Whether ``host``'s first label ends in a number, as a numbered machine's does
    (``cache-01``, ``db2``)."""
    return host.split(".")[0][-1:].isdigit()


def node_names(node: str, *, numbered: bool = False) -> str:
    """A regex of the names a host's streams may give node ``node``: its Kubernetes name
    (``k8s-w03.pharm.lan``) and its short hostname (``k8s-w03``), which a syslog or journal
    shipper often writes instead, or the other way round (a short name: under any domain);
    an IP address only as itself. ``numbered``: a name with no number may also be a
    numbered machine's (``cad-db`` of ``cad-db-01``)."""
    parts = hostname_parts(node)
    if parts is None:
        return re.escape(node)
    short, domain = parts
    number = r"(?:-?\d{1,3})?" if numbered and not _numbered(short) else ""
    return (re.escape(short) + number
            + (f"(?:\\.{re.escape(domain)})?" if domain else r"(?:\.[\w\-]+)*"))


def _host_streams(hosts: str, selector: Selector, filters: list[LineFilter],
                  limit: int) -> list[Selector]:
    """The lines of the host streams (no ``namespace``) whose node label, whichever names
    it (``NODE_LABELS``), matches the regex ``hosts``, in ``selector``'s window."""
    return [Selector(labels=[LabelMatcher(name=host, op="=~", value=hosts),
                             LabelMatcher(name="namespace", op="=", value="")],
                     filters=filters, limit=limit, **_window(selector)) for host in NODE_LABELS]


def _host_trouble(hosts: str, selector: Selector) -> list[Selector]:
    """The troubled lines of the host streams whose node label matches the regex ``hosts``."""
    return _host_streams(hosts, selector, [LineFilter(op="|~", value=NODE_TROUBLE)], NODE_LIMIT)


def _host_lines(hosts: str, selector: Selector) -> list[Selector]:
    """Every line of the host streams whose node label matches the regex ``hosts`` (a
    broker stopped by hand says so at info level)."""
    return _host_streams(hosts, selector, [], DEPENDENCY_LIMIT)


def down_nodes(records: Iterable[LogRecord]) -> set[str]:
    """Nodes that Node events among ``records`` say are down or degraded."""
    out = set()
    for r in records:
        head = r.line[:2000]
        if re.search(NODE_EVENT, head) and re.search(NODE_DOWN, head):
            m = NODE_NAMED.search(head)
            if m:
                out.add(m.group("n"))
    return out


def hosting_nodes(records: Iterable[LogRecord], namespace: str) -> set[str]:
    """Nodes whose own streams (no ``namespace`` label) name a pod of ``namespace``."""
    named = re.compile(POD_OF.format(ns=re.escape(namespace)))
    return {n for r in records if (n := host_label(r.labels))
            and not r.labels.get("namespace") and named.search(r.line[:2000])}


async def with_related(source: LogSource, selector: Selector, records: list[LogRecord], *,
                       now_ns: int | None = None, wider: bool = False,
                       services: ServiceNames | None = None) -> list[LogRecord]:
    """``records`` plus the related context's lines (and with ``wider`` the wider
    cluster's, ``wider_selectors``), each line once, oldest first. ``services``: as for
    ``related_selectors``."""
    seen = {r.identity for r in records}
    merged = list(records)

    async def fetch(extra: Selector) -> list[LogRecord]:
        return [rec async for rec in source.query(extra, now_ns=now_ns)]

    ns = scope_namespace(selector, records)
    extras = _related_selectors(selector, records, services, ns)
    if wider:
        extras += wider_selectors(selector)
    # the queries are independent: a Loki answers them side by side, not one after another
    for found in await asyncio.gather(*(fetch(extra) for extra in extras)):
        add_unseen(merged, seen, found)
    if extras:  # the nodes events say went down, or that run its pods: their troubled lines;
        # the controllers' lines that name the down ones
        covered = {n for r in records if (n := host_label(r.labels))}
        down = down_nodes(merged)
        # the nodes its dependencies' pods (brought above) run on: their troubled lines and
        # the events that say the kernel killed or faulted one of their processes there
        # (reported on the host or the Node, not the pod)
        homes = ({n for r in merged if r.labels.get("namespace") == ns
                  and (n := host_label(r.labels))} - covered) if ns else set()
        fresh = (down | (hosting_nodes(merged, ns) if ns else set()) | homes) - covered
        # the ingress proxies that failed on their way to its Services: their own errors
        proxies = failing_proxies(merged, ns) if ns else set()
        for found in await asyncio.gather(*(fetch(extra) for extra in (
                [*(_node_trouble(fresh, selector) if fresh else []),
                 *_proxy_trouble(proxies, selector),
                 *(_node_events(homes, _window(selector), event_streams(records))
                   if homes else []),
                 *([_controllers_naming(down, selector)] if down else [])]))):
            add_unseen(merged, seen, found)
    merged.sort(key=lambda r: r.ts)
    return merged
