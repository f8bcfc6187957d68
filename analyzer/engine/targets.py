"""The dependency a line names, and how a name maps onto the workloads present.

A caller's error that names another service (``dial tcp payments:8080``, ``target=
"feature-store:9090"``, an Envoy access log's authority, an ``ECONNREFUSED`` address on a
well-known port) points at the callee: ``callee_names`` lists the names a line gives, and
``resolve`` maps them onto the workloads present (``kafka-0.kafka-headless`` → ``kafka``),
falling back to the bare name when the callee writes no logs of its own. (Who wrote or is
the subject of a line is ``owners``.)
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from retrieval.records import workload_of
from retrieval.related import LIBPQ as _LIBPQ  # libpq's quoted host and its port
from retrieval.related import client_classes as client_classes  # a typed client's Service
from retrieval.related import dialled_text

from .knowledge import KnowledgeBase

_HOST = r"[A-Za-z][\w\-]*(?:\.[\w\-]+)*"
_KEYED = re.compile(
    # not a systemd unit's suffix ("lightd.service: Main process exited")
    r"\b(?:target|host|hostname|upstream|addr|address|server|(?<!\.)service|peer|remote|endpoint"
    r"|backend|dependency|dest|destination|broker|gateway|url|uri|replica|primary)"
    r"[\"']?\s*[=:]\s*(?P<q>[\"'])?"
    r"(?:[a-z][\w+.\-]*:///?)?(?P<h>[\w.\-]+)(?::(?P<p>\d{2,5}))?"
    # a quoted value goes on to its quote: 'from server: "Too many connections"' is a message
    r"(?(q)(?=[\"'/:]))", re.IGNORECASE)
_PHRASES = re.compile(
    r"(?<![\w.])(?:dial tcp|connect(?: (?-i:E[A-Z]{4,}))?|lookup|ENOTFOUND|EAI_AGAIN|connecting to"
    r"|connection to|Connection to|Could not connect to Redis at|connect to|reach|calling|call to"
    r"|request to|from upstream|server on|at election address|to server:?|contacting"
    r"|Retrying connect to server:?)"
    r"\s+[\"'/]?(?:[a-z][\w+.\-]*:///?)?(?P<h>[\w.\-]+)(?::(?P<p>\d{2,5}))?", re.IGNORECASE)
_URL = re.compile(r"https?://(?P<h>[\w.\-]+)(?::(?P<p>\d{2,5}))?", re.IGNORECASE)
# a service named before its failed call ("map-render call failed: HTTP 504"): a
# hyphenated name, as Services are, not a word ("upstream call failed")
_CALL_OF = re.compile(r"(?<![\w.\-/])(?P<h>[a-z][a-z0-9]*(?:-[a-z0-9]+)+) (?:call|request|rpc)s? "
                      r"(?:failed|timed out)\b")
# a service named as the one that answered a failure ("upstream request timeout (504 from
# fx-rates)", "got HTTP 503 from payments-api")
_STATUS_FROM = re.compile(r"\b[45]\d\d (?:[A-Z][\w ]{0,30} )?from (?P<h>[a-z][\w.\-]*[a-z0-9])\b")
# a dependency named before its silence ("wordcount did not respond within 30s", "ledger is
# not responding")
_SILENT = re.compile(r"(?<![\w.\-/:])(?P<h>[a-z][a-z0-9]*(?:-[a-z0-9]+)*) (?:did not|didn't"
                     r"|does not|doesn't|is not|isn't) (?:respond|answer|reply)", re.IGNORECASE)
# a Service DNS name anywhere ("10.96.157.176:5432 (pg-treasury.treasury-db.svc.cluster.local)"),
# but not a certificate's own subject or SAN (CN=ledger.finance.svc: the writer itself)
_SVC = re.compile(r"(?<![\w.\-])(?<!CN=)(?<!DNS:)"
                  r"(?P<h>[a-z][\w\-]*\.[a-z][\w\-]*\.svc(?:\.cluster\.local)?)"
                  r"(?![\w\-]|\.[\w\-])", re.IGNORECASE)
# the name of an address a client gives beside it (pgx: "10.0.40.11:5432 (pg.db.corp.internal)")
_ADDR_NAME = re.compile(r"\b\d+\.\d+\.\d+\.\d+:\d{2,5} \((?P<h>[a-z][\w\-]*(?:\.[\w\-]+)+)\)",
                        re.IGNORECASE)
# a name a client gives before its address ("output node lx-ctl-01 (10.60.0.21:7400)
# unreachable"): hyphenated or dotted, as hosts and Services are, not a word ("to (10.0.0.1:80)")
_NAME_ADDR = re.compile(r"(?<![\w.\-/])(?P<h>[a-z][a-z0-9]*(?:[-.][a-z0-9]+)+) "
                        r"\(\d+\.\d+\.\d+\.\d+:(?P<p>\d{2,5})\)", re.IGNORECASE)
_HOSTPORT = re.compile(rf"(?<![\w.\-/])"
                       # not a Go struct's field (containerd's "&TaskExit{...,Pid:38439,
                       # ExitedAt:2026-04-12...}"): a capital after "{" or ","
                       r"(?:(?<![{,])|(?![A-Z]))"
                       # not a key with an underscore, which no host name has (the kernel's
                       # "oom_score_adj:985", "exit_status:137", a mutex's "group_id:83")
                       r"(?![\w.\-]*_)"
                       # not TiDB's error class and code ("[executor:1213]Deadlock found")
                       r"(?!(?<=\[)[a-z]+:\d{4}\])"
                       rf"(?P<h>{_HOST}|\d+\.\d+\.\d+\.\d+)"
                       rf"(?:/\d+\.\d+\.\d+\.\d+)?:(?P<p>\d{{2,5}})\b"  # Java: host/ip:port
                       r"(?![:.]\d)")  # not file:line:col (node:net:1607:16), not rv:124.0
# a link to documentation ("For more details see: http://wiki.apache.org/...", SQLAlchemy's
# "Background on this error at: https://sqlalche.me/e/14/e3q8") names no dependency
_DOC_LINK = re.compile(r"(?:\bsee|details|background on this error at|documentation|docs?"
                       r"|more info(?:rmation)?|help)\W{0,4}(?:at\W{0,3})?(?:https?://)?$",
                       re.IGNORECASE)
#: a database server's role words
_ROLES = r"(?:primary|replica|standby|secondary|master|leader)"
# (not a database's role: "rechecking on primary" names no machine)
_FROM = re.compile(rf"\b(?:from|to|on|at) (?!{_ROLES}\s*$)(?P<h>[a-z][\w\-]+)\s*$",
                   re.IGNORECASE)
# a database server named by its role before its name ("returned Expired from replica
# pg-members-ro", "failing over to standby pg-ledger-b"): hyphenated, as hosts are
_ROLE_NAMED = re.compile(rf"\b{_ROLES}\s+(?P<h>[a-z][a-z0-9]*(?:-[a-z0-9]+)+)\b(?![.\-])",
                         re.IGNORECASE)
_IP = re.compile(r"^\d+\.\d+\.\d+\.\d+$")
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "0.0.0.0"})
_PUBLIC_TLDS = frozenset({"com", "net", "org", "io", "dev", "ai", "co", "cloud", "app", "shop",
                          "me", "eu", "us", "uk", "de", "fr", "nl", "jp", "in", "info", "biz",
                          "tech", "xyz", "example",
                          # a government's, a university's (services.swpc.noaa.gov), and
                          # more countries' (a file's extension is read as such first)
                          "gov", "edu", "mil", "int", "at", "be", "ch", "se", "no", "dk", "fi",
                          "pl", "cz", "it", "es", "pt", "ie", "au", "nz", "ca", "br", "mx",
                          "za", "kr", "cn", "tw", "hk", "sg", "ru", "ua", "tr", "il", "ae"})
#: top-level domains a site names its own hosts under (``.internal``, reserved for that)
_PRIVATE_TLDS = frozenset({"internal", "corp", "lan", "intranet", "private"})
_LOW_PORTS = frozenset({21, 22, 23, 25, 53})
_SOURCE_FILES = frozenset({"java", "kt", "kts", "scala", "groovy", "clj", "cljs", "cljc", "go",
                           "py", "js", "mjs", "cjs", "ts", "rb", "rs", "c", "cc", "cpp", "h",
                           "cs", "php", "ex", "exs", "erl", "hs", "swift", "dart", "lua", "jl",
                           "nim", "zig"})
_NOT_HOSTS = frozenset({"localhost", "127.0.0.1", "0.0.0.0", "server", "host", "the", "tcp",
                        "udp", "http", "https", "api", "upstream", "node", "unix", "true",
                        "false", "none", "null", "nil", "default", "no", "timeout", "request",
                        "a", "an", "all", "any", "it", "this", "that", "retry", "start",
                        "startup", "connect", "complete", "finish", "run", "read", "write",
                        "load", "shutdown", "stop", "exit", "disk", "memory", "wiki", "docs",
                        # words after "connect"/"connection" ("connect to X", "connect
                        # refused", "connection reset"), never a host
                        "to", "from", "on", "at", "in", "of", "for", "with", "by", "via",
                        "refused", "reset", "closed", "timed", "failed", "error", "lost",
                        "is", "was", "has", "been", "not", "pool", "attempt",
                        # "could not connect to server: Connection refused"
                        "connection",
                        # "Unable to connect to port 22 on 203.0.113.45", "connect to remote"
                        "port", "socket", "address", "endpoint", "remote", "peer", "backend",
                        "destination", "service", "some",
                        # "failed calling webhook \"validation.gatekeeper.sh\""
                        "webhook",
                        # a process's ids (containerd's "&TaskExit{...,Pid:38439,...}")
                        "pid", "ppid", "tid", "uid", "gid",
                        # an error's numbered fields (SqlClient's "Error Number:9002,State:2")
                        "number", "code", "errno", "state", "class", "severity",
                        # the one a server answers ("replying 504 to caller")
                        "caller", "client", "clients", "user", "users"})


# a Unix socket a line connects through (nginx's 'connect() to unix:/run/php/php8.2-fpm.sock
# failed', 'upstream: "fastcgi://unix:/var/run/php-fpm/www.sock:"', Go's "dial unix
# /run/containerd/containerd.sock"): the process that listens on it, on the same host
_UNIX_SOCKET = re.compile(r"(?:\bunix:(?://)?|\bdial unix )(?P<path>/[\w.@\-]+(?:/[\w.@\-]+)*)")
# a socket's name that says nothing of its process (PHP-FPM's pool "www", "api.sock")
_GENERIC_SOCKETS = frozenset({"www", "socket", "sock", "app", "api", "default", "main",
                              "server", "control", "agent", "run", "tmp", "var"})


def socket_owners(text: str) -> list[str]:
    """The processes that listen on the Unix sockets ``text`` names, spelled as they may be
    deployed (``/run/php/php8.2-fpm.sock``: ``php8.2-fpm``, then ``php-fpm`` without its
    version; ``/var/run/php-fpm/www.sock``: ``php-fpm``, from the directory when the file's
    name is a pool's or a generic word), for the caller to match against the workloads
    present: a socket names no host, and a name alone blames nothing that is not there."""
    names: list[str] = []
    for m in _UNIX_SOCKET.finditer(text):
        parts = [p for p in m.group("path").lower().split("/") if p]
        stem = re.sub(r"\.(?:sock|socket)$", "", parts[-1])
        for word in (stem, *reversed(parts[:-1])):
            if word in _GENERIC_SOCKETS or not word[:1].isalpha():
                continue  # a generic name, or a dot's (PostgreSQL's ".s.PGSQL.5432"): the
                #           directory's
            for name in (word, re.sub(r"(?<=[a-z])\d+(?:\.\d+)*", "", word)):
                if name not in names:
                    names.append(name)
            break
    return names


def callee_names(text: str, kb: KnowledgeBase, named: Iterable[str] = ()) -> list[str]:
    """Names of the dependency a line speaks of, most explicit first: names a signature
    captured, keyed fields, phrases (``dial tcp X``), URLs, Service DNS names, host:port, a
    service named before its failed call (``X call failed``), then services of well-known
    ports and product words."""
    return dependency_names(text, kb, named)[0]


def dependency_names(text: str, kb: KnowledgeBase, named: Iterable[str] = (),
                     machines: Collection[str] = ()) -> tuple[list[str], bool, set[str]]:
    """``callee_names``, whether the line names a dependency by a public host (one out
    of the cluster: ``https://api.partner.example.com/v1``), and which of the names come
    from hosts under a site's own domain (``pg-charts`` of ``pg-charts.db.corp.internal``:
    out of the cluster unless a workload here has that name, see ``line_signals``).
    ``machines``: the window's own hosts and nodes (lowercase), named whole (``lx-ctl-01``
    is that machine, not the pod ordinal 01 of ``lx-ctl``)."""
    names: list[str] = []
    ports: list[int] = []
    private: set[str] = set()
    outside = False  # the line names its dependency by a public host: out of the cluster
    text = dialled_text(text)  # PHP-FPM by its address; not a crash report's own server

    def add(host: str | None, port: str | None = None) -> None:
        nonlocal outside
        if port and port.isdigit() and int(port) < 80 and int(port) not in _LOW_PORTS:
            return  # "grain:32", "retries:3": a field, not a host and port
        if host and host.strip("\"'/[]").lower() in _LOOPBACK:
            return  # a process in the writer's own pod (php-fpm behind nginx on :9000)
        if port and port.isdigit():
            ports.append(int(port))
        if host:
            outside |= _public(host)
            name = clean_host(host)
            whole = host.strip("\"'/[](),;").lower().split(".")[0]
            name = whole if name and whole in machines else name
            name = kb.fronts.get(name, name) if name else None  # a webhook's Service
            if name and name not in names:
                names.append(name)
            if name and site_host(host):
                private.add(name)

    for n in named:
        host, _, port = n.strip("/").rpartition(":") if ":" in n else (n, "", "")
        add(host or n, port or None)
    for rx in (_KEYED, _LIBPQ, _PHRASES, _URL, _SVC, _ADDR_NAME, _NAME_ADDR, _HOSTPORT,
               _CALL_OF, _STATUS_FROM, _SILENT, _ROLE_NAMED):
        for m in rx.finditer(text):
            if not _DOC_LINK.search(text[max(m.start() - 40, 0):m.start()]):
                add(m.group("h"), m.groupdict().get("p"))
    tail = _FROM.search(text)
    if tail:
        add(tail.group("h"))
    for number in ports:
        service = kb.ports.get(number)
        if service and service not in names:
            names.append(service)
    if outside:
        return names, True, private  # "broker=mqtt.lockhub-cloud.com:8883": not a Kafka
    for product, rx in kb.products:
        if product not in names and rx.search(text):
            names.append(product)
    return names, False, private


def _public(host: str) -> bool:
    """Whether ``host`` is a name under a public top-level domain (outside the cluster)."""
    labels = host.strip("\"'/[](),;").lower().split(".")
    return len(labels) > 1 and labels[-1] in _PUBLIC_TLDS


def site_host(host: str) -> bool:
    """Whether ``host`` is a name under a site's own domain (``mirth.clinic-dc.internal``):
    a host of the site's network, or a Service of the cluster published under it. A cloud's
    names of its machines (``ip-10-0-1-5.ec2.internal``, ``*.compute.internal``, GCE's
    ``*.c.<project>.internal``) are the cluster's nodes, not dependencies."""
    labels = host.strip("\"'/[](),;").lower().split(".")
    return (len(labels) > 2 and labels[-1] in _PRIVATE_TLDS
            and labels[-2] not in ("ec2", "compute") and "c" not in labels[1:-1])


