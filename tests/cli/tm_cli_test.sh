#!/usr/bin/env bash
# End-to-end tests of the translation-memory commands (add, import, lookup, concord, stats),
# including the faults: foreign and newer files, a locked database, an import killed half-way,
# lookups while an import writes.
source "$(dirname "$0")/lib.sh"
SEED="$SRC/corpora/centcom-2025-01-06"
cd "$WORK" || exit 1
# The seed pair: its 12 English sentences and the first 12 Arabic ones are aligned one to one
# (gold.beads); the last two Arabic sentences have no English source.
paste "$SEED/en.sent" <(head -n 12 "$SEED/ar.sent") >seed.tsv
export MIZAN_DB="$WORK/env.db"

seed_db() {  # seed_db FILE: a database holding the seed pair
  "$MIZAN" import --db "$1" seed.tsv >/dev/null
}

stats_units() {  # stats_units DB
  "$MIZAN" stats --db "$1" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["units"])'
}

# A TSV of N distinct press-release-like pairs.
big_tsv() {  # big_tsv FILE N
  python3 - "$1" "$2" <<'PY'
import sys
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    for i in range(int(sys.argv[2])):
        f.write(f'Coalition forces conducted {i} strikes against ISIS positions in the region.\t'
                f'نفذت قوات التحالف {i} ضربة ضد مواقع داعش في المنطقة.\n')
PY
}

# wait_reading PID FILE FRACTION: waits until process PID has read FRACTION of FILE (its file
# offset, from /proc), so that a signal lands in the middle of the import; fails if it exits.
wait_reading() {
  local pid=$1 file=$2 fraction=$3 size fd pos
  size=$(stat -c %s "$file")
  for _ in $(seq 1 3000); do
    kill -0 "$pid" 2>/dev/null || { echo "process $pid ended before the signal"; return 1; }
    for fd in /proc/"$pid"/fd/*; do
      if [ "$(readlink "$fd" 2>/dev/null)" = "$(readlink -f "$file")" ]; then
        pos=$(awk '/^pos:/ {print $2}' /proc/"$pid"/fdinfo/"${fd##*/}" 2>/dev/null || echo 0)
        if python3 -c "import sys; sys.exit(0 if ${pos:-0} >= $fraction * $size else 1)"; then
          return 0
        fi
      fi
    done
    sleep 0.01
  done
  echo "timed out waiting for $pid to read $file"
  return 1
}

add_then_add_again_is_idempotent() {
  "$MIZAN" add --db a.db --en 'The operation was a success.' --ar 'كانت العملية ناجحة.' >out
  expect_contains out "added #1"
  "$MIZAN" add --db a.db --en 'The operation was a success.' --ar 'كانت العملية ناجحة.' >out
  expect_contains out "already stored as #1"
  [ "$(stats_units a.db)" = 1 ]
}

import_then_reimport_changes_nothing() {
  "$MIZAN" import --db i.db seed.tsv >out
  expect_contains out "seed.tsv: 12 added, 0 merged, 0 already there"
  "$MIZAN" import --db i.db seed.tsv >out
  expect_contains out "seed.tsv: 0 added, 0 merged, 12 already there"
  [ "$(stats_units i.db)" = 12 ]
}

bad_records_refuse_the_import_or_are_skipped() {
  printf 'Good one.\tجيدة.\nno tab on this line\nAlso good.\tجيدة أيضا.\n' >bad.tsv
  expect_status 65 "$MIZAN" import --db b.db bad.tsv >out 2>err
  expect_contains err "bad.tsv:2: expected 2 tab-separated fields, found 1"
  expect_contains err "nothing imported"
  [ "$(stats_units b.db)" = 0 ]
  "$MIZAN" import --db b.db --skip-bad bad.tsv >out 2>err
  expect_contains out "2 added"
  expect_contains out "1 bad record(s) skipped"
  [ "$(stats_units b.db)" = 2 ]
}

