#!/usr/bin/env python3
"""End to end at scale: `mizan import` of a 1,000,000-unit TMX into a fresh store and `mizan export`
of that store to TMX, each in its own process, with wall time, CPU time and peak RSS (wait4's
ru_maxrss of that process alone), beside libxml2's bare xmlTextReader parse of the same file in the
same run (the floor for any TMX reader), measured before the import and after the export so that a
change of load on the machine shows. Targets (issue 5): import >= 50,000 TU/s, export >= 100,000
TU/s, peak RSS <= 200 MB for both. Not a ctest: it takes minutes and 2-3 GB of disk.

  cmake --build build --target bench mizan_cli
  tests/bench/tm_exchange_bench.py --mizan build/mizan --tmx-bench build/tests/bench/tmx_bench \\
      [--data tests/data/l10n-en-ar.tsv] [--units 1000000] [--work DIR]

The input is the synthetic memory of tmx_bench (the 20,629 pairs of l10n-en-ar.tsv varied so none
repeats; every unit with dates, creator, usage count, document and position, confidence and
context props), as a mizan export writes it."""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time


def run(cmd, env=None):
    """Runs cmd in its own process; returns (stdout, wall seconds, CPU seconds, peak RSS MB)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    # Read the pipes before wait4 so that a chatty child cannot block on a full pipe.
    out, err = proc.stdout.read(), proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f'{" ".join(cmd)}: exit {proc.returncode}\n{err.decode()}')
    return out.decode(), wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def bare_parse(tmx_bench, tmx, data):
    out, wall, cpu, rss = run([tmx_bench, '--rss', 'bare', '--file', tmx, data])
    m = re.search(r'bare: (\d+) TU in [\d.]+ s = (\d+) TU/s', out)
    n = int(m.group(1))
    return n, n / int(m.group(2)), cpu, rss


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--mizan', required=True)
    ap.add_argument('--tmx-bench', required=True)
    ap.add_argument('--data', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                                                   'data', 'l10n-en-ar.tsv'))
    ap.add_argument('--units', type=int, default=1_000_000)
    ap.add_argument('--work', default=None, help='folder for the files (default: a temporary one)')
    a = ap.parse_args()
    work = a.work or tempfile.mkdtemp(prefix='mizan-exchange-bench-')
    os.makedirs(work, exist_ok=True)
    tmx, db, again = (os.path.join(work, n) for n in ('input.tmx', 'bench.db', 'export.tmx'))
    for f in (db, db + '-wal', db + '-shm', again):
        if os.path.exists(f):
            os.remove(f)
    # The export's header date as tmx_bench writes it (reproducible output).
    env = dict(os.environ, SOURCE_DATE_EPOCH='1700000000')
    try:
        subprocess.run([a.tmx_bench, '--make', tmx, a.data, '--units', str(a.units)], check=True,
                       stdout=subprocess.DEVNULL)
        size_mb = os.path.getsize(tmx) / 1e6
        load = [os.getloadavg()[0]]
        rows = []
        n, wall, cpu, rss = bare_parse(a.tmx_bench, tmx, a.data)
        rows.append(('bare libxml2 parse (xmlTextReader, every node), before', n, wall, cpu, rss))
        out, wall, cpu, rss = run([a.mizan, 'import', '--db', db, tmx], env)
        out_import = out
        # Units in = added + merged (the source pairs repeat a few en/ar pairs exactly).
        units_in = sum(int(x) for x in re.search(r': (\d+) added, (\d+) merged', out).groups())
        rows.append(('mizan import (TMX -> new store: parse, clean, merge, index, commit)', units_in,
                     wall, cpu, rss))
        load.append(os.getloadavg()[0])
        out, wall, cpu, rss = run([a.mizan, 'export', '--db', db, '--tmx', again], env)
        exported = int(re.search(r': (\d+) unit', out).group(1))
        rows.append(('mizan export (store -> TMX)', exported, wall, cpu, rss))
        n, wall, cpu, rss = bare_parse(a.tmx_bench, tmx, a.data)
        rows.append(('bare libxml2 parse, after', n, wall, cpu, rss))
        load.append(os.getloadavg()[0])
        db_mb = os.path.getsize(db) / 1e6
    finally:
        if a.work is None:
            shutil.rmtree(work, ignore_errors=True)

    # The faster of the two bare parses: the floor under the lighter of the loads seen.
    floor = max(r[1] / r[2] for r in rows if r[0].startswith('bare'))
    print(f'{a.units:,} units, TMX {size_mb:,.0f} MB, store {db_mb:,.0f} MB; '
          f'load average {", ".join(f"{x:.1f}" for x in load)}')
    print('| operation | units | wall (s) | TU/s (wall) | CPU (s) | TU/s (CPU) | peak RSS | vs bare parse |')
    print('| --- | --- | --- | --- | --- | --- | --- | --- |')
    for name, units, wall, cpu, rss in rows:
        ratio = 'floor' if name.startswith('bare') else f'{units / wall / floor:.2f}x'
        print(f'| {name} | {units:,} | {wall:.1f} | {units / wall:,.0f} | {cpu:.1f} | '
              f'{units / cpu:,.0f} | {rss:.0f} MB | {ratio} |')
    print(f'import: {out_import.strip()}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
