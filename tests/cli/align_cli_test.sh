#!/usr/bin/env bash
# End-to-end tests of `mizan align`.
source "$(dirname "$0")/lib.sh"
SEED="$SRC/corpora/centcom-2025-01-06"
DICT="$SRC/tests/formats/data/tiny"

gold() { grep . "$SEED/gold.beads"; }

seed_aligns_to_its_gold_beads() {
  "$MIZAN" align "$SEED/en.txt" "$SEED/ar.txt" >"$WORK/out"
  gold >"$WORK/gold"
  expect_same "$WORK/gold" "$WORK/out"
}
tsv_has_header_ids_scores_and_text() {
  "$MIZAN" align --format tsv "$SEED/en.txt" "$SEED/ar.txt" >"$WORK/out.tsv"
  python3 - "$WORK/out.tsv" <<'PY'
import sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8')]
assert rows[0] == ['en_ids', 'ar_ids', 'score', 'en_text', 'ar_text'], rows[0]
assert len(rows) == 15, len(rows)
assert all(len(r) == 5 for r in rows)
assert rows[1][:2] == ['0', '0'] and rows[1][3].startswith('U.S. Central Command'), rows[1]
assert rows[14][:2] == ['', '13'] and rows[14][3] == '' and rows[14][4].startswith('في اتهام')
for r in rows[1:]:
    assert 0.0 <= float(r[2]) <= 1.0
PY
}
json_is_an_array_of_beads() {
  "$MIZAN" align --format json "$SEED/en.txt" "$SEED/ar.txt" >"$WORK/out.json"
  python3 - "$WORK/out.json" <<'PY'
import json, sys
beads = json.load(open(sys.argv[1], encoding='utf-8'))
assert len(beads) == 14
assert beads[0]['en'] == [0] and beads[0]['ar'] == [0] and beads[0]['type'] == '1-1'
assert beads[13] == {**beads[13], 'en': [], 'ar': [13], 'type': '0-1', 'en_text': ''}
assert all(0 <= b['score'] <= 1 for b in beads)
PY
}
presegmented_input_covers_every_line_once() {
  "$MIZAN" align --presegmented "$SEED/en.sent" "$SEED/ar.sent" >"$WORK/out"
  python3 - "$WORK/out" <<'PY'
import re, sys
e = a = 0
for line in open(sys.argv[1]):
    m = re.match(r'^\[([0-9,]*)\]:\[([0-9,]*)\]$', line.strip())
    ids = lambda s: [int(x) for x in s.split(',') if x]
    for i in ids(m.group(1)):
        assert i == e; e += 1
    for j in ids(m.group(2)):
        assert j == a; a += 1
assert (e, a) == (12, 14), (e, a)
PY
}
malformed_presegmented_file_names_the_line() {
  printf 'One sentence.\nAnother one.\nA third \001 one.\n' >"$WORK/bad.en"
  expect_status 65 "$MIZAN" align --presegmented "$WORK/bad.en" "$SEED/ar.sent" >"$WORK/out" 2>"$WORK/err"
  expect_contains "$WORK/err" "bad.en:3: control character U+0001"
  [ ! -s "$WORK/out" ]
  printf 'One.\nTwo \xff.\n' >"$WORK/bad8.en"
  expect_status 65 "$MIZAN" align --presegmented "$WORK/bad8.en" "$SEED/ar.sent" 2>"$WORK/err"
  expect_contains "$WORK/err" "bad8.en:2: invalid UTF-8"
}
empty_file_is_an_error() {
  : >"$WORK/empty.txt"
  expect_status 65 "$MIZAN" align "$WORK/empty.txt" "$SEED/ar.txt" >"$WORK/out" 2>"$WORK/err"
  expect_contains "$WORK/err" "empty.txt: no English text to align (empty file)"
  [ ! -s "$WORK/out" ]
  expect_status 65 "$MIZAN" align "$SEED/en.txt" "$WORK/empty.txt" 2>"$WORK/err"
  expect_contains "$WORK/err" "no Arabic text to align"
}
arabic_given_as_english_is_refused() {
  expect_status 65 "$MIZAN" align "$SEED/ar.txt" "$SEED/ar.txt" >"$WORK/out" 2>"$WORK/err"
  expect_contains "$WORK/err" "the English file comes first (mizan align EN_FILE AR_FILE)"
  [ ! -s "$WORK/out" ]
  expect_status 65 "$MIZAN" align "$SEED/ar.txt" "$SEED/en.txt" 2>"$WORK/err"
}
fifty_times_longer_side_is_refused_unless_forced() {
  for k in $(seq 50); do cat "$SEED/en.txt"; echo; done >"$WORK/long.en"
  expect_status 65 "$MIZAN" align "$WORK/long.en" "$SEED/ar.txt" >"$WORK/out" 2>"$WORK/err"
  expect_contains "$WORK/err" "longer than the other"
  [ ! -s "$WORK/out" ]
  "$MIZAN" align --force "$WORK/long.en" "$SEED/ar.txt" >"$WORK/out" 2>"$WORK/err"
  expect_contains "$WORK/err" "warning"
  grep -q "599\]:" "$WORK/out"  # all 600 English sentences are in the output
}
report_is_a_self_contained_review_page() {
  "$MIZAN" align --report "$WORK/r.html" "$SEED/en.txt" "$SEED/ar.txt" >"$WORK/out"
  gold >"$WORK/gold"
  expect_same "$WORK/gold" "$WORK/out"
  expect_contains "$WORK/r.html" 'dir="rtl" lang="ar"'
  expect_contains "$WORK/r.html" "<tr><td>0-1</td><td>2</td></tr>"
  expect_contains "$WORK/r.html" "<tr><td>1-1</td><td>12</td></tr>"
  expect_contains "$WORK/r.html" "mean confidence"
  [ "$(grep -c '<tr class=' "$WORK/r.html")" -eq 14 ]
  refute grep -q '<script' "$WORK/r.html"
  refute grep -q 'probable header' "$WORK/r.html"
  # A release line the English page lacks is labelled on the page.
  (printf 'للنشر الفوري\n'; cat "$SEED/ar.txt") >"$WORK/ar_header.txt"
  "$MIZAN" align --report "$WORK/h.html" "$SEED/en.txt" "$WORK/ar_header.txt" >/dev/null 2>&1
  expect_contains "$WORK/h.html" "probable header or notice: release"
}
report_escapes_text() {
  printf 'Profits <b>rose</b> by 5%% & more.\n' >"$WORK/x.en"
  printf 'ارتفعت الأرباح <b>بنسبة</b> 5%%.\n' >"$WORK/x.ar"
  "$MIZAN" align --presegmented --report "$WORK/x.html" "$WORK/x.en" "$WORK/x.ar" >/dev/null
  expect_contains "$WORK/x.html" "Profits &lt;b&gt;rose&lt;/b&gt; by 5% &amp; more."
  refute grep -q '<b>rose' "$WORK/x.html"
}
unwritable_report_fails_before_output() {
  expect_status 73 "$MIZAN" align --report "$WORK/no/such/dir/r.html" "$SEED/en.txt" \
    "$SEED/ar.txt" >"$WORK/out" 2>"$WORK/err"
  [ ! -s "$WORK/out" ]
}
bead_file_is_checked_with_line_numbers() {
  printf '[0]:[0]\n[1]:[1\n' >"$WORK/bad.beads"
  expect_status 65 "$MIZAN" align --beads "$WORK/bad.beads" "$SEED/en.txt" "$SEED/ar.txt" 2>"$WORK/err"
  expect_contains "$WORK/err" "bad.beads:2: not a bead"
  printf '[0]:[0]\n[1]:[1]\n' >"$WORK/short.beads"
  expect_status 65 "$MIZAN" align --beads "$WORK/short.beads" "$SEED/en.txt" "$SEED/ar.txt" 2>"$WORK/err"
  expect_contains "$WORK/err" "short.beads:3: beads end at English 2 / Arabic 2"
  "$MIZAN" align --beads "$SEED/gold.beads" --format tsv "$SEED/en.txt" "$SEED/ar.txt" >"$WORK/g.tsv"
  [ "$(wc -l <"$WORK/g.tsv")" -eq 15 ]
}
min_score_leaves_doubtful_beads_unaligned() {
  "$MIZAN" align --min-score 0.999999 "$SEED/en.txt" "$SEED/ar.txt" >"$WORK/out"
  # Every sentence still in exactly one bead; fewer (or as many) pairs than without the filter.
  [ "$(grep -c '^\[[0-9]' "$WORK/out" | head -1)" -ge 12 ]
  [ "$(grep -vc '\[\]' "$WORK/out")" -le 12 ]
  expect_status 64 "$MIZAN" align --min-score 1.5 "$SEED/en.txt" "$SEED/ar.txt" 2>/dev/null
}
glossary_file_in_any_format() {
  # A bad line is reported with its line and skipped; the seed still aligns to its gold beads.
  printf 'en\tar\nTask Force\tقوة المهام\nCoalition\n' >"$WORK/g.tsv"
  "$MIZAN" align --glossary "$WORK/g.tsv" "$SEED/en.txt" "$SEED/ar.txt" >"$WORK/out" 2>"$WORK/err"
  expect_contains "$WORK/err" "g.tsv:3: "
  gold >"$WORK/gold"
  expect_same "$WORK/gold" "$WORK/out"
  # The shipped glossary as TSV, as TBX and as an OmegaT glossary (two columns, no header).
  "$MIZAN" align --glossary "$SRC/glossary/press-release.tsv" "$SEED/en.txt" "$SEED/ar.txt" >"$WORK/out"
  expect_same "$WORK/gold" "$WORK/out"
  "$MIZAN" term import --db "$WORK/g.db" "$SRC/glossary/press-release.tsv" 2>/dev/null
  "$MIZAN" term export --db "$WORK/g.db" --format tbx -o "$WORK/g.tbx"
  "$MIZAN" align --glossary "$WORK/g.tbx" "$SEED/en.txt" "$SEED/ar.txt" >"$WORK/out"
  expect_same "$WORK/gold" "$WORK/out"
  printf 'committee\tاللجنة\n' >"$WORK/omegat.txt"
  "$MIZAN" align --glossary "$WORK/omegat.txt" "$SEED/en.txt" "$SEED/ar.txt" >"$WORK/out"
  expect_same "$WORK/gold" "$WORK/out"
  expect_status 66 "$MIZAN" align --glossary "$WORK/none.tsv" "$SEED/en.txt" "$SEED/ar.txt" 2>/dev/null
  expect_status 64 "$MIZAN" align --glossary "$WORK/g.tsv" --no-glossary "$SEED/en.txt" "$SEED/ar.txt" 2>/dev/null
}
# Three English sentences, two Arabic ones. The first Arabic sentence says more than its English
# (of the city, in the presence of officials), so sentence lengths alone put English 1 with it;
# "mine clearance" / إزالة الألغام, which only the glossary knows, puts it with Arabic 1, where
# it is translated.
write_mine_clearance_pair() {
  mkdir -p "$WORK/mc/release"
  printf '%s\n' "The governor opened the new school." "Engineers began mine clearance near the road." \
    "Residents of the southern villages welcomed the news." >"$WORK/mc/release/en.txt"
  printf '%s\n' "افتتح المحافظ المدرسة الجديدة في الحي القديم من المدينة بحضور المسؤولين." \
    "وبدأ المهندسون أعمال إزالة الألغام قرب الطريق، ورحب سكان القرى الجنوبية بالخبر." >"$WORK/mc/release/ar.txt"
  printf 'en\tar\nmine clearance\tإزالة الألغام\n' >"$WORK/mc/g.tsv"
}
glossary_anchor_changes_the_alignment() {
  write_mine_clearance_pair
  cd "$WORK/mc"
  local en=release/en.txt ar=release/ar.txt
  printf '[0,1]:[0]\n[2]:[1]\n' >lengths
  printf '[0]:[0]\n[1,2]:[1]\n' >anchored
  env -u MIZAN_DB "$MIZAN" align --presegmented $en $ar >out && expect_same lengths out
  env -u MIZAN_DB "$MIZAN" align --presegmented --glossary g.tsv $en $ar >out && expect_same anchored out
  # The glossary of the database (--db, $MIZAN_DB, ./mizan.db) is used by default.
  "$MIZAN" term import --db team.db g.tsv 2>/dev/null
  "$MIZAN" align --db team.db --presegmented $en $ar >out 2>err && expect_same anchored out
  expect_contains err "glossary anchors from team.db (1 entries"
  MIZAN_DB=team.db "$MIZAN" align --presegmented $en $ar >out 2>/dev/null && expect_same anchored out
  "$MIZAN" align --db team.db --no-glossary --presegmented $en $ar >out && expect_same lengths out
  # A database without a glossary, and no database at all, leave the built-in glossary, which has
  # no mine clearance.
  "$MIZAN" add --db memory-only.db --en 'Hello.' --ar 'مرحبا.' 2>/dev/null
  "$MIZAN" align --db memory-only.db --presegmented $en $ar >out 2>err && expect_same lengths out
  expect_contains err "glossary anchors from the built-in press-release glossary"
  "$MIZAN" align --db none.db --presegmented $en $ar >out 2>err && expect_same lengths out
  expect_contains err "glossary anchors from the built-in press-release glossary"
  [ ! -e none.db ]
  # A file that is not a mizan database costs align its anchors, not the alignment.
  echo 'not a database' >foreign.db
  "$MIZAN" align --db foreign.db --presegmented $en $ar >out 2>err && expect_same lengths out
  expect_contains err "warning: no glossary anchors: foreign.db"
  expect_status 78 "$MIZAN" ingest --db foreign.db . 2>/dev/null
}
builtin_glossary_anchors_without_a_database() {
  # The seed followed by a loosely translated paragraph: with nothing but the document to learn
  # from, its tail slides by one (the Arabic "إن الهزيمة الدائمة لداعش …" left alone); the shipped
  # glossary (ISIS / داعش, Coalition / التحالف, allies and partners …) holds it in place.
  mkdir -p "$WORK/loose" && cd "$WORK/loose"
  cp "$SEED"/en.txt "$SEED"/ar.txt .
  printf '\nOperations against ISIS continue in the region.\n' >>en.txt
  printf '\nوقال متحدث إن العمليات مستمرة منذ أسابيع في عدة مناطق من سوريا.\n' >>ar.txt
  env -u MIZAN_DB "$MIZAN" align --db none.db en.txt ar.txt >out 2>err
  expect_contains err "glossary anchors from the built-in press-release glossary"
  grep -qx '\[10\]:\[10\]' out
  grep -qx '\[11\]:\[11\]' out
  grep -qx '\[12\]:\[14\]' out
  env -u MIZAN_DB "$MIZAN" align --db none.db --no-glossary en.txt ar.txt >out 2>err
  refute grep -q 'built-in' err
  refute grep -qx '\[10\]:\[10\]' out
}
ingest_uses_the_database_glossary() {
  write_mine_clearance_pair
  cd "$WORK/mc"
  rm -f with.db* without.db*
  "$MIZAN" term import --db with.db g.tsv 2>/dev/null
  "$MIZAN" term import --db without.db g.tsv 2>/dev/null
  "$MIZAN" ingest --db with.db --min-score 0 . 2>/dev/null
  "$MIZAN" ingest --db without.db --no-glossary --min-score 0 . 2>/dev/null
  units() { python3 -c "import sqlite3, sys; print('\n'.join(e for (e,) in sqlite3.connect(sys.argv[1]).execute('SELECT en FROM tu ORDER BY en')))" "$1"; }
  units with.db >got
  printf '%s\n' "Engineers began mine clearance near the road. Residents of the southern villages welcomed the news." "The governor opened the new school." >want
  expect_same want got
  units without.db >got
  printf '%s\n' "Residents of the southern villages welcomed the news." "The governor opened the new school. Engineers began mine clearance near the road." >want
  expect_same want got
}
dictionary_is_read_directly() {
  "$MIZAN" align --dict "$DICT" "$SEED/en.txt" "$SEED/ar.txt" >"$WORK/out"
  gold >"$WORK/gold"
  expect_same "$WORK/gold" "$WORK/out"
  expect_status 66 "$MIZAN" align --dict "$WORK/none" "$SEED/en.txt" "$SEED/ar.txt" 2>"$WORK/err"
  expect_contains "$WORK/err" "none.index"
}
ablation_switches_change_the_scores() {
  # Each switch must do something: with the part off, the seed aligns with other confidences
  # (the page-furniture rules on the seed with a release line its English lacks).
  changes() {  # EN AR FLAG
    "$MIZAN" align --format tsv "$1" "$2" 2>/dev/null | cut -f1-3 >"$WORK/all"
    "$MIZAN" align --format tsv "$3" "$1" "$2" 2>/dev/null | cut -f1-3 >"$WORK/off" || return 1
    [ "$(wc -l <"$WORK/off")" -ge 13 ] || return 1
    if cmp -s "$WORK/all" "$WORK/off"; then
      echo "$3 changes nothing"
      return 1
    fi
  }
  for flag in --no-length --no-anchors --no-names --no-lexical --no-paragraphs --no-cldr-names \
    --no-glossary; do
    changes "$SEED/en.txt" "$SEED/ar.txt" "$flag" || return 1
  done
  (printf 'للنشر الفوري\n'; cat "$SEED/ar.txt") >"$WORK/ar_header.txt"
  changes "$SEED/en.txt" "$WORK/ar_header.txt" --no-furniture
}
# Three English sentences alike in length and without anchors, and a translation of the middle
# one: alone, the aligner pairs the Arabic with the last (alike in length, after a null bead). A
# memory whose units translate the middle one's words tells it.
write_farming_pair() {
  mkdir -p "$WORK/farm"
  printf '%s\n' 'The minister visited the hospital and spoke with the doctors there.' \
    'The farmers asked the government for more water during the summer.' \
    'The weather was cold and the roads stayed closed for many hours.' >"$WORK/farm/en.sent"
  printf '%s\n' 'زار الوزير المستشفى وتحدث مع الأطباء هناك.' \
    'طلب المزارعون من الحكومة مزيدا من المياه خلال الصيف.' >"$WORK/farm/ar.sent"
  {
    printf 'en\tar\n'
    printf '%s\n' 'farmers	المزارعون' 'the government	الحكومة' 'water	المياه' \
      'the summer	الصيف' 'weather	الطقس' 'roads	الطرق'
  } >"$WORK/farm/units.tsv"
}
align_db_starts_from_the_memorys_lexicon() {
  write_farming_pair
  cd "$WORK/farm"
  printf '[0]:[0]\n[1]:[1]\n[2]:[]\n' >taught
  printf '[0]:[0]\n[1]:[]\n[2]:[1]\n' >alone
  env -u MIZAN_DB "$MIZAN" align --presegmented en.sent ar.sent >out
  expect_same alone out
  "$MIZAN" import --db memory.db units.tsv 2>/dev/null
  "$MIZAN" align --db memory.db --presegmented en.sent ar.sent >out 2>err
  expect_same taught out
  expect_contains err "lexical model started from"
  expect_contains err "learnt by memory.db"
  "$MIZAN" align --db memory.db --no-memory-lexicon --presegmented en.sent ar.sent >out
  expect_same alone out
  # Imported without teaching the lexicon, the same units leave the alignment as it was alone.
  "$MIZAN" import --db untaught.db --no-lexicon units.tsv 2>/dev/null
  "$MIZAN" align --db untaught.db --presegmented en.sent ar.sent >out 2>err
  expect_same alone out
  refute grep -q "lexical model started from" err
}
ingest_keeps_what_the_aligner_learnt_once_per_document() {
  mkdir -p "$WORK/docs"
  cp -r "$SEED" "$WORK/docs/seed"
  "$MIZAN" ingest --db "$WORK/ingest.db" "$WORK/docs" 2>/dev/null
  "$MIZAN" stats --format json --db "$WORK/ingest.db" >"$WORK/first.json"
  "$MIZAN" ingest --db "$WORK/ingest.db" "$WORK/docs" 2>/dev/null
  "$MIZAN" stats --format json --db "$WORK/ingest.db" >"$WORK/again.json"
  python3 - "$WORK/first.json" "$WORK/again.json" <<'PY'
import json, sys
first, again = (json.load(open(f))['lexicon'] for f in sys.argv[1:])
assert first['sources'] == 1 and first['pairs'] > 100, first
assert first['en_words'] > 50 and first['ar_words'] > 50, first
assert again == first, (first, again)
PY
}
usage_errors() {
  expect_status 64 "$MIZAN" align "$SEED/en.txt" 2>/dev/null
  expect_status 64 "$MIZAN" align --format xml "$SEED/en.txt" "$SEED/ar.txt" 2>/dev/null
  expect_status 66 "$MIZAN" align "$WORK/missing.txt" "$SEED/ar.txt" 2>"$WORK/err"
  expect_contains "$WORK/err" "missing.txt"
  "$MIZAN" align --help >"$WORK/help"
  expect_contains "$WORK/help" "usage: mizan align"
  expect_contains "$WORK/help" "example:"
}

