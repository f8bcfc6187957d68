"""The engine's entry point: ``diagnose(packed, kb=..., classifier=...) -> Diagnosis``.

Pure: reads only its arguments. Each packed line is matched against the knowledge base,
scored by the line classifier (when given), tied to its workload, node and the dependency
it names; ``reasoning.infer`` ranks (category, component) candidates; the best becomes the
``Extraction`` (texts from the knowledge base's per-category templates, evidence = the
decisive lines as packed indices, calibrated confidence) unless it is too weak, which
makes the window healthy (``none``/INFO). The ranked candidates are kept for an LLM stage
that may only choose among them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from typing import Any

from retrieval.labels import host_label, hostname_parts
from retrieval.lineparse import parse_line
from retrieval.packing import Packed, PackedLine
from retrieval.records import Level, LogRecord

from ..schema import (
    MAX_ACTION,
    MAX_COMPONENT,
    MAX_EVIDENCE,
    MAX_ROOT_CAUSE,
    MAX_SUMMARY,
    Extraction,
)
from .classifier import LineClassifier, full_text, masked_text
from .knowledge import KnowledgeBase
from .maintenance import server_news
from .owners import (
    KILLED,
    client_of,
    data_store,
    event_object,
    long_running,
    node_aliases,
    node_of,
    owners_of,
    placed_pod,
    pod_nodes,
    pod_of,
    text_event,
)
from .reasoning import Candidate, Hit, LineSignals, Params, infer
from .retries import (
    dagster_names,
    login,
    lookup,
    ok_on_retry,
    operation,
    pool_news,
    succeeded,
    task_mark,
    topic_news,
)
from .signals import TROUBLE_WORDS, host_workloads
from .targets import (
    TRAEFIK_ROUTER,
    client_classes,
    dependency_names,
    resolve,
    routed_service,
    site_machine,
    socket_owners,
)

MATCH_CHARS = 2000
MESSAGE_CHARS = 2000  # of a line's message the rules read (``LineSignals.message``)
#: confidence = sigmoid(intercept + Σ weight·feature); fitted by ``loglens train`` on
#: golden/train.jsonl (cross-validated), these defaults are used without a classifier.
DEFAULT_CALIBRATION = {"intercept": -1.0, "margin": 3.0, "log_top": 0.6, "signature": 1.0,
                       "none": 1.5, "none_gap": 1.0}
_STATUS = re.compile(r'HTTP/[\d.]+"\s+(?P<a>[1-5]\d\d)\b|\b(?:status|status_code|statusCode|'
                     r'http_status|response_code)["\']?\s*[=:]\s*"?(?P<b>[1-5]\d\d)\b'
                     # uWSGI's request log: "... => generated 211 bytes in 88 msecs
                     # (HTTP/1.1 200) 6 headers in 214 bytes ..."
                     r'|\bgenerated \d+ bytes in \d+ msecs \(HTTP/[\d.]+ (?P<c>[1-5]\d\d)\)'
                     # ASP.NET Core's: "Request finished HTTP/1.1 POST http://host/api/loans -
                     # 503 152 application/problem+json 232.6455ms"
                     r'|\bRequest finished HTTP/[\d.]+ [A-Z]+ \S+ - (?P<d>[1-5]\d\d)\b'
                     # Phoenix's (Plug.Logger): "Sent 500 in 2002ms"
                     r'|\bSent (?P<e>[1-5]\d\d) in \d+(?:\.\d+)?(?:ms|µs|us|s)\b')
#: Django's request log names the response by its reason phrase
#: (``WARNING ... log Unauthorized: /api/v1/auth/token``)
_REASONS = {"Bad Request": 400, "Unauthorized": 401, "Forbidden": 403, "Not Found": 404,
            "Method Not Allowed": 405, "Gone": 410, "Too Many Requests": 429,
            "Internal Server Error": 500, "Bad Gateway": 502, "Service Unavailable": 503,
            "Gateway Timeout": 504}
_REASON_LINE = re.compile(r"\b(?:log|django\.request|request)\s*:?\s+(?P<r>"
                          + "|".join(_REASONS) + r"): /\S*\s*$")
_BACKOFF = re.compile(r"back-off (?:(?P<m>\d+)m)?(?P<s>\d+)s restarting failed", re.IGNORECASE)
# systemd counting a unit's automatic restarts: "Scheduled restart job, restart counter is at 5."
_UNIT_RESTARTS = re.compile(r"\brestart counter is at (?P<n>\d{1,6})\b")
# an exporter's count, or kubectl's "(x5 over 4m)" beside the event's age
_EV_COUNT = re.compile(r'"count"\s*:\s*(?P<a>\d{1,6})\b|(?<![\w.])count=(?P<b>\d{1,6})\b'
                       r"|\(x(?P<c>\d{1,6}) over \d+[smhd](?:\d+[sm])?\)")
_EVENT = re.compile(r"\b(?:type=(?:Warning|Normal)|reason=\w+)\b|\"reason\"\s*:\s*\"\w+\"")
#: an operator's statement that something is down ("the blog is down", "has been down since
#: the maintenance", "then went down", "why is the claims API down" (asks why, not whether),
#: "offline" (as a state: "offline since 21:40", not a fallback's "offline mode" or
#: "offline allow-list"), "unreachable", "nobody can log in", "nothing is written",
#: "no scanner works",
#: "none of the kiosks work", "every order POST fails", "all producers to the cluster fail",
#: "almost all gateways dropped off", "no readings have been processed", "no station
#: telemetry has arrived"), in a sentence that does not ask
#: whether it is (``_ASKS``: "Is ...", "Can nobody ...", not "Can't ..."); an agent that "went
#: offline" is a message quoted, not a report; "why was it down" is over
_OUTAGE = re.compile(
    r"\b(?:is|are|has been|have been|went|was|were)\s+(?:completely\s+|totally\s+|still\s+)?"
    r"down\b|\bwhy\s+(?:is|are)\s[^?.!'\"]{1,80}?(?<!slow)\s+down\b"
    r"|(?<!went )\boffline\b(?!\s+(?!(?:from|since|for|again|now|and|or|at|in|on|after|too)\b)"
    r"[a-z])|\bunreachable\b|\b(?:nobody|no one|no user)\s+can\b"
    r"|\bnothing\s+(?:is|was|gets?|works?|has been)\b"
    r"|\bno\s+\w+(?:\s+\w+)?\s+(?:works?|is\s+working)\b"
    r"|\bnone\s+of\s+(?:the\s+|our\s+)?\w+(?:\s+\w+)?\s+(?:works?|are\s+working)\b"
    r"|\bevery\s+\w+(?:\s+\w+)?\s+(?:fails?|failed|returns?\s+(?:5\d\d|an? error))"
    # "every charge to a guest folio is declined"
    r"|\bevery\s+\w+(?:\s+\w+){0,4}?\s+(?:is|are|gets?|was|were)\s+(?:being\s+)?"
    r"(?:declined|rejected|refused)\b"
    r"|\b(?:almost\s+|nearly\s+)?all\s+(?:(?:of\s+)?the\s+|our\s+)?(?:[\w-]+\s+){0,6}?"
    r"(?:fail|failed|are\s+failing|have\s+failed|dropped|went\s+offline)\b"
    r"|\bno\s+\S+(?:\s+\S+){0,3}\s+(?:have|has)\s+(?:been\s+)?"
    r"(?:processed|written|delivered|received|sent|indexed|arrived)", re.I)
# the operator states that it is over: "503s around 9, seems fine now", "went away on its own"
_OVER = re.compile(
    r"\b(?:seems?|looks?|is|are|it's|everything(?:'s| is)|all)\s+(?:fine|ok|okay|good|normal"
    r"|healthy)\s+(?:now|again)\b|\bback to normal\b|\b(?:went away|cleared|recovered|resolved"
    r"|stopped|settled)\s+(?:on its own|on their own|by itself|by themselves)\b"
    r"|\bresolved itself\b", re.I)
# a question, not a report: "Is the database down?", "What is down?" (it asks which; "Why is
# checkout down?" states that checkout is)
_ASKS = re.compile(r"\s*(?:is|are|was|were|has|have|did|does|do|can(?!['\u2019]?t\b|not\b)"
                   r"|could(?!n['\u2019]?t\b)|what|which|who)\b", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\s+[\u2013\u2014-]+\s+|:\s+|;\s+")


@dataclass(slots=True)
class CandidateView:
    """One answer the engine considers possible (for the LLM stage and reports)."""

    category: str
    component: str
    severity: str
    score: float
    evidence: list[int]
    signatures: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"category": self.category, "component": self.component,
                "severity": self.severity, "score": round(self.score, 3),
                "evidence": self.evidence, "signatures": self.signatures}


@dataclass(slots=True)
class Diagnosis:
    extraction: Extraction
    candidates: list[CandidateView]
    features: dict[str, float]
    lines: list[LineSignals] = field(repr=False, default_factory=list)


def _site_hosts(callees: Sequence[str | None], who: Sequence[str],
                privates: Sequence[set[str]], workloads: Set[str]) -> set[str]:
    """The callees named by a host under a site's own domain (``mirth.clinic-dc.internal``)
    that no workload here is called and only one workload calls: a system out of the
    cluster behind one client, whose failing link is that client's to mend (its trust
    store, its credentials, its address). One that several workloads fail on is the
    shared dependency, named as it is; one a workload here is called or extends
    (``harbor`` of ``harbor-core``: a Service published under the site's domain) is that
    workload."""
    callers: dict[str, set[str]] = {}
    for callee, workload, private in zip(callees, who, privates, strict=True):
        if (callee is not None and callee.lower() in private
                and resolve([callee.lower()], workloads, workload) not in workloads):
            callers.setdefault(callee.lower(), set()).add(workload)
    return {name for name, ws in callers.items() if len(ws) == 1}


def line_signals(packed: Packed, kb: KnowledgeBase,
                 classifier: LineClassifier | None = None) -> list[LineSignals]:
    """What each packed line says: signature hits, class probabilities, who it is about."""
    who = dagster_names([pl.record.line for pl in packed.lines],
                        owners_of([pl.record for pl in packed.lines]))
    # a host's stream that names its node by the short hostname is the node's Kubernetes
    # name (k8s-w03 of k8s-w03.pharm.lan): its lines are about the node its pods run on
    nodes = [node_of(pl.record) for pl in packed.lines]
    alias = node_aliases([*(n for n in nodes if n), *who])
    if alias:
        who = [alias.get(w, w) for w in who]
        nodes = [alias.get(n, n) if n else n for n in nodes]
    workloads = set(who)
    texts = [full_text(pl.record)[:MATCH_CHARS] for pl in packed.lines]
    probs = (classifier.predict_proba([masked_text(pl.record) for pl in packed.lines])
             if classifier is not None and packed.lines else [{} for _ in packed.lines])
    generic = {*kb.ports.values(), *(name for name, _ in kb.products)}
    stores = kb.store_words()
    apps = {w for w in workloads if not data_store(w, stores)}
    events = [bool(_EVENT.search(pl.record.line[:2000]) or text_event(pl.record.line[:400])
                   or placed_pod(pl.record.line[:2000])) for pl in packed.lines]
    # a database user is a workload's that runs here (its own lines) before one only an
    # event names (the ExternalSecret ledger-db-credentials updated before ledger_rw failed)
    writers = {w for w, event in zip(who, events, strict=True) if not event}
    namespaces = {ns for pl in packed.lines if (ns := pl.record.labels.get("namespace"))}
    # hits, callee names, whether one is a public host, the names of private hosts,
    # lowercased text
    matched: list[tuple[list[Hit], list[str], bool, set[str], str]] = []
    machines = {n.lower().split(".")[0] for n in nodes if n}
    lowered_workloads = {w.lower() for w in workloads}
    for text, pl in zip(texts, packed.lines, strict=True):
        hits: list[Hit] = []
        named: list[str] = []
        lowered = text.lower()
        for sig in kb.candidates(lowered):
            m = sig.search(text, lowered)
            if m is None:
                continue
            groups = m.groupdict()
            client = next((client_of(v, apps, writers) for k, v in groups.items()
                           if k.startswith("client") and v), None)
            # the account a line names as the one refused (a ServiceAccount) is the component
            # even when no workload of that name wrote a line
            account = next((v for k, v in groups.items() if k.startswith("account") and v),
                           None)
            if account not in workloads and long_running(pl.record):
                account = None  # a Deployment's own client refused: that Deployment,
                #                 whatever its ServiceAccount is called
            hits.append(Hit(sig, client=account or (client if client in workloads else None)))
            named += [v for k, v in groups.items() if k.startswith("target") and v]
            # an ingress's upstream (<namespace>-<service>-<port>): the Service it routes to
            named += [routed_service(v, namespaces) for k, v in groups.items()
                      if k.startswith("route") and v]
        router = TRAEFIK_ROUTER.search(text) if "@kubernetes" in text else None
        if router and any(router.group("route").startswith(ns + "-") for ns in namespaces):
            # the Service a Traefik router of a namespace here sent the request to
            named.append(routed_service(router.group("route"), namespaces))
        credited = {h.sig.category: h.client for h in hits if h.client}
        for hit in hits:  # a line that says whose identity was refused says it for all
            if hit.client is None and hit.sig.category in credited:  # its hits of that kind
                hit.client = credited[hit.sig.category]
        deps = dependency_names(text, kb, named, machines)
        for n in (*client_classes(text), *socket_owners(text)):  # a typed client of a
            #     workload here (``PartsClient`` of parts-catalog), its process's Unix socket
            w = n if n in lowered_workloads else _only_prefixed(n, lowered_workloads)
            if w is not None and w not in deps[0]:
                deps[0].append(w)
        matched.append((hits, *deps, lowered))
    # a dependency some line names by host (redis-master) is what another line names only
    # by its port or product (redis), even when it writes no logs itself
    known = workloads | {n for _, names, _, _, _ in matched for n in names if n not in generic}
    running: dict[str, set[str]] = {}  # container name -> the workloads whose pods run it
    for pl, w in zip(packed.lines, who, strict=True):
        if pl.record.labels.get("container") and pl.record.labels.get("pod"):
            running.setdefault(pl.record.labels["container"].lower(), set()).add(w)
    containers = {c: next(iter(ws)) for c, ws in running.items() if len(ws) == 1}
    voiced: dict[str, set[str]] = {}  # product -> the workloads whose lines are its server's
    for pl, w in zip(packed.lines, who, strict=True):  # as written: PostgreSQL's two spaces
        for product, voice in kb.voices:
            if voice.search(pl.record.line[:MATCH_CHARS]):
                voiced.setdefault(product, set()).add(w)
    for product, ws in voiced.items():  # a server under a name of its own: parcels-db
        if len(ws) == 1:
            containers.setdefault(product, next(iter(ws)))
    placed = pod_nodes(pl.record for pl in packed.lines)
    callees = [resolve(names, known, workload, writing=workloads, products=generic,
                       containers=containers, families=kb.families)
               for workload, (_, names, _, _, _) in zip(who, matched, strict=True)]
    away = _site_hosts(callees, who, [private for _, _, _, private, _ in matched], workloads)
    out = []
    for pl, text, prob, workload, callee, node, event, (hits, _, outside, _, lowered) in zip(
            packed.lines, texts, probs, who, callees, nodes, events, matched, strict=True):
        rec = pl.record
        copies = pl.pods  # the pods its collapsed copies came from
        if callee is not None and callee.lower() in away:
            callee, outside = None, True  # its own link out of the cluster: the caller's
        for hit in hits:
            rule = hit.sig.component
            if rule.startswith("literal:"):
                hit.target = resolve([rule[8:]], workloads, workload) or rule[8:]
            elif rule == "target":
                hit.target = callee
        out.append(LineSignals(
            index=pl.index, ts=rec.ts, workload=workload, count=pl.count,
            level=rec.level if _level_written(rec) else Level.UNKNOWN,
            is_event=event,
            kind=(about[0] if event and (about := event_object(rec.line[:2000])) else None),
            message=_first_line(rec.message or text),
            hits=hits, probs=prob, callee=callee, status=http_status(text),
            callee_said=callee is not None and callee.lower() in lowered,
            outside=outside,
            repeats=max(event_repeats(r.line) for r in pl.members or (rec,)),
            until=pl.last_ts, pod=(pod := pod_of(rec)), namespace=rec.labels.get("namespace"),
            # an event about a pod that no node reported: the node the window places it on
            node=node or (placed.get(pod) if pod and pod != rec.labels.get("pod") else None),
            pods=(copies if len(copies) > 1 else ()) if pod == rec.labels.get("pod")
            else _event_pods(pl, pod) if pl.count > 1 else (),
            operation=(op := operation(text)), done=succeeded(text),
            operations=_operations(pl, op), login=login(text), lookup=lookup(text),
            retried_at=_retried_at(pl, text),
            copy_times=tuple(r.ts for r in pl.members) if pl.count > 1 else (),
            worded=bool(TROUBLE_WORDS.search(text[:MATCH_CHARS])),
            volumes=frozenset(m.lower() for m in _PVC.findall(text[:MATCH_CHARS])),
            topics=topic_news(text),
            killed=m.group("pid") if (m := KILLED.search(text[:MATCH_CHARS])) else None,
            task_mark=task_mark(text), server_news=server_news(text),
            pool_news=pool_news(text)))
    _credit_refused_clients(out)
    return out


def _credit_refused_clients(lines: list[LineSignals]) -> None:
    """A server's refusal of a login that names no client (Kafka's "Failed authentication
    with /10.244.3.162 (... invalid credentials ...)") is the refused client's, when one
    workload alone logs its own login to that server failing: its credentials are stale."""
    callers: dict[str, set[str]] = {}
    for ln in lines:
        if ln.callee and ln.callee.lower() != ln.workload.lower() and any(
                h.sig.category == "auth_failure" and h.sig.role == "cause" for h in ln.hits):
            callers.setdefault(ln.callee.lower(), set()).add(ln.workload)
    for ln in lines:
        refused = callers.get(ln.workload.lower(), set())
        if len(refused) != 1 or (ln.callee and not ln.callee.lower().startswith(
                ln.workload.lower())):  # a line of its own login elsewhere failing
            continue
        for hit in ln.hits:
            if hit.sig.category == "auth_failure" and hit.client is None:
                hit.client = next(iter(refused))


def _event_pods(pl: PackedLine, pod: str | None) -> tuple[str, ...]:
    """The pods a collapsed event line's copies are about (one Evicted event for each of
    two pods of a Deployment, identical but for the pod): () when that is only ``pod``."""
    pods = tuple(sorted({p for r in pl.members if (p := pod_of(r))}))
    return pods if len(pods) > 1 or (pods and pods[0] != pod) else ()


def diagnose(packed: Packed, *, kb: KnowledgeBase, classifier: LineClassifier | None = None,
             params: Params | None = None, scope_hint: str | None = None,
             question: str | None = None, top_k: int = 5) -> Diagnosis:
    """The engine's verdict on the packed lines (see the module docstring)."""
    params = params or Params()
    lines = line_signals(packed, kb, classifier)
    ranked = infer(lines, kb, params)
    by_index = {ln.index: ln for ln in lines}
    outage, over = reports_outage(question), reports_over(question)
    views = [CandidateView(c.category, c.component[:MAX_COMPONENT],
                           reported(c.severity, outage, over), c.final,
                           c.evidence(MAX_EVIDENCE), sorted(set(c.signature_ids)))
             for c in ranked[:top_k]]
    top = ranked[0] if ranked else None
    second = ranked[1].final if len(ranked) > 1 else 0.0
    healthy = top is None or top.final < params.incident_threshold
    feats = {"top": top.final if top else 0.0, "second": second,
             "margin": (top.final - second) / top.final if top and top.final else 0.0,
             "signature": float(bool(top and top.has_signature)), "none": float(healthy),
             "none_gap": max(params.incident_threshold - (top.final if top else 0.0), 0.0)
             / params.incident_threshold}
    calibration = (classifier.calibration if classifier is not None and classifier.calibration
                   else DEFAULT_CALIBRATION)
    conf = confidence(feats, calibration)
    if healthy or top is None:
        focus = focus_workload(lines, question, scope_hint,
                               suspect=top.component if top else None)
        ext = _healthy(packed, kb, scope_hint, conf, short_host(focus, packed))
    else:
        zone_changed(top, lines, packed)
        named = short_host(asked_name(top.component, scope_hint, lines, packed), packed)
        top.component = kb.daemons.get(named.lower(), named)  # redis-server: redis
        ext = _incident(top, by_index, packed, kb, conf, reported(top.severity, outage, over))
        feats["outage_reported"] = float(outage)
    return Diagnosis(ext, views, feats, lines)


