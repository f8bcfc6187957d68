"""Parsers for one log line: JSON, logfmt, klog, level prefixes, access logs, PostgreSQL.

``parse_line`` tries the cheap checks first (first character, a substring) and returns what
it found, sorted by how much it is worth: a level *field* of a structured line, a level
*prefix* the line was written with, and the text left for the keyword fallback.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from .records import Level
from .timestamps import leading_timestamp

T, D, N, W, E, C = (Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR,
                    Level.CRITICAL)  # N: iNfo
LEVEL_WORDS: dict[str, Level] = {
    "trace": T, "trc": T, "trac": T, "finest": T, "finer": T, "verbose": T,
    "debug": D, "dbg": D, "debu": D, "fine": D,
    "info": N, "inf": N, "information": N, "informational": N, "notice": N, "config": N,
    "log": N, "note": N, "system": N,
    "warn": W, "warning": W, "wrn": W,
    "error": E, "err": E, "erro": E, "eror": E, "severe": E,
    "critical": C, "crit": C, "crt": C, "fatal": C, "fata": C, "ftl": C, "panic": C,
    "pani": C, "dpanic": C, "alert": C, "emerg": C, "emergency": C,
}
_SYSLOG = (C, C, C, E, W, N, N, D)  # emerg alert crit err warning notice info debug

LEVEL_KEYS = ("level", "lvl", "severity", "levelname", "log.level", "loglevel", "log_level",
              "@l", "@level", "level_name", "levelName", "severity_text", "severityText",
              "SeverityText", "LogLevel")
_OTEL_KEYS = ("severity_number", "severityNumber", "SeverityNumber")
_SYSLOG_KEYS = ("PRIORITY", "syslog.severity", "syslog_severity")
_EVENT_TYPES = {"Normal": N, "Warning": W}
_MONGO_LEVELS = {"F": C, "E": E, "W": W, "I": N, "D": D}  # MongoDB's "s": F, E, W, I, D1-D5
MESSAGE_KEYS = ("msg", "message", "Message", "@m", "MESSAGE", "short_message", "log", "event",
                "text", "@mt", "error.message", "error", "err", "exception")
ERROR_KEYS = ("err", "error", "error.message", "exception", "exc_info", "stack_trace",
              "stacktrace", "error.stack_trace")
_EMPTY = frozenset({"", "0", "none", "null", "nil", "<nil>", "false", "[]", "{}", "-"})


def level_of(value: Any) -> Level | None:
    """The level a level field's value names (words, pino/bunyan numbers, syslog 0-7)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        word = value.strip().strip("[]<>").lower()
        found = LEVEL_WORDS.get(word)
        if found is not None or not word.isdecimal():
            return found
        value = int(word)
    if isinstance(value, int | float):
        n = int(value)
        if 0 <= n <= 7:
            return _SYSLOG[n]
        if n >= 10:  # pino and bunyan: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal
            return (T, D, N, W, E)[min(n, 59) // 10 - 1] if n < 60 else C
    return None


def _otel_level(value: Any) -> Level | None:
    if isinstance(value, int) and 1 <= value <= 24:
        return (T, D, N, W, E, C)[(value - 1) // 4]
    return None


@dataclass(slots=True)
class ParsedLine:
    message: str
    fields: dict[str, Any] = field(default_factory=dict)
    structured: Level | None = None  # from a level field
    prefix: Level | None = None      # from the way the line was written (klog, ERROR ..., 5xx)
    keyword_text: str = ""           # where the keyword fallback looks
    error_field: bool = False        # a non-empty err/error/exception field


def parse_line(text: str) -> ParsedLine:
    """Parse the first line of a record."""
    stripped = text.lstrip()
    if stripped[:1] == "{":
        parsed = _json(stripped)
        if parsed is not None:
            return parsed
    body = text
    c0, c1 = text[:1], text[1:2]
    if c0.isdecimal() or c0 == "[" or (c0.isupper() and c1.islower()):  # not klog's E0301
        found = leading_timestamp(text)
        if found is not None:
            body = text[found[1]:].lstrip()
    if _LOGFMT_START.match(body):
        return _logfmt(body)
    out = ParsedLine(message=body.strip(), keyword_text=text)
    detect_prefix(body, out)
    return out


# -- JSON ---------------------------------------------------------------------------------

def _flatten(obj: dict[str, Any], prefix: str = "", depth: int = 0,
             out: dict[str, Any] | None = None) -> dict[str, Any]:
    out = {} if out is None else out
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value and depth < 3:
            _flatten(value, f"{name}.", depth + 1, out)
        else:
            out[name] = value
    return out


def _json(text: str) -> ParsedLine | None:
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(obj, dict):
        return None
    fields = _flatten(obj)
    if fields.get("msg") == "record" and isinstance(fields.get("record.message"), str):
        return _cnpg(fields, text)
    message = ""
    for key in MESSAGE_KEYS:
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            message = value.strip() if key != "@mt" else render_template(value, fields).strip()
            break
    out = ParsedLine(message=message or text, fields=fields, keyword_text=message or " ".join(
        v for v in fields.values() if isinstance(v, str)))
    out.structured = _structured_level(fields)
    if out.structured is None and "@t" in fields and ("@m" in fields or "@mt" in fields):
        out.structured = Level.INFO  # Serilog's compact JSON leaves out @l for Information
    out.error_field = _has_error_field(fields)
    if message and out.structured is None:
        if message[:1] == "{":  # a JSON line wrapped in a JSON envelope (Docker's json-file)
            inner = _json(message)
            if inner is not None:
                inner.fields = {**fields, **inner.fields}
                return inner
        body = message.split("\n", 1)[0]
        found = leading_timestamp(body) if body[:1].isdecimal() else None
        detect_prefix(body[found[1]:].lstrip() if found else body, out)
    return out


# a message template's hole: ``{Source}``, ``{@Order}``, ``{$Id}``, ``{Elapsed:0.0000}``,
# ``{Name,-10}``; ``{{`` and ``}}`` are literal braces
_HOLE = re.compile(r"\{\{|\}\}|\{[@$]?([A-Za-z_][\w.]*)(?:,-?\d+)?(?::[^{}]*)?\}")


def render_template(template: str, fields: dict[str, Any]) -> str:
    """A Serilog message template (compact JSON's ``@mt``, written when the rendered ``@m``
    is not) with its holes filled from the event's properties: "Stock sync from {Source}
    failed: {Error}" → "Stock sync from DMS failed: Name or service not known". A hole with
    no property stays as written."""
    def fill(m: re.Match[str]) -> str:
        if m.group(1) is None:
            return m.group(0)[0]
        name = m.group(1)
        if name not in fields:  # a structure, flattened into "Order.Id", "Order.Total"
            inner = {k[len(name) + 1:]: v for k, v in fields.items()
                     if k.startswith(name + ".")}
            return json.dumps(inner, default=str) if inner else m.group(0)
        value = fields[name]
        return value if isinstance(value, str) else json.dumps(value, default=str)

    return _HOLE.sub(fill, template)


def template_holes(template: str) -> set[str]:
    """The property names a message template's holes take (``{Source}``, ``{@Order}``)."""
    return {m.group(1) for m in _HOLE.finditer(template) if m.group(1)}


def _cnpg(fields: dict[str, Any], text: str) -> ParsedLine:
    """CloudNativePG wraps each PostgreSQL log record in ``{"msg":"record","record":{...}}``:
    the record's ``message`` and ``error_severity`` are the line's (its own ``level`` is
    the operator's, ``info`` for every record)."""
    message = str(fields["record.message"]).strip()
    out = ParsedLine(message=message or text, fields=fields, keyword_text=message)
    out.structured = _PG_LEVEL.get(str(fields.get("record.error_severity", "")).upper(),
                                   _structured_level(fields))
    out.error_field = _has_error_field(fields)
    return out


def _structured_level(fields: dict[str, Any]) -> Level | None:
    for key in LEVEL_KEYS:
        if key in fields:
            level = level_of(fields[key])
            if level is not None:
                return level
    for key in _OTEL_KEYS:
        if key in fields and (level := _otel_level(fields[key])) is not None:
            return level
    for key in _SYSLOG_KEYS:
        value = fields.get(key)
        if isinstance(value, int | str) and str(value).isdecimal() and int(value) < 8:
            return _SYSLOG[int(value)]
    mongo = fields.get("s")
    if isinstance(mongo, str) and "c" in fields and "msg" in fields:  # MongoDB 4.4+ (JSON)
        found = _MONGO_LEVELS.get(mongo[:1])
        if found is not None:
            return found
    if "reason" in fields:  # a Kubernetes event (Alloy's kubernetes_events, event exporters)
        return _EVENT_TYPES.get(fields.get("type"))  # type: ignore[arg-type]
    return None


def _has_error_field(fields: dict[str, Any]) -> bool:
    for key in ERROR_KEYS:
        value = fields.get(key)
        if value is not None and value is not False and str(value).strip().lower() not in _EMPTY:
            return True
    return False


# -- logfmt -------------------------------------------------------------------------------

_LOGFMT_START = re.compile(r'[A-Za-z_@][\w.\-/@]*=(?:"|[^\s"=]|\s|$)')
_LOGFMT_PAIR = re.compile(r'([A-Za-z_@][\w.\-/@]*)=("(?:[^"\\]|\\.)*"?|[^\s"]*)')


def unquote(value: str) -> str:
    """A logfmt value without its quotes, escapes resolved."""
    if value[:1] != '"':
        return value
    try:
        out = json.loads(value)
        if isinstance(out, str):
            return out
    except (ValueError, RecursionError):
        pass
    inner = value[1:-1] if value.endswith('"') and len(value) > 1 else value[1:]
    return inner.replace('\\"', '"').replace("\\\\", "\\")


def logfmt_fields(text: str) -> dict[str, str]:
    """``key=value`` pairs of a logfmt text (values unquoted; bare words ignored)."""
    return {m.group(1): unquote(m.group(2)) for m in _LOGFMT_PAIR.finditer(text)}


#: Sidekiq's default format: its context as pairs, then the level and the message
#: (``pid=1 tid=9yez class=ShipJob jid=a95f WARN: Net::ReadTimeout``)
_PAIRS_THEN_LEVEL = re.compile(r'(?:[A-Za-z_@][\w.\-/@]*=(?:"(?:[^"\\]|\\.)*"|\S*)\s+)+'
                               r"(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL): (.*)", re.DOTALL)


def _logfmt(body: str) -> ParsedLine:
    fields: dict[str, Any] = logfmt_fields(body)
    message = ""
    for key in ("msg", "message", "error", "err"):
        if fields.get(key):
            message = fields[key]
            break
    out = ParsedLine(message=message or body.strip(), fields=fields,
                     keyword_text=message or body)
    out.structured = _structured_level(fields)
    out.error_field = _has_error_field(fields)
    if out.structured is None and (lead := _PAIRS_THEN_LEVEL.match(body)):
        out.prefix = LEVEL_WORDS[lead.group(1).lower()]
        if not message:
            out.message = out.keyword_text = lead.group(2).strip()
    return out


# -- prefixes -----------------------------------------------------------------------------

_KLOG = re.compile(r"([IWEF])\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+(\d+) ([^\]\s]+)\] ?(.*)",
                   re.DOTALL)
_KLOG_LEVEL = {"I": N, "W": W, "E": E, "F": C}
_PY_LOGGING = re.compile(r"(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL):(?P<name>[^:\s]*):"
                         r"(?P<msg>.*)", re.DOTALL)
# Celery's worker format: [2026-03-01 12:00:00,401: INFO/ForkPoolWorker-7] Task ... (after
# its time, ``: LEVEL/process]`` is left)
_CELERY = re.compile(r":\s(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)/(?P<name>[\w.-]+)\]\s?"
                     r"(?P<msg>.*)", re.DOTALL)
_PRI = re.compile(r"<(\d{1,3})>\s?")
# RFC 5424 after its <PRI>: VERSION TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA
# MSG, each header field "-" when absent, the structured data "-" or [id k="v" ...] elements
_RFC5424 = re.compile(r'1 \S+ (\S+) (\S+) (\S+) (\S+) (-|(?:\[(?:[^\]"\\]|"(?:[^"\\]|\\.)*")*\])+)'
                      r"(?: (.*)|$)", re.DOTALL)
_RFC5424_FIELDS = ("hostname", "appname", "procid", "msgid")
_TELEGRAF_LEVEL = {"D": D, "I": N, "W": W, "E": E}
# WebSphere and Open Liberty's basic format: [4/25/26, 5:00:38:200 UTC] <thread id> <logger>
# <one-letter event type> message (A audit, I info, W warning, E error, F fatal, C config,
# D detail; O and R are the application's System.out and System.err: no level)
_WEBSPHERE = re.compile(r"\[\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}:\d{2}[:.]\d{3} ?[^\]]*\] "
                        r"([0-9a-fA-F]{8}) (\S+)\s+([AIWEFCDOR]) (.*)", re.DOTALL)
_WEBSPHERE_LEVEL = {"A": N, "I": N, "C": N, "W": W, "E": E, "F": C, "D": D}
# Redis: <pid>:<role> 03 Feb 2026 07:03:28.392 <level> message; . debug, - verbose,
# * notice, # warning
_REDIS = re.compile(r"\d+:[MSCX] \d{1,2} [A-Z][a-z]{2} \d{4} [\d:.]+ ([.*#-]) (.*)", re.DOTALL)
_REDIS_LEVEL = {".": D, "-": D, "*": N, "#": W}
# Blue Gene/L RAS logs (Loghub's BGL): <alert tag or -> <epoch> <date> <node> <time> <node>
# <type> <component> <level> message
_BGL = re.compile(r"\S+ \d{9,10} \d{4}\.\d\d\.\d\d \S+ \d{4}-\d\d-\d\d-[\d.]+ \S+ \w+ \w+ "
                  r"(INFO|WARNING|SEVERE|ERROR|FAILURE|FATAL) (.*)", re.DOTALL)
_BGL_LEVEL = {"INFO": N, "WARNING": W, "SEVERE": E, "ERROR": E, "FAILURE": C, "FATAL": C}
# Monolog's line format (PHP: Symfony, Laravel), after its [datetime]: <channel>.<LEVEL>:
# message {context} [extra] ("app.ERROR: ...", Laravel's "production.ERROR: ...")
_MONOLOG = re.compile(r"(?P<name>[a-z][\w-]*(?:\.[\w-]+)*)\.(?P<level>DEBUG|INFO|NOTICE|WARNING|"
                      r"ERROR|CRITICAL|ALERT|EMERGENCY): (?P<msg>.*)", re.DOTALL)
# .NET's simple console formatter: "info: Microsoft.Hosting.Lifetime[0]" (the message follows
# on the next, indented line)
_DOTNET_LEVEL = {"trce": T, "dbug": D, "info": N, "warn": W, "fail": E, "crit": C}
# QuestDB: "<time> <level letter> <logger> message", its loggers io.questdb's abbreviated
# classes (i.q.c.w.WalWriter) or its servers (tcp-line-server, pg-server); D debug, I info,
# A advisory, E error, C critical
_QUESTDB = re.compile(r"([DIAEC]) ((?:[a-z]\.){2,}[A-Za-z]\w*|[a-z]+(?:-[a-z]+)*-server) (.*)",
                      re.DOTALL)
_QUESTDB_LEVEL = {"D": D, "I": N, "A": N, "E": E, "C": C}
# Haskell's katip, after its time: "[MyApp][Info][myhost][1724][ThreadId 1154][main:Mod
# src/Mod.hs:32:7] Started" (its namespace, severity, host, process id, "PID 1724" in later
# versions, thread, then the context and the source location, each in brackets)
_KATIP = re.compile(r"\[(?P<name>[^\]\s]+)\]\[(?P<level>Debug|Info|Notice|Warning|Error|Critical|"
                    r"Alert|Emergency)\]\[[^\]]*\]\[(?:PID )?\d+\](?:\[[^\]]*\])*\s*(?P<msg>.*)",
                    re.DOTALL)
_GO_PANIC = re.compile(r"(?:panic: |fatal error: |goroutine \d+ \[)")
_PG = re.compile(r"(?:^|\s)(LOG|ERROR|FATAL|PANIC|WARNING|NOTICE|INFO|DEBUG[1-5]?|DETAIL|HINT"
                 r"|STATEMENT|CONTEXT|QUERY|LOCATION):  (?=\S)")
_PG_LEVEL = {"LOG": N, "INFO": N, "NOTICE": N, "WARNING": W, "ERROR": E,
             "FATAL": E,  # one session ends (a failed login); the server runs on
             "PANIC": C}
_LEVEL_TOKEN = re.compile(
    r"(?:\S+\s+){0,5}?"
    # zerolog's console "3:04PM WRN", vibe.d's "[main(----) INF]"
    r"(?:[\[(<|]?(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERRO|ERR|CRIT|CRITICAL|FATAL|FATA"
    r"|PANIC|SEVERE|ALERT|EMERG|EMERGENCY|TRC|DBG|INF|WRN|FTL)(?=[\s\]):|>,\[-]|$)"
    # [info], fluent-bit's [ warn], MySQL's [Note], NATS' [INF], [sink:error]
    r"|\[ ?(?:[\w-]+:)?((?i:trace|trc|debug|dbg|info|inf|note|notice|system|warn|warning|wrn"
    r"|error|err|crit|critical|alert|emerg|fatal|ftl))\]"
    r"|(Warning|Error|Fatal|Critical|warning|error|fatal):\s"
    r"|<(Trace|Debug|Information|Notice|Warning|Error|Critical|Fatal)>"  # ClickHouse
    r"|(debug|info|warn|error|dpanic|panic|fatal)\t)")  # zap's console encoder
_JAVA_TAIL = re.compile(
    r"(?:\d+ --- )?\[\s*([^\]]*)\]\s+([\w.$]+)\s+[-:]\s+(.*)|([\w.$]+[.$][\w$]+)\s+[-:]\s+(.*)",
    re.DOTALL)
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
_COUNTER = re.compile(r"^\[\d+\]\s*")
_ACCESS = re.compile(r'"([A-Z]{3,10}) (\S+) (HTTP/[\d.]+)" (\d{3})\b')
_ACCESS_WARN = frozenset({401, 403, 407, 408, 429})


def _named_level(out: ParsedLine, m: re.Match[str], field: str) -> None:
    """A level word, a name kept as ``field`` and the message (Python logging, Celery,
    katip, Monolog): the match's groups ``level``, ``name`` and ``msg``."""
    out.prefix = LEVEL_WORDS[m.group("level").lower()]
    out.fields[field] = m.group("name")
    out.message = m.group("msg").strip()


def _syslog_message(rest: str, out: ParsedLine) -> str:
    """The message of a syslog frame after its ``<PRI>``: RFC 5424's MSG (its header's
    host, app, process and message ids kept as fields), or RFC 3164's ``host tag[pid]: msg``
    without the time before it, as a line of a file or the journal reads."""
    m = _RFC5424.match(rest)
    if m:
        out.fields.update((name, value) for name, value in zip(
            _RFC5424_FIELDS, m.groups(), strict=False) if value != "-")
        if m.group(5) != "-":
            out.fields["structured_data"] = m.group(5)
        return (m.group(6) or "").removeprefix("\ufeff").strip() or rest.strip()
    found = leading_timestamp(rest) if rest[:1].isupper() else None
    return (rest[found[1]:] if found else rest).strip()


def detect_prefix(body: str, out: ParsedLine) -> None:
    """Fill ``out.prefix`` (and message, fields) from how a text line starts; ``body`` is the
    line after its leading timestamp. Cheapest and most specific checks first."""
    first = body[:1]
    if not first:
        return
    if body[1:3] == "! " and first in _TELEGRAF_LEVEL:  # Telegraf: "E! [outputs.influxdb] ..."
        out.prefix = _TELEGRAF_LEVEL[first]
        out.message = body[3:].strip()
        return
    if first in "IWEF":
        m = _KLOG.match(body)
        if m:
            out.prefix = _KLOG_LEVEL[m.group(1)]
            out.fields.update(pid=m.group(2), caller=m.group(3))
            rest = m.group(4)
            if rest[:1] == '"':  # structured klog: "msg" key="value" ...
                q = _QUOTED.match(rest)
                if q:
                    out.fields.update(logfmt_fields(rest[q.end():]))
                    rest = unquote(q.group(0))
            out.message = rest.strip()
            return
    if first == "[" and body[1:2].isdecimal():
        m = _WEBSPHERE.match(body)
        if m:
            out.prefix = _WEBSPHERE_LEVEL.get(m.group(3))
            out.fields.update(thread=m.group(1), logger=m.group(2))
            out.message = m.group(4).strip()
            return
    if first == "[" and "][" in body[:120]:
        m = _KATIP.match(body)
        if m:
            _named_level(out, m, "logger")
            return
    if first == "<":
        m = _PRI.match(body)
        if m and int(m.group(1)) < 192:
            out.prefix = _SYSLOG[int(m.group(1)) % 8]
            out.message = _syslog_message(body[m.end():], out)
            return
    if " RAS " in body[:120] or " NULL " in body[:120]:
        m = _BGL.match(body)
        if m:
            out.prefix = _BGL_LEVEL[m.group(1)]
            out.message = m.group(2).strip()
            return
    if first.isdecimal() and ":" in body[:8]:
        m = _REDIS.match(body)
        if m:
            out.prefix = _REDIS_LEVEL[m.group(1)]
            out.message = m.group(2).strip()
            return
    if first == ":":
        m = _CELERY.match(body)
        if m:
            _named_level(out, m, "process")
            return
    if body[4:6] == ": " and (dotnet := _DOTNET_LEVEL.get(body[:4])) is not None:
        out.prefix = dotnet
        out.message = body[6:].strip()
        return
    if body[1:2] == " " and first in _QUESTDB_LEVEL:
        m = _QUESTDB.match(body)
        if m:
            out.prefix = _QUESTDB_LEVEL[m.group(1)]
            out.fields["logger"] = m.group(2)
            out.message = m.group(3).strip()
            return
    if first in "DIWEC":
        m = _PY_LOGGING.match(body)
        if m:
            _named_level(out, m, "logger")
            return
    if first in "pfg" and _GO_PANIC.match(body):
        out.prefix = Level.CRITICAL
        return
    if ":  " in body:
        m = _PG.search(body)
        if m:
            out.prefix = _PG_LEVEL.get(m.group(1), D if m.group(1).startswith("DEBUG") else None)
            if out.prefix is not None:
                out.message = body[m.end():].strip()
                return
    if first.islower():
        m = _MONOLOG.match(body)
        if m:
            _named_level(out, m, "logger")
            return
    m = _LEVEL_TOKEN.match(body)
    if m:
        word = next(g for g in m.groups() if g)
        out.prefix = LEVEL_WORDS.get(word.lower())
        rest = body[m.end():].lstrip(" \t:|>-]")
        if rest.startswith("["):
            rest = _COUNTER.sub("", rest, count=1)  # logrus' ERRO[0001]
        tail = _JAVA_TAIL.match(rest)
        if tail:
            thread, logger, msg = tail.group(1), tail.group(2) or tail.group(4), (
                tail.group(3) if tail.group(3) is not None else tail.group(5))
            if thread is not None:
                out.fields["thread"] = thread
            out.fields["logger"] = logger
            rest = msg
        out.message = rest.strip() or out.message
        return
    if '"' in body and "HTTP/" in body:
        m = _ACCESS.search(body)
        if m:
            status = int(m.group(4))
            out.fields.update(method=m.group(1), path=m.group(2), protocol=m.group(3),
                              status=status)
            out.prefix = E if status >= 500 else W if status in _ACCESS_WARN else N
