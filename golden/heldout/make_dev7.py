#!/usr/bin/env python3
"""make_dev7.py - build the dev7 held-out golden set (golden format v1).

Theme: small and mid-size clusters as homelab and small-company operators run them
(k3s / k0s / microk8s / kubeadm on bare metal and VMs, Traefik, ingress-nginx,
cert-manager, Longhorn, local-path, NFS, MetalLB, Flannel, Pi-hole, CNPG, MariaDB,
Redis, MinIO, Gitea, Nextcloud, Vaultwarden, Home Assistant, Jellyfin, Immich, ...).

Standard library only. Deterministic: every random choice of a scenario comes from
random.Random("dev7-v1:<scenario>").

    python3 make_dev7.py           write dev7.jsonl and README-dev7.md next to this file
    python3 make_dev7.py --check   build twice in memory, compare the two builds with each
                                   other and with the files on disk; exit 1 on difference
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone

UTC = timezone.utc
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "dev7.jsonl")
OUT_README = os.path.join(HERE, "README-dev7.md")
SEED_PREFIX = "dev7-v1"

CATEGORIES = [
    "none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
]
SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]

# ---------------------------------------------------------------------------------------
# time formatting: lines carry {{token}} placeholders rendered with the line's own time
# ---------------------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt(kind: str, dt: datetime) -> str:
    Y, m, d, H, M, S = dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second
    us = dt.microsecond
    ms = us // 1000
    date = f"{Y:04d}-{m:02d}-{d:02d}"
    hms = f"{H:02d}:{M:02d}:{S:02d}"
    if kind == "iso":
        return f"{date}T{hms}.{ms:03d}Z"
    if kind == "iso6":
        return f"{date}T{hms}.{us:06d}Z"
    if kind == "iso9":
        return f"{date}T{hms}.{us:06d}{(us * 37 + 11) % 1000:03d}Z"
    if kind == "isos":
        return f"{date}T{hms}Z"
    if kind == "isooff":
        return f"{date}T{hms}+00:00"
    if kind == "klog":
        return f"{m:02d}{d:02d} {hms}.{us:06d}"
    if kind == "clf":
        return f"{d:02d}/{MON[m - 1]}/{Y}:{hms} +0000"
    if kind == "syslog":
        return f"{MON[m - 1]} {d:>2} {hms}"
    if kind == "pg":
        return f"{date} {hms}.{ms:03d} UTC"
    if kind == "py":
        return f"{date} {hms},{ms:03d}"
    if kind == "sp":
        return f"{date} {hms}.{ms:03d}"
    if kind == "sec":
        return f"{date} {hms}"
    if kind == "ngx":
        return f"{Y:04d}/{m:02d}/{d:02d} {hms}"
    if kind == "fpm":
        return f"{d:02d}-{MON[m - 1]}-{Y} {hms}"
    if kind == "redis":
        return f"{d:02d} {MON[m - 1]} {Y} {hms}.{ms:03d}"
    if kind == "maria":
        return f"{date} {H:>2}:{M:02d}:{S:02d}"
    if kind == "hms":
        return hms
    if kind == "nest":
        h12 = H % 12 or 12
        return f"{m:02d}/{d:02d}/{Y}, {h12}:{M:02d}:{S:02d} {'AM' if H < 12 else 'PM'}"
    if kind == "rich":
        return f"[{m:02d}/{d:02d}/{Y % 100:02d} {hms}]"
    if kind == "minio":
        return f"{hms} UTC {m:02d}/{d:02d}/{Y}"
    if kind == "apache":
        return f"{DAY[dt.weekday()]} {MON[m - 1]} {d:02d} {hms}.{us:06d} {Y}"
    if kind == "httpdate":
        return f"{DAY[dt.weekday()]}, {d:02d} {MON[m - 1]} {Y} {hms} GMT"
    if kind == "epochms":
        return str(int(dt.timestamp() * 1000))
    if kind == "epoch":
        return f"{dt.timestamp():.6f}"
    if kind == "epochs":
        return str(int(dt.timestamp()))
    raise KeyError(kind)


TOKEN_KINDS = ["iso", "iso6", "iso9", "isos", "isooff", "klog", "clf", "syslog", "pg", "py",
               "sp", "sec", "ngx", "fpm", "redis", "maria", "hms", "nest", "rich", "minio",
               "apache", "httpdate", "epochms", "epoch", "epochs"]
NUMERIC_TOKENS = ["epochms", "epoch", "epochs"]

ISO, ISO6, ISO9, ISOS, ISOOFF = "{{iso}}", "{{iso6}}", "{{iso9}}", "{{isos}}", "{{isooff}}"
KLOG, CLF, SYSLOG, PG, PY, SP, SEC = "{{klog}}", "{{clf}}", "{{syslog}}", "{{pg}}", "{{py}}", "{{sp}}", "{{sec}}"
NGX, FPM, REDIS, MARIA, HMS = "{{ngx}}", "{{fpm}}", "{{redis}}", "{{maria}}", "{{hms}}"
NEST, RICH, MINIO, APACHE = "{{nest}}", "{{rich}}", "{{minio}}", "{{apache}}"
EPOCHMS, EPOCH, EPOCHS = "{{epochms}}", "{{epoch}}", "{{epochs}}"


def render(line: str, dt: datetime) -> str:
    if "{{" not in line:
        return line
    for k in NUMERIC_TOKENS:  # numbers inside JSON built with json.dumps lose their quotes
        line = line.replace('"{{' + k + '}}"', fmt(k, dt))
    for k in TOKEN_KINDS:
        tok = "{{" + k + "}}"
        if tok in line:
            line = line.replace(tok, fmt(k, dt))
    return line


class Rec:
    """Collects (offset seconds, labels, line, is_evidence); sorts and renders at the end."""

    def __init__(self, base: datetime):
        self.base = base
        self.items = []

    def add(self, t: float, labels: dict, line: str, ev: bool = False) -> None:
        us = int(round(t * 1_000_000))
        self.items.append((us, len(self.items), dict(labels), line, ev))

    def rebase(self, hour: int, minute: int | None = None) -> None:
        """Pin the window to a time of day the scenario's story needs (call before adding lines)."""
        assert not self.items
        self.base = self.base.replace(hour=hour, minute=self.base.minute if minute is None else minute)

    def at(self, t: float) -> datetime:
        return self.base + timedelta(seconds=t)

    def finish(self):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        for i, (us, _, labels, line, ev) in enumerate(items):
            dt = self.base + timedelta(microseconds=us)
            logs.append({"ts": fmt("iso", dt), "labels": labels, "line": render(line, dt)})
            if ev:
                evidence.append(i)
        return logs, evidence


# ---------------------------------------------------------------------------------------
# small generators
# ---------------------------------------------------------------------------------------
K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"


def k8s_rand(rng, n):
    return "".join(rng.choice(K8S_ALNUM) for _ in range(n))