# a DNS server loading a zone it serves (BIND's "zone toll.lan/IN: loaded serial 2026031102",
# CoreDNS's file plugin "Successfully reloaded zone \"toll.lan.\"")
_ZONE_LOADED = re.compile(r"\bzone (?P<z>[a-z0-9][\w.\-]*?)\.?(?:/IN)?: loaded serial \d+"
                          r"|\bSuccessfully reloaded zone \W?(?P<y>[a-z0-9][\w.\-]*?)\.?\W", re.I)
ZONE_CHANGE_SECONDS = 1800.0  # lookups failing this soon after the zone was loaded
# CoreDNS's reload plugin taking a changed configuration ("plugin/reload: Running
# configuration SHA512 = 631976ee…")
_CONFIG_RELOADED = re.compile(r"\bplugin/reload: Running configuration (?:SHA512|MD5) = ")
RELOAD_CHANGE_SECONDS = 600.0  # lookups failing this soon after CoreDNS took a new config
# a failed lookup of a name that is not a Service's (Go's "lookup login.idp.corp.internal on
# 10.0.0.10:53", Java's UnknownHostException, Node's ENOTFOUND, curl's "Could not resolve host")
_OUTSIDE_LOOKUP = re.compile(r"(?:\blookup|UnknownHostException:|\bENOTFOUND|\bEAI_AGAIN"
                             r"|could not resolve host:?) (?![\w.\-]*\.(?:svc|cluster\.local)\b)"
                             r"[a-z0-9][\w\-]*\.[\w.\-]+", re.IGNORECASE)


