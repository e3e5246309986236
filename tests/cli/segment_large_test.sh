#!/usr/bin/env bash
# A 50 MB file that is one single line segments in bounded memory. Usage: script MIZAN SRC [asan]
source "$(dirname "$0")/lib.sh"
SANITIZED=${3:-no}

bounded_memory_on_a_50mb_line() {
  python3 - "$WORK/big.txt" "$SRC/corpora/centcom-2025-01-06" <<'PY'
import sys
seed = sys.argv[2]
text = (open(seed + '/en.txt', encoding='utf-8').read() + ' ' +
        open(seed + '/ar.txt', encoding='utf-8').read()).replace('\n', ' ') + ' '
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    written = 0
    while written < 50_000_000:
        f.write(text)
        written += len(text.encode('utf-8'))
PY
  python3 - "$MIZAN" "$WORK/big.txt" "$SANITIZED" <<'PY'
import resource, subprocess, sys
mizan, path, sanitized = sys.argv[1:4]
with open(path, 'rb') as f, open('/dev/null', 'wb') as out:
    count = subprocess.run([mizan, 'segment', path], stdout=subprocess.PIPE, check=True).stdout.count(b'\n')
peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f'{count} sentences, peak RSS {peak_mb:.0f} MB')
assert count > 250_000, count
# The input is 50 MB; streaming keeps a window of about 1 MB. ASan's shadow memory inflates RSS,
# so the bound is only checked on the normal build.
if sanitized != 'asan':
    assert peak_mb < 100, peak_mb
PY
}

check "50 MB single line" bounded_memory_on_a_50mb_line
finish
