#!/usr/bin/env bash
# End-to-end tests of `mizan export`: the TMX header, export -> import -> export byte-identical,
# each filter with a case it must change, TSV and Moses, a memory this process cannot write, bad
# option values.
source "$(dirname "$0")/lib.sh"
SEED="$SRC/corpora/centcom-2025-01-06"
DATA="$SRC/tests/formats/data"
cd "$WORK" || exit 1
unset MIZAN_DB
export SOURCE_DATE_EPOCH=1736150400  # 2025-01-06T08:00:00Z

# A memory from three sources: the seed pair ingested (aligned), a memoQ
# TMX with inline markup and regional locales, and a TMX with dated, annotated units.
mkdir -p tree && cp -r "$SEED" tree/
write_tmx dated.tmx <<'TMX'
<tu tuid="old" creationdate="20240301T100000Z" changedate="20241231T230000Z" usagecount="3">
  <prop type="x-document">archive-2024</prop><prop type="x-position">2</prop>
  <prop type="x-Client">CENTCOM</prop>
  <note>checked by the desk &amp; approved</note>
  <tuv xml:lang="en"><seg>The strike took place at night.</seg></tuv>
  <tuv xml:lang="ar"><seg>نُفذت الضربة ليلاً.</seg></tuv>
</tu>
<tu tuid="new" creationdate="20250201T090000Z">
  <tuv xml:lang="en"><seg>The operation continues.</seg></tuv>
  <tuv xml:lang="ar"><seg>العملية مستمرة.</seg></tuv>
</tu>
TMX
"$MIZAN" ingest --db m.db tree >/dev/null
"$MIZAN" import --db m.db "$DATA/tags.tmx" >/dev/null
"$MIZAN" import --db m.db dated.tmx >/dev/null

tmx_units() {  # tmx_units FILE: number of <tu> elements
  python3 -c "import sys, xml.etree.ElementTree as ET; print(len(ET.parse(sys.argv[1]).findall('.//tu')))" "$1"
}

header_has_what_every_consumer_expects() {
  "$MIZAN" export --db m.db --tmx all.tmx >out
  expect_contains out "all.tmx: 17 unit(s)"
  python3 - all.tmx <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.get('version') == '1.4', root.attrib
h = root.find('header').attrib
want = {'creationtool': 'mizan', 'segtype': 'sentence', 'o-tmf': 'mizan', 'adminlang': 'en',
        'srclang': 'en', 'datatype': 'plaintext', 'creationdate': '20250106T080000Z'}
assert {k: h.get(k) for k in want} == want, h
assert h.get('creationtoolversion'), h
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
tus = root.findall('body/tu')
assert len(tus) == 17, len(tus)
old = next(tu for tu in tus if tu.find('tuv/seg').text == 'The strike took place at night.')
assert (old.get('creationdate'), old.get('changedate'), old.get('usagecount')) == \
    ('20240301T100000Z', '20241231T230000Z', '3'), old.attrib
props = [(p.get('type'), p.text) for p in old.findall('prop')]
assert ('x-document', 'archive-2024') in props and ('x-position', '2') in props, props
assert ('x-Client', 'CENTCOM') in props, props
assert [n.text for n in old.findall('note')] == ['checked by the desk & approved']
aligned = [tu for tu in tus if any(p.get('type') == 'x-document' and p.text == 'centcom-2025-01-06'
                                   for p in tu.findall('prop'))]
assert len(aligned) == 12, len(aligned)
for tu in aligned:
    assert [t.get(XML_LANG) for t in tu.findall('tuv')] == ['en', 'ar']
    assert any(p.get('type') == 'x-confidence' for p in tu.findall('prop')), tu.attrib
PY
  # Inline markup of the memoQ file goes back out as it came in.
  grep -qF 'Click <bpt i="1" type="bold">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to keep the file.' all.tmx
  grep -qF '<tuv xml:lang="ar-sa"><seg>انقر <bpt i="1" type="bold">' all.tmx
}

export_import_export_is_byte_identical() {
  "$MIZAN" export --db m.db --tmx first.tmx >/dev/null
  "$MIZAN" import --db copy.db first.tmx >out
  expect_contains out "first.tmx: 17 added, 0 merged, 0 already there"
  "$MIZAN" export --db copy.db --tmx second.tmx >/dev/null
  cmp first.tmx second.tmx
  "$MIZAN" export --db m.db --tsv first.tsv >/dev/null
  "$MIZAN" export --db copy.db --tsv second.tsv >/dev/null
  cmp first.tsv second.tsv
}

