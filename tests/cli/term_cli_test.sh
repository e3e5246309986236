#!/usr/bin/env bash
# End-to-end tests of `mizan term`.
source "$(dirname "$0")/lib.sh"
SEED="$SRC/corpora/centcom-2025-01-06"
GLOSSARY="$SRC/glossary/press-release.tsv"
DB="$WORK/team.db"

entries_in() { "$MIZAN" term list --db "$1" --format tsv | grep -vc '^#' | awk '{print $1 - 1}'; }
fresh() { rm -f "$1" "$1-wal" "$1-shm"; }

import_shipped_glossary() {
  fresh "$DB"
  "$MIZAN" term import --db "$DB" "$GLOSSARY" 2>"$WORK/err"
  want=$(grep -v '^#' "$GLOSSARY" | tail -n +2 | grep -c .)
  expect_contains "$WORK/err" "imported $want entries: $want new"
  [ "$(entries_in "$DB")" = "$want" ]
}
reimport_merges_duplicates() {
  before=$(entries_in "$DB")
  "$MIZAN" term import --db "$DB" "$GLOSSARY" 2>"$WORK/err"
  expect_contains "$WORK/err" "0 new"
  expect_contains "$WORK/err" "duplicates"
  [ "$(entries_in "$DB")" = "$before" ]
  # The same entry with a new variant is merged into the stored one, not added beside it.
  printf 'en\tar\ten_variants\nRaqqa\tالرقة\tAr-Raqqah\n' >"$WORK/r1.tsv"
  printf 'en\tar\ten_variants\nraqqa\tالرقه\tRakka\n' >"$WORK/r2.tsv"
  fresh "$WORK/merge.db"
  "$MIZAN" term import --db "$WORK/merge.db" "$WORK/r1.tsv" 2>/dev/null
  "$MIZAN" term import --db "$WORK/merge.db" "$WORK/r2.tsv" 2>"$WORK/err"
  expect_contains "$WORK/err" "1 merged"
  "$MIZAN" term list --db "$WORK/merge.db" >"$WORK/list"
  [ "$(wc -l <"$WORK/list")" = 1 ]
  expect_contains "$WORK/list" "Raqqa  →  الرقة  (also Ar-Raqqah | Rakka)"
}
malformed_lines_are_reported_and_skipped() {
  printf 'en\tar\tstatus\nIraq\tالعراق\tpreferred\nSyria\tسوريا\tfavourite\nHoms\t\nAleppo\tحلب\n' >"$WORK/bad.tsv"
  fresh "$WORK/s.db"
  "$MIZAN" term import --db "$WORK/s.db" "$WORK/bad.tsv" 2>"$WORK/err"
  expect_contains "$WORK/err" "bad.tsv:3: unknown status \"favourite\""
  expect_contains "$WORK/err" "bad.tsv:4: the Arabic rendering is empty"
  expect_contains "$WORK/err" "2 new"
  "$MIZAN" term list --db "$WORK/s.db" --format tsv | grep -v "^#" | tail -n +2 | cut -f1 >"$WORK/list"
  printf 'Iraq\nAleppo\n' >"$WORK/want"
  expect_same "$WORK/want" "$WORK/list"
}
strict_refuses_the_whole_import() {
  "$MIZAN" term export --db "$DB" -o "$WORK/before.tsv"
  expect_status 65 "$MIZAN" term import --strict --db "$DB" "$WORK/bad.tsv" 2>"$WORK/err"
  expect_contains "$WORK/err" "nothing was changed"
  "$MIZAN" term export --db "$DB" -o "$WORK/after.tsv"
  expect_same "$WORK/before.tsv" "$WORK/after.tsv"
}
export_tsv_reimports_to_the_same_glossary() {
  "$MIZAN" term export --db "$DB" -o "$WORK/out.tsv"
  fresh "$WORK/copy.db"
  "$MIZAN" term import --db "$WORK/copy.db" "$WORK/out.tsv" 2>/dev/null
  "$MIZAN" term export --db "$WORK/copy.db" -o "$WORK/copy.tsv"
  expect_same "$WORK/out.tsv" "$WORK/copy.tsv"
}
tbx_export_is_well_formed_and_reimports() {
  "$MIZAN" term export --db "$DB" -o "$WORK/out.tsv"
  for f in tbx tbx2008; do
    "$MIZAN" term export --db "$DB" --format $f -o "$WORK/g.$f.tbx"
    xmllint --noout "$WORK/g.$f.tbx"
    fresh "$WORK/back.db"
    "$MIZAN" term import --db "$WORK/back.db" "$WORK/g.$f.tbx" 2>/dev/null
    "$MIZAN" term export --db "$WORK/back.db" -o "$WORK/back.tsv"
    expect_same "$WORK/out.tsv" "$WORK/back.tsv"
  done
}
truncated_tbx_is_refused_with_its_position() {
  head -c 3000 "$WORK/g.tbx.tbx" >"$WORK/cut.tbx"
  "$MIZAN" term export --db "$DB" -o "$WORK/before.tsv"
  expect_status 65 "$MIZAN" term import --db "$DB" "$WORK/cut.tbx" 2>"$WORK/err"
  grep -qE 'cut\.tbx:[0-9]+:[0-9]+: ' "$WORK/err" || { cat "$WORK/err"; false; }
  "$MIZAN" term export --db "$DB" -o "$WORK/after.tsv"
  expect_same "$WORK/before.tsv" "$WORK/after.tsv"
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
  "$MIZAN" term export --db "$DB" --format omegat -o "$WORK/press.utf8"
  head -1 "$WORK/press.utf8" | grep -q '^# Glossary in tab-separated format'
  grep -q $'^Dayr az-Zawr\tدير الزور\tvariant of Deir ez-Zor' "$WORK/press.utf8"
  refute grep -q $'\tالدولة الإسلامية\t' "$WORK/press.utf8"
  fresh "$WORK/o.db"
  "$MIZAN" term import --db "$WORK/o.db" "$WORK/press.utf8" 2>/dev/null
  "$MIZAN" term list --db "$WORK/o.db" --status deprecated | grep -q 'الدولة الإسلامية'
}
add_list_rm() {
  "$MIZAN" term add --db "$DB" --pos properNoun --en-variant 'Jazira' 'Jazeera Storm' 'عاصفة الجزيرة' 2>"$WORK/err"
  expect_contains "$WORK/err" "added"
  "$MIZAN" term list --db "$DB" Jazeera >"$WORK/list"
  expect_contains "$WORK/list" "Jazeera Storm  →  عاصفة الجزيرة"
  "$MIZAN" term rm --db "$DB" 'jazeera storm' 2>"$WORK/err"
  expect_contains "$WORK/err" "removed 1 entry"
  "$MIZAN" term list --db "$DB" Jazeera >"$WORK/list"
  [ ! -s "$WORK/list" ]
  expect_status 1 "$MIZAN" term rm --db "$DB" 'jazeera storm' 2>/dev/null
  expect_status 65 "$MIZAN" term add --db "$DB" 'Raqqa' '' 2>"$WORK/err"
  expect_contains "$WORK/err" "the Arabic rendering is empty"
  expect_status 65 "$MIZAN" term add --db "$DB" '' 'الرقة' 2>/dev/null
}
the_database_defaults_like_every_command() {
  mkdir -p "$WORK/cwd" && fresh "$WORK/cwd/mizan.db" && fresh "$WORK/env.db"
  (cd "$WORK/cwd" && env -u MIZAN_DB "$MIZAN" term add 'Hasakah' 'الحسكة' 2>/dev/null)
  [ "$(entries_in "$WORK/cwd/mizan.db")" = 1 ]
  MIZAN_DB="$WORK/env.db" "$MIZAN" term add 'Hasakah' 'الحسكة' 2>/dev/null
  (cd "$WORK/cwd" && MIZAN_DB="$WORK/env.db" "$MIZAN" term list) >"$WORK/list"
  expect_contains "$WORK/list" "Hasakah"
}
find_reports_offsets_into_the_input() {
  "$MIZAN" term find --db "$DB" --lang ar --format json - <"$SEED/ar.txt" >"$WORK/ar.json"
  "$MIZAN" term find --db "$DB" --lang en --format json - <"$SEED/en.txt" >"$WORK/en.json"
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
  "$MIZAN" term find --db "$DB" --lang ar 'وللقيادة المركزية الأمريكية' >"$WORK/out"
  expect_contains "$WORK/out" $'0\t52\tوللقيادة المركزية الأمريكية\tCENTCOM → القيادة المركزية الأمريكية'
  # A glossary file instead of the database: no database needed.
  (cd "$WORK" && env -u MIZAN_DB "$MIZAN" term find --glossary "$GLOSSARY" --lang ar 'وللقيادة المركزية الأمريكية') >"$WORK/out2"
  expect_same "$WORK/out" "$WORK/out2"
  [ ! -e "$WORK/mizan.db" ]
}
ingest_the_seed() {
  "$MIZAN" ingest --db "$DB" "$SEED" 2>"$WORK/err"
  expect_contains "$WORK/err" "glossary anchors from $DB"
}
suggest_shows_glossary_and_memory_renderings() {
  "$MIZAN" term suggest --db "$DB" 'ISIS fighters fled to Dayr az-Zawr' >"$WORK/s"
  expect_contains "$WORK/s" "  use    داعش"
  expect_contains "$WORK/s" "  or     تنظيم داعش"
  expect_contains "$WORK/s" "  avoid  الدولة الإسلامية"
  # Nine units of the seed name ISIS; one inside "campaign to defeat ISIS" (a longer term), one
  # translates it تنظيم داعش, seven داعش (counted by reading en.sent and ar.sent).
  expect_contains "$WORK/s" "  used   داعش ×7"
  expect_contains "$WORK/s" "  used   تنظيم داعش ×1"
  expect_contains "$WORK/s" "  use    دير الزور"
  expect_contains "$WORK/s" "  used   دير الزور ×1"
}
check_on_the_memory_a_pair_and_a_tmx() {
  # The memory: the seed has الأمريكية six times and الأميركية twice.
  "$MIZAN" term check --db "$DB" >"$WORK/c"
  expect_contains "$WORK/c" "inconsistent: الأمريكية"
  expect_contains "$WORK/c" "الأمريكية ×6, الأميركية ×2"
  expect_contains "$WORK/c" "in 12 units"
  expect_status 1 "$MIZAN" term check --strict --db "$DB" >/dev/null
  # One aligned pair of files, by its gold beads and aligned on the fly.
  "$MIZAN" term check --db "$DB" --en "$SEED/en.sent" --ar "$SEED/ar.sent" --presegmented --beads "$SEED/gold.beads" >"$WORK/c2"
  expect_contains "$WORK/c2" "الأمريكية ×6, الأميركية ×2"
  "$MIZAN" term check --db "$DB" --en "$SEED/en.txt" --ar "$SEED/ar.txt" --format json >"$WORK/c.json"
  python3 - "$WORK/c.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding='utf-8'))
assert r['units'] == 12, r['units']
kinds = {i['kind'] for i in r['issues']}
assert 'inconsistent' in kinds, kinds
for i in r['issues']:
    assert i['examples'], i
PY
  # A TMX with a deprecated rendering.
  write_tmx "$WORK/d.tmx" <<'TMX'
<tu><tuv xml:lang="en"><seg>CENTCOM struck ISIS.</seg></tuv><tuv xml:lang="ar"><seg>ضربت القيادة المركزية الأمريكية الدولة الإسلامية.</seg></tuv></tu>
TMX
  expect_status 1 "$MIZAN" term check --strict --db "$DB" --tmx "$WORK/d.tmx" >"$WORK/c3"
  expect_contains "$WORK/c3" "deprecated: الدولة الإسلامية (for ISIS) used in 1 unit"
}
swapped_pair_is_refused_without_offering_force() {
  # term has no --force: the message says how to give the files, not to force them.
  expect_status 65 "$MIZAN" term check --db "$DB" --en "$SEED/ar.txt" --ar "$SEED/en.txt" 2>"$WORK/err"
  expect_contains "$WORK/err" "the English file is 99% Arabic script; --en takes the English file"
  refute grep -q -- "--force" "$WORK/err"
}
check_of_a_clean_pair_passes_strict() {
  printf 'CENTCOM struck ISIS.\tضربت القيادة المركزية الأمريكية داعش.\n' >"$WORK/clean.tsv"
  "$MIZAN" term check --strict --db "$DB" --tsv "$WORK/clean.tsv" >"$WORK/c"
  expect_contains "$WORK/c" "0 problems in 1 units"
  "$MIZAN" term check --strict --glossary "$GLOSSARY" --tsv "$WORK/clean.tsv" >"$WORK/c"
  expect_contains "$WORK/c" "0 problems in 1 units"
}
extract_mines_the_memory() {
  "$MIZAN" term extract --db "$DB" --min-count 2 --include-known --format json >"$WORK/x.json"
  python3 - "$WORK/x.json" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1], encoding='utf-8'))
