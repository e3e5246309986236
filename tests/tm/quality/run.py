#!/usr/bin/python3
"""Lookup quality: top-1 accuracy of `mizan lookup` and of translate-toolkit's fuzzy matcher
(translate.search.match, Debian python3-translate + python3-levenshtein) on the same memory and
the same queries.

  tests/tm/quality/run.py --mizan build/mizan [--check] [--min 50] [--show-misses]

tm.tsv is the memory (English, Arabic, unit id); queries.tsv holds each query with the id of the
unit a translator should get first (checked by reading), its language and the kind of edit.
A query counts as right when the best match returned is that unit. Both systems get the same
threshold (--min) and translate-toolkit's max_length is raised from its default of 70 characters,
which would leave most press-release sentences without any match."""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def read_tsv(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return [line.rstrip('\n').split('\t') for line in f if line.strip()]


def run_mizan(binary, db, queries, lang, min_score):
    out = subprocess.run([binary, 'lookup', '--db', db, '--from', lang, '--format', 'json',
                          '--min', str(min_score), '--max', '1', '-'],
                         input='\n'.join(queries) + '\n', capture_output=True, text=True, check=True)
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(results) == len(queries), (len(results), len(queries))
    return results


def translate_toolkit_matcher(units, min_score, max_length=10000):
    try:
        from translate.search import match
        from translate.storage import base
    except ImportError:
        sys.exit('translate-toolkit is missing: apt-get install python3-translate '
                 'python3-levenshtein (scripts/setup installs them)')
    store = base.TranslationStore()
    for source, target in units:
        u = base.TranslationUnit(source)
        u.target = target
        store.addunit(u)
    # One candidate: only the best is scored here, and with several its heap compares units on
    # ties and fails (TypeError).
    return match.matcher(store, max_candidates=1, min_similarity=min_score, max_length=max_length)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--mizan', required=True)
    ap.add_argument('--min', type=int, default=50)
    ap.add_argument('--check', action='store_true',
                    help='fail unless mizan is at least as accurate as translate-toolkit and '
                         'above --floor')
    ap.add_argument('--floor', type=float, default=0.95)
    ap.add_argument('--show-misses', action='store_true')
    a = ap.parse_args()

    tm = read_tsv('tm.tsv')
    ids = [row[2] for row in tm]
    queries = read_tsv('queries.tsv')[1:]
    by_text = {('en', row[0]): row[2] for row in tm}
    by_text.update({('ar', row[1]): row[2] for row in tm})

    # key -> [queries, mizan, translate-toolkit, translate-toolkit with its defaults]
    stats = collections.defaultdict(lambda: [0, 0, 0, 0])
    misses = []
    timing = {'mizan': 0.0, 'translate-toolkit': 0.0}
    with tempfile.TemporaryDirectory() as work:
        db = os.path.join(work, 'quality.db')
        subprocess.run([a.mizan, 'import', '--db', db, os.path.join(HERE, 'tm.tsv')], check=True,
                       capture_output=True)
        for lang in ('en', 'ar'):
            qs = [q for q in queries if q[1] == lang]
            t0 = time.perf_counter()
            mizan = run_mizan(a.mizan, db, [q[3] for q in qs], lang, a.min)
            timing['mizan'] += time.perf_counter() - t0
            col = 0 if lang == 'en' else 1
            pairs = [(row[col], row[1 - col]) for row in tm]
            matcher = translate_toolkit_matcher(pairs, a.min)
            # Its defaults: 75% and max_length 70 characters.
            default_matcher = translate_toolkit_matcher(pairs, 75, 70)
            for q, m in zip(qs, mizan):
                got_m = ids[m['matches'][0]['origins'][0]['position']] if m['matches'] else None
                t0 = time.perf_counter()
                tt = matcher.matches(q[3])
                timing['translate-toolkit'] += time.perf_counter() - t0
                got_t = by_text.get((lang, str(tt[0].source))) if tt else None
                td = default_matcher.matches(q[3])
                got_d = by_text.get((lang, str(td[0].source))) if td else None
                # A query edited in several ways ("clitic+spelling") counts under each.
                keys = [('all', ''), ('lang', lang)] + [('kind', k) for k in q[2].split('+')]
                for key in keys:
                    s = stats[key]
                    s[0] += 1
                    s[1] += got_m == q[0]
                    s[2] += got_t == q[0]
                    s[3] += got_d == q[0]
                if got_m != q[0] or got_t != q[0]:
                    misses.append((q, got_m, got_t, m['matches'][0]['score'] if m['matches'] else None))

    def pct(n, d):
        return f'{100.0 * n / d:.1f}%' if d else '-'

    print(f'Top-1 accuracy, {stats[("all", "")][0]} queries over {len(tm)} units '
          f'(threshold {a.min}% for mizan and translate-toolkit; its defaults: 75% and '
          f'max_length 70):\n')
    print('| queries | n | mizan lookup | translate-toolkit | translate-toolkit, defaults |')
    print('| --- | --- | --- | --- | --- |')
    for key in [('all', '')] + [('lang', 'en'), ('lang', 'ar')] + sorted(k for k in stats if k[0] == 'kind'):
        n, m, t, d = stats[key]
        name = {'all': 'all', 'lang': {'en': 'English queries', 'ar': 'Arabic queries'}.get(key[1], key[1]),
                'kind': 'edit: ' + key[1]}[key[0]]
        print(f'| {name} | {n} | {pct(m, n)} ({m}) | {pct(t, n)} ({t}) | {pct(d, n)} ({d}) |')
    print(f'\ntime for all queries: mizan {timing["mizan"]:.2f} s (two processes, including '
          f'start-up), translate-toolkit {timing["translate-toolkit"]:.2f} s (matching only)')
    if a.show_misses or a.check:
        for q, got_m, got_t, score in misses:
            print(f'\n{q[1]} {q[2]}: want {q[0]}, mizan {got_m} ({score}%), translate-toolkit {got_t}\n'
                  f'  {q[3]}')
    n, m, t, _ = stats[('all', '')]
    if a.check and (m < t or m < a.floor * n):
        print(f'\nFAILED: mizan {m}/{n}, translate-toolkit {t}/{n}, floor {a.floor:.0%}')
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
