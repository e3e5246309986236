#!/usr/bin/env bash
# End-to-end tests of `mizan term`.
source "$(dirname "$0")/lib.sh"
SEED="$SRC/corpora/centcom-2025-01-06"
GLOSSARY="$SRC/glossary/press-release.tsv"
G="$WORK/store.tsv"

entries_in() { grep -vc '^#' "$1" | awk '{print $1 - 1}'; }  # lines minus the header

import_shipped_glossary() {
  rm -f "$G"
  "$MIZAN" term import --glossary "$G" "$GLOSSARY" 2>"$WORK/err"
  want=$(grep -v '^#' "$GLOSSARY" | tail -n +2 | grep -c .)
  expect_contains "$WORK/err" "imported $want entries: $want new"
  [ "$(entries_in "$G")" = "$want" ]
}
reimport_merges_duplicates() {
  "$MIZAN" term import --glossary "$G" "$GLOSSARY" 2>"$WORK/err"
  expect_contains "$WORK/err" "0 new"
  expect_contains "$WORK/err" "duplicates"
}
malformed_lines_are_reported_and_skipped() {
  printf 'en\tar\tstatus\nIraq\tالعراق\tpreferred\nSyria\tسوريا\tfavourite\nHoms\t\nAleppo\tحلب\n' >"$WORK/bad.tsv"
  rm -f "$WORK/s.tsv"
  "$MIZAN" term import --glossary "$WORK/s.tsv" "$WORK/bad.tsv" 2>"$WORK/err"
  expect_contains "$WORK/err" "bad.tsv:3: unknown status \"favourite\""
  expect_contains "$WORK/err" "bad.tsv:4: the Arabic rendering is empty"
  expect_contains "$WORK/err" "2 new"
}
strict_refuses_the_whole_import() {
  cp "$G" "$WORK/before.tsv"
  expect_status 65 "$MIZAN" term import --strict --glossary "$G" "$WORK/bad.tsv" 2>"$WORK/err"
  expect_contains "$WORK/err" "nothing was changed"
  expect_same "$WORK/before.tsv" "$G"
}
export_tsv_reimports_to_the_same_glossary() {
  "$MIZAN" term export --glossary "$G" -o "$WORK/out.tsv"
  rm -f "$WORK/copy.tsv"
  "$MIZAN" term import --glossary "$WORK/copy.tsv" "$WORK/out.tsv" 2>/dev/null
  expect_same "$G" "$WORK/copy.tsv"
}
tbx_export_is_well_formed_and_reimports() {
  for f in tbx tbx2008; do
    "$MIZAN" term export --glossary "$G" --format $f -o "$WORK/g.$f.tbx"
    xmllint --noout "$WORK/g.$f.tbx"
    rm -f "$WORK/back.tsv"
    "$MIZAN" term import --glossary "$WORK/back.tsv" "$WORK/g.$f.tbx" 2>/dev/null
    expect_same "$G" "$WORK/back.tsv"
  done
}
translate_toolkit_reads_the_2008_tbx() {
  # Optional: translate-toolkit (Debian's python3-translate) as an outside reader of TBX.
  /usr/bin/python3 -c 'import translate.storage.tbx' 2>/dev/null || return 0
  /usr/bin/python3 - "$WORK/g.tbx2008.tbx" <<'PY'
import sys
from translate.storage import tbx
store = tbx.tbxfile(open(sys.argv[1], 'rb'))
sources = {u.source for u in store.units}
assert 'CENTCOM' in sources and 'Deir ez-Zor' in sources, sorted(sources)[:10]
PY
}
omegat_export_round_trips() {
  "$MIZAN" term export --glossary "$G" --format omegat -o "$WORK/press.utf8"
  head -1 "$WORK/press.utf8" | grep -q '^# Glossary in tab-separated format'
  grep -q $'^Dayr az-Zawr\tدير الزور\tvariant of Deir ez-Zor' "$WORK/press.utf8"
  refute grep -q $'\tالدولة الإسلامية\t' "$WORK/press.utf8"
  rm -f "$WORK/o.tsv"
  "$MIZAN" term import --glossary "$WORK/o.tsv" "$WORK/press.utf8" 2>/dev/null
  "$MIZAN" term list --glossary "$WORK/o.tsv" --status deprecated | grep -q 'الدولة الإسلامية'
}
add_list_rm() {
  "$MIZAN" term add --glossary "$G" --pos properNoun --en-variant 'Jazira' 'Jazeera Storm' 'عاصفة الجزيرة' 2>"$WORK/err"
  expect_contains "$WORK/err" "added"
  "$MIZAN" term list --glossary "$G" Jazeera >"$WORK/list"
  expect_contains "$WORK/list" "Jazeera Storm  →  عاصفة الجزيرة"
  "$MIZAN" term rm --glossary "$G" 'jazeera storm' 2>"$WORK/err"
  expect_contains "$WORK/err" "removed 1 entry"
  expect_status 1 "$MIZAN" term rm --glossary "$G" 'jazeera storm' 2>/dev/null
  expect_status 65 "$MIZAN" term add --glossary "$G" 'Raqqa' '' 2>"$WORK/err"
  expect_contains "$WORK/err" "the Arabic rendering is empty"
}
find_reports_offsets_into_the_input() {
  "$MIZAN" term find --glossary "$G" --lang ar --format json - <"$SEED/ar.txt" >"$WORK/ar.json"
  "$MIZAN" term find --glossary "$G" --lang en --format json - <"$SEED/en.txt" >"$WORK/en.json"
  python3 - "$WORK/ar.json" "$SEED/ar.txt" "$WORK/en.json" "$SEED/en.txt" <<'PY'
import json, sys
for js, txt in ((sys.argv[1], sys.argv[2]), (sys.argv[3], sys.argv[4])):
    rows = json.load(open(js, encoding='utf-8'))
    data = open(txt, 'rb').read()
    assert rows, js
    for r in rows:
        assert data[r['begin']:r['end']].decode('utf-8') == r['text'], r
found = {(r['text'], r['entries'][0]['en']) for r in json.load(open(sys.argv[1], encoding='utf-8'))}
assert ('دير الزور', 'Deir ez-Zor') in found, found
assert ('لداعش', 'ISIS') in found
en = {(r['text'], r['entries'][0]['en']) for r in json.load(open(sys.argv[3], encoding='utf-8'))}
assert ('Dayr az-Zawr', 'Deir ez-Zor') in en and ('F-16s', 'F-16') in en, en
PY
}
find_clitic_example_of_the_issue() {
  "$MIZAN" term find --glossary "$G" --lang ar 'وللقيادة المركزية الأمريكية' >"$WORK/out"
  expect_contains "$WORK/out" $'0\t52\tوللقيادة المركزية الأمريكية\tCENTCOM → القيادة المركزية الأمريكية'
}
suggest_shows_glossary_and_memory_renderings() {
  paste "$SEED/en.sent" <(head -12 "$SEED/ar.sent") >"$WORK/pairs.tsv"
  "$MIZAN" term suggest --glossary "$G" --pairs "$WORK/pairs.tsv" 'ISIS fighters fled to Dayr az-Zawr' >"$WORK/s"
  expect_contains "$WORK/s" "  use    داعش"
  expect_contains "$WORK/s" "  or     تنظيم داعش"
  expect_contains "$WORK/s" "  avoid  الدولة الإسلامية"
  expect_contains "$WORK/s" "  used   داعش ×"
  expect_contains "$WORK/s" "  use    دير الزور"
}
check_finds_the_seed_spellings_and_gates_with_strict() {
  "$MIZAN" term check --glossary "$G" --en "$SEED/en.sent" --ar "$SEED/ar.sent" --beads "$SEED/gold.beads" >"$WORK/c"
  expect_contains "$WORK/c" "inconsistent: الأمريكية"
  expect_contains "$WORK/c" "الأمريكية ×6, الأميركية ×2"
  expect_status 1 "$MIZAN" term check --strict --glossary "$G" --en "$SEED/en.sent" --ar "$SEED/ar.sent" --beads "$SEED/gold.beads" >/dev/null
  "$MIZAN" term check --format json --glossary "$G" --pairs "$WORK/pairs.tsv" >"$WORK/c.json"
  python3 - "$WORK/c.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding='utf-8'))
assert r['units'] == 12
kinds = {i['kind'] for i in r['issues']}
assert 'inconsistent' in kinds, kinds
for i in r['issues']:
    assert i['examples'], i
PY
}
check_of_a_clean_pair_passes_strict() {
  printf 'CENTCOM struck ISIS.\tضربت القيادة المركزية الأمريكية داعش.\n' >"$WORK/clean.tsv"
  "$MIZAN" term check --strict --glossary "$G" --pairs "$WORK/clean.tsv" >"$WORK/c"
  expect_contains "$WORK/c" "0 problems in 1 units"
}
check_needs_beads_when_line_counts_differ() {
  expect_status 65 "$MIZAN" term check --glossary "$G" --en "$SEED/en.sent" --ar "$SEED/ar.sent" 2>"$WORK/err"
  expect_contains "$WORK/err" "--beads"
}
extract_writes_importable_candidates() {
  "$MIZAN" term extract --pairs "$WORK/pairs.tsv" --min-count 2 --format tsv >"$WORK/cand.tsv"
  head -2 "$WORK/cand.tsv" | grep -q $'^en\tar\tstatus'
  rm -f "$WORK/x.tsv"
  "$MIZAN" term import --glossary "$WORK/x.tsv" "$WORK/cand.tsv" 2>/dev/null
}
every_subcommand_has_help_with_an_example() {
  for s in import export add list rm find suggest check extract; do
    "$MIZAN" term $s --help >"$WORK/h"
    expect_contains "$WORK/h" "usage: mizan term $s"
    expect_contains "$WORK/h" "example:"
  done
  expect_status 64 "$MIZAN" term nonsense 2>/dev/null
  expect_status 64 "$MIZAN" term find --lang xx foo 2>/dev/null
}
missing_glossary_is_exit_66() {
  expect_status 66 "$MIZAN" term find --glossary "$WORK/none.tsv" ISIS 2>"$WORK/err"
  expect_contains "$WORK/err" "none.tsv"
}