assert rows, 'no candidates'
assert any(r['known'] for r in rows), 'the stored glossary marks none of its pairs'
for r in rows:
    assert r['units'] >= 2, r
PY
  "$MIZAN" term extract --db "$DB" --min-count 2 --format tsv >"$WORK/cand.tsv"
  head -2 "$WORK/cand.tsv" | grep -q $'^en\tar\tstatus'
  fresh "$WORK/x.db"
  "$MIZAN" term import --db "$WORK/x.db" "$WORK/cand.tsv" 2>/dev/null
}
find_a_lower_case_variant_of_a_proper_noun() {
  # The shipped glossary lists "Hamrin mountains" as a variant of "Hamrin Mountains"; the seed's
  # second English sentence writes it so.
  sed -n 2p "$SEED/en.sent" | "$MIZAN" term find --db "$DB" --lang en - >"$WORK/out"
  expect_contains "$WORK/out" $'83\t99\tHamrin mountains\tHamrin Mountains'
}
find_a_latin_acronym_in_arabic_text() {
  # The seed's ninth Arabic sentence keeps (CJTF – OIR) after the Arabic name.
  sed -n 9p "$SEED/ar.sent" | "$MIZAN" term find --db "$DB" --lang ar - >"$WORK/out"
  expect_contains "$WORK/out" $'\tCJTF – OIR\tCJTF-OIR → '
  expect_contains "$WORK/out" $'عملية العزم الصلب\tCJTF-OIR → '
  sed -n 9p "$SEED/ar.sent" | "$MIZAN" term find --db "$DB" --lang ar --format json - >"$WORK/out.json"
  python3 - "$WORK/out.json" <<'PY'
import json, sys
forms = {r['text']: r['entries'][0]['form'] for r in json.load(open(sys.argv[1], encoding='utf-8'))}
assert forms.get('CJTF – OIR') in ('CJTF-OIR', 'CJTF – OIR'), forms
PY
}
check_places_examples_by_line() {
  # The memory: الأميركية is in the 7th sentence of the seed (ar.sent line 7, bead [6]:[6]).
  "$MIZAN" term check --db "$DB" >"$WORK/c"
  expect_contains "$WORK/c" "    centcom-2025-01-06:7  [الأميركية]"
  refute grep -q "centcom-2025-01-06:0" "$WORK/c"
  # A TSV bitext: its line, header counted.
  printf 'en\tar\nISIS fled.\tفر داعش.\nCENTCOM struck ISIS.\tضربت القيادة المركزية الأمريكية الدولة الإسلامية.\n' >"$WORK/lines.tsv"
  "$MIZAN" term check --db "$DB" --tsv "$WORK/lines.tsv" >"$WORK/c"
  expect_contains "$WORK/c" "deprecated: الدولة الإسلامية (for ISIS) used in 1 unit"
  expect_contains "$WORK/c" "    $WORK/lines.tsv:3"
}
check_takes_a_broken_plural_for_the_rendering() {
  # merchant vessel -> سفينة تجارية in the shipped glossary; the plural السفن التجارية renders it.
  printf '%s\t%s\n' 'Houthi terrorists launched two anti-ship ballistic missiles into the Gulf of Aden, targeting merchant vessels.' \
    'أطلق إرهابيو الحوثي صاروخين باليستيين مضادين للسفن في خليج عدن، مستهدفين السفن التجارية.' >"$WORK/ships.tsv"
  "$MIZAN" term check --db "$DB" --tsv "$WORK/ships.tsv" >"$WORK/c"
  refute grep -q "missing: merchant vessel" "$WORK/c"
  refute grep -q "inconsistent: سفينة تجارية" "$WORK/c"
}
suggest_falls_back_on_the_built_in_glossary() {
  # No database glossary: a memory ingested without one, and a TSV in a folder without database.
  fresh "$WORK/bare.db"
  "$MIZAN" ingest --db "$WORK/bare.db" "$SEED" 2>/dev/null
  "$MIZAN" term suggest --db "$WORK/bare.db" 'ISIS fighters fled to Dayr az-Zawr' >"$WORK/s" 2>"$WORK/err"
  expect_contains "$WORK/err" "the built-in press-release glossary"
  expect_contains "$WORK/s" "  use    داعش"
  expect_contains "$WORK/s" "  used   داعش ×7"
  mkdir -p "$WORK/nodb"
  printf 'ISIS fled.\tفر داعش.\n' >"$WORK/nodb/u.tsv"
  (cd "$WORK/nodb" && env -u MIZAN_DB "$MIZAN" term suggest --tsv u.tsv 'ISIS fighters') >"$WORK/s" 2>/dev/null
  expect_contains "$WORK/s" "  used   داعش ×1"
  [ ! -e "$WORK/nodb/mizan.db" ]
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
missing_database_is_exit_66() {
  for s in list find suggest; do
    expect_status 66 "$MIZAN" term $s --db "$WORK/none.db" ISIS 2>"$WORK/err"
    expect_contains "$WORK/err" "none.db"
  done
  for s in export check extract; do
    expect_status 66 "$MIZAN" term $s --db "$WORK/none.db" 2>"$WORK/err"
    expect_contains "$WORK/err" "none.db"
  done
  expect_status 66 "$MIZAN" term rm --db "$WORK/none.db" ISIS 2>/dev/null
  [ ! -e "$WORK/none.db" ]
  expect_status 66 "$MIZAN" term find --glossary "$WORK/none.tsv" ISIS 2>"$WORK/err"
  expect_contains "$WORK/err" "none.tsv"
}

check import_shipped_glossary import_shipped_glossary
check reimport_merges_duplicates reimport_merges_duplicates
check malformed_lines_are_reported_and_skipped malformed_lines_are_reported_and_skipped
check strict_refuses_the_whole_import strict_refuses_the_whole_import
check export_tsv_reimports_to_the_same_glossary export_tsv_reimports_to_the_same_glossary
check tbx_export_is_well_formed_and_reimports tbx_export_is_well_formed_and_reimports
check truncated_tbx_is_refused_with_its_position truncated_tbx_is_refused_with_its_position
check translate_toolkit_reads_the_2008_tbx translate_toolkit_reads_the_2008_tbx
check omegat_export_round_trips omegat_export_round_trips
check add_list_rm add_list_rm
check the_database_defaults_like_every_command the_database_defaults_like_every_command
check find_reports_offsets_into_the_input find_reports_offsets_into_the_input
check find_clitic_example_of_the_issue find_clitic_example_of_the_issue
check ingest_the_seed ingest_the_seed
check suggest_shows_glossary_and_memory_renderings suggest_shows_glossary_and_memory_renderings
check check_on_the_memory_a_pair_and_a_tmx check_on_the_memory_a_pair_and_a_tmx
check check_of_a_clean_pair_passes_strict check_of_a_clean_pair_passes_strict
check swapped_pair_is_refused_without_offering_force swapped_pair_is_refused_without_offering_force
check extract_mines_the_memory extract_mines_the_memory
check find_a_lower_case_variant_of_a_proper_noun find_a_lower_case_variant_of_a_proper_noun
check find_a_latin_acronym_in_arabic_text find_a_latin_acronym_in_arabic_text
check check_places_examples_by_line check_places_examples_by_line
check check_takes_a_broken_plural_for_the_rendering check_takes_a_broken_plural_for_the_rendering
check suggest_falls_back_on_the_built_in_glossary suggest_falls_back_on_the_built_in_glossary
check every_subcommand_has_help_with_an_example every_subcommand_has_help_with_an_example
check missing_database_is_exit_66 missing_database_is_exit_66
finish