tmx_import_keeps_origins_and_is_idempotent() {
  # A TMX 1.4 as a CAT tool writes it: one unit from a mizan export (document and position in
  # props), one from elsewhere (no origin: the file and line stand in).
  write_tmx mem.tmx <<'TMX'
<tu tuid="1" creationid="reviewer" usagecount="2">
  <prop type="x-document">centcom-2025-01-06</prop><prop type="x-position">6</prop>
  <tuv xml:lang="en-US"><seg>There were no injuries to U.S. personnel or damage to U.S. equipment.</seg></tuv>
  <tuv xml:lang="ar-SA"><seg>ولم تقع إصابات بين أفراد القوات الأميركية أو أضرار بالمعدات الأميركية.</seg></tuv>
</tu>
<tu tuid="2">
  <tuv xml:lang="en"><seg>The incident is under investigation.</seg></tuv>
  <tuv xml:lang="ar"><seg>الحادث قيد التحقيق.</seg></tuv>
</tu>
TMX
  "$MIZAN" import --db tmx.db mem.tmx >out
  expect_contains out "mem.tmx: 2 added, 0 merged, 0 already there"
  "$MIZAN" import --db tmx.db mem.tmx >out
  expect_contains out "mem.tmx: 0 added, 0 merged, 2 already there"
  "$MIZAN" lookup --db tmx.db --format json 'The incident is under investigation.' >out.json
  python3 - out.json <<'PY'
import json, sys
m = json.loads(open(sys.argv[1], encoding='utf-8').readline())['matches'][0]
assert m['score'] == 100 and m['target'] == 'الحادث قيد التحقيق.', m
assert m['origins'][0]['document'] == 'mem.tmx', m['origins']
PY
  "$MIZAN" lookup --db tmx.db --format json 'There were no injuries to U.S. personnel or damage to U.S. equipment.' >out.json
  python3 - out.json <<'PY'
import json, sys
m = json.loads(open(sys.argv[1], encoding='utf-8').readline())['matches'][0]
assert m['origins'] == [{'document': 'centcom-2025-01-06', 'position': 6}], m['origins']
assert m['en_locale'] == 'en-US' and m['ar_locale'] == 'ar-SA' and m['usage_count'] == 2, m
assert m['creator'] == 'reviewer', m
PY
}

import_usage_and_missing_files() {
  expect_status 64 "$MIZAN" import --db u.db pairs.xlsx 2>err
  expect_contains err "cannot import \".xlsx\" files"
  expect_status 66 "$MIZAN" import --db u.db missing.tsv 2>err
  expect_status 66 "$MIZAN" lookup --db none.db 'anything' 2>err
  expect_contains err "none.db"
  [ ! -e none.db ]
  expect_status 66 "$MIZAN" stats --db none.db 2>err
}

db_path_comes_from_option_env_or_current_directory() {
  "$MIZAN" add --en 'From the environment.' --ar 'من البيئة.' >/dev/null
  [ -f "$WORK/env.db" ]
  mkdir -p cwd && (cd cwd && MIZAN_DB= "$MIZAN" add --en 'Here.' --ar 'هنا.' >/dev/null)
  [ -f cwd/mizan.db ]
  "$MIZAN" add --db opt.db --en 'Option.' --ar 'خيار.' >/dev/null
  [ -f opt.db ]
}

lookup_exact_near_exact_context_and_fuzzy() {
  seed_db l.db
  "$MIZAN" lookup --db l.db --bidi none --color never \
    'There were no injuries to U.S. personnel or damage to U.S. equipment.' >out
  expect_contains out "100%  exact  #7  seed.tsv [6]"
  expect_contains out "ar: ولم تقع إصابات بين أفراد القوات الأميركية أو أضرار بالمعدات الأميركية."
  "$MIZAN" lookup --db l.db 'there were no injuries to US personnel or damage to US equipment' >out
  expect_contains out "99%  near-exact  #7"
  "$MIZAN" import --db ctx.db seed.tsv >/dev/null
  # The word diff: one word of twelve differs (91%), marked where it is.
  "$MIZAN" lookup --db l.db --bidi none --color never \
    'There were no injuries to U.S. personnel or damage to U.S. vehicles.' >out
  expect_contains out " 91%  fuzzy  #7  seed.tsv [6]"
  expect_contains out "    diff: There were no injuries to U.S. personnel or damage to U.S. [-equipment-]{+vehicles+}."
}