document_filter_keeps_that_document_only() {
  "$MIZAN" export --db m.db --tmx doc.tmx --document centcom-2025-01-06 >out
  expect_contains out "12 unit(s) of 17"
  [ "$(tmx_units doc.tmx)" = 12 ]
  refute grep -q 'The strike took place at night.' doc.tmx
  # Repeatable: the 2024 archive as well.
  "$MIZAN" export --db m.db --tmx docs.tmx --document centcom-2025-01-06 --document archive-2024 >/dev/null
  [ "$(tmx_units docs.tmx)" = 13 ]
  grep -q 'The strike took place at night.' docs.tmx
}

date_filters_use_the_last_change() {
  # The 2024 unit was last changed 2024-12-31T23:00:00Z; everything else later.
  "$MIZAN" export --db m.db --tsv until.tsv --until 2024-12-31 >/dev/null
  [ "$(tail -n +2 until.tsv)" = $'The strike took place at night.\tنُفذت الضربة ليلاً.' ] || { cat until.tsv; return 1; }
  "$MIZAN" export --db m.db --tsv since.tsv --since 2025-01-01 >/dev/null
  [ "$(tail -n +2 since.tsv | wc -l)" = 16 ]
  refute grep -q 'The strike took place at night.' since.tsv
  # TMX dates too; the day after the 2024 change to the day before the February unit: neither.
  "$MIZAN" export --db m.db --tsv range.tsv --since 20250101T000000Z --until 20250131T235959Z >/dev/null
  refute grep -q 'The strike took place at night.' range.tsv
  refute grep -q 'The operation continues.' range.tsv
}

min_confidence_drops_weak_alignments() {
  # Units carry the aligner's confidence (x-confidence in mizan's TMX); units without one have 1.
  write_tmx conf.tmx <<'TMX'
<tu><prop type="x-confidence">0.62</prop>
  <tuv xml:lang="en"><seg>A weak alignment.</seg></tuv><tuv xml:lang="ar"><seg>محاذاة ضعيفة.</seg></tuv></tu>
<tu><prop type="x-confidence">0.97</prop>
  <tuv xml:lang="en"><seg>A sure alignment.</seg></tuv><tuv xml:lang="ar"><seg>محاذاة مؤكدة.</seg></tuv></tu>
<tu>
  <tuv xml:lang="en"><seg>A unit from a translator.</seg></tuv><tuv xml:lang="ar"><seg>وحدة من مترجم.</seg></tuv></tu>
TMX
  "$MIZAN" import --db conf.db conf.tmx >/dev/null
  "$MIZAN" export --db conf.db --moses weak --min-confidence 0.95 >out
  expect_contains out "2 unit(s) of 3"
  [ "$(wc -l <weak.en)" = 2 ]
  [ "$(wc -l <weak.ar)" = 2 ]
  refute grep -qF 'A weak alignment.' weak.en
  grep -qF 'A sure alignment.' weak.en
  grep -qF 'A unit from a translator.' weak.en
  "$MIZAN" export --db conf.db --moses all --min-confidence 0.6 >out
  expect_contains out "all.en, all.ar: 3 unit(s)"
}

srclang_and_locales() {
  "$MIZAN" export --db m.db --tmx ar.tmx --srclang ar --en-locale en-US --ar-locale ar-SA >/dev/null
  python3 - ar.tmx ar <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.find('header').get('srclang') == 'ar-SA', root.find('header').attrib
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
for tu in root.findall('body/tu'):
    assert [t.get(XML_LANG) for t in tu.findall('tuv')] == ['ar-SA', 'en-US'], tu.attrib
PY
  "$MIZAN" export --db m.db --tmx any.tmx --srclang '*all*' >/dev/null
  grep -q 'srclang="\*all\*"' any.tmx
}

tsv_and_moses_hold_the_same_pairs() {
  "$MIZAN" export --db m.db --tsv pairs.tsv >/dev/null
  "$MIZAN" export --db m.db --moses pairs >/dev/null
  tail -n +2 pairs.tsv | cut -f1 >want.en
  [ "$(wc -l <want.en)" = 17 ]
  # TSV escapes tabs and line breaks; the memory's segments here have none, so the columns are
  # the Moses lines.
  expect_same want.en pairs.en
  tail -n +2 pairs.tsv | cut -f2 >want.ar
  expect_same want.ar pairs.ar
}

# run_unprivileged COMMAND...: as a user who cannot write what root created. Under root chmod
# does not bite, so the command runs as nobody (setpriv); without setpriv, status 77.
run_unprivileged() {
  if [ "$(id -u)" != 0 ]; then
    "$@"
  elif command -v setpriv >/dev/null; then
    setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
  else
    return 77
  fi
}