def site_machine(host: str) -> bool:
    """Whether ``host`` is a machine's name under a site's own domain (``site_host``) or an
    Active Directory domain's (``hl7-proxy02.renalcare.local``; not Kubernetes'
    ``svc.cluster.local``): a name its operators shorten to the first label."""
    labels = host.strip("\"'/[](),;").lower().split(".")
    return site_host(host) or (len(labels) > 2 and labels[-1] == "local"
                               and labels[-2] != "cluster" and "svc" not in labels)


def clean_host(host: str) -> str | None:
    """``kafka-0.kafka-headless.svc`` → ``kafka``; IPs, generic words and public hosts
    (``api.stripe.com``: no workload of the cluster to blame) → None."""
    host = host.strip("\"'/[](),;").lower()
    if not host or _IP.match(host) or host in _NOT_HOSTS or host.isdigit():
        return None
    labels = host.split(".")
    if len(labels) > 1 and labels[-1] in _SOURCE_FILES:
        return None  # a stack frame's file (KubernetesAuthentication.java:59, packets.go:37)
    if _public(host):
        return None  # api.stripe.com: outside the cluster, the caller stays the component
    first = labels[0]
    if first in _NOT_HOSTS or len(first) < 2 or not first[0].isalpha():
        return None
    if site_host(host):
        return first  # a machine of the site's (seqlims-db-01.lab.corp.internal), not a pod
    return workload_of({"pod": first})