def zone_changed(top: Candidate, lines: Sequence[LineSignals], packed: Packed) -> None:
    """Lookups failing for names of a zone (``ingest.toll.lan``) that a DNS server of the
    window loaded anew just before they began: the change of zone is the cause, and the
    server that serves it the component (its host, when it runs on no pod). So is CoreDNS
    taking a changed configuration (its reload plugin's "Running configuration SHA512 = …")
    within ``RELOAD_CHANGE_SECONDS`` before lookups of a name not of the cluster's Services
    began to fail (a forward zone dropped from a Corefile)."""
    if top.category != "dns_resolution" or top.first_ts is None:
        return
    texts = {pl.index: full_text(pl.record)[:MATCH_CHARS] for pl in packed.lines}
    said = " ".join(texts.get(i, "").lower() for i in top.cause_lines)
    for ln in sorted(lines, key=lambda x: -x.ts):
        m = _ZONE_LOADED.search(texts.get(ln.index, ""))
        if (m is None or not 0 <= top.first_ts - ln.ts <= ZONE_CHANGE_SECONDS * 1e9
                or ln.workload == top.component):
            continue
        zone = (m.group("z") or m.group("y")).lower()
        if re.search(rf"[\w\-]\.{re.escape(zone)}\b", said):
            top.component = ln.workload if ln.pod else (ln.node or ln.workload)
            return
    # CoreDNS reloading a changed configuration (its Corefile, a forward zone) minutes before
    # lookups began to fail: the change is the cause
    if not _OUTSIDE_LOOKUP.search(said):
        return  # a Service's name: the cluster's own records, whatever the Corefile says
    for ln in lines:
        if (_CONFIG_RELOADED.search(texts.get(ln.index, ""))
                and 0 <= top.first_ts - ln.ts <= RELOAD_CHANGE_SECONDS * 1e9
                and ln.workload != top.component):
            top.component = ln.workload
            return