read_only_memory_is_read() {
  # With a glossary, so that the terminology store is read through the same read-only path.
  mkdir -p ro && cp m.db ro/m.db && "$MIZAN" term add --db ro/m.db 'strike' 'ضربة' 2>/dev/null
  chmod a-w ro/m.db ro
  # nobody must be able to reach the folder (mktemp made WORK private) and write the output.
  chmod 755 "$WORK" && mkdir -p outdir && chmod 777 outdir
  local st=0
  run_unprivileged "$MIZAN" lookup --db ro/m.db 'The strike took place at night.' >out 2>err || st=$?
  [ "$st" = 77 ] && { echo "note: root without setpriv, read-only case not run" >&2; return 0; }
  [ "$st" = 0 ] || { cat err; return 1; }
  expect_contains out "100%  exact"
  run_unprivileged "$MIZAN" export --db ro/m.db --tmx outdir/ro.tmx >out 2>err || { cat err; return 1; }
  "$MIZAN" export --db m.db --tmx rw.tmx >/dev/null
  cmp rw.tmx outdir/ro.tmx
  run_unprivileged "$MIZAN" stats --db ro/m.db >out
  expect_contains out "units      17"
  run_unprivileged "$MIZAN" term list --db ro/m.db >out
  expect_contains out "strike  →  ضربة"
  run_unprivileged "$MIZAN" term suggest --db ro/m.db 'The strike took place at night.' >out
  expect_contains out "ضربة"
  # Writing is refused with a clear message, and the file is as it was.
  cp ro/m.db before.db
  expect_status 74 run_unprivileged "$MIZAN" add --db ro/m.db --en 'New.' --ar 'جديد.' 2>err
  expect_contains err "no write permission"
  cmp ro/m.db before.db
  [ ! -e ro/m.db-wal ]
}

bad_values_are_usage_errors_naming_the_option() {
  local opt
  for opt in "--since 2025-13-40" "--until yesterday" "--since 06/01/2025"; do
    # shellcheck disable=SC2086
    expect_status 64 "$MIZAN" export --db m.db --tmx bad.tmx $opt 2>err
    expect_contains err "${opt%% *} must be a date"
  done
  expect_status 64 "$MIZAN" export --db m.db --tmx bad.tmx --min-confidence 1.5 2>err
  expect_contains err "--min-confidence"
  expect_status 64 "$MIZAN" export --db m.db --tmx bad.tmx --min-confidence high 2>err
  expect_contains err "--min-confidence"
  expect_status 64 "$MIZAN" export --db m.db --tmx bad.tmx --srclang fr 2>err
  expect_contains err "--srclang"
  expect_status 64 "$MIZAN" export --db m.db --tmx bad.tmx --ar-locale en-US 2>err
  expect_contains err "--ar-locale"
  expect_status 64 "$MIZAN" export --db m.db 2>err
  expect_status 64 "$MIZAN" export --db m.db --tmx a.tmx --tsv a.tsv 2>err
  expect_status 64 "$MIZAN" export --db m.db --tsv a.tsv --srclang ar 2>err
  for f in bad.tmx a.tmx a.tsv; do [ ! -e "$f" ]; done
  expect_status 66 "$MIZAN" export --db none.db --tmx none.tmx 2>err
  [ ! -e none.db ]
  [ ! -e none.tmx ]
}

failed_export_leaves_no_file_and_keeps_the_old_one() {
  printf 'an earlier export\n' >kept.tmx
  # Not a mizan database: refused before anything is written.
  printf 'just text\n' >notes.db
  expect_status 78 "$MIZAN" export --db notes.db --tmx kept.tmx 2>err
  [ "$(cat kept.tmx)" = 'an earlier export' ]
  # A folder that does not exist: cannot create, nothing left behind.
  expect_status 73 "$MIZAN" export --db m.db --tmx no-such-dir/x.tmx 2>err
  expect_contains err "no-such-dir"
  [ -z "$(find . -maxdepth 1 -name '*kept.tmx?*')" ]
}

stdout_gets_the_tmx_and_stderr_the_summary() {
  "$MIZAN" export --db m.db --tmx - >stdout.tmx 2>err
  expect_contains err "17 unit(s)"
  [ "$(tmx_units stdout.tmx)" = 17 ]
}

help_has_usage_and_example() {
  "$MIZAN" export --help >out
  expect_contains out "usage: mizan export"
  expect_contains out "example:"
  expect_contains out "--min-confidence"
}

check "header and fields" header_has_what_every_consumer_expects
check "export-import-export byte-identical" export_import_export_is_byte_identical
check "--document" document_filter_keeps_that_document_only
check "--since --until" date_filters_use_the_last_change
check "--min-confidence" min_confidence_drops_weak_alignments
check "--srclang, locales" srclang_and_locales
check "TSV and Moses" tsv_and_moses_hold_the_same_pairs
check "read-only memory" read_only_memory_is_read
check "bad values exit 64" bad_values_are_usage_errors_naming_the_option
check "failed export" failed_export_leaves_no_file_and_keeps_the_old_one
check "--tmx -" stdout_gets_the_tmx_and_stderr_the_summary
check "help" help_has_usage_and_example
finish
