#!/usr/bin/env python3
"""Generator for dev47.jsonl: a forty-seventh independent, held-out golden set.

Domains: a car dealership group with service workshops, an online dating app,
and a cruise line's ship and shore systems.

Standard library only. Fixed seed 204747. Writes dev47.jsonl beside this script.
Running it twice gives byte-identical output.

Each record is written by hand as a list of (offset_seconds, label_key, text[, E]).
E marks an evidence line; indices are computed by the builder so they always match.
Inside a text, @@KIND@@ or @@KIND:key@@ tokens are expanded:
  time kinds use the line's own timestamp (ISO, ISO6, ISO7, ISO9, ISOS, OFF, SYS,
  KLOG, CLF, CLFMS, PG, COMMA, NGX, NATS, EPOCHF, EPOCHMS, HMS, HMSS, HMSC, RAILS, FPM,
  REDIS, LAR, JRNL, KUP, RFC1123);
  id kinds draw from the seeded RNG (H8, H12, H16, H24, H32, U, D4, D6); with a key the
  same value is reused inside the record.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

SEED = 204747
RNG = random.Random(SEED)
E = True
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'dev47.jsonl')


def K(ns, pod, container, node, app=None):
    """Labels of a Kubernetes container log stream."""
    d = {'namespace': ns, 'pod': pod, 'container': container, 'node': node}
    if app:
        d['app'] = app
    return d


def NJ(node, unit):
    """Labels of a Kubernetes node's own journal (kubelet, containerd, kernel)."""
    return {'node': node, 'job': 'node-journal', 'unit': unit}


def H(host, unit, job='syslog'):
    """Labels of a plain VM / bare-metal host log stream."""
    return {'host': host, 'job': job, 'unit': unit}


def _digits(n):
    return ''.join(RNG.choice('0123456789') for _ in range(n))


def _hex(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def _uuid():
    h = _hex(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], RNG.choice('89ab'), h[17:20], h[20:32])


def _time(kind, dt, spec):
    ms = dt.microsecond // 1000
    us = dt.microsecond
    Y, m, d = dt.year, dt.month, dt.day
    hms = dt.strftime('%H:%M:%S')
    if kind == 'ISO':
        return '%04d-%02d-%02dT%s.%03dZ' % (Y, m, d, hms, ms)
    if kind == 'ISO6':
        return '%04d-%02d-%02dT%s.%06dZ' % (Y, m, d, hms, us)
    if kind == 'ISO7':
        return '%04d-%02d-%02dT%s.%06d%sZ' % (Y, m, d, hms, us, _digits(1))
    if kind == 'ISO9':
        return '%04d-%02d-%02dT%s.%06d%sZ' % (Y, m, d, hms, us, _digits(3))
    if kind == 'ISOS':
        return '%04d-%02d-%02dT%sZ' % (Y, m, d, hms)
    if kind == 'OFF':
        return '%04d-%02d-%02dT%s.%03d+00:00' % (Y, m, d, hms, ms)
    if kind == 'SYS':
        return '%s %2d %s' % (MON[m - 1], d, hms)
    if kind == 'KLOG':
        return '%02d%02d %s.%06d' % (m, d, hms, us)
    if kind == 'CLF':
        return '%02d/%s/%04d:%s +0000' % (d, MON[m - 1], Y, hms)
    if kind == 'CLFMS':
        return '%02d/%s/%04d:%s.%03d' % (d, MON[m - 1], Y, hms, ms)
    if kind == 'PG':
        return '%04d-%02d-%02d %s.%03d UTC' % (Y, m, d, hms, ms)
    if kind == 'COMMA':
        return '%04d-%02d-%02d %s,%03d' % (Y, m, d, hms, ms)
    if kind == 'NGX':
        return '%04d/%02d/%02d %s' % (Y, m, d, hms)
    if kind == 'NATS':
        return '%04d/%02d/%02d %s.%06d' % (Y, m, d, hms, us)
    if kind == 'EPOCHF':
        s = '%.6f' % dt.timestamp()
        return s.rstrip('0').rstrip('.')
    if kind == 'EPOCHMS':
        return str(int(round(dt.timestamp() * 1000)))
    if kind == 'HMS':
        return '%s.%03d' % (hms, ms)
    if kind == 'HMSS':
        return hms
    if kind == 'HMSC':
        return '%s,%03d' % (hms, ms)
    if kind == 'RAILS':
        return '%04d-%02d-%02dT%s.%06d' % (Y, m, d, hms, us)
    if kind == 'FPM':
        return '%02d-%s-%04d %s' % (d, MON[m - 1], Y, hms)
    if kind == 'REDIS':
        return '%02d %s %04d %s.%03d' % (d, MON[m - 1], Y, hms, ms)
    if kind == 'LAR':
        return '%04d-%02d-%02d %s' % (Y, m, d, hms)
    if kind == 'JRNL':
        return '%04d-%02d-%02dT%s+0000' % (Y, m, d, hms)
    if kind == 'RFC1123':
        return '%s, %02d %s %04d %s GMT' % (DOW[dt.weekday()], d, MON[m - 1], Y, hms)
    if kind == 'KUP':
        up = spec.get('uptime', 1000000.0) + (dt - spec['_base']).total_seconds()
        return '[%5d.%06d]' % (int(up), int(round((up - int(up)) * 1e6)) % 1000000)
    return None


_ID = {
    'H8': lambda: _hex(8), 'H12': lambda: _hex(12), 'H16': lambda: _hex(16),
    'H24': lambda: _hex(24), 'H32': lambda: _hex(32), 'U': _uuid,
    'D4': lambda: _digits(4), 'D6': lambda: _digits(6),
}
_TOKEN = re.compile(r'@@([A-Z0-9]+)(?::([A-Za-z0-9_.-]+))?@@')


def _expand(text, dt, spec, ids):
    def rep(mo):
        kind, key = mo.group(1), mo.group(2)
        t = _time(kind, dt, spec)
        if t is not None:
            return t
        if kind not in _ID:
            raise ValueError('unknown token %r in %r' % (kind, text))
        if key is None:
            return _ID[kind]()
        if (kind, key) not in ids:
            ids[(kind, key)] = _ID[kind]()
        return ids[(kind, key)]
    return _TOKEN.sub(rep, text)


def _parse(s):
    return datetime.strptime(s, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)


