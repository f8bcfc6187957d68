#!/usr/bin/env python3
"""Checker for dev47.jsonl (standard library only). Exits non-zero on the first failed property set.

Checks the properties the set aims at: counts per severity, category, domain and platform,
lines per record, evidence indices and lines, time order, quiet-cause structure, look-alikes in
healthy windows, absence of taxonomy identifiers in the lines, README consistency and
generator determinism.
"""
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'dev47.jsonl')
GEN = os.path.join(HERE, 'make_dev47.py')
README = os.path.join(HERE, 'README-dev47.md')

SEVERITIES = {'INFO': 12, 'WARN': 10, 'ERROR': 10, 'CRITICAL': 8}
INCIDENT_CATEGORIES = [
    'oom_killed', 'application_error', 'image_pull', 'probe_failure', 'scheduling', 'dns_resolution',
    'connection_refused', 'timeout', 'tls_certificate', 'auth_failure', 'config_error',
    'resource_exhausted', 'storage', 'database', 'rate_limited', 'node_failure',
]
CATEGORY_COUNTS = {
    'none': 12, 'oom_killed': 2, 'application_error': 2, 'image_pull': 1, 'probe_failure': 1,
    'scheduling': 1, 'dns_resolution': 2, 'connection_refused': 2, 'timeout': 2,
    'tls_certificate': 2, 'auth_failure': 2, 'config_error': 2, 'resource_exhausted': 2,
    'storage': 2, 'database': 2, 'rate_limited': 1, 'node_failure': 2,
}
PLATFORMS = {'k8s': 30, 'host': 10}
DOMAINS = ('dealer', 'dating', 'cruise')
QUIET = 8
MIN_LINES, MAX_LINES = 15, 25
# Verbatim phrases of upstream software that legitimately contain a single-word category name.
ALLOWED_PHRASES = ['of database 1', 'an exception occurred in the database while saving changes']

LOUD = re.compile(r'(?i)\b(error|err|errors|fatal|crit|critical|exception|panic|panicked|warn|warning|'
                  r'failed|failure|fail|unhealthy|back-off|backoff|refused|denied|econnrefused|'
                  r'ehostunreach|etimedout|alert)\b')
KLOG_LOUD = re.compile(r'^[EWF]\d{4} ')
PINO_LOUD = re.compile(r'"level":(40|50|60)\b')
HTTP_ERR = re.compile(r'(?:HTTP/[0-9.]+"?|responded|Sent) (4\d\d|5\d\d)\b|" (4\d\d|5\d\d) ')
TS = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$')

failures = []


def fail(msg):
    failures.append(msg)


def loud(line):
    return bool(LOUD.search(line) or KLOG_LOUD.search(line) or PINO_LOUD.search(line))


def lookalike(line):
    return loud(line) or bool(HTTP_ERR.search(line))


def workload(labels):
    if 'namespace' in labels:
        return labels.get('app') or labels.get('pod')
    if 'host' in labels:
        return labels['host']
    return labels.get('node')


def platform(rec):
    return 'k8s' if any('namespace' in l['labels'] for l in rec['logs']) else 'host'


def parse_ts(s):
    return datetime.fromisoformat(s.replace('Z', '+00:00'))