check seed_aligns_to_its_gold_beads seed_aligns_to_its_gold_beads
check tsv_has_header_ids_scores_and_text tsv_has_header_ids_scores_and_text
check json_is_an_array_of_beads json_is_an_array_of_beads
check presegmented_input_covers_every_line_once presegmented_input_covers_every_line_once
check malformed_presegmented_file_names_the_line malformed_presegmented_file_names_the_line
check empty_file_is_an_error empty_file_is_an_error
check arabic_given_as_english_is_refused arabic_given_as_english_is_refused
check fifty_times_longer_side_is_refused_unless_forced fifty_times_longer_side_is_refused_unless_forced
check report_is_a_self_contained_review_page report_is_a_self_contained_review_page
check report_escapes_text report_escapes_text
check unwritable_report_fails_before_output unwritable_report_fails_before_output
check bead_file_is_checked_with_line_numbers bead_file_is_checked_with_line_numbers
check min_score_leaves_doubtful_beads_unaligned min_score_leaves_doubtful_beads_unaligned
check glossary_file_in_any_format glossary_file_in_any_format
check glossary_anchor_changes_the_alignment glossary_anchor_changes_the_alignment
check "built-in glossary without a database" builtin_glossary_anchors_without_a_database
check ingest_uses_the_database_glossary ingest_uses_the_database_glossary
check dictionary_is_read_directly dictionary_is_read_directly
check ablation_switches_change_the_scores ablation_switches_change_the_scores
check align_db_starts_from_the_memorys_lexicon align_db_starts_from_the_memorys_lexicon
check ingest_keeps_what_the_aligner_learnt_once_per_document \
  ingest_keeps_what_the_aligner_learnt_once_per_document
check usage_errors usage_errors
finish