#: Traefik's access log names the router that took the request, then the server it sent it
#: to (``"POST /v1/count HTTP/1.1" 504 15 "-" "-" 34604 "billing-wordcount@kubernetes"
#: "http://10.42.1.233:8080" 30001ms``): a router of an Ingress or an IngressRoute is named
#: <namespace>-<name>[-<hash>], for the Service it routes to
TRAEFIK_ROUTER = re.compile(r'" \d{3} \d+ "[^"]*" "[^"]*" \d+ "(?P<route>[a-z0-9][\w.\-]*)'
                            r'@kubernetes(?:crd)?" "')


#: the last part of an upstream's or a router's name that is no part of the Service's: a
#: port by number or common name (ingress-nginx: ``-8080``, ``-http``), a hash (Traefik:
#: ``-6b204d94623b1b4d2c5b``)
_ROUTE_SUFFIX = re.compile(r"\d+|(?=[a-f]*\d)[0-9a-f]{6,}|https?|http2|h2c|grpcs?|tcp|udp|web")


def routed_service(route: str, namespaces: Iterable[str]) -> str:
    """The Service an ingress-nginx upstream name routes to: ``<namespace>-<service>-<port>``
    (``parking-permits-api-3000``: ``permits-api``), its namespace the longest of
    ``namespaces`` it begins with; with none of them, the name less its port. A Traefik
    router's name, ``<namespace>-<name>`` or ``<namespace>-<name>-<hash>``, reads the same
    (``bookmobile-route-planner``: ``route-planner``; only a port or a hex hash is cut)."""
    route = route.lower()
    ns = max((n.lower() for n in namespaces if route.startswith(n.lower() + "-")),
             key=len, default="")
    rest = route[len(ns) + 1:] if ns else route
    head, _, last = rest.rpartition("-")
    return head if head and _ROUTE_SUFFIX.fullmatch(last) else rest


