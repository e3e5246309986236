#!/usr/bin/env python3
"""Runs a Google Benchmark program with interleaved repetitions and prints a Markdown table of
medians and of ratios against the reference benchmark of each group, measured in the same run.

  tests/bench/report.py build/tests/bench/segment_bench [--repetitions 15] [-- extra args]

Groups and references: a benchmark named  <name>/<group>  is compared with the first benchmark of
its group whose name starts with one of the --reference prefixes (default: bare_icu_utf8)."""
import argparse
import json
import statistics
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('program')
    ap.add_argument('--repetitions', type=int, default=15)
    ap.add_argument('--reference', action='append', default=None)
    ap.add_argument('rest', nargs='*')
    a, unknown = ap.parse_known_args()
    a.rest += unknown
    refs = a.reference or ['bare_icu_utf8']
    out = subprocess.run([a.program, '--benchmark_format=json',
                          f'--benchmark_repetitions={a.repetitions}',
                          '--benchmark_enable_random_interleaving=true'] + a.rest,
                         check=True, capture_output=True, text=True).stdout
    runs = {}
    rates = {}
    item_rates = set()  # benchmarks whose rate counts items (TU/s), not bytes
    for b in json.loads(out)['benchmarks']:
        if b.get('run_type') != 'iteration':
            continue
        name = b['run_name']
        runs.setdefault(name, []).append(b['real_time'] * {'ns': 1e-6, 'us': 1e-3, 'ms': 1, 's': 1e3}[b['time_unit']])
        if 'bytes_per_second' in b:
            rates.setdefault(name, []).append(b['bytes_per_second'] / 1e6)
        elif 'items_per_second' in b:
            rates.setdefault(name, []).append(b['items_per_second'])
            item_rates.add(name)
    print(f'| benchmark | median time (ms) | median throughput | vs reference |')
    print('| --- | --- | --- | --- |')
    for name, times in sorted(runs.items(), key=lambda kv: (kv[0].split("/", 1)[-1], kv[0])):
        group = name.split('/', 1)[1] if '/' in name else ''
        ref = next((n for n in runs if n.endswith('/' + group) and any(n.startswith(r) for r in refs)), None)
        med = statistics.median(times)
        rate = statistics.median(rates[name]) if name in rates else None
        ratio = ''
        if ref and ref != name and ref in rates and name in rates:
            ratio = f'{statistics.median(rates[name]) / statistics.median(rates[ref]):.2f}x'
        elif ref == name:
            ratio = 'reference'
        rate_s = '' if rate is None else f'{rate:,.0f}/s' if name in item_rates else f'{rate:.1f} MB/s'
        print(f'| {name} | {med:.2f} | {rate_s} | {ratio} |')


if __name__ == '__main__':
    sys.exit(main())