def asked_name(component: str, scope_hint: str | None, lines: Sequence[LineSignals],
               packed: Packed) -> str:
    """The name the request knows ``component`` by: a workload whose name holds the app
    asked about as a run of its parts, words a chart or an operator put around it (RKE2's
    ``rke2-coredns-rke2-coredns`` for ``app=coredns``, Crunchy's ``cms-db-instance1-5xgh``
    for ``cms-db``), is that app, when no workload here is called so; not a namespace."""
    hint = scope_hint or ""
    if (not hint or hint == component or any(ln.workload == hint for ln in lines)
            or any(pl.record.labels.get("namespace") == hint for pl in packed.lines)):
        return component
    named = re.fullmatch(rf"(?:[a-z0-9]+-)*{re.escape(hint)}(?:-[a-z0-9]+)*", component)
    return hint if named else component


def short_host(component: str, packed: Packed) -> str:
    """A plain host's name as its operators say it: the short hostname of the FQDN its
    shipper labels it with (``crew-roster-01`` of ``crew-roster-01.ferry.internal``), in a
    window with no Kubernetes stream (a cluster's nodes keep the names Kubernetes gives
    them: ``worker-7.ocp-prod.travelco.internal``; a cloud's names of its machines,
    ``ip-10-0-1-5.ec2.internal``, are no site's hosts: ``site_machine``)."""
    parts = hostname_parts(component) if site_machine(component) else None
    if (parts is None
            or any(pl.record.labels.get("pod") or pl.record.labels.get("namespace")
                   for pl in packed.lines)
            or not any(host_label(pl.record.labels) == component for pl in packed.lines)):
        return component
    return parts[0]