def resolve(names: Sequence[str], workloads: Iterable[str], self_name: str,
            writing: Iterable[str] | None = None,
            products: Collection[str] = (),
            containers: Mapping[str, str] | None = None,
            families: Mapping[str, Sequence[str]] | None = None) -> str | None:
    """The first name that is (or prefixes, or is prefixed by) a present workload other than
    the line's own; else the first name not the caller itself; else None. ``writing``: the
    workloads that write lines, when ``workloads`` also holds names other lines only mention:
    a name extending one of them (``orders-db-ro``, a Service in front of ``orders-db``'s
    pods) is that workload before it is a name of its own. A product name (``products``:
    ``postgres``) no workload is called is the one present workload a word of which it
    begins (``temporal-postgresql``), if there is exactly one; else the one workload whose
    pods run a container of that name (``containers``: a StatefulSet ``catalog-es-data``
    running container ``elasticsearch``), or whose lines alone are written in that product's
    server's voice (``parcels-db``'s ``ERROR:  deadlock detected``: ``line_signals`` adds it
    under the product's name); a product is so by the names of the servers of its
    family too (``families``: mysql's ``galera``, ``taproom-galera`` running container
    ``mariadb``). A product the line's own workload runs is the writer itself, no callee."""
    present = [w for w in workloads if w.lower() != self_name.lower()]
    names = [n for n in names if n != self_name.lower()]  # itself (nats naming its own CA,
    #                                                       events-nats-ca), not nats-routes-tls
    lowered = {w.lower(): w for w in present}
    writers = {w.lower(): w for w in writing or () if w.lower() != self_name.lower()}
    for name in names:
        if name in writers:
            return writers[name]
        extended = max((w for lw, w in writers.items() if name.startswith(lw + "-")),
                       key=len, default=None)  # the longest: orders-db before orders
        if extended is not None:
            return extended
    for name in names:
        if name in lowered:
            return lowered[name]
    # a workload that writes lines before a name only mentioned, then by name: the same
    # answer whatever order the set of names comes in
    ordered = sorted(present, key=lambda w: (w.lower() not in writers, w.lower(), w))
    for name in names:
        for w in ordered:
            lw = w.lower()
            if lw.startswith(name + "-") or name.startswith(lw + "-") or lw.endswith("-" + name):
                return w
    for name in names:
        if name in products:
            alias = (name, *(families or {}).get(name, ()))
            found = [w for w in present if any(part.startswith(alias)
                                               for part in w.lower().split("-"))]
            if len(found) == 1:  # one instance of the product: that one
                return found[0]
            runs = next((r for a in alias if (r := (containers or {}).get(a)) is not None),
                        None)
            if runs is not None and runs.lower() != self_name.lower():
                return runs
    own = {c for c, w in (containers or {}).items() if w.lower() == self_name.lower()}
    own_parts = self_name.lower().split("-")
    for name in names:
        if name in products and any(part.startswith((name, *(families or {}).get(name, ())))
                                    for part in own_parts):
            continue  # a server of the product's family quoting its words: tidb-spd's own
            #           "Deadlock found when trying to get lock"
        if (name != self_name.lower() and not self_name.lower().startswith(name + "-")
                and name not in own):  # a database's own "deadlock detected": itself
            return name
    return None
