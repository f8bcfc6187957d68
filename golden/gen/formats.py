"""Lines the way real software prints them: Kubernetes events, klog, ingress-nginx and Envoy
access logs, JSON app logs of several libraries, logfmt, Spring Boot, Python logging, Go
panics, PostgreSQL, Redis, Kafka, CoreDNS, cert-manager."""

from __future__ import annotations

import json
import random
from datetime import datetime
from typing import Any

# -- Kubernetes -----------------------------------------------------------------------------


def event(etype: str, reason: str, name: str, msg: str, *, kind: str = "Pod",
          namespace: str | None = None, json_style: bool = False, count: int = 1) -> str:
    """A Kubernetes event as an event exporter ships it (logfmt as Alloy's
    ``loki.source.kubernetes_events`` writes it, or the event JSON)."""
    if json_style:
        obj: dict[str, Any] = {"type": etype, "reason": reason,
                               "involvedObject": {"kind": kind, "name": name},
                               "message": msg, "count": count,
                               "source": {"component": _event_source(reason)}}
        if namespace:
            obj["involvedObject"]["namespace"] = namespace
        return json.dumps(obj, separators=(",", ":"))
    return f"type={etype} reason={reason} kind={kind} name={name} msg={json.dumps(msg)}"


def _event_source(reason: str) -> str:
    if reason in ("FailedScheduling", "Scheduled", "Preempted"):
        return "default-scheduler"
    if reason in ("ScalingReplicaSet",):
        return "deployment-controller"
    if reason in ("SuccessfulCreate", "FailedCreate"):
        return "replicaset-controller"
    if reason.startswith("Node") or reason in ("TaintManagerEviction",):
        return "node-controller"
    return "kubelet"


def klog(ts: datetime, level: str, pid: int, where: str, msg: str, **kv: Any) -> str:
    """klog text: ``E0301 12:00:01.123456    2345 kubelet.go:2470] "msg" key="value"``."""
    head = f"{level}{ts:%m%d %H:%M:%S.%f} {pid:>7} {where}]"
    if not kv:
        return f"{head} {msg}"
    pairs = " ".join(f"{k}={_klog_value(v)}" for k, v in kv.items())
    return f"{head} {json.dumps(msg)} {pairs}"


def _klog_value(v: Any) -> str:
    if isinstance(v, int | float) and not isinstance(v, bool):
        return str(v)
    return json.dumps(str(v))


# -- access logs ----------------------------------------------------------------------------

UAS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
       "Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
       "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "okhttp/4.12.0", "Go-http-client/2.0", "python-requests/2.31.0", "curl/8.5.0")


def nginx(rng: random.Random, ts: datetime, method: str, path: str, status: int, *,
          upstream: str, upstream_addr: str, rt: float | None = None,
          ua: str | None = None) -> str:
    """ingress-nginx's default ``log-format-upstream``."""
    rt = rt if rt is not None else round(rng.uniform(0.003, 0.25), 3)
    size = 0 if status >= 500 else rng.randint(120, 9000)
    up_status = "-" if status == 502 else str(status)
    req_id = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return (f'{rng.choice(("10.42", "10.244"))}.{rng.randint(0, 7)}.{rng.randint(2, 254)} - - '
            f'[{ts:%d/%b/%Y:%H:%M:%S} +0000] "{method} {path} HTTP/1.1" {status} {size} '
            f'"-" "{ua or rng.choice(UAS)}" {rng.randint(300, 1400)} {rt:.3f} [{upstream}] [] '
            f'{upstream_addr} {size} {rt:.3f} {up_status} {req_id}')


def envoy(rng: random.Random, ts: datetime, method: str, path: str, status: int, flags: str,
          *, upstream_host: str, authority: str, duration_ms: int | None = None) -> str:
    """Envoy's default access log format."""
    dur = duration_ms if duration_ms is not None else rng.randint(1, 120)
    rid = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n))
                   for n in (8, 4, 4, 4, 12))
    sent = 0 if status in (200, 204) and method != "GET" else rng.randint(19, 4000)
    up = upstream_host if flags not in ("UH", "NR") else "-"
    return (f'[{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z] "{method} {path} HTTP/1.1" '
            f'{status} {flags} 0 {sent} {dur} {dur if status < 500 else "-"} '
            f'"{rng.choice(("10.42", "10.244"))}.{rng.randint(0, 7)}.{rng.randint(2, 254)}" '
            f'"{rng.choice(UAS)}" "{rid}" "{authority}" "{up}"')


# -- application logs ----------------------------------------------------------------------

JSON_STYLES = ("logback", "pino", "zap", "structlog", "serilog", "pyjson", "bunyan")
_PINO = {"debug": 20, "info": 30, "warn": 40, "error": 50, "fatal": 60}