def hexs(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def uuid4(rng):
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def dpod(rng, name):  # Deployment pod
    return f"{name}-{k8s_rand(rng, rng.choice([9, 10]))}-{k8s_rand(rng, 5)}"


def dspod(rng, name):  # DaemonSet pod
    return f"{name}-{k8s_rand(rng, 5)}"


def pip(rng, prefix="10.42"):
    return f"{prefix}.{rng.randint(0, 3)}.{rng.randint(2, 250)}"


def lan(rng, lo=20, hi=199):
    return f"192.168.1.{rng.randint(lo, hi)}"


SCANNER_NETS = ["45.148.10", "185.224.128", "194.26.29", "87.236.176", "162.142.125",
                "198.235.24", "79.124.62", "147.185.132", "89.248.165", "139.59.12"]


def pub(rng):
    return f"{rng.choice(SCANNER_NETS)}.{rng.randint(2, 254)}"


def jd(d):
    return json.dumps(d, separators=(",", ":"), ensure_ascii=False)


def lf_quote(v):
    s = str(v)
    if s == "" or any(c in s for c in ' ="\t\\'):
        return json.dumps(s, ensure_ascii=False)
    return s


def logfmt(pairs):
    return " ".join(f"{k}={lf_quote(v)}" for k, v in pairs)


def klog(level, pid, src, msg):
    """klog header as printed by kubelet and other Kubernetes components."""
    return f"{level}{KLOG} {pid:>7} {src}] {msg}"


def kubectl_time(dt):
    return fmt("isos", dt)


def sel(namespace=None, pod=None, container=None, node=None, app=None):
    return {"namespace": namespace, "pod": pod, "container": container, "node": node, "app": app}


# Kubernetes events, two shipping styles -------------------------------------------------
def ev_json(rng, ns, kind, name, reason, msg, typ="Normal", comp="kubelet", host=None, count=1):
    """kubernetes-event-exporter (resmoio) stdout JSON."""
    src = {"component": comp}
    if host:
        src["host"] = host
    d = {
        "metadata": {"name": f"{name}.{hexs(rng, 16)}", "namespace": ns, "uid": uuid4(rng),
                     "resourceVersion": str(rng.randint(1_000_000, 99_999_999)),
                     "creationTimestamp": ISOS},
        "reason": reason, "message": msg, "source": src,
        "firstTimestamp": ISOS, "lastTimestamp": ISOS, "count": count, "type": typ,
        "eventTime": None, "reportingComponent": comp, "reportingInstance": host or "",
        "involvedObject": {"kind": kind, "namespace": ns, "name": name, "uid": uuid4(rng),
                           "apiVersion": {"Pod": "v1", "Node": "v1", "Service": "v1"}.get(kind, "apps/v1"),
                           "resourceVersion": str(rng.randint(1_000_000, 99_999_999))},
    }
    if kind == "Node":
        d["involvedObject"].pop("namespace")
    return jd(d)


def ev_lf(rng, kind, name, reason, msg, typ="Normal", comp="kubelet", host=None, count=1, api="v1"):
    """Grafana Alloy loki.source.kubernetes_events logfmt line."""
    pairs = [("name", f"{name}.{hexs(rng, 16)}"), ("kind", kind), ("action", ""),
             ("objectAPIversion", api), ("objectRV", rng.randint(1_000_000, 99_999_999)),
             ("eventRV", rng.randint(1_000_000, 99_999_999)), ("reportingcontroller", comp),
             ("sourcecomponent", comp)]
    if host:
        pairs += [("reportinginstance", host), ("sourcehost", host)]
    pairs += [("reason", reason), ("type", typ), ("count", count), ("msg", msg)]
    return logfmt(pairs)


# HTTP access logs ----------------------------------------------------------------------
UA_FF = "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0"
UA_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36"
UA_IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1"
UA_NC_DESKTOP = "Mozilla/5.0 (Windows) mirall/3.14.1stable-Win64 (build 20240925) (Nextcloud, windows-10.0.22631 ClientArchitecture: x86_64 OsArchitecture: x86_64)"
UA_NC_ANDROID = "Mozilla/5.0 (Android) Nextcloud-android/3.29.2"
UA_BW = "Bitwarden_Mobile/2024.9.0 (Android 14; SDK 34; Model Pixel 7)"
UA_SCAN = ["Mozilla/5.0 zgrab/0.x", "python-requests/2.31.0", "Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)",
           "curl/7.88.1", "Go-http-client/1.1", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.129 Safari/537.36"]


def traefik_json(rng, client, method, path, status, host, router=None, svc=None, svc_url=None,
                 dur_ms=12.0, size=512, proto="HTTP/2.0", entry="websecure", origin=None):
    port = rng.randint(30000, 65000)
    dur = int(dur_ms * 1_000_000)
    d = {"ClientAddr": f"{client}:{port}", "ClientHost": client, "ClientPort": str(port),
         "ClientUsername": "-", "DownstreamContentSize": size, "DownstreamStatus": status,
         "Duration": dur}
    if router:
        ost = status if origin is None else origin
        d.update({"OriginContentSize": size if ost else 0, "OriginDuration": int(dur * 0.92) if ost else 0,
                  "OriginStatus": ost, "Overhead": dur - int(dur * 0.92) if ost else dur})
    else:
        d.update({"OriginContentSize": 0, "OriginDuration": 0, "OriginStatus": 0, "Overhead": dur})
    d.update({"RequestAddr": host, "RequestContentSize": 0, "RequestCount": rng.randint(1000, 90000),
              "RequestHost": host, "RequestMethod": method, "RequestPath": path, "RequestPort": "-",
              "RequestProtocol": proto, "RequestScheme": "https" if entry == "websecure" else "http",
              "RetryAttempts": 0})
    if router:
        d["RouterName"] = router
        if svc:
            d["ServiceName"] = svc
        if svc_url:
            d["ServiceAddr"] = svc_url.split("//", 1)[1]
            d["ServiceURL"] = svc_url
    d.update({"StartLocal": ISO9, "StartUTC": ISO9, "entryPointName": entry,
              "level": "info", "msg": "", "time": ISOS})
    return jd(d)


def traefik_clf(rng, client, method, path, status, size, ua, router, url, dur_ms, proto="HTTP/2.0", ref="-"):
    return (f'{client} - - [{CLF}] "{method} {path} {proto}" {status} {size} "{ref}" "{ua}" '
            f'{rng.randint(1000, 90000)} "{router}" "{url}" {int(dur_ms)}ms')


def nginx_ingress_access(rng, client, method, path, status, size, ua, upstream_name, upstream,
                         rt, proto="HTTP/2.0", ref="-", ustatus=None):
    ust = status if ustatus is None else ustatus
    return (f'{client} - - [{CLF}] "{method} {path} {proto}" {status} {size} "{ref}" "{ua}" '
            f'{rng.randint(300, 1400)} {rt:.3f} [{upstream_name}] [] {upstream} {size if ust != "-" else 0} '
            f'{rt - 0.001 if rt > 0.001 else rt:.3f} {ust} {hexs(rng, 32)}')


def apache_access(client, method, path, status, size, ua, user="-", proto="HTTP/1.1", ref="-"):
    return f'{client} - {user} [{CLF}] "{method} {path} {proto}" {status} {size} "{ref}" "{ua}"'


def cm_line(level, src, msg, **kv):
    """cert-manager controller structured klog line."""
    extra = " ".join(f'{k}={json.dumps(v) if isinstance(v, str) else v}' for k, v in kv.items())
    return klog(level, 1, src, f"{json.dumps(msg)} {extra}".rstrip())


# =======================================================================================
# Healthy windows (category none, severity INFO)
# =======================================================================================

def h_traefik_scanners(rng, R):
    """k3s homelab: Traefik JSON access logs with internet scanners hitting 404s."""
    tpod = dpod(rng, "traefik")
    TR = {"namespace": "kube-system", "pod": tpod, "container": "traefik", "node": "k3s-cp1"}
    VW = {"namespace": "vaultwarden", "pod": "vaultwarden-0", "container": "vaultwarden", "node": "k3s-w1"}
    NC = {"namespace": "nextcloud", "pod": dpod(rng, "nextcloud"), "container": "nextcloud", "node": "k3s-w2"}
    SPK = {"namespace": "metallb-system", "pod": dspod(rng, "speaker"), "container": "speaker", "node": "k3s-cp1"}
    nc_ip, vw_ip = pip(rng), pip(rng)
    phone, laptop = lan(rng), lan(rng)
    nc_router, nc_svc = "nextcloud-nextcloud-cloud-example-net@kubernetes", "nextcloud-nextcloud-8080@kubernetes"
    vw_router, vw_svc = "vaultwarden-vaultwarden-vault-example-net@kubernetes", "vaultwarden-vaultwarden-80@kubernetes"
    R.add(0.4, SPK, jd({"caller": "main.go:420", "event": "serviceAnnounced", "ips": ["192.168.1.240"], "level": "info",
                        "msg": "service has IP, announcing", "pool": "lan-pool", "protocol": "layer2", "ts": ISOS}))
    t = 1.0
    normal = [
        (laptop, "GET", "/status.php", 200, "cloud.example.net", "nc", 18, 1078),
        (laptop, "PROPFIND", "/remote.php/dav/files/anna/", 207, "cloud.example.net", "nc", 64, 4120),
        (phone, "GET", "/api/sync?excludeDomains=true", 200, "vault.example.net", "vw", 41, 48211),
        (phone, "GET", "/api/config", 200, "vault.example.net", "vw", 6, 1612),
        (laptop, "GET", "/ocs/v2.php/apps/notifications/api/v2/notifications", 200, "cloud.example.net", "nc", 95, 2210),
        (phone, "POST", "/identity/connect/token", 400, "vault.example.net", "vw", 212, 102),
        (phone, "POST", "/identity/connect/token", 200, "vault.example.net", "vw", 236, 2731),
        (laptop, "PROPFIND", "/remote.php/dav/files/anna/Documents/", 207, "cloud.example.net", "nc", 88, 9312),
        (phone, "GET", "/api/sync?excludeDomains=true", 200, "vault.example.net", "vw", 38, 48211),
    ]
    scans = [
        ("GET", "/.env", "203.0.113.47", None),
        ("GET", "/wp-login.php", "cloud.example.net", "nc"),
        ("GET", "/.git/config", "203.0.113.47", None),
        ("POST", "/boaform/admin/formLogin", "203.0.113.47", None),
        ("GET", "/cgi-bin/luci/;stok=/locale?form=country", "203.0.113.47", None),
        ("GET", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "vault.example.net", "vw"),
        ("GET", "/admin/.env", "cloud.example.net", "nc"),
    ]
    seq = [("n", x) for x in normal] + [("s", x) for x in scans]
    rng.shuffle(seq)
    vw_login_times = []
    for kind, x in seq:
        t += rng.uniform(4, 14)
        if kind == "n":
            client, method, path, status, host, app, dms, size = x
            if app == "nc":
                R.add(t, TR, traefik_json(rng, client, method, path, status, host, nc_router, nc_svc, f"http://{nc_ip}:80", dms, size))
                R.add(t - dms / 1000.0, NC, apache_access("10.42.0.7", method, path, status, size,
                                                           UA_NC_DESKTOP, user="anna" if "dav" in path else "-"))
            else:
                R.add(t, TR, traefik_json(rng, client, method, path, status, host, vw_router, vw_svc, f"http://{vw_ip}:80", dms, size))
                if path == "/identity/connect/token":
                    vw_login_times.append((t - dms / 1000.0, status))
        else:
            method, path, host, app = x
            client = pub(rng)
            if app is None:
                R.add(t, TR, traefik_json(rng, client, method, path, 404, host, size=19, dur_ms=0.08, proto="HTTP/1.1"))
            elif app == "nc":
                R.add(t, TR, traefik_json(rng, client, method, path, 404, host, nc_router, nc_svc, f"http://{nc_ip}:80", 31, 7421, proto="HTTP/1.1"))
                R.add(t - 0.03, NC, apache_access("10.42.0.7", method, path, 404, 7421, rng.choice(UA_SCAN)))
            else:
                R.add(t, TR, traefik_json(rng, client, method, path, 404, host, vw_router, vw_svc, f"http://{vw_ip}:80", 2, 0, proto="HTTP/1.1"))
    for lt, status in vw_login_times:
        R.add(lt, VW, f"[{SP}][request][INFO] POST /identity/connect/token")
        if status == 400:
            R.add(lt + 0.19, VW, f"[{SP}][vaultwarden::api::identity][ERROR] Username or password is incorrect. Try again. IP: {phone}. Username: anna@example.net.")
            R.add(lt + 0.2, VW, f"[{SP}][response][INFO] (login) POST /identity/connect/token => 400 Bad Request")
        else:
            R.add(lt + 0.22, VW, f"[{SP}][response][INFO] (login) POST /identity/connect/token => 200 OK")
    R.add(t + 3.1, VW, f"[{SP}][request][INFO] GET /api/sync")
    R.add(t + 3.14, VW, f"[{SP}][response][INFO] (sync) GET /api/sync?excludeDomains=true => 200 OK")
    R.add(t + 5.0, SPK, jd({"caller": "main.go:420", "event": "serviceAnnounced", "ips": ["192.168.1.240"], "level": "info",
                            "msg": "service has IP, announcing", "pool": "lan-pool", "protocol": "layer2", "ts": ISOS}))
    return dict(
        question="Anything wrong with the ingress? I see a lot of 404s from strange IPs.",
        selector=sel(namespace="kube-system", app="traefik"),
        severity="INFO", category="none", component="traefik",
        root_cause="No incident: the 404s are internet scanners probing /.env, /wp-login.php, /.git/config and router exploits; real user traffic to Nextcloud and Vaultwarden is answered 200/207.",
        summary="Healthy window. Traefik serves Nextcloud and Vaultwarden normally; the 404s come from public scanner IPs and one Vaultwarden login failed on a mistyped password and succeeded on the next try. MetalLB keeps announcing 192.168.1.240.",
        action="No action needed. Optionally add a rate-limit or IP allow-list middleware in Traefik, or CrowdSec, to cut scanner noise.",
    )


def h_cert_renewal_ok(rng, R):
    """kubeadm small company: cert-manager DNS-01 renewal with transient propagation checks."""
    cmpod = dpod(rng, "cert-manager")
    CM = {"namespace": "cert-manager", "pod": cmpod, "container": "cert-manager-controller"}
    EV = {"namespace": "monitoring", "pod": dpod(rng, "event-exporter"), "container": "event-exporter"}
    GT = {"namespace": "gitea", "pod": dpod(rng, "gitea"), "container": "gitea", "app": "gitea"}
    WH = {"namespace": "cert-manager", "pod": dpod(rng, "cert-manager-webhook"), "container": "cert-manager-webhook"}
    ns, cert = "gitea", "git-example-org-tls"
    cr = f"{cert}-{rng.randint(3, 9)}"
    order = f"{cr}-{rng.randint(10**9, 4 * 10**9)}"
    chal = f"{order}-{rng.randint(10**9, 4 * 10**9)}"
    renew_at = R.at(-rng.randint(60, 600))
    R.add(0.0, CM, cm_line("I", "trigger_controller.go:223", "Certificate must be re-issued",
                           logger="cert-manager.certificates-trigger", key=f"{ns}/{cert}", reason="Renewing",
                           message=f"Renewing certificate as renewal was scheduled at {renew_at.strftime('%Y-%m-%d %H:%M:%S')} +0000 UTC"))
    R.add(0.01, CM, cm_line("I", "conditions.go:203", "Setting lastTransitionTime for Certificate condition",
                            logger="cert-manager.certificates-trigger", key=f"{ns}/{cert}", condition="Issuing"))
    R.add(0.02, EV, ev_json(rng, ns, "Certificate", cert, "Issuing", f"Renewing certificate as renewal was scheduled at {renew_at.strftime('%Y-%m-%d %H:%M:%S')} +0000 UTC", comp="cert-manager-certificates-trigger"))
    R.add(0.3, CM, cm_line("I", "controller.go:152", "re-queuing item due to optimistic locking on resource",
                           logger="cert-manager.certificates-key-manager", key=f"{ns}/{cert}",
                           error='Operation cannot be fulfilled on certificates.cert-manager.io "git-example-org-tls": the object has been modified; please apply your changes to the latest version and try again'))
    R.add(0.5, EV, ev_json(rng, ns, "Certificate", cert, "Requested", f'Created new CertificateRequest resource "{cr}"', comp="cert-manager-certificates-request-manager"))
    R.add(0.9, EV, ev_json(rng, ns, "Order", order, "Created", f'Created Challenge resource "{chal}" for domain "git.example.org"', comp="cert-manager-orders"))
    R.add(1.1, CM, cm_line("I", "dns.go:90", "presenting DNS01 challenge for domain", logger="cert-manager.controller.Present",
                           resource_name=chal, resource_namespace=ns, resource_kind="Challenge", resource_version="v1",
                           dnsName="git.example.org", type="DNS-01", resolver_index=0))
    R.add(1.3, WH, klog("I", 1, "logs.go:59", 'http: TLS handshake error from 10.244.0.1:48812: EOF'))
    R.add(2.4, EV, ev_json(rng, ns, "Challenge", chal, "Presented", "Presented challenge using DNS-01 challenge mechanism", comp="cert-manager-challenges"))
    t = 2.6
    for i in range(rng.randint(3, 4)):
        t += rng.uniform(9.5, 10.5)
        R.add(t, CM, cm_line("E", "sync.go:190", "propagation check failed", err='DNS record for "git.example.org" not yet propagated',
                             logger="cert-manager.controller", resource_name=chal, resource_namespace=ns,
                             resource_kind="Challenge", resource_version="v1", dnsName="git.example.org", type="DNS-01"))
    t += rng.uniform(9.5, 10.5)
    R.add(t, CM, cm_line("I", "sync.go:357", "accepting challenge with ACME server", logger="cert-manager.controller",
                         resource_name=chal, resource_namespace=ns, resource_kind="Challenge", resource_version="v1",
                         dnsName="git.example.org", type="DNS-01"))
    R.add(t + 2.2, EV, ev_json(rng, ns, "Challenge", chal, "DomainVerified", 'Domain "git.example.org" verified with "DNS-01" validation', comp="cert-manager-challenges"))
    R.add(t + 2.5, CM, cm_line("I", "dns.go:133", "cleaning up DNS01 challenge", logger="cert-manager.controller.CleanUp",
                               resource_name=chal, resource_namespace=ns, resource_kind="Challenge", resource_version="v1",
                               dnsName="git.example.org", type="DNS-01"))
    R.add(t + 4.1, EV, ev_json(rng, ns, "Order", order, "Complete", "Order completed successfully", comp="cert-manager-orders"))
    R.add(t + 4.3, CM, cm_line("I", "acme.go:236", "certificate issued", logger="cert-manager.controller.sign",
                               resource_name=cr, resource_namespace=ns, resource_kind="CertificateRequest", resource_version="v1",
                               related_resource_name=order, related_resource_namespace=ns, related_resource_kind="Order", related_resource_version="v1"))
    R.add(t + 4.4, EV, ev_json(rng, ns, "CertificateRequest", cr, "CertificateIssued", "Certificate fetched from issuer successfully", comp="cert-manager-certificaterequests-issuer-acme"))
    R.add(t + 4.8, EV, ev_json(rng, ns, "Certificate", cert, "Issuing", "The certificate has been successfully issued", comp="cert-manager-certificates-issuing"))
    R.add(t + 5.0, CM, cm_line("W", "warnings.go:70", "spec.privateKey.rotationPolicy: In cert-manager >= v1.18.0, the default value changed from `Never` to `Always`.",
                               logger="cert-manager.certificates-issuing", key=f"{ns}/{cert}"))
    # gitea keeps serving
    gt = 0.0
    paths = [("GET", "/api/v1/repos/acme/infra/commits?limit=1", "200 OK", "repo/commits.go:161(repo.GetAllCommits)"),
             ("GET", "/user/events", "200 OK", "events/events.go:18(events.Events)"),
             ("GET", "/acme/webshop/pulls/118", "200 OK", "repo/pull.go:1082(repo.ViewPullFiles)"),
             ("POST", "/acme/webshop.git/git-upload-pack", "200 OK", "repo/githttp.go:532(repo.ServiceUploadPack)"),
             ("GET", "/api/healthz", "200 OK", "healthcheck/check.go:61(healthcheck.Check)"),
             ("GET", "/acme/webshop/actions/runs/412", "200 OK", "actions/view.go:95(actions.View)"),
             ("GET", "/avatars/5a1e92f0c3c0", "200 OK", "user/avatar.go:40(user.AvatarByEmailHash)"),
             ("GET", "/api/v1/repos/acme/webshop/pulls?state=open", "200 OK", "repo/pull.go:62(repo.ListPullRequests)"),
             ("POST", "/api/actions/runner.v1.RunnerService/FetchTask", "200 OK", "actions/runner/runner.go:146(runner.(*Service).FetchTask)")]
    for i in range(rng.randint(9, 11)):
        gt += rng.uniform(3, 9)
        m, p, st, h = rng.choice(paths)
        R.add(gt, GT, f"{NGX} ...eb/routing/logger.go:102:func1() [I] router: completed {m} {p} for {pip(rng, '10.244')}:0, {st} in {rng.uniform(1.5, 60):.1f}ms @ {h}")
    return dict(
        question="Did the git.example.org certificate renew? cert-manager logged 'propagation check failed'.",
        selector=sel(namespace="cert-manager"),
        severity="INFO", category="none", component="cert-manager",
        root_cause="No incident: the DNS-01 propagation check failed a few times only while the new TXT record propagated; the challenge was then accepted and the certificate re-issued.",
        summary="Scheduled renewal of gitea/git-example-org-tls via DNS-01: several transient 'not yet propagated' checks, then DomainVerified, Order completed and 'The certificate has been successfully issued'. Gitea served normally throughout; the webhook TLS EOF and the rotationPolicy notice are benign.",
        action="No action needed. Optionally review the privateKey.rotationPolicy warning before upgrading cert-manager.",
    )


def h_cnpg_backup_ok(rng, R):
    """CloudNativePG nightly backup + WAL archiving with benign client noise."""
    P1 = {"namespace": "databases", "pod": "pg-main-1", "container": "postgres", "node": "kube-w1"}
    P2 = {"namespace": "databases", "pod": "pg-main-2", "container": "postgres", "node": "kube-w2"}
    OP = {"namespace": "cnpg-system", "pod": dpod(rng, "cnpg-controller-manager"), "container": "manager"}
    PL = {"namespace": "paperless", "pod": dpod(rng, "paperless-ngx"), "container": "paperless"}
    R.rebase(2, rng.randint(0, 4))
    bname = f"pg-main-daily-{R.base.strftime('%Y%m%d')}020000"
    seg = rng.randint(0x40, 0x90)

    def rec(pod, sev, msg, user="", db="", frm="", tag="", state="00000", detail=None):
        r = {"log_time": PG, "user_name": user, "database_name": db, "process_id": str(rng.randint(1000, 60000)),
             "connection_from": frm, "session_id": f"{hexs(rng, 8)}.{hexs(rng, 4)}", "session_line_num": "1",
             "command_tag": tag, "session_start_time": fmt("sec", R.base) + " UTC", "virtual_transaction_id": "",
             "transaction_id": "0", "error_severity": sev, "sql_state_code": state, "message": msg,
             "backend_type": "client backend" if user else "checkpointer", "query_id": "0"}
        if detail:
            r["detail"] = detail
        return jd({"level": "info", "ts": ISO6, "logger": "postgres", "msg": "record", "logging_pod": pod, "record": r})

    R.add(0.0, OP, jd({"level": "info", "ts": ISO6, "msg": "Starting backup", "controller": "backup", "controllerGroup": "postgresql.cnpg.io",
                       "controllerKind": "Backup", "Backup": {"name": bname, "namespace": "databases"}, "namespace": "databases",
                       "name": bname, "reconcileID": uuid4(rng), "cluster": "pg-main", "pod": "pg-main-2"}))
    R.add(0.6, P2, jd({"level": "info", "ts": ISO6, "logger": "backup", "msg": "Backup started", "backupName": bname,
                       "backupNamespace": "databases", "logging_pod": "pg-main-2", "options": ["--user", "postgres", "--name", f"backup-{R.base.strftime('%Y%m%d')}020000", "--endpoint-url", "http://minio.storage.svc:9000", "--cloud-provider", "aws-s3", "s3://pg-backups/", "pg-main"]}))
    R.add(0.7, P2, rec("pg-main-2", "LOG", "restartpoint starting: time"))
    t = 2.0
    for i in range(4):
        t += rng.uniform(20, 50)
        w = f"pg_wal/{3:08X}{3:08X}{seg + i:08X}"
        R.add(t, P1, jd({"level": "info", "ts": ISO6, "logger": "wal-archive", "msg": "Archived WAL file", "logging_pod": "pg-main-1",
                         "walName": w, "startTime": ISO6, "endTime": ISO6, "elapsedWalTime": round(rng.uniform(0.4, 1.9), 6)}))
    R.add(31.0, P1, rec("pg-main-1", "LOG", "checkpoint starting: time"))
    R.add(31.0 + rng.uniform(150, 200), P1, rec("pg-main-1", "LOG",
          f"checkpoint complete: wrote {rng.randint(900, 2600)} buffers ({rng.uniform(5, 15):.1f}%); 0 WAL file(s) added, 0 removed, 1 recycled; write={rng.uniform(150, 190):.3f} s, sync=0.004 s, total={rng.uniform(190, 195):.3f} s; sync files=58, longest=0.002 s, average=0.001 s; distance=15211 kB, estimate=16020 kB; lsn=3/{seg + 3:02X}00D1E8, redo lsn=3/{seg + 2:02X}F4A3C0"))
    R.add(64.0, P1, rec("pg-main-1", "LOG", "could not receive data from client: Connection reset by peer", user="paperless", db="paperless", frm="10.244.2.31:51882", tag="idle"))
    R.add(88.0, P1, rec("pg-main-1", "FATAL", 'password authentication failed for user "postgres"', user="postgres", db="postgres",
                        frm="10.244.0.1:40212", tag="authentication", state="28P01",
                        detail='Connection matched file "/var/lib/postgresql/data/pgdata/pg_hba.conf" line 21: "host all all all scram-sha-256"'))
    R.add(97.0, P1, rec("pg-main-1", "LOG", "connection authorized: user=postgres database=postgres application_name=pgAdmin 4 - DB:postgres SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)", user="postgres", db="postgres", frm="10.244.0.1:40230", tag="authentication"))
    R.add(120.0, P2, rec("pg-main-2", "LOG", f"restartpoint complete: wrote {rng.randint(800, 2000)} buffers (8.1%); 0 WAL file(s) added, 0 removed, 2 recycled; write=108.201 s, sync=0.011 s, total=119.348 s; sync files=51, longest=0.004 s, average=0.001 s; distance=14102 kB, estimate=15870 kB; lsn=3/{seg + 2:02X}01A9F0, redo lsn=3/{seg + 1:02X}E0B128"))
    R.add(121.0, P2, rec("pg-main-2", "LOG", f"recovery restart point at 3/{seg + 1:02X}E0B128", detail="Last completed transaction was at log time " + fmt("sec", R.at(118)) + ".412318+00"))
    t_done = rng.uniform(190, 240)
    R.add(t_done, P2, jd({"level": "info", "ts": ISO6, "logger": "backup", "msg": "Backup completed", "backupName": bname,
                          "backupNamespace": "databases", "logging_pod": "pg-main-2"}))
    R.add(t_done + 0.4, OP, jd({"level": "info", "ts": ISO6, "msg": "Backup completed", "controller": "backup", "controllerGroup": "postgresql.cnpg.io",
                                "controllerKind": "Backup", "Backup": {"name": bname, "namespace": "databases"}, "namespace": "databases",
                                "name": bname, "reconcileID": uuid4(rng), "backupName": bname, "cluster": "pg-main"}))
    R.add(t_done + 1.1, OP, jd({"level": "info", "ts": ISO6, "msg": "Deleting backups older than retention policy", "controller": "cluster",
                                "controllerGroup": "postgresql.cnpg.io", "controllerKind": "Cluster", "Cluster": {"name": "pg-main", "namespace": "databases"},
                                "namespace": "databases", "name": "pg-main", "reconcileID": uuid4(rng), "retentionPolicy": "14d"}))
    pt = 5.0
    docs = ["Rechnung_Stadtwerke_2026-03.pdf", "scan_0412.pdf", "Kontoauszug_03.pdf", "Versicherung_KFZ.pdf"]
    for d in docs:
        pt += rng.uniform(25, 50)
        R.add(pt, PL, f"[{PY}] [INFO] [paperless.consumer] Consuming {d}")
        R.add(pt + rng.uniform(8, 20), PL, f"[{PY}] [INFO] [paperless.consumer] Document {R.at(pt).strftime('%Y-%m-%d')} {d.rsplit('.', 1)[0]} consumption finished")
    R.add(pt + 30, PL, f"[{PY}] [INFO] [paperless.tasks] Sanity checker detected no issues.")
    for i in range(3):
        R.add(40 + i * 61 + rng.uniform(0, 3), OP, jd({"level": "info", "ts": ISO6, "msg": "Cluster is healthy", "controller": "cluster", "controllerGroup": "postgresql.cnpg.io",
                                                        "controllerKind": "Cluster", "Cluster": {"name": "pg-main", "namespace": "databases"}, "namespace": "databases",
                                                        "name": "pg-main", "reconcileID": uuid4(rng), "instances": 2, "readyInstances": 2}))
    return dict(
        question=None,
        selector=sel(namespace="databases"),
        severity="INFO", category="none", component="pg-main",
        root_cause="No incident: the nightly CNPG backup of pg-main to MinIO ran and completed; WAL archiving and checkpoints are normal.",
        summary="Backup pg-main-daily started on the replica and completed; WAL segments archived every few seconds, checkpoints/restartpoints complete. One connection reset from an idle client and one mistyped postgres password (followed by a successful pgAdmin login) are benign. Paperless keeps consuming documents.",
        action="No action needed.",
    )


def h_node_journal(rng, R):
    """Host journal of a k3s node: sshd scanners, UFW blocks, image GC, unattended upgrades."""
    R.rebase(6, rng.randint(5, 40))
    H1, H2 = "k3s-cp1", "k3s-w2"
    SSH = {"job": "systemd-journal", "host": H1, "unit": "ssh.service"}
    KER = {"job": "systemd-journal", "host": H1, "transport": "kernel"}
    K3S = {"job": "systemd-journal", "host": H1, "unit": "k3s.service"}
    APT = {"job": "systemd-journal", "host": H1, "unit": "apt-daily-upgrade.service"}
    CHR = {"job": "systemd-journal", "host": H2, "unit": "chrony.service"}
    SMD = {"job": "systemd-journal", "host": H2, "unit": "smartmontools.service"}
    t = 0.0
    for user in ["admin", "ubuntu", "oracle", "test", "root", "pi"]:
        t += rng.uniform(6, 25)
        ip = pub(rng)
        port = rng.randint(30000, 65000)
        pid = rng.randint(100000, 400000)
        if user == "root":
            R.add(t, SSH, f"Connection closed by authenticating user root {ip} port {port} [preauth]")
        else:
            R.add(t, SSH, f"Invalid user {user} from {ip} port {port}")
            R.add(t + 0.4, SSH, f"Received disconnect from {ip} port {port}:11: Bye Bye [preauth]")
            R.add(t + 0.41, SSH, f"Disconnected from invalid user {user} {ip} port {port} [preauth]")
    R.add(t + 20, SSH, f"Accepted publickey for ops from 192.168.1.23 port {rng.randint(40000, 60000)} ssh2: ED25519 SHA256:{hexs(rng, 8)}Jx7u0WQm{hexs(rng, 10)}Q0AVb3s")
    R.add(t + 20.05, SSH, "pam_unix(sshd:session): session opened for user ops(uid=1000) by ops(uid=0)")
    for i in range(3):
        R.add(rng.uniform(5, 150), KER, f"[UFW BLOCK] IN=enp1s0 OUT= MAC=b8:ae:ed:7a:31:0c:74:ac:b9:12:9e:40:08:00 SRC={pub(rng)} DST=192.168.1.10 LEN=44 TOS=0x00 PREC=0x00 TTL={rng.randint(230, 250)} ID={rng.randint(1, 65000)} PROTO=TCP SPT={rng.randint(30000, 65000)} DPT={rng.choice([23, 3389, 5900, 8291, 2375])} WINDOW=1024 RES=0x00 SYN URGP=0")
    R.add(30.0, APT, "Starting apt-daily-upgrade.service - Daily apt upgrade and clean activities...")
    R.add(58.0, APT, "Packages that will be upgraded: libssl3t64 openssl openssh-client openssh-server")
    R.add(95.0, APT, "All upgrades installed")
    R.add(96.0, APT, "apt-daily-upgrade.service: Deactivated successfully.")
    R.add(96.01, APT, "Finished apt-daily-upgrade.service - Daily apt upgrade and clean activities.")
    R.add(40.0, K3S, klog("I", 1034, "image_gc_manager.go:410", f'"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=86 highThreshold=85 amountToFree={rng.randint(1_000_000_000, 2_500_000_000)} lowThreshold=80'))
    for i in range(3):
        R.add(40.5 + i * 0.6, K3S, klog("I", 1034, "image_gc_manager.go:487", f'"Removing image to free bytes" imageID="sha256:{hexs(rng, 64)}" size={rng.randint(40_000_000, 700_000_000)} runtimeHandler=""'))
    R.add(62.0, K3S, klog("I", 1034, "log.go:245", f"http: TLS handshake error from 10.42.0.1:{rng.randint(30000, 60000)}: EOF"))
    R.add(75.0, K3S, f'time="{ISOS}" level=info msg="COMPACT revision {rng.randint(4_000_000, 9_000_000)} has already been compacted"')
    R.add(10.0, CHR, "Selected source 162.159.200.123 (2.debian.pool.ntp.org)")
    R.add(70.0, CHR, "Source 185.125.190.57 replaced with 194.59.205.229 (2.debian.pool.ntp.org)")
    R.add(120.0, SMD, "Device: /dev/sda [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from 61 to 64")
    R.add(121.0, SMD, "Device: /dev/sda [SAT], SMART Usage Attribute: 190 Airflow_Temperature_Cel changed from 39 to 36")
    return dict(
        question="Is something wrong on the k3s nodes? The journal is full of ssh errors.",
        selector=None,
        severity="INFO", category="none", component="k3s-cp1",
        root_cause="No incident: the sshd failures are internet brute-force attempts on the forwarded SSH port and UFW drops port scans; image GC freed space as designed and the daily apt upgrade completed.",
        summary="Host journals of k3s-cp1 and k3s-w2: invalid-user SSH attempts from public IPs (all rejected), UFW BLOCK lines, kubelet image garbage collection crossing the 85% high threshold and freeing images, unattended upgrades installed, chrony source change and a SMART temperature change. Nothing is failing.",
        action="No action needed. Consider disabling password auth / moving SSH behind a VPN, and watch image filesystem usage if GC runs often.",
    )

def h_observability_ok(rng, R):
    """kube-prometheus-stack + Loki on a NUC cluster: compactions, deprecations, a canceled query."""
    PR = {"namespace": "monitoring", "pod": "prometheus-kube-prometheus-stack-prometheus-0", "container": "prometheus"}
    GR = {"namespace": "monitoring", "pod": dpod(rng, "kube-prometheus-stack-grafana"), "container": "grafana"}
    LK = {"namespace": "monitoring", "pod": "loki-0", "container": "loki"}
    AM = {"namespace": "monitoring", "pod": "alertmanager-kube-prometheus-stack-alertmanager-0", "container": "alertmanager"}
    PT = {"namespace": "monitoring", "pod": dspod(rng, "promtail"), "container": "promtail", "node": "nuc-02"}
    base_ms = int(R.base.timestamp() // 7200 * 7200 * 1000)
    ulid = "01J" + "".join(rng.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23))
    R.add(0.5, PR, f'ts={ISO} caller=compact.go:581 level=info component=tsdb msg="write block" mint={base_ms - 7200000} maxt={base_ms} ulid={ulid} duration={rng.uniform(1.1, 2.8):.3f}s ooo=false')
    R.add(0.9, PR, f'ts={ISO} caller=head.go:1355 level=info component=tsdb msg="Head GC completed" caller=truncateMemory duration={rng.uniform(30, 90):.3f}ms')
    R.add(1.0, PR, f'ts={ISO} caller=checkpoint.go:101 level=info component=tsdb msg="Creating checkpoint" from_segment={412} to_segment={414} mint={base_ms}')
    R.add(2.3, PR, f'ts={ISO} caller=head.go:1317 level=info component=tsdb msg="WAL checkpoint complete" first=412 last=414 duration={rng.uniform(1, 2):.3f}s')
    for i in range(2):
        R.add(20 + i * 97 + rng.uniform(0, 5), PR, f'ts={ISO} caller=scrape.go:1777 level=warn component="scrape manager" scrape_pool=serviceMonitor/monitoring/kube-prometheus-stack-kubelet/1 target=https://192.168.1.{11 + i}:10250/metrics/cadvisor msg="Error on ingesting out-of-order samples" num_dropped={rng.randint(1, 6)}')
    R.add(5.0, GR, f'logger=plugins.validator.angular t={ISO9} level=warn msg="Plugin uses Angular, which is deprecated and will be removed in a future release" pluginId=grafana-worldmap-panel pluginVersion=1.0.3')
    R.add(5.1, GR, f'logger=plugins.validator.angular t={ISO9} level=warn msg="Plugin uses Angular, which is deprecated and will be removed in a future release" pluginId=grafana-piechart-panel pluginVersion=1.6.4')
    R.add(33.0, GR, f'logger=cleanup t={ISO9} level=info msg="Completed cleanup jobs" duration={rng.uniform(8, 40):.6f}ms')
    R.add(61.0, GR, f'logger=plugins.update.checker t={ISO9} level=info msg="Update check succeeded" duration={rng.uniform(80, 300):.6f}ms')
    R.add(90.0, GR, f'logger=infra.usagestats t={ISO9} level=info msg="Usage stats are ready to report"')
    R.add(140.0, GR, f'logger=context userId=1 orgId=1 uname=admin t={ISO9} level=info msg="Request Completed" method=POST path=/api/ds/query status=400 remote_addr=192.168.1.23 time_ms=3 duration=3.112ms size=98 referer="https://grafana.home.example.net/explore" handler=/api/ds/query status_source=downstream')
    trace = hexs(rng, 16)
    R.add(138.0, LK, f'level=error ts={ISO6} caller=retry.go:95 org_id=fake traceID={trace} msg="error processing request" try=0 query="{{namespace=\\"media\\"}} |= \\"transcode\\"" query_hash={rng.randint(10**9, 4 * 10**9)} start={fmt("iso", R.at(-3600))} end={fmt("iso", R.at(138))} length=1h0m0s retry_in={rng.uniform(0.5, 1.5):.6f}s err="context canceled"')
    R.add(138.1, LK, f'level=info ts={ISO6} caller=metrics.go:217 component=frontend org_id=fake traceID={trace} latency=fast query="{{namespace=\\"media\\"}} |= \\"transcode\\"" query_hash=2481003517 query_type=filter range_type=range length=1h0m0s step=2s duration={rng.uniform(0.2, 0.6):.6f}s status=499 limit=1000 returned_lines=0 throughput=0B total_bytes=0B')
    for i in range(4):
        R.add(10 + i * 41 + rng.uniform(0, 4), LK, f'level=info ts={ISO6} caller=flush.go:179 component=ingester msg="flushing stream" user=fake fp={hexs(rng, 16)} immediate=false num_chunks=1 total_comp="{rng.randint(8, 90)} kB" avg_comp="{rng.randint(8, 90)} kB" total_uncomp="{rng.randint(100, 600)} kB" avg_uncomp="{rng.randint(100, 600)} kB" full=0 idle=1 max_age=0 flush_reason=idle labels="{{container=\\"{rng.choice(["jellyfin", "immich-server", "gitea", "nextcloud"])}\\", namespace=\\"apps\\"}}"')
    R.add(60.0, LK, f'level=info ts={ISO6} caller=table_manager.go:136 index-store=tsdb-2024-04-01 msg="uploading tables"')
    R.add(120.0, LK, f'level=info ts={ISO6} caller=compactor.go:613 msg="applying retention with compaction"')
    R.add(121.0, LK, f'level=info ts={ISO6} caller=expiration.go:78 msg="overall smallest retention period {int(R.at(121).timestamp()) // 86400 * 86400 - 30 * 86400}, default smallest retention period {int(R.at(121).timestamp()) // 86400 * 86400 - 30 * 86400}"')
    R.add(44.0, AM, f'ts={ISO} caller=coordinator.go:113 level=info component=configuration msg="Loading configuration file" file=/etc/alertmanager/config_out/alertmanager.env.yaml')
    R.add(44.1, AM, f'ts={ISO} caller=coordinator.go:126 level=info component=configuration msg="Completed loading of configuration file" file=/etc/alertmanager/config_out/alertmanager.env.yaml')
    oldpod = dpod(rng, "immich-server")
    R.add(71.0, PT, f'level=info ts={ISO6} caller=tailer.go:147 component=tailer msg="tail routine: started" path=/var/log/pods/immich_{dpod(rng, "immich-server")}_{uuid4(rng)}/immich-server/0.log')
    R.add(72.0, PT, f'level=info ts={ISO6} caller=tailer.go:238 component=tailer msg="stopped tailing file" path=/var/log/pods/immich_{oldpod}_{uuid4(rng)}/immich-server/0.log')
    R.add(72.1, PT, f'level=info ts={ISO6} caller=tailer.go:155 component=tailer msg="tail routine: exited" path=/var/log/pods/immich_{oldpod}_{uuid4(rng)}/immich-server/0.log')
    return dict(
        question="Grafana shows warnings and Loki logged an error — is the monitoring stack OK?",
        selector=sel(namespace="monitoring"),
        severity="INFO", category="none", component="loki",
        root_cause="No incident: Loki's only error is a query canceled by the user (status 499, context canceled); Grafana warns about deprecated Angular panels; Prometheus drops a few out-of-order cAdvisor samples, which is common and harmless.",
        summary="Prometheus writes a TSDB block and checkpoints the WAL, Loki flushes idle streams and runs retention, Alertmanager reloads its config, promtail follows a rotated pod. The 'error processing request … context canceled' is a canceled Explore query, not a failure.",
        action="No action needed. Plan to replace the Angular-based worldmap/piechart panels before Grafana removes Angular support.",
    )


def h_home_automation_ok(rng, R):
    """Home Assistant, Mosquitto and Zigbee2MQTT with custom-integration warnings and a delivery retry."""
    HA = {"namespace": "home", "pod": "home-assistant-0", "container": "home-assistant", "node": "k3s-w2"}
    MQ = {"namespace": "home", "pod": dpod(rng, "mosquitto"), "container": "mosquitto"}
    ZB = {"namespace": "home", "pod": dpod(rng, "zigbee2mqtt"), "container": "zigbee2mqtt", "node": "rpi-zigbee"}
    ES = {"namespace": "home", "pod": dpod(rng, "esphome"), "container": "esphome"}
    ha_ip, z2m_ip, esp_ip = pip(rng), pip(rng), "192.168.1.77"
    R.add(0.2, HA, f"{SP} WARNING (SyncWorker_0) [homeassistant.loader] We found a custom integration hacs which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant")
    R.add(0.3, HA, f"{SP} WARNING (SyncWorker_0) [homeassistant.loader] We found a custom integration alexa_media which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant")
    R.add(14.0, HA, f"{SP} WARNING (MainThread) [homeassistant.helpers.frame] Detected that custom integration 'alexa_media' calls async_forward_entry_setup for integration, alexa_media with title: anna@example.net - amazon.de and entry_id: {hexs(rng, 26).upper()}, which is deprecated and will stop working in Home Assistant 2025.6, await async_forward_entry_setups instead at custom_components/alexa_media/__init__.py, line 1188: hass.config_entries.async_forward_entry_setup(config_entry, component), please report it to the author of the 'alexa_media' custom integration")
    R.add(1.0, MQ, f"{EPOCHS}: New connection from {ha_ip}:{rng.randint(40000, 60000)} on port 1883.")
    R.add(1.01, MQ, f"{EPOCHS}: New client connected from {ha_ip}:{rng.randint(40000, 60000)} as homeassistant (p2, c1, k60, u'homeassistant').")
    t = 2.0
    sensors = [("hallway_motion", '{"battery":97,"illuminance":3,"linkquality":120,"occupancy":true,"voltage":2995}'),
               ("living_room_th", '{"battery":100,"humidity":48.2,"linkquality":87,"temperature":21.4}'),
               ("hallway_motion", '{"battery":97,"illuminance":3,"linkquality":116,"occupancy":false,"voltage":2995}'),
               ("bedroom_window", '{"battery":91,"contact":true,"linkquality":69}'),
               ("living_room_th", '{"battery":100,"humidity":48.6,"linkquality":90,"temperature":21.5}')]
    for name, payload in sensors:
        t += rng.uniform(8, 30)
        R.add(t, ZB, f"Zigbee2MQTT:info  {SEC}: MQTT publish: topic 'zigbee2mqtt/{name}', payload '{payload}'")
    R.add(31.0, HA, f"{SP} INFO (MainThread) [homeassistant.components.automation.hallway_motion_lights] Hallway motion lights: Running automation actions")
    R.add(31.01, HA, f"{SP} INFO (MainThread) [homeassistant.components.automation.hallway_motion_lights] Hallway motion lights: Executing step call service")
    ieee = "0x" + hexs(rng, 16)
    R.add(60.0, ZB, f"Zigbee2MQTT:error {SEC}: Publish 'set' 'state' to 'garden_plug' failed: 'Error: ZCL command {ieee}/1 genOnOff.on({{}}, {{\"timeout\":10000,\"disableResponse\":false,\"disableRecovery\":false,\"disableDefaultResponse\":true,\"direction\":0,\"srcEndpoint\":null,\"reservedBits\":0,\"manufacturerCode\":null,\"transactionSequenceNumber\":null,\"writeUndiv\":false}}) failed (Delivery failed for '{rng.randint(10000, 60000)}'.)'")
    R.add(72.0, ZB, f"Zigbee2MQTT:info  {SEC}: MQTT publish: topic 'zigbee2mqtt/garden_plug', payload '{{\"linkquality\":51,\"power_on_behavior\":\"previous\",\"state\":\"ON\"}}'")
    R.add(71.8, HA, f"{SP} INFO (MainThread) [homeassistant.components.automation.garden_lights_at_sunset] Garden lights at sunset: Running automation actions")
    R.add(90.0, HA, f"{SP} ERROR (MainThread) [homeassistant.components.met.coordinator] Timeout fetching met data")
    R.add(91.0, HA, f"{SP} WARNING (MainThread) [homeassistant.helpers.update_coordinator] Error fetching met data: Timeout fetching met data")
    R.add(140.0, HA, f"{SP} INFO (MainThread) [homeassistant.helpers.update_coordinator] Fetching met data recovered")
    R.add(100.0, MQ, f"{EPOCHS}: Client esp-garage-door has exceeded timeout, disconnecting.")
    R.add(118.0, MQ, f"{EPOCHS}: New connection from {esp_ip}:{rng.randint(1024, 65000)} on port 1883.")
    R.add(118.05, MQ, f"{EPOCHS}: New client connected from {esp_ip}:{rng.randint(1024, 65000)} as esp-garage-door (p2, c1, k15, u'esphome').")
    R.add(119.0, HA, f"{SP} INFO (MainThread) [homeassistant.components.esphome.manager] Successfully connected to garage-door @ {esp_ip} in 0.041s")
    R.add(45.0, ES, f"INFO Starting log output from {esp_ip} using esphome API")
    R.add(45.3, ES, "INFO Successfully connected to garage-door @ 192.168.1.77 in 0.038s")
    R.add(101.0, ES, "WARNING garage-door @ 192.168.1.77: Connection error occurred: [Errno 104] Connection reset by peer")
    R.add(117.0, ES, "INFO Successfully connected to garage-door @ 192.168.1.77 in 0.052s")
    R.add(125.0, MQ, f"{EPOCHS}: Saving in-memory database to /mosquitto/data/mosquitto.db.")
    return dict(
        question=None,
        selector=sel(namespace="home"),
        severity="INFO", category="none", component="home-assistant",
        root_cause="No incident: custom-integration and deprecation warnings, one Zigbee delivery failure that succeeded on retry, a met.no timeout that recovered and an ESP device Wi-Fi reconnect are normal home-automation noise.",
        summary="Home Assistant runs automations, Zigbee2MQTT publishes sensor states, Mosquitto accepts clients. The garden plug command failed once (Zigbee delivery) and succeeded 12 s later; the weather integration timed out and logged 'Fetching met data recovered'; esp-garage-door dropped and reconnected.",
        action="No action needed. Update alexa_media before HA 2025.6; if the garden plug fails often, add a Zigbee router near it.",
    )


def h_media_ok(rng, R):
    """Jellyfin + Immich behind ingress-nginx, one upstream metadata 503 that recovers."""
    JF = {"namespace": "media", "pod": dpod(rng, "jellyfin"), "container": "jellyfin", "node": "nuc-01"}
    IS = {"namespace": "immich", "pod": dpod(rng, "immich-server"), "container": "immich-server"}
    IML = {"namespace": "immich", "pod": dpod(rng, "immich-machine-learning"), "container": "machine-learning"}
    NG = {"namespace": "ingress-nginx", "pod": dpod(rng, "ingress-nginx-controller"), "container": "controller"}
    jf_ip, is_ip = pip(rng, "10.244"), pip(rng, "10.244")
    R.add(0.5, JF, f"[{HMS}] [INF] [34] Emby.Server.Implementations.ScheduledTasks.TaskManager: Refresh Guide Completed after 0 minute(s) and 3 seconds")
    R.add(12.0, JF, f"[{HMS}] [INF] [52] Jellyfin.Api.Helpers.MediaInfoHelper: User policy for anna. EnablePlaybackRemuxing: True EnableVideoPlaybackTranscoding: True EnableAudioPlaybackTranscoding: True")
    R.add(12.4, JF, f"[{HMS}] [INF] [52] Jellyfin.Api.Controllers.DynamicHlsController: Current HLS implementation doesn't support non-keyframe breaks but one is requested, ignoring that request")
    R.add(12.6, JF, f"[{HMS}] [INF] [52] MediaBrowser.MediaEncoding.Transcoding.TranscodeManager: /usr/lib/jellyfin-ffmpeg/ffmpeg -analyzeduration 200M -probesize 1G -f matroska -init_hw_device vaapi=va:/dev/dri/renderD128 -hwaccel vaapi -hwaccel_output_format vaapi -i file:\"/media/tv/Severance/Season 02/Severance.S02E03.1080p.WEB.h264.mkv\" -map_metadata -1 -map_chapters -1 -threads 0 -map 0:0 -map 0:1 -codec:v:0 h264_vaapi -b:v 7616000 -maxrate 7616000 -bufsize 15232000 -f hls -max_delay 5000000 -hls_time 3 -hls_segment_type fmp4 -start_number 0 -hls_segment_filename \"/cache/transcodes/{hexs(rng, 32)}%d.mp4\" -y \"/cache/transcodes/{hexs(rng, 32)}.m3u8\"")
    R.add(40.0, JF, f"[{HMS}] [ERR] [41] MediaBrowser.Providers.Manager.ProviderManager: TheMovieDb: Error fetching series images for 'Severance'")
    R.add(40.01, JF, "System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).")
    R.add(40.02, JF, "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()")
    R.add(161.0, JF, f"[{HMS}] [INF] [41] Emby.Server.Implementations.ScheduledTasks.TaskManager: Refresh Metadata Completed after 2 minute(s) and 1 seconds")
    R.add(95.0, JF, f"[{HMS}] [INF] [18] Jellyfin.Api.Helpers.TranscodingJobHelper: Stopping ffmpeg process with q command for /cache/transcodes/{hexs(rng, 32)}.m3u8")
    R.add(96.0, JF, f"[{HMS}] [INF] [18] MediaBrowser.MediaEncoding.Transcoding.TranscodeManager: FFmpeg exited with code 0")
    t = 1.0
    for i in range(8):
        t += rng.uniform(5, 20)
        if i % 3 == 0:
            R.add(t, NG, nginx_ingress_access(rng, lan(rng), "GET", f"/videos/{uuid4(rng)}/hls1/main/{i}.mp4?DeviceId=TW96aWxsYS81LjA&MediaSourceId={hexs(rng, 32)}", 200, rng.randint(900_000, 3_000_000), UA_FF, "media-jellyfin-8096", f"{jf_ip}:8096", rng.uniform(0.05, 0.4), proto="HTTP/2.0"))
        else:
            R.add(t, NG, nginx_ingress_access(rng, lan(rng), "POST", "/api/assets", 201, rng.randint(200, 400), "Immich_Android_1.119.1", "immich-immich-server-2283", f"{is_ip}:2283", rng.uniform(0.3, 1.6)))
            R.add(t + 0.2, IS, f"[Nest] 7  - {NEST}     LOG [Microservices:MetadataService] Extracting metadata for asset {uuid4(rng)}")
    R.add(30.0, IS, f"[Nest] 17  - {NEST}     LOG [Microservices:JobService] Job thumbnailGeneration finished in 1.83s")
    R.add(31.0, IS, f"[Nest] 7  - {NEST}     LOG [Api:EventRepository] Websocket Connect:    {k8s_rand(rng, 20)}")
    R.add(55.0, IS, f"[Nest] 17  - {NEST}    WARN [Microservices:MetadataService] Could not extract duration for asset {uuid4(rng)}: the file has no video stream")
    R.add(33.0, IML, f"{RICH} INFO     Loading visual model 'ViT-B-32__openai' to memory")
    R.add(33.2, IML, f"{RICH} INFO     Setting execution providers to ['CPUExecutionProvider'], in descending order of preference")
    R.add(34.1, IML, f"{RICH} INFO     Loading facial recognition model 'buffalo_l' to memory")
    R.add(150.0, IML, f"{RICH} INFO     Shutting down due to inactivity.")
    return dict(
        question="Jellyfin logged an ERR with a 503 — is the media stack broken?",
        selector=sel(namespace="media"),
        severity="INFO", category="none", component="jellyfin",
        root_cause="No incident: TheMovieDb briefly answered 503 during a metadata refresh; the task completed on its own and playback/transcoding and Immich uploads are working.",
        summary="Jellyfin transcodes via VAAPI and serves HLS segments, its metadata task hit one 503 from TheMovieDb and then completed. Immich accepts uploads (201), extracts metadata and the ML service loads and later unloads its models on inactivity.",
        action="No action needed.",
    )


def h_ci_ok(rng, R):
    """GitLab runner (Kubernetes executor) with one failing unit-test job and a transient poll timeout."""
    GR = {"namespace": "gitlab-runner", "pod": dpod(rng, "gitlab-runner"), "container": "gitlab-runner"}
    EV = {"job": "loki.source.kubernetes_events", "namespace": "gitlab-runner", "instance": "alloy"}
    RG = {"namespace": "registry", "pod": dpod(rng, "docker-registry"), "container": "registry"}
    KW = {"job": "systemd-journal", "host": "kube-w3", "unit": "kubelet.service"}
    runner = k8s_rand(rng, 8)
    jobs = [(48211 + i, rng.choice(["acme/webshop", "acme/invoice-service", "acme/docs-site"])) for i in range(4)]
    t = 0.0
    for n, (job, repo) in enumerate(jobs):
        t += rng.uniform(10, 30)
        pod = f"runner-{runner.lower()}-project-{ {'acme/webshop': 42, 'acme/invoice-service': 57, 'acme/docs-site': 61}[repo] }-concurrent-{n % 2}-{k8s_rand(rng, 8)}"
        R.add(t, GR, f"Checking for jobs... received                       job={job} repo_url=https://gitlab.example.com/{repo}.git runner={runner}")
        R.add(t + 1.0, EV, ev_lf(rng, "Pod", pod, "Scheduled", f"Successfully assigned gitlab-runner/{pod} to kube-w3", comp="default-scheduler"))
        R.add(t + 2.0, EV, ev_lf(rng, "Pod", pod, "Pulled", 'Container image "registry.gitlab.com/gitlab-org/gitlab-runner/gitlab-runner-helper:x86_64-v17.4.0" already present on machine', host="kube-w3"))
        R.add(t + 2.5, EV, ev_lf(rng, "Pod", pod, "Started", "Started container build", host="kube-w3"))
        dur = rng.uniform(80, 200)
        project = {"acme/webshop": 42, "acme/invoice-service": 57, "acme/docs-site": 61}[repo]
        if n == 2:
            R.add(t + dur, GR, f"WARNING: Job failed: command terminated with exit code 1  duration_s={dur:.6f} job={job} project={project} runner={runner}")
        else:
            R.add(t + dur, GR, f"Job succeeded                                       duration_s={dur:.6f} job={job} project={project} runner={runner}")
            if repo != "acme/docs-site":
                R.add(t + dur - 12, RG, f'time="{ISO9}" level=info msg="response completed" go.version=go1.20.8 http.request.host=registry.example.com http.request.id={uuid4(rng)} http.request.method=PUT http.request.remoteaddr=10.244.3.{rng.randint(2, 250)} http.request.uri="/v2/{repo}/manifests/sha-{hexs(rng, 8)}" http.request.useragent="buildkit/v0.16" http.response.duration={rng.uniform(20, 90):.4f}ms http.response.status=201 http.response.written=0')
        R.add(t + dur + 0.5, GR, f"Appending trace to coordinator...ok                  code=202 job={job} job-log=0-{rng.randint(20000, 90000)} job-status={'failed' if n == 2 else 'success'} runner={runner} sent-log=0-{rng.randint(20000, 90000)} status=202 Accepted")
        R.add(t + dur + 2.0, KW, klog("I", 1043, "kubelet.go:2473", f'"SyncLoop DELETE" source="api" pods=["gitlab-runner/{pod}"]'))
    R.add(55.0, GR, f'WARNING: Checking for jobs... failed                 runner={runner} status=couldn\'t execute POST against https://gitlab.example.com/api/v4/jobs/request: Post "https://gitlab.example.com/api/v4/jobs/request": net/http: request canceled (Client.Timeout exceeded while awaiting headers)')
    R.add(58.0, GR, f"Checking for jobs... nothing                        runner={runner}")
    R.add(21.0, RG, f'time="{ISO9}" level=info msg="response completed" go.version=go1.20.8 http.request.host=registry.example.com http.request.id={uuid4(rng)} http.request.method=GET http.request.remoteaddr=10.244.3.{rng.randint(2, 250)} http.request.uri="/v2/acme/ci-images/node/manifests/20-bookworm" http.request.useragent="containerd/v1.7.22" http.response.duration=3.1ms http.response.status=200 http.response.written=1642')
    return dict(
        question="A pipeline failed in GitLab, is the runner or the cluster broken?",
        selector=sel(namespace="gitlab-runner"),
        severity="INFO", category="none", component="gitlab-runner",
        root_cause="No incident: one CI job failed because its own test step exited with code 1; the runner, build pods and registry are healthy, and a single job-poll timeout was followed by a successful poll.",
        summary="The GitLab runner picks up four jobs, schedules build pods on kube-w3 and pushes images to the in-cluster registry (201). Three jobs succeed, one fails with 'command terminated with exit code 1' (a test failure in the project). One poll to gitlab.example.com timed out and the next poll worked.",
        action="No cluster action needed; the failing job's owners should look at its test output in GitLab.",
    )

# =======================================================================================
# Incidents
# =======================================================================================

def i_immich_ml_oom(rng, R):
    node = "nuc-01"
    mlpod, srvpod = dpod(rng, "immich-machine-learning"), dpod(rng, "immich-server")
    ML = {"namespace": "immich", "pod": mlpod, "container": "machine-learning", "node": node}
    SRV = {"namespace": "immich", "pod": srvpod, "container": "immich-server", "node": node}
    KER = {"job": "systemd-journal", "host": node, "transport": "kernel"}
    K3S = {"job": "systemd-journal", "host": node, "unit": "k3s-agent.service"}
    EV = {"namespace": "monitoring", "pod": dpod(rng, "event-exporter"), "container": "event-exporter"}
    PGL = {"namespace": "immich", "pod": "immich-postgres-0", "container": "postgres"}
    uid = uuid4(rng)
    model = "ViT-H-14-378-quickgelu__dfn5b"
    R.add(0.0, SRV, f"[Nest] 7  - {NEST}     LOG [Api:SystemConfigService] LogLevel=log (set via system config)")
    R.add(0.4, SRV, f"[Nest] 17  - {NEST}     LOG [Microservices:JobService] Queued 18432 assets for smartSearch")
    t = 2.0
    backoff = [10, 20, 40]
    for cycle in range(3):
        pid = 9 + cycle
        R.add(t, ML, f"{RICH} INFO     Starting gunicorn 23.0.0")
        R.add(t + 0.01, ML, f"{RICH} INFO     Listening at: http://[::]:3003 ({pid})")
        R.add(t + 0.02, ML, f"{RICH} INFO     Booting worker with pid: {pid + 1}")
        R.add(t + 3.4, ML, f"{RICH} INFO     Application startup complete.")
        R.add(t + 5.1, ML, f"{RICH} INFO     Loading visual model '{model}' to memory", ev=(cycle == 0))
        R.add(t + 5.3, ML, f"{RICH} INFO     Setting execution providers to ['CPUExecutionProvider'], in descending order of preference")
        kill = t + rng.uniform(17, 24)
        kpid = rng.randint(200000, 900000)
        R.add(kill, KER, f"gunicorn invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985")
        if cycle == 0:
            R.add(kill + 0.001, KER, "memory: usage 2097152kB, limit 2097152kB, failcnt 1843", ev=True)
        R.add(kill + 0.002, KER, f"Memory cgroup out of memory: Killed process {kpid} (gunicorn) total-vm:{rng.randint(6_000_000, 7_500_000)}kB, anon-rss:{rng.randint(2_060_000, 2_090_000)}kB, file-rss:{rng.randint(9000, 30000)}kB, shmem-rss:0kB, UID:0 pgtables:{rng.randint(4200, 5200)}kB oom_score_adj:985", ev=(cycle in (0, 2)))
        R.add(kill + 0.9, K3S, klog("I", 1187, "kubelet.go:2437", f'"SyncLoop (PLEG): event for pod" pod="immich/{mlpod}" event={{"ID":"{uid}","Type":"ContainerDied","Data":"{hexs(rng, 64)}"}}'))
        R.add(kill + 1.0, SRV, f"[Nest] 17  - {NEST}    WARN [Microservices:MachineLearningRepository] Machine learning request to \"http://immich-machine-learning:3003\" failed: fetch failed")
        R.add(kill + 1.01, SRV, f"[Nest] 17  - {NEST}   ERROR [Microservices:JobService] Unable to run job handler (smartSearch/smart-search): Error: Machine learning request '{{\"clip\":{{\"visual\":{{\"modelName\":\"{model}\"}}}}}}' failed for all URLs")
        if cycle > 0:
            R.add(kill + 1.2, K3S, klog("E", 1187, "pod_workers.go:1301", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"machine-learning\\" with CrashLoopBackOff: \\"back-off {backoff[cycle - 1]}s restarting failed container=machine-learning pod={mlpod}_immich({uid})\\"" pod="immich/{mlpod}" podUID="{uid}"'))
            R.add(kill + 1.3, EV, ev_json(rng, "immich", "Pod", mlpod, "BackOff", f"Back-off restarting failed container machine-learning in pod {mlpod}_immich({uid})", typ="Warning", host=node, count=cycle + 1))
        R.add(kill + 3.0, SRV, f"[Nest] 17  - {NEST}   ERROR [Microservices:JobService] Unable to run job handler (faceDetection/face-detection): Error: Machine learning request '{{\"facial-recognition\":{{\"detection\":{{\"modelName\":\"buffalo_l\",\"options\":{{\"minScore\":0.7}}}},\"recognition\":{{\"modelName\":\"buffalo_l\"}}}}}}' failed for all URLs")
        t = kill + backoff[cycle] + rng.uniform(1, 3)
    R.add(t + 1, EV, ev_json(rng, "immich", "Pod", mlpod, "Pulled", 'Container image "ghcr.io/immich-app/immich-machine-learning:v1.119.1" already present on machine', host=node, count=4))
    R.add(30.0, PGL, f"{PG} [61] LOG:  checkpoint starting: time")
    R.add(61.0, PGL, f"{PG} [61] LOG:  checkpoint complete: wrote 412 buffers (2.5%); 0 WAL file(s) added, 0 removed, 0 recycled; write=30.117 s, sync=0.009 s, total=30.151 s; sync files=44, longest=0.003 s, average=0.001 s; distance=3187 kB, estimate=4410 kB; lsn=0/9B4F1A8, redo lsn=0/9A1C3E0")
    return dict(
        question="Why does Immich smart search not work since I changed the CLIP model?",
        selector=sel(namespace="immich"),
        severity="CRITICAL", category="oom_killed", component="immich-machine-learning",
        root_cause="The immich-machine-learning container has a 2Gi memory limit, and the newly selected CLIP model ViT-H-14-378-quickgelu__dfn5b needs several GiB when it loads. Each time the container loads the model, the kernel's memory cgroup kills gunicorn (OOM), so the container crash-loops.",
        summary="After the CLIP model was switched and 18k assets were queued for smart search, immich-machine-learning starts, begins loading the ViT-H-14 model and is OOM-killed at the 2 GiB cgroup limit within ~20 s. This repeats with growing CrashLoopBackOff. immich-server's smart-search and face-detection jobs fail with 'fetch failed' / 'failed for all URLs'. Those errors are symptoms of the ML pod dying, not a network problem.",
        action="Switch the CLIP model back to a smaller one (e.g. ViT-B-32__openai or ViT-B-16-SigLIP__webli) in Administration → Machine Learning, or raise the machine-learning memory limit to ~6Gi if nuc-01 has the RAM. Then re-run the Smart Search job for the missing assets.",
    )


def i_coredns_loop(rng, R):
    """k0s on Ubuntu VMs: CoreDNS forward loop via the 127.0.0.53 stub resolver."""
    cd1, cd2 = dpod(rng, "coredns"), dpod(rng, "coredns")
    C1 = {"namespace": "kube-system", "pod": cd1, "container": "coredns", "node": "k0s-w1"}
    C2 = {"namespace": "kube-system", "pod": cd2, "container": "coredns", "node": "k0s-w2"}
    KW = {"job": "systemd-journal", "host": "k0s-w1", "unit": "k0sworker.service"}
    GT = {"namespace": "gitea", "pod": dpod(rng, "gitea"), "container": "gitea"}
    N8 = {"namespace": "automation", "pod": dpod(rng, "n8n"), "container": "n8n"}
    EV = {"job": "loki.source.kubernetes_events", "namespace": "kube-system", "instance": "alloy"}
    sha = hexs(rng, 128)
    t = 0.0
    for cycle in range(2):
        for j, (lab, pod) in enumerate([(C1, cd1), (C2, cd2)]):
            s = t + j * rng.uniform(1, 4)
            R.add(s, lab, ".:53")
            R.add(s + 0.001, lab, f"[INFO] plugin/reload: Running configuration SHA512 = {sha}")
            R.add(s + 0.002, lab, "CoreDNS-1.11.3")
            R.add(s + 0.003, lab, "linux/amd64, go1.21.11, a6338e9")
            R.add(s + 0.05, lab, f'[FATAL] plugin/loop: Loop (127.0.0.1:{rng.randint(33000, 60999)} -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO {rng.randint(10**18, 9 * 10**18)}.{rng.randint(10**18, 9 * 10**18)}."', ev=(cycle == 0 or j == 1))
        R.add(t + 6, KW, klog("E", 2211, "pod_workers.go:1301", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"coredns\\" with CrashLoopBackOff: \\"back-off {40 * (cycle + 1)}s restarting failed container=coredns pod={cd1}_kube-system({uuid4(rng)})\\"" pod="kube-system/{cd1}"'), ev=(cycle == 1))
        R.add(t + 6.5, EV, ev_lf(rng, "Pod", cd1, "BackOff", f"Back-off restarting failed container coredns in pod {cd1}_kube-system({uuid4(rng)})", typ="Warning", host="k0s-w1", count=5 + cycle * 3))
        R.add(t + 7.0, EV, ev_lf(rng, "Pod", cd2, "Unhealthy", "Readiness probe failed: Get \"http://10.244.2.4:8181/ready\": dial tcp 10.244.2.4:8181: connect: connection refused", typ="Warning", host="k0s-w2", count=3 + cycle))
        t += rng.uniform(45, 70)
    gt_ip = pip(rng, "10.244")
    for i in range(4):
        tt = rng.uniform(3, t)
        R.add(tt, GT, f"{NGX} ...ices/mailer/mailer.go:374:process() [E] Failed to send emails [ops@example.org]: failed to establish network connection to SMTP server: dial tcp: lookup smtp.eu.mailgun.org on 10.96.0.10:53: read udp {gt_ip}:{rng.randint(30000, 60000)}->10.96.0.10:53: read: connection refused" if i == 0 else
              f"{NGX} ...s/context/context.go:196:ServeHTTP() [E] routing error: dial tcp: lookup gitea-postgresql.gitea.svc.cluster.local on 10.96.0.10:53: read udp {gt_ip}:{rng.randint(30000, 60000)}->10.96.0.10:53: i/o timeout")
    for i in range(3):
        tt = rng.uniform(3, t)
        R.add(tt, N8, f"Error: getaddrinfo EAI_AGAIN postgres-rw.databases.svc.cluster.local")
        R.add(tt + 0.001, N8, "    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:109:26)")
    R.add(t * 0.6, N8, "Problem with execution 4821: There was a problem running hook \"workflowExecuteAfter\". Aborting...")
    R.add(t * 0.3, KW, klog("I", 2211, "kubelet.go:2437", f'"SyncLoop (PLEG): event for pod" pod="kube-system/{cd1}" event={{"ID":"{uuid4(rng)}","Type":"ContainerStarted","Data":"{hexs(rng, 64)}"}}'))
    return dict(
        question="Nothing in the cluster can resolve names anymore, what is going on?",
        selector=sel(namespace="kube-system", app="coredns"),
        severity="CRITICAL", category="dns_resolution", component="coredns",
        root_cause="CoreDNS forwards '.' to /etc/resolv.conf, and kubelet hands CoreDNS the node's /etc/resolv.conf, which points to the systemd-resolved stub 127.0.0.53. Inside the CoreDNS pod that address loops back to CoreDNS itself. The loop plugin detects the forwarding loop and exits ([FATAL] plugin/loop), so both CoreDNS pods crash-loop and cluster DNS is gone.",
        summary="Both coredns replicas start, detect 'Loop (127.0.0.1:… -> :53) … for zone \".\"' and exit. Kubelet puts them in CrashLoopBackOff and the readiness probes fail. Every workload then fails to resolve names: Gitea cannot resolve its database or the SMTP host (lookup … on 10.96.0.10:53: i/o timeout / connection refused), and n8n gets EAI_AGAIN for postgres-rw. These application errors are symptoms.",
        action="Give kubelet the real upstream resolv.conf (k0s worker profile / kubelet resolvConf: /run/systemd/resolve/resolv.conf), or change the Corefile to forward to explicit upstreams (e.g. forward . 192.168.1.1 1.1.1.1). Then restart the coredns pods and check with `kubectl run -it --rm dnsutils … nslookup kubernetes.default`.",
    )


def i_acme_http01_expired(rng, R):
    """k3s homelab: HTTP-01 self-check cannot reach port 80 on the public IP; cert expired."""
    R.rebase(rng.randint(8, 10))
    CM = {"namespace": "cert-manager", "pod": dpod(rng, "cert-manager"), "container": "cert-manager-controller"}
    KU = {"namespace": "monitoring", "pod": "uptime-kuma-0", "container": "uptime-kuma"}
    NC = {"namespace": "nextcloud", "pod": dpod(rng, "nextcloud"), "container": "nextcloud"}
    TR = {"namespace": "kube-system", "pod": dpod(rng, "traefik"), "container": "traefik"}
    EV = {"namespace": "monitoring", "pod": dpod(rng, "event-exporter"), "container": "event-exporter"}
    ns = "nextcloud"
    order = f"cloud-example-net-tls-1-{rng.randint(10**9, 4 * 10**9)}"
    chal = f"{order}-{rng.randint(10**9, 4 * 10**9)}"
    chal2 = f"{order}-{rng.randint(10**9, 4 * 10**9)}"
    tok, tok2 = k8s_rand(rng, 43), k8s_rand(rng, 43)
    expired = R.at(-rng.randint(3600 * 5, 3600 * 20))
    t = 0.0
    for i in range(4):
        t += rng.uniform(35, 50)
        for c, dom, tk in [(chal, "cloud.example.net", tok), (chal2, "office.example.net", tok2)]:
            R.add(t + rng.uniform(0, 2), CM, cm_line("E", "sync.go:190", "propagation check failed",
                  err=f"failed to perform self check GET request 'http://{dom}/.well-known/acme-challenge/{tk}': Get \"http://{dom}/.well-known/acme-challenge/{tk}\": dial tcp 203.0.113.47:80: connect: connection timed out",
                  logger="cert-manager.controller", resource_name=c, resource_namespace=ns, resource_kind="Challenge",
                  resource_version="v1", dnsName=dom, type="HTTP-01"), ev=(i == 0 and dom.startswith("cloud")) or (i == 3 and dom.startswith("office")))
    R.add(2.0, EV, ev_json(rng, ns, "Challenge", chal, "Presented", "Presented challenge using HTTP-01 challenge mechanism", comp="cert-manager-challenges", count=1))
    R.add(2.5, CM, cm_line("I", "pod.go:71", "creating HTTP01 challenge solver pod", logger="cert-manager.controller.http01",
                           resource_name=chal, resource_namespace=ns, resource_kind="Challenge", resource_version="v1",
                           dnsName="cloud.example.net", type="HTTP-01"))
    for i, (mid, name) in enumerate([(3, "Nextcloud (public)"), (7, "Collabora (public)")]):
        for k in range(2):
            R.add(20 + k * 60 + i * 7 + rng.uniform(0, 2), KU, f"{ISOOFF} [MONITOR] WARN: Monitor #{mid} '{name}': Failing: certificate has expired | Interval: 60 seconds | Type: http | Down Count: {k} | Resend Interval: 0", ev=(i == 0 and k == 0))
    R.add(70.0, NC, jd({"reqId": k8s_rand(rng, 20), "level": 3, "time": ISOOFF, "remoteAddr": "", "user": "--", "app": "richdocuments",
                        "method": "", "url": "--", "message": "cURL error 60: SSL certificate problem: certificate has expired (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://office.example.net/hosting/discovery",
                        "userAgent": "--", "version": "29.0.7.1", "data": {"app": "richdocuments"}}), ev=True)
    R.add(110.0, NC, jd({"reqId": k8s_rand(rng, 20), "level": 2, "time": ISOOFF, "remoteAddr": "192.168.1.23", "user": "anna", "app": "richdocuments",
                         "method": "GET", "url": "/apps/richdocuments/index?fileId=48211", "message": "Failed to fetch the Collabora capabilities endpoint: cURL error 60: SSL certificate problem: certificate has expired",
                         "userAgent": UA_FF, "version": "29.0.7.1"}))
    for i in range(8):
        R.add(rng.uniform(5, 170), TR, traefik_clf(rng, lan(rng), "GET", rng.choice(["/", "/api/states", "/auth/authorize"]), 200, rng.randint(500, 9000), UA_FF, "home-home-assistant-ha-example-net@kubernetes", f"http://{pip(rng)}:8123", rng.uniform(3, 40)))
    for i in range(3):
        mid, name = rng.choice([(1, "Home Assistant (LAN)"), (2, "Jellyfin (LAN)"), (6, "Pi-hole")])
        R.add(rng.uniform(5, 170), KU, f"{ISOOFF} [MONITOR] INFO: Monitor #{mid} '{name}': Successful Response: {rng.randint(8, 60)} ms | Interval: 60 seconds | Type: http")
    R.add(150.0, CM, cm_line("I", "trigger_controller.go:223", "Certificate must be re-issued", logger="cert-manager.certificates-trigger",
                             key=f"{ns}/cloud-example-net-tls", reason="Expired", message=f"Certificate expired on {expired.strftime('%a, %d %b %Y %H:%M:%S')} UTC"), ev=True)
    return dict(
        question="Nextcloud shows a certificate warning since this morning, why didn't cert-manager renew it?",
        selector=sel(namespace="cert-manager"),
        severity="ERROR", category="tls_certificate", component="cert-manager",
        root_cause="The Let's Encrypt certificate for cloud.example.net/office.example.net expired because cert-manager could not renew it. The HTTP-01 self-check to http://<domain>/.well-known/acme-challenge/… on the public IP 203.0.113.47:80 times out, because port 80 is no longer forwarded to the cluster. Renewal never got past the challenge during the 30-day window.",
        summary="cert-manager has been retrying the HTTP-01 challenges for both names, and every self-check ends in 'dial tcp 203.0.113.47:80: connect: connection timed out'. The certificate is now reported expired. Uptime Kuma marks the public Nextcloud and Collabora monitors as 'certificate has expired', and Nextcloud's richdocuments app fails cURL error 60 against office.example.net. LAN traffic to other hosts through Traefik is fine.",
        action="Restore the router's port-forward 80/tcp to the Traefik/MetalLB IP (or switch the ClusterIssuer to a DNS-01 solver). Delete the stuck Challenge/Order (or `cmctl renew nextcloud/cloud-example-net-tls`) and confirm the Certificate becomes Ready. Add an alert on certmanager_certificate_expiration_timestamp_seconds so the next failure is caught weeks before expiry.",
    )


def i_pg_max_connections(rng, R):
    """kubeadm small company: CNPG pg-main runs out of connection slots."""
    PGP = {"namespace": "databases", "pod": "pg-main-1", "container": "postgres", "node": "kube-w2"}
    GT = {"namespace": "gitea", "pod": dpod(rng, "gitea"), "container": "gitea"}
    NC = {"namespace": "nextcloud", "pod": dpod(rng, "nextcloud"), "container": "nextcloud"}
    RW = {"namespace": "reports", "pod": dpod(rng, "reports-worker"), "container": "worker", "app": "reports-worker"}
    RW2 = {"namespace": "reports", "pod": dpod(rng, "reports-worker"), "container": "worker", "app": "reports-worker"}
    GF = {"namespace": "monitoring", "pod": dpod(rng, "grafana"), "container": "grafana"}

    def rec(sev, msg, user, db, app="", tag="authentication", state="00000"):
        r = {"log_time": PG, "user_name": user, "database_name": db, "process_id": str(rng.randint(1000, 60000)),
             "connection_from": f"{pip(rng, '10.244')}:{rng.randint(30000, 60000)}", "session_id": f"{hexs(rng, 8)}.{hexs(rng, 4)}",
             "session_line_num": "2" if sev == "LOG" else "1", "command_tag": tag, "session_start_time": fmt("sec", R.base) + " UTC",
             "virtual_transaction_id": "", "transaction_id": "0", "error_severity": sev, "sql_state_code": state,
             "message": msg, "backend_type": "client backend", "query_id": "0"}
        if app:
            r["application_name"] = app
        return jd({"level": "info", "ts": ISO6, "logger": "postgres", "msg": "record", "logging_pod": "pg-main-1", "record": r})

    R.add(0.0, RW, f"[{PY}: INFO/MainProcess] Connected to redis://reports-redis:6379/0")
    R.add(0.3, RW, f"[{PY}: INFO/MainProcess] celery@{RW['pod']} ready.")
    R.add(0.5, RW2, f"[{PY}: INFO/MainProcess] celery@{RW2['pod']} ready.")
    t = 1.0
    for i in range(9):
        t += rng.uniform(0.3, 1.5)
        R.add(t, PGP, rec("LOG", "connection authorized: user=reports database=app application_name=reports-worker SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)", "reports", "app", "reports-worker"))
    R.add(t + 1, RW, f"[{PY}: INFO/MainProcess] Task reports.tasks.build_monthly_report[{uuid4(rng)}] received")
    R.add(t + 1.2, RW2, f"[{PY}: INFO/MainProcess] Task reports.tasks.build_monthly_report[{uuid4(rng)}] received")
    t0 = t + 3
    fails = 0
    for i in range(10):
        tt = t0 + i * rng.uniform(4, 9)
        who = rng.choice([("gitea", "gitea"), ("nextcloud", "nextcloud"), ("grafana", "grafana"), ("reports", "app")])
        ev = i in (0, 4)
        if i == 6:
            R.add(tt, PGP, rec("FATAL", "remaining connection slots are reserved for roles with the SUPERUSER attribute", who[0], who[1], state="53300"), ev=True)
        else:
            R.add(tt, PGP, rec("FATAL", "sorry, too many clients already", who[0], who[1], state="53300"), ev=ev)
        fails += 1
    for i in range(3):
        tt = t0 + rng.uniform(1, 60)
        R.add(tt, GT, f"{NGX} ...s/context/context.go:196:ServeHTTP() [E] GetUserByID: pq: sorry, too many clients already", ev=(i == 0))
    R.add(t0 + 22, GT, f"{NGX} ...eb/routing/logger.go:102:func1() [I] router: completed GET /acme/webshop/pulls for {pip(rng, '10.244')}:0, 500 Internal Server Error in 41.2ms @ repo/pull.go:402(repo.PullRequests)")
    for i in range(2):
        R.add(t0 + rng.uniform(5, 60), NC, jd({"reqId": k8s_rand(rng, 20), "level": 3, "time": ISOOFF, "remoteAddr": lan(rng), "user": "--", "app": "index",
                                                 "method": "PROPFIND", "url": "/remote.php/dav/files/max/", "message": "Failed to connect to the database: An exception occurred in the driver: SQLSTATE[08006] [7] connection to server at \"pg-main-rw.databases.svc\" (10.96.48.17), port 5432 failed: FATAL:  sorry, too many clients already",
                                                 "userAgent": UA_NC_DESKTOP, "version": "29.0.7.1", "exception": {"Exception": "OC\\DB\\Exceptions\\DbalException", "Code": 7, "File": "/var/www/html/lib/private/DB/Connection.php", "Line": 238}}))
    R.add(t0 + 31, GF, f'logger=context userId=1 orgId=1 uname=admin t={ISO9} level=error msg="Request Completed" method=POST path=/api/ds/query status=500 remote_addr=192.168.1.23 time_ms=27 duration=27.41ms size=131 referer="https://grafana.example.com/d/pg-overview" handler=/api/ds/query status_source=downstream')
    R.add(t0 + 31.01, GF, f'logger=tsdb.grafana-postgresql-datasource t={ISO9} level=error msg="Query error" error="pq: sorry, too many clients already"')
    R.add(t0 + 40, RW, f"[{PY}: ERROR/ForkPoolWorker-6] Task reports.tasks.build_monthly_report[{uuid4(rng)}] raised unexpected: OperationalError('(psycopg2.OperationalError) connection to server at \"pg-main-rw.databases.svc\" (10.96.48.17), port 5432 failed: FATAL:  sorry, too many clients already\\n')")
    R.add(t0 + 2, RW, f"[{PY}: INFO/ForkPoolWorker-3] reports.db: engine created pool_size=10 max_overflow=10 (worker concurrency=8)", ev=True)
    return dict(
        question="Gitea, Nextcloud and Grafana all show database errors at the same time, why?",
        selector=sel(namespace="databases", pod="pg-main-1"),
        severity="ERROR", category="database", component="pg-main",
        root_cause="The shared CloudNativePG cluster pg-main runs with the default max_connections=100. The newly deployed reports-worker (2 replicas × 8 Celery processes, each with a SQLAlchemy pool of 10 + 10 overflow) opens dozens of connections and holds them. Postgres runs out of connection slots and rejects new clients with 'sorry, too many clients already'.",
        summary="Right after reports-worker starts and connects repeatedly, pg-main-1 begins refusing connections with FATAL 53300 'sorry, too many clients already' / 'remaining connection slots are reserved…' for every role. Gitea returns 500s, Nextcloud cannot connect (SQLSTATE[08006]), Grafana's Postgres panels fail, and reports tasks fail too. The errors in these apps are symptoms of the exhausted server.",
        action="Cut reports-worker's pool (pool_size 1–2 per process, or NullPool behind a pooler) and/or scale it down now. Put a CNPG Pooler (PgBouncer, transaction mode) in front of pg-main for all apps, and set per-role limits (ALTER ROLE reports CONNECTION LIMIT 20). Only raise max_connections together with memory.",
    )


def i_jellyfin_liveness(rng, R):
    """k3s: Jellyfin liveness probe with timeoutSeconds=1 kills it during library scan."""
    node = "k3s-w1"
    jfpod = dpod(rng, "jellyfin")
    jf_ip = pip(rng)
    uid = uuid4(rng)
    JF = {"namespace": "media", "pod": jfpod, "container": "jellyfin", "node": node}
    K3S = {"job": "systemd-journal", "host": node, "unit": "k3s-agent.service"}
    EV = {"job": "loki.source.kubernetes_events", "namespace": "media", "instance": "alloy"}
    TR = {"namespace": "kube-system", "pod": dpod(rng, "traefik"), "container": "traefik"}
    SO = {"namespace": "media", "pod": dpod(rng, "sonarr"), "container": "sonarr"}
    t = 0.0
    for cycle in range(2):
        R.add(t, JF, f"[{HMS}] [INF] [1] Main: Jellyfin version: 10.9.11")
        R.add(t + 0.2, JF, f"[{HMS}] [INF] [1] Main: Environment Variables: [\"[JELLYFIN_CACHE_DIR, /cache]\", \"[JELLYFIN_CONFIG_DIR, /config]\", \"[JELLYFIN_DATA_DIR, /config]\", \"[JELLYFIN_LOG_DIR, /config/log]\"]")
        R.add(t + 9.0, JF, f"[{HMS}] [INF] [1] Main: Startup complete 0:00:08.8712233")
        R.add(t + 12.0, JF, f"[{HMS}] [INF] [14] Emby.Server.Implementations.ScheduledTasks.TaskManager: Scan Media Library Queued")
        R.add(t + 12.5, JF, f"[{HMS}] [INF] [14] Emby.Server.Implementations.Library.LibraryManager: Validating media library")
        for k in range(2):
            R.add(t + 20 + k * 7, JF, f"[{HMS}] [INF] [{rng.randint(20, 60)}] MediaBrowser.Providers.Movies.MovieMetadataService: Creating new item {rng.choice(['Oppenheimer (2023)', 'Dune Part Two (2024)', 'Civil War (2024)', 'The Zone of Interest (2023)'])} 2160p Remux")
        probe_t = t + 34
        for k in range(3):
            pt = probe_t + k * 10
            R.add(pt - 0.6, JF, f"[{HMS}] [WRN] [{rng.randint(20, 60)}] Jellyfin.Server.Middleware.ResponseTimeMiddleware: Slow HTTP Response from http://{jf_ip}:8096/health to 10.42.1.1 in 0:00:0{rng.randint(1, 3)}.{rng.randint(100, 999)} with Status Code 200", ev=(cycle == 0 and k == 0))
            R.add(pt, K3S, klog("I", 1187, "prober.go:107", f'"Probe failed" probeType="Liveness" pod="media/{jfpod}" podUID="{uid}" containerName="jellyfin" probeResult="failure" output="Get \\"http://{jf_ip}:8096/health\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"'), ev=(cycle == 0 and k == 2))
            R.add(pt + 0.05, EV, ev_lf(rng, "Pod", jfpod, "Unhealthy", f'Liveness probe failed: Get "http://{jf_ip}:8096/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', typ="Warning", host=node, count=3 * cycle + k + 1))
        kt = probe_t + 20.1
        R.add(kt, K3S, klog("I", 1187, "kuberuntime_manager.go:1050", f'"Message for Container of pod" containerName="jellyfin" containerStatusID={{"Type":"containerd","ID":"{hexs(rng, 64)}"}} pod="media/{jfpod}" containerMessage="Container jellyfin failed liveness probe, will be restarted"'))
        R.add(kt + 0.01, EV, ev_lf(rng, "Pod", jfpod, "Killing", "Container jellyfin failed liveness probe, will be restarted", host=node, count=cycle + 1), ev=(cycle == 1))
        R.add(kt + 0.3, JF, f"[{HMS}] [INF] [9] Main: Running query planner optimizations in the database... This might take a while")
        R.add(kt + 0.5, JF, f"[{HMS}] [INF] [9] Emby.Server.Implementations.ApplicationHost: Disposing CoreAppHost")
        R.add(kt + 1.0, TR, traefik_json(rng, lan(rng), "GET", "/Users/d1b2c3/Items/Resume?Limit=12", 502, "jellyfin.home.example.net", "media-jellyfin-jellyfin-home-example-net@kubernetes", "media-jellyfin-8096@kubernetes", f"http://{jf_ip}:8096", 2.1, 11, origin=502))
        R.add(kt + 4.0, TR, traefik_json(rng, lan(rng), "GET", "/System/Info/Public", 502, "jellyfin.home.example.net", "media-jellyfin-jellyfin-home-example-net@kubernetes", "media-jellyfin-8096@kubernetes", f"http://{jf_ip}:8096", 1.4, 11, origin=502))
        t = kt + rng.uniform(8, 14)
    R.add(3.0, SO, f"{SEC}.1|Info|RefreshSeriesService|Updating info for Severance")
    R.add(50.0, SO, f"{SEC}.4|Info|DownloadDecisionMaker|Processing 73 releases")
    R.add(51.0, SO, f"{SEC}.7|Info|RssSyncService|RSS Sync Completed. Reports found: 73, Reports grabbed: 0")
    return dict(
        question="Why does Jellyfin keep restarting while it scans the library?",
        selector=sel(namespace="media", app="jellyfin"),
        severity="ERROR", category="probe_failure", component="jellyfin",
        root_cause="Jellyfin's liveness probe is too strict: timeoutSeconds=1, periodSeconds=10, failureThreshold=3. During a library scan of new 4K remuxes, Jellyfin's CPU is saturated and /health still returns 200, but only after 1–3 s. Three probe timeouts in a row make kubelet kill a process that is healthy and busy.",
        summary="Jellyfin starts and begins 'Scan Media Library'. Its own log shows 'Slow HTTP Response … /health … with Status Code 200', while kubelet reports the liveness probe failing with 'context deadline exceeded (Client.Timeout exceeded while awaiting headers)'. After 3 failures the container is killed ('failed liveness probe, will be restarted'), the scan starts over, and the loop repeats. Traefik serves 502s during each restart.",
        action="Relax the liveness probe (timeoutSeconds 5–10, failureThreshold 5–6, periodSeconds 30) or switch it to a TCP check, and consider raising or removing the CPU limit. Then let the library scan finish once.",
    )


def i_dockerhub_ratelimit(rng, R):
    """kubeadm on VMs behind CGNAT: anonymous Docker Hub pull limit blocks the nightly backup job."""
    R.rebase(2, rng.randint(0, 10))
    node = "kube-w1"
    jobpod = f"restic-nightly-{rng.randint(29000000, 29999999)}-{k8s_rand(rng, 5)}"
    job = jobpod.rsplit("-", 1)[0]
    img = "docker.io/restic/restic:0.17.1"
    CT = {"job": "systemd-journal", "host": node, "unit": "containerd.service"}
    KU = {"job": "systemd-journal", "host": node, "unit": "kubelet.service"}
    EV = {"namespace": "monitoring", "pod": dpod(rng, "event-exporter"), "container": "event-exporter"}
    UK = {"namespace": "apps", "pod": dpod(rng, "uptime-kuma"), "container": "uptime-kuma", "node": "kube-w2"}
    AR = {"namespace": "gitea", "pod": dpod(rng, "act-runner"), "container": "runner"}
    digest = hexs(rng, 64)
    msg429 = (f"failed to pull and unpack image \\\"{img}\\\": failed to copy: httpReadSeeker: failed open: unexpected status code "
              f"https://registry-1.docker.io/v2/restic/restic/manifests/sha256:{digest}: 429 Too Many Requests - Server message: "
              f"toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit")
    R.add(0.0, EV, ev_json(rng, "backup", "Job", job, "SuccessfulCreate", f"Created pod: {jobpod}", comp="job-controller"))
    R.add(0.3, EV, ev_json(rng, "backup", "Pod", jobpod, "Scheduled", f"Successfully assigned backup/{jobpod} to {node}", comp="default-scheduler"))
    t = 1.0
    backoff = [0, 10, 20, 40, 80]
    for i in range(5):
        t += backoff[i] + rng.uniform(0.5, 2)
        R.add(t, CT, f'time="{ISO9}" level=info msg="PullImage \\"{img}\\""')
        R.add(t + 0.8, CT, f'time="{ISO9}" level=error msg="PullImage \\"{img}\\" failed" error="{msg429}"', ev=(i == 0))
        R.add(t + 0.81, KU, klog("E", 1043, "log.go:32", f'"PullImage from image service failed" err="rpc error: code = Unknown desc = {msg429}" image="{img}"'), ev=(i == 3))
        if i in (0, 2, 4):
            R.add(t + 0.85, EV, ev_json(rng, "backup", "Pod", jobpod, "Failed", f'Failed to pull image "{img}": {msg429.replace(chr(92), "")}', typ="Warning", host=node, count=i // 2 + 1), ev=(i == 4))
        R.add(t + 0.9, KU, klog("E", 1043, "pod_workers.go:1301", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"restic\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"{img}\\\\\\"\\"" pod="backup/{jobpod}" podUID="{uuid4(rng)}"'))
        if i in (1, 3):
            R.add(t + 1.0, EV, ev_json(rng, "backup", "Pod", jobpod, "BackOff", f'Back-off pulling image "{img}"', typ="Warning", host=node, count=i + 1))
    R.add(t + 5, EV, ev_json(rng, "backup", "Pod", jobpod, "Failed", "Error: ImagePullBackOff", typ="Warning", host=node, count=6))
    R.add(8.0, KU, klog("I", 1043, "kuberuntime_manager.go:1020", f'"Container image already present on machine" image="docker.io/library/postgres:16.4-alpine" pod="apps/{dpod(rng, "n8n-db")}"'))
    for i in range(3):
        mid, name = rng.choice([(1, "Nextcloud"), (4, "Gitea"), (5, "Vaultwarden")])
        R.add(rng.uniform(5, t), UK, f"{ISOOFF} [MONITOR] INFO: Monitor #{mid} '{name}': Successful Response: {rng.randint(12, 90)} ms | Interval: 60 seconds | Type: http")
    R.add(20.0, AR, f'time="{ISOS}" level=info msg="task {rng.randint(1800, 1900)} repo is acme/webshop https://gitea.example.org https://gitea.example.org"')
    R.add(21.0, AR, f'time="{ISOS}" level=info msg="[acme/webshop/ci.yaml/test]   🐳  docker pull image=git.example.org/acme/ci-node:20 platform= username= forcePull=false"')
    R.add(60.0, CT, f'time="{ISO9}" level=info msg="ImageCreate event name:\\"git.example.org/acme/ci-node:20\\" labels:{{key:\\"io.cri-containerd.image\\" value:\\"managed\\"}}"')
    return dict(
        question="Why did last night's restic backup job not run?",
        selector=sel(namespace="backup"),
        severity="ERROR", category="image_pull", component="restic-backup",
        root_cause="Docker Hub rejects the pull of docker.io/restic/restic:0.17.1 with 429 toomanyrequests. The cluster pulls anonymously, and the anonymous pull limit is counted per public IP, which this ISP's CGNAT shares with other customers. The nightly restic CronJob pod stays in ImagePullBackOff and the backup never starts.",
        summary="The restic-nightly Job pod is scheduled on kube-w1, and every pull attempt fails in containerd with '429 Too Many Requests – You have reached your unauthenticated pull rate limit'. Kubelet backs off (ImagePullBackOff). Images from the self-hosted registry and already-cached images work, and the rest of the cluster is healthy.",
        action="Authenticate Docker Hub pulls: an imagePullSecret for a (free) Docker Hub account, or credentials in containerd's registry config. Better still, mirror the image into the in-cluster registry/Harbor or set up a pull-through cache. Then trigger the backup manually (kubectl create job --from=cronjob/restic-nightly -n backup) and confirm it completes.",
    )


def i_longhorn_rebuild(rng, R):
    """k3s + Longhorn: replica rebuild after kured reboot, volume degraded, recovers."""
    vol = f"pvc-{uuid4(rng)}"
    rep = f"{vol}-r-{hexs(rng, 8)}"
    LM = {"namespace": "longhorn-system", "pod": dspod(rng, "longhorn-manager"), "container": "longhorn-manager", "node": "k3s-w1"}
    IM = {"namespace": "longhorn-system", "pod": f"instance-manager-{hexs(rng, 32)}", "container": "instance-manager", "node": "k3s-w3"}
    KD = {"namespace": "kube-system", "pod": dspod(rng, "kured"), "container": "kured", "node": "k3s-w3"}
    PGB = {"namespace": "apps", "pod": "postgresql-0", "container": "postgresql", "node": "k3s-w1"}
    EV = {"job": "loki.source.kubernetes_events", "namespace": "longhorn-system", "instance": "alloy"}
    R.add(0.0, KD, f'time="{ISOS}" level=info msg="Reboot required"')
    R.add(0.5, KD, f'time="{ISOS}" level=info msg="Acquired reboot lock"')
    R.add(1.0, KD, f'time="{ISOS}" level=info msg="Draining node k3s-w3"')
    R.add(14.0, KD, f'time="{ISOS}" level=info msg="Running command: [/usr/bin/nsenter -m/proc/1/ns/mnt -- /bin/systemctl reboot] for node: k3s-w3"', ev=True)
    R.add(20.0, LM, f'time="{ISOS}" level=warning msg="Instance {rep} is state error, error message: instance manager instance-manager-{hexs(rng, 32)} is in state unknown" func="controller.(*InstanceHandler).syncStatusWithInstanceManager" file="instance_handler.go:219" controller=longhorn-replica node=k3s-w1')
    R.add(21.0, LM, f'time="{ISOS}" level=warning msg="Volume {vol} became degraded" func="controller.(*VolumeController).ReconcileVolumeState" file="volume_controller.go:1320" accessMode=rwo controller=longhorn-volume frontend=blockdev node=k3s-w1 owner=k3s-w1 state=attached volume={vol}', ev=True)
    R.add(21.1, EV, ev_lf(rng, "Volume", vol, "Degraded", f"volume {vol} became degraded", typ="Warning", comp="longhorn-volume-controller", host="k3s-w1", api="longhorn.io/v1beta2"))
    t = 150.0
    R.add(t, KD, f'time="{ISOS}" level=info msg="Kubernetes Reboot Daemon: 1.16.0"')
    R.add(t + 0.2, KD, f'time="{ISOS}" level=info msg="Node ID: k3s-w3"')
    R.add(t + 1.0, KD, f'time="{ISOS}" level=info msg="Holding lock"')
    R.add(t + 1.5, KD, f'time="{ISOS}" level=info msg="Uncordoning node k3s-w3"')
    R.add(t + 2.0, KD, f'time="{ISOS}" level=info msg="Releasing lock"')
    newrep = f"{vol}-r-{hexs(rng, 8)}"
    R.add(t + 12, LM, f'time="{ISOS}" level=info msg="Replica {newrep} of volume {vol} will be rebuilt" func="controller.(*VolumeController).replenishReplicas" file="volume_controller.go:2291" controller=longhorn-volume node=k3s-w1 volume={vol}')
    repaddr = f"10.42.3.{rng.randint(2, 250)}:10015"
    R.add(t + 14, EV, ev_lf(rng, "Engine", f"{vol}-e-0", "Rebuilding", f"Start rebuilding replica {newrep} with Address {repaddr} for normal engine {vol}-e-0 and volume {vol}", comp="longhorn-engine-controller", host="k3s-w1", api="longhorn.io/v1beta2"), ev=True)
    snaps = [f"volume-snap-{uuid4(rng)}.img", "volume-head-002.img"]
    dst = f"10.42.1.{rng.randint(2, 250)}:10018"
    tt = t + 15
    for s in snaps:
        R.add(tt, IM, f'[{newrep}] time="{ISOS}" level=info msg="Syncing file {s} to {dst}" func=rpc.(*SyncAgentServer).FileSend file="server.go:1008"')
        tt += rng.uniform(120, 260)
        R.add(tt, IM, f'[{newrep}] time="{ISOS}" level=info msg="Done syncing file {s} to {dst}" func=rpc.(*SyncAgentServer).FileSend file="server.go:1018"')
    for i, pct in enumerate([23, 58, 91]):
        R.add(t + 60 + i * 110, LM, f'time="{ISOS}" level=info msg="Rebuilding replica {newrep}: {pct}% complete" func="controller.(*EngineController).syncReplicaRebuildStatus" file="engine_controller.go:1184" controller=longhorn-engine node=k3s-w1 volume={vol}')
    R.add(tt + 3, EV, ev_lf(rng, "Engine", f"{vol}-e-0", "Rebuilt", f"Replica {newrep} with Address {repaddr} has been rebuilt for volume {vol}", comp="longhorn-engine-controller", host="k3s-w1", api="longhorn.io/v1beta2"))
    R.add(tt + 4, LM, f'time="{ISOS}" level=info msg="Volume {vol} became healthy" func="controller.(*VolumeController).ReconcileVolumeState" file="volume_controller.go:1342" accessMode=rwo controller=longhorn-volume frontend=blockdev node=k3s-w1 owner=k3s-w1 state=attached volume={vol}')
    R.add(60.0, PGB, f"{PG} [1] LOG:  checkpoint starting: time")
    R.add(60.0 + rng.uniform(280, 300), PGB, f"{PG} [1] LOG:  checkpoint complete: wrote 2412 buffers (14.7%); 0 WAL file(s) added, 0 removed, 2 recycled; write=269.918 s, sync=6.842 s, total=277.104 s; sync files=71, longest=4.917 s, average=0.096 s; distance=31442 kB, estimate=33018 kB; lsn=1/7C2D0E48, redo lsn=1/7A9F11B0")
    R.add(200.0, PGB, f"{PG} [4821] LOG:  duration: 1843.201 ms  statement: COMMIT")
    return dict(
        question="Longhorn says a volume is degraded, do I need to do something?",
        selector=sel(namespace="longhorn-system"),
        severity="WARN", category="storage", component="longhorn",
        root_cause="kured rebooted k3s-w3 for a kernel update, and the Longhorn replica of the Postgres volume on that node failed. The volume ran degraded on its remaining replicas while Longhorn rebuilt a replica over the network, which slowed Postgres I/O. The rebuild finished and the volume is healthy again.",
        summary="kured drained and rebooted k3s-w3. Longhorn marked the replica there as errored and the volume as 'degraded', then started rebuilding a new replica once the node came back (23% → 58% → 91%, snapshot files synced). It reported 'Replica … has been rebuilt' and 'Volume … became healthy'. Meanwhile Postgres checkpoints and commits were slow (sync=6.8 s, COMMIT 1.8 s).",
        action="Nothing urgent: the volume is healthy again. To make future reboots cheaper, keep kured reboots in a maintenance window, review Longhorn's node-drain policy and replica auto-balance, and consider a dedicated storage NIC if rebuilds over 1 GbE hurt database latency.",
    )


def i_orders_api_crash(rng, R):
    """kubeadm small shop: Node.js orders-api crash loop on a Stripe webhook (null customer)."""
    oapod = dpod(rng, "orders-api")
    uid = uuid4(rng)
    oa_ip = pip(rng, "10.244")
    OA = {"namespace": "shop", "pod": oapod, "container": "api", "node": "kube-w2"}
    NG = {"namespace": "ingress-nginx", "pod": dpod(rng, "ingress-nginx-controller"), "container": "controller"}
    EV = {"namespace": "monitoring", "pod": dpod(rng, "event-exporter"), "container": "event-exporter"}
    WEB = {"namespace": "shop", "pod": dpod(rng, "storefront"), "container": "storefront"}
    host = "api.shop.example.com"
    evt = "evt_1Q" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22))
    stripe_ip = rng.choice(["54.187.174.169", "54.187.205.235", "54.241.31.99", "3.18.12.63"])
    t = 0.0
    backoff = [0, 10, 20, 40]
    for cycle in range(3):
        t += backoff[cycle] + rng.uniform(1, 2)
        R.add(t, OA, jd({"level": 30, "time": EPOCHMS, "pid": 1, "hostname": oapod, "msg": "Server listening at http://0.0.0.0:3000"}))
        R.add(t + 0.2, OA, jd({"level": 30, "time": EPOCHMS, "pid": 1, "hostname": oapod, "msg": "connected to postgres", "db": "orders", "version": "v2.14.0"}))
        ct = t + rng.uniform(1.5, 4)
        R.add(ct, OA, jd({"level": 30, "time": EPOCHMS, "pid": 1, "hostname": oapod, "reqId": f"req-{rng.randint(1, 9)}", "req": {"method": "POST", "url": "/webhooks/stripe", "hostname": host, "remoteAddress": pip(rng, "10.244"), "remotePort": rng.randint(30000, 60000)}, "msg": "incoming request"}))
        R.add(ct + 0.01, OA, jd({"level": 30, "time": EPOCHMS, "pid": 1, "hostname": oapod, "msg": "stripe event received", "type": "invoice.paid", "eventId": evt, "livemode": True}))
        R.add(ct + 0.02, OA, "/app/dist/webhooks/stripe.js:88")
        R.add(ct + 0.021, OA, "    const customerId = invoice.customer.id;")
        R.add(ct + 0.022, OA, "                                        ^")
        R.add(ct + 0.023, OA, "TypeError: Cannot read properties of null (reading 'id')", ev=(cycle in (0, 2)))
        R.add(ct + 0.024, OA, "    at handleInvoicePaid (/app/dist/webhooks/stripe.js:88:41)", ev=(cycle == 0))
        if cycle == 0:
            R.add(ct + 0.025, OA, "    at processEvent (/app/dist/webhooks/stripe.js:41:16)")
            R.add(ct + 0.026, OA, "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)")
        R.add(ct + 0.03, OA, "Node.js v20.17.0")
        R.add(ct + 0.1, NG, f"{NGX} [error] 41#41: *{rng.randint(100000, 999999)} upstream prematurely closed connection while reading response header from upstream, client: {stripe_ip}, server: {host}, request: \"POST /webhooks/stripe HTTP/1.1\", upstream: \"http://{oa_ip}:3000/webhooks/stripe\", host: \"{host}\"")
        R.add(ct + 0.11, NG, nginx_ingress_access(rng, stripe_ip, "POST", "/webhooks/stripe", 502, 150, "Stripe/1.0 (+https://stripe.com/docs/webhooks)", "shop-orders-api-3000", f"{oa_ip}:3000", 0.031, proto="HTTP/1.1"))
        for k in range(2):
            R.add(ct + rng.uniform(2, 8), NG, f"{NGX} [error] 41#41: *{rng.randint(100000, 999999)} connect() failed (111: Connection refused) while connecting to upstream, client: 10.244.1.{rng.randint(2, 250)}, server: {host}, request: \"GET /api/orders?status=open HTTP/1.1\", upstream: \"http://{oa_ip}:3000/api/orders?status=open\", host: \"{host}\"")
        if cycle > 0:
            R.add(ct + 0.5, EV, ev_json(rng, "shop", "Pod", oapod, "BackOff", f"Back-off restarting failed container api in pod {oapod}_shop({uid})", typ="Warning", host="kube-w2", count=cycle + 2), ev=(cycle == 2))
        R.add(ct + 3, WEB, f" ⨯ Error: orders-api responded 502 Bad Gateway for GET /api/orders?status=open")
        t = ct
    R.add(t + 15, NG, nginx_ingress_access(rng, lan(rng), "GET", "/api/orders?status=open", 503, 190, UA_CHROME, "shop-orders-api-3000", "-", 0.0, ustatus="-"))
    return dict(
        question="The shop's orders API is down, pods keep restarting — why?",
        selector=sel(namespace="shop", app="orders-api"),
        severity="CRITICAL", category="application_error", component="orders-api",
        root_cause="orders-api v2.14.0 crashes with an unhandled TypeError in its Stripe webhook handler. handleInvoicePaid reads invoice.customer.id, but for this invoice.paid event (a guest/one-off invoice) customer is null: \"Cannot read properties of null (reading 'id')\". Stripe keeps redelivering the same event, so the process crashes again right after every restart.",
        summary="Each orders-api start processes the redelivered invoice.paid event and dies with TypeError at webhooks/stripe.js:88, and the pod is in CrashLoopBackOff. ingress-nginx logs 'upstream prematurely closed connection', 502s for Stripe, and 'connect() failed (111: Connection refused)' / 503s for the storefront's order requests. The connection errors are a symptom of the crashing process, not a network problem.",
        action="Roll back (kubectl rollout undo deploy/orders-api -n shop) or hotfix the handler: treat invoice.customer as possibly null or a string ID, and catch errors per event, returning 2xx/4xx instead of crashing. Afterwards resend the failed events from the Stripe dashboard and check that orders reconcile.",
    )


def i_nextcloud_config_perms(rng, R):
    """k3s: Nextcloud volume migrated to Longhorn by a root rsync; config.php owned by root."""
    ncpod = dpod(rng, "nextcloud")
    NC = {"namespace": "nextcloud", "pod": ncpod, "container": "nextcloud", "node": "k3s-w2"}
    CR = {"namespace": "nextcloud", "pod": ncpod, "container": "nextcloud-cron", "node": "k3s-w2"}
    MJ = {"namespace": "nextcloud", "pod": f"nextcloud-pvc-migrate-{k8s_rand(rng, 5)}", "container": "rsync"}
    TR = {"namespace": "kube-system", "pod": dpod(rng, "traefik"), "container": "traefik"}
    EV = {"namespace": "monitoring", "pod": dpod(rng, "event-exporter"), "container": "event-exporter"}
    nc_ip = pip(rng)
    R.add(0.0, MJ, "+ rsync -rlt --delete --info=stats1 /src/ /dst/", ev=True)
    R.add(212.0, MJ, f"sent {rng.randint(40, 90)},{rng.randint(100, 999)},{rng.randint(100, 999)},{rng.randint(100, 999)} bytes  received {rng.randint(100, 999)},{rng.randint(100, 999)} bytes  {rng.randint(150, 260)},{rng.randint(100, 999)},{rng.randint(100, 999)}.{rng.randint(10, 99)} bytes/sec")
    R.add(212.01, MJ, f"total size is {rng.randint(40, 90)},{rng.randint(100, 999)},{rng.randint(100, 999)},{rng.randint(100, 999)}  speedup is 1.00")
    R.add(213.0, EV, ev_json(rng, "nextcloud", "Job", "nextcloud-pvc-migrate", "Completed", "Job completed", comp="job-controller"))
    R.add(240.0, EV, ev_json(rng, "nextcloud", "Pod", ncpod, "Started", "Started container nextcloud", host="k3s-w2"))
    R.add(241.0, NC, "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 10.42.2.31. Set the 'ServerName' directive globally to suppress this message")
    R.add(241.1, NC, f"[{APACHE}] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.62 (Debian) PHP/8.2.24 configured -- resuming normal operations")
    R.add(241.2, NC, f"[{APACHE}] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'")
    t = 245.0
    for i in range(7):
        t += rng.uniform(3, 12)
        path, ua = rng.choice([("/status.php", UA_NC_DESKTOP), ("/login", UA_FF), ("/remote.php/dav/files/anna/", UA_NC_DESKTOP),
                               ("/ocs/v2.php/apps/notifications/api/v2/notifications", UA_NC_ANDROID), ("/apps/dashboard/", UA_FF)])
        m = "PROPFIND" if "dav" in path else "GET"
        R.add(t, NC, apache_access("10.42.0.7", m, path, 503, 2431, ua))
        R.add(t + 0.005, TR, traefik_json(rng, lan(rng), m, path, 503, "cloud.example.net", "nextcloud-nextcloud-cloud-example-net@kubernetes", "nextcloud-nextcloud-8080@kubernetes", f"http://{nc_ip}:80", rng.uniform(20, 60), 2431))
        if i in (1, 4):
            R.add(t - 0.01, NC, jd({"reqId": k8s_rand(rng, 20), "level": 3, "time": ISOOFF, "remoteAddr": "10.42.0.7", "user": "--", "app": "index", "method": m, "url": path,
                                     "message": "Cannot write into \"config\" directory!", "userAgent": ua, "version": "29.0.7.1",
                                     "exception": {"Exception": "OCP\\HintException", "Message": "Cannot write into \"config\" directory!", "Code": 0, "Trace": [],
                                                   "File": "/var/www/html/lib/base.php", "Line": 262, "message": "Cannot write into \"config\" directory!",
                                                   "hint": "This can usually be fixed by giving the web server write access to the config directory. See https://docs.nextcloud.com/server/29/go.php?to=admin-dir_permissions. Or, if you prefer to keep config.php file read only, set the option \"config_is_read_only\" to true in it."}}),
                  ev=(i == 1))
    for k in range(2):
        ct = 300.0 + k * 300
        R.add(ct, CR, "Console has to be executed with the user that owns the file config/config.php", ev=(k == 0))
        R.add(ct + 0.001, CR, "Current user id: 33")
        R.add(ct + 0.002, CR, "Owner id of config.php: 0", ev=(k == 0))
        R.add(ct + 0.003, CR, "Try adding 'sudo -u #0' to the beginning of the command (without the single quotes)")
    return dict(
        question="After moving Nextcloud to Longhorn the web UI only shows an error page. What broke?",
        selector=sel(namespace="nextcloud", app="nextcloud"),
        severity="CRITICAL", category="auth_failure", component="nextcloud",
        root_cause="The volume migration Job copied /var/www/html with 'rsync -rlt' running as root, without -o/-g, so every file on the new Longhorn volume is owned by root (uid 0). Apache/PHP runs as www-data (uid 33) and cannot write config/ (permission denied). Nextcloud refuses every request with 'Cannot write into \"config\" directory!' (HTTP 503), and cron refuses to run because config.php is owned by uid 0.",
        summary="After the nextcloud-pvc-migrate Job (rsync -rlt as root), the new Nextcloud pod starts Apache normally but answers every request with 503. nextcloud.log reports 'Cannot write into \"config\" directory!', and the cron container prints 'Current user id: 33 / Owner id of config.php: 0'. Traefik passes the 503s through, and the whole instance is unusable.",
        action="Fix ownership on the volume, e.g. a one-off pod or initContainer running `chown -R 33:33 /var/www/html` (at least config/, data/, apps/, custom_apps/), or set securityContext.fsGroup: 33 with fsGroupChangePolicy: OnRootMismatch. Restart the pod and check /status.php and `occ status`. Use rsync -a (or -rlt with --chown=33:33) for future migrations.",
    )


def i_metallb_pool(rng, R):
    """k3s with MetalLB L2: 4-address pool exhausted, new gitea-ssh LoadBalancer stays pending."""
    MC = {"namespace": "metallb-system", "pod": dpod(rng, "metallb-controller"), "container": "controller"}
    SPK = {"namespace": "metallb-system", "pod": dspod(rng, "metallb-speaker"), "container": "speaker", "node": "k3s-w1"}
    EV = {"job": "loki.source.kubernetes_events", "namespace": "gitea", "instance": "alloy"}
    EV2 = {"job": "loki.source.kubernetes_events", "namespace": "dns", "instance": "alloy"}
    GT = {"namespace": "gitea", "pod": dpod(rng, "gitea"), "container": "gitea"}
    allocated = [("kube-system/traefik", "192.168.1.240"), ("dns/pihole-dns-tcp", "192.168.1.241"),
                 ("dns/pihole-dns-udp", "192.168.1.242"), ("media/jellyfin-dlna", "192.168.1.243")]
    for i, (svc, ip) in enumerate(allocated):
        R.add(1.0 + i * 0.3, SPK, jd({"caller": "main.go:420", "event": "serviceAnnounced", "ips": [ip], "level": "info", "msg": "service has IP, announcing",
                                       "pool": "lan-pool", "protocol": "layer2", "ts": ISOS}))
    R.add(0.5, EV2, ev_lf(rng, "Service", "pihole-dns-udp", "IPAllocated", 'Assigned IP ["192.168.1.242"]', comp="metallb-controller"))
    R.add(0.6, EV2, ev_lf(rng, "Service", "pihole-dns-tcp", "IPAllocated", 'Assigned IP ["192.168.1.241"]', comp="metallb-controller"))
    R.add(10.0, GT, f"{NGX} cmd/web.go:242:runWeb() [I] Starting Gitea on PID: 1")
    R.add(10.5, GT, f"{NGX} modules/ssh/ssh.go:341:Listen() [I] Starting new SSH server: tcp:0.0.0.0:2222 on PID: 1")
    R.add(10.7, GT, f"{NGX} cmd/web.go:315:listen() [I] Listen: http://0.0.0.0:3000")
    t = 12.0
    for i in range(5):
        R.add(t, MC, jd({"caller": "service.go:150", "error": "no available IPs", "level": "error", "msg": "IP allocation failed", "op": "allocateIPs", "service": "gitea/gitea-ssh", "ts": ISOS}), ev=(i in (0, 3)))
        if i in (0, 2, 4):
            R.add(t + 0.01, EV, ev_lf(rng, "Service", "gitea-ssh", "AllocationFailed", 'Failed to allocate IP for "gitea/gitea-ssh": no available IPs', typ="Warning", comp="metallb-controller", count=i + 1), ev=(i == 0))
        t += [5, 10, 20, 40, 80][i] + rng.uniform(0, 2)
    R.add(11.0, MC, jd({"caller": "service_controller.go:64", "controller": "ServiceReconciler", "level": "info", "start reconcile": "gitea/gitea-ssh", "ts": ISOS}))
    R.add(11.5, MC, jd({"caller": "main.go:156", "event": "stateSynced", "level": "info", "msg": "controller synced, can allocate IPs now", "pools": {"lan-pool": ["192.168.1.240-192.168.1.243"]}, "ts": ISOS}), ev=True)
    for i in range(4):
        R.add(rng.uniform(20, t), SPK, jd({"caller": "main.go:420", "event": "serviceAnnounced", "ips": [allocated[i][1]], "level": "info", "msg": "service has IP, announcing", "pool": "lan-pool", "protocol": "layer2", "ts": ISOS}))
    for i in range(4):
        R.add(rng.uniform(20, t), GT, f"{NGX} ...eb/routing/logger.go:102:func1() [I] router: completed GET /{rng.choice(['acme/infra', 'anna/dotfiles', 'acme/homelab'])} for {pip(rng)}:0, 200 OK in {rng.uniform(5, 60):.1f}ms @ repo/view_home.go:307(repo.Home)")
    return dict(
        question="My new gitea-ssh LoadBalancer service stays <pending>, why?",
        selector=sel(namespace="gitea"),
        severity="ERROR", category="resource_exhausted", component="metallb",
        root_cause="The MetalLB IPAddressPool lan-pool has only four addresses (192.168.1.240–243), and all are taken: Traefik, Pi-hole DNS TCP and UDP (two separate Services, each with its own IP) and jellyfin-dlna. The new gitea/gitea-ssh LoadBalancer cannot get an address ('no available IPs').",
        summary="The MetalLB controller repeatedly logs 'IP allocation failed … no available IPs' for gitea/gitea-ssh, and the Service gets AllocationFailed events. The speaker keeps announcing the four existing IPs, and Gitea itself (HTTP and its internal SSH server) runs fine. Only the new external SSH endpoint is unreachable.",
        action="Either enlarge lan-pool (reserve more addresses outside the router's DHCP range) or free one: give pihole-dns-tcp and pihole-dns-udp the same metallb.universe.tf/allow-shared-ip key and loadBalancerIP (or use one Service with both protocols). The pending Service is then assigned automatically.",
    )


def i_paperless_redis_drain(rng, R):
    """k3s: kured drains the node running single-replica Redis; Paperless briefly can't reach its broker."""
    PL = {"namespace": "paperless", "pod": dpod(rng, "paperless-ngx"), "container": "paperless", "node": "k3s-w1"}
    RD_OLD = {"namespace": "paperless", "pod": "paperless-redis-0", "container": "redis", "node": "k3s-w2"}
    RD_NEW = {"namespace": "paperless", "pod": "paperless-redis-0", "container": "redis", "node": "k3s-w1"}
    KD = {"namespace": "kube-system", "pod": dspod(rng, "kured"), "container": "kured", "node": "k3s-w2"}
    GB = {"namespace": "paperless", "pod": dpod(rng, "gotenberg"), "container": "gotenberg"}
    R.add(0.0, KD, f'time="{ISOS}" level=info msg="Reboot required"')
    R.add(0.4, KD, f'time="{ISOS}" level=info msg="Acquired reboot lock"')
    R.add(0.5, KD, f'time="{ISOS}" level=info msg="Draining node k3s-w2"')
    R.add(1.2, KD, f'time="{ISOS}" level=info msg="evicting pod paperless/paperless-redis-0"', ev=True)
    R.add(1.3, RD_OLD, f"1:signal-handler ({int(R.at(1.3).timestamp())}) Received SIGTERM scheduling shutdown...")
    R.add(1.4, RD_OLD, f"1:M {REDIS} * User requested shutdown...")
    R.add(1.41, RD_OLD, f"1:M {REDIS} * Saving the final RDB snapshot before exiting.")
    R.add(1.45, RD_OLD, f"1:M {REDIS} * DB saved on disk")
    R.add(1.46, RD_OLD, f"1:M {REDIS} # Redis is now ready to exit, bye bye...")
    t = 1.6
    delays = [2.0, 4.0, 6.0, 8.0, 10.0, 12.0]
    for i, d in enumerate(delays):
        R.add(t, PL, f"[{PY}] [ERROR] [celery.worker.consumer.consumer] consumer: Cannot connect to redis://paperless-redis:6379//: Error 111 connecting to paperless-redis:6379. Connection refused..", ev=(i in (0, 4)))
        R.add(t + 0.001, PL, f"Trying again in {d:.2f} seconds... ({i + 1}/100)")
        t += d
    R.add(9.0, PL, f"[{PY}] [ERROR] [django.request] Internal Server Error: /api/documents/post_document/")
    R.add(9.001, PL, "redis.exceptions.ConnectionError: Error 111 connecting to paperless-redis:6379. Connection refused.")
    R.add(14.0, KD, f'time="{ISOS}" level=info msg="Running command: [/usr/bin/nsenter -m/proc/1/ns/mnt -- /bin/systemctl reboot] for node: k3s-w2"')
    rs = t - 4
    R.add(rs, RD_NEW, f"1:C {REDIS} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo")
    R.add(rs + 0.001, RD_NEW, f"1:C {REDIS} # Redis version=7.2.5, bits=64, commit=00000000, modified=0, pid=1, just started")
    R.add(rs + 0.01, RD_NEW, f"1:M {REDIS} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.")
    R.add(rs + 0.02, RD_NEW, f"1:M {REDIS} * Server initialized")
    R.add(rs + 0.03, RD_NEW, f"1:M {REDIS} * Ready to accept connections tcp")
    R.add(t + 0.5, PL, f"[{PY}] [INFO] [celery.worker.consumer.connection] Connected to redis://paperless-redis:6379//")
    R.add(t + 1.0, PL, f"[{PY}] [INFO] [celery.worker.consumer.mingle] mingle: all alone")
    R.add(t + 3.0, PL, f"[{PY}] [INFO] [paperless.consumer] Consuming scan_{R.at(t).strftime('%Y-%m-%d')}_0931.pdf")
    R.add(t + 9.0, GB, jd({"level": "info", "ts": ISO6, "logger": "api", "msg": "request handled", "trace": uuid4(rng), "remote_ip": pip(rng), "host": "gotenberg:3000", "uri": "/forms/libreoffice/convert", "method": "POST", "path": "/forms/libreoffice/convert", "referer": "", "user_agent": "python-httpx/0.27.2", "status": 200, "latency": 3812044211, "latency_human": "3.812044211s", "bytes_in": 48211, "bytes_out": 91233}))
    R.add(t + 15.0, PL, f"[{PY}] [INFO] [paperless.consumer] Document {R.at(t).strftime('%Y-%m-%d')} scan_0931 consumption finished")
    R.add(t + 16.0, PL, f"[{PY}] [INFO] [paperless.tasks] ConsumeTaskPlugin completed")
    return dict(
        question="Paperless logged 'Connection refused' to Redis this morning — is something broken?",
        selector=sel(namespace="paperless"),
        severity="WARN", category="connection_refused", component="paperless-redis",
        root_cause="kured drained k3s-w2 for a reboot and evicted the single-replica paperless-redis pod. Until the replacement started on k3s-w1 (~40 s), the Paperless Celery worker and web API got 'Error 111 … Connection refused' from the Redis broker.",
        summary="kured evicted paperless-redis-0 while draining k3s-w2, and Redis shut down cleanly. Paperless' Celery consumer retried with 'Cannot connect to redis://paperless-redis:6379//: Error 111 … Connection refused' (6 attempts), and one upload got a 500. Redis then started on k3s-w1, Celery reconnected and document consumption resumed by itself.",
        action="No action needed for this occurrence beyond re-uploading anything that returned 500 during the gap. If you want no gap, schedule kured in a maintenance window or run Redis with a PodDisruptionBudget and replica/sentinel.",
    )


def i_kubeadm_certs_expired(rng, R):
    """kubeadm cluster on VMs, never upgraded for a year: control-plane certificates expired."""
    APIS = {"namespace": "kube-system", "pod": "kube-apiserver-kube-cp1", "container": "kube-apiserver", "node": "kube-cp1"}
    KCM = {"namespace": "kube-system", "pod": "kube-controller-manager-kube-cp1", "container": "kube-controller-manager", "node": "kube-cp1"}
    SCH = {"namespace": "kube-system", "pod": "kube-scheduler-kube-cp1", "container": "kube-scheduler", "node": "kube-cp1"}
    KW = {"job": "systemd-journal", "host": "kube-w1", "unit": "kubelet.service"}
    AR = {"namespace": "argocd", "pod": "argocd-application-controller-0", "container": "argocd-application-controller"}
    NG = {"namespace": "ingress-nginx", "pod": dpod(rng, "ingress-nginx-controller"), "container": "controller", "node": "kube-w2"}
    notafter = R.at(-rng.randint(3600, 5 * 3600)).replace(microsecond=0)
    na = fmt("isos", notafter)

    def exp(t):
        return f"x509: certificate has expired or is not yet valid: current time {fmt('isos', R.at(t))} is after {na}"
    t = 0.0
    for i in range(4):
        t += rng.uniform(5, 20)
        R.add(t, APIS, klog("E", 1, "authentication.go:73", f'"Unable to authenticate the request" err="[{exp(t)}, verifying certificate SN={rng.randint(10**18, 9 * 10**18)}, SKID=, AKID={":".join(hexs(rng, 2).upper() for _ in range(20))} failed: {exp(t)}]"'), ev=(i == 0))
        R.add(t + 0.3, APIS, klog("I", 1, "log.go:245", f"http: TLS handshake error from 192.168.10.2{rng.randint(1, 3)}:{rng.randint(30000, 60000)}: remote error: tls: bad certificate"))
    for i in range(3):
        tt = rng.uniform(5, t + 10)
        R.add(tt, KCM, klog("E", 1, "leaderelection.go:347", "error retrieving resource lock kube-system/kube-controller-manager: Unauthorized"), ev=(i == 0))
    R.add(t * 0.5, SCH, klog("E", 1, "reflector.go:150", "k8s.io/client-go/informers/factory.go:160: Failed to watch *v1.Pod: failed to list *v1.Pod: Unauthorized"))
    R.add(t * 0.7, SCH, klog("E", 1, "leaderelection.go:347", "error retrieving resource lock kube-system/kube-scheduler: Unauthorized"))
    for i in range(3):
        tt = 3 + i * rng.uniform(10, 15)
        R.add(tt, KW, klog("E", 1043, "kubelet_node_status.go:544", f'"Error updating node status, will retry" err="error getting node \\"kube-w1\\": Get \\"https://192.168.10.10:6443/api/v1/nodes/kube-w1?resourceVersion=0&timeout=10s\\": tls: failed to verify certificate: {exp(tt)}"'), ev=(i == 1))
    R.add(40.0, KW, klog("E", 1043, "reflector.go:147", f'k8s.io/client-go/informers/factory.go:160: Failed to watch *v1.Service: failed to list *v1.Service: Get "https://192.168.10.10:6443/api/v1/services?resourceVersion=81234411": tls: failed to verify certificate: {exp(40)}'))
    R.add(22.0, AR, f'time="{ISOS}" level=error msg="Failed to sync cluster" cluster="https://kubernetes.default.svc" error="failed to load initial state of resource Deployment.apps: Get \\"https://10.96.0.1:443/apis/apps/v1/deployments?limit=500\\": tls: failed to verify certificate: {exp(22)}"', ev=True)
    R.add(52.0, AR, f'time="{ISOS}" level=info msg="Skipping auto-sync: failed previous sync attempt" application=argocd/webshop')
    for i in range(9):
        R.add(rng.uniform(1, 60), NG, nginx_ingress_access(rng, lan(rng), "GET", rng.choice(["/", "/api/products?page=2", "/static/js/main.8f2a1c.js"]), 200, rng.randint(800, 40000), UA_CHROME, "shop-storefront-80", f"{pip(rng, '10.244')}:3000", rng.uniform(0.01, 0.2)))
    return dict(
        question="kubectl says 'x509: certificate has expired', and Argo CD can't sync. What happened?",
        selector=sel(namespace="kube-system"),
        severity="CRITICAL", category="tls_certificate", component="kube-apiserver",
        root_cause=f"The kubeadm-generated control-plane certificates reached their one-year expiry ({na}), and the cluster was never upgraded, which would have renewed them. The API server's serving certificate and the client certificates in controller-manager.conf/scheduler.conf/admin.conf are expired, so the API server rejects those clients and kubelets and in-cluster clients reject the API server's certificate.",
        summary="kube-apiserver logs 'Unable to authenticate the request … x509: certificate has expired' and 'tls: bad certificate' handshakes. kube-controller-manager and kube-scheduler get 401 Unauthorized and lose their leases, kubelet on kube-w1 cannot update node status (failed to verify certificate: expired), and Argo CD cannot sync. Running workloads keep serving through ingress-nginx, but the control plane is effectively down.",
        action="On each control-plane node: `kubeadm certs check-expiration`, then `kubeadm certs renew all`. Restart the static control-plane pods (move the manifests out and back, or restart kubelet) and copy the new /etc/kubernetes/admin.conf to your kubeconfig. Check that nodes go Ready and Argo CD syncs. From then on, upgrade the cluster at least yearly or alert on certificate expiry.",
    )


def i_nfs_stale(rng, R):
    """k3s + Synology NFS: share recreated after DSM update, existing mounts return ESTALE."""
    node = "k3s-w2"
    JF = {"namespace": "media", "pod": dpod(rng, "jellyfin"), "container": "jellyfin", "node": node}
    RA = {"namespace": "media", "pod": dpod(rng, "radarr"), "container": "radarr", "node": node}
    KER = {"job": "systemd-journal", "host": node, "transport": "kernel"}
    K3S = {"job": "systemd-journal", "host": node, "unit": "k3s-agent.service"}
    NG = {"namespace": "kube-system", "pod": dpod(rng, "traefik"), "container": "traefik"}
    R.add(0.0, KER, "nfs: server 192.168.1.20 not responding, still trying")
    R.add(31.0, KER, "nfs: server 192.168.1.20 not responding, still trying")
    R.add(184.0, KER, "nfs: server 192.168.1.20 OK", ev=True)
    movies = ["Arrival (2016)", "Blade Runner 2049 (2017)", "Dune Part Two (2024)", "Past Lives (2023)", "Perfect Days (2023)"]
    t = 190.0
    R.add(t, JF, f"[{HMS}] [INF] [23] Emby.Server.Implementations.ScheduledTasks.TaskManager: Scan Media Library Queued")
    R.add(t + 1, JF, f"[{HMS}] [ERR] [41] Emby.Server.Implementations.Library.LibraryManager: Error resolving path /media/movies")
    R.add(t + 1.001, JF, "System.IO.IOException: Stale file handle : '/media/movies'", ev=True)
    R.add(t + 1.002, JF, "   at System.IO.Enumeration.FileSystemEnumerator`1.Init()")
    for i, mv in enumerate(movies[:3]):
        R.add(t + 3 + i * 0.4, JF, f"[{HMS}] [INF] [41] Emby.Server.Implementations.Library.LibraryManager: Removing item, Type: \"Movie\", Name: \"{mv.rsplit(' (', 1)[0]}\", Path: \"/media/movies/{mv}/{mv}.mkv\", Id: {uuid4(rng).replace('-', '')}")
    pt = t + 30
    R.add(pt, JF, f"[{HMS}] [INF] [77] Jellyfin.Api.Helpers.MediaInfoHelper: User policy for max. EnablePlaybackRemuxing: True EnableVideoPlaybackTranscoding: True EnableAudioPlaybackTranscoding: True")
    R.add(pt + 0.5, JF, f"[{HMS}] [ERR] [77] Jellyfin.Api.Middleware.ExceptionMiddleware: Error processing request. URL GET /Videos/{uuid4(rng).replace('-', '')}/stream.mkv.")
    R.add(pt + 0.501, JF, f"System.IO.IOException: Stale file handle : '/media/movies/{movies[3]}/{movies[3]}.mkv'", ev=True)
    R.add(pt + 0.502, JF, "   at Microsoft.Win32.SafeHandles.SafeFileHandle.Open(String fullPath, FileMode mode, FileAccess access, FileShare share, FileOptions options, Int64 preallocationSize, UnixFileMode openPermissions, Int64& fileLength, UnixFileMode& filePermissions, Boolean failForSymlink, Boolean& wasSymlink, Func`4 createOpenException)")
    R.add(pt + 0.6, NG, traefik_json(rng, lan(rng), "GET", f"/Videos/{hexs(rng, 32)}/stream.mkv", 500, "jellyfin.home.example.net", "media-jellyfin-jellyfin-home-example-net@kubernetes", "media-jellyfin-8096@kubernetes", f"http://{pip(rng)}:8096", 14, 0))
    for i in range(3):
        rt = 200 + i * rng.uniform(30, 60)
        R.add(rt, RA, f"{SEC}.{rng.randint(1, 9)}|Error|RootFolderService|Couldn't get free space for /media/movies/")
        R.add(rt + 0.001, RA, "[v5.11.0.9244] System.IO.IOException: Stale file handle", ev=(i == 1))
    R.add(260.0, RA, f"{SEC}.3|Warn|DiskScanService|Series/Movie folder '/media/movies/{movies[4]}' is not accessible, skipping scan")
    R.add(150.0, K3S, klog("I", 1187, "reconciler_common.go:245", f'"operationExecutor.VerifyControllerAttachedVolume started for volume \\"media\\" (UniqueName: \\"kubernetes.io/nfs/{uuid4(rng)}-media\\") pod \\"{JF["pod"]}\\" (UID: \\"{uuid4(rng)}\\") " pod="media/{JF["pod"]}"'))
    for i in range(4):
        R.add(rng.uniform(190, 290), NG, traefik_json(rng, lan(rng), "GET", rng.choice(["/Users/7b2e/Items/Latest?Limit=16", "/System/Info/Public", "/web/index.html"]), 200, "jellyfin.home.example.net", "media-jellyfin-jellyfin-home-example-net@kubernetes", "media-jellyfin-8096@kubernetes", f"http://{pip(rng)}:8096", rng.uniform(3, 40), rng.randint(400, 9000)))
    R.add(287.0, JF, f"[{HMS}] [INF] [23] Emby.Server.Implementations.ScheduledTasks.TaskManager: Scan Media Library Completed after 1 minute(s) and 37 seconds")
    return dict(
        question="Jellyfin can't play anything from the NAS and movies are disappearing from the library!",
        selector=sel(namespace="media"),
        severity="ERROR", category="storage", component="jellyfin",
        root_cause="The Synology NAS (192.168.1.20) rebooted for a DSM update, and the /volume1/media NFS export came back with new file handles (the share was re-created / its fsid changed). The NFS mounts that kubelet on k3s-w2 holds for the jellyfin and radarr pods are now stale, and every access returns ESTALE ('Stale file handle').",
        summary="The node's kernel logged the NFS server not responding and then 'nfs: server 192.168.1.20 OK'. Since then Jellyfin fails to resolve /media/movies and to open media files (System.IO.IOException: Stale file handle, HTTP 500 on stream), and its library scan is removing movies it can no longer see. Radarr cannot read the root folder either. The Jellyfin web UI itself still answers 200.",
        action="Disable Jellyfin's scheduled library scan for now so it stops removing items. Restart the jellyfin and radarr pods so the NFS volume is mounted again (if it stays stale, `umount -l` the old mount on k3s-w2 first), then re-scan. On the NAS keep the export's fsid stable (don't re-create the share), and mount with hard,nfsvers=4.1.",
    )


def i_ha_trusted_proxy(rng, R):
    """k3s: Traefik rescheduled to a new pod IP; HA trusted_proxies lists the old one."""
    R.rebase(rng.randint(7, 9))
    HA = {"namespace": "home", "pod": "home-assistant-0", "container": "home-assistant", "node": "k3s-w2"}
    tnew = dpod(rng, "traefik")
    TR = {"namespace": "kube-system", "pod": tnew, "container": "traefik", "node": "k3s-w3"}
    EV = {"namespace": "monitoring", "pod": dpod(rng, "event-exporter"), "container": "event-exporter"}
    MQ = {"namespace": "home", "pod": dpod(rng, "mosquitto"), "container": "mosquitto"}
    new_ip = f"10.42.{rng.randint(2, 3)}.{rng.randint(5, 60)}"
    ha_ip = pip(rng)
    R.add(0.0, EV, ev_json(rng, "kube-system", "Pod", tnew, "Scheduled", f"Successfully assigned kube-system/{tnew} to k3s-w3", comp="default-scheduler"), ev=True)
    R.add(2.0, EV, ev_json(rng, "kube-system", "Pod", tnew, "Started", "Started container traefik", host="k3s-w3"))
    R.add(3.0, TR, f'time="{ISOS}" level=info msg="Configuration loaded from flags."')
    R.add(3.2, TR, f'time="{ISOS}" level=info msg="Traefik version 2.11.10 built on 2024-09-16T14:50:47Z"')
    t = 6.0
    paths = ["/auth/token", "/api/websocket", "/api/states", "/auth/login_flow", "/manifest.json", "/api/history/period"]
    for i in range(10):
        t += rng.uniform(2, 9)
        p = rng.choice(paths)
        client = lan(rng)
        R.add(t, HA, f"{SP} ERROR (MainThread) [homeassistant.components.http.forwarded] Received X-Forwarded-For header from an untrusted proxy {new_ip}", ev=(i in (0, 5)))
        R.add(t + 0.002, TR, traefik_clf(rng, client, "POST" if "token" in p or "flow" in p else "GET", p, 400, 16, rng.choice(["Home Assistant/2024.9.1-2024.1237 (Android 14; Pixel 7)", UA_FF, UA_IOS]), "home-home-assistant-ha-example-net@kubernetes", f"http://{ha_ip}:8123", rng.uniform(1, 4), proto="HTTP/1.1"))
    R.add(t + 3, TR, traefik_clf(rng, lan(rng), "GET", "/", 200, 6221, UA_FF, "nextcloud-nextcloud-cloud-example-net@kubernetes", f"http://{pip(rng)}:80", 31))
    R.add(1.0, HA, f"{SP} INFO (MainThread) [homeassistant.components.automation.night_mode] Night mode: Running automation actions")
    R.add(40.0, HA, f"{SP} WARNING (MainThread) [homeassistant.components.mqtt.client] Received message on illegal topic 'zigbee2mqtt/bridge/logging' -> skipping")
    R.add(20.0, MQ, f"{EPOCHS}: Client homeassistant has exceeded timeout, disconnecting.")
    R.add(21.0, MQ, f"{EPOCHS}: New client connected from {ha_ip}:{rng.randint(40000, 60000)} as homeassistant (p2, c1, k60, u'homeassistant').")
    return dict(
        question="The Home Assistant app and browser get '400: Bad Request' since this morning.",
        selector=sel(namespace="home", pod="home-assistant-0"),
        severity="ERROR", category="config_error", component="home-assistant",
        root_cause=f"Home Assistant's configuration.yaml lists a single Traefik pod IP (10.42.0.7) in http.trusted_proxies. Traefik was rescheduled to k3s-w3 and now connects from {new_ip}, so HA rejects every proxied request carrying X-Forwarded-For with 400 ('Received X-Forwarded-For header from an untrusted proxy').",
        summary=f"After a new Traefik pod started on k3s-w3, every request to ha.example.net gets HTTP 400 and Home Assistant logs 'Received X-Forwarded-For header from an untrusted proxy {new_ip}'. HA itself, MQTT and automations keep working, and other sites behind Traefik return 200.",
        action="Set http.use_x_forwarded_for: true and trusted_proxies to the pod CIDR (e.g. 10.42.0.0/16) rather than a single pod IP, restart Home Assistant and verify the app logs in again.",
    )


def i_le_rate_limit(rng, R):
    """Homelab cluster rebuilt repeatedly: Let's Encrypt duplicate-certificate limit hit."""
    CM = {"namespace": "cert-manager", "pod": dpod(rng, "cert-manager"), "container": "cert-manager-controller"}
    EV = {"namespace": "monitoring", "pod": dpod(rng, "event-exporter"), "container": "event-exporter"}
    AR = {"namespace": "gitea", "pod": dpod(rng, "act-runner"), "container": "runner"}
    GT = {"namespace": "gitea", "pod": dpod(rng, "gitea"), "container": "gitea"}
    TR = {"namespace": "traefik", "pod": dpod(rng, "traefik"), "container": "traefik"}
    ns, cert = "gitea", "git-example-org-tls"
    retry = R.at(rng.randint(2 * 86400, 4 * 86400)).replace(microsecond=0)
    rl = (f"429 urn:ietf:params:acme:error:rateLimited: too many certificates (5) already issued for this exact set of identifiers in the last 168h0m0s, "
          f"retry after {retry.strftime('%Y-%m-%d %H:%M:%S')} UTC: see https://letsencrypt.org/docs/rate-limits/#new-certificates-per-exact-set-of-identifiers")
    R.add(0.0, CM, cm_line("I", "start.go:126", "starting cert-manager", logger="cert-manager", version="v1.15.3", git_commit="2c6b0a2b4b9c8b3c57ad2b1fbe7e4a6a1fd55d6e", go_version="go1.22.7", platform="linux/arm64"))
    R.add(2.0, CM, cm_line("I", "setup.go:113", "generating acme account private key", logger="cert-manager.controller", resource_name="letsencrypt-prod", resource_kind="ClusterIssuer", resource_version="v1"))
    R.add(3.0, CM, cm_line("I", "setup.go:270", "registering new ACME account", logger="cert-manager.controller", resource_name="letsencrypt-prod", resource_kind="ClusterIssuer", resource_version="v1", server="https://acme-v02.api.letsencrypt.org/directory"), ev=True)
    R.add(4.0, EV, ev_json(rng, "default", "ClusterIssuer", "letsencrypt-prod", "ACMEAccountRegistered", "The ACME account was registered with the ACME server", comp="cert-manager-clusterissuers"))
    R.add(6.0, EV, ev_json(rng, ns, "Certificate", cert, "Issuing", "Issuing certificate as Secret does not exist", comp="cert-manager-certificates-trigger"))
    t = 8.0
    for i in range(4):
        order = f"{cert}-1-{rng.randint(10**9, 4 * 10**9)}"
        R.add(t, CM, cm_line("E", "controller.go:162", "re-queuing item due to error processing", err=rl, logger="cert-manager.orders", key=f"{ns}/{order}"), ev=(i in (0, 2)))
        if i % 2 == 0:
            R.add(t + 0.05, EV, ev_json(rng, ns, "Order", order, "Failed", f"Failed to create Order: {rl}", typ="Warning", comp="cert-manager-orders"), ev=(i == 0))
        t += [5, 10, 20, 40][i] + rng.uniform(0, 2)
    R.add(t, EV, ev_json(rng, ns, "CertificateRequest", f"{cert}-1", "OrderFailed", f'Failed to wait for order resource "{cert}-1-{rng.randint(10**9, 4 * 10**9)}" to become ready: order is in "errored" state: Failed to create Order: {rl}', typ="Warning", comp="cert-manager-certificaterequests-issuer-acme"))
    for i in range(4):
        tt = rng.uniform(10, t)
        R.add(tt, AR, f'time="{ISOS}" level=error msg="failed to fetch task" error="unavailable: tls: failed to verify certificate: x509: certificate is valid for {hexs(rng, 32)}.{hexs(rng, 32)}.traefik.default, not git.example.org"')
    R.add(30.0, TR, f"{ISOS} WRN No domain found in rule PathPrefix(`/`), the TLS options applied for this router will depend on the SNI of each request entryPointName=websecure routerName=traefik-dashboard@kubernetescrd")
    for i in range(4):
        R.add(rng.uniform(10, t), GT, f"{NGX} ...eb/routing/logger.go:102:func1() [I] router: completed GET /api/healthz for {pip(rng)}:0, 200 OK in 0.8ms @ healthcheck/check.go:61(healthcheck.Check)")
    for i in range(4):
        R.add(rng.uniform(10, t), TR, traefik_json(rng, lan(rng), "GET", rng.choice(["/", "/user/login", "/api/v1/version"]), 200, "git.example.org", "gitea-gitea-git-example-org@kubernetescrd", "gitea-gitea-http-3000@kubernetescrd", f"http://{pip(rng)}:3000", rng.uniform(2, 30), rng.randint(300, 12000)))
    return dict(
        question=None,
        selector=sel(namespace="cert-manager"),
        severity="ERROR", category="rate_limited", component="cert-manager",
        root_cause=f"Let's Encrypt refuses to issue git.example.org: 'too many certificates (5) already issued for this exact set of identifiers in the last 168h', retry after {retry.strftime('%Y-%m-%d %H:%M')} UTC. The cluster was rebuilt from scratch several times this week, and each fresh cert-manager issued a new production certificate for the same name set. With no certificate Traefik falls back to its self-signed default, so act_runner and browsers fail TLS.",
        summary="On the freshly installed cluster cert-manager finds the existing ACME account, but every new Order for gitea/git-example-org-tls fails with 429 urn:ietf:params:acme:error:rateLimited (duplicate-certificate limit), and the CertificateRequest ends OrderFailed. The Gitea runner fails with 'x509: certificate is valid for …traefik.default, not git.example.org'. Gitea itself is healthy.",
        action="Wait until the retry-after time, or meanwhile issue a certificate for a different name set (e.g. add a second SAN) to get past the exact-set limit. Use the letsencrypt-staging issuer while iterating on rebuilds, and back up and restore the TLS Secrets (and the ACME account key) with the cluster so a rebuild doesn't re-issue.",
    )


def i_nextcloud_php_memory(rng, R):
    """Nextcloud FPM + nginx: preview generation of huge images exceeds PHP memory_limit."""
    ncpod = dpod(rng, "nextcloud")
    FPM_L = {"namespace": "nextcloud", "pod": ncpod, "container": "nextcloud"}
    NGX_L = {"namespace": "nextcloud", "pod": ncpod, "container": "nginx"}
    LOGL = {"namespace": "nextcloud", "pod": ncpod, "container": "nextcloud-logs"}
    TR = {"namespace": "kube-system", "pod": dpod(rng, "traefik"), "container": "traefik", "node": "k3s-cp1"}
    host = "cloud.example.net"
    t = 0.0
    big = [(rng.randint(48000, 52000), "tried to allocate 232783872 bytes", "/var/www/html/lib/private/Image.php", 684),
           (rng.randint(48000, 52000), "tried to allocate 188743680 bytes", "/var/www/html/lib/private/Image.php", 684),
           (rng.randint(48000, 52000), "tried to allocate 20480 bytes", "/var/www/html/3rdparty/sabre/dav/lib/DAV/Server.php", 1089)]
    for i in range(14):
        t += rng.uniform(1.5, 6)
        fid = rng.randint(40000, 60000)
        if i in (1, 4, 7):
            fidb, alloc, f, line = big[(i - 1) // 3]
            msg = f"PHP Fatal error:  Allowed memory size of 536870912 bytes exhausted ({alloc}) in {f} on line {line}"
            child = rng.randint(100, 400)
            R.add(t, FPM_L, f"[{FPM}] WARNING: [pool www] child {child} said into stderr: \"NOTICE: PHP message: {msg}\"", ev=(i == 1))
            R.add(t + 0.001, NGX_L, f"{NGX} [error] 28#28: *{rng.randint(1000, 99999)} FastCGI sent in stderr: \"PHP message: {msg}\" while reading response header from upstream, client: 10.42.0.7, server: , request: \"GET /core/preview?fileId={fidb}&x=1920&y=1080&a=true HTTP/1.1\", upstream: \"fastcgi://127.0.0.1:9000\", host: \"{host}\"", ev=(i in (4, 7)))
            R.add(t + 0.003, TR, traefik_clf(rng, lan(rng), "GET", f"/core/preview?fileId={fidb}&x=1920&y=1080&a=true", 500, 0, UA_FF, "nextcloud-nextcloud-cloud-example-net@kubernetes", f"http://{pip(rng)}:80", rng.uniform(900, 2500)))
        else:
            R.add(t, TR, traefik_clf(rng, lan(rng), "GET", f"/core/preview?fileId={fid}&x=256&y=256&a=true", 200, rng.randint(8000, 40000), UA_FF, "nextcloud-nextcloud-cloud-example-net@kubernetes", f"http://{pip(rng)}:80", rng.uniform(40, 300)))
    R.add(t * 0.5, FPM_L, f"[{FPM}] WARNING: [pool www] server reached pm.max_children setting (16), consider raising it")
    R.add(t * 0.8, LOGL, jd({"reqId": k8s_rand(rng, 20), "level": 2, "time": ISOOFF, "remoteAddr": lan(rng), "user": "anna", "app": "core", "method": "GET",
                              "url": f"/core/preview?fileId={big[0][0]}&x=1920&y=1080&a=true", "message": "Image::loadFromFile, failed to load image /var/www/html/data/anna/files/Photos/2025/Dolomites/pano_0418.tif: image too large for available memory",
                              "userAgent": UA_FF, "version": "29.0.7.1"}))
    for i in range(3):
        R.add(rng.uniform(1, t), LOGL, jd({"reqId": k8s_rand(rng, 20), "level": 1, "time": ISOOFF, "remoteAddr": lan(rng), "user": "max", "app": "files", "method": "PUT",
                                             "url": f"/remote.php/dav/files/max/InstantUpload/Camera/IMG_{rng.randint(20250101, 20251231)}_{rng.randint(100000, 235959)}.jpg",
                                             "message": "Preview generation requested for file outside of preview_max_filesize_image", "userAgent": UA_NC_ANDROID, "version": "29.0.7.1"}))
    for i in range(3):
        R.add(rng.uniform(1, t), TR, traefik_clf(rng, lan(rng), "PROPFIND", "/remote.php/dav/files/anna/", 207, rng.randint(2000, 9000), UA_NC_DESKTOP, "nextcloud-nextcloud-cloud-example-net@kubernetes", f"http://{pip(rng)}:80", rng.uniform(30, 120)))
    return dict(
        question="Some photo thumbnails in Nextcloud never load; the rest works.",
        selector=sel(namespace="nextcloud", app="nextcloud"),
        severity="WARN", category="oom_killed", component="nextcloud",
        root_cause="PHP's memory_limit of 512M (536870912 bytes) is too small to generate large previews of very big images (multi-hundred-megapixel panoramas/TIFFs). Those preview requests die with 'Allowed memory size of 536870912 bytes exhausted' in lib/private/Image.php and return 500. Small previews, WebDAV sync and the UI keep working.",
        summary="For a handful of fileIds, /core/preview requests at 1920x1080 end in PHP Fatal 'Allowed memory size … exhausted', reported by php-fpm ('child … said into stderr') and by nginx ('FastCGI sent in stderr'), and Traefik returns 500. Other previews (256px) and PROPFIND sync return 200/207. The pm.max_children warning is a side note, not the cause.",
        action="Raise PHP_MEMORY_LIMIT (e.g. 1G) for the php-fpm container, with a matching container memory limit. Alternatively cap preview size (preview_max_x/preview_max_y, preview_max_filesize_image) or offload previews to imaginary. Then pre-generate previews with the previewgenerator app.",
    )


def i_flannel_vxlan(rng, R):
    """kubeadm on Raspberry Pi (Ubuntu): new raspi kernel lacks vxlan, kube-flannel can't start, node NotReady."""
    node = "rpi-03"
    fpod = dspod(rng, "kube-flannel-ds")
    FL = {"namespace": "kube-flannel", "pod": fpod, "container": "kube-flannel", "node": node}
    KU = {"job": "systemd-journal", "host": node, "unit": "kubelet.service"}
    KER = {"job": "systemd-journal", "host": node, "transport": "kernel"}
    UU = {"job": "systemd-journal", "host": node, "unit": "unattended-upgrades.service"}
    EV = {"namespace": "monitoring", "pod": dpod(rng, "event-exporter"), "container": "event-exporter"}
    KCM = {"namespace": "kube-system", "pod": "kube-controller-manager-rpi-01", "container": "kube-controller-manager", "node": "rpi-01"}
    kver = f"6.8.0-10{rng.randint(12, 20)}-raspi"
    R.add(0.0, UU, f"Packages that will be upgraded: linux-headers-raspi linux-image-raspi linux-raspi linux-firmware-raspi")
    R.add(0.2, UU, "Found /var/run/reboot-required, rebooting")
    R.add(60.0, KER, f"Linux version {kver} (buildd@bos03-arm64-044) (aarch64-linux-gnu-gcc-13 (Ubuntu 13.2.0-23ubuntu4) 13.2.0, GNU ld (GNU Binutils for Ubuntu) 2.42) #{rng.randint(12, 20)}-Ubuntu SMP PREEMPT_DYNAMIC Tue Sep 24 11:02:13 UTC 2024 (Ubuntu {kver}-{rng.randint(12, 20)}.{rng.randint(12, 20)}-raspi 6.8.12)", ev=True)
    R.add(60.1, KER, "Machine model: Raspberry Pi 4 Model B Rev 1.5")
    R.add(72.0, KER, "bcmgenet fd580000.ethernet eth0: Link is Up - 1Gbps/Full - flow control rx/tx")
    t = 85.0
    for cycle in range(2):
        R.add(t, FL, klog("I", 1, "main.go:212", "CLI flags config: {etcdEndpoints:http://127.0.0.1:4001,http://127.0.0.1:2379 etcdPrefix:/coreos.com/network etcdKeyfile: etcdCertfile: etcdCAFile: etcdUsername: etcdPassword: version:false kubeSubnetMgr:true kubeApiUrl: kubeAnnotationPrefix:flannel.alpha.coreos.com kubeConfigFile: iface:[] ifaceRegex:[] ipMasq:true ifaceCanReach: subnetFile:/run/flannel/subnet.env publicIP: publicIPv6: subnetLeaseRenewMargin:60 healthzIP:0.0.0.0 healthzPort:0 iptablesResyncSeconds:5 iptablesForwardRules:true netConfPath:/etc/kube-flannel/net-conf.json setNodeNetworkUnavailable:true}"))
        R.add(t + 0.3, FL, klog("I", 1, "main.go:238", f"Created subnet manager: Kubernetes Subnet Manager - {node}"))
        R.add(t + 0.4, FL, klog("I", 1, "main.go:476", "Found network config - Backend type: vxlan"))
        R.add(t + 0.5, FL, klog("I", 1, "match.go:264", "Using interface with name eth0 and address 192.168.1.63"))
        R.add(t + 0.6, FL, klog("I", 1, "vxlan.go:141", "VXLAN config: VNI=1 Port=0 GBP=false Learning=false DirectRouting=false"))
        R.add(t + 0.7, FL, klog("E", 1, "main.go:359", "Error registering network: operation not supported"), ev=(cycle == 0))
        R.add(t + 0.71, FL, klog("I", 1, "main.go:456", "Stopping shutdownHandler..."))
        R.add(t + 1.5, EV, ev_json(rng, "kube-flannel", "Pod", fpod, "BackOff", f"Back-off restarting failed container kube-flannel in pod {fpod}_kube-flannel({uuid4(rng)})", typ="Warning", host=node, count=3 + cycle * 2))
        t += rng.uniform(40, 80)
    for i in range(3):
        tt = 86 + i * rng.uniform(15, 30)
        R.add(tt, KU, klog("E", 1321, "kubelet.go:2900", '"Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"'), ev=(i == 2))
    victims = [("nextcloud", dpod(rng, "nextcloud")), ("home", dpod(rng, "mosquitto"))]
    for i, (ns, p) in enumerate(victims):
        tt = 100 + i * 20
        msg = f'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "{hexs(rng, 64)}": plugin type="flannel" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory'
        R.add(tt, EV, ev_json(rng, ns, "Pod", p, "FailedCreatePodSandBox", msg, typ="Warning", host=node, count=4 + i), ev=(i == 0))
    R.add(130.0, KCM, klog("I", 1, "node_lifecycle_controller.go:1224", f'"Controller detected that some Nodes are not-Ready" node="{node}"'))
    R.add(130.2, EV, ev_json(rng, "default", "Node", node, "NodeNotReady", f"Node {node} status is now: NodeNotReady", comp="node-controller"))
    R.add(131.0, KCM, klog("I", 1, "controller_utils.go:151", f'"Updating ready status of pods to false" node="{node}"'))
    return dict(
        question="rpi-03 went NotReady after last night's updates. Why?",
        selector=sel(node="rpi-03"),
        severity="CRITICAL", category="node_failure", component="kube-flannel",
        root_cause=f"Unattended-upgrades installed and booted a new Ubuntu raspi kernel ({kver}) on rpi-03 without the matching linux-modules-extra package, which is where Ubuntu's raspi kernel ships vxlan. kube-flannel cannot create its VXLAN device ('Error registering network: operation not supported') and crash-loops. Without /run/flannel/subnet.env the CNI cannot set up any pod network, so the node is NotReady.",
        summary=f"After the kernel upgrade and reboot into {kver}, kube-flannel on rpi-03 stops at 'Error registering network: operation not supported' and restarts in BackOff. Kubelet reports 'cni plugin not initialized', pods scheduled there fail with FailedCreatePodSandBox 'open /run/flannel/subnet.env: no such file or directory', and the node controller marks rpi-03 NotReady.",
        action="On rpi-03 install the module package (`apt install linux-modules-extra-raspi` / `linux-modules-extra-$(uname -r)`), run `modprobe vxlan`, and delete the kube-flannel pod so it restarts. Keep the node cordoned until it is Ready. Add linux-modules-extra-raspi to the base image so future kernel upgrades keep vxlan.",
    )


def i_gitea_migration(rng, R):
    """Gitea upgrade migration fails against MariaDB with old COMPACT row format tables."""
    gpod = dpod(rng, "gitea")
    uid = uuid4(rng)
    GT = {"namespace": "gitea", "pod": gpod, "container": "gitea", "node": "k3s-w1"}
    MD = {"namespace": "gitea", "pod": "gitea-mariadb-0", "container": "mariadb"}
    EV = {"job": "loki.source.kubernetes_events", "namespace": "gitea", "instance": "alloy"}
    TR = {"namespace": "kube-system", "pod": dpod(rng, "traefik"), "container": "traefik"}
    AR = {"namespace": "gitea", "pod": dpod(rng, "act-runner"), "container": "runner"}
    err = "Error 1071 (42000): Specified key was too long; max key length is 767 bytes"
    mig = "Migration[297]: Add RepoArchiveDownloadCount table"
    t = 0.0
    for cycle in range(3):
        R.add(t, GT, f"{NGX} cmd/web.go:242:runWeb() [I] Starting Gitea on PID: 1")
        R.add(t + 0.01, GT, f"{NGX} cmd/web.go:304:showWebStartupMessage() [I] Gitea version: 1.22.3 built with GNU Make 4.4.1, go1.22.8 : bindata, timetzdata, sqlite, sqlite_unlock_notify")
        R.add(t + 0.02, GT, f"{NGX} cmd/web.go:306:showWebStartupMessage() [I] * ConfigFile: /data/gitea/conf/app.ini")
        R.add(t + 0.4, GT, f"{NGX} routers/init.go:117:InitWebInstalled() [I] Git version: 2.45.2 (home: /data/home)")
        R.add(t + 0.9, GT, f"{NGX} models/migrations/migrations.go:424:Migrate() [I] {mig}")
        for a in range(1, 4):
            at = t + 1.0 + (a - 1) * 3.05
            R.add(at, GT, f"{NGX} routers/common/db.go:36:InitDBEngine() [E] ORM engine initialization attempt #{a}/3 failed. Error: migrate: migration[297] failed: {err}", ev=(cycle == 0 and a == 1))
            if a < 3:
                R.add(at + 0.001, GT, f"{NGX} routers/common/db.go:37:InitDBEngine() [I] Backing off for 3 seconds")
        R.add(t + 7.11, GT, f"{NGX} routers/init.go:68:mustInitCtx() [F] code.gitea.io/gitea/routers/common.InitDBEngine(ctx) failed: migrate: migration[297] failed: {err}", ev=(cycle == 0))
        R.add(t + 7.6, MD, f"{MARIA} {rng.randint(20, 90)} [Warning] Aborted connection {rng.randint(20, 90)} to db: 'gitea' user: 'gitea' host: '10.42.1.{rng.randint(2, 250)}' (Got an error reading communication packets)")
        if cycle >= 1:
            R.add(t + 8.5, EV, ev_lf(rng, "Pod", gpod, "BackOff", f"Back-off restarting failed container gitea in pod {gpod}_gitea({uid})", typ="Warning", host="k3s-w1", count=3 + cycle), ev=(cycle == 2))
        t += 8.0 + [10, 20, 40][cycle] + rng.uniform(1, 3)
    R.add(-2.0, MD, f"{MARIA} 0 [Note] mariadbd: ready for connections.")
    R.add(-1.99, MD, "Version: '10.11.9-MariaDB-ubu2204'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution")
    R.add(-1.0, MD, f"{MARIA} 0 [Note] InnoDB: Buffer pool(s) load completed at {fmt('sec', R.at(-1.0)).replace('-', '')[2:]}")
    for i in range(5):
        tt = rng.uniform(2, t)
        R.add(tt, TR, traefik_json(rng, lan(rng), "GET", rng.choice(["/", "/acme/homelab", "/user/login"]), 502, "git.example.org", "gitea-gitea-git-example-org@kubernetes", "gitea-gitea-http-3000@kubernetes", f"http://{pip(rng)}:3000", rng.uniform(0.5, 3), 11, origin=502))
    for i in range(3):
        R.add(rng.uniform(2, t), AR, f'time="{ISOS}" level=error msg="failed to fetch task" error="unavailable: 502 Bad Gateway"')
    return dict(
        question="Gitea doesn't come back after upgrading to 1.22, what's wrong?",
        selector=sel(namespace="gitea", app="gitea"),
        severity="CRITICAL", category="database", component="gitea",
        root_cause="The Gitea 1.22 upgrade runs a schema migration (migration[297]) that creates an index on a utf8mb4 VARCHAR(255) column. Gitea's tables were created years ago under MariaDB 10.1 and still use ROW_FORMAT=COMPACT, which limits index keys to 767 bytes. MariaDB rejects the migration with 'Error 1071: Specified key was too long'; Gitea gives up after its configured 3 attempts (DB_RETRIES) and exits, so the pod crash-loops.",
        summary="Every Gitea start runs migration[297], fails with 'Error 1071 (42000): Specified key was too long; max key length is 767 bytes', retries (3 attempts) and exits with [F] InitDBEngine failed, and the pod goes into CrashLoopBackOff. git.example.org returns 502 through Traefik and act_runner can't fetch tasks. MariaDB itself is up and only logs aborted connections.",
        action="Back up the database first. Then convert Gitea's tables to ROW_FORMAT=DYNAMIC (ALTER TABLE … ROW_FORMAT=DYNAMIC for each table, or `gitea doctor convert` after checking innodb_default_row_format=dynamic) and restart Gitea so the migration completes. If you need service back immediately, roll back to the previous image together with the pre-upgrade DB backup.",
    )


def i_loki_query_timeout(rng, R):
    """ingress-nginx -> Grafana -> Loki single binary on NFS: 30-day queries time out at 60 s."""
    NG = {"namespace": "ingress-nginx", "pod": dpod(rng, "ingress-nginx-controller"), "container": "controller"}
    GF = {"namespace": "monitoring", "pod": dpod(rng, "grafana"), "container": "grafana"}
    LK = {"namespace": "monitoring", "pod": "loki-0", "container": "loki", "node": "kube-w2"}
    PT = {"namespace": "monitoring", "pod": dspod(rng, "promtail"), "container": "promtail", "node": "kube-w1"}
    gf_ip = pip(rng, "10.244")
    host = "grafana.home.example.net"
    client = "192.168.1.23"
    t = 0.0
    for i in range(3):
        t += rng.uniform(20, 60)
        rid = f"explore_{k8s_rand(rng, 3)}"
        trace = hexs(rng, 16)
        q = rng.choice(['{namespace=~\\".+\\"} |= \\"error\\"', '{app=\\"nextcloud\\"} |~ \\"(?i)exception\\"', '{job=\\"systemd-journal\\"} |= \\"oom\\"'])
        qs = t
        R.add(qs + 60.003, LK, f'level=error ts={ISO6} caller=retry.go:95 org_id=fake traceID={trace} msg="error processing request" try=0 query="{q}" query_hash={rng.randint(10**9, 4 * 10**9)} start={fmt("iso", R.at(qs - 30 * 86400))} end={fmt("iso", R.at(qs))} start_delta=720h0m1.41s end_delta=1.41s length=720h0m0s retry_in=1.21s err="context deadline exceeded"', ev=(i == 0))
        R.add(qs + 60.004, LK, f'level=info ts={ISO6} caller=metrics.go:217 component=frontend org_id=fake traceID={trace} latency=slow query="{q}" query_hash={rng.randint(10**9, 4 * 10**9)} query_type=filter range_type=range length=720h0m0s start_delta=720h0m1.41s end_delta=1.41s step=1h0m0s duration=1m0.003s status=500 limit=1000 returned_lines=0 throughput={rng.randint(300, 450)}MB total_bytes={rng.randint(20, 26)}GB total_bytes_structured_metadata=0B lines_per_second={rng.randint(900000, 1400000)} total_lines={rng.randint(60, 90)}000000 post_filter_lines=0 total_entries=0 store_chunks_download_time={rng.uniform(54, 59):.1f}s queue_time=0s splits=720 shards=1 cache_chunk_req=0 cache_chunk_hit=0', ev=(i == 1))
        R.add(qs + 60.01, NG, f'{NGX} [error] 45#45: *{rng.randint(1000000, 9999999)} upstream timed out (110: Operation timed out) while reading response header from upstream, client: {client}, server: {host}, request: "POST /api/ds/query?ds_type=loki&requestId={rid} HTTP/2.0", upstream: "http://{gf_ip}:3000/api/ds/query?ds_type=loki&requestId={rid}", host: "{host}", referrer: "https://{host}/explore"', ev=(i == 0))
        R.add(qs + 60.011, NG, nginx_ingress_access(rng, client, "POST", f"/api/ds/query?ds_type=loki&requestId={rid}", 504, 160, UA_FF, "monitoring-grafana-80", f"{gf_ip}:3000", 60.001, ref=f"https://{host}/explore"))
        R.add(qs + 60.02, GF, f'logger=context userId=1 orgId=1 uname=admin t={ISO9} level=error msg="Request Completed" method=POST path=/api/ds/query status=500 remote_addr={client} time_ms=60019 duration=1m0.019s size=102 referer="https://{host}/explore" handler=/api/ds/query status_source=downstream')
        t = qs + 60.5
    for i in range(4):
        tt = rng.uniform(5, t)
        trace = hexs(rng, 16)
        R.add(tt, LK, f'level=info ts={ISO6} caller=metrics.go:217 component=frontend org_id=fake traceID={trace} latency=fast query="{{namespace=\\"media\\", container=\\"jellyfin\\"}}" query_hash={rng.randint(10**9, 4 * 10**9)} query_type=limited range_type=range length=1h0m0s start_delta=1h0m0.8s end_delta=0.8s step=2s duration={rng.uniform(0.1, 0.9):.6f}s status=200 limit=1000 returned_lines=1000 throughput=41MB total_bytes=18MB')
        R.add(tt + 0.01, NG, nginx_ingress_access(rng, client, "POST", f"/api/ds/query?ds_type=loki&requestId=Q{rng.randint(100, 999)}", 200, rng.randint(20000, 200000), UA_FF, "monitoring-grafana-80", f"{gf_ip}:3000", rng.uniform(0.2, 1.0), ref=f"https://{host}/d/logs"))
    for i in range(3):
        R.add(rng.uniform(5, t), PT, f'level=info ts={ISO6} caller=filetargetmanager.go:372 msg="Adding target" key="/var/log/pods/*{uuid4(rng)}/*/*.log:{{app=\\"n8n\\", container=\\"n8n\\", namespace=\\"automation\\"}}"')
    R.add(t * 0.5, LK, f'level=info ts={ISO6} caller=flush.go:179 component=ingester msg="flushing stream" user=fake fp={hexs(rng, 16)} immediate=false num_chunks=1 total_comp="212 kB" avg_comp="212 kB" total_uncomp="1.3 MB" avg_uncomp="1.3 MB" full=1 idle=0 max_age=0 flush_reason=full labels="{{app=\\"nextcloud\\", namespace=\\"nextcloud\\"}}"')
    return dict(
        question="Grafana Explore gives 504 Gateway Timeout on Loki queries.",
        selector=sel(namespace="monitoring", app="loki"),
        severity="WARN", category="timeout", component="loki",
        root_cause="The failing queries are 30-day (720h) line-filter queries over broad selectors. Single-binary Loki has to download ~20+ GB of chunks from its NFS-backed filesystem store (store_chunks_download_time ≈ 55–59 s) and cannot answer within the 60 s query/ingress timeout, so Loki returns 'context deadline exceeded' and ingress-nginx 504. Short-range queries and ingestion are fine.",
        summary="Three Explore queries with length=720h take exactly 1m0s and fail: Loki logs 'error processing request … context deadline exceeded' and latency=slow status=500 total_bytes≈20–26GB, ingress-nginx logs 'upstream timed out (110: Operation timed out)' and 504, and Grafana records status 500. One-hour queries return in under a second.",
        action="Narrow the queries (shorter range, specific labels before |= filters, or use a metric query). If long-range search is needed, raise Loki's querier.query_timeout/server timeouts together with ingress-nginx proxy-read-timeout, give Loki more CPU and query parallelism, and move chunks from NFS to local disk or S3/MinIO.",
    )


def i_springboot_liveness(rng, R):
    """microk8s on small VMs: Spring Boot starts slower than the liveness probe allows."""
    node = "mk8s-2"
    ipod = dpod(rng, "invoice-service")
    ip = f"10.1.{rng.randint(100, 250)}.{rng.randint(2, 250)}"
    uid = uuid4(rng)
    INV = {"namespace": "billing", "pod": ipod, "container": "invoice-service", "node": node}
    KU = {"job": "systemd-journal", "host": node, "unit": "snap.microk8s.daemon-kubelite.service"}
    EV = {"job": "loki.source.kubernetes_events", "namespace": "billing", "instance": "alloy"}
    NG = {"namespace": "ingress", "pod": dspod(rng, "nginx-ingress-microk8s-controller"), "container": "nginx-ingress-microk8s", "node": "mk8s-1"}
    WEB = {"namespace": "billing", "pod": dpod(rng, "billing-web"), "container": "web"}

    def sb(thread, logger, msg, level="INFO"):
        return f"{ISO} {level:>5} 1 --- [invoice-service] [{thread:>15}] {logger:<40} : {msg}"
    t = 0.0
    for cycle in range(2):
        R.add(t, INV, sb("main", "c.a.invoice.InvoiceServiceApplication", "Starting InvoiceServiceApplication v3.4.2 using Java 21.0.4 with PID 1 (/app/app.jar started by app in /app)"), ev=(cycle == 0))
        R.add(t + 0.3, INV, sb("main", "c.a.invoice.InvoiceServiceApplication", 'The following 1 profile is active: "prod"'))
        R.add(t + 6.2, INV, sb("main", ".s.d.r.c.RepositoryConfigurationDelegate", "Bootstrapping Spring Data JPA repositories in DEFAULT mode."))
        R.add(t + 19.8, INV, sb("main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)"))
        R.add(t + 24.1, INV, sb("main", "w.s.c.ServletWebServerApplicationContext", f"Root WebApplicationContext: initialization completed in {rng.randint(21000, 24000)} ms"), ev=(cycle == 1))
        R.add(t + 26.0, INV, sb("main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting..."))
        R.add(t + 28.3, INV, sb("main", "com.zaxxer.hikari.pool.HikariPool", f"HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@{hexs(rng, 8)}"))
        R.add(t + 31.0, INV, sb("main", "liquibase.changelog", "Reading from public.databasechangelog"))
        R.add(t + 38.5, INV, sb("main", "o.hibernate.jpa.internal.util.LogHelper", "HHH000204: Processing PersistenceUnitInfo [name: default]"))
        for k in range(3):
            pt = t + 31 + k * 5
            R.add(pt, KU, klog("I", 2341, "prober.go:107", f'"Probe failed" probeType="Liveness" pod="billing/{ipod}" podUID="{uid}" containerName="invoice-service" probeResult="failure" output="Get \\"http://{ip}:8080/actuator/health/liveness\\": dial tcp {ip}:8080: connect: connection refused"'), ev=(cycle == 0 and k == 2))
            if k == 0:
                R.add(pt + 0.01, EV, ev_lf(rng, "Pod", ipod, "Unhealthy", f'Liveness probe failed: Get "http://{ip}:8080/actuator/health/liveness": dial tcp {ip}:8080: connect: connection refused', typ="Warning", host=node, count=3 * cycle + 1))
        kt = t + 41.1
        R.add(kt, EV, ev_lf(rng, "Pod", ipod, "Killing", "Container invoice-service failed liveness probe, will be restarted", host=node, count=cycle + 1), ev=(cycle == 0))
        R.add(kt + 0.01, KU, klog("I", 2341, "kuberuntime_container.go:779", f'"Killing container with a grace period" pod="billing/{ipod}" podUID="{uid}" containerName="invoice-service" containerID="containerd://{hexs(rng, 64)}" gracePeriod=30'))
        R.add(kt + 0.3, INV, sb("ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown initiated..."))
        R.add(kt + 0.35, INV, sb("ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed."))
        if cycle == 1:
            R.add(kt + 2, EV, ev_lf(rng, "Pod", ipod, "BackOff", f"Back-off restarting failed container invoice-service in pod {ipod}_billing({uid})", typ="Warning", host=node, count=2))
        t = kt + rng.uniform(10, 20)
    for i in range(4):
        tt = rng.uniform(5, t)
        R.add(tt, NG, nginx_ingress_access(rng, lan(rng), "GET", rng.choice(["/api/invoices?status=open", "/api/invoices/2026-0412/pdf"]), 503, 190, UA_CHROME, "billing-invoice-service-8080", "-", 0.0, proto="HTTP/1.1", ustatus="-"))
    R.add(t * 0.6, WEB, jd({"level": "error", "message": "invoice-service unavailable: Request failed with status code 503", "service": "billing-web", "timestamp": ISO}))
    return dict(
        question="invoice-service never becomes ready after the node move, it just restarts.",
        selector=sel(namespace="billing", app="invoice-service"),
        severity="CRITICAL", category="probe_failure", component="invoice-service",
        root_cause="On the small mk8s-2 VM (CPU limit 500m), invoice-service (Spring Boot, Hibernate, Liquibase) needs well over 45 s to start; the web context alone takes ~22 s. Its liveness probe (initialDelaySeconds 30, periodSeconds 5, failureThreshold 3, no startupProbe) hits /actuator/health/liveness before Tomcat accepts connections. Kubelet kills the JVM at ~41 s every time, before startup finishes.",
        summary="Each start gets through Tomcat init, Hikari and Liquibase, but the liveness probe fails three times with 'connect: connection refused'. Kubelet kills the container ('failed liveness probe, will be restarted'), the JVM shuts down cleanly, and the pod enters BackOff. The application never logs an error; ingress and billing-web get 503 because no endpoint is ever ready.",
        action="Add a startupProbe on /actuator/health/liveness with failureThreshold×periodSeconds ≥ 180 s (or raise initialDelaySeconds), and raise the CPU request/limit so the JVM starts faster (consider CDS/AppCDS or lazy init). Keep the liveness probe for after startup.",
    )


def i_disk_pressure(rng, R):
    """k3s node with a 64 GB SSD: Jellyfin transcodes in an emptyDir fill it, kubelet evicts pods."""
    node = "k3s-w1"
    jfpod = dpod(rng, "jellyfin")
    impod = dpod(rng, "immich-server")
    K3S = {"job": "systemd-journal", "host": node, "unit": "k3s-agent.service"}
    EV = {"namespace": "monitoring", "pod": dpod(rng, "event-exporter"), "container": "event-exporter"}
    JF = {"namespace": "media", "pod": jfpod, "container": "jellyfin", "node": node}
    IS = {"namespace": "immich", "pod": impod, "container": "immich-server", "node": node}
    PT = {"namespace": "monitoring", "pod": dspod(rng, "promtail"), "container": "promtail", "node": node}
    for i in range(3):
        R.add(i * 12.0, JF, f"[{HMS}] [INF] [{rng.randint(40, 90)}] MediaBrowser.MediaEncoding.Transcoding.TranscodeManager: /usr/lib/jellyfin-ffmpeg/ffmpeg -analyzeduration 200M -probesize 1G -f matroska -i file:\"/media/movies/{rng.choice(['Dune Part Two (2024)', 'Oppenheimer (2023)', 'Blade Runner 2049 (2017)'])}/movie.2160p.UHD.BluRay.REMUX.mkv\" -map_metadata -1 -threads 0 -codec:v:0 libx264 -preset veryfast -crf 23 -maxrate 20000000 -f hls -hls_time 3 -hls_segment_type fmp4 -hls_segment_filename \"/cache/transcodes/{hexs(rng, 32)}%d.mp4\" -y \"/cache/transcodes/{hexs(rng, 32)}.m3u8\"")
    R.add(40.0, K3S, klog("I", 1187, "image_gc_manager.go:410", f'"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=93 highThreshold=85 amountToFree={rng.randint(9_000_000_000, 12_000_000_000)} lowThreshold=80'))
    R.add(40.3, K3S, klog("E", 1187, "kubelet.go:1488", f'"Image garbage collection failed multiple times in a row" err="Failed to garbage collect required amount of images. Attempted to free {rng.randint(9_000_000_000, 12_000_000_000)} bytes, but only found {rng.randint(200_000_000, 900_000_000)} bytes eligible to free."'))
    R.add(41.0, EV, ev_json(rng, "default", "Node", node, "NodeHasDiskPressure", f"Node {node} status is now: NodeHasDiskPressure", host=node), ev=True)
    R.add(42.0, K3S, klog("W", 1187, "eviction_manager.go:366", '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"'), ev=True)
    R.add(42.1, K3S, klog("I", 1187, "eviction_manager.go:377", '"Eviction manager: must evict pod(s) to reclaim" resourceName="ephemeral-storage"'))
    R.add(42.2, K3S, klog("I", 1187, "eviction_manager.go:395", f'"Eviction manager: pods ranked for eviction" pods=["media/{jfpod}","immich/{impod}","monitoring/loki-0","kube-system/{dpod(rng, "metrics-server")}"]'))
    used = rng.randint(29_000_000, 33_000_000)
    R.add(42.5, EV, ev_json(rng, "media", "Pod", jfpod, "Evicted", f"The node was low on resource: ephemeral-storage. Threshold quantity: 6679093513, available: {rng.randint(5_200_000, 6_100_000)}Ki. Container jellyfin was using {used}Ki, request is 0, has larger consumption of ephemeral-storage. ", typ="Warning", host=node), ev=True)
    R.add(42.6, JF, f"[{HMS}] [INF] [12] Main: Received a SIGTERM signal. Jellyfin Server is shutting down")
    R.add(44.0, K3S, klog("I", 1187, "eviction_manager.go:616", f'"Eviction manager: pod is evicted successfully" pod="media/{jfpod}"'))
    R.add(60.0, K3S, klog("I", 1187, "eviction_manager.go:616", f'"Eviction manager: pod is evicted successfully" pod="immich/{impod}"'))
    R.add(59.5, EV, ev_json(rng, "immich", "Pod", impod, "Evicted", f"The node was low on resource: ephemeral-storage. Threshold quantity: 6679093513, available: {rng.randint(5_600_000, 6_300_000)}Ki. Container immich-server was using {rng.randint(300_000, 900_000)}Ki, request is 0, has larger consumption of ephemeral-storage. ", typ="Warning", host=node))
    R.add(59.8, IS, f"[Nest] 7  - {NEST}     LOG [Api:Bootstrap] Received SIGTERM, shutting down")
    newjf, newim = dpod(rng, "jellyfin"), dpod(rng, "immich-server")
    R.add(62.0, EV, ev_json(rng, "media", "Pod", newjf, "FailedScheduling", "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.", typ="Warning", comp="default-scheduler"))
    R.add(76.0, EV, ev_json(rng, "immich", "Pod", newim, "FailedScheduling", "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.", typ="Warning", comp="default-scheduler"))
    R.add(95.0, EV, ev_json(rng, "default", "Node", node, "FreeDiskSpaceFailed", f"Failed to garbage collect required amount of images. Attempted to free {rng.randint(9_000_000_000, 12_000_000_000)} bytes, but only found {rng.randint(200_000_000, 900_000_000)} bytes eligible to free.", typ="Warning", host=node))
    R.add(20.0, PT, f'level=warn ts={ISO6} caller=client.go:430 component=client host=loki.monitoring.svc:3100 msg="error sending batch, will retry" status=429 tenant= error="server returned HTTP status 429 Too Many Requests (429): Ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec) while attempting to ingest \'412\' lines totaling \'1048576\' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased"')
    R.add(21.0, PT, f'level=info ts={ISO6} caller=client.go:420 component=client host=loki.monitoring.svc:3100 msg="batch sent" status=204')
    for i in range(4):
        R.add(5 + i * 7.5, JF, f"[{HMS}] [INF] [{rng.randint(40, 90)}] Jellyfin.Api.Controllers.DynamicHlsController: Current HLS implementation doesn't support non-keyframe breaks but one is requested, ignoring that request")
    for i in range(2):
        R.add(70 + i * 20, K3S, klog("W", 1187, "eviction_manager.go:366", '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"'))
    return dict(
        question="Why were Jellyfin and Immich evicted from k3s-w1?",
        selector=sel(node="k3s-w1"),
        severity="ERROR", category="resource_exhausted", component="jellyfin",
        root_cause="Jellyfin writes its HLS transcode segments to an emptyDir (/cache/transcodes) on k3s-w1's small root SSD. Several concurrent 4K remux transcodes grew it to ~30 GiB, the node crossed the ephemeral-storage eviction threshold (DiskPressure), image GC could not free enough, and kubelet evicted pods, starting with jellyfin.",
        summary="During three 4K transcodes, kubelet on k3s-w1 reports image-fs usage at 93% and image GC failing, and the node gets NodeHasDiskPressure. The eviction manager evicts jellyfin ('Container jellyfin was using ~30 GiB … ephemeral-storage') and then immich-server. The replacements can't be scheduled: disk-pressure taint on k3s-w1, and affinity or memory on the other nodes. Promtail's one 429 from Loki is an unrelated transient.",
        action="Move Jellyfin's transcode directory to a dedicated PVC or give the emptyDir a sizeLimit, set ephemeral-storage requests/limits, and enable Jellyfin's segment deletion/throttling. Clean up the node (old transcodes, `crictl rmi --prune`) so the taint clears. Consider a larger disk for k3s-w1.",
    )


def i_pihole_blocklist(rng, R):
    """k3s: CoreDNS forwards to Pi-hole; a new aggressive blocklist NXDOMAINs the SMTP provider."""
    PH = {"namespace": "dns", "pod": dpod(rng, "pihole"), "container": "pihole"}
    CD = {"namespace": "kube-system", "pod": dpod(rng, "coredns"), "container": "coredns"}
    GT = {"namespace": "gitea", "pod": dpod(rng, "gitea"), "container": "gitea"}
    NC = {"namespace": "nextcloud", "pod": dpod(rng, "nextcloud"), "container": "nextcloud"}
    VW = {"namespace": "vaultwarden", "pod": "vaultwarden-0", "container": "vaultwarden"}
    cd_ip = pip(rng)
    R.add(0.0, PH, "  [i] Target: https://raw.githubusercontent.com/hagezi/dns-blocklists/main/adblock/ultimate.txt")
    R.add(2.1, PH, "  [✓] Status: Retrieval successful")
    R.add(2.9, PH, f"  [i] Imported {rng.randint(250000, 330000)} domains, ignoring {rng.randint(10, 90)} non-domain entries", ev=True)
    R.add(9.0, PH, f"  [i] Number of gravity domains: {rng.randint(1_200_000, 1_400_000)} ({rng.randint(1_000_000, 1_150_000)} unique domains)")
    R.add(9.5, PH, "  [✓] Done.")
    t = 40.0
    for i in range(4):
        t += rng.uniform(20, 60)
        qid = rng.randint(10000, 65000)
        R.add(t, CD, f'[INFO] {pip(rng)}:{rng.randint(30000, 60000)} - {qid} "A IN smtp.sendgrid.net. udp 46 false 1232" NXDOMAIN qr,rd,ra 46 {rng.uniform(0.002, 0.01):.9f}s', ev=(i == 1))
        R.add(t - 0.001, PH, f"{SYSLOG} dnsmasq[52]: query[A] smtp.sendgrid.net from 10.42.0.1")
        R.add(t - 0.0009, PH, f"{SYSLOG} dnsmasq[52]: gravity blocked smtp.sendgrid.net is NXDOMAIN", ev=(i == 0))
        if i % 2 == 0:
            R.add(t + 0.01, GT, f"{NGX} ...ices/mailer/mailer.go:374:process() [E] Failed to send emails [{rng.choice(['anna@example.net', 'ops@example.org'])}]: failed to establish network connection to SMTP server: dial tcp: lookup smtp.sendgrid.net on 10.43.0.10:53: no such host", ev=(i == 0))
        else:
            R.add(t + 0.01, NC, jd({"reqId": k8s_rand(rng, 20), "level": 3, "time": ISOOFF, "remoteAddr": lan(rng), "user": "anna", "app": "core", "method": "POST", "url": "/ocs/v2.php/apps/files_sharing/api/v1/shares",
                                     "message": "Sending mail to \"[\\\"max@example.net\\\"]\" failed", "userAgent": UA_FF, "version": "29.0.7.1",
                                     "exception": {"Exception": "Symfony\\Component\\Mailer\\Exception\\TransportException", "Message": "Connection could not be established with host \"smtp.sendgrid.net:587\": stream_socket_client(): php_network_getaddresses: getaddrinfo for smtp.sendgrid.net failed: Name or service not known", "Code": 0}}))
    for d, a in [("github.com", "140.82.121.4"), ("registry-1.docker.io", "54.227.20.253"), ("api.github.com", "140.82.121.6")]:
        tt = rng.uniform(40, t)
        R.add(tt, PH, f"{SYSLOG} dnsmasq[52]: query[A] {d} from 10.42.0.1")
        R.add(tt + 0.0004, PH, f"{SYSLOG} dnsmasq[52]: cached {d} is {a}")
        R.add(tt + 0.001, CD, f'[INFO] {pip(rng)}:{rng.randint(30000, 60000)} - {rng.randint(10000, 65000)} "A IN {d}. udp 40 false 1232" NOERROR qr,rd,ra 84 {rng.uniform(0.001, 0.004):.9f}s')
    for d in ["doubleclick.net", "app-measurement.com"]:
        tt = rng.uniform(40, t)
        R.add(tt, PH, f"{SYSLOG} dnsmasq[52]: gravity blocked {d} is NXDOMAIN")
    R.add(t * 0.7, VW, f"[{SP}][vaultwarden::mail][ERROR] Error sending email: Connection error: failed to lookup address information: Name or service not known (smtp.sendgrid.net:587)")
    return dict(
        question="Nobody gets notification emails anymore (Gitea, Nextcloud, Vaultwarden).",
        selector=None,
        severity="ERROR", category="dns_resolution", component="pihole",
        root_cause="A newly added aggressive adblock-style list in Pi-hole (hagezi ultimate) blocks sendgrid domains. CoreDNS forwards external names to Pi-hole, so smtp.sendgrid.net now resolves to NXDOMAIN for every pod, and Gitea, Nextcloud and Vaultwarden can't reach their SMTP relay.",
        summary="After the gravity update imported the new list, Pi-hole logs 'gravity blocked smtp.sendgrid.net is NXDOMAIN' for queries coming from the cluster, and CoreDNS returns NXDOMAIN to the pods. Gitea fails with 'lookup smtp.sendgrid.net on 10.43.0.10:53: no such host', Nextcloud with 'getaddrinfo for smtp.sendgrid.net failed', Vaultwarden with 'Name or service not known'. Other names resolve normally.",
        action="Allowlist smtp.sendgrid.net (and api.sendgrid.com) in Pi-hole or drop that list, then run `pihole reloaddns`. Consider pointing CoreDNS's forward at a non-filtering upstream for cluster workloads, and re-send the failed notifications (Gitea mail queue, Nextcloud shares, Vaultwarden invites).",
    )


def i_traefik_rbac(rng, R):
    """kubeadm + Flux: Traefik v2 -> v3 upgrade without the new EndpointSlice RBAC -> 503 everywhere."""
    tpod = dpod(rng, "traefik")
    TR = {"namespace": "traefik", "pod": tpod, "container": "traefik", "node": "kube-w1"}
    FX = {"namespace": "flux-system", "pod": dpod(rng, "kustomize-controller"), "container": "manager"}
    EV = {"namespace": "monitoring", "pod": dpod(rng, "event-exporter"), "container": "event-exporter"}
    KU = {"namespace": "monitoring", "pod": "uptime-kuma-0", "container": "uptime-kuma"}
    rev = f"main@sha1:{hexs(rng, 40)}"
    R.add(0.0, FX, jd({"level": "info", "ts": ISO, "msg": "server-side apply for cluster definitions completed", "controller": "kustomization", "controllerGroup": "kustomize.toolkit.fluxcd.io",
                       "controllerKind": "Kustomization", "Kustomization": {"name": "traefik", "namespace": "flux-system"}, "namespace": "flux-system", "name": "traefik",
                       "reconcileID": uuid4(rng), "output": {"CustomResourceDefinition/ingressroutes.traefik.io": "configured", "CustomResourceDefinition/middlewares.traefik.io": "configured"}}))
    R.add(0.8, FX, jd({"level": "info", "ts": ISO, "msg": "server-side apply completed", "controller": "kustomization", "controllerGroup": "kustomize.toolkit.fluxcd.io",
                       "controllerKind": "Kustomization", "Kustomization": {"name": "traefik", "namespace": "flux-system"}, "namespace": "flux-system", "name": "traefik",
                       "reconcileID": uuid4(rng), "output": {"ClusterRole/traefik": "unchanged", "Deployment/traefik/traefik": "configured", "ServiceAccount/traefik/traefik": "unchanged"}, "revision": rev}), ev=True)
    R.add(2.0, EV, ev_json(rng, "traefik", "Pod", tpod, "Pulled", 'Successfully pulled image "docker.io/traefik:v3.1.6" in 4.212s (4.212s including waiting). Image size: 48613242 bytes.', host="kube-w1"))
    R.add(3.0, TR, f"{ISOS} INF Traefik version 3.1.6 built on 2024-10-09T12:42:24Z version=3.1.6")
    R.add(3.01, TR, f"{ISOS} INF Stats collection is disabled.")
    R.add(3.1, TR, f"{ISOS} INF Starting provider aggregator *aggregator.ProviderAggregator")
    R.add(3.11, TR, f"{ISOS} INF Starting provider *crd.Provider")
    R.add(3.12, TR, f"{ISOS} INF label selector is: \"\" providerName=kubernetescrd")
    R.add(3.13, TR, f"{ISOS} INF Creating in-cluster Provider client providerName=kubernetescrd")
    R.add(3.14, TR, f"{ISOS} INF Starting provider *ingress.Provider")
    t = 3.5
    for i in range(4):
        R.add(t, TR, f'{ISOS} ERR k8s.io/client-go@v0.31.1/tools/cache/reflector.go:158 > Unhandled Error error="pkg/mod/k8s.io/client-go@v0.31.1/tools/cache/reflector.go:243: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User \\"system:serviceaccount:traefik:traefik\\" cannot list resource \\"endpointslices\\" in API group \\"discovery.k8s.io\\" at the cluster scope" logger=UnhandledError', ev=(i in (0, 3)))
        t += [1, 2, 4, 8][i] + rng.uniform(0, 1)
    routes = [("vault.example.net", "vaultwarden-vaultwarden@kubernetescrd", "vaultwarden-vaultwarden-80@kubernetescrd"),
              ("cloud.example.net", "nextcloud-nextcloud@kubernetescrd", "nextcloud-nextcloud-8080@kubernetescrd"),
              ("git.example.net", "gitea-gitea@kubernetescrd", "gitea-gitea-http-3000@kubernetescrd")]
    for i in range(11):
        tt = 5 + i * rng.uniform(2, 6)
        h, r, s = rng.choice(routes)
        R.add(tt, TR, traefik_json(rng, lan(rng) if i % 2 else pub(rng).replace("45.148.10", "84.171.23"), "GET", rng.choice(["/", "/api/sync", "/status.php", "/api/v1/version"]), 503, h, r, s, None, rng.uniform(0.05, 0.3), 19, origin=0), ev=(i == 2))
    for mid, name in [(2, "Vaultwarden"), (3, "Nextcloud"), (6, "Gitea")]:
        R.add(rng.uniform(10, 40), KU, f"{ISOOFF} [MONITOR] WARN: Monitor #{mid} '{name}': Failing: Request failed with status code 503 | Interval: 60 seconds | Type: http | Down Count: 0 | Resend Interval: 0")
    return dict(
        question="Every site behind Traefik returns 503 since the Flux upgrade.",
        selector=sel(namespace="traefik"),
        severity="CRITICAL", category="auth_failure", component="traefik",
        root_cause="Flux upgraded Traefik from v2.11 to v3.1.6, but the hand-maintained ClusterRole/traefik stayed unchanged. It grants no list/watch on endpointslices.discovery.k8s.io, which the v3 Kubernetes providers use instead of Endpoints. RBAC forbids the watch, Traefik discovers no backend servers, and every router answers 503.",
        summary="Flux applies the new Traefik deployment, leaving ClusterRole/traefik 'unchanged'. The v3 pod starts its providers and then repeatedly logs 'endpointslices.discovery.k8s.io is forbidden: User \"system:serviceaccount:traefik:traefik\" cannot list resource \"endpointslices\"'. All routes (Vaultwarden, Nextcloud, Gitea) return 503 with no upstream, and Uptime Kuma reports every site down.",
        action="Add get/list/watch on endpointslices (group discovery.k8s.io) to ClusterRole/traefik, using the RBAC from Traefik v3's docs/Helm chart, including the traefik.io CRD groups. Commit it so Flux applies it, or roll back to v2.11. Verify with `kubectl auth can-i list endpointslices.discovery.k8s.io --as=system:serviceaccount:traefik:traefik`.",
    )


def i_redis_noeviction(rng, R):
    """Small company: shared Redis (Authelia sessions + BullMQ queues) at maxmemory with noeviction."""
    AU = {"namespace": "auth", "pod": dpod(rng, "authelia"), "container": "authelia"}
    RD = {"namespace": "shared", "pod": "redis-master-0", "container": "redis"}
    APP = {"namespace": "shop", "pod": dpod(rng, "shop-web"), "container": "shop-web"}
    WK = {"namespace": "shop", "pod": dpod(rng, "shop-worker"), "container": "worker"}
    TR = {"namespace": "traefik", "pod": dpod(rng, "traefik"), "container": "traefik"}
    oom = "OOM command not allowed when used memory > 'maxmemory'."
    R.add(0.0, RD, f"1:M {REDIS} * 100 changes in 300 seconds. Saving...")
    R.add(0.01, RD, f"1:M {REDIS} * Background saving started by pid {rng.randint(3000, 9000)}")
    R.add(2.4, RD, f"{rng.randint(3000, 9000)}:C {REDIS} * DB saved on disk")
    R.add(2.41, RD, f"{rng.randint(3000, 9000)}:C {REDIS} * Fork CoW for RDB: current 3 MB, peak 3 MB, average 2 MB")
    R.add(2.5, RD, f"1:M {REDIS} * Background saving terminated with success")
    t = 3.0
    users = ["anna", "max", "lena", "tobias"]
    for i in range(7):
        t += rng.uniform(4, 15)
        u = rng.choice(users)
        R.add(t, AU, f'time="{ISOS}" level=error msg="Unable to regenerate session for user \'{u}\': {oom}" method=POST path=/api/firstfactor remote_ip={lan(rng)}', ev=(i in (0, 3)))
        R.add(t + 0.01, TR, traefik_clf(rng, lan(rng), "GET", rng.choice(["/admin/orders", "/dashboard", "/"]), 401, 17, UA_CHROME, "shop-admin@kubernetescrd", f"http://{pip(rng)}:3000", rng.uniform(3, 9)))
    for i in range(3):
        tt = rng.uniform(5, t)
        R.add(tt, APP, jd({"level": "error", "message": f"Failed to enqueue job email:order-confirmation: ReplyError: {oom}", "service": "shop-web", "orderId": f"SO-{rng.randint(20000, 29999)}", "timestamp": ISO}), ev=(i == 0))
    for i in range(2):
        R.add(rng.uniform(2, t), APP, jd({"level": "info", "message": "GET /products 200", "service": "shop-web", "durationMs": rng.randint(8, 60), "timestamp": ISO}))
    R.add(t * 0.4, WK, jd({"level": "warn", "message": "Queue email has 48211 completed jobs retained (removeOnComplete not set)", "service": "shop-worker", "timestamp": ISO}), ev=True)
    R.add(t * 0.6, WK, jd({"level": "error", "message": f"Error: {oom}\n    at RedisConnection.execCommand (/app/node_modules/bullmq/dist/cjs/classes/redis-connection.js:206:19)", "service": "shop-worker", "timestamp": ISO}))
    R.add(t * 0.5, RD, f"1:M {REDIS} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.")
    for i in range(3):
        R.add(rng.uniform(5, t), AU, f'time="{ISOS}" level=info msg="Access to https://shop.example.com/admin/orders (method GET) is not authorized to user <anonymous>, responding with status code 401 with location redirect to https://auth.example.com/?rd=https%3A%2F%2Fshop.example.com%2Fadmin%2Forders&rm=GET" method=GET path=/api/authz/forward-auth remote_ip={lan(rng)}')
    return dict(
        question="Staff can't log in through Authelia and order emails aren't queued.",
        selector=sel(namespace="shared", pod="redis-master-0"),
        severity="ERROR", category="oom_killed", component="redis",
        root_cause="The shared Redis has reached its maxmemory with maxmemory-policy noeviction (BullMQ requires noeviction). BullMQ keeps every completed job because removeOnComplete is not set, so memory has filled up. Redis now rejects all writes with 'OOM command not allowed when used memory > maxmemory', and Authelia cannot store sessions.",
        summary="Authelia logs 'Unable to regenerate session … OOM command not allowed when used memory > 'maxmemory'' for every login, so users stay unauthenticated (401 redirects at Traefik). shop-web cannot enqueue order-confirmation emails, and shop-worker reports 48k retained completed jobs. Redis itself is up and snapshots normally. The memory overcommit warning is unrelated.",
        action="Free memory now: trim the BullMQ completed sets (queue.clean / obliterate old completed jobs) or raise maxmemory and the pod's memory limit. Then set removeOnComplete/removeOnFail on the queues, and put Authelia sessions on their own Redis (or DB index with its own instance) so queue growth can't lock users out.",
    )


def i_minio_quorum(rng, R):
    """Distributed MinIO (4 pods): USB SSD on k3s-w3 drops off, two drives offline, write quorum lost."""
    node = "k3s-w3"
    M0 = {"namespace": "storage", "pod": "minio-0", "container": "minio", "node": "k3s-w1"}
    M2 = {"namespace": "storage", "pod": "minio-2", "container": "minio", "node": node}
    KER = {"job": "systemd-journal", "host": node, "transport": "kernel"}
    LK = {"namespace": "monitoring", "pod": "loki-0", "container": "loki"}
    PGP = {"namespace": "databases", "pod": "pg-main-1", "container": "postgres"}
    GT = {"namespace": "gitea", "pod": dpod(rng, "gitea"), "container": "gitea"}
    dep = uuid4(rng)
    R.add(0.0, KER, "usb 2-1: reset SuperSpeed USB device number 2 using xhci_hcd")
    R.add(4.2, KER, "usb 2-1: USB disconnect, device number 2", ev=True)
    R.add(4.25, KER, "sd 0:0:0:0: [sda] Synchronizing SCSI cache")
    R.add(4.3, KER, "sd 0:0:0:0: [sda] Synchronize Cache(10) failed: Result: hostbyte=DID_NO_CONNECT driverbyte=DRIVER_OK")
    R.add(4.6, KER, f"I/O error, dev sda, sector {rng.randint(10**8, 4 * 10**8)} op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 2", ev=True)
    R.add(4.7, KER, "EXT4-fs error (device sda1): ext4_find_entry:1682: inode #2: comm minio: reading directory lblock 0")
    R.add(4.75, KER, "Buffer I/O error on dev sda1, logical block 0, lost sync page write")
    R.add(4.8, KER, "EXT4-fs (sda1): I/O error while writing superblock")
    R.add(6.0, M2, "API: SYSTEM.storage")
    R.add(6.001, M2, f"Time: {MINIO}")
    R.add(6.002, M2, f"DeploymentID: {dep}")
    R.add(6.003, M2, "Error: Drive /export returned an unexpected error: input/output error, please investigate - drive will be offline (*fmt.wrapError)")
    R.add(8.0, M0, "API: SYSTEM.grid")
    R.add(8.001, M0, f"Time: {MINIO}")
    R.add(8.002, M0, f"DeploymentID: {dep}")
    R.add(8.003, M0, "Error: Drive http://minio-2.minio-hl.storage.svc.cluster.local:9000/export is offline, http://minio-3.minio-hl.storage.svc.cluster.local:9000/export is offline (2/4 drives online) (*errors.errorString)", ev=True)
    t = 12.0
    for i in range(3):
        t += rng.uniform(5, 20)
        obj = f"fake/{hexs(rng, 16)}/{hexs(rng, 11)}:{hexs(rng, 11)}:{hexs(rng, 8)}"
        R.add(t, M0, f"API: PutObject(bucket=loki, object={obj})")
        R.add(t + 0.001, M0, f"Time: {MINIO}")
        R.add(t + 0.002, M0, f"RequestID: {hexs(rng, 16).upper()}")
        R.add(t + 0.003, M0, f"Error: Storage resources are insufficient for the write operation loki/{obj} (cmd.InsufficientWriteQuorum)", ev=(i == 0))
        R.add(t + 0.05, LK, f'level=error ts={ISO6} caller=flush.go:143 org_id=fake msg="failed to flush" err="failed to flush chunks: store put chunk: XMinioWriteQuorum: Multiple disk failures, unable to write data.\\n\\tstatus code: 503, request id: {hexs(rng, 16).upper()}, host id: {hexs(rng, 64)}, num_chunks: 1, labels: {{app=\\"{rng.choice(["nextcloud", "gitea", "jellyfin"])}\\", namespace=\\"apps\\"}}"', ev=(i == 1))
    R.add(t + 3, PGP, jd({"level": "info", "ts": ISO6, "logger": "barman-cloud-wal-archive", "msg": f"{PY} [{rng.randint(100, 999)}] ERROR: Barman cloud WAL archiver exception: An error occurred (XMinioWriteQuorum) when calling the PutObject operation: Multiple disk failures, unable to write data.", "pipe": "stderr", "logging_pod": "pg-main-1"}))
    R.add(t + 3.1, PGP, jd({"level": "error", "ts": ISO6, "logger": "wal-archive", "msg": "failed to run wal-archive command", "logging_pod": "pg-main-1", "error": "unexpected failure invoking barman-cloud-wal-archive: exit status 4"}))
    R.add(t + 3.2, PGP, jd({"level": "info", "ts": ISO6, "logger": "postgres", "msg": "record", "logging_pod": "pg-main-1",
                            "record": {"log_time": PG, "process_id": "41", "session_id": f"{hexs(rng, 8)}.29", "session_line_num": "812", "session_start_time": fmt("sec", R.base) + " UTC",
                                       "transaction_id": "0", "error_severity": "WARNING", "sql_state_code": "01000", "message": f"archiving write-ahead log file \"0000000100000004000000{rng.randint(10, 99)}\" failed too many times, will try again later", "backend_type": "archiver", "query_id": "0"}}))
    for i in range(3):
        R.add(rng.uniform(14, t), GT, f"{NGX} ...eb/routing/logger.go:102:func1() [I] router: completed GET /acme/homelab/raw/branch/main/README.md for {pip(rng)}:0, 200 OK in {rng.uniform(8, 40):.1f}ms @ repo/download.go:134(repo.SingleDownload)")
    return dict(
        question="Loki stopped flushing and Postgres WAL archiving fails — both use MinIO.",
        selector=sel(namespace="storage"),
        severity="CRITICAL", category="storage", component="minio",
        root_cause="The USB SSD on k3s-w3, which holds the local-path volumes of two of the four MinIO pods (minio-2 and minio-3), reset and disconnected from the bus; the kernel logs I/O errors on /dev/sda. With 2 of 4 drives offline the erasure set has lost write quorum, so every PutObject fails with InsufficientWriteQuorum (XMinioWriteQuorum). Reads still work, but new data only accumulates in Loki's WAL and pg_wal.",
        summary="Kernel on k3s-w3: 'usb 2-1: USB disconnect', SCSI cache sync failed, 'I/O error, dev sda', ext4 errors. MinIO then marks /export on minio-2/-3 offline ('2/4 drives online') and rejects writes with 'Storage resources are insufficient for the write operation'. Loki fails to flush chunks (XMinioWriteQuorum, 503) and CNPG's barman-cloud WAL archiving fails, so WAL files pile up on pg-main-1. Data is at risk if this lasts.",
        action="Reconnect or replace the disk on k3s-w3 (and consider disabling UAS for that enclosure via usb-storage quirks), remount it, restart minio-2/minio-3 and let MinIO heal (`mc admin heal -r`). Check that Loki flushes and that `cnpg status` shows WAL archiving working again. Spread MinIO pods over nodes/disks with pod anti-affinity so one device can't take out two drives.",
    )


def i_vaultwarden_domain(rng, R):
    """Argo CD syncs a ConfigMap with DOMAIN lacking the scheme; Vaultwarden exits on config validation."""
    vpod = "vaultwarden-0"
    uid = uuid4(rng)
    VW = {"namespace": "vaultwarden", "pod": vpod, "container": "vaultwarden", "node": "k3s-w1"}
    AR = {"namespace": "argocd", "pod": "argocd-application-controller-0", "container": "argocd-application-controller"}
    EV = {"job": "loki.source.kubernetes_events", "namespace": "vaultwarden", "instance": "alloy"}
    TR = {"namespace": "kube-system", "pod": dpod(rng, "traefik"), "container": "traefik"}
    KU = {"namespace": "monitoring", "pod": "uptime-kuma-0", "container": "uptime-kuma"}
    R.add(0.0, AR, f'time="{ISOS}" level=info msg="Applying resource ConfigMap/vaultwarden-env in cluster: https://kubernetes.default.svc, namespace: vaultwarden"', ev=True)
    R.add(0.1, AR, f'time="{ISOS}" level=info msg="Applying resource StatefulSet/vaultwarden in cluster: https://kubernetes.default.svc, namespace: vaultwarden"')
    R.add(0.6, AR, f'time="{ISOS}" level=info msg="Updating operation state. phase: Running -> Succeeded, message: \'successfully synced (all tasks run)\'" application=argocd/vaultwarden syncId={rng.randint(10000, 99999)}-{k8s_rand(rng, 5)}')
    banner = [
        "/--------------------------------------------------------------------\\",
        "|                        Starting Vaultwarden                        |",
        "|                           Version 1.32.1                           |",
        "|--------------------------------------------------------------------|",
        "| This is an *unofficial* Bitwarden implementation, DO NOT use the   |",
        "| official channels to report bugs/features, regardless of client.   |",
        "| Send usage/configuration questions or feature requests to:         |",
        "|   https://github.com/dani-garcia/vaultwarden/discussions or        |",
        "|   https://vaultwarden.discourse.group/                             |",
        "| Report suspected bugs/issues in the software itself at:            |",
        "|   https://github.com/dani-garcia/vaultwarden/issues/new            |",
        "\\--------------------------------------------------------------------/",
    ]
    t = 8.0
    for cycle in range(3):
        if cycle == 1:
            for k, b in enumerate(banner):
                R.add(t + k * 0.0005, VW, b)
        else:
            R.add(t, VW, banner[1])
            R.add(t + 0.0005, VW, banner[2])
        R.add(t + 0.02, VW, "Error loading config:")
        R.add(t + 0.0201, VW, "  DOMAIN variable needs to contain the protocol (http, https). Use 'http[s]://bw.domain.tld' instead of 'bw.domain.tld'", ev=(cycle in (0, 2)))
        if cycle > 0:
            R.add(t + 1.0, EV, ev_lf(rng, "Pod", vpod, "BackOff", f"Back-off restarting failed container vaultwarden in pod {vpod}_vaultwarden({uid})", typ="Warning", host="k3s-w1", count=cycle + 1), ev=(cycle == 2))
        t += [10, 20, 40][cycle] + rng.uniform(1, 3)
    for i in range(5):
        R.add(rng.uniform(9, t), TR, traefik_json(rng, lan(rng), rng.choice(["GET", "POST"]), rng.choice(["/api/sync", "/identity/connect/token", "/notifications/hub/negotiate"]), 503, "vault.example.net", "vaultwarden-vaultwarden-vault-example-net@kubernetes", "vaultwarden-vaultwarden-80@kubernetes", None, rng.uniform(0.05, 0.2), 19, origin=0))
    R.add(40.0, KU, f"{ISOOFF} [MONITOR] WARN: Monitor #2 'Vaultwarden': Failing: Request failed with status code 503 | Interval: 60 seconds | Type: http | Down Count: 0 | Resend Interval: 0")
    return dict(
        question="Vaultwarden is down after the last Git push, can you tell why?",
        selector=sel(namespace="vaultwarden"),
        severity="CRITICAL", category="config_error", component="vaultwarden",
        root_cause="The vaultwarden-env ConfigMap that Argo CD just synced sets DOMAIN=vault.example.net without the scheme. Vaultwarden validates DOMAIN at startup, prints 'Error loading config: DOMAIN variable needs to contain the protocol (http, https)' and exits, so the single pod crash-loops and the vault is unavailable.",
        summary="Right after Argo CD applied ConfigMap/vaultwarden-env, every Vaultwarden start prints the banner followed by 'Error loading config: DOMAIN variable needs to contain the protocol' and exits, and the pod goes into BackOff. Traefik returns 503 for all vault.example.net requests (no ready endpoint), and Uptime Kuma alerts.",
        action="Set DOMAIN=https://vault.example.net in the ConfigMap in Git and let Argo CD sync (or hot-fix the ConfigMap and delete the pod). Confirm the pod starts and clients sync. Adding a config lint or review step for that repo would catch this.",
    )


def i_ha_scheduling(rng, R):
    """k3s: node cordoned for maintenance; HA's local-path PV pins it to that node -> Pending."""
    EV = {"namespace": "monitoring", "pod": dpod(rng, "event-exporter"), "container": "event-exporter"}
    HA = {"namespace": "home", "pod": "home-assistant-0", "container": "home-assistant", "node": "k3s-w2"}
    MQ = {"namespace": "home", "pod": dpod(rng, "mosquitto"), "container": "mosquitto", "node": "k3s-w1"}
    ZB = {"namespace": "home", "pod": dpod(rng, "zigbee2mqtt"), "container": "zigbee2mqtt", "node": "rpi-zigbee"}
    TR = {"namespace": "kube-system", "pod": dpod(rng, "traefik"), "container": "traefik"}
    R.add(0.0, EV, ev_json(rng, "default", "Node", "k3s-w2", "NodeNotSchedulable", "Node k3s-w2 status is now: NodeNotSchedulable", host="k3s-w2"), ev=True)
    R.add(1.0, EV, ev_json(rng, "home", "Pod", "home-assistant-0", "Killing", "Stopping container home-assistant", host="k3s-w2"))
    R.add(1.1, HA, f"{SP} INFO (MainThread) [homeassistant.core] Stopping Home Assistant")
    R.add(1.5, HA, f"{SP} INFO (MainThread) [homeassistant.components.recorder.core] Shutting down recorder")
    R.add(2.2, HA, f"{SP} WARNING (MainThread) [homeassistant.core] Shutdown stage 'final write': done")
    R.add(2.5, MQ, f"{EPOCHS}: Client homeassistant closed its connection.")
    R.add(50.0, MQ, f"{EPOCHS}: Saving in-memory database to /mosquitto/data/mosquitto.db.")
    t = 4.0
    fs = "0/4 nodes are available: 1 node(s) were unschedulable, 3 node(s) had volume node affinity conflict. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling."
    for i in range(5):
        R.add(t, EV, ev_json(rng, "home", "Pod", "home-assistant-0", "FailedScheduling", fs, typ="Warning", comp="default-scheduler", count=i + 1), ev=(i in (0, 4)))
        t += [5, 10, 30, 60, 120][i] + rng.uniform(0, 3)
    other = dpod(rng, "esphome")
    R.add(3.0, EV, ev_json(rng, "home", "Pod", other, "Scheduled", f"Successfully assigned home/{other} to k3s-w1", comp="default-scheduler"))
    for i in range(8):
        R.add(rng.uniform(5, t), TR, traefik_json(rng, lan(rng), "GET", rng.choice(["/api/websocket", "/auth/authorize", "/"]), 503, "ha.example.net", "home-home-assistant-ha-example-net@kubernetes", "home-home-assistant-8123@kubernetes", None, rng.uniform(0.05, 0.2), 19, origin=0))
    for i in range(6):
        R.add(rng.uniform(5, t), ZB, f"Zigbee2MQTT:info  {SEC}: MQTT publish: topic 'zigbee2mqtt/{rng.choice(['hallway_motion', 'living_room_th', 'bedroom_window'])}', payload '{{\"battery\":{rng.randint(80, 100)},\"linkquality\":{rng.randint(40, 120)}}}'")
    R.add(t * 0.5, ZB, f"Zigbee2MQTT:warning {SEC}: Home Assistant is offline (homeassistant/status = offline)")
    return dict(
        question="Home Assistant has been down since I did maintenance on k3s-w2.",
        selector=sel(namespace="home", pod="home-assistant-0"),
        severity="CRITICAL", category="scheduling", component="home-assistant",
        root_cause="k3s-w2 was cordoned/drained for maintenance and left unschedulable. Home Assistant's PVC is a local-path volume whose PV has node affinity to k3s-w2, so home-assistant-0 fits on no node: 1 node unschedulable, 3 nodes with volume node affinity conflict. The pod stays Pending.",
        summary="After k3s-w2 went NodeNotSchedulable and HA was stopped there, the scheduler keeps reporting '0/4 nodes are available: 1 node(s) were unschedulable, 3 node(s) had volume node affinity conflict' for home-assistant-0. Other home pods rescheduled fine, Zigbee2MQTT and Mosquitto run but report HA offline, and Traefik returns 503 for ha.example.net.",
        action="If the maintenance is done, `kubectl uncordon k3s-w2` and HA is scheduled back immediately. Longer term, move HA's config volume to replicated storage (Longhorn/NFS) or document that k3s-w2 must not stay cordoned.",
    )


def i_booking_api_exception(rng, R):
    """k0s small company: FastAPI booking-api 2.8.0 raises AttributeError on open-ended bookings."""
    bpod = dpod(rng, "booking-api")
    BA = {"namespace": "booking", "pod": bpod, "container": "api"}
    WEB = {"namespace": "booking", "pod": dpod(rng, "booking-web"), "container": "web"}
    NG = {"namespace": "ingress-nginx", "pod": dpod(rng, "ingress-nginx-controller"), "container": "controller"}
    EV = {"namespace": "monitoring", "pod": dpod(rng, "event-exporter"), "container": "event-exporter"}
    PGL = {"namespace": "booking", "pod": "booking-db-1", "container": "postgres"}
    ba_ip = pip(rng, "10.244")
    R.add(0.0, EV, ev_json(rng, "booking", "Pod", bpod, "Pulled", 'Successfully pulled image "registry.example.com/acme/booking-api:2.8.0" in 2.81s (2.81s including waiting). Image size: 71233410 bytes.', host="k0s-w2"), ev=True)
    R.add(1.0, BA, "INFO:     Started server process [1]")
    R.add(1.01, BA, "INFO:     Waiting for application startup.")
    R.add(1.4, BA, "INFO:     Application startup complete.")
    R.add(1.41, BA, "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)")
    tb = [
        "ERROR:    Exception in ASGI application",
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py", line 401, in run_asgi',
        "    result = await app(  # type: ignore[func-returns-value]",
        '  File "/usr/local/lib/python3.12/site-packages/fastapi/routing.py", line 212, in run_endpoint_function',
        "    return await dependant.call(**values)",
        '  File "/app/booking/api/bookings.py", line 88, in create_booking',
        "    end_local = to_local(payload.end, resource.timezone)",
        '  File "/app/booking/slots.py", line 57, in to_local',
        "    return dt.astimezone(ZoneInfo(tz)).replace(tzinfo=None)",
        "AttributeError: 'NoneType' object has no attribute 'astimezone'",
    ]
    t = 5.0
    for k in range(3):
        t += rng.uniform(8, 25)
        client = pip(rng, "10.244")
        R.add(t, BA, f'INFO:     {client}:{rng.randint(30000, 60000)} - "GET /api/v1/slots?resource={rng.randint(1, 20)}&date={R.at(t).strftime("%Y-%m-%d")} HTTP/1.1" 200 OK')
        t += rng.uniform(2, 6)
        R.add(t, BA, f'INFO:     {client}:{rng.randint(30000, 60000)} - "POST /api/v1/bookings HTTP/1.1" 500 Internal Server Error')
        if k < 2:
            for j, line in enumerate(tb):
                R.add(t + 0.001 + j * 0.0001, BA, line, ev=(k == 0 and j in (8, 10)) or (k == 1 and j == 10))
        R.add(t + 0.01, NG, nginx_ingress_access(rng, lan(rng), "POST", "/api/v1/bookings", 500, 21, UA_IOS, "booking-booking-api-8000", f"{ba_ip}:8000", rng.uniform(0.02, 0.08), ref="https://book.example.com/"))
        R.add(t + 0.05, WEB, jd({"level": 50, "time": EPOCHMS, "pid": 1, "hostname": WEB["pod"], "msg": "createBooking failed", "status": 500, "resource": rng.randint(1, 20), "openEnded": True}))
    R.add(t + 4, BA, f'INFO:     {pip(rng, "10.244")}:{rng.randint(30000, 60000)} - "POST /api/v1/bookings HTTP/1.1" 201 Created')
    R.add(30.0, PGL, f"{PG} [88] LOG:  checkpoint starting: time")
    R.add(62.0, PGL, f"{PG} [88] LOG:  checkpoint complete: wrote 96 buffers (0.6%); 0 WAL file(s) added, 0 removed, 0 recycled; write=9.612 s, sync=0.004 s, total=9.640 s; sync files=21, longest=0.002 s, average=0.001 s; distance=512 kB, estimate=1024 kB; lsn=0/3A0F1B8, redo lsn=0/3A0B2C0")
    return dict(
        question=None,
        selector=sel(namespace="booking", app="booking-api"),
        severity="ERROR", category="application_error", component="booking-api",
        root_cause="booking-api 2.8.0 added open-ended bookings (no end time), but create_booking still calls to_local(payload.end, …). When end is None, that raises AttributeError: 'NoneType' object has no attribute 'astimezone', and every POST /api/v1/bookings without an end time returns 500.",
        summary="Since the 2.8.0 image was rolled out, uvicorn logs 'Exception in ASGI application' with a traceback ending in slots.py line 57, AttributeError 'NoneType' … 'astimezone', for booking creations. ingress-nginx and booking-web see 500s. Slot queries (200) and bookings with an end time (201) still work, and the database is healthy.",
        action="Roll back to 2.7.x (kubectl rollout undo deploy/booking-api -n booking) or hotfix create_booking to skip end-time conversion when end is None. Add a test for open-ended bookings.",
    )


def i_arm64_manifest(rng, R):
    """k3s on Raspberry Pis: docs-site 1.4.0 pushed for linux/amd64 only -> no match for platform."""
    node = "rpi-02"
    newpod = dpod(rng, "docs-site")
    oldpod = dpod(rng, "docs-site")
    img = "git.example.org/acme/docs-site:1.4.0"
    KU = {"job": "systemd-journal", "host": node, "unit": "k3s-agent.service"}
    EV = {"job": "loki.source.kubernetes_events", "namespace": "docs", "instance": "alloy"}
    OLD = {"namespace": "docs", "pod": oldpod, "container": "docs-site", "node": "rpi-01"}
    AR = {"namespace": "gitea", "pod": dpod(rng, "act-runner"), "container": "runner", "node": "build-x86"}
    err = f'failed to pull and unpack image \\"{img}\\": no match for platform in manifest: not found'
    R.add(0.0, AR, f'time="{ISOS}" level=info msg="[acme/docs-site/release.yaml/build] ⭐ Run Main docker/build-push-action@v6"')
    R.add(0.5, AR, f'time="{ISOS}" level=info msg="[acme/docs-site/release.yaml/build]   | /usr/bin/docker buildx build --iidfile /tmp/docker-actions-toolkit-x1/build-iidfile-3b1f.txt --platform linux/amd64 --attest type=provenance,mode=min --tag {img} --push ."', ev=True)
    R.add(48.0, AR, f'time="{ISOS}" level=info msg="[acme/docs-site/release.yaml/build]   | #14 pushing manifest for {img}@sha256:{hexs(rng, 64)} 0.4s done"')
    R.add(49.0, AR, f'time="{ISOS}" level=info msg="[acme/docs-site/release.yaml/build]   ✅  Success - Main docker/build-push-action@v6"')
    rs = f"docs-site-{k8s_rand(rng, 10)}"
    R.add(60.0, EV, ev_lf(rng, "Deployment", "docs-site", "ScalingReplicaSet", f"Scaled up replica set {rs} to 1", comp="deployment-controller", api="apps/v1"))
    R.add(60.3, EV, ev_lf(rng, "Pod", newpod, "Scheduled", f"Successfully assigned docs/{newpod} to {node}", comp="default-scheduler"))
    t = 61.0
    for i in range(4):
        R.add(t, EV, ev_lf(rng, "Pod", newpod, "Pulling", f'Pulling image "{img}"', host=node, count=i + 1))
        R.add(t + 0.6, KU, klog("E", 2214, "log.go:32", f'"PullImage from image service failed" err="rpc error: code = NotFound desc = {err}" image="{img}"'), ev=(i == 0))
        R.add(t + 0.61, EV, ev_lf(rng, "Pod", newpod, "Failed", f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": no match for platform in manifest: not found', typ="Warning", host=node, count=i + 1), ev=(i == 1))
        R.add(t + 0.62, EV, ev_lf(rng, "Pod", newpod, "Failed", "Error: ErrImagePull", typ="Warning", host=node, count=i + 1))
        R.add(t + 1.5, EV, ev_lf(rng, "Pod", newpod, "BackOff", f'Back-off pulling image "{img}"', typ="Warning", host=node, count=i + 1))
        R.add(t + 1.51, EV, ev_lf(rng, "Pod", newpod, "Failed", "Error: ImagePullBackOff", typ="Warning", host=node, count=i + 1))
        t += [10, 20, 40, 80][i] + rng.uniform(0, 2)
    for i in range(6):
        R.add(rng.uniform(1, t), OLD, f'{pip(rng)} - - [{CLF}] "GET {rng.choice(["/", "/guides/onboarding/", "/api/search.json", "/assets/app.4f2c1a.css"])} HTTP/1.1" 200 {rng.randint(800, 30000)} "-" "{rng.choice([UA_FF, UA_CHROME, UA_IOS])}" "{lan(rng)}"')
    R.add(30.0, KU, klog("I", 2214, "kubelet.go:2437", f'"SyncLoop (PLEG): event for pod" pod="home/{dpod(rng, "zigbee2mqtt")}" event={{"ID":"{uuid4(rng)}","Type":"ContainerStarted","Data":"{hexs(rng, 64)}"}}'))
    return dict(
        question="The docs-site rollout is stuck in ImagePullBackOff but the image exists in the registry.",
        selector=sel(namespace="docs", app="docs-site"),
        severity="ERROR", category="image_pull", component="docs-site",
        root_cause="Release 1.4.0 of docs-site was built and pushed only for linux/amd64: the workflow now runs on the new x86 runner with `buildx --platform linux/amd64`. All k3s nodes are arm64 Raspberry Pis, so containerd finds no arm64 entry in the manifest ('no match for platform in manifest: not found') and the new pod can't pull.",
        summary="The release workflow pushed git.example.org/acme/docs-site:1.4.0 built with --platform linux/amd64. The Deployment's new pod on rpi-02 fails every pull with NotFound 'no match for platform in manifest' and cycles through ErrImagePull and ImagePullBackOff. The rollout is stuck, and the old 1.3.x pod on rpi-01 keeps serving 200s.",
        action="Build multi-arch (platforms: linux/amd64,linux/arm64 with QEMU/buildx, or run the build on an arm64 runner) and push 1.4.0 again (or 1.4.1), then `kubectl rollout restart deploy/docs-site -n docs`. Until then leave the old ReplicaSet serving or `kubectl rollout undo`.",
    )


def i_smtp_timeout(rng, R):
    """Django portal: Celery invoice mails time out connecting to the SMTP provider, retries later succeed."""
    R.rebase(rng.randint(14, 16))
    CW = {"namespace": "portal", "pod": dpod(rng, "portal-worker"), "container": "celery", "app": "portal-worker"}
    WEB = {"namespace": "portal", "pod": dpod(rng, "portal-web"), "container": "django"}
    RB = {"namespace": "portal", "pod": "portal-redis-0", "container": "redis"}
    NG = {"namespace": "ingress-nginx", "pod": dpod(rng, "ingress-nginx-controller"), "container": "controller"}
    tasks = [uuid4(rng) for _ in range(4)]
    t = 0.0
    for i, tid in enumerate(tasks):
        t += rng.uniform(10, 40)
        R.add(t - 0.3, WEB, f"{PY} INFO portal.billing.views: invoice INV-2026-{rng.randint(1000, 1999)} finalized, queueing email")
        R.add(t, CW, f"[{PY}: INFO/MainProcess] Task portal.notifications.tasks.send_invoice_email[{tid}] received")
        R.add(t + 10.02, CW, f"[{PY}: WARNING/ForkPoolWorker-{i % 4 + 1}] portal.notifications.mail: SMTP connect to smtp.postmarkapp.com:587 timed out after 10.0s (attempt 1/5)", ev=(i == 0))
        R.add(t + 10.03, CW, f"[{PY}: INFO/ForkPoolWorker-{i % 4 + 1}] Task portal.notifications.tasks.send_invoice_email[{tid}] retry: Retry in 60s: TimeoutError('timed out')", ev=(i == 2))
    rt = t + 30
    for i, tid in enumerate(tasks):
        tt = rt + i * rng.uniform(5, 12)
        if i == 0:
            R.add(tt + 10.02, CW, f"[{PY}: WARNING/ForkPoolWorker-1] portal.notifications.mail: SMTP connect to smtp.postmarkapp.com:587 timed out after 10.0s (attempt 2/5)", ev=True)
            R.add(tt + 10.03, CW, f"[{PY}: INFO/ForkPoolWorker-1] Task portal.notifications.tasks.send_invoice_email[{tid}] retry: Retry in 120s: TimeoutError('timed out')")
        else:
            R.add(tt + 1.2, CW, f"[{PY}: INFO/ForkPoolWorker-{i % 4 + 1}] Task portal.notifications.tasks.send_invoice_email[{tid}] succeeded in {rng.uniform(0.8, 2.5):.9f}s: None")
    R.add(rt + 140, CW, f"[{PY}: INFO/ForkPoolWorker-2] Task portal.notifications.tasks.send_invoice_email[{tasks[0]}] succeeded in {rng.uniform(0.8, 2.5):.9f}s: None")
    R.add(1.0, RB, f"1:M {REDIS} * 10 changes in 300 seconds. Saving...")
    R.add(1.1, RB, f"1:M {REDIS} * Background saving terminated with success")
    for i in range(6):
        R.add(rng.uniform(1, rt + 100), NG, nginx_ingress_access(rng, lan(rng) if i % 2 else "84.171.23.19", rng.choice(["GET", "POST"]), rng.choice(["/billing/invoices/", "/accounts/login/", "/api/customers/?page=2"]), rng.choice([200, 200, 302]), rng.randint(400, 30000), UA_CHROME, "portal-portal-web-8000", f"{pip(rng, '10.244')}:8000", rng.uniform(0.02, 0.4), proto="HTTP/2.0"))
    R.add(rt + 60, WEB, f"{PY} WARNING django.request: Not Found: /favicon.ico")
    return dict(
        question="Customers got their invoice emails late this afternoon, is the mail worker broken?",
        selector=sel(namespace="portal", app="portal-worker"),
        severity="WARN", category="timeout", component="portal-worker",
        root_cause="Outbound SMTP connections from the portal's Celery worker to smtp.postmarkapp.com:587 timed out (10 s connect timeout) for a while. The delay is on the provider or network path, not in the app. Celery retried the send_invoice_email tasks, and they went through once the connection recovered.",
        summary="Several send_invoice_email tasks hit 'SMTP connect to smtp.postmarkapp.com:587 timed out after 10.0s' and were retried ('Retry in 60s: TimeoutError('timed out')'). On the retries all of them succeeded, the last one after a second timeout. The web app, Redis broker and ingress behaved normally. Emails were delayed by a few minutes, none were lost.",
        action="No immediate action needed. If it recurs, check the provider's status page and the cluster's egress on 587. Optionally add a fallback port (2525) or a second SMTP relay, and alert on Celery retry counts.",
    )


def i_mariadb_deadlock(rng, R):
    """Nextcloud on MariaDB without Redis file locking: deadlocks on oc_file_locks during phone auto-uploads."""
    ncpod = dpod(rng, "nextcloud")
    NC = {"namespace": "nextcloud", "pod": ncpod, "container": "nextcloud"}
    MD = {"namespace": "nextcloud", "pod": "nextcloud-mariadb-0", "container": "mariadb", "node": "k3s-w1"}
    TR = {"namespace": "kube-system", "pod": dpod(rng, "traefik"), "container": "traefik"}
    CR = {"namespace": "nextcloud", "pod": ncpod, "container": "nextcloud-cron"}
    users = ["anna", "max", "lena"]
    t = 0.0
    for i in range(5):
        t += rng.uniform(6, 20)
        u = users[i % 3]
        img = f"IMG_{R.at(t).strftime('%Y%m%d')}_{rng.randint(100000, 235959)}.jpg"
        url = f"/remote.php/dav/files/{u}/InstantUpload/Camera/{img}"
        cid = rng.randint(10000, 99999)
        R.add(t - 0.01, MD, f"{MARIA} {cid} [Note] InnoDB: Transactions deadlock detected, dumping detailed information.", ev=(i == 0))
        if i == 0:
            R.add(t - 0.009, MD, f"{MARIA} {cid} [Note] InnoDB: ")
            R.add(t - 0.008, MD, "*** (1) TRANSACTION:")
            R.add(t - 0.007, MD, f"TRANSACTION {rng.randint(48000000, 49000000)}, ACTIVE 0 sec starting index read")
            R.add(t - 0.006, MD, "mysql tables in use 1, locked 1")
            R.add(t - 0.005, MD, "*** (1) WAITING FOR THIS LOCK TO BE GRANTED:")
            R.add(t - 0.004, MD, f"RECORD LOCKS space id 1243 page no 4 n bits 320 index lock_key_index of table `nextcloud`.`oc_file_locks` trx id {rng.randint(48000000, 49000000)} lock_mode X locks rec but not gap waiting", ev=True)
            R.add(t - 0.003, MD, "*** WE ROLL BACK TRANSACTION (2)")
        R.add(t, NC, jd({"reqId": k8s_rand(rng, 20), "level": 3, "time": ISOOFF, "remoteAddr": lan(rng), "user": u, "app": "webdav", "method": "PUT", "url": url,
                          "message": "An exception occurred while executing a query: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction",
                          "userAgent": UA_NC_ANDROID, "version": "29.0.7.1",
                          "exception": {"Exception": "Doctrine\\DBAL\\Exception\\DeadlockException", "Message": "An exception occurred while executing a query: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction", "Code": 1213, "File": "/var/www/html/3rdparty/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php", "Line": 45}}),
              ev=(i in (0, 3)))
        R.add(t + 0.01, TR, traefik_clf(rng, lan(rng), "PUT", url, 500, 245, UA_NC_ANDROID, "nextcloud-nextcloud-cloud-example-net@kubernetes", f"http://{pip(rng)}:80", rng.uniform(300, 1500)))
        R.add(t + rng.uniform(5, 15), TR, traefik_clf(rng, lan(rng), "PUT", url, 201, 0, UA_NC_ANDROID, "nextcloud-nextcloud-cloud-example-net@kubernetes", f"http://{pip(rng)}:80", rng.uniform(300, 1500)))
    for i in range(6):
        u = rng.choice(users)
        R.add(rng.uniform(1, t), TR, traefik_clf(rng, lan(rng), "PUT", f"/remote.php/dav/files/{u}/InstantUpload/Camera/IMG_{R.base.strftime('%Y%m%d')}_{rng.randint(100000, 235959)}.jpg", 201, 0, UA_NC_ANDROID, "nextcloud-nextcloud-cloud-example-net@kubernetes", f"http://{pip(rng)}:80", rng.uniform(300, 1500)))
    R.add(t * 0.4, NC, jd({"reqId": k8s_rand(rng, 20), "level": 2, "time": ISOOFF, "remoteAddr": lan(rng), "user": "max", "app": "webdav", "method": "PUT",
                            "url": "/remote.php/dav/files/max/InstantUpload/Camera/IMG_0412.jpg", "message": "\"files/3f2a91c0d6e5b4a7f8e9\" is locked, existing lock on file: exclusive",
                            "userAgent": UA_NC_ANDROID, "version": "29.0.7.1", "exception": {"Exception": "OCA\\DAV\\Connector\\Sabre\\Exception\\FileLocked"}}))
    R.add(t * 0.7, MD, f"{MARIA} {rng.randint(10000, 99999)} [Warning] Aborted connection {rng.randint(10000, 99999)} to db: 'nextcloud' user: 'nextcloud' host: '10.42.2.{rng.randint(2, 250)}' (Got an error reading communication packets)")
    R.add(t * 0.2, CR, "Nextcloud cron: background jobs executed (12 jobs, 3.41 s)")
    return dict(
        question="Phone auto-upload in Nextcloud sometimes shows errors, photos upload on the next try.",
        selector=sel(namespace="nextcloud"),
        severity="WARN", category="database", component="nextcloud",
        root_cause="Nextcloud uses transactional file locking in the database because memcache.locking is not set to Redis. When three phones auto-upload photo backlogs at the same time, concurrent lock updates on oc_file_locks deadlock in InnoDB. MariaDB rolls back one transaction, that PUT returns 500, and the client retries successfully.",
        summary="MariaDB logs 'Transactions deadlock detected' on index lock_key_index of oc_file_locks, and Nextcloud reports SQLSTATE[40001] 1213 Deadlock (DeadlockException) for InstantUpload PUTs from the Android clients. Traefik shows these PUTs as 500, and the same files are uploaded with 201 seconds later. Most uploads succeed the first time.",
        action="Configure Redis for Nextcloud's file locking ('memcache.locking' => '\\OC\\Memcache\\Redis' plus the redis host) and restart. After that, oc_file_locks is no longer used for locking and the deadlocks stop.",
    )


def i_ecc_node_down(rng, R):
    """kubeadm with a used Dell R720 worker: corrected ECC storm, uncorrectable error, node down."""
    node = "r720"
    KER = {"job": "systemd-journal", "host": node, "transport": "kernel"}
    RAS = {"job": "systemd-journal", "host": node, "unit": "rasdaemon.service"}
    KCM = {"namespace": "kube-system", "pod": "kube-controller-manager-kube-cp1", "container": "kube-controller-manager", "node": "kube-cp1"}
    EV = {"namespace": "monitoring", "pod": dpod(rng, "event-exporter"), "container": "event-exporter"}
    OP = {"namespace": "cnpg-system", "pod": dpod(rng, "cnpg-controller-manager"), "container": "manager"}
    NG = {"namespace": "ingress-nginx", "pod": dpod(rng, "ingress-nginx-controller"), "container": "controller", "node": "kube-w1"}
    loc = "CPU_SrcID#1_Ha#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x{page} offset:0x{off} grain:32 syndrome:0x0 -  area:DRAM err_code:0001:0092 socket:1 ha:0 channel_mask:4 rank:1)"
    t = 0.0
    counts = [1, 1, 3, 7, 12, 23]
    for i, c in enumerate(counts):
        t += rng.uniform(20, 50) / (1 + i * 0.5)
        l = loc.format(page=hexs(rng, 5), off=hexs(rng, 3))
        R.add(t, KER, "mce: [Hardware Error]: Machine check events logged", ev=(i == 0))
        R.add(t + 0.001, KER, f"EDAC MC1: {c} CE memory read error on {l}", ev=(i == 5))
        R.add(t + 0.2, RAS, f"<...>-1021  [000]     0.{rng.randint(100000, 999999)}: mc_event: {fmt('sec', R.at(t))} +0000 {c} Corrected error: memory read error on {l.split(' (')[0]} (mc: 1 location: 2:0 address: 0x{hexs(rng, 9)} grain: 5 syndrome: 0x00000000 err_code:0001:0092 socket:1 ha:0 channel_mask:4 rank:1)")
    t += 6.0
    R.add(t, KER, "EDAC sbridge MC1: HANDLING MCE MEMORY ERROR")
    R.add(t + 0.001, KER, f"EDAC sbridge MC1: CPU 12: Machine Check Event: 0 Bank 7: be00000000800090")
    R.add(t + 0.002, KER, f"EDAC sbridge MC1: ADDR {hexs(rng, 9)}")
    R.add(t + 0.003, KER, f"EDAC MC1: 1 UE memory read error on {loc.format(page=hexs(rng, 5), off=hexs(rng, 3))}", ev=True)
    down = t
    lease = down + 40
    R.add(lease, KCM, klog("I", 1, "node_lifecycle_controller.go:1224", f'"Node is unresponsive. Adding it to the Taint queue" node="{node}" timeStamp="{fmt("isos", R.at(lease))}"'))
    R.add(lease + 0.1, KCM, klog("I", 1, "controller_utils.go:151", f'"Updating ready status of pods to false" node="{node}"'))
    R.add(lease + 0.2, EV, ev_json(rng, "default", "Node", node, "NodeNotReady", f"Node {node} status is now: NodeNotReady", comp="node-controller"), ev=True)
    victims = [("databases", "pg-main-2"), ("media", dpod(rng, "jellyfin")), ("apps", dpod(rng, "paperless-ngx"))]
    for i, (ns, p) in enumerate(victims):
        R.add(lease + 0.3 + i * 0.1, EV, ev_json(rng, ns, "Pod", p, "NodeNotReady", "Node is not ready", typ="Warning", comp="node-controller"))
    R.add(lease + 5, OP, jd({"level": "info", "ts": ISO6, "msg": "Cluster has become unhealthy", "controller": "cluster", "controllerGroup": "postgresql.cnpg.io", "controllerKind": "Cluster",
                             "Cluster": {"name": "pg-main", "namespace": "databases"}, "namespace": "databases", "name": "pg-main", "reconcileID": uuid4(rng), "instances": 3, "readyInstances": 2}))
    for i in range(5):
        tt = rng.uniform(down, lease + 30)
        R.add(tt, NG, f"{NGX} [error] 38#38: *{rng.randint(100000, 999999)} connect() failed (113: No route to host) while connecting to upstream, client: {lan(rng)}, server: jellyfin.example.net, request: \"GET /web/index.html HTTP/2.0\", upstream: \"http://10.244.4.{rng.randint(2, 250)}:8096/web/index.html\", host: \"jellyfin.example.net\"" if i % 2 == 0 else
              nginx_ingress_access(rng, lan(rng), "GET", "/web/index.html", 502, 150, UA_FF, "media-jellyfin-8096", f"10.244.4.{rng.randint(2, 250)}:8096", 3.001))
    return dict(
        question="The R720 worker dropped out of the cluster — software or hardware?",
        selector=sel(node="r720"),
        severity="CRITICAL", category="node_failure", component="r720",
        root_cause="Hardware: a failing DIMM on the R720 (CPU socket 1, channel 2, DIMM 0) produced a growing storm of corrected ECC errors, followed by an uncorrectable memory error (machine check). The host crashed, so the node stopped reporting and went NotReady with all its pods.",
        summary="The kernel and rasdaemon on r720 log machine-check events and corrected ECC read errors on CPU_SrcID#1_Ha#0_Chan#2_DIMM#0 at an increasing rate (1 → 23 per event), then 'HANDLING MCE MEMORY ERROR' and '1 UE memory read error', after which the host goes silent. The node controller marks r720 unresponsive/NotReady, pg-main drops to 2/3 instances, and ingress-nginx gets 'No route to host'/502 for Jellyfin, which ran there.",
        action="Keep r720 cordoned. Check the iDRAC SEL to identify the DIMM slot, reseat or replace that DIMM (or disable the slot), and run memtest before returning the node. Meanwhile confirm pg-main failed over cleanly and reschedule or force-delete the stuck pods only once the host is known to be powered off.",
    )


# =======================================================================================
# registry, build, validation, README
# =======================================================================================
SCENARIOS = [
    ("traefik-scanners", h_traefik_scanners),
    ("immich-ml-oom", i_immich_ml_oom),
    ("coredns-loop", i_coredns_loop),
    ("acme-http01-expired", i_acme_http01_expired),
    ("cert-renewal-ok", h_cert_renewal_ok),
    ("pg-max-connections", i_pg_max_connections),
    ("jellyfin-liveness", i_jellyfin_liveness),
    ("dockerhub-ratelimit", i_dockerhub_ratelimit),
    ("longhorn-rebuild", i_longhorn_rebuild),
    ("cnpg-backup-ok", h_cnpg_backup_ok),
    ("orders-api-crash", i_orders_api_crash),
    ("nextcloud-config-perms", i_nextcloud_config_perms),
    ("metallb-pool", i_metallb_pool),
    ("paperless-redis-drain", i_paperless_redis_drain),
    ("node-journal-ok", h_node_journal),
    ("kubeadm-certs-expired", i_kubeadm_certs_expired),
    ("nfs-stale", i_nfs_stale),
    ("ha-trusted-proxy", i_ha_trusted_proxy),
    ("le-rate-limit", i_le_rate_limit),
    ("nextcloud-php-memory", i_nextcloud_php_memory),
    ("observability-ok", h_observability_ok),
    ("flannel-vxlan", i_flannel_vxlan),
    ("gitea-migration", i_gitea_migration),
    ("loki-query-timeout", i_loki_query_timeout),
    ("springboot-liveness", i_springboot_liveness),
    ("disk-pressure", i_disk_pressure),
    ("home-automation-ok", h_home_automation_ok),
    ("pihole-blocklist", i_pihole_blocklist),
    ("traefik-rbac", i_traefik_rbac),
    ("redis-noeviction", i_redis_noeviction),
    ("minio-quorum", i_minio_quorum),
    ("vaultwarden-domain", i_vaultwarden_domain),
    ("media-ok", h_media_ok),
    ("ha-scheduling", i_ha_scheduling),
    ("booking-api-exception", i_booking_api_exception),
    ("arm64-manifest", i_arm64_manifest),
    ("smtp-timeout", i_smtp_timeout),
    ("mariadb-deadlock", i_mariadb_deadlock),
    ("ci-ok", h_ci_ok),
    ("ecc-node-down", i_ecc_node_down),
]


def build_record(index: int, name: str, fn) -> dict:
    rng = random.Random(f"{SEED_PREFIX}:{name}")
    base = datetime(2026, rng.randint(3, 9), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                    rng.randint(0, 59), rng.randint(0, 999) * 1000, tzinfo=UTC)
    R = Rec(base)
    meta = fn(rng, R)
    logs, evidence = R.finish()
    return {
        "id": f"dev7-{index:03d}",
        "source": f"synthetic:dev7-{name}",
        "question": meta["question"],
        "selector": meta["selector"],
        "logs": logs,
        "expected": {
            "severity": meta["severity"],
            "root_cause_category": meta["category"],
            "component": meta["component"],
            "root_cause": meta["root_cause"],
            "summary": meta["summary"],
            "action": meta["action"],
            "evidence": evidence,
        },
    }


def validate(records) -> None:
    """Dataset-level rules of the dev7 brief; raises AssertionError with a readable message."""
    problems = []
    ids = [r["id"] for r in records]
    if ids != [f"dev7-{i:03d}" for i in range(1, len(records) + 1)]:
        problems.append("ids are not dev7-001..dev7-NNN in order")
    if len(records) != 40:
        problems.append(f"expected 40 records, got {len(records)}")
    cats = Counter(r["expected"]["root_cause_category"] for r in records)
    if cats["none"] != 8:
        problems.append(f"expected 8 'none' records, got {cats['none']}")
    non_none = [c for c in cats if c != "none"]
    if len(non_none) < 12:
        problems.append(f"only {len(non_none)} incident categories")
    for c, n in cats.items():
        if c not in CATEGORIES:
            problems.append(f"unknown category {c}")
        if c != "none" and n > 3:
            problems.append(f"category {c} has {n} records (max 3)")
    for r in records:
        rid, ex, logs = r["id"], r["expected"], r["logs"]
        if ex["severity"] not in SEVERITIES:
            problems.append(f"{rid}: bad severity {ex['severity']}")
        if (ex["root_cause_category"] == "none") != (ex["severity"] == "INFO"):
            problems.append(f"{rid}: INFO must go with none and only with none")
        if not 25 <= len(logs) <= 60:
            problems.append(f"{rid}: {len(logs)} log lines (want 25-60)")
        label_sets = {json.dumps(l["labels"], sort_keys=True) for l in logs}
        if not 3 <= len(label_sets) <= 8:
            problems.append(f"{rid}: {len(label_sets)} distinct label sets (want 3-8)")
        ev = ex["evidence"]
        if ex["root_cause_category"] == "none":
            if ev:
                problems.append(f"{rid}: none record with evidence")
        elif not 2 <= len(ev) <= 5:
            problems.append(f"{rid}: {len(ev)} evidence lines (want 2-5)")
        if any(not (0 <= i < len(logs)) for i in ev) or len(set(ev)) != len(ev):
            problems.append(f"{rid}: evidence index out of range or duplicated")
        prev = None
        for l in logs:
            ts = datetime.strptime(l["ts"], "%Y-%m-%dT%H:%M:%S.%fZ")
            if prev and ts < prev:
                problems.append(f"{rid}: timestamps not in order at {l['ts']}")
                break
            prev = ts
            if "{{" in l["line"] or not l["line"]:
                problems.append(f"{rid}: unrendered or empty line: {l['line'][:80]}")
            if not l["labels"]:
                problems.append(f"{rid}: empty labels")
        for f in ("component", "root_cause", "summary", "action"):
            if not ex.get(f):
                problems.append(f"{rid}: empty {f}")
    if problems:
        raise AssertionError("dev7 validation failed:\n  " + "\n  ".join(problems))


def build():
    records = [build_record(i, name, fn) for i, (name, fn) in enumerate(SCENARIOS, start=1)]
    validate(records)
    jsonl = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return records, jsonl, readme(records)


FORMATS = [
    "Traefik JSON access log (v2/v3 field names) and Traefik Common Log Format with router/service/duration suffix",
    "Traefik v2 logrus text and v3 zerolog console lines",
    "ingress-nginx access log (default upstream format) and nginx error log (`upstream timed out`, `connect() failed`, `FastCGI sent in stderr`)",
    "Apache combined access log and Apache 2.4 error log (`AH00558`, `[mpm_prefork:notice]`)",
    "PHP-FPM master log (`[pool www] child N said into stderr`, `pm.max_children`)",
    "Nextcloud `nextcloud.log` JSON and occ/cron console messages",
    "kubelet / control-plane klog (`E0403 02:14:07.123456    1187 file.go:NN] \"msg\" key=value`) shipped from journald (k3s, k0s, microk8s kubelite, kubelet.service) and from static pods",
    "containerd logfmt (`time=... level=error msg=\"PullImage ... failed\" error=...`)",
    "kernel / journald lines (OOM killer, EDAC/MCE, USB/SCSI/ext4 I/O errors, NFS, UFW), sshd, apt, chrony, smartd, rasdaemon",
    "Kubernetes events as kubernetes-event-exporter JSON and as Grafana Alloy `loki.source.kubernetes_events` logfmt",
    "cert-manager structured klog; MetalLB controller/speaker JSON; Longhorn manager/instance-manager logrus; kured logrus; Flux and CloudNativePG controller JSON",
    "PostgreSQL (CNPG JSON `record` envelope and plain stderr prefix), MariaDB error log incl. InnoDB deadlock dump, Redis server log",
    "MinIO multi-line error blocks (`API:` / `Time:` / `Error:`); Loki and Prometheus logfmt; Grafana logfmt (`logger=... t=...`); promtail",
    "Go apps: Gitea router/ORM log, act_runner logrus, Docker registry logrus, zap-style JSON (Gotenberg)",
    "Python: uvicorn access + traceback, Celery worker (`[time: LEVEL/ForkPoolWorker-N]`), Paperless-ngx/Django logging, Immich ML rich console",
    "Node: pino JSON (numeric levels, epoch ms), winston JSON, raw uncaught-exception stderr, NestJS (Immich) console",
    "Java: Spring Boot 3 console layout",
    "Home Assistant, Mosquitto (epoch prefix), Zigbee2MQTT, ESPHome, Jellyfin/.NET, Radarr/Sonarr, Vaultwarden (incl. start banner), Uptime Kuma, Pi-hole/dnsmasq and gravity output, CoreDNS (startup, loop plugin, log plugin), kube-flannel, Argo CD, GitLab runner",
]

INDEPENDENCE = """\
This set was written without looking at the tool under evaluation. Nothing under `/work/main`
was opened, listed, grepped or read except the three files of this set
(`golden/heldout/make_dev7.py`, `golden/heldout/dev7.jsonl`, `golden/heldout/README-dev7.md`);
the only command run against the tool was `loglens golden validate golden/heldout/dev7.jsonl`
(format validation). No `git` commands were run and `/tmp` was not looked at.

Exactly what was read or listed:

- `/work/shared/design/golden-format.md` — read in full (record format, severity scale, closed taxonomy).
- `/work/shared/loki/` and `/work/shared/loghub/` — directory listings; listings of the
  loghub sub-directories `Apache`, `BGL`, `HDFS`, `Hadoop`, `Linux`, `OpenSSH`, `Spark`, `Zookeeper`.
- `/work/shared/loki/README.md` — read.
- `/work/shared/loki/query_range_logs.json` — first 2,500 characters.
- `/work/shared/loghub/Apache/Apache_2k.log` — first 5 lines.
- `/work/shared/loghub/Linux/Linux_2k.log` — first 15 lines and the first 5 lines matching "error".
- `/work/shared/loghub/OpenSSH/OpenSSH_2k.log` — first 5 lines.
- `/work/main/golden/heldout/` — only to create the directory and check that the three files of this set did not exist yet.

Everything else (log formats, incidents, wording) comes from general knowledge of what the
software prints and of how small clusters fail. All records are synthetic (`source: synthetic:dev7-*`);
no real logs were copied.
"""


def readme(records) -> str:
    cats = Counter(r["expected"]["root_cause_category"] for r in records)
    sevs = Counter(r["expected"]["severity"] for r in records)
    cross = Counter((r["expected"]["root_cause_category"], r["expected"]["severity"]) for r in records)
    total_lines = sum(len(r["logs"]) for r in records)
    nq = sum(1 for r in records if r["question"] is None)
    nsel = sum(1 for r in records if r["selector"] is None)
    out = []
    out.append("# dev7 — held-out golden set: homelab and small-company clusters\n")
    out.append("Golden format v1 (see `/work/shared/design/golden-format.md`). 40 records, ids `dev7-001` … `dev7-040`, "
               f"{total_lines} log lines in total ({min(len(r['logs']) for r in records)}–{max(len(r['logs']) for r in records)} per record).\n")
    out.append("## Theme\n")
    out.append("Small and mid-size clusters the way homelab and small-company operators run them: k3s, k0s, microk8s and kubeadm "
               "on bare metal, Raspberry Pis and VMs; Traefik and ingress-nginx; cert-manager with Let's Encrypt (HTTP-01/DNS-01); "
               "Longhorn, local-path, NFS (Synology) and MinIO storage; MetalLB L2; Flannel; Pi-hole in front of CoreDNS; "
               "CloudNativePG/Bitnami Postgres, MariaDB, Redis; Gitea + act_runner, GitLab runner; Nextcloud, Vaultwarden, Home Assistant, "
               "Jellyfin, Immich, Paperless-ngx; kube-prometheus-stack and Loki themselves; small Node/Python/Java/Go business apps "
               "calling Stripe and SMTP providers. Incidents are ones such operators actually meet (expired certificate because port 80 "
               "is no longer forwarded, Longhorn replica rebuild after a kured reboot, NFS stale file handles after a NAS update, MetalLB pool "
               "exhausted, ephemeral-storage eviction, Postgres out of connection slots, Redis at maxmemory with noeviction, MinIO write quorum "
               "lost, Nextcloud config not writable after a volume migration, PHP memory_limit, too-strict probes, Docker Hub pull limits, ...). "
               "Many records are multi-hop (root cause in one workload, loudest errors in its callers) and contain red herrings "
               "(scanner 404s, deprecation warnings, retries that succeed, unrelated 429s, benign TLS EOFs).\n")
    out.append("## Counts\n")
    out.append("| category | records | INFO | WARN | ERROR | CRITICAL |")
    out.append("|---|---|---|---|---|---|")
    for c in CATEGORIES:
        if cats[c]:
            out.append(f"| `{c}` | {cats[c]} | " + " | ".join(str(cross[(c, s)] or "") for s in SEVERITIES) + " |")
    out.append(f"| **total** | {len(records)} | " + " | ".join(str(sevs[s]) for s in SEVERITIES) + " |")
    out.append("")
    out.append(f"Severity: INFO {sevs['INFO']}, WARN {sevs['WARN']}, ERROR {sevs['ERROR']}, CRITICAL {sevs['CRITICAL']}. "
               f"{len([c for c in cats if c != 'none'])} of the 16 incident categories are covered (at most 3 records each). "
               f"`question` is null in {nq} records, `selector` is null in {nsel}.\n")
    out.append("## Records\n")
    out.append("| id | source | category | severity | component | lines | label sets | evidence |")
    out.append("|---|---|---|---|---|---|---|---|")
    for r in records:
        ex = r["expected"]
        nls = len({json.dumps(l["labels"], sort_keys=True) for l in r["logs"]})
        out.append(f"| {r['id']} | `{r['source']}` | `{ex['root_cause_category']}` | {ex['severity']} | `{ex['component']}` | "
                   f"{len(r['logs'])} | {nls} | {ex['evidence']} |")
    out.append("")
    out.append("## Conventions\n")
    out.append("- **component**: the in-cluster workload (Deployment/StatefulSet/DaemonSet app name, e.g. `immich-machine-learning`, "
               "`pg-main`, `coredns`, `kube-flannel`, `kube-apiserver`) in which the root cause lives and where the fix is applied. "
               "When the cause is outside the cluster (SaaS/SMTP provider, NAS, router, registry, ACME CA), it is the in-cluster workload "
               "that is failing because of it (`cert-manager`, `jellyfin`, `portal-worker`, `restic-backup`). For host hardware faults "
               "it is the node name (`r720`).")
    out.append("- **evidence**: 2–5 indices of the decisive lines (the cause, not just the loudest symptoms); empty for `none`.")
    out.append("- **labels**: Loki-style; pod streams carry namespace/pod/container and sometimes node/app; host streams are "
               "`job=systemd-journal` with host and unit (or `transport=kernel`) and no namespace; Alloy event streams use "
               "`job=loki.source.kubernetes_events`. Each record has 3–8 distinct label sets and 25–60 lines in time order.")
    out.append("- **Borderline labels** (judgement calls, stated so they can be re-scored): Redis `OOM command not allowed … maxmemory` "
               "and PHP `Allowed memory size … exhausted` are `oom_killed` (memory limit exceeded); the Docker Hub 429 during an "
               "image pull is `image_pull` (the taxonomy puts registry-side pull failures there); a config directory owned by "
               "the wrong uid (`permission denied`) is `auth_failure`; an expired certificate caused by an unreachable HTTP-01 "
               "challenge is `tls_certificate`; the Let's Encrypt duplicate-certificate limit is `rate_limited`; Traefik lacking "
               "RBAC for EndpointSlices is `auth_failure`; MariaDB deadlocks caused by DB-based file locking are `database`.")
    out.append("- Timestamps are synthetic (2026), IPs use private ranges, 203.0.113.0/24 for the home's public address and "
               "arbitrary public prefixes for scanners; all names (example.net/.org/.com) are placeholders.\n")
    out.append("## Formats used\n")
    for f in FORMATS:
        out.append(f"- {f}")
    out.append("")
    out.append("## Regenerate / check\n")
    out.append("```sh\ncd golden/heldout\npython3 make_dev7.py          # writes dev7.jsonl and README-dev7.md\n"
               "python3 make_dev7.py --check  # rebuilds twice in memory, compares with each other and with the files on disk\n"
               "cd ../.. && loglens golden validate golden/heldout/dev7.jsonl\n```\n")
    out.append("Python 3.11, standard library only. Deterministic: each scenario draws every random choice from "
               "`random.Random(\"dev7-v1:<scenario>\")` (the scenario name is the suffix of `source`), so output is byte-identical "
               "across runs and machines.\n")
    out.append("## Independence\n")
    out.append(INDEPENDENCE)
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="verify determinism and that the files on disk are up to date")
    args = ap.parse_args(argv)
    records, jsonl, md = build()
    if args.check:
        _, jsonl2, md2 = build()
        ok = True
        if jsonl != jsonl2 or md != md2:
            print("FAIL: two in-memory builds differ (non-deterministic generator)", file=sys.stderr)
            ok = False
        for path, want in ((OUT_JSONL, jsonl), (OUT_README, md)):
            try:
                with open(path, encoding="utf-8") as fh:
                    have = fh.read()
            except FileNotFoundError:
                print(f"FAIL: {path} does not exist", file=sys.stderr)
                ok = False
                continue
            if have != want:
                print(f"FAIL: {path} differs from a fresh build; run make_dev7.py", file=sys.stderr)
                ok = False
        if ok:
            print(f"OK: {len(records)} records, {sum(len(r['logs']) for r in records)} lines; builds identical and files on disk up to date")
        return 0 if ok else 1
    with open(OUT_JSONL, "w", encoding="utf-8") as fh:
        fh.write(jsonl)
    with open(OUT_README, "w", encoding="utf-8") as fh:
        fh.write(md)
    print(f"wrote {OUT_JSONL} ({len(records)} records, {sum(len(r['logs']) for r in records)} lines) and {OUT_README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