lookup_context_match_needs_prev() {
  "$MIZAN" add --db c.db --en 'One Coalition member was killed.' --ar 'قُتل أحد أفراد التحالف.' \
    --prev-en 'During the operations, ISIS fighters engaged Coalition forces.' >/dev/null
  "$MIZAN" lookup --db c.db --prev 'During the operations, ISIS fighters engaged Coalition forces.' \
    'One Coalition member was killed.' >out
  expect_contains out "101%  context"
  "$MIZAN" lookup --db c.db --prev 'Something else happened.' 'One Coalition member was killed.' >out
  expect_contains out "100%  exact"
}

lookup_from_arabic_is_detected_and_gives_english() {
  seed_db ar.db
  "$MIZAN" lookup --db ar.db --format json --min 50 \
    'ولم تقع إصابات بين أفراد القوات الأمريكية أو أضرار بالمعدات الأمريكية.' >out.json
  python3 - out.json <<'PY'
import json, sys
r = json.loads(open(sys.argv[1], encoding='utf-8').readline())
assert r['from'] == 'ar', r['from']
m = r['matches'][0]
assert m['target'] == 'There were no injuries to U.S. personnel or damage to U.S. equipment.', m
# الأمريكية for الأميركية twice, 11 words: 1 - 2*0.5/11 = 90.9
assert m['score'] == 90, m['score']
ops = [d['op'] for d in m['diff'] if d['op'] != 'keep']
assert ops == ['spelling', 'spelling'], ops
PY
}

lookup_min_max_and_stdin_batches() {
  seed_db mm.db
  printf 'The U.S. and members of the Coalition maintain our commitment.\nOne Coalition member was killed.\n' >queries.txt
  "$MIZAN" lookup --db mm.db --format json --min 30 --max 2 - <queries.txt >out.json
  python3 - out.json <<'PY'
import json, sys
lines = open(sys.argv[1], encoding='utf-8').read().splitlines()
assert len(lines) == 2, len(lines)
for l in lines:
    r = json.loads(l)
    assert 1 <= len(r['matches']) <= 2, r
    scores = [m['score'] for m in r['matches']]
    assert scores == sorted(scores, reverse=True) and min(scores) >= 30, scores
PY
  "$MIZAN" lookup --db mm.db --min 95 'One Coalition member was killed.' >out
  expect_contains out "no match"
  expect_status 64 "$MIZAN" lookup --db mm.db --min 120 'x' 2>err
  expect_status 64 "$MIZAN" lookup --db mm.db --from fr 'x' 2>err
}

lookup_stdin_passes_each_lines_predecessor_as_context() {
  "$MIZAN" add --db sc.db --en 'One Coalition member was killed.' --ar 'قُتل أحد أفراد التحالف.' \
    --prev-en 'During the operations, ISIS fighters engaged Coalition forces.' >/dev/null
  printf '%s\n' 'During the operations, ISIS fighters engaged Coalition forces.' \
    'One Coalition member was killed.' 'One Coalition member was killed.' >doc.txt
  "$MIZAN" lookup --db sc.db --format json - <doc.txt >out.json
  "$MIZAN" lookup --db sc.db --format json --no-context - <doc.txt >alone.json
  python3 - out.json alone.json <<'PY'
import json, sys
def best(path):
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    return [(r['query'], r['matches'][0]['score'] if r['matches'] else None) for r in rows]
first = 'During the operations, ISIS fighters engaged Coalition forces.'
second = 'One Coalition member was killed.'
# In input order; only the line that follows its stored predecessor is a 101% match.
assert best(sys.argv[1]) == [(first, None), (second, 101), (second, 100)], best(sys.argv[1])
assert best(sys.argv[2]) == [(first, None), (second, 100), (second, 100)], best(sys.argv[2])
PY
}