def reports_outage(question: str | None) -> bool:
    """Whether the operator states that something is down: "Checkout is down: every order
    POST returns 500", not "Is the database down?" (a question, not a report)."""
    return any(_OUTAGE.search(part) and not _ASKS.match(part)
               for part in _SENTENCES.split(question or ""))


def reports_over(question: str | None) -> bool:
    """Whether the operator states that the trouble is over: "customers got 503s around 9,
    seems fine now", "a wave of errors that went away on its own"; not "is the catalog ok
    now?" (a question, not a report)."""
    return any(_OVER.search(part) and not _ASKS.match(part)
               for part in _SENTENCES.split(question or ""))


def reported(severity: str, outage: bool, over: bool = False) -> str:
    """An incident the logs show failing requests (ERROR) is CRITICAL when the operator
    reports the component down: the logs show errors, the report says nothing is served;
    and WARN when the operator reports it over (the window may end before the lines that
    show it recovered): an issue recovered is a warning. A report of both says neither.
    A warning (recovered, degraded) stays a warning, a healthy window stays healthy."""
    if severity != "ERROR" or outage == over:
        return severity
    return "CRITICAL" if outage else "WARN"


def confidence(features: dict[str, float], calibration: dict[str, float]) -> float:
    z = calibration.get("intercept", 0.0)
    z += calibration.get("margin", 0.0) * features["margin"] * (1 - features["none"])
    z += calibration.get("log_top", 0.0) * math.log1p(features["top"]) * (1 - features["none"])
    z += calibration.get("signature", 0.0) * features["signature"] * (1 - features["none"])
    z += calibration.get("none", 0.0) * features["none"]
    z += calibration.get("none_gap", 0.0) * features["none_gap"] * features["none"]
    return round(1 / (1 + math.exp(-z)), 3)