def build(spec):
    """Turn a hand-written spec into a golden record."""
    base = _parse(spec['base'])
    spec['_base'] = base
    ids = {}
    logs, evidence = [], []
    prev = None
    for i, item in enumerate(spec['lines']):
        off, lk, text = item[0], item[1], item[2]
        dt = base + timedelta(seconds=off, microseconds=RNG.randint(0, 350000))
        if prev is not None and dt < prev + timedelta(milliseconds=1):
            # keep the millisecond-precision ts strictly increasing
            dt = prev.replace(microsecond=(prev.microsecond // 1000) * 1000) + timedelta(
                milliseconds=1, microseconds=RNG.randint(0, 8999))
        prev = dt
        ts = '%04d-%02d-%02dT%s.%03dZ' % (dt.year, dt.month, dt.day, dt.strftime('%H:%M:%S'),
                                          dt.microsecond // 1000)
        logs.append({'ts': ts, 'labels': dict(spec['labels'][lk]),
                     'line': _expand(text, dt, spec, ids)})
        if len(item) > 3 and item[3] is E:
            evidence.append(i)
    x = spec['expected']
    exp = {'severity': x['severity'], 'root_cause_category': x['category']}
    if x.get('component'):
        exp['component'] = x['component']
    exp['root_cause'] = x['root_cause']
    exp['summary'] = x['summary']
    exp['action'] = x['action']
    exp['evidence'] = evidence
    if x.get('quiet_cause'):
        exp['quiet_cause'] = True
    return {
        'id': None,
        'source': 'synthetic:' + spec['template'],
        'question': spec['question'],
        'selector': spec['selector'],
        'logs': logs,
        'expected': exp,
    }


def SEL(namespace=None, pod=None, container=None, node=None, app=None):
    return {'namespace': namespace, 'pod': pod, 'container': container, 'node': node, 'app': app}


RECORDS = []


def record(fn):
    RECORDS.append(fn)
    return fn


# ---------------------------------------------------------------------------
# Batch 1: healthy windows (dealership, dating)
# ---------------------------------------------------------------------------

@record
def healthy_dealer_inventory():
    n1, n2, n4 = ('aks-general-38219475-vmss000001', 'aks-general-38219475-vmss000002',
                  'aks-general-38219475-vmss000004')
    lab = {
        'trf': K('traefik', 'traefik-5b8c6d9f7d-qm4zt', 'traefik', n1, 'traefik'),
        'a': K('dealer-inventory', 'inventory-api-6f8d9c7b54-k2xvq', 'api', n4, 'inventory-api'),
        'b': K('dealer-inventory', 'inventory-api-6f8d9c7b54-w7rlm', 'api', n2, 'inventory-api'),
    }
    req = ('{"@t":"@@ISO7@@","@mt":"HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",'
           '"RequestMethod":"%s","RequestPath":"%s","StatusCode":%d,"Elapsed":%s,'
           '"SourceContext":"Serilog.AspNetCore.RequestLoggingMiddleware","RequestId":"0HN1GJ4K9P2Q%s:000000%s","Application":"Dealer.Inventory.Api"}')
    lines = [
        (0.0, 'trf', '10.240.0.37 - - [@@CLF@@] "GET /api/v2/vehicles?lot=north&make=skoda HTTP/1.1" 200 18342 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15" 48211 "dealer-inventory-api@kubernetescrd" "http://10.244.3.21:8080" 41ms'),
        (0.1, 'a', '{"@t":"@@ISO7@@","@mt":"Cache {Outcome} for {CacheKey}","@l":"Debug","Outcome":"hit","CacheKey":"vehicles:lot:north:make:skoda","SourceContext":"Dealer.Inventory.Caching.VehicleListCache","Application":"Dealer.Inventory.Api"}'),
        (0.2, 'a', req % ('GET', '/api/v2/vehicles', 200, '38.2215', 'F', '11')),
        (6.0, 'trf', '66.249.66.201 - - [@@CLF@@] "GET /api/v2/vehicles/TMBJR7NX5PY041822 HTTP/1.1" 404 112 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" 48219 "dealer-inventory-api@kubernetescrd" "http://10.244.1.14:8080" 6ms'),
        (6.1, 'b', '{"@t":"@@ISO7@@","@mt":"Vehicle {Vin} not in active stock (status {Status}), returning 404","@l":"Warning","Vin":"TMBJR7NX5PY041822","Status":"Sold","SourceContext":"Dealer.Inventory.Api.Controllers.VehiclesController","Application":"Dealer.Inventory.Api"}'),
        (6.2, 'b', req % ('GET', '/api/v2/vehicles/TMBJR7NX5PY041822', 404, '4.1187', 'G', '2a')),
        (19.0, 'b', '{"@t":"@@ISO7@@","@mt":"{AuthenticationScheme} was not authenticated. Failure message: {FailureMessage}","AuthenticationScheme":"Bearer","FailureMessage":"IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): \'16/02/2026 09:14:11\', Current time (UTC): \'16/02/2026 09:14:19\'.","SourceContext":"Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler","Application":"Dealer.Inventory.Api"}'),
        (19.1, 'trf', '10.240.0.52 - - [@@CLF@@] "POST /api/v2/reservations HTTP/1.1" 401 0 "https://www.northgate-motors.co.uk/used/skoda-octavia-estate" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/121.0.0.0" 48244 "dealer-inventory-api@kubernetescrd" "http://10.244.1.14:8080" 3ms'),
        (20.4, 'trf', '10.240.0.52 - - [@@CLF@@] "POST /api/v2/reservations HTTP/1.1" 201 388 "https://www.northgate-motors.co.uk/used/skoda-octavia-estate" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/121.0.0.0" 48251 "dealer-inventory-api@kubernetescrd" "http://10.244.3.21:8080" 57ms'),
        (20.5, 'a', '{"@t":"@@ISO7@@","@mt":"Reservation {ReservationId} created for {Vin} at {Site}","ReservationId":"RSV-2026-0088142","Vin":"TMBJJ9NX1RY019377","Site":"Northgate Leeds","SourceContext":"Dealer.Inventory.Api.Reservations.ReservationService","Application":"Dealer.Inventory.Api"}'),
        (20.6, 'a', req % ('POST', '/api/v2/reservations', 201, '52.9034', 'F', '14')),
        (47.0, 'a', '{"@t":"@@ISO7@@","@mt":"A transient exception occurred during execution. The operation will be retried after {delay}ms.","@l":"Warning","delay":"1184","@x":"Microsoft.Data.SqlClient.SqlException (0x80131904): Database \'dealer-inventory\' on server \'sql-dealer-prod\' is not currently available. Please retry the connection later. (Error 40613)","EventId":{"Id":10006,"Name":"Microsoft.EntityFrameworkCore.Infrastructure.ExecutionStrategyRetrying"},"SourceContext":"Microsoft.EntityFrameworkCore.Infrastructure","Application":"Dealer.Inventory.Api"}'),
        (48.5, 'a', req % ('GET', '/api/v2/vehicles/WVWZZZCDZRW104417', 200, '1241.7730', 'F', '19')),
        (61.0, 'b', '{"@t":"@@ISO7@@","@mt":"Health check {HealthCheckName} with status {HealthStatus} completed after {ElapsedMilliseconds}ms with message \'{HealthCheckDescription}\'","@l":"Debug","HealthCheckName":"sql","HealthStatus":"Healthy","ElapsedMilliseconds":3.12,"HealthCheckDescription":"(null)","SourceContext":"Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService","Application":"Dealer.Inventory.Api"}'),
        (74.0, 'trf', '10.240.0.41 - - [@@CLF@@] "GET /api/v2/vehicles/export.csv?lot=all HTTP/1.1" 499 0 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) Safari/605.1.15" 48302 "dealer-inventory-api@kubernetescrd" "http://10.244.1.14:8080" 9804ms'),
        (74.1, 'b', '{"@t":"@@ISO7@@","@mt":"Stock export cancelled after {Rows} rows: {Reason}","Rows":1200,"Reason":"client disconnected","SourceContext":"Dealer.Inventory.Api.Export.CsvExporter","Application":"Dealer.Inventory.Api"}'),
        (90.0, 'a', '{"@t":"@@ISO7@@","@mt":"Stock sync from {Source} finished: {Upserted} upserted, {Removed} removed, {Errors} errors in {ElapsedMs} ms","Source":"DMS","Upserted":214,"Removed":9,"Errors":0,"ElapsedMs":8812,"SourceContext":"Dealer.Inventory.Sync.DmsStockSyncWorker","Application":"Dealer.Inventory.Api"}'),
        (96.0, 'trf', '10.240.0.37 - - [@@CLF@@] "GET /api/v2/vehicles/TMBJJ9NX1RY019377/photos HTTP/1.1" 200 4471 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15" 48330 "dealer-inventory-api@kubernetescrd" "http://10.244.3.21:8080" 12ms'),
        (96.1, 'a', req % ('GET', '/api/v2/vehicles/TMBJJ9NX1RY019377/photos', 200, '9.4410', 'F', '1c')),
    ]
    return dict(
        template='dev47.dealer.inventory_healthy', base='2026-02-16T09:14:00Z', labels=lab, lines=lines,
        question='The inventory API logged a warning, a SqlException and some 401s and 404s this morning. Is something wrong with it?',
        selector=SEL('dealer-inventory', app='inventory-api'),
        expected=dict(
            severity='INFO', category='none', component=None,
            root_cause='No incident: the 404 is a sold vehicle requested by a crawler, the 401 is an expired browser token that was refreshed and retried with 201, the Azure SQL transient error was retried by EF Core and the request returned 200, and the 499 is a user who closed the export.',
            summary='inventory-api is serving normally; all errors in the window are expected or were retried successfully, and the DMS stock sync finished with 0 errors.',
            action='No action needed.')
    )


@record
def healthy_dealer_workshop_booking():
    n = 'aks-general-38219475-vmss00000'
    lab = {
        'web': K('workshop', 'workshop-web-5d7f8b9c6-8hq2n', 'rails', n + '3', 'workshop-web'),
        'sq': K('workshop', 'workshop-sidekiq-7b6c9d5f4-tr9wd', 'sidekiq', n + '2', 'workshop-sidekiq'),
        'pgb': K('workshop', 'pgbouncer-6c8d7f9b5-2kxmz', 'pgbouncer', n + '1', 'pgbouncer'),
    }
    W = 'I, [@@RAILS@@ #1]  INFO -- : [@@U:%s@@] '
    S = '@@ISO@@ pid=1 tid=%s class=%s jid=@@H24:%s@@ '
    lines = [
        (0.0, 'web', W % 'r1' + 'Started GET "/bookings/new?site=leeds-north&reg=YK21%20XRM" for 10.244.0.18 at @@LAR@@ +0000'),
        (0.1, 'web', W % 'r1' + 'Processing by BookingsController#new as HTML'),
        (0.2, 'web', W % 'r1' + 'Completed 200 OK in 84ms (Views: 52.1ms | ActiveRecord: 11.3ms | Allocations: 23817)'),
        (3.0, 'sq', S % ('2k4f', 'BookingReminderJob', 'j1') + 'INFO: start'),
        (3.5, 'sq', S % ('2k4f', 'BookingReminderJob', 'j1') + 'elapsed=0.412 INFO: done'),
        (9.0, 'web', W % 'r2' + 'Started GET "/bookings/BK-0417733/reschedule" for 10.244.0.18 at @@LAR@@ +0000'),
        (9.1, 'web', W % 'r2' + 'Processing by BookingsController#reschedule as HTML'),
        (9.2, 'web', W % 'r2' + '  Parameters: {"reference"=>"BK-0417733"}'),
        (9.3, 'web', W % 'r2' + 'Completed 404 Not Found in 9ms (ActiveRecord: 2.1ms | Allocations: 2144)'),
        (9.4, 'web', 'F, [@@RAILS@@ #1] FATAL -- : [@@U:r2@@] ActiveRecord::RecordNotFound (Couldn\'t find Booking with \'reference\'="BK-0417733" [WHERE "bookings"."status" != $1]):'),
        (21.0, 'sq', S % ('2k9x', 'DmsJobCardSyncJob', 'j2') + 'INFO: start'),
        (51.1, 'sq', S % ('2k9x', 'DmsJobCardSyncJob', 'j2') + 'elapsed=30.017 INFO: fail'),
        (51.2, 'sq', '@@ISO@@ pid=1 tid=2k9x WARN: {"context":"Job raised exception","job":{"retry":5,"queue":"dms","class":"DmsJobCardSyncJob","args":["LDS-N",412771],"jid":"@@H24:j2@@","retry_count":0},"_config":"<Sidekiq::Config>"}'),
        (51.3, 'sq', '@@ISO@@ pid=1 tid=2k9x WARN: Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>'),
        (60.0, 'pgb', '@@PG@@ [1] LOG stats: 18 xacts/s, 64 queries/s, 0 client parses/s, 0 server parses/s, 0 binds/s, in 11282 B/s, out 40219 B/s, xact 2213 us, query 488 us, wait 0 us'),
        (68.0, 'pgb', '@@PG@@ [1] LOG C-0x55d1c2a4b8f0: workshop/workshop_app@10.244.3.40:51822 closing because: client close request (age=600s)'),
        (83.0, 'sq', S % ('2k9x', 'DmsJobCardSyncJob', 'j2') + 'INFO: start'),
        (84.9, 'sq', S % ('2k9x', 'DmsJobCardSyncJob', 'j2') + 'elapsed=1.844 INFO: done'),
        (95.0, 'web', W % 'r3' + 'Started POST "/bookings" for 10.244.0.18 at @@LAR@@ +0000'),
        (95.1, 'web', W % 'r3' + 'Processing by BookingsController#create as TURBO_STREAM'),
        (95.3, 'web', W % 'r3' + 'Completed 302 Found in 143ms (ActiveRecord: 38.6ms | Allocations: 30211)'),
        (120.0, 'pgb', '@@PG@@ [1] LOG stats: 21 xacts/s, 73 queries/s, 0 client parses/s, 0 server parses/s, 0 binds/s, in 12904 B/s, out 44781 B/s, xact 2087 us, query 471 us, wait 0 us'),
    ]
    return dict(
        template='dev47.dealer.workshop_booking_healthy', base='2026-02-17T07:32:00Z', labels=lab, lines=lines,
        question='Workshop booking printed a FATAL and a Sidekiq job failure. Do we need to do anything?',
        selector=SEL('workshop'),
        expected=dict(
            severity='INFO', category='none', component=None,
            root_cause='No incident: the FATAL is how Rails logs a RecordNotFound that became a 404 for a cancelled booking link, and the one DmsJobCardSyncJob read stall was retried by Sidekiq and finished in 1.8s.',
            summary='Workshop booking pages and jobs are healthy; bookings are created, PgBouncer shows no waiting clients, the failed job succeeded on retry.',
            action='No action needed.')
    )


@record
def healthy_dealer_dms_nightly():
    h = 'dms01'
    lab = {
        'cron': H(h, 'cron'), 'bk': H(h, 'pg_backup'), 'ssh': H(h, 'sshd'), 'pg': H(h, 'postgresql'),
        'chr': H(h, 'chronyd'), 'sd': H(h, 'systemd'), 'k': H(h, 'kernel'), 'rc': H(h, 'rclone'),
    }
    P = '@@SYS@@ dms01 '
    lines = [
        (0.0, 'cron', P + 'CRON[48211]: (postgres) CMD (/usr/local/bin/pg_backup.sh nightly >> /var/log/pg_backup.log 2>&1)'),
        (0.4, 'bk', P + 'pg_backup.sh[48213]: starting pg_dump of dms (format=custom, compress=zstd:3)'),
        (12.0, 'pg', P + 'postgres[1187]: [48220-1] @@PG@@ [1194] LOG:  checkpoint starting: time'),
        (31.0, 'ssh', P + 'sshd[48302]: Invalid user admin from 45.148.10.174 port 53412'),
        (31.2, 'ssh', P + 'sshd[48302]: Connection closed by invalid user admin 45.148.10.174 port 53412 [preauth]'),
        (33.0, 'k', P + 'kernel: @@KUP@@ [UFW BLOCK] IN=ens160 OUT= MAC=00:50:56:a1:3c:7e:00:50:56:a1:00:01:08:00 SRC=45.148.10.174 DST=10.20.1.15 LEN=44 TOS=0x00 PREC=0x00 TTL=243 ID=54321 PROTO=TCP SPT=53988 DPT=5432 WINDOW=1024 RES=0x00 SYN URGP=0'),
        (34.0, 'ssh', P + 'sshd[48305]: Connection closed by authenticating user root 45.148.10.174 port 54102 [preauth]'),
        (58.0, 'chr', P + 'chronyd[702]: Source 10.20.0.6 replaced with 10.20.0.7 (ntp2.dealer.internal)'),
        (60.0, 'sd', P + 'systemd[1]: Starting logrotate.service - Rotate log files...'),
        (61.0, 'sd', P + 'systemd[1]: logrotate.service: Deactivated successfully.'),
        (61.1, 'sd', P + 'systemd[1]: Finished logrotate.service - Rotate log files.'),
        (196.0, 'pg', P + 'postgres[1187]: [48221-1] @@PG@@ [1194] LOG:  checkpoint complete: wrote 1843 buffers (11.2%); 0 WAL file(s) added, 0 removed, 1 recycled; write=184.114 s, sync=0.012 s, total=184.201 s; sync files=211, longest=0.004 s, average=0.001 s; distance=14211 kB, estimate=16022 kB; lsn=3A/9C4120F8, redo lsn=3A/9B0012C0'),
        (212.0, 'bk', P + 'pg_backup.sh[48213]: pg_dump finished: /srv/backup/dms-2026-02-18.dump 4.2G in 211s (exit 0)'),
        (212.5, 'bk', P + 'pg_backup.sh[48213]: uploading to remote:dealer-backups/dms/2026/02/18/'),
        (301.0, 'rc', P + 'rclone[48290]: ERROR : dms-2026-02-18.dump: Failed to copy: multipart upload failed to upload part: RequestTimeout: Your socket connection to the server was not read from or written to within the timeout period. status code: 400, request id: @@H16:s3r1@@'),
        (301.1, 'rc', P + 'rclone[48290]: ERROR : Attempt 1/3 failed with 1 errors and: multipart upload failed to upload part: RequestTimeout: Your socket connection to the server was not read from or written to within the timeout period.'),
        (404.0, 'rc', P + 'rclone[48290]: INFO  : dms-2026-02-18.dump: Copied (new)'),
        (404.1, 'rc', P + 'rclone[48290]: INFO  : Attempt 2/3 succeeded'),
        (404.6, 'bk', P + 'pg_backup.sh[48213]: backup complete: size=4.2G uploaded=yes pruned=1 errors=0'),
        (405.0, 'sd', P + 'systemd[1]: session-4412.scope: Deactivated successfully.'),
    ]
    return dict(
        template='dev47.dealer.dms_host_nightly_healthy', base='2026-02-18T01:05:00Z', labels=lab, lines=lines,
        uptime=2318401.0,
        question='Our on-prem DMS server shows SSH failures, a firewall block and rclone ERRORs in last night\'s logs. Did the backup fail?',
        selector=None,
        expected=dict(
            severity='INFO', category='none', component=None,
            root_cause='No incident: the SSH and UFW lines are an internet scanner being rejected, and the rclone upload error was a single multipart attempt that succeeded on attempt 2/3; the backup finished with errors=0.',
            summary='The nightly DMS backup completed and was uploaded; checkpoints, time sync and log rotation are normal.',
            action='No action needed.')
    )


@record
def healthy_dating_chat_gateway():
    n1, n2 = 'gke-dating-prod-pool-2-7f3c1a9e-x8kq', 'gke-dating-prod-pool-2-7f3c1a9e-m2vd'
    lab = {
        'g1': K('dating-chat', 'chat-gateway-84b6d9c5f7-9wq2x', 'chat-gateway', n1, 'chat-gateway'),
        'g2': K('dating-chat', 'chat-gateway-84b6d9c5f7-ltp6k', 'chat-gateway', n2, 'chat-gateway'),
        'l5d': K('dating-chat', 'chat-gateway-84b6d9c5f7-9wq2x', 'linkerd-proxy', n1, 'chat-gateway'),
        'nats': K('dating-chat', 'nats-1', 'nats', n2, 'nats'),
    }
    lines = [
        (0.0, 'g1', '@@HMS@@ request_id=F7xhQ2b4Yk8AAB1h [info] GET /api/conversations'),
        (0.1, 'g1', '@@HMS@@ request_id=F7xhQ2b4Yk8AAB1h [info] Sent 200 in 14ms'),
        (2.0, 'g1', '@@HMS@@ [info] REFUSED CONNECTION TO ChatWeb.UserSocket in 1ms'),
        (3.1, 'g1', '@@HMS@@ [info] CONNECTED TO ChatWeb.UserSocket in 2ms'),
        (3.2, 'g1', '@@HMS@@ [info] JOINED conversation:8812731 in 418µs'),
        (7.0, 'g2', '@@HMS@@ [info] socket closed user_id=5512093 transport=websocket code=1001 reason=going_away duration_s=1843'),
        (7.2, 'l5d', '[ 88219.418223s]  INFO ThreadId(01) inbound:server{port=4000}:rescue{client.addr=10.52.7.14:48812}: linkerd_app_core::errors::respond: HTTP/1.1 request failed error=client 10.52.7.14:48812: connection closed before message completed error.sources=[connection closed before message completed]'),
        (11.0, 'nats', '[1] @@NATS@@ [INF] 10.52.3.22:39812 - cid:4412 - "v0.13:elixir:chat-gateway" - Client Closed'),
        (14.0, 'g2', '@@HMS@@ [warning] presence heartbeat missed user_id=7730114 last_seen_ms=61000 action=mark_away'),
        (18.0, 'g2', '@@HMS@@ request_id=F7xhQ3aRkP0AAC9z [info] POST /api/conversations/8813002/messages'),
        (18.1, 'g2', '@@HMS@@ request_id=F7xhQ3aRkP0AAC9z [info] Sent 201 in 9ms'),
        (18.2, 'nats', '[1] @@NATS@@ [INF] 10.52.3.22:40110 - cid:4419 - "v0.13:elixir:chat-gateway" - Client connection created'),
        (26.0, 'g1', '@@HMS@@ [info] CONNECTED TO ChatWeb.UserSocket in 1ms'),
        (26.1, 'g1', '@@HMS@@ [info] JOINED conversation:8813002 in 377µs'),
        (33.0, 'l5d', '[ 88245.902114s]  INFO ThreadId(02) outbound:proxy{addr=10.56.12.40:4222}: linkerd_reconnect: Disconnected from endpoint error=connection reset by peer (os error 104)'),
        (33.4, 'l5d', '[ 88246.310559s]  INFO ThreadId(02) outbound:proxy{addr=10.56.12.40:4222}: linkerd_reconnect: Connected'),
        (40.0, 'g2', '@@HMS@@ request_id=F7xhQ4Ck1t8AAD2m [info] GET /api/conversations/8813002/messages'),
        (40.1, 'g2', '@@HMS@@ request_id=F7xhQ4Ck1t8AAD2m [info] Sent 304 in 3ms'),
        (52.0, 'g1', '@@HMS@@ [info] socket closed user_id=6620417 transport=websocket code=1006 reason=abnormal duration_s=212'),
        (60.0, 'g1', '@@HMS@@ [info] gateway stats sockets=18211 channels=24480 msgs_in_1m=9312 msgs_out_1m=18774 send_errors=0'),
    ]
    return dict(
        template='dev47.dating.chat_gateway_healthy', base='2026-02-14T21:40:00Z', labels=lab, lines=lines,
        question='Valentine\'s evening: chat-gateway logs refused sockets, abnormal closes and a linkerd reset. Is chat degraded?',
        selector=SEL('dating-chat', app='chat-gateway'),
        expected=dict(
            severity='INFO', category='none', component=None,
            root_cause='No incident: the refused socket was an expired token that reconnected a second later, the 1001/1006 closes are mobile clients going away, and the linkerd reset was a single NATS connection that reconnected immediately.',
            summary='Chat is healthy under Valentine\'s load: messages are sent and delivered and the gateway reports send_errors=0.',
            action='No action needed.')
    )


@record
def healthy_dating_photo_moderation():
    n1, n2, n3 = ('gke-dating-prod-pool-3-2b9d41c0-q7lh', 'gke-dating-prod-pool-3-2b9d41c0-v3zc',
                  'gke-dating-prod-pool-2-7f3c1a9e-m2vd')
    lab = {
        'w1': K('dating-media', 'photo-moderation-worker-6d9f7c8b5-hk2vp', 'worker', n1, 'photo-moderation'),
        'w2': K('dating-media', 'photo-moderation-worker-6d9f7c8b5-rb8tn', 'worker', n2, 'photo-moderation'),
        'api': K('dating-media', 'photo-upload-api-59c7d8f6b4-4jkwq', 'api', n3, 'photo-upload-api'),
        'mq': K('dating-media', 'rabbitmq-0', 'rabbitmq', n2, 'rabbitmq'),
    }
    lines = [
        (0.0, 'api', 'INFO:     10.52.0.9:33412 - "POST /v1/photos HTTP/1.1" 201 Created'),
        (0.1, 'api', '{"event": "derivative.lookup", "key": "u/7731902/p/3f1c9a/w640.webp", "status": 404, "note": "not generated yet", "level": "debug", "logger": "upload.storage", "timestamp": "@@ISO6@@"}'),
        (0.3, 'w1', '[@@COMMA@@: INFO/MainProcess] Task moderation.tasks.scan_photo[@@U:t1@@] received'),
        (1.3, 'w1', '[@@COMMA@@: INFO/ForkPoolWorker-2] Task moderation.tasks.scan_photo[@@U:t1@@] succeeded in 0.912s: {\'verdict\': \'approve\', \'nsfw\': 0.021, \'faces\': 1}'),
        (4.0, 'w2', '[@@COMMA@@: INFO/MainProcess] Task moderation.tasks.scan_photo[@@U:t2@@] received'),
        (4.6, 'w2', '[@@COMMA@@: INFO/ForkPoolWorker-4] Task moderation.tasks.scan_photo[@@U:t2@@] retry: Retry in 4s: ConnectionResetError(104, \'Connection reset by peer\')'),
        (8.9, 'w2', '[@@COMMA@@: INFO/MainProcess] Task moderation.tasks.scan_photo[@@U:t2@@] received'),
        (9.8, 'w2', '[@@COMMA@@: INFO/ForkPoolWorker-1] Task moderation.tasks.scan_photo[@@U:t2@@] succeeded in 0.774s: {\'verdict\': \'approve\', \'nsfw\': 0.004, \'faces\': 1}'),
        (15.0, 'w1', '[@@COMMA@@: WARNING/ForkPoolWorker-3] /usr/local/lib/python3.11/site-packages/PIL/Image.py:3186: DecompressionBombWarning: Image size (98304000 pixels) exceeds limit of 89478485 pixels, could be decompression bomb DOS attack.'),
        (16.2, 'w1', '[@@COMMA@@: INFO/ForkPoolWorker-3] Task moderation.tasks.scan_photo[@@U:t3@@] succeeded in 2.184s: {\'verdict\': \'approve\', \'nsfw\': 0.011, \'faces\': 1, \'downscaled\': True}'),
        (22.0, 'mq', '@@ISO6@@ [warning] <0.17010.0> closing AMQP connection <0.17010.0> (10.52.4.11:40312 -> 10.52.2.9:5672, vhost: \'media\', user: \'moderation\'):'),
        (22.1, 'mq', '@@ISO6@@ [warning] <0.17010.0> client unexpectedly closed TCP connection'),
        (24.0, 'mq', '@@ISO6@@ [info] <0.18231.0> accepting AMQP connection <0.18231.0> (10.52.4.17:52144 -> 10.52.2.9:5672)'),
        (24.1, 'mq', '@@ISO6@@ [info] <0.18231.0> connection <0.18231.0> (10.52.4.17:52144 -> 10.52.2.9:5672): user \'moderation\' authenticated and granted access to vhost \'media\''),
        (31.0, 'api', 'INFO:     10.52.0.9:33418 - "GET /v1/photos/3f1c9a/status HTTP/1.1" 200 OK'),
        (38.0, 'api', 'INFO:     10.52.0.9:33502 - "DELETE /v1/photos/77aa01 HTTP/1.1" 404 Not Found'),
        (38.1, 'api', '{"event": "photo.delete", "photo_id": "77aa01", "result": "already_deleted", "user_id": 5120448, "level": "info", "logger": "upload.api", "timestamp": "@@ISO6@@"}'),
        (60.0, 'w1', '{"event": "moderation.batch_summary", "window_s": 60, "processed": 412, "approved": 397, "rejected": 11, "escalated": 4, "error_count": 0, "p95_ms": 1610, "level": "info", "logger": "moderation.metrics", "timestamp": "@@ISO6@@"}'),
        (61.0, 'w2', '[@@COMMA@@: INFO/MainProcess] Task moderation.tasks.scan_photo[@@U:t4@@] received'),
        (61.8, 'w2', '[@@COMMA@@: INFO/ForkPoolWorker-2] Task moderation.tasks.scan_photo[@@U:t4@@] succeeded in 0.701s: {\'verdict\': \'reject\', \'nsfw\': 0.972, \'faces\': 1}'),
    ]
    return dict(
        template='dev47.dating.photo_moderation_healthy', base='2026-02-19T13:22:00Z', labels=lab, lines=lines,
        question='Photo moderation shows a connection reset, a DecompressionBombWarning and RabbitMQ warnings. Is moderation backing up?',
        selector=SEL('dating-media', app='photo-moderation'),
        expected=dict(
            severity='INFO', category='none', component=None,
            root_cause='No incident: one scan was retried after a reset and succeeded, the oversized image was downscaled and approved, the RabbitMQ warning is a client that went away and was replaced by a new connection, and the 404s are expected lookups and an idempotent delete.',
            summary='Moderation throughput is normal (412 processed in 60 s, error_count=0, p95 1.6 s).',
            action='No action needed.')
    )


@record
def healthy_dating_match_rollout():
    n1, n2 = 'gke-dating-prod-pool-2-7f3c1a9e-x8kq', 'gke-dating-prod-pool-2-7f3c1a9e-h5rj'
    lab = {
        'ev': K('monitoring', 'event-exporter-5f7d8c9b6-p4mzn', 'event-exporter', n2, 'event-exporter'),
        'kl': NJ(n1, 'kubelet.service'),
        'new': K('dating-match', 'match-service-7c5d9f8b6d-2xkqr', 'match-service', n1, 'match-service'),
        'old': K('dating-match', 'match-service-6b4c8d7f59-vh8tn', 'match-service', n2, 'match-service'),
    }
    EV = '{"type":"%s","reason":"%s","message":"%s","involvedObject":{"kind":"%s","namespace":"dating-match","name":"%s"},"source":{"component":"%s"},"lastTimestamp":"@@ISOS@@"}'
    pod = 'match-service-7c5d9f8b6d-2xkqr'
    lines = [
        (0.0, 'ev', EV % ('Normal', 'ScalingReplicaSet', 'Scaled up replica set match-service-7c5d9f8b6d to 1', 'Deployment', 'match-service', 'deployment-controller')),
        (0.5, 'ev', EV % ('Normal', 'Scheduled', 'Successfully assigned dating-match/%s to %s' % (pod, n1), 'Pod', pod, 'default-scheduler')),
        (1.2, 'ev', EV % ('Normal', 'Pulling', 'Pulling image \\"europe-west4-docker.pkg.dev/dating-prod/apps/match-service:v2.31.0\\"', 'Pod', pod, 'kubelet')),
        (4.7, 'ev', EV % ('Normal', 'Pulled', 'Successfully pulled image \\"europe-west4-docker.pkg.dev/dating-prod/apps/match-service:v2.31.0\\" in 3.412s (3.412s including waiting). Image size: 48213761 bytes.', 'Pod', pod, 'kubelet')),
        (4.9, 'ev', EV % ('Normal', 'Started', 'Started container match-service', 'Pod', pod, 'kubelet')),
        (5.2, 'new', '{"level":"info","ts":@@EPOCHF@@,"caller":"cmd/main.go:74","msg":"starting match-service","version":"v2.31.0","commit":"9c41e7a"}'),
        (5.3, 'new', '{"level":"info","ts":@@EPOCHF@@,"caller":"cache/warmup.go:61","msg":"warming candidate index","shards":16}'),
        (10.1, 'kl', r'I@@KLOG@@    2207 prober.go:107] "Probe failed" probeType="Readiness" pod="dating-match/match-service-7c5d9f8b6d-2xkqr" podUID="6f1e0b52-93a4-4c0e-8d71-2b7c9e4f1a30" containerName="match-service" probeResult="failure" output="Get \"http://10.52.3.17:8080/readyz\": dial tcp 10.52.3.17:8080: connect: connection refused"'),
        (10.2, 'ev', EV % ('Warning', 'Unhealthy', 'Readiness probe failed: Get \\"http://10.52.3.17:8080/readyz\\": dial tcp 10.52.3.17:8080: connect: connection refused', 'Pod', pod, 'kubelet')),
        (11.0, 'new', '{"level":"info","ts":@@EPOCHF@@,"caller":"httpserver/server.go:48","msg":"http server listening","addr":":8080","ready":false}'),
        (15.0, 'new', '{"level":"warn","ts":@@EPOCHF@@,"caller":"flags/client.go:112","msg":"flag service not reachable yet, using bundled defaults","error":"rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp 10.56.9.14:9090: connect: connection refused\\"","attempt":1}'),
        (20.1, 'ev', EV % ('Warning', 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 503', 'Pod', pod, 'kubelet')),
        (21.4, 'new', '{"level":"info","ts":@@EPOCHF@@,"caller":"flags/client.go:98","msg":"flags refreshed","source":"flagd","count":41}'),
        (23.6, 'new', '{"level":"info","ts":@@EPOCHF@@,"caller":"cache/warmup.go:88","msg":"candidate index ready","shards":16,"profiles":1843221,"elapsed":"18.3s"}'),
        (30.2, 'kl', r'I@@KLOG@@    2207 kubelet.go:2542] "SyncLoop (probe)" probe="readiness" status="ready" pod="dating-match/match-service-7c5d9f8b6d-2xkqr"'),
        (30.9, 'ev', EV % ('Normal', 'ScalingReplicaSet', 'Scaled down replica set match-service-6b4c8d7f59 to 2 from 3', 'Deployment', 'match-service', 'deployment-controller')),
        (31.0, 'ev', EV % ('Normal', 'Killing', 'Stopping container match-service', 'Pod', 'match-service-6b4c8d7f59-vh8tn', 'kubelet')),
        (31.1, 'old', '{"level":"info","ts":@@EPOCHF@@,"caller":"cmd/main.go:131","msg":"received signal, draining","signal":"terminated","inflight":3}'),
        (33.8, 'old', '{"level":"info","ts":@@EPOCHF@@,"caller":"cmd/main.go:140","msg":"shutdown complete","drained":3}'),
        (41.0, 'new', '{"level":"info","ts":@@EPOCHF@@,"caller":"api/handlers.go:203","msg":"request","method":"GET","path":"/v1/candidates","status":200,"dur_ms":23,"user":"u_8812043"}'),
    ]
    return dict(
        template='dev47.dating.match_rollout_healthy', base='2026-02-20T10:03:00Z', labels=lab, lines=lines,
        question='The match-service rollout produced readiness probe failures and Unhealthy warnings. Is the new version broken?',
        selector=SEL('dating-match', app='match-service'),
        expected=dict(
            severity='INFO', category='none', component=None,
            root_cause='No incident: the readiness failures are the new v2.31.0 pod starting up and warming its candidate index; it became ready after about 30 s and the rollout replaced the old pod gracefully.',
            summary='Normal rolling update of match-service; probe failures only during startup, the new pod serves 200s.',
            action='No action needed (optionally add a startupProbe to keep startup noise out of events).')
    )


@record
def healthy_dating_push_notifier():
    n = 'gke-dating-prod-pool-1-0c4e8b2a-'
    lab = {
        'p1': K('dating-notify', 'push-notifier-6c9b7d5f8-zk4wm', 'push-notifier', n + 'tq9s', 'push-notifier'),
        'p2': K('dating-notify', 'push-notifier-6c9b7d5f8-8vn2d', 'push-notifier', n + 'f61b', 'push-notifier'),
        'ev': K('monitoring', 'event-exporter-5f7d8c9b6-p4mzn', 'event-exporter', 'gke-dating-prod-pool-2-7f3c1a9e-h5rj', 'event-exporter'),
    }
    P1 = '{"level":%d,"time":@@EPOCHMS@@,"pid":1,"hostname":"push-notifier-6c9b7d5f8-zk4wm","svc":"push-notifier",'
    P2 = '{"level":%d,"time":@@EPOCHMS@@,"pid":1,"hostname":"push-notifier-6c9b7d5f8-8vn2d","svc":"push-notifier",'
    lines = [
        (0.0, 'p1', P1 % 30 + '"campaign":"evening-digest","queued":4851,"msg":"batch started"}'),
        (0.4, 'p1', P1 % 20 + '"provider":"apns","http2Session":"api.push.apple.com:443","streams":412,"msg":"apns session reused"}'),
        (1.9, 'p1', P1 % 40 + '"provider":"apns","status":410,"reason":"Unregistered","token":"a3f0…9c1e","userId":7711042,"msg":"device token no longer active, pruning"}'),
        (2.0, 'p1', P1 % 40 + '"provider":"apns","status":410,"reason":"Unregistered","token":"0b77…e4d2","userId":6609331,"msg":"device token no longer active, pruning"}'),
        (2.6, 'p2', P2 % 30 + '"campaign":"evening-digest","queued":4779,"msg":"batch started"}'),
        (3.5, 'p2', P2 % 50 + '"provider":"fcm","attempt":1,"err":{"type":"FirebaseMessagingError","message":"Internal error encountered.","code":"messaging/internal-error","stack":"FirebaseMessagingError: Internal error encountered.\\n    at FirebaseMessagingRequestHandler.buildSendResponse (/app/node_modules/firebase-admin/lib/messaging/messaging-api-request-internal.js:99:39)"},"msg":"fcm send failed, will retry"}'),
        (4.6, 'p2', P2 % 30 + '"provider":"fcm","attempt":2,"messageId":"projects/dating-prod/messages/0:17085@@D6@@%9f3c","msg":"fcm send ok"}'),
        (6.0, 'p1', P1 % 40 + '"queue":"push","jobId":"88120437","msg":"job stalled, will be reprocessed"}'),
        (6.8, 'p1', P1 % 30 + '"queue":"push","jobId":"88120437","attempt":2,"msg":"job completed"}'),
        (9.0, 'ev', '{"type":"Normal","reason":"SuccessfulRescale","message":"New size: 4; reason: cpu resource utilization (percentage of request) above target","involvedObject":{"kind":"HorizontalPodAutoscaler","namespace":"dating-notify","name":"push-notifier"},"source":{"component":"horizontal-pod-autoscaler"},"lastTimestamp":"@@ISOS@@"}'),
        (14.0, 'p2', P2 % 40 + '"provider":"fcm","code":"messaging/registration-token-not-registered","userId":5580127,"msg":"device token no longer active, pruning"}'),
        (18.0, 'p1', P1 % 20 + '"provider":"apns","jwtAgeSec":2710,"msg":"apns provider token still valid"}'),
        (22.0, 'p2', P2 % 30 + '"req":{"method":"POST","url":"/internal/notify/match","remoteAddress":"10.52.3.17"},"res":{"statusCode":202},"responseTime":4,"msg":"request completed"}'),
        (27.0, 'p1', P1 % 30 + '"campaign":"evening-digest","sent":4812,"failed":0,"pruned":37,"durationMs":26210,"msg":"batch delivered"}'),
        (28.2, 'p2', P2 % 30 + '"campaign":"evening-digest","sent":4741,"failed":0,"pruned":38,"durationMs":25602,"msg":"batch delivered"}'),
        (33.0, 'p2', P2 % 30 + '"req":{"method":"GET","url":"/healthz","remoteAddress":"10.52.1.1"},"res":{"statusCode":200},"responseTime":0,"msg":"request completed"}'),
        (40.0, 'p1', P1 % 30 + '"req":{"method":"POST","url":"/internal/notify/message","remoteAddress":"10.52.7.31"},"res":{"statusCode":202},"responseTime":3,"msg":"request completed"}'),
        (45.0, 'p1', P1 % 40 + '"provider":"apns","status":400,"reason":"BadDeviceToken","token":"ffe1…03aa","userId":9001276,"env":"sandbox-token-on-prod","msg":"device token rejected, pruning"}'),
    ]
    return dict(
        template='dev47.dating.push_notifier_healthy', base='2026-02-21T19:58:00Z', labels=lab, lines=lines,
        question='push-notifier logs APNs 410s, an FCM send failure and a stalled job during the evening digest. Are notifications being lost?',
        selector=SEL('dating-notify', app='push-notifier'),
        expected=dict(
            severity='INFO', category='none', component=None,
            root_cause='No incident: 410 Unregistered and BadDeviceToken are dead device tokens being pruned as designed, the FCM internal error succeeded on attempt 2, and the stalled job was reprocessed and completed.',
            summary='The evening digest was delivered in full (sent 4812 + 4741, failed 0); the HPA scale-up is normal for the campaign.',
            action='No action needed.')
    )


@record
def healthy_cruise_satgw_host():
    h = 'sat-gw01.aurora.ship'
    lab = {
        'vs': H(h, 'vsat-mon.service', 'journal'), 'sync': H(h, 'shore-sync.service', 'journal'),
        'ch': H(h, 'strongswan.service', 'journal'), 'ka': H(h, 'keepalived.service', 'journal'),
        'chr': H(h, 'chronyd.service', 'journal'), 'sd': H(h, 'init.scope', 'journal'),
        'ssh': H(h, 'ssh.service', 'journal'),
    }
    S = 'time="@@ISOS@@" level=%s msg="%s" %s'
    lines = [
        (0.0, 'sync', S % ('info', 'outbound batch sent', 'queue=folio-events batch=500 bytes=183112 rtt_ms=612')),
        (4.0, 'vs', 'modem 10.60.255.2: planned beam switch IS-37e/B14 -> IS-37e/B15 in 30s (vessel heading 241, lon -18.42)'),
        (34.0, 'vs', 'modem 10.60.255.2: rx lock lost (beam switch in progress)'),
        (35.5, 'sync', S % ('warning', 'send failed, will retry', 'queue=folio-events attempt=1 err="write tcp 10.60.1.10:48122->10.10.4.20:443: write: broken pipe"')),
        (41.0, 'ch', '09[IKE] sending DPD request'),
        (47.0, 'vs', 'modem 10.60.255.2: rx lock acquired beam=IS-37e/B15 esno=9.8dB modcod=8PSK-3/4 tx_enabled=true'),
        (48.2, 'ch', '13[IKE] received DPD response, no additional payloads'),
        (50.0, 'sync', S % ('info', 'outbound batch sent', 'queue=folio-events batch=500 bytes=179944 rtt_ms=655 attempt=2')),
        (50.5, 'sync', S % ('warning', 'shore returned 409 for resent batch, already applied; marking delivered', 'queue=folio-events batch_id=fe-20260302-041233')),
        (55.0, 'sync', S % ('info', 'outbound batch sent', 'queue=crew-timesheets batch=120 bytes=40211 rtt_ms=640')),
        (58.0, 'ssh', 'error: kex_exchange_identification: Connection closed by remote host'),
        (58.1, 'ssh', 'Connection closed by 10.60.1.5 port 40412'),
        (63.0, 'ka', '(VI_SATGW) Received advert from 10.60.1.11 with lower priority 90, ours 110, forcing new election'),
        (63.1, 'ka', '(VI_SATGW) Sending/queueing gratuitous ARPs on eth1 for 10.60.1.1'),
        (70.0, 'chr', 'Selected source 10.60.0.1 (gps-ntp.aurora.ship)'),
        (88.0, 'ch', '11[IKE] CHILD_SA shore-dc{212} established with SPIs c41d92e0_i 0a7f13b5_o and TS 10.60.0.0/16 === 10.10.0.0/16'),
        (88.1, 'ch', '11[IKE] closing CHILD_SA shore-dc{211} with SPIs c2b0f7a1_i (18842211 bytes) 09e3c4d2_o (71120443 bytes) and TS 10.60.0.0/16 === 10.10.0.0/16'),
        (96.0, 'sd', 'Starting sysstat-collect.service - system activity accounting tool...'),
        (96.4, 'sd', 'sysstat-collect.service: Deactivated successfully.'),
        (120.0, 'sync', S % ('info', 'sync cycle complete', 'queues=4 sent_batches=9 error_count=0 backlog=0 lag_s=41')),
        (121.0, 'vs', 'modem 10.60.255.2: link stats esno=10.1dB rx_kbps=48211 tx_kbps=6120 drops=0'),
    ]
    return dict(
        template='dev47.cruise.satgw_host_healthy', base='2026-03-02T04:17:00Z', labels=lab, lines=lines,
        question='The ship\'s satellite gateway logged a lost rx lock, a broken pipe and a VRRP election overnight. Was ship-to-shore sync affected?',
        selector=None,
        expected=dict(
            severity='INFO', category='none', component=None,
            root_cause='No incident: the lock loss was a planned beam switch (13 s), the one failed send was retried and succeeded, the VRRP election kept this node as master, and the IPsec CHILD_SA was rekeyed normally.',
            summary='Ship-to-shore sync is healthy: cycle complete with error_count=0 and backlog=0 after a planned beam switch.',
            action='No action needed.')
    )


@record
def healthy_cruise_excursions():
    n1, n2 = 'ip-10-42-17-88.eu-west-1.compute.internal', 'ip-10-42-33-140.eu-west-1.compute.internal'
    lab = {
        'gw': K('istio-system', 'istio-ingressgateway-6b8f9d7c5-wq2rk', 'istio-proxy', n2, 'istio-ingressgateway'),
        'a': K('excursions', 'excursions-booking-7d8f9c6b5-m4xkq', 'app', n1, 'excursions-booking'),
        'ae': K('excursions', 'excursions-booking-7d8f9c6b5-m4xkq', 'istio-proxy', n1, 'excursions-booking'),
        'b': K('excursions', 'excursions-booking-7d8f9c6b5-9fjtd', 'app', n2, 'excursions-booking'),
    }
    SB = '@@ISO@@ %5s 1 --- [excursions-booking] [%15s] %-40s : %s'
    GW = ('[@@ISO@@] "%s %s HTTP/2" %d - via_upstream - "-" %d %d %d %d "%s" "%s" "@@U@@" "excursions.aurora-cruises.com" '
          '"%s:8080" outbound|8080||excursions-booking.excursions.svc.cluster.local 10.42.33.12:%d 10.42.33.12:8443 %s:0 excursions.aurora-cruises.com -')
    lines = [
        (0.0, 'gw', GW % ('GET', '/api/excursions?port=PMI&date=2026-03-05', 200, 0, 18211, 41, 40, '88.12.4.201', 'AuroraApp/5.12 (iOS 17.3.1)', '10.42.17.91', 51234, '88.12.4.201')),
        (0.1, 'a', SB % ('INFO', 'nio-8080-exec-3', 'c.a.e.catalog.ExcursionQueryService', 'Listed 38 excursions for port=PMI date=2026-03-05 (cache=HIT)')),
        (5.0, 'b', SB % ('WARN', 'nio-8080-exec-7', 'c.a.e.booking.BookingService', 'Excursion PMI-CATHEDRAL-AM is sold out (capacity=40, booked=40); rejecting booking for guest G-7741203 with 409')),
        (5.1, 'gw', GW % ('POST', '/api/bookings', 409, 212, 96, 18, 17, '91.142.8.77', 'Mozilla/5.0 (Linux; Android 14) Chrome/122.0', '10.42.33.57', 51240, '91.142.8.77')),
        (9.0, 'a', SB % ('DEBUG', 'nio-8080-exec-1', 'o.s.s.o.s.r.a.JwtAuthenticationProvider', 'Failed to authenticate since the JWT was invalid')),
        (9.1, 'ae', '[@@ISO@@] "GET /api/me/bookings HTTP/1.1" 401 - via_upstream - "-" 0 0 3 2 "88.12.4.201" "AuroraApp/5.12 (iOS 17.3.1)" "@@U@@" "excursions-booking.excursions.svc.cluster.local:8080" "10.42.17.91:8080" inbound|8080|| 127.0.0.6:41233 10.42.17.91:8080 10.42.33.12:0 outbound_.8080_._.excursions-booking.excursions.svc.cluster.local default'),
        (10.4, 'ae', '[@@ISO@@] "GET /api/me/bookings HTTP/1.1" 200 - via_upstream - "-" 0 2219 22 21 "88.12.4.201" "AuroraApp/5.12 (iOS 17.3.1)" "@@U@@" "excursions-booking.excursions.svc.cluster.local:8080" "10.42.17.91:8080" inbound|8080|| 127.0.0.6:41251 10.42.17.91:8080 10.42.33.12:0 outbound_.8080_._.excursions-booking.excursions.svc.cluster.local default'),
        (22.0, 'ae', '@@ISO6@@\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:152\tStreamAggregatedResources gRPC config stream to xds-grpc closed since 1811s ago: 13, \tthread=17'),
        (30.0, 'b', SB % ('DEBUG', 'l-1 housekeeper', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Pool stats (total=10, active=2, idle=8, waiting=0)')),
        (34.0, 'a', SB % ('DEBUG', '   scheduling-1', 'o.s.retry.support.RetryTemplate', 'Retry: count=1')),
        (34.1, 'a', SB % ('WARN', 'scheduling-1', 'c.a.e.partner.PartnerAvailabilityClient', 'Partner palma-tours availability call failed (attempt 1/3): I/O error on GET request for "https://api.palmatours.es/v2/availability": Connection reset')),
        (35.6, 'a', SB % ('INFO', 'scheduling-1', 'c.a.e.partner.PartnerAvailabilitySync', 'Partner availability refreshed: partner=palma-tours tours=42 changed=3 attempts=2')),
        (44.0, 'gw', GW % ('POST', '/api/bookings', 201, 244, 612, 88, 87, '88.12.4.201', 'AuroraApp/5.12 (iOS 17.3.1)', '10.42.17.91', 51261, '88.12.4.201')),
        (44.1, 'a', SB % ('INFO', 'nio-8080-exec-9', 'c.a.e.booking.BookingService', 'Booking BKG-PMI-0031877 confirmed: excursion=PMI-VALLDEMOSSA-PM guests=2 folio=F-2026-118842 total=178.00 EUR')),
        (60.0, 'b', SB % ('INFO', 'scheduling-1', 'c.a.e.sync.ShipManifestPublisher', 'Published 14 booking changes to ship aurora-meridian (queue depth 0, failures 0)')),
        (62.0, 'gw', GW % ('GET', '/api/excursions/PMI-CATHEDRAL-AM', 200, 0, 3012, 9, 9, '91.142.8.77', 'Mozilla/5.0 (Linux; Android 14) Chrome/122.0', '10.42.33.57', 51288, '91.142.8.77')),
        (75.0, 'a', SB % ('DEBUG', 'l-1 housekeeper', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Pool stats (total=10, active=1, idle=9, waiting=0)')),
        (80.0, 'gw', GW % ('GET', '/api/excursions?port=CAG&date=2026-03-07', 200, 0, 15532, 37, 36, '77.204.19.3', 'AuroraApp/5.11 (Android 13)', '10.42.33.57', 51302, '77.204.19.3')),
    ]
    return dict(
        template='dev47.cruise.excursions_healthy', base='2026-03-03T08:41:00Z', labels=lab, lines=lines,
        question='Excursion booking shows 409s, 401s, a partner I/O error and an Envoy xDS warning. Are guests unable to book?',
        selector=SEL('excursions', app='excursions-booking'),
        expected=dict(
            severity='INFO', category='none', component=None,
            root_cause='No incident: the 409 is a sold-out tour, the 401 is an expired app token that was refreshed, the partner reset succeeded on attempt 2, and the xDS stream close is istiod\'s routine periodic reconnect.',
            summary='Bookings are confirmed and published to the ship with 0 failures; the pool is mostly idle.',
            action='No action needed.')
    )


@record
def healthy_cruise_pos_rebalance():
    lab = {
        'old': K('onboard-pos', 'pos-service-5c8d7b9f6-qk2mn', 'pos-service', 'ship-edge-02', 'pos-service'),
        'new': K('onboard-pos', 'pos-service-6d9e8c7a5-hx4lz', 'pos-service', 'ship-edge-03', 'pos-service'),
        'kb': K('kafka', 'kafka-1', 'kafka', 'ship-edge-01', 'kafka'),
    }
    Q = '@@COMMA@@ %-5s [%s] (%s) %s'
    C = '[Consumer clientId=kafka-consumer-pos-sales, groupId=pos-settlement] '
    GC = '[@@COMMA@@] INFO [GroupCoordinator 1]: %s (kafka.coordinator.group.GroupCoordinator)'
    lines = [
        (0.0, 'old', Q % ('INFO', 'com.aur.pos.SaleResource', 'executor-thread-4', 'sale approved terminal=DECK5-POOLBAR-02 txn=T-88120344 folio=F-2026-117702 amount=14.50 USD')),
        (3.0, 'new', Q % ('INFO', 'io.quarkus', 'main', 'pos-service 3.9.2 on JVM (powered by Quarkus 3.8.3) started in 3.418s. Listening on: http://0.0.0.0:8080')),
        (3.1, 'new', Q % ('INFO', 'io.quarkus', 'main', 'Profile prod activated. ')),
        (3.9, 'kb', GC % 'Preparing to rebalance group pos-settlement in state PreparingRebalance with old generation 41 (__consumer_offsets-27) (reason: Adding new member kafka-consumer-pos-sales-8f2c1d7e-4b0a-4c1e-9d3f-51a7e2c08b14 with group instance id None; client reason: need to re-join with the given member-id: kafka-consumer-pos-sales-8f2c1d7e-4b0a-4c1e-9d3f-51a7e2c08b14)'),
        (4.2, 'old', Q % ('INFO', 'org.apa.kaf.cli.con.int.ConsumerCoordinator', 'smallrye-kafka-consumer-thread-0', C + 'Request joining group due to: group is already rebalancing')),
        (4.3, 'old', Q % ('WARN', 'org.apa.kaf.cli.con.int.ConsumerCoordinator', 'smallrye-kafka-consumer-thread-0', C + 'Asynchronous auto-commit of offsets failed: Offset commit cannot be completed since the consumer is not part of an active group for auto partition assignment; it is likely that the consumer was kicked out of the group.. Will continue to join group.')),
        (6.8, 'kb', GC % 'Stabilized group pos-settlement generation 42 (__consumer_offsets-27) with 2 members'),
        (7.0, 'new', Q % ('INFO', 'org.apa.kaf.cli.con.int.ConsumerCoordinator', 'smallrye-kafka-consumer-thread-0', C + "Successfully joined group with generation Generation{generationId=42, memberId='kafka-consumer-pos-sales-8f2c1d7e-4b0a-4c1e-9d3f-51a7e2c08b14', protocol='range'}")),
        (7.1, 'new', Q % ('INFO', 'org.apa.kaf.cli.con.int.ConsumerCoordinator', 'smallrye-kafka-consumer-thread-0', C + 'Notifying assignor about the new Assignment(partitions=[pos-sales-3, pos-sales-4, pos-sales-5])')),
        (7.2, 'new', Q % ('INFO', 'org.apa.kaf.cli.con.int.ConsumerCoordinator', 'smallrye-kafka-consumer-thread-0', C + 'Setting offset for partition pos-sales-3 to the committed offset FetchPosition{offset=118842, offsetEpoch=Optional[7], currentLeader=LeaderAndEpoch{leader=Optional[kafka-0.kafka-headless.kafka.svc:9092 (id: 0 rack: deck4)], epoch=7}}')),
        (12.0, 'old', Q % ('ERROR', 'io.qua.ver.htt.run.QuarkusErrorHandler', 'executor-thread-2', 'HTTP Request to /api/sales failed, error id: 5e1a77c2-0d4b-4f0e-9a3b-7c2d91e04f6a-1: io.vertx.core.VertxException: Connection was closed')),
        (12.9, 'new', Q % ('INFO', 'com.aur.pos.SaleResource', 'executor-thread-1', 'duplicate sale ignored terminal=DECK7-SPA-01 idempotency-key=9c71b0e4 txn=T-88120351 (already approved)')),
        (20.0, 'new', Q % ('INFO', 'com.aur.pos.SaleResource', 'executor-thread-3', 'sale approved terminal=DECK11-BUFFET-04 txn=T-88120359 folio=F-2026-116931 amount=6.25 USD')),
        (31.0, 'old', Q % ('INFO', 'io.quarkus', 'Shutdown thread', 'pos-service stopped in 0.412s')),
        (31.2, 'kb', GC % 'Preparing to rebalance group pos-settlement in state PreparingRebalance with old generation 42 (__consumer_offsets-27) (reason: Removing member kafka-consumer-pos-sales-0b41e9a2-77c3-4f18-a2d6-9e5c3f1b7a20 on LeaveGroup; client reason: the consumer is being closed)'),
        (33.5, 'kb', GC % 'Stabilized group pos-settlement generation 43 (__consumer_offsets-27) with 1 members'),
        (33.8, 'new', Q % ('INFO', 'org.apa.kaf.cli.con.int.ConsumerCoordinator', 'smallrye-kafka-consumer-thread-0', C + 'Notifying assignor about the new Assignment(partitions=[pos-sales-0, pos-sales-1, pos-sales-2, pos-sales-3, pos-sales-4, pos-sales-5])')),
        (45.0, 'new', Q % ('INFO', 'com.aur.pos.settlement.SettlementConsumer', 'vert.x-worker-thread-1', 'settled batch partition=pos-sales-1 records=212 lag=0 failed=0')),
        (50.0, 'new', Q % ('INFO', 'com.aur.pos.SaleResource', 'executor-thread-2', 'sale approved terminal=DECK5-POOLBAR-02 txn=T-88120374 folio=F-2026-118040 amount=22.00 USD')),
    ]
    return dict(
        template='dev47.cruise.pos_rebalance_healthy', base='2026-03-04T15:09:00Z', labels=lab, lines=lines,
        question='During the pos-service deploy on the ship we saw an ERROR from QuarkusErrorHandler and failed Kafka offset commits. Were sales lost?',
        selector=SEL('onboard-pos', app='pos-service'),
        expected=dict(
            severity='INFO', category='none', component=None,
            root_cause='No incident: the consumer-group rebalances and the failed auto-commit are the normal effect of a rolling deploy, and the QuarkusErrorHandler error is a terminal that dropped its connection and re-sent the sale, which was deduplicated by its idempotency key.',
            summary='pos-service rolled over cleanly; sales keep being approved and settlement runs with lag=0 and failed=0.',
            action='No action needed.')
    )


@record
def healthy_cruise_checkin_kiosk_host():
    h = 'pier2-checkin01'
    lab = {
        'acc': H(h, 'nginx-access', 'varlog'), 'err': H(h, 'nginx-error', 'varlog'),
        'lar': H(h, 'laravel', 'varlog'), 'fpm': H(h, 'php8.2-fpm', 'varlog'), 'sd': H(h, 'systemd'),
    }
    A = '%s - %s [@@CLF@@] "%s %s HTTP/1.1" %d %d "-" "%s" rt=%s uct=%s uht=%s urt=%s'
    K7 = 'KioskApp/3.4 (Android 12; Zebra ET40)'
    LAR = '[@@LAR@@] production.%s: %s'
    lines = [
        (0.0, 'acc', A % ('10.70.2.31', '-', 'POST', '/api/checkin/scan', 200, 412, K7, '0.184', '0.000', '0.183', '0.183')),
        (0.1, 'lar', LAR % ('INFO', 'Boarding pass issued {"booking":"AUR-7K2M9Q","guests":3,"cabin":"8214","kiosk":"kiosk-07"}')),
        (6.0, 'lar', LAR % ('WARNING', 'Passport MRZ checksum mismatch, asking guest to rescan {"booking":"AUR-3Q8T1W","kiosk":"kiosk-04","field":"document_number"}')),
        (6.1, 'acc', A % ('10.70.2.24', '-', 'POST', '/api/checkin/scan', 422, 187, K7, '0.051', '0.000', '0.051', '0.051')),
        (14.0, 'acc', A % ('10.70.2.24', '-', 'POST', '/api/checkin/scan', 200, 409, K7, '0.176', '0.000', '0.175', '0.175')),
        (14.1, 'lar', LAR % ('INFO', 'Boarding pass issued {"booking":"AUR-3Q8T1W","guests":2,"cabin":"6051","kiosk":"kiosk-04"}')),
        (25.0, 'err', '@@NGX@@ [info] 2211#2211: *88213 client prematurely closed connection while reading client request body, client: 10.70.2.44, server: checkin.pier2.local, request: "POST /api/checkin/photo HTTP/1.1", host: "checkin.pier2.local"'),
        (25.1, 'acc', A % ('10.70.2.44', '-', 'POST', '/api/checkin/photo', 499, 0, K7, '12.004', '0.000', '-', '-')),
        (31.0, 'fpm', '[@@FPM@@] NOTICE: [pool checkin] child 18231 exited with code 0 after 1203.883114 seconds from start'),
        (31.1, 'fpm', '[@@FPM@@] NOTICE: [pool checkin] child 18644 started'),
        (40.0, 'acc', A % ('10.70.1.12', '-', 'GET', '/admin/queue', 302, 0, 'Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X) Safari/604.1', '0.021', '0.000', '0.021', '0.021')),
        (43.0, 'acc', A % ('10.70.1.12', 'agent.morales', 'POST', '/admin/login', 302, 0, 'Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X) Safari/604.1', '0.212', '0.000', '0.211', '0.211')),
        (43.1, 'lar', LAR % ('INFO', 'Staff login {"user":"agent.morales","terminal":"pier2-desk-03"}')),
        (60.0, 'sd', '@@SYS@@ pier2-checkin01 systemd[1]: Starting phpsessionclean.service - Clean php session files...'),
        (60.6, 'sd', '@@SYS@@ pier2-checkin01 systemd[1]: phpsessionclean.service: Deactivated successfully.'),
        (72.0, 'lar', LAR % ('NOTICE', 'Kiosk heartbeat stale {"kiosk":"kiosk-11","last_seen_s":640,"state":"disabled_by_supervisor","reason":"maintenance"}')),
        (90.0, 'lar', LAR % ('INFO', 'Manifest sync to ship ok {"ship":"aurora-meridian","guests":412,"failed":0,"duration_ms":2811}')),
        (95.0, 'acc', A % ('10.70.2.31', '-', 'POST', '/api/checkin/scan', 200, 415, K7, '0.192', '0.000', '0.191', '0.191')),
        (95.1, 'lar', LAR % ('INFO', 'Boarding pass issued {"booking":"AUR-9X4L2C","guests":1,"cabin":"10233","kiosk":"kiosk-07"}')),
    ]
    return dict(
        template='dev47.cruise.checkin_kiosk_host_healthy', base='2026-03-05T06:50:00Z', labels=lab, lines=lines,
        question='Pier 2 check-in server: a 422, a 499, php-fpm children exiting and a stale kiosk. Is embarkation check-in having problems?',
        selector=None,
        expected=dict(
            severity='INFO', category='none', component=None,
            root_cause='No incident: the 422 is a passport misread that succeeded on rescan, the 499 is a guest who walked away from a kiosk, the php-fpm children are recycled by pm.max_requests, and kiosk-11 is intentionally disabled for maintenance.',
            summary='Embarkation check-in is working: boarding passes are issued and the manifest sync to the ship reports failed=0.',
            action='No action needed.')
    )


@record
def healthy_dealer_tradein_cert_renewal():
    n1, n3 = 'aks-general-38219475-vmss000001', 'aks-general-38219475-vmss000003'
    lab = {
        'cm': K('cert-manager', 'cert-manager-7d86b9f5c4-8wjrn', 'cert-manager-controller', n1, 'cert-manager'),
        'ing': K('ingress-nginx', 'ingress-nginx-controller-6f9c8d7b5-x4m2p', 'controller', n1, 'ingress-nginx'),
        'v': K('tradein', 'tradein-valuation-7b9c5d8f4-s2mkp', 'valuation', n3, 'tradein-valuation'),
    }
    R = '@@ISO6@@ %5s %s'
    ACC = ('10.240.0.%d - - [@@CLF@@] "%s %s HTTP/2.0" %d %d "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0.0.0" %d %s '
           '[tradein-tradein-valuation-8080] [] 10.244.3.44:8080 %d %s %d @@H32@@')
    lines = [
        (0.0, 'cm', r'I@@KLOG@@       1 trigger_controller.go:215] "Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="tradein/tradein-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-03-06 11:27:00 +0000 UTC"'),
        (0.2, 'cm', r'I@@KLOG@@       1 conditions.go:203] "Setting lastTransitionTime for Certificate condition" logger="cert-manager.certificates-trigger" key="tradein/tradein-tls" condition="Issuing" lastTransitionTime="2026-03-06 11:27:00.204 +0000 UTC"'),
        (1.0, 'cm', r'I@@KLOG@@       1 conditions.go:263] "Setting lastTransitionTime for CertificateRequest condition" logger="cert-manager.certificates-request-manager" key="tradein/tradein-tls" condition="Approved" lastTransitionTime="2026-03-06 11:27:01.012 +0000 UTC"'),
        (3.0, 'v', R % ('INFO', 'request{method=POST uri=/v1/valuations version=HTTP/1.1}: tradein_valuation::api: valuation computed vrm="LS19XKA" mileage=48211 offer_gbp=11850 source="cap-hpi" latency_ms=284')),
        (3.1, 'ing', ACC % (37, 'POST', '/v1/valuations', 200, 402, 611, '0.291', 402, '0.290', 200)),
        (9.0, 'v', R % ('DEBUG', 'hyper_util::client::legacy::pool: reuse idle connection for ("https", api.pricing-partner.co.uk)')),
        (9.3, 'v', R % ('WARN', 'request{method=POST uri=/v1/valuations version=HTTP/1.1}: tradein_valuation::pricing::client: pricing API asked us to back off status=429 retry_after_s=2 attempt=1 vrm="YD68PWO"')),
        (11.6, 'v', R % ('INFO', 'request{method=POST uri=/v1/valuations version=HTTP/1.1}: tradein_valuation::pricing::client: quote fetched status=200 attempt=2 latency_ms=318 vrm="YD68PWO"')),
        (11.7, 'v', R % ('INFO', 'request{method=POST uri=/v1/valuations version=HTTP/1.1}: tradein_valuation::api: valuation computed vrm="YD68PWO" mileage=61077 offer_gbp=9400 source="cap-hpi" latency_ms=2612')),
        (11.8, 'ing', ACC % (52, 'POST', '/v1/valuations', 200, 398, 604, '2.619', 398, '2.618', 200)),
        (8.0, 'cm', 'E@@KLOG@@       1 sync.go:190] "propagation check failed" err="wrong status code \'404\', expected \'200\'" logger="cert-manager.challenges" resource_name="tradein-tls-7-2814403775-1204934588" resource_namespace="tradein" resource_kind="Challenge" resource_version="v1" dnsName="valuations.northgate-motors.co.uk" type="HTTP-01"'),
        (14.0, 'ing', '45.148.10.174 - - [@@CLF@@] "GET /wp-login.php HTTP/1.1" 404 146 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0" 214 0.001 [upstream-default-backend] [] 127.0.0.1:8181 146 0.001 404 @@H32@@'),
        (24.0, 'cm', r'I@@KLOG@@       1 acme.go:236] "certificate issued" logger="cert-manager.certificaterequests-issuer-acme.sign" resource_name="tradein-tls-7" resource_namespace="tradein" resource_kind="CertificateRequest" resource_version="v1" related_resource_name="tradein-tls-7-2814403775" related_resource_namespace="tradein" related_resource_kind="Order" related_resource_version="v1"'),
        (24.5, 'cm', r'I@@KLOG@@       1 conditions.go:192] "Found status change for Certificate condition; setting lastTransitionTime" logger="cert-manager.certificates-readiness" key="tradein/tradein-tls" condition="Ready" oldStatus="True" status="True" lastTransitionTime="2026-03-06 11:27:24.512 +0000 UTC"'),
        (25.4, 'ing', r'I@@KLOG@@       7 backend_ssl.go:67] "Adding secret to local store" name="tradein/tradein-tls"'),
        (25.9, 'ing', r'I@@KLOG@@       7 controller.go:190] "Configuration changes detected, backend reload required"'),
        (26.3, 'ing', r'I@@KLOG@@       7 controller.go:210] "Backend successfully reloaded"'),
        (40.0, 'v', R % ('INFO', 'request{method=GET uri=/v1/valuations/VAL-2026-0412231 version=HTTP/1.1}: tradein_valuation::api: valuation fetched id="VAL-2026-0412231" status="offer_accepted"')),
        (40.1, 'ing', ACC % (41, 'GET', '/v1/valuations/VAL-2026-0412231', 200, 512, 488, '0.007', 512, '0.006', 200)),
        (55.0, 'v', R % ('DEBUG', 'tradein_valuation::metrics: flushed gauges=14 counters=31')),
        (60.0, 'v', R % ('INFO', 'tradein_valuation::pricing::client: pricing quota window used=412 limit=1000 resets_in_s=1380')),
    ]
    return dict(
        template='dev47.dealer.tradein_cert_renewal_healthy', base='2026-03-06T11:27:00Z', labels=lab, lines=lines,
        question='Trade-in valuation got a 429 from the pricing API and cert-manager is re-issuing its certificate. Anything to fix?',
        selector=SEL('tradein', app='tradein-valuation'),
        expected=dict(
            severity='INFO', category='none', component=None,
            root_cause='No incident: the single 429 was honoured with a 2 s back-off and the retry succeeded (quota 412 of 1000 used), and the certificate renewal is the scheduled cert-manager renewal that completed and was loaded by ingress-nginx.',
            summary='Valuations are computed and served with 200s; the TLS certificate was renewed on schedule.',
            action='No action needed.')
    )


# ---------------------------------------------------------------------------
# Batch 2: incidents (memory, application code, images, probes)
# ---------------------------------------------------------------------------

@record
def crit_dating_match_memory_loop():
    n1, n2, n3 = ('gke-dating-prod-pool-2-7f3c1a9e-x8kq', 'gke-dating-prod-pool-2-7f3c1a9e-h5rj',
                  'gke-dating-prod-pool-2-7f3c1a9e-m2vd')
    lab = {
        'a': K('dating-match', 'match-service-7f4b9c8d6-2ndxp', 'match-service', n1, 'match-service'),
        'b': K('dating-match', 'match-service-7f4b9c8d6-tm5zr', 'match-service', n3, 'match-service'),
        'k1': NJ(n1, 'kernel'), 'k3': NJ(n3, 'kernel'),
        'ct': NJ(n1, 'containerd.service'),
        'ev': K('monitoring', 'event-exporter-5f7d8c9b6-p4mzn', 'event-exporter', n2, 'event-exporter'),
        'feed': K('dating-discovery', 'discovery-feed-5b7c9d8f4-qq8lm', 'feed', n2, 'discovery-feed'),
        'gw': K('dating-edge', 'api-gateway-66d8f7c9b-7hx2c', 'envoy', n2, 'api-gateway'),
    }
    SL = '{"time":"@@ISO9@@","level":"%s","msg":"%s",%s}'
    EV = '{"type":"Warning","reason":"BackOff","message":"Back-off restarting failed container match-service in pod %s_dating-match(%s)","involvedObject":{"kind":"Pod","namespace":"dating-match","name":"%s"},"source":{"component":"kubelet","host":"%s"},"count":%d,"lastTimestamp":"@@ISOS@@"}'
    FEED = '{"event": "candidates.fetch_failed", "status": 503, "upstream": "match-service.dating-match:8080", "user_id": %d, "fallback": "recent_profiles", "level": "error", "logger": "feed.candidates", "timestamp": "@@ISO6@@"}'
    GW = '[@@ISO@@] "GET /v1/candidates?limit=30 HTTP/2" 503 UF,URX upstream_reset_before_response_started{connection_failure} - "-" 0 91 %d - "%s" "DatingApp/7.4.1 (%s)" "@@U@@" "api.lovelane.app" "10.52.%s:8080"'
    lines = [
        (0.0, 'a', SL % ('INFO', 'starting match-service', '"version":"v2.32.0","go":"go1.22.1","GOMEMLIMIT":"0"')),
        (0.2, 'a', SL % ('INFO', 'warming candidate index', '"shards":16,"mode":"in-memory","active_profiles":2311902')),
        (6.1, 'a', SL % ('INFO', 'shard loaded', '"shard":6,"profiles":144502,"heap_inuse_mb":611')),
        (9.8, 'a', SL % ('INFO', 'shard loaded', '"shard":11,"profiles":144377,"heap_inuse_mb":918')),
        (11.0, 'k1', '@@KUP@@ match-service invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=992'),
        (11.01, 'k1', '@@KUP@@ memory: usage 1048576kB, limit 1048576kB, failcnt 1832', E),
        (11.02, 'k1', '@@KUP@@ Memory cgroup out of memory: Killed process 412771 (match-service) total-vm:2311844kB, anon-rss:1041220kB, file-rss:11432kB, shmem-rss:0kB, UID:65532 pgtables:2412kB oom_score_adj:992', E),
        (11.3, 'ct', r'time="@@ISO9@@" level=info msg="TaskExit event in podsandbox handler container_id:\"5e0c7a1b9d24\" id:\"5e0c7a1b9d24\" pid:412771 exit_status:137"'),
        (12.0, 'gw', GW % (2, '81.104.22.7', 'iOS 17.3', '3.40')),
        (12.4, 'feed', FEED % 7730114),
        (13.0, 'ev', EV % ('match-service-7f4b9c8d6-2ndxp', '3b1f0c9e-52d4-4a6c-9f0e-7d21c8a4e5b1', 'match-service-7f4b9c8d6-2ndxp', n1, 7)),
        (18.0, 'b', SL % ('INFO', 'warming candidate index', '"shards":16,"mode":"in-memory","active_profiles":2312417')),
        (27.5, 'b', SL % ('INFO', 'shard loaded', '"shard":12,"profiles":144610,"heap_inuse_mb":951')),
        (28.9, 'k3', '@@KUP@@ Memory cgroup out of memory: Killed process 398122 (match-service) total-vm:2312208kB, anon-rss:1040996kB, file-rss:11208kB, shmem-rss:0kB, UID:65532 pgtables:2416kB oom_score_adj:992', E),
        (29.5, 'gw', GW % (1, '92.40.181.3', 'Android 14', '5.12')),
        (30.1, 'feed', FEED % 5512093),
        (31.0, 'gw', '[@@ISO@@] "POST /v1/likes HTTP/2" 503 - no_healthy_upstream - "-" 58 19 0 - "86.12.44.190" "DatingApp/7.4.1 (iOS 17.4)" "@@U@@" "api.lovelane.app" "-"'),
        (33.0, 'ev', EV % ('match-service-7f4b9c8d6-tm5zr', 'a7c2e91d-0b3f-4d58-8e6a-1f94b2c07d33', 'match-service-7f4b9c8d6-tm5zr', n3, 6)),
        (40.0, 'feed', '{"event": "candidates.circuit_open", "upstream": "match-service.dating-match:8080", "failures_60s": 412, "level": "error", "logger": "feed.candidates", "timestamp": "@@ISO6@@"}'),
        (44.0, 'ev', EV % ('match-service-7f4b9c8d6-8kq4w', 'e0d94b7a-6c21-4f3e-b8a0-52c1d7f9e604', 'match-service-7f4b9c8d6-8kq4w', n2, 8)),
    ]
    return dict(
        template='dev47.dating.match_memory_loop', base='2026-02-22T20:11:00Z', labels=lab, lines=lines, uptime=1204418.0,
        question='Sunday evening peak: the app shows no candidates and the gateway returns 503 for /v1/candidates. What is going on with match-service?',
        selector=SEL('dating-match', app='match-service'),
        expected=dict(
            severity='CRITICAL', category='oom_killed', component='match-service',
            root_cause='match-service v2.32.0 loads the whole candidate index in memory; with 2.3M active profiles it passes its 1Gi container limit during warm-up, the kernel memory cgroup kills it (exit 137) and every replica is in a restart back-off loop.',
            summary='All match-service replicas are being killed for exceeding the memory limit while warming the index, so candidates and likes return 503 and the feed has opened its circuit breaker.',
            action='Raise the match-service memory limit (and set GOMEMLIMIT) or roll back to v2.31.0 / switch the index to a memory-bounded mode; then confirm pods stay Running.')
    )


@record
def warn_cruise_pms_audit_memory():
    h = 'pms01.aurora.ship'
    lab = {'sd': H(h, 'systemd'), 'k': H(h, 'kernel'), 'au': H(h, 'pms-nightly-audit'), 'core': H(h, 'pms-core')}
    P = '@@SYS@@ pms01 '
    AU = P + 'pms-nightly-audit[%d]: @@HMS@@ [main] %-5s c.a.p.audit.NightAudit - %s'
    CORE = P + 'pms-core[1433]: @@HMS@@ [http-nio-8443-exec-%d] %-5s c.a.p.folio.ChargePoster - %s'
    lines = [
        (0.0, 'sd', P + 'systemd[1]: Starting pms-nightly-audit.service - PMS night audit (java -Xms2g -Xmx6g -jar night-audit.jar)...'),
        (3.0, 'au', AU % (5512, 'INFO', 'building folio aging report for 4112 folios (voyage AM-2026-09, business date 2026-03-06)')),
        (4.0, 'core', CORE % (3, 'INFO', 'posted charge folio=F-2026-117702 outlet=CASINO amount=40.00 USD')),
        (71.0, 'au', AU % (5512, 'INFO', 'loaded 1212883 transactions into memory (heap used 4.9 GB)')),
        (74.0, 'core', CORE % (7, 'WARN', 'slow posting 2412 ms folio=F-2026-116931 outlet=DECK11-BUFFET (GC pressure?)')),
        (76.2, 'k', P + 'kernel: @@KUP@@ java invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0'),
        (76.21, 'k', P + 'kernel: @@KUP@@ Out of memory: Killed process 5512 (java) total-vm:9812244kB, anon-rss:6011332kB, file-rss:0kB, shmem-rss:0kB, UID:1004 pgtables:12412kB oom_score_adj:0', E),
        (76.5, 'k', P + 'kernel: @@KUP@@ oom_reaper: reaped process 5512 (java), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB'),
        (76.7, 'sd', P + 'systemd[1]: pms-nightly-audit.service: A process of this unit has been killed by the OOM killer.', E),
        (76.8, 'sd', P + 'systemd[1]: pms-nightly-audit.service: Main process exited, code=killed, status=9/KILL'),
        (76.9, 'sd', P + "systemd[1]: pms-nightly-audit.service: Failed with result 'oom-kill'."),
        (77.0, 'sd', P + 'systemd[1]: pms-nightly-audit.service: Consumed 3min 12.881s CPU time.'),
        (107.0, 'sd', P + 'systemd[1]: pms-nightly-audit.service: Scheduled restart job, restart counter is at 1.'),
        (107.2, 'sd', P + 'systemd[1]: Starting pms-nightly-audit.service - PMS night audit (java -Xms2g -Xmx6g -jar night-audit.jar)...'),
        (110.0, 'au', AU % (6019, 'INFO', 'building folio aging report for 4112 folios (voyage AM-2026-09, business date 2026-03-06)')),
        (180.0, 'core', CORE % (2, 'INFO', 'posted charge folio=F-2026-118040 outlet=CASINO amount=25.00 USD')),
        (302.0, 'au', AU % (6019, 'INFO', 'loaded 1212883 transactions into memory (heap used 5.1 GB)')),
        (871.0, 'au', AU % (6019, 'INFO', 'report written /srv/reports/night-audit-2026-03-06.pdf (412 pages), business date rolled to 2026-03-07')),
        (871.5, 'sd', P + 'systemd[1]: pms-nightly-audit.service: Deactivated successfully.'),
    ]
    return dict(
        template='dev47.cruise.pms_audit_memory_host', base='2026-03-07T02:03:00Z', labels=lab, lines=lines, uptime=3121877.0,
        question='The ship\'s PMS server logged a killed java process during the night audit. Did the business-date roll fail?',
        selector=None,
        expected=dict(
            severity='WARN', category='oom_killed', component='pms-nightly-audit',
            root_cause='The night-audit job loads all 1.2M transactions into a 6 GB heap on an 8 GB host shared with pms-core; the kernel OOM killer killed it once, systemd restarted it and the second run completed.',
            summary='One night-audit run was killed for running the host out of memory; it was restarted automatically and the report and business-date roll completed, with only a brief slowdown of charge posting.',
            action='Optional: lower the audit heap or stream transactions instead of loading them all, or schedule it away from other jobs; watch the next night audit.')
    )


@record
def error_dealer_finance_nullref():
    n2, n4 = 'aks-general-38219475-vmss000002', 'aks-general-38219475-vmss000004'
    lab = {
        'f': K('dealer-finance', 'finance-api-5f7b8c9d6-r8ktz', 'api', n2, 'finance-api'),
        'g': K('dealer-finance', 'finance-api-5f7b8c9d6-6hwcx', 'api', n4, 'finance-api'),
        'ing': K('ingress-nginx', 'ingress-nginx-controller-6f9c8d7b5-x4m2p', 'controller', 'aks-general-38219475-vmss000001', 'ingress-nginx'),
        'portal': K('dealer-portal', 'dealer-portal-7c6d5b8f9-tw2nq', 'portal', n4, 'dealer-portal'),
    }
    SR = '[@@HMSS@@ %s] %s'
    ACC = ('10.240.0.%d - - [@@CLF@@] "POST /api/applications HTTP/2.0" %d %d "https://portal.northgate-motors.co.uk/finance/new" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/122.0" %d %s '
           '[dealer-finance-finance-api-8080] [] %s:8080 %d %s %d @@H32@@')
    WN = '{"level":"error","message":"finance application submission failed","status":%d,"dealerId":"NGM-LDS-N","applicationRef":"%s","timestamp":"@@ISO@@","service":"dealer-portal"}'
    lines = [
        (0.0, 'f', SR % ('INF', 'Submitting application FA-2026-041877 to lender panel (applicants: 1, product: PCP, amount: 18,450.00 GBP)')),
        (0.6, 'f', SR % ('INF', 'HTTP POST /api/applications responded 201 in 612.4410 ms')),
        (8.0, 'g', SR % ('INF', 'Received application FA-2026-041878 (applicants: 2, product: HP, amount: 23,995.00 GBP)')),
        (8.1, 'g', SR % ('ERR', 'An unhandled exception has occurred while executing the request.'), E),
        (8.11, 'g', 'System.NullReferenceException: Object reference not set to an instance of an object.', E),
        (8.12, 'g', '   at Northgate.Finance.Decisioning.CoApplicantMapper.Map(CreditApplication application) in /src/Finance.Decisioning/CoApplicantMapper.cs:line 41', E),
        (8.13, 'g', '   at Northgate.Finance.Decisioning.LenderPanelRequestBuilder.Build(CreditApplication application, LenderProduct product) in /src/Finance.Decisioning/LenderPanelRequestBuilder.cs:line 88'),
        (8.14, 'g', '   at Northgate.Finance.Api.Controllers.ApplicationsController.Create(CreateApplicationRequest request, CancellationToken ct) in /src/Finance.Api/Controllers/ApplicationsController.cs:line 57'),
        (8.2, 'g', SR % ('ERR', 'HTTP POST /api/applications responded 500 in 23.1187 ms')),
        (8.3, 'ing', ACC % (52, 500, 297, 1841, '0.024', '10.244.4.19', 1841, '0.024', 500)),
        (8.5, 'portal', WN % (500, 'FA-2026-041878')),
        (21.0, 'f', SR % ('INF', 'Received application FA-2026-041879 (applicants: 2, product: PCP, amount: 31,200.00 GBP)')),
        (21.1, 'f', SR % ('ERR', 'An unhandled exception has occurred while executing the request.')),
        (21.11, 'f', 'System.NullReferenceException: Object reference not set to an instance of an object.'),
        (21.12, 'f', '   at Northgate.Finance.Decisioning.CoApplicantMapper.Map(CreditApplication application) in /src/Finance.Decisioning/CoApplicantMapper.cs:line 41'),
        (21.2, 'f', SR % ('ERR', 'HTTP POST /api/applications responded 500 in 19.5530 ms')),
        (21.3, 'ing', ACC % (37, 500, 297, 1907, '0.021', '10.244.2.31', 1907, '0.020', 500)),
        (21.5, 'portal', WN % (500, 'FA-2026-041879')),
        (33.0, 'g', SR % ('INF', 'Submitting application FA-2026-041880 to lender panel (applicants: 1, product: HP, amount: 9,750.00 GBP)')),
        (33.5, 'g', SR % ('INF', 'HTTP POST /api/applications responded 201 in 488.0042 ms')),
        (40.0, 'portal', '{"level":"warn","message":"finance submissions failing for joint applications","failed_15m":14,"succeeded_15m":37,"timestamp":"@@ISO@@","service":"dealer-portal"}'),
    ]
    return dict(
        template='dev47.dealer.finance_nullref', base='2026-02-23T10:46:00Z', labels=lab, lines=lines,
        question='Sales staff say some finance applications fail with an error in the dealer portal. Which component is at fault?',
        selector=SEL('dealer-finance', app='finance-api'),
        expected=dict(
            severity='ERROR', category='application_error', component='finance-api',
            root_cause='A NullReferenceException in finance-api\'s CoApplicantMapper.Map (CoApplicantMapper.cs line 41) makes every application with a second applicant fail with 500; single-applicant applications still succeed.',
            summary='Joint finance applications fail with HTTP 500 because of a code bug in the co-applicant mapping; about a quarter of submissions are affected.',
            action='Fix the null handling in CoApplicantMapper (or roll back the release that introduced it) and resubmit the failed joint applications.')
    )


@record
def crit_dating_chat_relay_panic():
    n1, n2, n3 = ('gke-dating-prod-pool-2-7f3c1a9e-x8kq', 'gke-dating-prod-pool-2-7f3c1a9e-m2vd',
                  'gke-dating-prod-pool-2-7f3c1a9e-h5rj')
    lab = {
        'r1': K('dating-chat', 'chat-relay-6b9d8c7f5-4kx9w', 'chat-relay', n1, 'chat-relay'),
        'r2': K('dating-chat', 'chat-relay-6b9d8c7f5-pz7qm', 'chat-relay', n2, 'chat-relay'),
        'gw': K('dating-chat', 'chat-gateway-84b6d9c5f7-9wq2x', 'chat-gateway', n1, 'chat-gateway'),
        'gw2': K('dating-chat', 'chat-gateway-84b6d9c5f7-ltp6k', 'chat-gateway', n2, 'chat-gateway'),
        'ev': K('monitoring', 'event-exporter-5f7d8c9b6-p4mzn', 'event-exporter', n3, 'event-exporter'),
    }
    T = '@@ISO6@@ %5s %s'
    PANIC1 = "thread 'tokio-runtime-worker' panicked at src/preview.rs:23:18:"
    PANIC2 = "byte index 17 is not a char boundary; it is inside '🇮' (bytes 15..19) of `Craic tonight? 🇮🇪🍻`"
    NOTE = 'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace'
    GWE = '@@HMS@@ [error] relay publish failed conversation=%d error=%%Mint.TransportError{reason: :econnrefused} queued=%d'
    EV = '{"type":"Warning","reason":"BackOff","message":"Back-off restarting failed container chat-relay in pod %s_dating-chat(%s)","involvedObject":{"kind":"Pod","namespace":"dating-chat","name":"%s"},"source":{"component":"kubelet"},"count":%d,"lastTimestamp":"@@ISOS@@"}'
    lines = [
        (0.0, 'r1', T % ('INFO', 'chat_relay: starting version="1.14.0" nats="nats://nats.dating-chat:4222"')),
        (0.3, 'r1', T % ('INFO', 'chat_relay::consumer: bound to durable consumer stream="CHAT" consumer="chat-relay" num_pending=4121 num_redelivered=1')),
        (0.5, 'r1', T % ('DEBUG', 'chat_relay::consumer: message received stream_seq=88213342 delivered=6 conversation=8813377')),
        (0.51, 'r1', PANIC1, E),
        (0.52, 'r1', PANIC2, E),
        (0.53, 'r1', NOTE),
        (1.2, 'gw', GWE % (8813377, 12)),
        (1.9, 'gw2', GWE % (8812731, 31)),
        (3.0, 'ev', EV % ('chat-relay-6b9d8c7f5-4kx9w', '91c0e7d2-3a5b-4f61-8c9e-2d7b0a14e6f8', 'chat-relay-6b9d8c7f5-4kx9w', 9)),
        (9.0, 'r2', T % ('INFO', 'chat_relay: starting version="1.14.0" nats="nats://nats.dating-chat:4222"')),
        (9.3, 'r2', T % ('INFO', 'chat_relay::consumer: bound to durable consumer stream="CHAT" consumer="chat-relay" num_pending=4388 num_redelivered=1')),
        (9.4, 'r2', T % ('DEBUG', 'chat_relay::consumer: message received stream_seq=88213342 delivered=7 conversation=8813377')),
        (9.41, 'r2', PANIC1, E),
        (9.42, 'r2', PANIC2),
        (10.4, 'gw2', GWE % (8813002, 57)),
        (11.0, 'gw', '@@HMS@@ [warning] relay backlog high queued=288 oldest_ms=61220 dropping_typing_indicators=true'),
        (12.0, 'ev', EV % ('chat-relay-6b9d8c7f5-pz7qm', '5d2a8f41-c7e0-4b93-a16d-8e0f3b72c95a', 'chat-relay-6b9d8c7f5-pz7qm', 9)),
        (18.0, 'gw', GWE % (8811954, 301)),
        (25.0, 'gw2', '@@HMS@@ [error] message delivery SLO breached p50_ms=64000 undelivered=1204'),
    ]
    return dict(
        template='dev47.dating.chat_relay_panic', base='2026-02-24T22:05:00Z', labels=lab, lines=lines,
        question='Nobody can send chat messages right now; chat-gateway is full of econnrefused errors. Why?',
        selector=SEL('dating-chat'),
        expected=dict(
            severity='CRITICAL', category='application_error', component='chat-relay',
            root_cause='chat-relay 1.14.0 panics in src/preview.rs when it slices a message preview at byte 17 inside a multi-byte flag emoji; the same message (stream_seq 88213342) is redelivered on every start, so all relay replicas crash in a loop and the gateway cannot connect to them.',
            summary='A poison message triggers a string-slicing panic in chat-relay, which crash-loops on every replica; chat delivery is down and backlogs are growing.',
            action='Fix the preview truncation to respect char boundaries (or roll back chat-relay), and in the meantime move or terminate the poison message on the CHAT stream so the relays can start.')
    )


@record
def error_cruise_roster_export_image():
    lab = {
        'ev': K('kube-system', 'event-exporter-6c5d8b7f9-tnw4k', 'event-exporter', 'ship-edge-01', 'event-exporter'),
        'kl': NJ('ship-edge-04', 'k3s-agent.service'),
        'reg': K('harbor', 'harbor-registry-7b9f6c8d5-2vqmk', 'registry', 'ship-edge-01', 'harbor-registry'),
        'crew': K('crew', 'crew-scheduling-6f8c9d7b5-lm3qx', 'app', 'ship-edge-02', 'crew-scheduling'),
    }
    img = 'harbor.aurora.ship/crew/roster-export:2.7.0'
    pod = 'crew-roster-export-29549130-7xk2v'
    EV = '{"type":"%s","reason":"%s","message":"%s","involvedObject":{"kind":"%s","namespace":"crew","name":"%s"},"source":{"component":"%s"},"count":%d,"lastTimestamp":"@@ISOS@@"}'
    NF = ('failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": %s: not found' % (img, img, img))
    REG = ('time="@@ISO9@@" level=info msg="response completed" go.version=go1.21.8 http.request.host=harbor.aurora.ship '
           'http.request.id=@@U@@ http.request.method=%s http.request.remoteaddr=10.60.2.14 http.request.uri="%s" '
           'http.request.useragent="containerd/v1.7.11-k3s2" http.response.duration=%s http.response.status=%d http.response.written=%d')
    lines = [
        (0.0, 'ev', EV % ('Normal', 'SuccessfulCreate', 'Created job crew-roster-export-29549130', 'CronJob', 'crew-roster-export', 'cronjob-controller', 1)),
        (0.4, 'ev', EV % ('Normal', 'Scheduled', 'Successfully assigned crew/%s to ship-edge-04' % pod, 'Pod', pod, 'default-scheduler', 1)),
        (1.0, 'ev', EV % ('Normal', 'Pulling', 'Pulling image \\"%s\\"' % img, 'Pod', pod, 'kubelet', 1)),
        (1.2, 'reg', REG % ('HEAD', '/v2/crew/roster-export/manifests/2.7.0', '4.112ms', 404, 96), E),
        (1.4, 'kl', r'E@@KLOG@@    1822 remote_image.go:180] "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \"harbor.aurora.ship/crew/roster-export:2.7.0\": failed to resolve reference \"harbor.aurora.ship/crew/roster-export:2.7.0\": harbor.aurora.ship/crew/roster-export:2.7.0: not found" image="harbor.aurora.ship/crew/roster-export:2.7.0"', E),
        (1.5, 'ev', EV % ('Warning', 'Failed', 'Failed to pull image \\"%s\\": rpc error: code = NotFound desc = %s' % (img, NF), 'Pod', pod, 'kubelet', 1), E),
        (1.6, 'ev', EV % ('Warning', 'Failed', 'Error: ErrImagePull', 'Pod', pod, 'kubelet', 1)),
        (2.5, 'reg', REG % ('GET', '/v2/crew/roster-export/tags/list', '2.881ms', 200, 87)),
        (3.0, 'crew', '@@ISO@@  INFO 1 --- [crew-scheduling] [   scheduling-1] c.a.crew.roster.RosterExportTrigger       : Waiting for roster export job crew-roster-export-29549130 (deadline 05:45Z)'),
        (18.0, 'ev', EV % ('Normal', 'BackOff', 'Back-off pulling image \\"%s\\"' % img, 'Pod', pod, 'kubelet', 3)),
        (18.1, 'ev', EV % ('Warning', 'Failed', 'Error: ImagePullBackOff', 'Pod', pod, 'kubelet', 3)),
        (46.0, 'reg', REG % ('HEAD', '/v2/crew/roster-export/manifests/2.7.0', '3.904ms', 404, 96)),
        (46.2, 'ev', EV % ('Warning', 'Failed', 'Failed to pull image \\"%s\\": rpc error: code = NotFound desc = %s' % (img, NF), 'Pod', pod, 'kubelet', 4)),
        (120.0, 'crew', '@@ISO@@  WARN 1 --- [crew-scheduling] [   scheduling-1] c.a.crew.roster.RosterExportTrigger       : Roster export for departure PMI 2026-03-08 not produced yet; crew list for port authority still pending'),
        (480.0, 'ev', EV % ('Normal', 'BackOff', 'Back-off pulling image \\"%s\\"' % img, 'Pod', pod, 'kubelet', 31)),
        (900.0, 'ev', EV % ('Warning', 'DeadlineExceeded', 'Job was active longer than specified deadline', 'Job', 'crew-roster-export-29549130', 'job-controller', 1)),
        (900.5, 'crew', '@@ISO@@ ERROR 1 --- [crew-scheduling] [   scheduling-1] c.a.crew.roster.RosterExportTrigger       : Roster export job crew-roster-export-29549130 failed (DeadlineExceeded); crew list for PMI departure NOT sent'),
        (901.0, 'crew', '@@ISO@@  INFO 1 --- [crew-scheduling] [nio-8080-exec-4] c.a.crew.api.ShiftController            : GET /api/shifts?dept=HOTEL&date=2026-03-08 -> 200 (212 rows)'),
    ]
    return dict(
        template='dev47.cruise.roster_export_image', base='2026-03-08T05:30:00Z', labels=lab, lines=lines,
        question='The crew list for today\'s Palma departure was not sent to the port authority. Why did the roster export fail?',
        selector=SEL('crew'),
        expected=dict(
            severity='ERROR', category='image_pull', component='crew-roster-export',
            root_cause='The crew-roster-export CronJob references harbor.aurora.ship/crew/roster-export:2.7.0, a tag that does not exist in the ship\'s Harbor registry (manifest HEAD returns 404), so its pod never starts and the job hits its deadline.',
            summary='The roster export job cannot pull its image from the ship registry, so the crew list for the departure was not produced; crew-scheduling itself is fine.',
            action='Push or replicate roster-export:2.7.0 to the ship\'s Harbor (or point the CronJob at an existing tag), then trigger the job manually and send the crew list.')
    )


@record
def error_dating_subscriptions_liveness():
    n1, n2 = 'gke-dating-prod-pool-1-0c4e8b2a-tq9s', 'gke-dating-prod-pool-1-0c4e8b2a-f61b'
    lab = {
        's1': K('dating-billing', 'subscriptions-7d9c6b8f5-xq2jd', 'subscriptions', n1, 'subscriptions'),
        'k1': NJ(n1, 'kubelet.service'),
        'ev': K('monitoring', 'event-exporter-5f7d8c9b6-p4mzn', 'event-exporter', 'gke-dating-prod-pool-2-7f3c1a9e-h5rj', 'event-exporter'),
        'ing': K('ingress-nginx', 'ingress-nginx-controller-5d8c7b9f6-n2kxw', 'controller', n2, 'ingress-nginx'),
    }
    SB = '@@ISO@@ %5s 1 --- [subscriptions] [%15s] %-40s : %s'
    pod = 'subscriptions-7d9c6b8f5-xq2jd'
    EV = '{"type":"%s","reason":"%s","message":"%s","involvedObject":{"kind":"Pod","namespace":"dating-billing","name":"%s"},"source":{"component":"kubelet","host":"%s"},"count":%d,"lastTimestamp":"@@ISOS@@"}'
    PROBE = r'I@@KLOG@@    3104 prober.go:107] "Probe failed" probeType="Liveness" pod="dating-billing/subscriptions-7d9c6b8f5-xq2jd" podUID="c4b1e8a2-7f3d-4e90-a5c6-0d2f9b81e7a4" containerName="subscriptions" probeResult="failure" output="Get \"http://10.52.5.33:8080/actuator/health\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"'
    ERRL = '@@NGX@@ [error] 41#41: *%d upstream prematurely closed connection while reading response header from upstream, client: 10.52.0.1, server: api.lovelane.app, request: "POST /v1/subscriptions/checkout HTTP/2.0", upstream: "http://10.52.5.33:8080/v1/subscriptions/checkout", host: "api.lovelane.app"'
    lines = [
        (0.0, 's1', SB % ('INFO', 'nio-8080-exec-7', 'c.l.b.checkout.CheckoutController', 'checkout created plan=gold-3m user=7730114 provider=stripe intent=pi_3Ot@@H12@@')),
        (4.0, 's1', SB % ('WARN', 'nio-8080-exec-2', 'o.s.b.a.health.HealthEndpointSupport', 'Health contributor paymentProvider (paymentProvider) took 2314ms to respond'), E),
        (4.3, 'k1', PROBE, E),
        (14.2, 's1', SB % ('WARN', 'nio-8080-exec-5', 'o.s.b.a.health.HealthEndpointSupport', 'Health contributor paymentProvider (paymentProvider) took 1877ms to respond')),
        (14.3, 'k1', PROBE),
        (24.4, 'k1', PROBE),
        (24.5, 'ev', EV % ('Warning', 'Unhealthy', 'Liveness probe failed: Get \\"http://10.52.5.33:8080/actuator/health\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', pod, n1, 3)),
        (24.6, 'ev', EV % ('Normal', 'Killing', 'Container subscriptions failed liveness probe, will be restarted', pod, n1, 1), E),
        (24.7, 's1', SB % ('INFO', 'ionShutdownHook', 'o.s.b.w.e.tomcat.GracefulShutdown', 'Commencing graceful shutdown. Waiting for active requests to complete')),
        (54.7, 's1', SB % ('INFO', 'tomcat-shutdown', 'o.s.b.w.e.tomcat.GracefulShutdown', 'Graceful shutdown aborted with one or more requests still active')),
        (54.8, 'ing', ERRL % 188213),
        (54.9, 'ing', '10.52.0.1 - - [@@CLF@@] "POST /v1/subscriptions/checkout HTTP/2.0" 502 150 "-" "DatingApp/7.4.1 (iOS 17.3)" 612 30.004 [dating-billing-subscriptions-8080] [] 10.52.5.33:8080 0 30.004 502 @@H32@@'),
        (55.0, 'ing', ERRL % 188219),
        (57.0, 'ev', EV % ('Normal', 'Started', 'Started container subscriptions', pod, n1, 4)),
        (72.0, 's1', SB % ('INFO', 'main', 'c.l.b.SubscriptionsApplication', 'Started SubscriptionsApplication in 14.218 seconds (process running for 15.102)')),
        (80.0, 's1', SB % ('INFO', 'nio-8080-exec-1', 'c.l.b.checkout.CheckoutController', 'checkout created plan=platinum-1m user=5512093 provider=stripe intent=pi_3Ot@@H12@@')),
        (84.0, 's1', SB % ('WARN', 'nio-8080-exec-3', 'o.s.b.a.health.HealthEndpointSupport', 'Health contributor paymentProvider (paymentProvider) took 2056ms to respond')),
        (84.2, 'k1', PROBE),
        (95.0, 'ing', '10.52.0.1 - - [@@CLF@@] "GET /v1/subscriptions/me HTTP/2.0" 200 388 "-" "DatingApp/7.4.1 (Android 14)" 402 0.012 [dating-billing-subscriptions-8080] [] 10.52.5.33:8080 388 0.012 200 @@H32@@'),
    ]
    return dict(
        template='dev47.dating.subscriptions_liveness', base='2026-02-25T18:20:00Z', labels=lab, lines=lines,
        question='Subscription checkouts intermittently fail with 502 and the subscriptions pod keeps restarting. What is wrong?',
        selector=SEL('dating-billing', app='subscriptions'),
        expected=dict(
            severity='ERROR', category='probe_failure', component='subscriptions',
            root_cause='The liveness probe hits /actuator/health with a 1 s timeout, and that endpoint includes the paymentProvider health contributor which takes about 2 s to answer; the probe times out although the application is serving, so kubelet restarts the container every few minutes and in-flight checkouts get 502.',
            summary='A healthy subscriptions process is repeatedly killed by its liveness probe because the probed health endpoint depends on a slow external payment-provider check.',
            action='Point the liveness probe at /actuator/health/liveness (which excludes external dependencies) and/or raise its timeoutSeconds; keep the payment-provider check in readiness or monitoring only.')
    )


# ---------------------------------------------------------------------------
# Batch 3: placement, names, unreachable dependencies
# ---------------------------------------------------------------------------

@record
def warn_dealer_parts_pending_cpu():
    n = 'aks-general-38219475-vmss00000'
    lab = {
        'hpa': K('monitoring', 'event-exporter-7b8c9d6f5-zr4kt', 'event-exporter', n + '1', 'event-exporter'),
        'sch': {'job': 'aks-diagnostics', 'cluster': 'aks-dealer-prod', 'category': 'kube-scheduler'},
        'ca': {'job': 'aks-diagnostics', 'cluster': 'aks-dealer-prod', 'category': 'cluster-autoscaler'},
        'p1': K('parts', 'parts-api-78d9c6b5f4-hk2mq', 'php-fpm', n + '3', 'parts-api'),
        'ng': K('parts', 'parts-api-78d9c6b5f4-hk2mq', 'nginx', n + '3', 'parts-api'),
    }
    EV = '{"type":"%s","reason":"%s","message":"%s","involvedObject":{"kind":"%s","namespace":"parts","name":"%s"},"source":{"component":"%s"},"count":%d,"lastTimestamp":"@@ISOS@@"}'
    SCH = r'I@@KLOG@@       1 schedule_one.go:1004] "Unable to schedule pod; no fit; waiting" pod="parts/%s" err="0/6 nodes are available: 6 Insufficient cpu. preemption: 0/6 nodes are available: 6 No preemption victims found for incoming pod."'
    ACC = '10.244.0.22 - - [@@CLF@@] "%s %s HTTP/1.1" %d %d "-" "Guzzle/7.8 (dms-connector)" rt=%s'
    lines = [
        (0.0, 'hpa', EV % ('Normal', 'SuccessfulRescale', 'New size: 8; reason: cpu resource utilization (percentage of request) above target', 'HorizontalPodAutoscaler', 'parts-api', 'horizontal-pod-autoscaler', 1)),
        (0.5, 'hpa', EV % ('Normal', 'ScalingReplicaSet', 'Scaled up replica set parts-api-78d9c6b5f4 to 8 from 4', 'Deployment', 'parts-api', 'deployment-controller', 1)),
        (1.0, 'sch', SCH % 'parts-api-78d9c6b5f4-9tq4z', E),
        (1.1, 'sch', SCH % 'parts-api-78d9c6b5f4-c2lrp'),
        (2.0, 'ca', r"I@@KLOG@@       1 orchestrator.go:565] Pod parts/parts-api-78d9c6b5f4-9tq4z can't be scheduled on aks-general, predicate checking error: Insufficient cpu; predicateName=NodeResourcesFit; reasons: Insufficient cpu; debugInfo=", E),
        (2.1, 'ca', r'W@@KLOG@@       1 orchestrator.go:608] Node group aks-general is not ready for scaleup - max size reached (6/6)', E),
        (2.2, 'ca', r'I@@KLOG@@       1 orchestrator.go:193] No expansion options'),
        (5.0, 'p1', '[@@FPM@@] WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 children, there are 2 idle, and 19 total children'),
        (6.0, 'ng', ACC % ('GET', '/api/parts/search?q=brake+pads+octavia', 200, 8812, '1.942')),
        (9.0, 'ng', ACC % ('POST', '/api/orders', 201, 412, '2.611')),
        (15.0, 'p1', '[@@LAR@@] production.WARNING: Slow request {"path":"/api/parts/search","duration_ms":3120,"queue_wait_ms":1480}'),
        (31.0, 'hpa', EV % ('Warning', 'FailedGetResourceMetric', 'failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)', 'HorizontalPodAutoscaler', 'parts-api', 'horizontal-pod-autoscaler', 2)),
        (61.0, 'sch', SCH % 'parts-api-78d9c6b5f4-9tq4z'),
        (62.0, 'ng', ACC % ('GET', '/api/parts/availability?sku=5Q0698151D', 200, 311, '0.884')),
        (70.0, 'ng', '@@NGX@@ [warn] 7#7: *20441 an upstream response is buffered to a temporary file /var/cache/nginx/fastcgi_temp/4/02/0000002024 while reading upstream, client: 10.244.0.22, server: _, request: "GET /api/parts/catalogue.csv HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "parts-api.parts.svc"'),
        (90.0, 'p1', '[@@LAR@@] production.INFO: Order placed {"order":"PO-LDS-N-88213","lines":6,"supplier":"VW-GB","total":"412.80"}'),
        (121.0, 'ca', r"I@@KLOG@@       1 orchestrator.go:565] Pod parts/parts-api-78d9c6b5f4-c2lrp can't be scheduled on aks-general, predicate checking error: Insufficient cpu; predicateName=NodeResourcesFit; reasons: Insufficient cpu; debugInfo="),
        (125.0, 'ng', ACC % ('GET', '/api/parts/search?q=oil+filter+golf', 200, 6033, '2.208')),
    ]
    return dict(
        template='dev47.dealer.parts_pending_cpu', base='2026-02-26T08:02:00Z', labels=lab, lines=lines,
        question='Parts lookups in the workshops are slow this morning. parts-api scaled up; is it healthy?',
        selector=SEL('parts', app='parts-api'),
        expected=dict(
            severity='WARN', category='scheduling', component='parts-api',
            root_cause='The HPA scaled parts-api from 4 to 8 replicas for the morning peak, but the new pods stay Pending: the general node pool has insufficient CPU for their requests and the cluster autoscaler is already at its maximum of 6 nodes.',
            summary='parts-api runs on its 4 original pods and still answers, but slowly (2-3 s); the extra replicas cannot be placed.',
            action='Raise the aks-general node pool maximum (or lower the parts-api CPU requests) so the extra replicas can be placed; no outage yet.')
    )


@record
def error_dealer_internal_zone_expired():
    n = 'aks-general-38219475-vmss00000'
    lab = {
        'dns': K('kube-system', 'coredns-6d9f8b7c5-fx2lq', 'coredns', n + '1', 'coredns'),
        'ns2': H('ns2', 'named'),
        'inv': K('dealer-inventory', 'inventory-api-6f8d9c7b54-k2xvq', 'api', n + '4', 'inventory-api'),
        'sq': K('workshop', 'workshop-sidekiq-7b6c9d5f4-tr9wd', 'sidekiq', n + '2', 'workshop-sidekiq'),
        'tel': K('telematics', 'telematics-ingest-5c7d9b8f6-w2xkd', 'ingest', n + '3', 'telematics-ingest'),
    }
    Q = '[INFO] %s - %d "%s IN %s. udp %d false 1232" %s %s %d %ss'
    CLEF = '{"@t":"@@ISO7@@","@mt":"Stock sync from {Source} failed: {Error}","@l":"Error","Source":"DMS","Error":"Name or service not known (dms.dealer.internal:443)","@x":"System.Net.Http.HttpRequestException: Name or service not known (dms.dealer.internal:443)\\n ---> System.Net.Sockets.SocketException (0xFFFDFFFE): Name or service not known\\n   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)","SourceContext":"Dealer.Inventory.Sync.DmsStockSyncWorker","Application":"Dealer.Inventory.Api"}'
    SQ = '@@ISO@@ pid=1 tid=3bq1 class=DmsJobCardSyncJob jid=@@H24:%s@@ '
    lines = [
        (0.0, 'dns', Q % ('10.244.3.21:43122', 51234, 'A', 'dms.dealer.internal', 54, 'NOERROR', 'qr,aa,rd', 103, '0.0018')),
        (14.0, 'dns', Q % ('10.244.1.30:39411', 2231, 'A', 'login.microsoftonline.com', 60, 'NOERROR', 'qr,rd,ra', 412, '0.0009')),
        (41.0, 'ns2', '@@SYS@@ ns2 named[842]: zone dealer.internal/IN: expired', E),
        (55.0, 'dns', Q % ('10.244.3.21:43170', 7720, 'A', 'dms.dealer.internal', 54, 'SERVFAIL', 'qr,rd', 43, '0.0021'), E),
        (55.2, 'inv', CLEF),
        (58.0, 'dns', Q % ('10.244.2.17:51820', 31177, 'AAAA', 'dms.dealer.internal', 54, 'SERVFAIL', 'qr,rd', 43, '0.0017')),
        (58.3, 'sq', SQ % 'a1' + 'elapsed=0.021 INFO: fail'),
        (58.4, 'sq', '@@ISO@@ pid=1 tid=3bq1 WARN: SocketError: Failed to open TCP connection to dms.dealer.internal:443 (getaddrinfo: Temporary failure in name resolution)'),
        (63.0, 'tel', '{"level":"error","ts":@@EPOCHF@@,"caller":"dms/client.go:77","msg":"customer lookup for VIN failed","vin":"WVWZZZCDZRW104417","error":"Get \\"https://dms.dealer.internal/api/customers?vin=WVWZZZCDZRW104417\\": dial tcp: lookup dms.dealer.internal on 10.0.0.10:53: server misbehaving"}'),
        (66.0, 'dns', Q % ('10.244.3.41:60212', 4410, 'A', 'dms.dealer.internal', 54, 'SERVFAIL', 'qr,rd', 43, '0.0015')),
        (70.0, 'tel', '{"level":"error","ts":@@EPOCHF@@,"caller":"dms/client.go:77","msg":"customer lookup for VIN failed","vin":"TMBJR7NX5PY041822","error":"Get \\"https://dms.dealer.internal/api/customers?vin=TMBJR7NX5PY041822\\": dial tcp: lookup dms.dealer.internal on 10.0.0.10:53: server misbehaving"}'),
        (72.0, 'dns', Q % ('10.244.1.30:39455', 2240, 'A', 'api.cap-hpi.co.uk', 52, 'NOERROR', 'qr,rd,ra', 118, '0.0121')),
        (90.0, 'sq', SQ % 'a2' + 'elapsed=0.019 INFO: fail'),
        (90.1, 'sq', '@@ISO@@ pid=1 tid=3bq9 WARN: SocketError: Failed to open TCP connection to dms.dealer.internal:443 (getaddrinfo: Temporary failure in name resolution)'),
        (115.0, 'inv', CLEF),
        (120.0, 'tel', '{"level":"warn","ts":@@EPOCHF@@,"caller":"ingest/enrich.go:142","msg":"enrichment degraded, storing raw events","skipped_enrichment_60s":311}'),
        (150.0, 'dns', Q % ('10.244.2.17:51877', 31201, 'A', 'dms.dealer.internal', 54, 'SERVFAIL', 'qr,rd', 43, '0.0019')),
        (151.0, 'sq', '@@ISO@@ pid=1 tid=3bq9 WARN: {"context":"Job raised exception","job":{"retry":5,"queue":"dms","class":"DmsJobCardSyncJob","args":["LDS-S",412902],"jid":"@@H24:a3@@","retry_count":2},"_config":"<Sidekiq::Config>"}'),
        (175.0, 'inv', '{"@t":"@@ISO7@@","@mt":"HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms","RequestMethod":"GET","RequestPath":"/api/v2/vehicles","StatusCode":200,"Elapsed":31.0043,"SourceContext":"Serilog.AspNetCore.RequestLoggingMiddleware","Application":"Dealer.Inventory.Api"}'),
    ]
    return dict(
        template='dev47.dealer.internal_zone_expired', base='2026-02-27T06:15:00Z', labels=lab, lines=lines,
        question='Since about 06:16 the DMS stock sync, the workshop job-card sync and telematics enrichment all fail. What broke?',
        selector=None,
        expected=dict(
            severity='ERROR', category='dns_resolution', component='named', quiet_cause=True,
            root_cause='The secondary DNS server ns2, to which CoreDNS forwards dealer.internal, let its copy of the zone expire (it could no longer refresh from the primary); from then on every lookup of dms.dealer.internal returns SERVFAIL, so all DMS integrations fail to resolve the host.',
            summary='Three integrations that call the on-prem DMS fail at once with name-resolution errors; the only cause line is the zone expiry on ns2, logged once and calmly, while public names still resolve.',
            action='Restore zone transfers on ns2 from the current primary (or point the dealer.internal forward at the primary) and reload the zone; then re-run the failed syncs.')
    )


@record
def warn_dating_coredns_upstream_flaky():
    n1, n2 = 'gke-dating-prod-pool-1-0c4e8b2a-tq9s', 'gke-dating-prod-pool-2-7f3c1a9e-h5rj'
    lab = {
        'd1': K('kube-system', 'coredns-5c98db65d4-4lq8n', 'coredns', n1, 'coredns'),
        'd2': K('kube-system', 'coredns-5c98db65d4-j7x2m', 'coredns', n2, 'coredns'),
        'pay': K('dating-billing', 'payments-worker-6b8d7c9f5-kq3ln', 'worker', n1, 'payments-worker'),
        'push': K('dating-notify', 'push-notifier-6c9b7d5f8-8vn2d', 'push-notifier', 'gke-dating-prod-pool-1-0c4e8b2a-f61b', 'push-notifier'),
        'saf': K('dating-safety', 'safety-api-7d4c9b8f6-gm2qp', 'api', n2, 'safety-api'),
    }
    ER = '[ERROR] plugin/errors: 2 %s. %s: read udp %s->10.128.0.3:53: i/o timeout'
    LR = 'time="@@ISOS@@" level=%s msg="%s" %s'
    PN = '{"level":%d,"time":@@EPOCHMS@@,"pid":1,"hostname":"push-notifier-6c9b7d5f8-8vn2d","svc":"push-notifier",%s}'
    lines = [
        (0.0, 'd1', ER % ('api.stripe.com', 'AAAA', '10.52.0.14:48211'), E),
        (0.6, 'pay', LR % ('warning', 'stripe request failed, retrying', 'attempt=1 op=PaymentIntents.Confirm err="Post \\"https://api.stripe.com/v1/payment_intents/pi_3Ot8x2Lk/confirm\\": dial tcp: lookup api.stripe.com on 10.56.0.10:53: read udp 10.52.5.41:51220->10.56.0.10:53: i/o timeout"')),
        (1.4, 'pay', LR % ('info', 'stripe request ok', 'attempt=2 op=PaymentIntents.Confirm status=200 latency_ms=2412')),
        (9.0, 'd2', ER % ('fcm.googleapis.com', 'A', '10.52.1.9:33071'), E),
        (9.4, 'push', PN % (40, '"provider":"fcm","err":{"type":"Error","message":"getaddrinfo EAI_AGAIN fcm.googleapis.com","code":"EAI_AGAIN","syscall":"getaddrinfo","hostname":"fcm.googleapis.com"},"attempt":1,"msg":"fcm send failed, will retry"')),
        (11.1, 'push', PN % (30, '"provider":"fcm","attempt":2,"msg":"fcm send ok"')),
        (15.0, 'd1', '[INFO] 10.52.5.41:40112 - 5521 "A IN api.stripe.com. udp 43 false 1232" NOERROR qr,rd,ra 142 2.0114s'),
        (22.0, 'saf', '{"event": "image_hash.lookup", "provider": "photodna", "attempt": 1, "error": "httpx.ConnectError: [Errno -3] Temporary failure in name resolution", "level": "warning", "logger": "safety.hashing", "timestamp": "@@ISO6@@"}'),
        (24.1, 'saf', '{"event": "image_hash.lookup", "provider": "photodna", "attempt": 2, "result": "no_match", "latency_ms": 2210, "level": "info", "logger": "safety.hashing", "timestamp": "@@ISO6@@"}'),
        (31.0, 'd2', ER % ('api.stripe.com', 'A', '10.52.1.9:33102')),
        (36.0, 'd1', ER % ('oauth2.googleapis.com', 'AAAA', '10.52.0.14:48290')),
        (41.0, 'pay', LR % ('info', 'stripe request ok', 'attempt=1 op=Subscriptions.Update status=200 latency_ms=311')),
        (47.0, 'd2', '[INFO] 10.52.1.77:51120 - 9981 "A IN api.lovelane.app. udp 45 false 1232" NOERROR qr,rd,ra 94 0.0008s'),
        (55.0, 'd1', ER % ('api.photodna.microsoft.com', 'A', '10.52.0.14:48377')),
        (62.0, 'pay', LR % ('warning', 'stripe request failed, retrying', 'attempt=1 op=Refunds.Create err="Post \\"https://api.stripe.com/v1/refunds\\": dial tcp: lookup api.stripe.com on 10.56.0.10:53: read udp 10.52.5.41:51377->10.56.0.10:53: i/o timeout"')),
        (64.2, 'pay', LR % ('info', 'stripe request ok', 'attempt=2 op=Refunds.Create status=200 latency_ms=2290')),
        (80.0, 'd2', '[INFO] 10.52.1.9:33160 - 7012 "AAAA IN fcm.googleapis.com. udp 47 false 1232" NOERROR qr,rd,ra 136 2.0031s'),
        (90.0, 'pay', LR % ('info', 'worker stats', 'processed_5m=1822 retried_5m=41 failed_5m=0 p99_ms=2610')),
    ]
    return dict(
        template='dev47.dating.coredns_upstream_flaky', base='2026-02-28T20:33:00Z', labels=lab, lines=lines,
        question='Payments, push and safety services all log sporadic lookup failures and p99 latency is up, but nothing is failing outright. Where is this coming from?',
        selector=SEL('kube-system', app='coredns'),
        expected=dict(
            severity='WARN', category='dns_resolution', component='coredns',
            root_cause='One of CoreDNS\'s two forward upstreams (10.128.0.3) intermittently does not answer; queries that land on it hit the i/o deadline, callers get lookup failures or EAI_AGAIN and succeed on retry about 2 s later.',
            summary='Sporadic external name-resolution failures across several services, all traced to one unresponsive CoreDNS upstream; retries hide the errors but add about 2 s of latency.',
            action='Check or replace the 10.128.0.3 resolver, or remove it from the CoreDNS forward list; consider NodeLocal DNSCache to reduce exposure.')
    )


@record
def crit_cruise_keycard_proxy_gone():
    lab = {
        'ev': K('kube-system', 'event-exporter-6c5d8b7f9-tnw4k', 'event-exporter', 'ship-edge-01', 'event-exporter'),
        'kp': K('hotel', 'keycard-proxy-5f6d7c8b9-qw7rt', 'keycard-proxy', 'ship-edge-03', 'keycard-proxy'),
        'keys': K('hotel', 'keys-api-7c8d9b6f5-8mz2k', 'keys-api', 'ship-edge-02', 'keys-api'),
        'keys2': K('hotel', 'keys-api-7c8d9b6f5-lx4hp', 'keys-api', 'ship-edge-04', 'keys-api'),
        'emb': K('embarkation', 'gangway-desk-6b7c8d9f5-tq2wn', 'app', 'ship-edge-02', 'gangway-desk'),
    }
    W = '{"level":"%s","message":"%s","service":"keys-api",%s"timestamp":"@@ISO@@"}'
    REF = '"error":{"code":"ECONNREFUSED","errno":-111,"syscall":"connect","address":"10.43.118.20","port":8443,"message":"connect ECONNREFUSED 10.43.118.20:8443"},'
    EMB = '{"event": "cabin_key.issue_failed", "booking": "%s", "cabin": "%s", "desk": "%s", "status": 502, "detail": "keys-api: encoder service unavailable", "level": "error", "logger": "gangway.keys", "timestamp": "@@ISO6@@"}'
    lines = [
        (0.0, 'keys', W % ('info', 'key encoded', '"cabin":"9114","booking":"AUR-5P2K8D","cards":2,"encoder":"enc-deck3-02",')),
        (12.0, 'ev', '{"type":"Normal","reason":"ScalingReplicaSet","message":"Scaled down replica set keycard-proxy-5f6d7c8b9 to 0 from 2","involvedObject":{"kind":"Deployment","namespace":"hotel","name":"keycard-proxy"},"source":{"component":"deployment-controller"},"lastTimestamp":"@@ISOS@@"}', E),
        (12.4, 'kp', '@@ISO@@ INFO  keycard-proxy: received SIGTERM, closing 4 encoder sessions', E),
        (12.9, 'kp', '@@ISO@@ INFO  keycard-proxy: shutdown complete'),
        (20.0, 'keys', W % ('error', 'encode request failed', REF + '"cabin":"7203","booking":"AUR-8J1N4T",')),
        (20.1, 'emb', EMB % ('AUR-8J1N4T', '7203', 'gangway-2')),
        (24.0, 'keys2', W % ('error', 'encode request failed', REF + '"cabin":"10118","booking":"AUR-2C7V9M",')),
        (24.1, 'emb', EMB % ('AUR-2C7V9M', '10118', 'gangway-1')),
        (31.0, 'keys', W % ('error', 'encode request failed', REF + '"cabin":"6051","booking":"AUR-3Q8T1W",')),
        (31.1, 'emb', EMB % ('AUR-3Q8T1W', '6051', 'gangway-2')),
        (40.0, 'keys2', W % ('warn', 'circuit breaker opened for encoder backend', '"failures":12,"window_s":30,')),
        (45.0, 'keys', W % ('error', 'encode request failed', '"error":{"code":"EOPENBREAKER","message":"Breaker is open"},"cabin":"8214","booking":"AUR-7K2M9Q",')),
        (45.1, 'emb', EMB % ('AUR-7K2M9Q', '8214', 'gangway-3')),
        (61.0, 'emb', '{"event": "gangway.queue", "waiting_guests": 143, "keys_issued_5m": 0, "level": "warning", "logger": "gangway.metrics", "timestamp": "@@ISO6@@"}'),
        (70.0, 'keys2', W % ('info', 'circuit breaker half-open, probing encoder backend', '')),
        (70.2, 'keys2', W % ('error', 'encode request failed', REF + '"cabin":"11207","booking":"AUR-6T3B5R",')),
        (90.0, 'keys', W % ('error', 'health dependency down', '"dependency":"keycard-proxy.hotel.svc:8443","consecutive_failures":34,')),
        (91.0, 'emb', EMB % ('AUR-9X4L2C', '10233', 'gangway-1')),
    ]
    return dict(
        template='dev47.cruise.keycard_proxy_gone', base='2026-03-09T11:58:00Z', labels=lab, lines=lines,
        question='Embarkation day: the gangway desks cannot issue cabin keys and keys-api is full of ECONNREFUSED. What is the cause?',
        selector=SEL('hotel'),
        expected=dict(
            severity='CRITICAL', category='connection_refused', component='keycard-proxy', quiet_cause=True,
            root_cause='The keycard-proxy Deployment, which fronts the cabin-key encoders, was scaled to 0 replicas at 11:58:12; its Service has no endpoints, so every connection from keys-api to keycard-proxy:8443 is refused and no cabin key can be encoded.',
            summary='No cabin keys have been issued since keycard-proxy was scaled to zero; the callers (keys-api, gangway desks) are loud, while the cause is a single Normal scaling event and a clean shutdown.',
            action='Scale keycard-proxy back to 2 replicas immediately, then find what scaled it down (manual change, GitOps sync or schedule) and prevent it on embarkation days.')
    )


@record
def error_dealer_dms_db_stopped():
    lab = {
        'ua': H('dms-db01', 'unattended-upgrades'), 'sd': H('dms-db01', 'systemd'),
        'lar': H('dms-app01', 'laravel', 'varlog'), 'ng': H('dms-app01', 'nginx-error', 'varlog'),
        'acc': H('dms-app01', 'nginx-access', 'varlog'), 'fpm': H('dms-app01', 'php8.1-fpm', 'varlog'),
    }
    P = '@@SYS@@ dms-db01 '
    LE = ('[@@LAR@@] production.ERROR: SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: %s) '
          '{"userId":%d,"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 2002): SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: %s) at /var/www/dms/vendor/laravel/framework/src/Illuminate/Database/Connection.php:822)"}')
    ACC = '10.20.%s - %s [@@CLF@@] "%s %s HTTP/1.1" %d %d "-" "%s"'
    UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0.0.0'
    lines = [
        (0.0, 'acc', ACC % ('3.41', 'j.hughes', 'GET', '/jobcards?site=LDS-N&date=today', 200, 41213, UA)),
        (12.0, 'ua', P + 'unattended-upgrade[2291]: Packages that will be upgraded: mysql-client-8.0 mysql-client-core-8.0 mysql-server-8.0 mysql-server-core-8.0', E),
        (40.0, 'sd', P + 'systemd[1]: Stopping mysql.service - MySQL Community Server...'),
        (43.0, 'sd', P + 'systemd[1]: mysql.service: Deactivated successfully.'),
        (43.1, 'sd', P + 'systemd[1]: Stopped mysql.service - MySQL Community Server.', E),
        (43.2, 'sd', P + 'systemd[1]: mysql.service: Consumed 6d 3h 41min 12.114s CPU time.'),
        (51.0, 'lar', LE % ('select * from `job_cards` where `site_code` = LDS-N and date(`scheduled_at`) = 2026-03-01', 118, 'select * from `job_cards` where `site_code` = LDS-N and date(`scheduled_at`) = 2026-03-01')),
        (51.1, 'acc', ACC % ('3.41', 'j.hughes', 'GET', '/jobcards?site=LDS-N&date=today', 500, 6120, UA)),
        (58.0, 'lar', LE % ('insert into `labour_lines` (`job_card_id`, `op_code`, `hours`) values (412771, 10-02-18, 1.2)', 131, 'insert into `labour_lines` (`job_card_id`, `op_code`, `hours`) values (412771, 10-02-18, 1.2)')),
        (58.1, 'acc', ACC % ('5.12', 'tech.ak', 'POST', '/jobcards/412771/labour', 500, 6120, 'Mozilla/5.0 (Linux; Android 13; SM-T636B) Chrome/121.0')),
        (64.0, 'fpm', '[@@FPM@@] WARNING: [pool dms] child 30127 said into stderr: "PHP Warning:  PDO::__construct(): MySQL server has gone away in /var/www/dms/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php on line 65"'),
        (70.0, 'lar', '[@@LAR@@] production.ERROR: Job failed {"job":"App\\\\Jobs\\\\PostInvoiceToLedger","invoice":"INV-LDS-N-99182","attempts":1,"error":"SQLSTATE[HY000] [2002] Connection refused"}'),
        (77.0, 'acc', ACC % ('3.18', 'parts.desk', 'GET', '/parts/orders?status=open', 500, 6120, UA)),
        (84.0, 'ng', '@@NGX@@ [error] 1187#1187: *441822 FastCGI sent in stderr: "PHP message: PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/dms/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:65" while reading response header from upstream, client: 10.20.3.18, server: dms.dealer.internal, request: "GET /health HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.1-fpm-dms.sock:", host: "dms.dealer.internal"'),
        (96.0, 'lar', LE % ('select * from `customers` where `vin` = WVWZZZCDZRW104417 limit 1', 0, 'select * from `customers` where `vin` = WVWZZZCDZRW104417 limit 1')),
        (120.0, 'ua', P + 'unattended-upgrade[2291]: Progress: 62 %'),
        (150.0, 'acc', ACC % ('3.41', 'j.hughes', 'GET', '/jobcards?site=LDS-N&date=today', 500, 6120, UA)),
        (180.0, 'lar', '[@@LAR@@] production.CRITICAL: Health check failed {"check":"database","error":"SQLSTATE[HY000] [2002] Connection refused","consecutive":12}'),
    ]
    return dict(
        template='dev47.dealer.dms_db_stopped_host', base='2026-03-01T06:25:00Z', labels=lab, lines=lines,
        question='The DMS web app throws 500s on every page for the early workshop shift. Why?',
        selector=None,
        expected=dict(
            severity='ERROR', category='connection_refused', component='mysql', quiet_cause=True,
            root_cause='unattended-upgrades on dms-db01 is upgrading the mysql-server-8.0 packages and stopped mysql.service as part of it; MySQL has not been started again, so every connection from dms-app01 is refused.',
            summary='The DMS application fails all database-backed pages and jobs with connection refused; the database host only logs a routine package upgrade and a clean stop.',
            action='Start mysql on dms-db01 (or let the package configuration finish and verify it starts), then exclude MySQL from unattended-upgrades and schedule DB upgrades in a maintenance window; re-run failed ledger jobs.')
    )


# ---------------------------------------------------------------------------
# Batch 4: slow dependencies, certificates, credentials
# ---------------------------------------------------------------------------

@record
def error_dating_safety_search_slow():
    n1, n2, n3 = ('gke-dating-prod-pool-3-2b9d41c0-q7lh', 'gke-dating-prod-pool-3-2b9d41c0-v3zc',
                  'gke-dating-prod-pool-2-7f3c1a9e-h5rj')
    lab = {
        'cur': K('search', 'es-curator-29541010-x7k2p', 'curator', n3, 'es-curator'),
        'es': K('search', 'safety-es-data-1', 'elasticsearch', n1, 'safety-es'),
        'api': K('dating-safety', 'safety-api-7d4c9b8f6-gm2qp', 'api', n2, 'safety-api'),
        'ing': K('ingress-nginx', 'ingress-nginx-controller-5d8c7b9f6-n2kxw', 'controller', 'gke-dating-prod-pool-1-0c4e8b2a-f61b', 'ingress-nginx'),
    }
    CU = '@@COMMA@@ INFO      %s'
    ES = ('{"@timestamp":"@@ISO@@", "log.level": "WARN", "message":"[reports-2026.02][%d] took[%s], took_millis[%d], total_hits[%s], stats[], search_type[QUERY_THEN_FETCH], total_shards[6], source[{\\"size\\":50,\\"query\\":{\\"bool\\":{\\"filter\\":[{\\"term\\":{\\"status\\":\\"open\\"}}]}},\\"sort\\":[{\\"severity\\":\\"desc\\"}]}], id[], ", '
          '"ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.index_search_slowlog","process.thread.name":"elasticsearch[safety-es-data-1][search][T#%d]","log.logger":"index.search.slowlog.query","elasticsearch.cluster.name":"safety-search","elasticsearch.node.name":"safety-es-data-1"}')
    AP = '{"event": "%s", %s"level": "%s", "logger": "%s", "timestamp": "@@ISO6@@"}'
    ING = '10.52.0.1 - - [@@CLF@@] "GET /v1/reports?status=open&limit=50 HTTP/2.0" %d %d "https://console.lovelane.app/safety/queue" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) Chrome/122.0" 511 %s [dating-safety-safety-api-8000] [] 10.52.6.18:8000 %d %s %d @@H32@@'
    lines = [
        (0.0, 'cur', CU % 'Preparing Action ID: 1, "forcemerge"'),
        (0.4, 'cur', CU % 'Trying Action ID: 1, "forcemerge": Merge closed-month report indices to one segment'),
        (1.1, 'cur', CU % 'forceMerging index reports-2026.02 to 1 segments per shard.  Please wait...', E),
        (30.0, 'api', 'INFO:     10.52.0.1:44120 - "GET /v1/reports?status=open&limit=50 HTTP/1.1" 200 OK'),
        (62.0, 'es', ES % (3, '8.4s', 8412, '412 hits', 7)),
        (70.0, 'api', AP % ('report_queue.search', '"index": "reports-*", "duration_s": 10.003, "status": "N/A", ', 'warning', 'elastic_transport.transport')),
        (70.1, 'api', AP % ('report_queue.load_failed', '"moderator": "mod-0412", "error": "search backend did not answer within 10s", ', 'error', 'safety.queue')),
        (70.2, 'api', 'INFO:     10.52.0.1:44188 - "GET /v1/reports?status=open&limit=50 HTTP/1.1" 503 Service Unavailable'),
        (70.3, 'ing', ING % (503, 88, '10.008', 88, '10.007', 503)),
        (81.0, 'es', ES % (1, '14.8s', 14812, '418 hits', 2)),
        (94.0, 'api', AP % ('report.escalate_failed', '"report_id": "RPT-2026-0309912", "category": "harassment", "error": "search backend did not answer within 10s", ', 'error', 'safety.escalation')),
        (101.0, 'ing', '@@NGX@@ [error] 41#41: *201882 upstream timed out (110: Operation timed out) while reading response header from upstream, client: 10.52.0.1, server: api.lovelane.app, request: "GET /v1/reports/RPT-2026-0309907 HTTP/2.0", upstream: "http://10.52.6.18:8000/v1/reports/RPT-2026-0309907", host: "api.lovelane.app"'),
        (101.1, 'ing', ING.replace('/v1/reports?status=open&limit=50', '/v1/reports/RPT-2026-0309907') % (504, 160, '60.001', 0, '60.000', 504)),
        (130.0, 'api', AP % ('report_queue.load_failed', '"moderator": "mod-0388", "error": "search backend did not answer within 10s", ', 'error', 'safety.queue')),
        (131.0, 'es', ES % (5, '21.2s', 21204, '421 hits', 4)),
        (160.0, 'api', AP % ('safety.sla', '"open_reports": 421, "oldest_unassigned_min": 38, "sla_breaches": 17, ', 'error', 'safety.metrics')),
        (175.0, 'api', 'INFO:     10.52.0.1:44310 - "GET /healthz HTTP/1.1" 200 OK'),
        (190.0, 'ing', ING % (503, 88, '10.004', 88, '10.004', 503)),
    ]
    return dict(
        template='dev47.dating.safety_search_slow', base='2026-03-02T14:10:00Z', labels=lab, lines=lines,
        question='Trust & safety moderators cannot load the report queue (503/504) and escalations fail. What is causing it?',
        selector=SEL('dating-safety', app='safety-api'),
        expected=dict(
            severity='ERROR', category='timeout', component='es-curator', quiet_cause=True,
            root_cause='An es-curator CronJob started a force merge of the 300 GB reports-2026.02 index down to one segment per shard during business hours; the merge saturates the data node, report searches slow to 8-21 s and safety-api gives up after 10 s.',
            summary='Report-queue searches and escalations fail because Elasticsearch answers too slowly while a force merge runs; the only cause line is the curator\'s calm "forceMerging ... Please wait" message.',
            action='Stop or reschedule the es-curator force-merge action to off-peak hours (and avoid merging an index that is still queried); the queue recovers when the merge finishes.')
    )


@record
def warn_cruise_shore_sync_rain_fade():
    h = 'sat-gw01.aurora.ship'
    lab = {'vs': H(h, 'vsat-mon.service', 'journal'), 'sync': H(h, 'shore-sync.service', 'journal'),
           'ch': H(h, 'strongswan.service', 'journal')}
    S = 'time="@@ISOS@@" level=%s msg="%s" %s'
    DE = 'err="Post \\"https://sync.aurora-cruises.com/v1/batches\\": context deadline exceeded"'
    lines = [
        (0.0, 'sync', S % ('info', 'outbound batch sent', 'queue=folio-events batch=500 bytes=181220 rtt_ms=640')),
        (22.0, 'vs', 'modem vsat-modem (10.60.255.2): esno=4.2dB below 6.0dB, ACM downshift 8PSK-3/4 -> QPSK-1/2 (rain fade suspected, sector 240-260)', E),
        (60.0, 'vs', 'modem vsat-modem (10.60.255.2): link stats esno=3.1dB rx_kbps=6120 tx_kbps=512 drops=1841', E),
        (70.0, 'sync', S % ('warning', 'send failed, will retry', 'queue=folio-events attempt=1 batch=500 ' + DE)),
        (101.0, 'sync', S % ('warning', 'send failed, will retry', 'queue=folio-events attempt=2 batch=250 ' + DE)),
        (118.0, 'ch', '14[IKE] retransmit 1 of request with message ID 412'),
        (126.0, 'ch', '07[IKE] received DPD response, no additional payloads'),
        (140.0, 'sync', S % ('info', 'outbound batch sent', 'queue=folio-events batch=125 bytes=45110 rtt_ms=2911 attempt=3')),
        (150.0, 'sync', S % ('warning', 'send failed, will retry', 'queue=crew-timesheets attempt=1 batch=120 ' + DE)),
        (180.0, 'sync', S % ('warning', 'backlog growing', 'queue=folio-events pending=4120 oldest_s=410')),
        (240.0, 'vs', 'modem vsat-modem (10.60.255.2): link stats esno=3.8dB rx_kbps=7004 tx_kbps=640 drops=622'),
        (300.0, 'sync', S % ('info', 'outbound batch sent', 'queue=crew-timesheets batch=60 bytes=20311 rtt_ms=2480 attempt=2')),
        (420.0, 'vs', 'modem vsat-modem (10.60.255.2): esno=8.9dB, ACM upshift QPSK-1/2 -> 8PSK-3/4'),
        (430.0, 'sync', S % ('info', 'outbound batch sent', 'queue=folio-events batch=500 bytes=183004 rtt_ms=702')),
        (480.0, 'sync', S % ('info', 'backlog draining', 'queue=folio-events pending=1210 oldest_s=520')),
        (600.0, 'sync', S % ('info', 'sync cycle complete', 'queues=4 sent_batches=31 error_count=6 backlog=0 lag_s=88')),
    ]
    return dict(
        template='dev47.cruise.shore_sync_rain_fade_host', base='2026-03-10T16:44:00Z', labels=lab, lines=lines,
        question='Ship-to-shore folio sync was failing with deadline errors this afternoon. Is the sync service broken?',
        selector=None,
        expected=dict(
            severity='WARN', category='timeout', component='vsat-modem',
            root_cause='A rain fade on the satellite beam dropped the modem to QPSK-1/2 and cut uplink capacity to about 0.5 Mbit/s; shore-sync uploads could not finish within their deadline, the sync retried with smaller batches and the backlog drained once the link recovered.',
            summary='Temporary degradation: sync uploads timed out for about seven minutes during rain fade and then recovered on their own with backlog=0.',
            action='No immediate action; optionally make shore-sync adapt batch size and deadline to link quality and alert if the backlog is older than 30 minutes.')
    )


@record
def crit_dealer_telematics_client_cert_expired():
    n3 = 'aks-general-38219475-vmss000003'
    lab = {
        't1': K('telematics', 'telematics-ingest-5c7d9b8f6-w2xkd', 'ingest', n3, 'telematics-ingest'),
        't2': K('telematics', 'telematics-ingest-5c7d9b8f6-8pl4c', 'ingest', 'aks-general-38219475-vmss000002', 'telematics-ingest'),
        'rem': K('workshop', 'service-reminders-5b6c7d8f9-r4nzx', 'app', 'aks-general-38219475-vmss000004', 'service-reminders'),
    }
    Z = '{"level":"%s","ts":@@EPOCHF@@,"caller":"%s","msg":"%s",%s}'
    TLS = '"feed":"oem-vwg","error":"Get \\"https://partner-api.oem-telematics.example/v3/vehicles/events?cursor=%s\\": remote error: tls: expired certificate"'
    lines = [
        (0.0, 't1', Z % ('info', 'oemfeed/poller.go:96', 'poll ok', '"feed":"oem-vwg","events":412,"cursor":"c_88213001","latency_ms":311')),
        (20.0, 't1', Z % ('info', 'oemfeed/mtls.go:54', 'client certificate reloaded', '"path":"/etc/oem-mtls/tls.crt","subject":"CN=northgate-motors-telematics,O=Northgate Motors Group","not_after":"2026-03-04T00:00:00Z","days_left":0'), E),
        (30.0, 't2', Z % ('info', 'oemfeed/poller.go:96', 'poll ok', '"feed":"oem-vwg","events":388,"cursor":"c_88213413","latency_ms":296')),
        (60.0, 't1', Z % ('info', 'oemfeed/poller.go:96', 'poll ok', '"feed":"oem-vwg","events":402,"cursor":"c_88213801","latency_ms":305')),
        (90.0, 't2', Z % ('info', 'oemfeed/poller.go:96', 'poll ok', '"feed":"oem-vwg","events":371,"cursor":"c_88214203","latency_ms":322')),
        (121.0, 't1', Z % ('error', 'oemfeed/poller.go:88', 'poll failed', TLS % 'c_88214574'), E),
        (151.0, 't2', Z % ('error', 'oemfeed/poller.go:88', 'poll failed', TLS % 'c_88214574')),
        (152.0, 't2', Z % ('error', 'oemfeed/ack.go:41', 'ack failed', '"feed":"oem-vwg","batch":"b_5512","error":"Post \\"https://partner-api.oem-telematics.example/v3/vehicles/events/ack\\": remote error: tls: expired certificate"')),
        (181.0, 't1', Z % ('error', 'oemfeed/poller.go:88', 'poll failed', TLS % 'c_88214574')),
        (182.0, 't1', Z % ('warn', 'oemfeed/poller.go:120', 'backing off', '"feed":"oem-vwg","consecutive_failures":3,"next_in":"60s"')),
        (211.0, 't2', Z % ('error', 'oemfeed/poller.go:88', 'poll failed', TLS % 'c_88214574')),
        (241.0, 't1', Z % ('error', 'oemfeed/poller.go:88', 'poll failed', TLS % 'c_88214574')),
        (300.0, 'rem', 'I, [@@RAILS@@ #1]  INFO -- : [DtcReminderScan] scanned 0 new diagnostic events since 00:00 (expected ~3000/h)'),
        (330.0, 't2', Z % ('error', 'oemfeed/poller.go:88', 'poll failed', TLS % 'c_88214574')),
        (360.0, 't1', Z % ('warn', 'oemfeed/buffer.go:77', 'upstream retention risk', '"feed":"oem-vwg","oem_retention_h":24,"unacked_since":"2026-03-04T00:00:01Z"')),
        (420.0, 't1', Z % ('error', 'oemfeed/poller.go:88', 'poll failed', TLS % 'c_88214574')),
        (421.0, 'rem', 'E, [@@RAILS@@ #1] ERROR -- : [DtcReminderScan] telematics feed stale for 7 minutes; proactive service bookings paused'),
    ]
    return dict(
        template='dev47.dealer.telematics_client_cert_expired', base='2026-03-03T23:58:00Z', labels=lab, lines=lines,
        question='Since midnight no OEM telematics events arrive and service reminders are paused. What happened to telematics-ingest?',
        selector=SEL('telematics', app='telematics-ingest'),
        expected=dict(
            severity='CRITICAL', category='tls_certificate', component='telematics-ingest',
            root_cause='The mTLS client certificate that telematics-ingest presents to the OEM partner API (/etc/oem-mtls, CN=northgate-motors-telematics) expired at 2026-03-04T00:00:00Z; the OEM now rejects every handshake with a certificate-expired alert, so no events can be polled or acknowledged.',
            summary='The OEM telematics feed is completely down since midnight because our client certificate expired; events are only retained upstream for 24 h, so data is at risk.',
            action='Obtain and install a renewed OEM client certificate in the oem-mtls Secret (and restart/reload telematics-ingest), then add expiry monitoring or automate renewal.')
    )


@record
def warn_cruise_apis_chain_incomplete():
    n1 = 'ip-10-42-17-88.eu-west-1.compute.internal'
    lab = {
        'sub': K('embarkation', 'apis-submitter-6c8d9f7b5-t2mwx', 'submitter', n1, 'apis-submitter'),
        'chk': K('embarkation', 'checkin-api-5b9c8d7f6-zk4rp', 'api', 'ip-10-42-33-140.eu-west-1.compute.internal', 'checkin-api'),
    }
    PY = '@@COMMA@@ %s %s: %s'
    SSLERR = "SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)'))"
    lines = [
        (0.0, 'sub', PY % ('INFO', 'apis.submit', 'submitting manifest voyage=AM-2026-10 port=PMI guests=412 crew=0 target=apis-gw1.eu-border.net')),
        (0.6, 'sub', PY % ('WARNING', 'urllib3.connectionpool', "Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by '%s': /v2/manifests" % SSLERR), E),
        (1.4, 'sub', PY % ('WARNING', 'urllib3.connectionpool', "Retrying (Retry(total=1, connect=None, read=None, redirect=None, status=None)) after connection broken by '%s': /v2/manifests" % SSLERR)),
        (3.0, 'sub', PY % ('ERROR', 'apis.submit', "gateway apis-gw1.eu-border.net failed: HTTPSConnectionPool(host='apis-gw1.eu-border.net', port=443): Max retries exceeded with url: /v2/manifests (Caused by %s)" % SSLERR)),
        (3.1, 'sub', PY % ('INFO', 'apis.tlsdiag', 'apis-gw1.eu-border.net presented 1 certificate(s): subject=CN=apis-gw1.eu-border.net issuer=CN=EuroTrust Issuing CA G4 not_after=2027-03-01; intermediate not sent'), E),
        (3.3, 'sub', PY % ('INFO', 'apis.submit', 'failing over to apis-gw2.eu-border.net')),
        (4.5, 'sub', PY % ('INFO', 'apis.submit', 'manifest accepted by apis-gw2.eu-border.net receipt=APIS-PMI-20260311-00412 latency_ms=1184')),
        (10.0, 'chk', '{"event": "checkin.completed", "booking": "AUR-4M7H2X", "guests": 2, "apis_status": "queued", "level": "info", "logger": "checkin.api", "timestamp": "@@ISO6@@"}'),
        (60.0, 'sub', PY % ('INFO', 'apis.submit', 'submitting delta voyage=AM-2026-10 port=PMI guests=6 target=apis-gw1.eu-border.net')),
        (60.7, 'sub', PY % ('WARNING', 'urllib3.connectionpool', "Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by '%s': /v2/manifests" % SSLERR)),
        (62.9, 'sub', PY % ('ERROR', 'apis.submit', "gateway apis-gw1.eu-border.net failed: HTTPSConnectionPool(host='apis-gw1.eu-border.net', port=443): Max retries exceeded with url: /v2/manifests (Caused by %s)" % SSLERR)),
        (63.0, 'sub', PY % ('INFO', 'apis.submit', 'failing over to apis-gw2.eu-border.net')),
        (64.1, 'sub', PY % ('INFO', 'apis.submit', 'manifest accepted by apis-gw2.eu-border.net receipt=APIS-PMI-20260311-00418 latency_ms=1090')),
        (70.0, 'chk', '{"event": "checkin.completed", "booking": "AUR-1D9R3S", "guests": 4, "apis_status": "accepted", "level": "info", "logger": "checkin.api", "timestamp": "@@ISO6@@"}'),
        (120.0, 'sub', PY % ('WARNING', 'apis.health', 'gateway apis-gw1.eu-border.net unhealthy for 2m (tls verify); apis-gw2 carrying 100% of submissions, no redundancy')),
        (121.0, 'chk', 'INFO:     10.42.33.12:50112 - "GET /healthz HTTP/1.1" 200 OK'),
    ]
    return dict(
        template='dev47.cruise.apis_chain_incomplete', base='2026-03-11T05:12:00Z', labels=lab, lines=lines,
        question='apis-submitter logs SSL verification errors on every border submission this morning. Are passenger manifests reaching the authorities?',
        selector=SEL('embarkation', app='apis-submitter'),
        expected=dict(
            severity='WARN', category='tls_certificate', component='apis-submitter',
            root_cause='The primary border gateway apis-gw1 serves only its leaf certificate without the new EuroTrust Issuing CA G4 intermediate, so apis-submitter cannot build a chain to a trusted root and fails verification; it fails over to apis-gw2, which works.',
            summary='Manifests are still accepted through the secondary gateway, but the primary is unusable because of an incomplete certificate chain and there is no redundancy left.',
            action='Report the missing intermediate to the gateway operator; meanwhile add the EuroTrust Issuing CA G4 intermediate to apis-submitter\'s CA bundle (do not disable verification).')
    )


@record
def error_dealer_parts_oem_client_secret():
    n = 'aks-general-38219475-vmss00000'
    lab = {
        'hz': K('parts', 'parts-horizon-6d8b9c7f5-v2xkq', 'horizon', n + '2', 'parts-horizon'),
        'p1': K('parts', 'parts-api-78d9c6b5f4-hk2mq', 'php-fpm', n + '3', 'parts-api'),
        'ng': K('parts', 'parts-api-78d9c6b5f4-hk2mq', 'nginx', n + '3', 'parts-api'),
    }
    L = '[@@LAR@@] production.%s: %s'
    HZ = '  @@LAR@@ App\\Jobs\\PlaceOemOrder %s %s'
    G401 = ('Client error: `POST https://idp.oem-parts-partner.example/oauth2/token` resulted in a `401 Unauthorized` response: '
            '{"error":"invalid_client","error_description":"Client authentication failed (client_id=ngm-parts-prod)"}')
    lines = [
        (0.0, 'hz', HZ % ('.' * 52, 'RUNNING')),
        (0.4, 'hz', HZ % ('.' * 43, '382.11ms DONE')),
        (0.5, 'p1', L % ('INFO', 'OEM order submitted {"order":"PO-LDS-N-88240","oem_ref":"VWG-7781203","lines":4}')),
        (3.0, 'p1', L % ('INFO', 'OEM access token expired, requesting a new one {"client_id":"ngm-parts-prod","cached_since":"2026-03-04 06:05:02"}'), E),
        (3.4, 'p1', L % ('ERROR', G401 + ' {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 401): Client error: `POST https://idp.oem-parts-partner.example/oauth2/token` resulted in a `401 Unauthorized` response at /var/www/parts/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113)"}'), E),
        (3.5, 'hz', HZ % ('.' * 52, 'RUNNING')),
        (3.9, 'hz', HZ % ('.' * 44, '402.58ms FAIL')),
        (4.0, 'p1', L % ('WARNING', 'OEM order deferred, will retry {"order":"PO-LDS-N-88241","attempt":1,"reason":"oem_auth"}')),
        (9.0, 'ng', '10.244.0.22 - - [@@CLF@@] "GET /api/parts/availability?sku=1K0615301AA HTTP/1.1" 502 166 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/122.0" rt=0.418'),
        (9.1, 'p1', L % ('ERROR', G401 + ' {"route":"parts.availability","sku":"1K0615301AA"}')),
        (31.0, 'hz', HZ % ('.' * 52, 'RUNNING')),
        (31.3, 'hz', HZ % ('.' * 44, '377.90ms FAIL')),
        (31.4, 'p1', L % ('ERROR', G401 + ' {"job":"App\\\\Jobs\\\\PlaceOemOrder","order":"PO-LDS-N-88241","attempt":2}')),
        (60.0, 'ng', '10.244.0.22 - - [@@CLF@@] "GET /api/parts/search?q=wiper+blade+tiguan HTTP/1.1" 200 7712 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/122.0" rt=0.212'),
        (75.0, 'p1', L % ('ERROR', G401 + ' {"job":"App\\\\Jobs\\\\PlaceOemOrder","order":"PO-SHF-88242","attempt":1}')),
        (76.0, 'p1', L % ('WARNING', 'OEM orders waiting {"pending":23,"oldest_min":6,"sites":["LDS-N","LDS-S","SHF"]}')),
        (120.0, 'hz', HZ % ('.' * 44, '391.02ms FAIL')),
        (121.0, 'p1', L % ('CRITICAL', 'OEM order cut-off at risk {"cutoff":"2026-03-04 10:30","pending":31}')),
    ]
    return dict(
        template='dev47.dealer.parts_oem_client_secret', base='2026-03-04T07:05:00Z', labels=lab, lines=lines,
        question='Since about 07:05 no parts orders reach the OEM and availability checks return 502. What is failing?',
        selector=SEL('parts'),
        expected=dict(
            severity='ERROR', category='auth_failure', component='parts-api',
            root_cause='When its cached OEM access token expired at 07:05, parts-api could not obtain a new one: the OEM identity provider rejects the client credentials of ngm-parts-prod with 401 invalid_client (the client secret configured in parts-api is no longer valid, e.g. rotated by the OEM).',
            summary='All OEM order submissions and live availability checks fail with 401 invalid_client from the OEM token endpoint; local catalogue search still works and orders are queueing toward the daily cut-off.',
            action='Obtain the current client secret for ngm-parts-prod from the OEM partner portal, update the parts-api Secret and restart/reload the workers, then retry the deferred orders before the 10:30 cut-off.')
    )


@record
def crit_cruise_guest_accounts_creds_revoked():
    lab = {
        'v': K('vault', 'vault-0', 'vault', 'ship-edge-01', 'vault'),
        'ga': K('hotel', 'guest-accounts-7b8c9d6f5-m2kqx', 'guest-accounts', 'ship-edge-02', 'guest-accounts'),
        'ga2': K('hotel', 'guest-accounts-7b8c9d6f5-xr7lp', 'guest-accounts', 'ship-edge-03', 'guest-accounts'),
        'agent': K('hotel', 'guest-accounts-7b8c9d6f5-m2kqx', 'vault-agent', 'ship-edge-02', 'guest-accounts'),
        'pg': K('hotel', 'hotel-pg-0', 'postgres', 'ship-edge-04', 'hotel-pg'),
        'pos': K('onboard-pos', 'pos-service-6d9e8c7a5-hx4lz', 'pos-service', 'ship-edge-03', 'pos-service'),
    }
    user = 'v-kubernet-guest-ac-7TqX3a9LpQ2-1770541211'
    PGX = '@@HMS@@ [error] Postgrex.Protocol (#PID<0.%d.0>) failed to connect: ** (Postgrex.Error) FATAL 28P01 (invalid_password) password authentication failed for user "%s"'
    DBC = '@@HMS@@ request_id=%s [error] ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2000ms. This means requests are coming in and your connection pool cannot serve them fast enough.'
    Q = '@@COMMA@@ %-5s [%s] (%s) %s'
    lines = [
        (0.0, 'ga', '@@HMS@@ request_id=F7yL2a0QkP8AAE4c [info] POST /api/folios/F-2026-117702/charges'),
        (0.1, 'ga', '@@HMS@@ request_id=F7yL2a0QkP8AAE4c [info] Sent 201 in 12ms'),
        (11.0, 'v', '@@ISO@@ [INFO]  expiration: revoked lease: lease_id=database/creds/guest-accounts/Qh7tZk1wYb3NxM8pLr2sVd5e', E),
        (11.3, 'pg', '@@PG@@ [88213] LOG:  statement: REVOKE ALL PRIVILEGES ON ALL TABLES IN SCHEMA public FROM "%s";' % user),
        (11.4, 'pg', '@@PG@@ [88213] LOG:  statement: DROP ROLE IF EXISTS "%s";' % user),
        (25.0, 'pg', '@@PG@@ [88240] FATAL:  password authentication failed for user "%s"' % user, E),
        (25.01, 'pg', '@@PG@@ [88240] DETAIL:  Role "%s" does not exist.' % user),
        (25.1, 'ga', PGX % (4121, user)),
        (27.0, 'agent', '@@ISO@@ [WARN]  (view) vault.read(database/creds/guest-accounts): vault.read(database/creds/guest-accounts): renewer done (maybe the lease expired)'),
        (27.3, 'agent', '@@ISO@@ [INFO]  (runner) rendered "(dynamic)" => "/vault/secrets/db.env"'),
        (33.0, 'ga2', PGX % (3987, user)),
        (34.0, 'ga', DBC % 'F7yL2dXk9m4AAF1q'),
        (34.1, 'ga', '@@HMS@@ request_id=F7yL2dXk9m4AAF1q [info] Sent 500 in 2001ms'),
        (35.0, 'pos', Q % ('ERROR', 'com.aur.pos.FolioClient', 'executor-thread-6', 'charge to folio F-2026-116931 declined: guest-accounts returned 500 (terminal DECK11-BUFFET-04, 6.25 USD)')),
        (41.0, 'ga2', DBC % 'F7yL2fBv0s1AAG7n'),
        (45.0, 'pos', Q % ('ERROR', 'com.aur.pos.FolioClient', 'executor-thread-2', 'charge to folio F-2026-118040 declined: guest-accounts returned 500 (terminal DECK5-POOLBAR-02, 22.00 USD)')),
        (52.0, 'ga', PGX % (4188, user)),
        (60.0, 'pos', Q % ('WARN', 'com.aur.pos.OfflineQueue', 'vert.x-worker-thread-2', 'folio service unavailable, 37 sales held offline (cash/card only mode)')),
        (75.0, 'ga2', '@@HMS@@ [error] GenServer #PID<0.5120.0> terminating ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2000ms.'),
        (90.0, 'ga', PGX % (4230, user)),
    ]
    return dict(
        template='dev47.cruise.guest_accounts_creds_revoked', base='2026-03-12T09:00:00Z', labels=lab, lines=lines,
        question='On board, every charge to a guest folio is declined and guest-accounts returns 500 with connection pool errors. What is the real cause?',
        selector=SEL('hotel', app='guest-accounts'),
        expected=dict(
            severity='CRITICAL', category='auth_failure', component='guest-accounts', quiet_cause=True,
            root_cause='The dynamic PostgreSQL credentials that guest-accounts read at start-up reached their Vault max TTL; Vault revoked the lease and dropped the role, and guest-accounts keeps reconnecting with the revoked user (password authentication fails, role does not exist). The vault-agent rendered fresh credentials, but the application never reloads them.',
            summary='Guest-accounts cannot open database connections because its Vault-issued DB user was revoked; the pool errors look like exhaustion, but the cause is a single INFO lease revocation in Vault. Cashless onboard charging is down.',
            action='Restart guest-accounts now so it picks up the newly rendered credentials; then make it reload credentials on rotation (or restart on template change) and review the Vault role max_ttl.')
    )


# ---------------------------------------------------------------------------
# Batch 5: configuration, exhausted resources, volumes
# ---------------------------------------------------------------------------

@record
def crit_dating_profile_env_renamed():
    n1, n2, n3 = ('gke-dating-prod-pool-2-7f3c1a9e-x8kq', 'gke-dating-prod-pool-2-7f3c1a9e-m2vd',
                  'gke-dating-prod-pool-2-7f3c1a9e-h5rj')
    lab = {
        'ev': K('monitoring', 'event-exporter-5f7d8c9b6-p4mzn', 'event-exporter', n3, 'event-exporter'),
        'p1': K('dating-profiles', 'profile-service-6f9d8b7c5-b8wqk', 'api', n2, 'profile-service'),
        'p2': K('dating-profiles', 'profile-service-6f9d8b7c5-kx2vn', 'api', n3, 'profile-service'),
        'gw': K('dating-edge', 'api-gateway-66d8f7c9b-7hx2c', 'envoy', n3, 'api-gateway'),
        'chat': K('dating-chat', 'chat-gateway-84b6d9c5f7-ltp6k', 'chat-gateway', n2, 'chat-gateway'),
    }
    EV = '{"type":"%s","reason":"%s","message":"%s","involvedObject":{"kind":"%s","namespace":"%s","name":"%s"},"source":{"component":"%s"},"count":%d,"lastTimestamp":"@@ISOS@@"}'
    TB = [
        'Traceback (most recent call last):',
        '  File "/app/profile_service/settings.py", line 18, in <module>',
        '    MEDIA_BUCKET = os.environ["PROFILE_MEDIA_BUCKET"]',
        '                   ~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^',
        '  File "<frozen os>", line 679, in __getitem__',
        "KeyError: 'PROFILE_MEDIA_BUCKET'",
    ]
    GW = '[@@ISO@@] "GET /v1/profiles/%s HTTP/2" 503 - no_healthy_upstream - "-" 0 19 0 - "%s" "DatingApp/7.4.1 (%s)" "@@U@@" "api.lovelane.app" "-"'
    lines = [
        (0.0, 'ev', EV % ('Normal', 'NodeNotSchedulable', 'Node %s status is now: NodeNotSchedulable' % n1, 'Node', '', n1, 'kubelet', 1)),
        (2.0, 'ev', EV % ('Normal', 'Killing', 'Stopping container api', 'Pod', 'dating-profiles', 'profile-service-6f9d8b7c5-4tdlm', 'kubelet', 1)),
        (5.0, 'p1', 'INFO:     Started server process [1]'),
        (5.1, 'p1', 'INFO:     Waiting for application startup.'),
        (5.3, 'p1', TB[0]),
        (5.31, 'p1', TB[1], E),
        (5.32, 'p1', TB[2], E),
        (5.33, 'p1', TB[3]),
        (5.34, 'p1', TB[4]),
        (5.35, 'p1', TB[5], E),
        (9.0, 'gw', GW % ('me', '81.104.22.7', 'iOS 17.3')),
        (12.0, 'p2', TB[0]),
        (12.05, 'p2', TB[5]),
        (14.0, 'ev', EV % ('Warning', 'BackOff', 'Back-off restarting failed container api in pod profile-service-6f9d8b7c5-b8wqk_dating-profiles(1e7c0a94-2b5d-4f83-9c61-a0d8e3f7b215)', 'Pod', 'dating-profiles', 'profile-service-6f9d8b7c5-b8wqk', 'kubelet', 4)),
        (15.0, 'chat', '@@HMS@@ [error] profile enrichment failed user_id=7730114 status=503 fallback=minimal_card'),
        (18.0, 'gw', GW % ('5512093', '92.40.181.3', 'Android 14')),
        (25.0, 'ev', EV % ('Warning', 'BackOff', 'Back-off restarting failed container api in pod profile-service-6f9d8b7c5-kx2vn_dating-profiles(8f2b6d1e-7a30-4c9e-b5d4-3e1f0c8a9b72)', 'Pod', 'dating-profiles', 'profile-service-6f9d8b7c5-kx2vn', 'kubelet', 5)),
        (40.0, 'ev', EV % ('Normal', 'NodeReady', 'Node %s status is now: NodeReady' % n1, 'Node', '', n1, 'kubelet', 1)),
        (44.0, 'gw', '[@@ISO@@] "PATCH /v1/profiles/me HTTP/2" 503 - no_healthy_upstream - "-" 412 19 0 - "86.12.44.190" "DatingApp/7.4.1 (iOS 17.4)" "@@U@@" "api.lovelane.app" "-"'),
        (50.0, 'chat', '@@HMS@@ [error] profile enrichment failed user_id=6620417 status=503 fallback=minimal_card'),
    ]
    return dict(
        template='dev47.dating.profile_env_renamed', base='2026-03-05T16:37:00Z', labels=lab, lines=lines,
        question='During the GKE node upgrade profile-service went down and every profile request returns 503. Did the node upgrade break it?',
        selector=SEL('dating-profiles', app='profile-service'),
        expected=dict(
            severity='CRITICAL', category='config_error', component='profile-service',
            root_cause='profile-service reads os.environ["PROFILE_MEDIA_BUCKET"] at import time, but that variable is no longer provided in its environment (renamed in the Helm values / ConfigMap); pods recreated during the node drain pick up the new environment, raise KeyError and crash on start.',
            summary='All profile-service pods are in crash back-off because a required environment variable is missing; the node upgrade only triggered the restarts. Profiles are unavailable app-wide.',
            action='Restore PROFILE_MEDIA_BUCKET in the profile-service environment (or deploy the code that reads the new name) and let the pods restart; the node upgrade can continue.')
    )


@record
def warn_cruise_haproxy_reload_rejected():
    h = 'lb01'
    lab = {'sd': H(h, 'systemd'), 'hp': H(h, 'haproxy')}
    P = '@@SYS@@ lb01 '
    HT = P + 'haproxy[1822]: %s:%d [@@CLFMS@@] fe_https~ %s %s %d %d - - ---- 412/398/12/4/0 0/0 "%s %s HTTP/1.1"'
    lines = [
        (0.0, 'hp', HT % ('88.12.4.201', 51234, 'be_excursions/exc2', '0/0/1/38/39', 200, 18211, 'GET', '/api/excursions?port=CAG&date=2026-03-14')),
        (3.0, 'sd', P + 'systemd[1]: Reloading haproxy.service - HAProxy Load Balancer...'),
        (3.1, 'hp', P + "haproxy[41233]: [ALERT]    (41233) : config : parsing [/etc/haproxy/haproxy.cfg:212] : 'server be_partner_cag/cag1' : unable to load CA file '/etc/haproxy/ca/partners-cag.pem'.", E),
        (3.11, 'hp', P + 'haproxy[41233]: [ALERT]    (41233) : config : Error(s) found in configuration file : /etc/haproxy/haproxy.cfg', E),
        (3.12, 'hp', P + 'haproxy[41233]: [ALERT]    (41233) : config : Fatal errors found in configuration.'),
        (3.2, 'sd', P + 'systemd[1]: haproxy.service: Control process exited, code=exited, status=1/FAILURE'),
        (3.3, 'sd', P + 'systemd[1]: Reload failed for haproxy.service - HAProxy Load Balancer.', E),
        (9.0, 'hp', HT % ('151.24.77.9', 40122, 'be_excursions/exc1', '0/0/1/12/13', 404, 188, 'POST', '/partners/cagliari/webhooks/booking-confirmed')),
        (14.0, 'hp', HT % ('91.142.8.77', 51288, 'be_excursions/exc2', '0/0/0/21/21', 201, 612, 'POST', '/api/bookings')),
        (30.0, 'hp', HT % ('151.24.77.9', 40131, 'be_excursions/exc1', '0/0/1/10/11', 404, 188, 'POST', '/partners/cagliari/webhooks/booking-confirmed')),
        (41.0, 'hp', P + 'haproxy[1822]: Server be_excursions/exc3 is UP, reason: Layer7 check passed, code: 200, check duration: 4ms. 3 active and 0 backup servers online. 0 sessions requeued, 0 total in queue.'),
        (55.0, 'hp', HT % ('77.204.19.3', 52001, 'be_guestapp/app1', '0/0/0/8/8', 200, 2219, 'GET', '/api/me/bookings')),
        (90.0, 'hp', HT % ('151.24.77.9', 40177, 'be_excursions/exc3', '0/0/1/9/10', 404, 188, 'POST', '/partners/cagliari/webhooks/booking-confirmed')),
        (120.0, 'hp', HT % ('88.12.4.201', 51302, 'be_excursions/exc1', '0/0/1/35/36', 200, 15532, 'GET', '/api/excursions?port=CAG&date=2026-03-14')),
        (150.0, 'hp', HT % ('151.24.77.9', 40190, 'be_excursions/exc2', '0/0/0/11/11', 404, 188, 'POST', '/partners/cagliari/webhooks/booking-confirmed')),
        (160.0, 'sd', P + 'systemd[1]: haproxy.service: Consumed 2d 4h 12min 33.201s CPU time, 1.2G memory peak.'),
    ]
    return dict(
        template='dev47.cruise.haproxy_reload_rejected_host', base='2026-03-13T10:21:00Z', labels=lab, lines=lines,
        question='The new Cagliari excursion partner says every webhook we receive returns 404, though the rest of the site works. What went wrong with the change on lb01?',
        selector=None,
        expected=dict(
            severity='WARN', category='config_error', component='haproxy',
            root_cause='The edited haproxy.cfg references a CA file (/etc/haproxy/ca/partners-cag.pem) that does not exist, so the reload was rejected; HAProxy keeps running the previous configuration, which has no route for /partners/cagliari, and those webhooks fall through to the default backend and get 404.',
            summary='The load balancer is still serving with the old configuration; only the new partner integration is not live because the config reload failed validation.',
            action='Install the missing CA file (or fix the path) in haproxy.cfg, validate with haproxy -c and reload; ask the partner to resend the failed webhooks.')
    )


@record
def error_dealer_dms_disk_full():
    h = 'dms01'
    lab = {'api': H(h, 'dms-api', 'varlog'), 'pg': H(h, 'postgresql'), 'cron': H(h, 'disk-check'),
           'pf': H(h, 'postfix'), 'lr': H(h, 'logrotate')}
    P = '@@SYS@@ dms01 '
    LB = '@@COMMA@@ %-5s [%s] %s - %s'
    PGL = P + 'postgres[1187]: [%d-%d] @@PG@@ [%d] %s'
    lines = [
        (0.0, 'api', LB % ('DEBUG', 'http-nio-8080-exec-4', 'c.n.dms.sync.StockFeedController', 'payload received site=LDS-N bytes=88213 body={"vehicles":[{"vin":"TMBJJ9NX1RY019377","status":"in_stock"...')),
        (0.1, 'api', LB % ('DEBUG', 'http-nio-8080-exec-4', 'o.h.SQL', 'update stock_items set status=?, updated_at=? where vin=?')),
        (30.0, 'cron', P + 'disk-check[51822]: / usage 100% (49.1G of 49.1G), largest: /var/log/dms/api-debug.log 38.4G, /var/lib/postgresql 8.9G', E),
        (31.0, 'pf', P + 'postfix/smtpd[51830]: warning: not enough free space in mail queue: 0 bytes < 1.5*message size limit'),
        (44.0, 'pg', PGL % (51901, 1, 51901, 'ERROR:  could not extend file "base/16384/24601": No space left on device'), E),
        (44.01, 'pg', PGL % (51901, 2, 51901, 'HINT:  Check free disk space.')),
        (44.02, 'pg', PGL % (51901, 3, 51901, 'STATEMENT:  insert into job_card_events (job_card_id, event, payload, created_at) values ($1, $2, $3, $4)')),
        (44.2, 'api', LB % ('WARN', 'http-nio-8080-exec-7', 'o.h.e.j.s.SqlExceptionHelper', 'SQL Error: 0, SQLState: 53100')),
        (44.21, 'api', LB % ('ERROR', 'http-nio-8080-exec-7', 'o.h.e.j.s.SqlExceptionHelper', 'ERROR: could not extend file "base/16384/24601": No space left on device')),
        (44.3, 'api', LB % ('ERROR', 'http-nio-8080-exec-7', 'c.n.dms.web.ApiExceptionHandler', 'POST /api/jobcards/412771/events failed: org.springframework.dao.DataAccessResourceFailureException: could not execute statement')),
        (45.0, 'api', '@@HMSC@@ |-ERROR in ch.qos.logback.core.rolling.RollingFileAppender[DEBUGFILE] - IO failure in appender java.io.IOException: No space left on device'),
        (60.0, 'lr', P + 'logrotate[51944]: error: error creating output file /var/log/dms/api-debug.log-20260306.gz: No space left on device'),
        (72.0, 'pg', PGL % (51960, 1, 51960, 'ERROR:  could not extend file "base/16384/24655": No space left on device')),
        (72.2, 'api', LB % ('ERROR', 'http-nio-8080-exec-2', 'c.n.dms.web.ApiExceptionHandler', 'POST /api/invoices failed: org.springframework.dao.DataAccessResourceFailureException: could not execute statement')),
        (90.0, 'api', LB % ('INFO', 'http-nio-8080-exec-5', 'c.n.dms.web.RequestLog', 'GET /api/jobcards?site=LDS-N 200 41ms')),
        (120.0, 'pg', PGL % (52011, 1, 52011, 'ERROR:  could not extend file "base/16384/24601": No space left on device')),
        (121.0, 'pg', PGL % (1194, 1, 1194, 'LOG:  checkpoints are occurring too frequently (24 seconds apart)')),
        (150.0, 'api', LB % ('ERROR', 'http-nio-8080-exec-9', 'c.n.dms.web.ApiExceptionHandler', 'POST /api/jobcards/412802/labour failed: org.springframework.dao.DataAccessResourceFailureException: could not execute statement')),
    ]
    return dict(
        template='dev47.dealer.dms_disk_full_host', base='2026-03-06T03:48:00Z', labels=lab, lines=lines, uptime=3756000.0,
        question='Night-shift technicians cannot save job-card entries or invoices in the DMS, but they can still read them. What is going on on dms01?',
        selector=None,
        expected=dict(
            severity='ERROR', category='resource_exhausted', component='dms-api',
            root_cause='The root filesystem of dms01 is 100% full because dms-api has been writing a DEBUG log (/var/log/dms/api-debug.log, 38 GB); PostgreSQL can no longer extend its data files, so every write fails with "No space left on device" while reads still work.',
            summary='All DMS writes fail since the disk filled up with a debug log; reads continue. Log rotation and the mail queue are also out of space.',
            action='Truncate or move api-debug.log to free space, switch dms-api logging back to INFO, fix rotation for that appender, and add a disk-usage alert; then re-submit the failed entries.')
    )


@record
def error_cruise_excursions_pool_leak():
    n1, n2 = 'ip-10-42-17-88.eu-west-1.compute.internal', 'ip-10-42-33-140.eu-west-1.compute.internal'
    lab = {
        'a': K('excursions', 'excursions-booking-7d8f9c6b5-m4xkq', 'app', n1, 'excursions-booking'),
        'gw': K('istio-system', 'istio-ingressgateway-6b8f9d7c5-wq2rk', 'istio-proxy', n2, 'istio-ingressgateway'),
        'pg': K('excursions', 'excursions-pg-1', 'postgres', n2, 'excursions-pg'),
    }
    SB = '@@ISO@@ %5s 1 --- [excursions-booking] [%15s] %-40s : %s'
    NA = 'HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)'
    GW = ('[@@ISO@@] "%s %s HTTP/2" %d - via_upstream - "-" %d %d %d %d "%s" "AuroraApp/5.12 (iOS 17.3.1)" "@@U@@" "excursions.aurora-cruises.com" '
          '"10.42.17.91:8080" outbound|8080||excursions-booking.excursions.svc.cluster.local 10.42.33.12:%d 10.42.33.12:8443 %s:0 excursions.aurora-cruises.com -')
    lines = [
        (0.0, 'a', SB % ('INFO', 'nio-8080-exec-9', 'c.a.e.reports.SettlementReportController', 'Streaming settlement report partner=ALL month=2026-02 rows~412000')),
        (62.0, 'a', SB % ('WARN', 'l-1 housekeeper', 'com.zaxxer.hikari.pool.ProxyLeakTask', 'Connection leak detection triggered for org.postgresql.jdbc.PgConnection@5a1b2c3d on thread http-nio-8080-exec-9, stack trace follows'), E),
        (62.01, 'a', 'java.lang.Exception: Apparent connection leak detected', E),
        (62.02, 'a', '\tat c.a.e.reports.SettlementReportController.export(SettlementReportController.java:77)', E),
        (70.0, 'a', SB % ('INFO', 'nio-8080-exec-3', 'c.a.e.reports.SettlementReportController', 'Streaming settlement report partner=palma-tours month=2026-02 rows~38000')),
        (95.0, 'a', SB % ('DEBUG', 'l-1 housekeeper', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=17)'), E),
        (96.0, 'pg', '@@PG@@ [4412] LOG:  duration: 0.611 ms  statement: SELECT 1'),
        (125.0, 'a', SB % ('WARN', 'nio-8080-exec-1', 'o.h.e.j.s.SqlExceptionHelper', 'SQL Error: 0, SQLState: null')),
        (125.01, 'a', SB % ('ERROR', 'nio-8080-exec-1', 'o.h.e.j.s.SqlExceptionHelper', NA % 23)),
        (125.1, 'a', SB % ('ERROR', 'nio-8080-exec-1', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction] with root cause')),
        (125.2, 'gw', GW % ('POST', '/api/bookings', 500, 244, 121, 30012, 30011, '88.12.4.201', 51420, '88.12.4.201')),
        (140.0, 'a', SB % ('ERROR', 'nio-8080-exec-4', 'o.h.e.j.s.SqlExceptionHelper', NA % 31)),
        (140.1, 'gw', GW % ('GET', '/api/excursions?port=CAG&date=2026-03-16', 500, 0, 121, 30008, 30007, '77.204.19.3', 51433, '77.204.19.3')),
        (150.0, 'pg', '@@PG@@ [4418] LOG:  checkpoint complete: wrote 212 buffers (1.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=21.180 s, sync=0.004 s, total=21.201 s; sync files=31, longest=0.002 s, average=0.001 s; distance=1822 kB, estimate=2411 kB; lsn=2/4C1120F8, redo lsn=2/4B0012C0'),
        (155.0, 'a', SB % ('ERROR', 'nio-8080-exec-6', 'o.h.e.j.s.SqlExceptionHelper', NA % 38)),
        (155.1, 'gw', GW % ('POST', '/api/bookings', 500, 212, 121, 30010, 30010, '91.142.8.77', 51440, '91.142.8.77')),
        (170.0, 'a', SB % ('WARN', 'scheduling-1', 'c.a.e.sync.ShipManifestPublisher', 'Skipped publishing booking changes to ship aurora-meridian: could not obtain connection')),
        (185.0, 'a', SB % ('ERROR', 'nio-8080-exec-2', 'o.h.e.j.s.SqlExceptionHelper', NA % 41)),
    ]
    return dict(
        template='dev47.cruise.excursions_pool_leak', base='2026-03-14T07:55:00Z', labels=lab, lines=lines,
        question='Excursion bookings fail with 500 after 30 s. The database looks fine. What is wrong?',
        selector=SEL('excursions', app='excursions-booking'),
        expected=dict(
            severity='ERROR', category='resource_exhausted', component='excursions-booking',
            root_cause='The settlement-report export endpoint in excursions-booking holds JDBC connections for the whole streaming export (Hikari leak detection points at SettlementReportController.export line 77); with two long exports running, all 10 pool connections are busy, so booking requests wait 30 s for a connection and fail.',
            summary='The application\'s own connection pool is exhausted by long-running report exports; PostgreSQL itself is healthy and answers instantly.',
            action='Stop the running exports (or restart the pod) to free the pool, then fix the export to stream without holding a pooled connection (or use a separate small pool / read replica) and cap concurrent exports.')
    )


@record
def crit_cruise_crew_pg_volume_stuck():
    lab = {
        'ev': K('kube-system', 'event-exporter-6c5d8b7f9-tnw4k', 'event-exporter', 'ship-edge-01', 'event-exporter'),
        'kl2': NJ('ship-edge-02', 'k3s-agent.service'),
        'lh': K('longhorn-system', 'longhorn-manager-x7q2k', 'longhorn-manager', 'ship-edge-04', 'longhorn-manager'),
        'crew': K('crew', 'crew-scheduling-6f8c9d7b5-lm3qx', 'app', 'ship-edge-03', 'crew-scheduling'),
        'crew2': K('crew', 'crew-scheduling-6f8c9d7b5-9dpzt', 'app', 'ship-edge-01', 'crew-scheduling'),
    }
    pvc = 'pvc-8e1f4b2c-6a7d-4c09-b3e5-91f0d2a7c6e4'
    EV = '{"type":"%s","reason":"%s","message":"%s","involvedObject":{"kind":"%s","namespace":"crew","name":"%s"},"source":{"component":"%s"},"count":%d,"lastTimestamp":"@@ISOS@@"}'
    SB = '@@ISO@@ %5s 1 --- [crew-scheduling] [%15s] %-40s : %s'
    UHE = 'org.postgresql.util.PSQLException: The connection attempt failed. (java.net.UnknownHostException: crew-pg-0.crew-pg.crew.svc.cluster.local)'
    lines = [
        (0.0, 'ev', EV % ('Normal', 'Killing', 'Stopping container postgres', 'Pod', 'crew-pg-0', 'kubelet', 1)),
        (31.0, 'kl2', r'E@@KLOG@@    2411 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/csi/driver.longhorn.io^%s podName:3c9a1e7f-0b42-4d6e-a815-7f2e9c0b4d31 nodeName:}" failed. No retries permitted until @@LAR@@.5 +0000 UTC m=+4412.118 (durationBeforeRetry 500ms). Error: UnmountVolume.TearDown failed for volume "data" (UniqueName: "kubernetes.io/csi/driver.longhorn.io^%s") pod "3c9a1e7f-0b42-4d6e-a815-7f2e9c0b4d31" (UID: "3c9a1e7f-0b42-4d6e-a815-7f2e9c0b4d31") : kubernetes.io/csi: Unmounter.TearDownAt failed: rpc error: code = Internal desc = unmount failed: exit status 32 Output: umount: /var/lib/kubelet/pods/3c9a1e7f-0b42-4d6e-a815-7f2e9c0b4d31/volumes/kubernetes.io~csi/%s/mount: target is busy.' % (pvc, pvc, pvc), E),
        (33.0, 'ev', EV % ('Normal', 'SuccessfulCreate', 'create Pod crew-pg-0 in StatefulSet crew-pg successful', 'StatefulSet', 'crew-pg', 'statefulset-controller', 1)),
        (33.5, 'ev', EV % ('Normal', 'Scheduled', 'Successfully assigned crew/crew-pg-0 to ship-edge-04', 'Pod', 'crew-pg-0', 'default-scheduler', 1)),
        (34.0, 'ev', EV % ('Warning', 'FailedAttachVolume', 'Multi-Attach error for volume \\"%s\\" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc, 'Pod', 'crew-pg-0', 'attachdetach-controller', 1), E),
        (35.0, 'lh', 'time="@@ISO9@@" level=info msg="Volume %s is still attached to node ship-edge-02 and in use, waiting for detach before attaching to ship-edge-04" func="controller.(*VolumeController).ReconcileVolumeState" file="volume_controller.go:1190" node=ship-edge-04' % pvc),
        (40.0, 'crew', SB % ('WARN', 'onnection adder', 'com.zaxxer.hikari.pool.PoolBase', 'HikariPool-1 - Pool is empty, failed to create/setup connection (' + UHE + ')')),
        (40.1, 'crew', SB % ('ERROR', 'nio-8080-exec-2', 'c.a.crew.api.ApiExceptionHandler', 'GET /api/shifts?dept=HOTEL&date=2026-03-15 -> 503 ' + UHE)),
        (52.0, 'crew2', SB % ('ERROR', 'nio-8080-exec-7', 'c.a.crew.api.ApiExceptionHandler', 'POST /api/swaps -> 503 ' + UHE)),
        (61.0, 'kl2', r'E@@KLOG@@    2411 reconciler_common.go:169] "operationExecutor.UnmountVolume failed (controllerAttachDetachEnabled true) for volume \"data\" (UniqueName: \"kubernetes.io/csi/driver.longhorn.io^%s\") pod \"3c9a1e7f-0b42-4d6e-a815-7f2e9c0b4d31\" (UID: \"3c9a1e7f-0b42-4d6e-a815-7f2e9c0b4d31\") : kubernetes.io/csi: Unmounter.TearDownAt failed: rpc error: code = Internal desc = unmount failed: exit status 32"' % pvc),
        (70.0, 'ev', EV % ('Warning', 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 503', 'Pod', 'crew-scheduling-6f8c9d7b5-lm3qx', 'kubelet', 6)),
        (95.0, 'crew', SB % ('ERROR', 'nio-8080-exec-5', 'c.a.crew.api.ApiExceptionHandler', 'GET /api/roster/bridge?date=2026-03-15 -> 503 ' + UHE)),
        (120.0, 'crew2', SB % ('WARN', '   scheduling-1', 'c.a.crew.hours.RestHoursChecker', 'MLC rest-hours check skipped: database unavailable (3rd consecutive run)')),
        (154.0, 'ev', EV % ('Warning', 'FailedMount', 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-7qzk2]: timed out waiting for the condition', 'Pod', 'crew-pg-0', 'kubelet', 1)),
        (155.0, 'lh', 'time="@@ISO9@@" level=info msg="Volume %s is still attached to node ship-edge-02 and in use, waiting for detach before attaching to ship-edge-04" func="controller.(*VolumeController).ReconcileVolumeState" file="volume_controller.go:1190" node=ship-edge-04' % pvc),
        (160.0, 'ev', EV % ('Warning', 'FailedAttachVolume', 'Multi-Attach error for volume \\"%s\\" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc, 'Pod', 'crew-pg-0', 'attachdetach-controller', 5)),
        (170.0, 'crew', SB % ('ERROR', 'nio-8080-exec-1', 'c.a.crew.api.ApiExceptionHandler', 'POST /api/timesheets -> 503 ' + UHE)),
    ]
    return dict(
        template='dev47.cruise.crew_pg_volume_stuck', base='2026-03-15T02:12:00Z', labels=lab, lines=lines,
        question='Crew scheduling is down on the ship: every call returns 503 and the app cannot even resolve its database host. What is wrong?',
        selector=SEL('crew'),
        expected=dict(
            severity='CRITICAL', category='storage', component='crew-pg', 
            root_cause='After crew-pg-0 was restarted, kubelet on ship-edge-02 cannot unmount its Longhorn volume (umount: target is busy), so the RWO volume stays attached there; the new crew-pg-0 on ship-edge-04 hits a Multi-Attach error and never starts, leaving the headless service without an address.',
            summary='The crew database is down because its volume is stuck attached to the old node; the crew app\'s unknown-host and readiness errors are consequences, not the cause.',
            action='Find and stop whatever holds the old mount on ship-edge-02 (or force-detach the Longhorn volume from that node) so the volume attaches to ship-edge-04 and crew-pg-0 starts; then check data consistency.')
    )


@record
def warn_cruise_pms_db_iscsi_path():
    h = 'pms-db01'
    lab = {'k': H(h, 'kernel'), 'isc': H(h, 'iscsid'), 'mp': H(h, 'multipathd'), 'pg': H(h, 'postgresql')}
    P = '@@SYS@@ pms-db01 '
    lines = [
        (0.0, 'pg', P + 'postgres[2210]: [77120-1] @@PG@@ [2231] LOG:  checkpoint starting: time'),
        (14.0, 'k', P + 'kernel: @@KUP@@  connection2:0: ping timeout of 5 secs expired, recv timeout 5, last rx 4431882107, last ping 4431883358, now 4431884608', E),
        (14.01, 'k', P + 'kernel: @@KUP@@  connection2:0: detected conn error (1022)'),
        (14.3, 'isc', P + 'iscsid[612]: Kernel reported iSCSI connection 2:0 error (1022 - ISCSI_ERR_NOP_TIMEDOUT: A NOP has timed out) state (3)', E),
        (19.0, 'k', P + 'kernel: @@KUP@@ sd 4:0:0:1: [sdc] tag#17 FAILED Result: hostbyte=DID_TRANSPORT_DISRUPTED driverbyte=DRIVER_OK cmd_age=5s'),
        (19.01, 'k', P + 'kernel: @@KUP@@ sd 4:0:0:1: [sdc] tag#17 CDB: Write(10) 2a 00 05 41 f0 00 00 01 00 00'),
        (19.02, 'k', P + 'kernel: @@KUP@@ I/O error, dev sdc, sector 88207360 op 0x1:(WRITE) flags 0x8800 phys_seg 32 prio class 2'),
        (19.1, 'k', P + 'kernel: @@KUP@@ device-mapper: multipath: 253:2: Failing path 8:32.'),
        (19.3, 'mp', P + 'multipathd[701]: sdc: mark as failed'),
        (19.4, 'mp', P + 'multipathd[701]: mpatha: remaining active paths: 1', E),
        (21.0, 'pg', P + 'postgres[2210]: [77121-1] @@PG@@ [30112] LOG:  duration: 5212.118 ms  statement: COMMIT'),
        (21.2, 'pg', P + 'postgres[2210]: [77122-1] @@PG@@ [30118] LOG:  duration: 5034.402 ms  execute <unnamed>: UPDATE folio_lines SET status = $1 WHERE id = $2'),
        (44.0, 'isc', P + 'iscsid[612]: connect to 10.61.2.20:3260 failed (No route to host)'),
        (104.0, 'isc', P + 'iscsid[612]: connect to 10.61.2.20:3260 failed (No route to host)'),
        (180.0, 'pg', P + 'postgres[2210]: [77131-1] @@PG@@ [2231] LOG:  checkpoint complete: wrote 4120 buffers (3.1%); 0 WAL file(s) added, 0 removed, 2 recycled; write=161.882 s, sync=1.904 s, total=163.911 s; sync files=188, longest=1.211 s, average=0.010 s; distance=31022 kB, estimate=30118 kB; lsn=7F/1C4120F8, redo lsn=7F/1A0012C0'),
        (251.0, 'isc', P + 'iscsid[612]: connection2:0 is operational after recovery (24 attempts)'),
        (253.0, 'mp', P + 'multipathd[701]: mpatha: sdc - tur checker reports path is up'),
        (253.1, 'mp', P + 'multipathd[701]: 8:32: reinstated'),
        (253.2, 'mp', P + 'multipathd[701]: mpatha: remaining active paths: 2'),
    ]
    return dict(
        template='dev47.cruise.pms_db_iscsi_path_host', base='2026-03-16T13:34:00Z', labels=lab, lines=lines, uptime=8812411.0,
        question='The PMS database server logged I/O errors on sdc and a few 5-second commits. Is the folio database at risk?',
        selector=None,
        expected=dict(
            severity='WARN', category='storage', component='iscsid',
            root_cause='The second iSCSI path to the SAN (session 2, portal 10.61.2.20) stopped answering NOPs and became unreachable for about four minutes; multipath failed path sdc and retried the in-flight writes on the remaining path, so PostgreSQL only saw a 5 s stall.',
            summary='One of two storage paths dropped and recovered on its own; I/O continued through the other path and no data was lost, but redundancy was missing for four minutes.',
            action='Optional: check the storage network/switch and SAN controller for portal 10.61.2.20 to find why the path dropped; confirm both paths stay active.')
    )


# ---------------------------------------------------------------------------
# Batch 6: database side, API quotas, nodes and hardware
# ---------------------------------------------------------------------------

@record
def error_dealer_finance_migration_lock():
    n2, n4 = 'aks-general-38219475-vmss000002', 'aks-general-38219475-vmss000004'
    lab = {
        'mig': K('dealer-finance', 'finance-migrate-v4-19-0-8xk2p', 'migrate', n2, 'finance-migrate'),
        'pg': K('dealer-finance', 'finance-pg-1', 'postgres', n4, 'finance-pg'),
        'f': K('dealer-finance', 'finance-api-5f7b8c9d6-r8ktz', 'api', n2, 'finance-api'),
        'g': K('dealer-finance', 'finance-api-5f7b8c9d6-6hwcx', 'api', n4, 'finance-api'),
        'portal': K('dealer-portal', 'dealer-portal-7c6d5b8f9-tw2nq', 'portal', n4, 'dealer-portal'),
    }
    PG = '@@PG@@ [%d] %s'
    SR = '[@@HMSS@@ %s] %s'
    NP = 'Npgsql.NpgsqlException (0x80004005): Exception while reading from stream ---> System.TimeoutException: Timeout during reading attempt'
    lines = [
        (0.0, 'mig', 'Build started...'),
        (0.1, 'mig', 'Applying migration \'20260307110412_AddDealerIdIndexToCreditApplications\'.', E),
        (0.4, 'pg', PG % (4398, 'LOG:  statement: CREATE INDEX "IX_credit_applications_dealer_id" ON credit_applications (dealer_id);'), E),
        (9.0, 'f', SR % ('INF', 'HTTP GET /api/applications/FA-2026-041801 responded 200 in 14.2201 ms')),
        (12.0, 'pg', PG % (4411, 'LOG:  process 4411 still waiting for RowExclusiveLock on relation 24601 of database 16384 after 1000.118 ms')),
        (12.01, 'pg', PG % (4411, 'DETAIL:  Process holding the lock: 4398. Wait queue: 4411.'), E),
        (12.02, 'pg', PG % (4411, 'STATEMENT:  INSERT INTO credit_applications (id, dealer_id, status, amount, created_at) VALUES ($1, $2, $3, $4, $5)')),
        (19.0, 'pg', PG % (4415, 'LOG:  process 4415 still waiting for RowExclusiveLock on relation 24601 of database 16384 after 1000.204 ms')),
        (41.0, 'f', SR % ('ERR', 'Failed executing DbCommand (30,012ms) [Parameters=[@p0=\'?\' (DbType = Guid), @p1=\'?\', @p2=\'?\', @p3=\'?\' (DbType = Decimal), @p4=\'?\' (DbType = DateTime)], CommandType=\'Text\', CommandTimeout=\'30\']')),
        (41.1, 'f', SR % ('ERR', 'An exception occurred in the database while saving changes for context type \'Northgate.Finance.Data.FinanceDbContext\'.')),
        (41.11, 'f', NP),
        (41.2, 'f', SR % ('ERR', 'HTTP POST /api/applications responded 500 in 30044.7720 ms')),
        (42.0, 'portal', '{"level":"error","message":"finance application submission failed","status":500,"dealerId":"NGM-SHF","applicationRef":"FA-2026-041902","timestamp":"@@ISO@@","service":"dealer-portal"}'),
        (49.0, 'g', SR % ('ERR', 'HTTP PUT /api/applications/FA-2026-041877/status responded 500 in 30031.0904 ms')),
        (49.01, 'g', NP),
        (60.0, 'pg', PG % (4430, 'LOG:  process 4430 still waiting for RowExclusiveLock on relation 24601 of database 16384 after 1000.087 ms')),
        (71.0, 'f', SR % ('ERR', 'HTTP POST /api/applications responded 500 in 30019.3318 ms')),
        (80.0, 'g', SR % ('INF', 'HTTP GET /api/applications?dealer=NGM-LDS-N&status=pending responded 200 in 41.8802 ms')),
        (95.0, 'portal', '{"level":"warn","message":"finance submissions slow/failing","failed_5m":19,"p95_ms":30040,"timestamp":"@@ISO@@","service":"dealer-portal"}'),
    ]
    return dict(
        template='dev47.dealer.finance_migration_lock', base='2026-03-07T12:02:00Z', labels=lab, lines=lines,
        question='Finance applications time out with 500s after 30 s since noon, although reads are fast. Is finance-api overloaded?',
        selector=SEL('dealer-finance'),
        expected=dict(
            severity='ERROR', category='database', component='finance-migrate', quiet_cause=True,
            root_cause='The finance-migrate job applies a migration that runs a plain CREATE INDEX (not CONCURRENTLY) on the large credit_applications table; the index build holds a lock that blocks every INSERT/UPDATE on that table, so finance-api writes wait until their 30 s command limit and fail.',
            summary='All finance writes fail after 30 s because a schema migration is blocking the table; reads keep working. The cause is a calm "Applying migration" line and the DDL statement, not finance-api.',
            action='Cancel the blocking CREATE INDEX (pg_cancel_backend on pid 4398) or let it finish off-hours; change the migration to CREATE INDEX CONCURRENTLY (outside a transaction) and run migrations in a maintenance window.')
    )


@record
def warn_dating_profiles_replication_lag():
    n1, n2, n3 = ('gke-dating-prod-pool-3-2b9d41c0-q7lh', 'gke-dating-prod-pool-3-2b9d41c0-v3zc',
                  'gke-dating-prod-pool-2-7f3c1a9e-m2vd')
    lab = {
        'purge': K('dating-profiles', 'purge-inactive-29549985-h4wkt', 'purge', n3, 'purge-inactive'),
        'm0': K('dating-profiles', 'profiles-mongo-0', 'mongod', n1, 'profiles-mongo'),
        'lag': K('dating-profiles', 'mongo-lag-check-29549986-qz8dn', 'check', n3, 'mongo-lag-check'),
        'ps': K('dating-profiles', 'profile-service-6f9d8b7c5-b8wqk', 'api', n2, 'profile-service'),
        'match': K('dating-match', 'match-service-7c5d9f8b6d-2xkqr', 'match-service', 'gke-dating-prod-pool-2-7f3c1a9e-x8kq', 'match-service'),
    }
    MG = '{"t":{"$date":"@@OFF@@"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn%d","msg":"Slow query","attr":{"type":"command","ns":"profiles.users","appName":"purge-inactive","command":{"delete":"users","ordered":false,"$db":"profiles"},"numYields":%d,"reslen":45,"locks":{},"writeConcern":{"w":1,"wtimeout":0,"provenance":"implicitDefault"},"storage":{},"protocol":"op_msg","durationMillis":%d,"ndeleted":50000}}'
    UI = '{"event": "profile.read_after_write_mismatch", "user_id": %d, "expected_version": %d, "read_version": %d, "read_pref": "secondaryPreferred", "level": "warning", "logger": "profiles.consistency", "timestamp": "@@ISO6@@"}'
    MS = '{"level":"error","ts":@@EPOCHF@@,"caller":"api/handlers.go:241","msg":"profile lookup failed","user":"u_%d","status":404,"error":"profile not found","note":"signup %ds ago"}'
    lines = [
        (0.0, 'purge', '{"event": "purge.start", "criteria": "last_active < 2024-03-08", "estimated_docs": 2140000, "batch": 50000, "write_concern": "w:1", "level": "info", "logger": "purge", "timestamp": "@@ISO6@@"}', E),
        (9.0, 'm0', MG % (88213, 412, 4120), E),
        (18.0, 'm0', MG % (88213, 455, 4388)),
        (30.0, 'ps', UI % (9120443, 14, 13)),
        (41.0, 'match', MS % (9120871, 38)),
        (55.0, 'ps', UI % (8812043, 7, 6)),
        (60.0, 'lag', 'source: profiles-mongo-1.profiles-mongo.dating-profiles.svc:27017'),
        (60.01, 'lag', "{ syncedTo: 'Sun Mar 08 2026 19:44:58 GMT+0000 (Coordinated Universal Time)', replLag: '-62 secs (-0.02 hrs) behind the primary ' }", E),
        (60.02, 'lag', 'source: profiles-mongo-2.profiles-mongo.dating-profiles.svc:27017'),
        (60.03, 'lag', "{ syncedTo: 'Sun Mar 08 2026 19:44:41 GMT+0000 (Coordinated Universal Time)', replLag: '-79 secs (-0.02 hrs) behind the primary ' }"),
        (72.0, 'match', MS % (9121002, 51)),
        (80.0, 'ps', UI % (7730114, 22, 21)),
        (95.0, 'ps', '{"event": "photo.order_update", "user_id": 5120448, "result": "conflict_retry", "attempt": 2, "level": "warning", "logger": "profiles.photos", "timestamp": "@@ISO6@@"}'),
        (110.0, 'match', MS % (9121377, 70)),
        (240.0, 'purge', '{"event": "purge.done", "deleted": 2139877, "duration_s": 236, "level": "info", "logger": "purge", "timestamp": "@@ISO6@@"}'),
        (300.0, 'lag', 'source: profiles-mongo-1.profiles-mongo.dating-profiles.svc:27017'),
        (300.01, 'lag', "{ syncedTo: 'Sun Mar 08 2026 19:49:58 GMT+0000 (Coordinated Universal Time)', replLag: '-2 secs (-0 hrs) behind the primary ' }"),
        (305.0, 'ps', '{"event": "request", "method": "PATCH", "path": "/v1/profiles/me", "status": 200, "duration_ms": 18, "level": "info", "logger": "profiles.api", "timestamp": "@@ISO6@@"}'),
    ]
    return dict(
        template='dev47.dating.profiles_replication_lag', base='2026-03-08T19:45:00Z', labels=lab, lines=lines,
        question='Users say profile edits "revert" after saving and new sign-ups briefly cannot be found by matching. What is happening?',
        selector=SEL('dating-profiles'),
        expected=dict(
            severity='WARN', category='database', component='purge-inactive', quiet_cause=True,
            root_cause='The purge-inactive CronJob deletes 2.1M inactive profiles in 50k-document batches with w:1 during the evening peak; the secondaries fall 60-80 s behind the primary applying the deletes, and services that read with secondaryPreferred see stale or missing documents.',
            summary='Temporary replication lag on the profiles replica set causes stale reads and missing new profiles; it clears once the purge finishes (lag back to 2 s).',
            action='Run the purge off-peak with smaller batches, majority write concern or throttling; consider primary reads for read-after-write paths.')
    )


@record
def warn_dealer_tradein_pricing_quota():
    n3 = 'aks-general-38219475-vmss000003'
    lab = {
        'v': K('tradein', 'tradein-valuation-7b9c5d8f4-s2mkp', 'valuation', n3, 'tradein-valuation'),
        'rv': K('tradein', 'stock-revaluation-29550811-b7x4m', 'revaluation', 'aks-general-38219475-vmss000002', 'stock-revaluation'),
        'ing': K('ingress-nginx', 'ingress-nginx-controller-6f9c8d7b5-x4m2p', 'controller', 'aks-general-38219475-vmss000001', 'ingress-nginx'),
    }
    R = '@@ISO6@@ %5s %s'
    RQ = 'request{method=POST uri=/v1/valuations version=HTTP/1.1}: '
    lines = [
        (0.0, 'rv', R % ('INFO', 'stock_revaluation: starting revaluation of 1184 used vehicles across 9 sites (source="cap-hpi")'), E),
        (2.0, 'v', R % ('INFO', 'tradein_valuation::pricing::client: pricing quota window used=512 limit=1000 resets_in_s=1710')),
        (120.0, 'rv', R % ('INFO', 'stock_revaluation: progress 480/1184 revalued, 0 failed')),
        (181.0, 'v', R % ('WARN', RQ + 'tradein_valuation::pricing::client: pricing API asked us to back off status=429 retry_after_s=1519 x_ratelimit_remaining=0 x_ratelimit_limit=1000 attempt=1 vrm="LS19XKA"'), E),
        (181.1, 'v', R % ('INFO', RQ + 'tradein_valuation::api: pricing unavailable, returning provisional offer vrm="LS19XKA" offer_gbp=null follow_up="email"')),
        (181.2, 'ing', '10.240.0.37 - - [@@CLF@@] "POST /v1/valuations HTTP/2.0" 202 188 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)" 611 0.014 [tradein-tradein-valuation-8080] [] 10.244.3.44:8080 188 0.014 202 @@H32@@'),
        (183.0, 'rv', R % ('WARN', 'stock_revaluation: quote failed vin="TMBJR7NX5PY041822" status=429 remaining=0, will retry later')),
        (184.0, 'rv', R % ('WARN', 'stock_revaluation: quote failed vin="WVWZZZCDZRW104417" status=429 remaining=0, will retry later')),
        (200.0, 'v', R % ('WARN', RQ + 'tradein_valuation::pricing::client: pricing API asked us to back off status=429 retry_after_s=1500 x_ratelimit_remaining=0 x_ratelimit_limit=1000 attempt=1 vrm="YD68PWO"')),
        (200.1, 'v', R % ('INFO', RQ + 'tradein_valuation::api: pricing unavailable, returning provisional offer vrm="YD68PWO" offer_gbp=null follow_up="email"')),
        (240.0, 'rv', R % ('INFO', 'stock_revaluation: pausing until quota window resets (in 1460s); 488/1184 revalued, 696 pending')),
        (300.0, 'v', R % ('WARN', RQ + 'tradein_valuation::pricing::client: pricing API asked us to back off status=429 retry_after_s=1400 x_ratelimit_remaining=0 x_ratelimit_limit=1000 attempt=1 vrm="KX70ZPT"')),
        (300.1, 'ing', '10.240.0.52 - - [@@CLF@@] "POST /v1/valuations HTTP/2.0" 202 188 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0.0.0" 598 0.011 [tradein-tradein-valuation-8080] [] 10.244.3.44:8080 188 0.011 202 @@H32@@'),
        (310.0, 'v', R % ('INFO', 'request{method=GET uri=/v1/valuations/VAL-2026-0412231 version=HTTP/1.1}: tradein_valuation::api: valuation fetched id="VAL-2026-0412231" status="offer_accepted"')),
        (360.0, 'v', R % ('INFO', 'tradein_valuation::followup: queued 14 provisional valuations for email follow-up after quota reset')),
        (420.0, 'v', R % ('DEBUG', 'tradein_valuation::metrics: flushed gauges=14 counters=31')),
    ]
    return dict(
        template='dev47.dealer.tradein_pricing_quota', base='2026-03-09T09:31:00Z', labels=lab, lines=lines,
        question='Customers get "we will email your offer" instead of an instant trade-in valuation this morning. Why?',
        selector=SEL('tradein'),
        expected=dict(
            severity='WARN', category='rate_limited', component='stock-revaluation',
            root_cause='The stock-revaluation job started during business hours and used up the pricing partner\'s 1000-requests-per-hour quota; the partner answers 429 with Retry-After of about 25 minutes, so customer valuations fall back to provisional offers.',
            summary='Instant trade-in quotes are degraded to emailed follow-ups until the quota window resets; nothing is lost and the job pauses itself.',
            action='Move the revaluation job to night hours or give it its own quota/budget (reserve capacity for customer valuations); the follow-ups will be sent after the reset.')
    )


@record
def crit_cruise_edge_node_lost():
    lab = {
        'cm': NJ('ship-edge-01', 'k3s.service'),
        'ev': K('kube-system', 'event-exporter-6c5d8b7f9-tnw4k', 'event-exporter', 'ship-edge-01', 'event-exporter'),
        'sen': K('hotel', 'folio-cache-sentinel-0', 'sentinel', 'ship-edge-02', 'folio-cache'),
        'pos': K('onboard-pos', 'pos-service-6d9e8c7a5-hx4lz', 'pos-service', 'ship-edge-04', 'pos-service'),
        'keys': K('hotel', 'keys-api-7c8d9b6f5-8mz2k', 'keys-api', 'ship-edge-02', 'keys-api'),
        'kb': K('kafka', 'kafka-0', 'kafka', 'ship-edge-01', 'kafka'),
        'lh': K('longhorn-system', 'longhorn-manager-x7q2k', 'longhorn-manager', 'ship-edge-04', 'longhorn-manager'),
    }
    Q = '@@COMMA@@ %-5s [%s] (%s) %s'
    lines = [
        (0.0, 'pos', Q % ('INFO', 'com.aur.pos.SaleResource', 'executor-thread-3', 'sale approved terminal=DECK11-BUFFET-04 txn=T-88131120 folio=F-2026-118802 amount=9.75 USD')),
        (41.0, 'cm', r'I@@KLOG@@      41 controller_utils.go:151] "Recording status change event message for node" status="NodeNotReady" node="ship-edge-03"', E),
        (41.1, 'ev', '{"type":"Normal","reason":"NodeNotReady","message":"Node ship-edge-03 status is now: NodeNotReady","involvedObject":{"kind":"Node","name":"ship-edge-03"},"source":{"component":"node-controller"},"lastTimestamp":"@@ISOS@@"}', E),
        (42.0, 'sen', '1:X @@REDIS@@ # +sdown master folio-cache 10.42.3.18 6379'),
        (43.5, 'sen', '1:X @@REDIS@@ # +odown master folio-cache 10.42.3.18 6379 #quorum 2/2'),
        (44.0, 'pos', Q % ('ERROR', 'io.qua.red.run.cli.ObservableRedis', 'vert.x-eventloop-thread-1', 'Unable to connect to folio-cache:6379: io.netty.channel.ConnectTimeoutException: connection timed out after 3000 ms: folio-cache.hotel.svc/10.43.77.12:6379')),
        (44.2, 'keys', '{"level":"error","message":"encode request failed","service":"keys-api","error":{"code":"EHOSTUNREACH","errno":-113,"syscall":"connect","address":"10.42.3.27","port":8443,"message":"connect EHOSTUNREACH 10.42.3.27:8443"},"cabin":"5120","timestamp":"@@ISO@@"}'),
        (45.0, 'kb', '[@@COMMA@@] INFO [Partition pos-sales-2 broker=0] Shrinking ISR from 0,1,2 to 0,1. Leader: (highWatermark: 2211874, endOffset: 2211880). Out of sync replicas: (brokerId: 2, endOffset: 2211861, lastCaughtUpTimeMs: 1773770777120). (kafka.cluster.Partition)'),
        (46.0, 'sen', '1:X @@REDIS@@ # +failover-state-select-slave master folio-cache 10.42.3.18 6379'),
        (47.0, 'sen', '1:X @@REDIS@@ # +switch-master folio-cache 10.42.3.18 6379 10.42.2.31 6379'),
        (50.0, 'pos', Q % ('ERROR', 'com.aur.pos.FolioClient', 'executor-thread-6', 'charge to folio F-2026-117990 failed: guest-accounts did not answer (deck 7 spa terminal), sale held offline')),
        (52.0, 'lh', 'time="@@ISO9@@" level=warning msg="Replica pvc-2b7f1c0e-4d9a-4e61-a3c8-0f5e7d2b1a94-r-6c1e0a9d on node ship-edge-03 is unknown, volume is degraded" func="controller.(*VolumeController).ReconcileVolumeState" file="volume_controller.go:842"'),
        (55.0, 'keys', '{"level":"error","message":"encode request failed","service":"keys-api","error":{"code":"ETIMEDOUT","errno":-110,"syscall":"connect","address":"10.42.3.27","port":8443,"message":"connect ETIMEDOUT 10.42.3.27:8443"},"cabin":"7711","timestamp":"@@ISO@@"}'),
        (60.0, 'kb', '[@@COMMA@@] INFO [Partition folio-events-0 broker=0] Shrinking ISR from 2,0,1 to 0,1. Leader: (highWatermark: 881203, endOffset: 881207). Out of sync replicas: (brokerId: 2, endOffset: 881199, lastCaughtUpTimeMs: 1773770776911). (kafka.cluster.Partition)'),
        (80.0, 'pos', Q % ('WARN', 'com.aur.pos.OfflineQueue', 'vert.x-worker-thread-2', 'folio service unavailable, 58 sales held offline (cash/card only mode)')),
        (90.0, 'cm', r'I@@KLOG@@      41 taint_manager.go:110] "NoExecuteTaintManager is deleting pod" pod="hotel/guest-accounts-7b8c9d6f5-xr7lp"'),
        (120.0, 'lh', 'time="@@ISO9@@" level=warning msg="Replica pvc-8e1f4b2c-6a7d-4c09-b3e5-91f0d2a7c6e4-r-91d2f3a7 on node ship-edge-03 is unknown, volume is degraded" func="controller.(*VolumeController).ReconcileVolumeState" file="volume_controller.go:842"'),
        (150.0, 'pos', Q % ('ERROR', 'com.aur.pos.FolioClient', 'executor-thread-1', 'charge to folio F-2026-118040 failed: guest-accounts returned 503 (deck 5 pool bar), sale held offline')),
    ]
    return dict(
        template='dev47.cruise.edge_node_lost', base='2026-03-17T18:06:00Z', labels=lab, lines=lines,
        question='Onboard POS, cabin keys and the folio cache all started failing at about 18:06. What should we look at first?',
        selector=None,
        expected=dict(
            severity='CRITICAL', category='node_failure', component='ship-edge-03', quiet_cause=True,
            root_cause='Ship cluster node ship-edge-03 stopped reporting and went NotReady; everything it hosted (the folio-cache Redis master, a guest-accounts and a keycard pod, Kafka broker 2, Longhorn replicas) became unreachable at once, and the callers on other nodes fail until failover or rescheduling completes.',
            summary='One of four ship edge nodes is down: POS charges are held offline, cabin key encoding fails, Kafka partitions and Longhorn volumes run with reduced redundancy. The only direct cause line is the controller\'s calm NodeNotReady status change.',
            action='Check ship-edge-03 (power, hardware, k3s-agent/containerd) and bring it back or cordon and replace it; confirm Redis failover, let pods reschedule and watch Longhorn and Kafka re-replicate.')
    )


@record
def warn_dating_redis_host_ecc():
    h = 'redis-bm-02'
    lab = {'k': H(h, 'kernel'), 'ras': H(h, 'rasdaemon'), 'ipmi': H(h, 'ipmievd'), 'rd': H(h, 'redis-server'),
           'ssh': H(h, 'sshd')}
    P = '@@SYS@@ redis-bm-02 '
    CE = P + 'kernel: @@KUP@@ EDAC MC0: %d CE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x5a1c3 offset:0x%s grain:32 syndrome:0x0 - area:DRAM err_code:0001:0091 socket:0 ha:0 channel_mask:2 rank:1)'
    RD = P + 'redis-server[1402]: 1402:M @@REDIS@@ %s'
    lines = [
        (0.0, 'rd', RD % '* 10000 changes in 60 seconds. Saving...'),
        (0.1, 'rd', RD % '* Background saving started by pid 884213'),
        (6.0, 'k', CE % (1, '0'), E),
        (6.1, 'ras', P + 'rasdaemon[1021]:            <...>-0     [000]     0.000000: mc_event: 2026-03-10 04:26:06 +0000 1 Corrected error: memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x5a1c3 offset:0x0 grain:32 syndrome:0x0 - area:DRAM err_code:0001:0091 socket:0 ha:0 channel_mask:2 rank:1)'),
        (12.0, 'rd', RD % '* DB saved on disk'),
        (12.1, 'rd', RD % '* Fork CoW for RDB: current 412 MB, peak 412 MB, average 260 MB'),
        (12.3, 'rd', RD % '* Background saving terminated with success'),
        (40.0, 'k', CE % (4, '40'), E),
        (41.0, 'k', P + 'kernel: @@KUP@@ mce: [Hardware Error]: Machine check events logged'),
        (55.0, 'ipmi', P + 'ipmievd[988]: SEL: Memory #0xa1 | Correctable ECC | Asserted | DIMM_B1'),
        (90.0, 'ssh', P + 'sshd[884301]: Accepted publickey for ops from 10.52.100.4 port 51122 ssh2: ED25519 SHA256:Qm4v1pXw3r8tZkLh2sNdYb7eJ0cAuF5gVo9iT6yHx1E'),
        (120.0, 'k', CE % (9, '80'), E),
        (121.0, 'ras', P + 'rasdaemon[1021]: rasdaemon: mc_event store: 9 Corrected error(s) on DIMM_B1 in the last 2 minutes (total today: 214)'),
        (150.0, 'ipmi', P + 'ipmievd[988]: SEL: Memory #0xa1 | Correctable ECC logging limit reached | Asserted | DIMM_B1'),
        (180.0, 'rd', RD % '* 10000 changes in 60 seconds. Saving...'),
        (180.1, 'rd', RD % '* Background saving started by pid 884530'),
        (186.0, 'rd', RD % '* Background saving terminated with success'),
        (200.0, 'ssh', P + 'sshd[884301]: pam_unix(sshd:session): session closed for user ops'),
    ]
    return dict(
        template='dev47.dating.redis_host_ecc_host', base='2026-03-10T04:26:00Z', labels=lab, lines=lines, uptime=15412877.0,
        question='Our bare-metal Redis host for dating sessions is logging hardware errors. Is Redis affected and what should we do?',
        selector=None,
        expected=dict(
            severity='WARN', category='node_failure', component='redis-bm-02',
            root_cause='DIMM_B1 on redis-bm-02 is producing a rising rate of corrected ECC memory errors (214 today, BMC logging limit reached); they are still corrected, but the module is degrading and may soon produce an uncorrectable error that would crash the host.',
            summary='Redis is still serving normally and snapshots succeed, but the host has a failing memory module.',
            action='Plan a failover of the Redis primary away from redis-bm-02 and replace DIMM_B1 at the next maintenance window.')
    )


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------

def _platform(rec):
    return 'k8s' if any('namespace' in l['labels'] for l in rec['logs']) else 'host'


def main():
    built = []
    for fn in RECORDS:
        spec = fn()
        domain = spec['template'].split('.')[1]
        rec = build(spec)
        # Neutral public source/id: the descriptive template name stays in this file only.
        rec['source'] = 'synthetic:dev47.%s.%s' % (domain, _platform(rec))
        built.append(rec)
    order = list(range(len(built)))
    RNG.shuffle(order)
    out = []
    for k, i in enumerate(order, 1):
        rec = built[i]
        rec['id'] = 'dev47-%03d' % k
        out.append(rec)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False, separators=(', ', ': ')) + '\n')
    print('wrote %d records to %s' % (len(out), OUT))


if __name__ == '__main__':
    main()
