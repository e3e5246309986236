#!/usr/bin/env python3
"""The seed pair end to end, as a translator runs it: `mizan align EN AR` in its own process (start,
read, segment, build the ICU objects, align, print), with wall time, CPU time and peak RSS (wait4
of that process alone), medians over interleaved rounds. `mizan --help` is the floor measured in
the same run (process start, dynamic linking, option parsing). Target (issue 3): well under 50 ms
end to end. Not a ctest: timings on a shared machine are not pass/fail material.

  cmake --build build --target mizan_cli
  tests/bench/process_time.py [--mizan build/mizan] [--rounds 21] [--pair corpora/centcom-2025-01-06]
      [--reference OTHER/mizan]      # e.g. a build of an earlier commit, timed in the same rounds
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(cmd):
    """Runs cmd; returns (wall seconds, CPU seconds, peak RSS MB)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f'{" ".join(cmd)}: exit {os.waitstatus_to_exitcode(status)}\n{err.decode()}')
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument('--mizan', default=os.path.join(ROOT, 'build', 'mizan'))
    p.add_argument('--rounds', type=int, default=21)
    p.add_argument('--pair', default=os.path.join(ROOT, 'corpora', 'centcom-2025-01-06'))
    p.add_argument('--reference', help='another mizan binary whose `align EN AR` is timed alongside')
    a = p.parse_args()
    en, ar = os.path.join(a.pair, 'en.txt'), os.path.join(a.pair, 'ar.txt')
    # No database beside the run: `align` reads the glossary of the default store when there is one.
    work = tempfile.mkdtemp(prefix='mizan-process-time-')
    db = os.path.join(work, 'none.db')
    commands = [
        ('mizan --help (floor)', [a.mizan, '--help']),
        ('mizan segment --lang en EN', [a.mizan, 'segment', '--lang', 'en', en]),
        ('mizan segment --lang ar AR', [a.mizan, 'segment', '--lang', 'ar', ar]),
        ('mizan align EN AR', [a.mizan, 'align', '--db', db, en, ar]),
        ('mizan align --no-names EN AR', [a.mizan, 'align', '--db', db, '--no-names', en, ar]),
    ]
    if a.reference:
        commands.append(('reference: mizan align EN AR', [a.reference, 'align', '--db', db, en, ar]))
    samples = {name: [] for name, _ in commands}
    for _ in range(a.rounds):
        for name, cmd in commands:
            samples[name].append(run(cmd))
    os.rmdir(work)
    print(f'{a.rounds} rounds, load average {os.getloadavg()[0]:.2f}')
    print('| command | wall (median) | CPU (median) | peak RSS |')
    print('| --- | --- | --- | --- |')
    for name, _ in commands:
        wall = statistics.median(s[0] for s in samples[name]) * 1000
        cpu = statistics.median(s[1] for s in samples[name]) * 1000
        rss = max(s[2] for s in samples[name])
        print(f'| `{name}` | {wall:.1f} ms | {cpu:.1f} ms | {rss:.0f} MB |')


if __name__ == '__main__':
    main()