def _incident(top: Candidate, by_index: dict[int, LineSignals], packed: Packed,
              kb: KnowledgeBase, conf: float, severity: str) -> Extraction:
    evidence = top.evidence(MAX_EVIDENCE)
    first = by_index[min(evidence)] if evidence else None
    count = sum(by_index[i].count for i in {i for _, i in top.votes})
    values = {"component": top.component, "detail": _message(first.message) if first else "",
              "count": count, "scope": top.component}
    return _with_texts(kb, top.category, top.component, severity, evidence, conf, values)


def _with_texts(kb: KnowledgeBase, category: str, component: str, severity: str,
                evidence: Sequence[int], confidence: float, values: dict[str, Any]
                ) -> Extraction:
    """An extraction whose texts are the knowledge base's for ``category``, filled in."""
    text = kb.info(category).text
    return Extraction(
        severity=severity,  # type: ignore[arg-type]
        root_cause_category=category,  # type: ignore[arg-type]
        component=component[:MAX_COMPONENT],
        root_cause=_fill(text.get("root_cause", "{component} fails: {detail}"), values,
                         MAX_ROOT_CAUSE),
        summary=_fill(text.get("summary", "{component} shows {count} failing lines."), values,
                      MAX_SUMMARY),
        action=_fill(text.get("action", "Read {component}'s logs around the evidence."), values,
                     MAX_ACTION),
        evidence=list(evidence), confidence=confidence)