def app_json(ts: datetime, level: str, msg: str, *, style: str, logger: str = "app",
             **extra: Any) -> str:
    """A JSON application line in the shape of a common logging library."""
    lv = level.lower()
    iso = f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z"
    if style == "logback":
        obj: dict[str, Any] = {"@timestamp": iso, "level": lv.upper().replace("WARNING", "WARN"),
                               "logger_name": logger, "message": msg,
                               "thread_name": extra.pop("thread", "http-nio-8080-exec-1")}
    elif style == "pino":
        obj = {"level": _PINO.get(lv, 30), "time": int(ts.timestamp() * 1000), "pid": 1,
               "hostname": extra.pop("host", "app"), "msg": msg}
    elif style == "bunyan":
        obj = {"name": logger, "hostname": extra.pop("host", "app"), "pid": 1,
               "level": _PINO.get(lv, 30), "msg": msg, "time": iso, "v": 0}
    elif style == "zap":
        obj = {"level": lv, "ts": round(ts.timestamp(), 6), "caller": extra.pop(
            "caller", f"{logger}/handler.go:88"), "msg": msg}
    elif style == "structlog":
        obj = {"event": msg, "level": lv, "logger": logger, "timestamp": iso}
    elif style == "serilog":
        obj = {"@t": iso, "@mt": msg, "SourceContext": logger}
        if lv != "info":
            obj["@l"] = {"warn": "Warning", "error": "Error", "fatal": "Fatal",
                         "debug": "Debug"}.get(lv, "Information")
    else:  # python-json-logger
        obj = {"asctime": f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d}",
               "levelname": lv.upper().replace("WARN", "WARNING").replace("WARNINGING",
                                                                          "WARNING"),
               "name": logger, "message": msg}
    obj.update(extra)
    return json.dumps(obj, separators=(",", ":"))


def logfmt(ts: datetime, level: str, msg: str, *, style: str = "logrus", **kv: Any) -> str:
    """logrus (``time="..." level=info msg="..."``) or go-kit (``ts=... level=info ...``)."""
    pairs = " ".join(f"{k}={_lf(v)}" for k, v in kv.items())
    if style == "gokit":
        head = f"ts={ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z level={level.lower()}"
        return f"{head} msg={_lf(msg)} {pairs}".rstrip()
    return f'time="{ts:%Y-%m-%dT%H:%M:%S}Z" level={level.lower()} msg={_lf(msg)} {pairs}'.rstrip()


def _lf(v: Any) -> str:
    s = str(v)
    return json.dumps(s) if (not s or any(c in s for c in ' "=')) else s


def spring(ts: datetime, level: str, thread: str, logger: str, msg: str) -> str:
    """Spring Boot's console pattern."""
    return (f"{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond // 1000:03d} {level.upper():>5} 1 --- "
            f"[{thread:>15.15}] {logger:<40.40} : {msg}")


def pylog(ts: datetime, level: str, logger: str, msg: str) -> str:
    return f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} {level.upper()} [{logger}] {msg}"


def java_trace(head: str, frames: list[str], caused_by: list[tuple[str, list[str]]] = ()
               ) -> list[str]:  # type: ignore[assignment]
    out = [head] + [f"\tat {f}" for f in frames]
    for cause, cframes in caused_by:
        out.append(f"Caused by: {cause}")
        out.extend(f"\tat {f}" for f in cframes)
        out.append(f"\t... {len(frames) + 3} more")
    return out


def py_traceback(frames: list[tuple[str, int, str, str]], final: str) -> list[str]:
    out = ["Traceback (most recent call last):"]
    for path, line, func, code in frames:
        out.append(f'  File "{path}", line {line}, in {func}')
        out.append(f"    {code}")
    out.append(final)
    return out


def go_panic(msg: str, frames: list[tuple[str, str]], *, signal: str | None = None) -> list[str]:
    out = [f"panic: {msg}"]
    if signal:
        out.append(signal)
    out += ["", "goroutine 1 [running]:"]
    for func, where in frames:
        out.append(func)
        out.append(f"\t{where}")
    return out


# -- servers --------------------------------------------------------------------------------


def postgres(ts: datetime, pid: int, level: str, msg: str) -> str:
    return (f"{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond // 1000:03d} UTC [{pid}] "
            f"{level}:  {msg}")


def redis(ts: datetime, role: str, mark: str, msg: str) -> str:
    """``1:M 01 Mar 2026 12:00:01.123 # msg`` (``#`` warning, ``*`` notice, ``-`` verbose)."""
    return f"1:{role} {ts:%d %b %Y %H:%M:%S}.{ts.microsecond // 1000:03d} {mark} {msg}"


def kafka(ts: datetime, level: str, msg: str, logger: str) -> str:
    return f"[{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d}] {level} {msg} ({logger})"


def coredns_query(rng: random.Random, client: str, name: str, rcode: str, *,
                  qtype: str = "A") -> str:
    return (f'[INFO] {client}:{rng.randint(32768, 60999)} - {rng.randint(1, 65535)} '
            f'"{qtype} IN {name} udp {rng.randint(40, 90)} false 512" {rcode} qr,rd,ra '
            f'{rng.randint(90, 300)} {rng.uniform(0.0001, 0.004):.6f}s')


def coredns_error(rng: random.Random, name: str, upstream: str, *, qtype: str = "A") -> str:
    return (f"[ERROR] plugin/errors: 2 {name} {qtype}: read udp 10.42.0.{rng.randint(2, 250)}:"
            f"{rng.randint(32768, 60999)}->{upstream}:53: i/o timeout")