arabic_is_isolated_on_request_and_plain_in_pipes() {
  seed_db bidi.db
  "$MIZAN" lookup --db bidi.db --bidi isolate 'One Coalition member was killed and two were wounded from two different nations.' >out
  # RLI U+2067 ... PDI U+2069 around the Arabic.
  grep -q $'ar: \u2067قُتل أحد أفراد التحالف' out || { cat out; return 1; }
  grep -q $'\u2069$' out
  "$MIZAN" lookup --db bidi.db 'One Coalition member was killed and two were wounded from two different nations.' >out
  refute grep -q $'\u2067' out
  "$MIZAN" lookup --db bidi.db --bidi visual 'One Coalition member was killed and two were wounded from two different nations.' >out
  refute grep -q 'قُتل' out  # shaped presentation forms, not the logical letters
}

concordance_is_clitic_aware_with_kwic_lines() {
  seed_db k.db
  "$MIZAN" add --db k.db --en 'A message to the command.' --ar 'رسالة للقيادة.' >/dev/null
  "$MIZAN" add --db k.db --en 'And the command said.' --ar 'والقيادة قالت.' >/dev/null
  "$MIZAN" concord --db k.db --bidi none --color never --max 0 قيادة >out
  # القيادة in five seed units, للقيادة and والقيادة in the two added ones.
  [ "$(grep -c '«' out)" = 7 ] || { cat out; return 1; }
  expect_contains out "«للقيادة»"
  expect_contains out "«والقيادة»"
  expect_contains out "|  A message to the command."
  "$MIZAN" concord --db k.db --bidi none --color never 'Central Command' >out
  expect_contains out "«Central Command»"
  "$MIZAN" concord --db k.db --format json --max 2 قيادة >out.json
  python3 - out.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding='utf-8'))
assert r['lang'] == 'ar' and len(r['hits']) == 2 and r['truncated'] is True, r
for h in r['hits']:
    for b, e in h['spans']:
        assert 'قياد' in h['ar'].encode()[b:e].decode(), h
PY
}

stats_describe_the_memory() {
  seed_db s.db
  "$MIZAN" stats --db s.db >out
  expect_contains out "units      12 (0 seen more than once)"
  expect_contains out "origins    12 in 1 documents or files"
  expect_contains out "languages  en -> ar: 12 units"
}

not_a_database_is_refused_untouched() {
  printf 'just some text\n' >notes.txt
  cp notes.txt notes.orig
  expect_status 78 "$MIZAN" add --db notes.txt --en 'x y' --ar 'س ص' 2>err
  expect_contains err "not a mizan database"
  cmp notes.txt notes.orig
  [ ! -e notes.txt-wal ]
  python3 -c "import sqlite3; c = sqlite3.connect('other.db'); c.execute('create table t (x)'); c.commit()"
  cp other.db other.orig
  expect_status 78 "$MIZAN" lookup --db other.db 'x' 2>err
  expect_contains err "another application"
  cmp other.db other.orig
}

newer_schema_is_refused_untouched() {
  seed_db new.db
  python3 -c "import sqlite3; c = sqlite3.connect('new.db'); c.execute('pragma user_version=99'); c.commit(); c.execute('pragma wal_checkpoint(TRUNCATE)'); c.close()"
  cp new.db new.orig
  expect_status 78 "$MIZAN" lookup --db new.db 'x' 2>err
  expect_contains err "newer mizan"
  cmp new.db new.orig
}

# Holds the write lock of DB for SECONDS from a second process (python's sqlite3).
hold_lock() {  # hold_lock DB SECONDS READYFILE
  python3 - "$1" "$2" "$3" <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute('BEGIN IMMEDIATE')
open(sys.argv[3], 'w').close()
time.sleep(float(sys.argv[2]))
c.execute('ROLLBACK')
PY
  for _ in $(seq 1 500); do [ -e "$3" ] && return 0; sleep 0.01; done
  return 1
}

locked_database_waits_then_fails_clearly() {
  seed_db lock.db
  rm -f ready
  hold_lock lock.db 3 ready
  local t0 t1
  t0=$(date +%s%N)
  expect_status 75 "$MIZAN" add --db lock.db --busy-timeout 300 --en 'Late.' --ar 'متأخر.' 2>err
  t1=$(date +%s%N)
  expect_contains err "locked by another process (waited 300 ms)"
  [ $(((t1 - t0) / 1000000)) -ge 300 ]
  wait
  [ "$(stats_units lock.db)" = 12 ]
}

