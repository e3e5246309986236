#!/usr/bin/python3
"""Fuzzy lookup against translate-toolkit's matcher (translate.search.match, Debian python3-translate
+ python3-levenshtein) on the same units and queries, measured in the same run.

  cmake --build build --target bench
  /usr/bin/python3 tests/bench/tm_compare.py --bench build/tests/bench/tm_bench \\
      [--data tests/data/l10n-en-ar.tsv] [--units 100000] [--queries 200] [--min 70]

tm_bench writes the scaled units and queries (--tm_dump) and measures mizan's lookup in process
(the store open, one lookup per query); this script times translate-toolkit's matcher.matches()
per query in process (the matcher built beforehand), with the same threshold and max_length
raised from its default of 70 characters. Top-1 is right, for both, when the best match comes
from the query's family (the same original pair, or one with the same original source text)."""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def percentile(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument('--bench', required=True)
    ap.add_argument('--data', default=os.path.join(here, '..', 'data', 'l10n-en-ar.tsv'))
    ap.add_argument('--units', type=int, default=100000)
    ap.add_argument('--queries', type=int, default=200)
    ap.add_argument('--min', type=int, default=70)
    a = ap.parse_args()
    try:
        from translate.search import match
        from translate.storage import base
    except ImportError:
        sys.exit('needs translate-toolkit: apt-get install python3-translate python3-levenshtein')

    with tempfile.TemporaryDirectory() as work:
        common = [f'--tm_data={a.data}', f'--tm_units={a.units}', f'--tm_queries={a.queries}',
                  f'--tm_min={a.min}', f'--tm_dir={work}']
        subprocess.run([a.bench, f'--tm_dump={work}/dump'] + common, check=True,
                       capture_output=True)
        out = subprocess.run([a.bench, '--benchmark_filter=fuzzy', '--benchmark_format=json'] + common,
                             check=True, capture_output=True, text=True).stdout
        mizan = {b['name'].split('/')[1]: b for b in json.loads(out)['benchmarks']}

        def rows(name):
            with open(f'{work}/dump/{name}', encoding='utf-8') as f:
                return [line.rstrip('\n').split('\t') for line in f]
        units, queries, pairs = rows('tm.tsv'), rows('queries.tsv'), rows('pairs.tsv')

    print(f'{len(units)} units, {len(queries)} queries, threshold {a.min}%\n')
    print('| side | system | p50 ms | p95 ms | top-1 | found | vs translate-toolkit (p50) |')
    print('| --- | --- | --- | --- | --- | --- | --- |')
    for col, side in ((0, 'en'), (1, 'ar')):
        store = base.TranslationStore()
        family = {}
        for u in units:
            tu = base.TranslationUnit(u[col])
            tu.target = u[1 - col]
            store.addunit(tu)
            family.setdefault((u[col], u[1 - col]), int(u[2]))
        t0 = time.perf_counter()
        # One candidate: its fastest setting, and ties in its heap of several compare units and fail.
        matcher = match.matcher(store, max_candidates=1, min_similarity=a.min, max_length=100000)
        build_s = time.perf_counter() - t0
        ms, right, found = [], 0, 0
        for q in queries:
            t0 = time.perf_counter()
            got = matcher.matches(q[col])
            ms.append((time.perf_counter() - t0) * 1000)
            if got:
                found += 1
                f = family.get((str(got[0].source), str(got[0].target)))
                want = int(q[2])
                right += f is not None and (f == want or pairs[f][col] == pairs[want][col])
        n = len(queries)
        m = mizan[side]
        tt_p50 = percentile(ms, 0.5)
        print(f'| {side} | mizan lookup | {m["p50_us"] / 1000:.2f} | {m["p95_us"] / 1000:.2f} | '
              f'{m["top1"]:.3f} | {m["found"]:.3f} | {tt_p50 / (m["p50_us"] / 1000):.0f}x faster |')
        print(f'| {side} | translate-toolkit | {tt_p50:.2f} | {percentile(ms, 0.95):.2f} | '
              f'{right / n:.3f} | {found / n:.3f} | reference (matcher built in {build_s:.1f} s) |')
    return 0


if __name__ == '__main__':
    sys.exit(main())