def _level_written(rec: LogRecord) -> bool:
    """Whether the line states its level (a level field or prefix, or a level the source
    knew), rather than the normalizer guessing it from words like "failed"."""
    if rec.labels.get("detected_level"):
        return True
    parsed = parse_line(rec.line.partition("\n")[0])
    return (parsed.structured or parsed.prefix) is not None


_RETRY_HINT = re.compile(r"retr|attempt|\btry\b", re.IGNORECASE)


def _only_prefixed(name: str, workloads: set[str]) -> str | None:
    """The one of ``workloads`` whose name begins with the words of ``name``
    (``parts``: ``parts-catalog``), if exactly one does."""
    found = [w for w in workloads if w.startswith(name + "-")]
    return found[0] if len(found) == 1 else None


def _retried_at(pl: PackedLine, text: str) -> tuple[int, ...]:
    """When each of a packed line's copies that reports a success on a later attempt was
    written: a collapsed "positions uploaded" of which one copy says ``"retried":true``."""
    out = [pl.record.ts] if ok_on_retry(text) else []
    out += [r.ts for r in pl.members[1:] if _RETRY_HINT.search(r.line[:600])
            and ok_on_retry(full_text(r)[:MATCH_CHARS])]
    return tuple(out)


def _operations(pl: PackedLine, first: str | None) -> frozenset[str]:
    """The jobs or requests a packed line's collapsed copies are about."""
    ops = {operation(full_text(r)[:MATCH_CHARS]) for r in pl.members[1:]} | {first}
    return frozenset(op for op in ops if op)


def event_repeats(line: str) -> int:
    """How many times a Kubernetes event line says it happened (``"count":12``,
    ``count=12``, kubectl's ``(x12 over 5m)``), how many restarts the kubelet's back-off
    implies (``back-off 40s restarting failed container``: ``backoff_restarts``) or systemd
    counts (``restart counter is at 5``); 1 for any other line."""
    counted = _UNIT_RESTARTS.search(line[:2000])
    implied = max(backoff_restarts(line), int(counted.group("n")) if counted else 1)
    if event_object(line[:2000]) is None:
        return implied
    m = _EV_COUNT.search(line)
    return max(int(m.group("a") or m.group("b") or m.group("c")), 1, implied) if m else implied


def backoff_restarts(line: str) -> int:
    """The restarts a kubelet back-off delay implies: it starts at 10 s and doubles after
    each failed restart up to 5 min, so ``back-off 40s`` follows the third (10 s: 1, 20 s:
    2, 40 s: 3, 80 s: 4, 160 s: 5, 5m0s: 6 or more); 1 when the line gives no delay."""
    m = _BACKOFF.search(line[:2000])
    if m is None:
        return 1
    seconds = int(m.group("m") or 0) * 60 + int(m.group("s"))
    return 6 if seconds >= 300 else 1 + max(int(math.log2(max(seconds, 10) / 10)), 0)


def http_status(text: str) -> int | None:
    """The status of an HTTP access-log line (common log format, ``status=``, JSON, uWSGI's,
    ASP.NET Core's and Phoenix's request logs, and Django's: ``Unauthorized: /api/...``)"""
    m = _STATUS.search(text[:600])
    if m:
        return int(next(g for g in m.groups() if g))
    r = _REASON_LINE.search(text[:600])
    return _REASONS[r.group("r")] if r else None