locked_database_waits_and_succeeds_when_released() {
  seed_db wait.db
  rm -f ready
  hold_lock wait.db 0.5 ready
  "$MIZAN" add --db wait.db --busy-timeout 10000 --en 'Patient.' --ar 'صبور.' >out
  expect_contains out "added #13"
  wait
}

interrupted_import_leaves_the_database_as_before_and_rerun_completes() {
  local signal=$1
  rm -f kill.db kill.db-wal kill.db-shm  # the other signal's run left it with 300012 units
  seed_db kill.db
  big_tsv big.tsv 300000
  # Background jobs of a script ignore SIGINT; restore the default, as a terminal's Ctrl-C finds it.
  python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])' \
    "$MIZAN" import --db kill.db big.tsv >/dev/null 2>&1 &
  local pid=$!
  wait_reading "$pid" big.tsv 0.3
  kill "-$signal" "$pid"
  wait "$pid" && { echo "import was not interrupted"; return 1; }
  [ "$(stats_units kill.db)" = 12 ]
  python3 -c "import sqlite3; r = sqlite3.connect('kill.db').execute('pragma integrity_check').fetchone()[0]; assert r == 'ok', r"
  "$MIZAN" lookup --db kill.db 'One Coalition member was killed and two were wounded from two different nations.' >out
  expect_contains out "100%"
  "$MIZAN" import --db kill.db big.tsv >out
  expect_contains out "big.tsv: 300000 added, 0 merged, 0 already there"
  [ "$(stats_units kill.db)" = 300012 ]
}

lookups_work_while_an_import_writes() {
  seed_db busy.db
  [ -f big.tsv ] || big_tsv big.tsv 300000
  "$MIZAN" import --db busy.db big.tsv >import.out 2>&1 &
  local pid=$!
  wait_reading "$pid" big.tsv 0.3
  "$MIZAN" lookup --db busy.db 'There were no injuries to U.S. personnel or damage to U.S. equipment.' >l1 &
  local l1=$!
  "$MIZAN" lookup --db busy.db --from ar 'قُتل أحد أفراد التحالف، وأصيب اثنان آخران من بلدين مختلفين.' >l2 &
  local l2=$!
  wait "$l1" && wait "$l2"
  kill -0 "$pid" 2>/dev/null || echo "note: the import finished before the lookups did" >&2
  expect_contains l1 "100%  exact"
  expect_contains l2 "100%  exact"
  wait "$pid"
  expect_contains import.out "300000 added"
}

# Many document folders made from the seed pair, each with its own dates and counts so that
# their units are distinct.
many_folders() {  # many_folders DIR N
  python3 - "$SEED" "$1" "$2" <<'PY'
import os, re, sys
seed, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
en = open(os.path.join(seed, 'en.txt'), encoding='utf-8').read()
ar = open(os.path.join(seed, 'ar.txt'), encoding='utf-8').read()
for i in range(n):
    d = os.path.join(out, f'release-{i:04d}')
    os.makedirs(d, exist_ok=True)
    bump = lambda m: str(int(m.group(0)) + 100 * (i + 1))
    open(os.path.join(d, 'en.txt'), 'w', encoding='utf-8').write(re.sub(r'\d+', bump, en))
    open(os.path.join(d, 'ar.txt'), 'w', encoding='utf-8').write(re.sub(r'\d+', bump, ar))
PY
}

# Waits until another process holds the write lock of DB (an import or ingest inside its
# transaction): a second writer cannot begin.
wait_write_lock() {  # wait_write_lock PID DB
  python3 - "$1" "$2" <<'PY'
import os, sqlite3, sys, time
pid, db = int(sys.argv[1]), sys.argv[2]
for _ in range(3000):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        sys.exit(f'process {pid} ended before it was seen writing')
    c = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        c.execute('BEGIN IMMEDIATE')
        c.execute('ROLLBACK')
    except sqlite3.OperationalError:
        sys.exit(0)  # locked: the writer is inside its transaction
    finally:
        c.close()
    time.sleep(0.01)
sys.exit('timed out')
PY
}