def sha256(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    with open(DATA, encoding='utf-8') as f:
        raw = f.read()
    if not raw.endswith('\n'):
        fail('file does not end with a newline')
    recs = [json.loads(x) for x in raw.splitlines()]
    if len(recs) != 40:
        fail('expected 40 records, got %d' % len(recs))

    ids = [r['id'] for r in recs]
    if len(set(ids)) != len(ids):
        fail('duplicate ids')
    if any(not re.fullmatch(r'dev47-\d{3}', i) for i in ids):
        fail('unexpected id format')

    sev = collections.Counter()
    cat = collections.Counter()
    plat = collections.Counter()
    dom = collections.Counter()
    total_lines = 0
    quiet = 0
    for r in recs:
        rid = r['id']
        for key in ('id', 'source', 'logs', 'expected'):
            if key not in r:
                fail('%s: missing %s' % (rid, key))
        m = re.fullmatch(r'synthetic:dev47\.(dealer|dating|cruise)\.(k8s|host)', r['source'])
        if not m:
            fail('%s: bad source %r' % (rid, r['source']))
            continue
        dom[m.group(1)] += 1
        if m.group(2) != platform(r):
            fail('%s: source platform %s does not match labels' % (rid, m.group(2)))
        if r.get('selector') is not None:
            if set(r['selector']) - {'namespace', 'pod', 'container', 'node', 'app'}:
                fail('%s: unexpected selector keys' % rid)
        e = r['expected']
        s, c = e['severity'], e['root_cause_category']
        sev[s] += 1
        cat[c] += 1
        plat[platform(r)] += 1
        logs = r['logs']
        n = len(logs)
        total_lines += n
        if not (MIN_LINES <= n <= MAX_LINES):
            fail('%s: %d lines outside %d..%d' % (rid, n, MIN_LINES, MAX_LINES))
        for fld in ('root_cause', 'summary', 'action'):
            if not isinstance(e.get(fld), str) or len(e[fld]) < (10 if fld == 'action' else 20):
                fail('%s: expected.%s missing or too short' % (rid, fld))

        # timestamps: RFC 3339 with a zone, strictly increasing
        prev = None
        for i, l in enumerate(logs):
            if not TS.match(l['ts']):
                fail('%s: line %d bad ts %r' % (rid, i, l['ts']))
                continue
            t = parse_ts(l['ts'])
            if t.tzinfo is None:
                fail('%s: line %d ts without zone' % (rid, i))
            if prev is not None and t <= prev:
                fail('%s: line %d not after previous' % (rid, i))
            prev = t
            if not isinstance(l['line'], str) or not l['line'].strip():
                fail('%s: line %d empty' % (rid, i))
            if '@@' in l['line']:
                fail('%s: line %d has an unexpanded token' % (rid, i))
            if not isinstance(l['labels'], dict) or not l['labels']:
                fail('%s: line %d has no labels' % (rid, i))

        # platform-specific labels
        if platform(r) == 'host':
            if any('host' not in l['labels'] for l in logs):
                fail('%s: host window with a line lacking a host label' % rid)
        else:
            ns_lines = sum(1 for l in logs if 'namespace' in l['labels'])
            if ns_lines * 2 < n:
                fail('%s: k8s window where most lines are not container logs' % rid)

        # evidence
        ev = e['evidence']
        texts = [l['line'] for l in logs]
        if ev != sorted(set(ev)):
            fail('%s: evidence not sorted/unique' % rid)
        if any((not isinstance(i, int)) or i < 0 or i >= n for i in ev):
            fail('%s: evidence index out of range' % rid)
            continue
        for i in ev:
            if logs[i]['line'] not in texts:
                fail('%s: evidence line %d does not occur in the lines' % (rid, i))
        if (s == 'INFO') != (c == 'none'):
            fail('%s: INFO must go with none and only with none' % rid)
        if c == 'none':
            if ev:
                fail('%s: healthy window with evidence' % rid)
            if e.get('quiet_cause'):
                fail('%s: healthy window marked quiet_cause' % rid)
            looks = sum(1 for t in texts if lookalike(t))
            if looks < 3:
                fail('%s: healthy window with only %d look-alike lines' % (rid, looks))
        else:
            if c not in INCIDENT_CATEGORIES:
                fail('%s: unknown category %s' % (rid, c))
            if not ev or len(ev) > 5:
                fail('%s: incident needs 1..5 evidence lines' % rid)
            if not (e.get('component') or '').strip():
                fail('%s: incident without component' % rid)
            # cause earlier than symptoms: most loud non-evidence lines come after the first evidence line
            first = ev[0]
            loud_other = [i for i, t in enumerate(texts) if i not in ev and loud(t)]
            if loud_other:
                after = sum(1 for i in loud_other if i > first)
                if after * 2 < len(loud_other):
                    fail('%s: most symptoms precede the first evidence line' % rid)

        # no taxonomy identifiers as giveaway words
        for i, t in enumerate(texts):
            low = t.lower()
            for k in INCIDENT_CATEGORIES:
                if '_' in k and k in low:
                    fail('%s: line %d names the taxonomy identifier %s' % (rid, i, k))
            if c in ('timeout', 'scheduling', 'storage', 'database'):
                cleaned = low
                for ph in ALLOWED_PHRASES:
                    cleaned = cleaned.replace(ph, '')
                if c in cleaned:
                    fail('%s: line %d contains its own category word %r' % (rid, i, c))

        # quiet causes
        if 'quiet_cause' in e:
            if e['quiet_cause'] is not True:
                fail('%s: quiet_cause must be true when present' % rid)
            quiet += 1
            first = ev[0]
            if loud(texts[first]):
                fail('%s: quiet cause line is not calm' % rid)
            loud_other = [i for i, t in enumerate(texts) if i not in ev and loud(t)]
            if len(loud_other) < 4:
                fail('%s: quiet cause without loud callers (%d)' % (rid, len(loud_other)))
            if loud_other and min(loud_other) < first:
                fail('%s: loud callers before the quiet cause' % rid)
            cause_wl = workload(logs[first]['labels'])
            if any(workload(logs[i]['labels']) == cause_wl for i in loud_other):
                fail('%s: quiet cause workload %s also logs loudly' % (rid, cause_wl))

    if dict(sev) != SEVERITIES:
        fail('severity counts %s != %s' % (dict(sev), SEVERITIES))
    if dict(cat) != CATEGORY_COUNTS:
        fail('category counts %s != %s' % (dict(cat), CATEGORY_COUNTS))
    missing = [k for k in INCIDENT_CATEGORIES if cat[k] == 0]
    if missing:
        fail('categories not covered: %s' % missing)
    if dict(plat) != PLATFORMS:
        fail('platform counts %s != %s' % (dict(plat), PLATFORMS))
    if quiet != QUIET:
        fail('quiet-cause count %d != %d' % (quiet, QUIET))
    for d in DOMAINS:
        if dom[d] < 11:
            fail('domain %s has only %d records' % (d, dom[d]))

    # generator: seed and determinism (run a copy twice in temporary directories)
    with open(GEN, encoding='utf-8') as f:
        src = f.read()
    if not re.search(r'^SEED = 204747$', src, re.M):
        fail('generator does not use seed 204747')
    digest = sha256(DATA)
    for _ in range(2):
        tmp = tempfile.mkdtemp(prefix='dev47chk')
        try:
            shutil.copy(GEN, os.path.join(tmp, 'make_dev47.py'))
            subprocess.run([sys.executable, os.path.join(tmp, 'make_dev47.py')], check=True,
                           stdout=subprocess.DEVNULL)
            if sha256(os.path.join(tmp, 'dev47.jsonl')) != digest:
                fail('generator output differs from dev47.jsonl')
        finally:
            shutil.rmtree(tmp)

    # README
    if not os.path.exists(README):
        fail('README-dev47.md missing')
    else:
        with open(README, encoding='utf-8') as f:
            md = f.read()
        heads = [l for l in md.splitlines() if l.startswith('#')]
        if len(heads) != 1 or not heads[0].startswith('## dev47.jsonl (a forty-seventh independent set'):
            fail('README must be a single section starting with the dev47 heading')
        if digest not in md:
            fail('README does not state the current SHA-256')
        if '204747' not in md:
            fail('README does not state the seed')
        if str(total_lines) not in md:
            fail('README does not state the line total %d' % total_lines)

    print('records=%d lines=%d severities=%s platforms=%s quiet=%d domains=%s' % (
        len(recs), total_lines, dict(sev), dict(plat), quiet, dict(dom)))
    print('categories=%s' % dict(sorted(cat.items())))
    print('sha256=%s' % digest)
    if failures:
        for m in failures:
            print('FAIL: ' + m)
        sys.exit(1)
    print('OK: all checks passed')


if __name__ == '__main__':
    main()