check import_shipped_glossary import_shipped_glossary
check reimport_merges_duplicates reimport_merges_duplicates
check malformed_lines_are_reported_and_skipped malformed_lines_are_reported_and_skipped
check strict_refuses_the_whole_import strict_refuses_the_whole_import
check export_tsv_reimports_to_the_same_glossary export_tsv_reimports_to_the_same_glossary
check tbx_export_is_well_formed_and_reimports tbx_export_is_well_formed_and_reimports
check translate_toolkit_reads_the_2008_tbx translate_toolkit_reads_the_2008_tbx
check omegat_export_round_trips omegat_export_round_trips
check add_list_rm add_list_rm
check find_reports_offsets_into_the_input find_reports_offsets_into_the_input
check find_clitic_example_of_the_issue find_clitic_example_of_the_issue
check suggest_shows_glossary_and_memory_renderings suggest_shows_glossary_and_memory_renderings
check check_finds_the_seed_spellings_and_gates_with_strict check_finds_the_seed_spellings_and_gates_with_strict
check check_of_a_clean_pair_passes_strict check_of_a_clean_pair_passes_strict
check check_needs_beads_when_line_counts_differ check_needs_beads_when_line_counts_differ
check extract_writes_importable_candidates extract_writes_importable_candidates
check every_subcommand_has_help_with_an_example every_subcommand_has_help_with_an_example
check missing_glossary_is_exit_66 missing_glossary_is_exit_66
finish