def focus_workload(lines: Sequence[LineSignals], question: str | None,
                   scope_hint: str | None, *, suspect: str | None = None) -> str:
    """The workload a healthy verdict is about: the one the question names (the longest
    name wins: ``cart-api`` over ``cart``; a ``suspect`` named, the component of the failure
    found too small to be an incident, over any other whose name does not contain it:
    "Telegraf logged refusals by InfluxDB" asks about InfluxDB when the refusals were its
    own), else the one the selector names, else the one that wrote the most lines (the
    earliest on a tie) in the namespace asked about when it wrote any (the shop's storefront,
    not the ingress whose access log of the shop's requests the related context brought), in
    any namespace when not; ``none`` with no lines. A selector's pod is the workload its own
    lines are (``prometheus`` for ``prometheus-k8s-0``, not the StatefulSet its events
    name). A question that names a node and a workload (the node went NotReady and a
    Nextcloud pod was killed) asks about the workload."""
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln.workload] = counts.get(ln.workload, 0) + ln.count
    if not counts:
        return "none"
    hosts = host_workloads(lines)
    text = (question or "").lower()
    named = [name for name in sorted(counts, key=lambda n: (n not in hosts, len(n)),
                                     reverse=True)
             if re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text)]
    if suspect in named and suspect not in hosts and not any(
            suspect.lower() in name.lower() for name in named if name != suspect):
        return suspect
    if named:
        return named[0]
    hint = (scope_hint or "").lower()
    own = Counter(ln.workload for ln in lines if hint and (ln.pod or "").lower() == hint)
    if own:  # the pod asked about: the workload its own lines are (its app label)
        return own.most_common(1)[0][0]
    for name in counts:
        if hint and (name.lower() == hint or hint.startswith(name.lower() + "-")):
            return name
    home: dict[str, int] = {}  # the namespace asked about: its own workloads, not a caller's
    for ln in lines:
        if hint and (ln.namespace or "").lower() == hint:
            home[ln.workload] = home.get(ln.workload, 0) + ln.count
    pool = home or counts
    return max(pool, key=lambda n: pool[n])


def _healthy(packed: Packed, kb: KnowledgeBase, scope_hint: str | None,
             conf: float, focus: str) -> Extraction:
    scope = scope_hint or ", ".join(packed.workloads()[:3]) or "the selection"
    text = kb.info("none").text
    values = {"component": focus, "detail": "", "count": 0, "scope": scope}
    return Extraction(
        severity="INFO", root_cause_category="none", component=focus[:MAX_COMPONENT],
        root_cause=_fill(text.get("root_cause", "No fault found."), values, MAX_ROOT_CAUSE),
        summary=_fill(text.get("summary", "{scope} runs normally."), values, MAX_SUMMARY),
        action=_fill(text.get("action", "No action needed."), values, MAX_ACTION),
        evidence=[], confidence=conf)


def choice_extraction(diag: Diagnosis, kb: KnowledgeBase, *, category: str, component: str,
                      severity: str, evidence: Sequence[int], confidence: float,
                      scope_hint: str | None = None) -> Extraction:
    """An extraction for a chosen (category, component, severity) with the knowledge base's
    texts for that category (used when a model's choice needs texts it did not write well)."""
    if category == "none":
        values: dict[str, Any] = {"component": component, "detail": "", "count": 0,
                                  "scope": scope_hint or component}
    else:
        by_index = {ln.index: ln for ln in diag.lines}
        cited = [by_index[i] for i in evidence if i in by_index]
        first = min(cited, key=lambda ln: ln.ts) if cited else None
        values = {"component": component,
                  "detail": _message(first.message) if first else "",
                  "count": sum(ln.count for ln in cited), "scope": component}
    return _with_texts(kb, category, component, severity, sorted(set(evidence))[:MAX_EVIDENCE],
                       confidence, values)


#: a dynamically provisioned volume (and a Longhorn replica's name starts with it)
_PVC = re.compile(r"\bpvc-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


def _first_line(text: str) -> str:
    """The line's message as the rules read it: its first line, its spaces collapsed, at
    most ``MESSAGE_CHARS`` of it."""
    return " ".join(text.split("\n", 1)[0][:MESSAGE_CHARS].split())


def _message(text: str) -> str:
    """A message as the texts quote it: 70 characters at most."""
    text = " ".join(text.split("\n", 1)[0].split())
    return text if len(text) <= 70 else text[:67] + "..."


def _fill(template: str, values: dict[str, Any], limit: int) -> str:
    try:
        text = template.format(**values)
    except (KeyError, IndexError, ValueError):
        text = template
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def level_counts(lines: Sequence[LineSignals]) -> dict[str, int]:
    out: dict[str, int] = {}
    for ln in lines:
        if ln.level >= Level.WARN:
            out[ln.level.name] = out.get(ln.level.name, 0) + ln.count
    return out