ingest_stores_aligned_units_and_sets_the_rest_aside() {
  mkdir -p tree/2025/jan && cp -r "$SEED" tree/2025/jan/
  "$MIZAN" ingest --db ing.db tree >out
  # 12 one-to-one beads; the two Arabic sentences the outlet added have no English source.
  expect_contains out "1 document(s): 12 added, 0 merged, 0 already there; kept aside: 0 bead(s) under --min-score 0.5, 2 sentence(s) without counterpart"
  "$MIZAN" ingest --db ing.db tree/2025/jan/centcom-2025-01-06 >out
  expect_contains out "1 document(s): 0 added, 0 merged, 12 already there"
  "$MIZAN" stats --db ing.db --format json >st.json
  python3 -c "import json; s = json.load(open('st.json')); assert (s['units'], s['aside'], s['documents']) == (12, 2, 1), s"
  "$MIZAN" lookup --db ing.db --prev 'The A-10s tasked to support ground forces in the area were successful in eliminating the ISIS fighters within a cave.' \
    'One Coalition member was killed and two were wounded from two different nations.' >out
  expect_contains out "101%  context  #6  centcom-2025-01-06 [5]"
}

ingest_min_score_and_bad_folders() {
  # The seed with a loosely translated closing paragraph: some beads come out unsure. align and
  # ingest anchor alike (no database yet, so both on the built-in glossary), and a --min-score
  # between two of the scores `mizan align` gives keeps aside exactly the beads scored below it.
  mkdir -p ms/loose && cp "$SEED"/en.txt "$SEED"/ar.txt ms/loose/
  printf '\nOperations against ISIS continue in the region.\n' >>ms/loose/en.txt
  printf '\nوقال متحدث إن العمليات مستمرة منذ أسابيع في عدة مناطق من سوريا.\n' >>ms/loose/ar.txt
  "$MIZAN" align --db ms.db --format tsv ms/loose/en.txt ms/loose/ar.txt >loose.tsv
  local threshold kept under
  read -r threshold kept under < <(python3 - loose.tsv <<'PY'
import sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8')][1:]
scores = sorted({float(r[2]) for r in rows if r[0] and r[1]})
# Halfway across the widest gap between neighbouring scores: far from the printed rounding.
gap, t = max((b - a, (a + b) / 2) for a, b in zip(scores, scores[1:]))
assert gap >= 0.01, scores  # the test needs an unsure bead
t = round(t, 3)  # as given on the command line and echoed by ingest
kept = sum(1 for r in rows if r[0] and r[1] and float(r[2]) >= t)
print(t, kept, sum(1 for r in rows if r[0] and r[1]) - kept)
PY
  )
  [ "$under" -ge 1 ]
  "$MIZAN" ingest --db ms.db --min-score "$threshold" ms >out
  expect_contains out "document(s): $kept added,"
  expect_contains out "kept aside: $under bead(s) under --min-score $threshold"
  [ "$(stats_units ms.db)" = "$kept" ]
  mkdir -p bad/good bad/broken && cp "$SEED"/en.txt "$SEED"/ar.txt bad/good/
  printf 'Bad \xff byte.\n' >bad/broken/en.txt
  cp "$SEED/ar.txt" bad/broken/
  expect_status 65 "$MIZAN" ingest --db bad.db bad 2>err
  expect_contains err "bad/broken/en.txt"
  [ ! -e bad.db ] || [ "$(stats_units bad.db)" = 0 ]
  "$MIZAN" ingest --db bad.db --skip-bad bad >out 2>err
  expect_contains out "12 added"
  expect_contains out "1 skipped"
  expect_contains err "skipped:"
  # A folder whose files are swapped is refused, and the message says which file holds what
  # (ingest has no --force to offer).
  mkdir -p swapped/doc && cp "$SEED/ar.txt" swapped/doc/en.txt && cp "$SEED/en.txt" swapped/doc/ar.txt
  expect_status 65 "$MIZAN" ingest --db swapped.db swapped 2>err
  expect_contains err "swapped/doc/en.txt: the English file is 99% Arabic script; en.txt holds the English"
  refute grep -q -- "--force" err
  mkdir -p twice/a/doc twice/b/doc && cp "$SEED"/*.txt twice/a/doc/ && cp "$SEED"/*.txt twice/b/doc/
  expect_status 64 "$MIZAN" ingest --db twice.db twice 2>err
  expect_contains err "two document folders are called \"doc\""
  expect_status 66 "$MIZAN" ingest --db none.db no-such-folder 2>err
  mkdir -p empty-tree && expect_status 66 "$MIZAN" ingest --db none.db empty-tree 2>err
}

killed_ingest_leaves_the_database_as_before_and_rerun_completes() {
  seed_db ki.db
  [ -d many ] || many_folders many 200
  "$MIZAN" ingest --db ki.db many >/dev/null 2>&1 &
  local pid=$!
  wait_write_lock "$pid" ki.db
  kill -KILL "$pid"
  wait "$pid" && { echo "ingest was not interrupted"; return 1; }
  [ "$(stats_units ki.db)" = 12 ]
  python3 -c "import sqlite3; r = sqlite3.connect('ki.db').execute('pragma integrity_check').fetchone()[0]; assert r == 'ok', r"
  # Five of the seed's twelve sentences hold a number, so each folder adds five units; the other
  # seven are the seed's own sentences again and merge into its units.
  "$MIZAN" ingest --db ki.db many >out
  expect_contains out "200 document(s): 1000 added, 1400 merged, 0 already there"
  [ "$(stats_units ki.db)" = 1012 ]
}

lookups_work_while_an_ingest_writes() {
  seed_db li.db
  [ -d many ] || many_folders many 200
  "$MIZAN" ingest --db li.db many >ingest.out 2>&1 &
  local pid=$!
  wait_write_lock "$pid" li.db
  "$MIZAN" lookup --db li.db 'There were no injuries to U.S. personnel or damage to U.S. equipment.' >l1 &
  local l1=$!
  "$MIZAN" concord --db li.db --lang ar قيادة >l2 &
  local l2=$!
  wait "$l1" && wait "$l2"
  kill -0 "$pid" 2>/dev/null || echo "note: the ingest finished before the lookups did" >&2
  expect_contains l1 "100%  exact"
  expect_contains l2 "«القيادة»"
  wait "$pid"
  expect_contains ingest.out "200 document(s): 1000 added, 1400 merged"
}

help_for_every_command() {
  local c
  for c in ingest add import lookup concord stats; do
    "$MIZAN" "$c" --help >out
    expect_contains out "usage: mizan $c"
    expect_contains out "example:"
  done
}

check "add twice" add_then_add_again_is_idempotent
check "import, re-import" import_then_reimport_changes_nothing
check "bad records" bad_records_refuse_the_import_or_are_skipped
check "TMX import" tmx_import_keeps_origins_and_is_idempotent
check "import usage" import_usage_and_missing_files
check "db path" db_path_comes_from_option_env_or_current_directory
check "lookup tiers and diff" lookup_exact_near_exact_context_and_fuzzy
check "--prev" lookup_context_match_needs_prev
check "lookup from Arabic" lookup_from_arabic_is_detected_and_gives_english
check "--min --max stdin" lookup_min_max_and_stdin_batches
check "lookup - context" lookup_stdin_passes_each_lines_predecessor_as_context
check "bidi" arabic_is_isolated_on_request_and_plain_in_pipes
check "concord" concordance_is_clitic_aware_with_kwic_lines
check "stats" stats_describe_the_memory
check "not a database" not_a_database_is_refused_untouched
check "newer schema" newer_schema_is_refused_untouched
check "locked: fails" locked_database_waits_then_fails_clearly
check "locked: waits" locked_database_waits_and_succeeds_when_released
check "kill -9 mid-import" interrupted_import_leaves_the_database_as_before_and_rerun_completes KILL
check "Ctrl-C mid-import" interrupted_import_leaves_the_database_as_before_and_rerun_completes INT
check "lookups during import" lookups_work_while_an_import_writes
check "ingest" ingest_stores_aligned_units_and_sets_the_rest_aside
check "ingest --min-score, bad folders" ingest_min_score_and_bad_folders
check "kill -9 mid-ingest" killed_ingest_leaves_the_database_as_before_and_rerun_completes
check "lookups during ingest" lookups_work_while_an_ingest_writes
check "help" help_for_every_command
finish
