#!/usr/bin/env bash
# End-to-end tests of "nothing lost, ever" (issue 16): no output over an input or the database,
# outputs and new databases appear whole or not at all, one gate for text entering the store,
# inputs that can be read only once, a damaged database, limits on the work an input can cause.
source "$(dirname "$0")/lib.sh"
SEED="$SRC/corpora/centcom-2025-01-06"
cd "$WORK" || exit 1
paste "$SEED/en.sent" <(head -n 12 "$SEED/ar.sent") >seed.tsv
export MIZAN_DB="$WORK/unused.db"

units() {  # units DB: how many units the memory holds
  "$MIZAN" stats --db "$1" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["units"])'
}

seeded() {  # seeded DB: a memory of the 12 seed pairs and one glossary entry
  rm -f "$1"
  "$MIZAN" import --db "$1" seed.tsv >/dev/null
  "$MIZAN" term add --db "$1" 'Central Command' 'القيادة المركزية' 2>/dev/null
}

# --- one rule for every output ----------------------------------------------------------------

export_over_the_database_is_refused() {
  seeded t.db
  cp t.db before.db
  for output in "--tmx t.db" "--tsv t.db" "--tsv ./t.db" "--tmx $WORK/sub/../t.db" "--tsv t.db-wal"; do
    mkdir -p sub
    # shellcheck disable=SC2086
    expect_status 64 "$MIZAN" export --db t.db $output 2>err
    expect_contains err "same file as the input"
  done
  cmp t.db before.db
  [ "$(units t.db)" = 12 ]
  ln -s t.db link.tmx
  expect_status 64 "$MIZAN" export --db t.db --tmx link.tmx 2>err
  cp seed.tsv m.en
  "$MIZAN" import --db m.en.db seed.tsv >/dev/null
  expect_status 64 "$MIZAN" export --db m.en --moses m 2>err  # m.en is not even a database
  expect_same seed.tsv m.en
}

term_export_over_the_database_is_refused() {
  seeded t.db
  cp t.db before.db
  expect_status 64 "$MIZAN" term export --db t.db -o t.db 2>err
  expect_contains err "same file as the input"
  cmp t.db before.db
  "$MIZAN" term export --db t.db -o terms.tsv
  expect_contains terms.tsv 'Central Command'
}

align_report_over_an_input_is_refused() {
  cp "$SEED/en.txt" en.txt
  cp "$SEED/ar.txt" ar.txt
  expect_status 64 "$MIZAN" align --report en.txt en.txt ar.txt 2>err >out
  expect_contains err "the output en.txt is the same file as the input en.txt"
  expect_same "$SEED/en.txt" en.txt
  [ ! -s out ]
  seeded t.db
  cp t.db before.db
  expect_status 64 "$MIZAN" align --db t.db --report t.db en.txt ar.txt 2>err >/dev/null
  cmp t.db before.db
  # A database that does not exist yet is the same file as a report of the same name.
  expect_status 64 "$MIZAN" align --db new.db --report ./new.db en.txt ar.txt 2>err >/dev/null
  [ ! -e new.db ]
  "$MIZAN" align --report review.html en.txt ar.txt >/dev/null
  expect_contains review.html '<html'
}

standard_output_into_an_input_is_refused() {
  cp "$SEED/en.txt" en.txt
  expect_status 64 "$MIZAN" segment en.txt >>en.txt 2>err
  expect_contains err "standard output is the same file as the input en.txt"
  expect_same "$SEED/en.txt" en.txt
}

failed_database_creation_leaves_no_file() {
  # A file size limit of 1 KiB: the first page of the new database cannot be written (EFBIG,
  # as on a full disk; SIGXFSZ ignored so that the write fails instead of killing mizan).
  local status=0
  (trap '' XFSZ; ulimit -f 1; "$MIZAN" add --db full.db --en 'Hello.' --ar 'مرحبا.') 2>err || status=$?
  [ "$status" = 74 ] || { echo "exit $status"; cat err; return 1; }
  expect_contains err "full.db"
  [ -z "$(ls full.db* 2>/dev/null)" ] || { ls -l full.db*; return 1; }
  "$MIZAN" add --db full.db --en 'Hello.' --ar 'مرحبا.' >/dev/null  # and then it works
  [ "$(units full.db)" = 1 ]
}

help_into_a_full_disk_fails() {
  expect_status 74 "$MIZAN" --help >/dev/full 2>err
  expect_status 74 "$MIZAN" --version >/dev/full 2>err
  expect_status 74 "$MIZAN" export --help >/dev/full 2>err
  expect_contains err "cannot write to standard output"
}

# --- one gate for text entering the store ------------------------------------------------------

add_refuses_text_that_could_not_come_out_again() {
  expect_status 65 "$MIZAN" add --db g.db --en "$(printf 'Hello \xd8 world')" --ar 'مرحبا' 2>err
  expect_contains err "the English side has invalid UTF-8 at byte 6"
  [ ! -e g.db ]  # refused before the database was created
  expect_status 65 "$MIZAN" add --db g.db --en 'Hello' --ar "$(printf 'مرحبا\x01')" 2>err
  expect_contains err "the Arabic side has the control character U+0001"
  expect_status 65 "$MIZAN" add --db g.db --en 'Hello' --ar 'مرحبا' --note "$(printf 'x\xef\xbf\xbe')" 2>err
  expect_contains err "the note has the noncharacter U+FFFE"
  expect_status 64 "$MIZAN" add --db g.db --en 'Hello' --ar 'مرحبا' --document d --position -1 2>err
  "$MIZAN" add --db g.db --en 'Hello' --ar 'مرحبا' >/dev/null
  "$MIZAN" export --db g.db --tmx g.tmx >/dev/null
}

term_add_refuses_surrogates_and_controls() {
  expect_status 65 "$MIZAN" term add --db g.db "$(printf 'Bad \xed\xa0\x80')" 'قيادة' 2>err
  expect_contains err "the English term has invalid UTF-8 at byte 4"
  expect_status 65 "$MIZAN" term add --db g.db 'Command' "$(printf 'قيادة\x1b')" 2>err
  expect_contains err "the Arabic rendering has the control character U+001B"
  printf 'en\tar\nCommand\tقيادة\x7f\n' >terms.tsv
  expect_status 65 "$MIZAN" term import --db g.db --strict terms.tsv 2>err
  expect_contains err "terms.tsv:2"
  expect_contains err "U+007F"
}

tsv_import_refuses_nul_controls_and_utf16_without_bom() {
  printf 'Good.\tجيد.\nA\x01b\tمرحبا\n' >ctl.tsv
  expect_status 65 "$MIZAN" import --db i.db ctl.tsv 2>err >/dev/null
  expect_contains err "ctl.tsv:2: the English side has the control character U+0001 at byte 1"
  printf 'Good.\tجيد.\nA\x00b\tمرحبا\n' >nul.tsv
  expect_status 65 "$MIZAN" import --db i.db nul.tsv 2>err >/dev/null
  expect_contains err "nul.tsv:2: the English side has a NUL character at byte 1"
  printf 'en\tar\nGood.\tgood\n' | iconv -f UTF-8 -t UTF-16LE >utf16.tsv
  expect_status 65 "$MIZAN" import --db i.db utf16.tsv 2>err >/dev/null
  expect_contains err "looks like UTF-16LE without a byte-order mark"
  [ "$(units i.db)" = 0 ]
  "$MIZAN" import --db i.db --skip-bad ctl.tsv >out 2>err
  expect_contains out "1 added"
}

a_folder_is_no_input_file() {
  mkdir -p folder.tsv
  expect_status 66 "$MIZAN" import --db i.db folder.tsv 2>err >/dev/null
  expect_contains err "is a folder"
  expect_status 66 "$MIZAN" term import --db i.db folder.tsv 2>err >/dev/null
  expect_status 66 "$MIZAN" segment folder.tsv 2>err >/dev/null
}

# --- inputs that can be read only once ---------------------------------------------------------

segment_reads_one_pass_inputs_once() {
  "$MIZAN" segment --lang en "$SEED/en.txt" >want
  [ "$(wc -l <want)" = 12 ]
  cat "$SEED/en.txt" | "$MIZAN" segment --lang en /dev/stdin >got
  expect_same want got
  "$MIZAN" segment --lang en <(cat "$SEED/en.txt") >got
  expect_same want got
  mkfifo fifo
  cat "$SEED/en.txt" >fifo &
  "$MIZAN" segment --lang en fifo >got
  wait
  expect_same want got
}

nul_in_document_text_is_refused() {
  printf 'One sentence.\x00 Another.\n' >nul.txt
  expect_status 65 "$MIZAN" segment nul.txt 2>err >out
  expect_contains err "nul.txt: byte 13"
  [ ! -s out ]
  expect_status 65 "$MIZAN" align nul.txt "$SEED/ar.txt" 2>err >/dev/null
  expect_contains err "nul.txt"
}

# --- a damaged database ------------------------------------------------------------------------

damage_page() {  # damage_page DB PAGE: 4096 random bytes over one page (SQLite's default size)
  python3 -c "import os,sys; f=open(sys.argv[1],'r+b'); f.seek(int(sys.argv[2])*4096); f.write(os.urandom(4096))" "$1" "$2"
}

big_memory() {  # big_memory DB: 3000 units, so that the index spans many pages
  python3 -c "
for i in range(3000):
    print(f'Coalition forces conducted {i} strikes against ISIS positions.\tنفذت قوات التحالف {i} ضربة ضد مواقع داعش.')" >big.tsv
  "$MIZAN" import --db "$1" big.tsv >/dev/null
}

damaged_database_fails_every_whole_file_command() {
  big_memory big.db
  "$MIZAN" check --db big.db >out
  expect_contains out "big.db: 3000 unit(s), 0 glossary entries: ok"
  local pages page
  pages=$(( $(stat -c %s big.db) / 4096 ))
  # Pages near the end hold the fuzzy index, which stats, export and term import never read:
  # they used to succeed on such a file.
  for page in 2 $((pages / 2)) $((pages - 10)); do
    cp big.db d.db
    damage_page d.db "$page"
    expect_status 65 "$MIZAN" stats --db d.db 2>err >/dev/null
    expect_contains err "d.db: the database is damaged"
    expect_contains err "mizan check --db d.db"
    expect_status 65 "$MIZAN" export --db d.db --tsv out.tsv 2>err >/dev/null
    [ ! -e out.tsv ]
    printf 'en\tar\nCommand\tقيادة\n' >g.tsv
    expect_status 65 "$MIZAN" term import --db d.db g.tsv 2>err >/dev/null
    expect_contains err "d.db: the database is damaged"
    expect_status 65 "$MIZAN" import --db d.db seed.tsv 2>err >/dev/null
    expect_contains err "d.db: the database is damaged"
    refute grep -q "seed.tsv" err  # not the input's fault
    expect_status 65 "$MIZAN" check --db d.db >out
    expect_contains out "SQLite: "
    expect_contains out "DAMAGED"
  done
}

check_finds_indexes_that_disagree_with_the_units() {
  big_memory k.db
  python3 - k.db <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("UPDATE tu SET en = 'Something else entirely.' WHERE id = 7")  # the indexes still say 7
c.commit()
PY
  expect_status 65 "$MIZAN" check --db k.db >out
  expect_contains out "the key index (tu_key) does not agree with the units (6000 entries, 6000 expected, some of them wrong)"
  expect_contains out "the fuzzy/concordance index (tu_posting) does not agree with the units"
  python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('DELETE FROM tu WHERE id = 9'); c.commit()" k.db
  expect_status 65 "$MIZAN" check --db k.db >out
  expect_contains out "the key index (tu_key) names 2 unit(s) not stored"
  expect_contains out "2999 unit(s)"
  expect_status 66 "$MIZAN" check --db none.db 2>err
}

# --- limits and values -------------------------------------------------------------------------

out_of_range_values_are_usage_errors() {
  seeded v.db
  expect_status 64 "$MIZAN" concord --db v.db --width -5 strikes 2>err
  expect_contains err "--width must be between 1 and 1000, not -5"
  expect_status 64 "$MIZAN" concord --db v.db --width 2000000000 strikes 2>err
  expect_status 64 "$MIZAN" concord --db v.db --max -1 strikes 2>err
  expect_status 64 "$MIZAN" lookup --db v.db --max -1 'The strike.' 2>err
  expect_status 64 "$MIZAN" align --min-score nan "$SEED/en.txt" "$SEED/ar.txt" 2>err
  expect_contains err "--min-score must be between 0 and 1, not nan"
  expect_status 64 "$MIZAN" ingest --db v.db --min-score nan . 2>err
  expect_status 64 "$MIZAN" lookup --db v.db '' 2>err
  expect_contains err "the query is empty"
  expect_status 64 "$MIZAN" concord --db v.db '' 2>err
  expect_status 64 "$MIZAN" concord --db v.db '...' 2>err
  expect_status 65 "$MIZAN" lookup --db v.db "$(printf 'The \xff strike')" 2>err
  expect_contains err "the query is not valid UTF-8 (byte 4)"
  expect_status 65 "$MIZAN" concord --db v.db "$(printf 'str\xc3')" 2>err
}

a_unit_longer_than_the_limit_is_a_bad_record() {
  python3 -c "print('A' * 70000 + '.\t' + 'ب' * 10 + '.'); print('Short.\tقصير.')" >long.tsv
  expect_status 65 "$MIZAN" import --db l.db long.tsv 2>err >/dev/null
  expect_contains err "long.tsv:1: the English side is 70001 bytes long, over the limit of 65536 (--max-unit-bytes)"
  "$MIZAN" import --db l.db --skip-bad long.tsv >out 2>err
  expect_contains out "1 added"
  expect_contains out "1 bad record(s) skipped"
  "$MIZAN" import --db l2.db --max-unit-bytes 100000 long.tsv >out
  expect_contains out "2 added"
  expect_status 65 "$MIZAN" add --db l3.db --max-unit-bytes 5 --en 'Hello.' --ar 'مرحبا.' 2>err
  [ ! -e l3.db ]
}

backtracking_srx_rule_is_stopped() {
  cat >evil.srx <<'SRX'
<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="yes"/>
  <body>
    <languagerules>
      <languagerule languagerulename="All">
        <rule break="no"><beforebreak>(a+)+$</beforebreak><afterbreak>\s</afterbreak></rule>
      </languagerule>
    </languagerules>
    <maprules><languagemap languagepattern=".*" languagerulename="All"/></maprules>
  </body>
</srx>
SRX
  printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab. Next one here.\n' >evil.txt
  local status=0
  timeout 20 "$MIZAN" segment --lang en --srx evil.srx evil.txt >out 2>err || status=$?
  [ "$status" = 65 ] || { echo "exit $status"; cat err; return 1; }
  expect_contains err "evil.srx: a segmentation rule's regular expression ran over its limit"
}

compression_bomb_dictionary_is_refused() {
  python3 - <<'PY'
import gzip
with gzip.open('bomb.dict.dz', 'wb') as f:
    for _ in range(256):
        f.write(bytes(1 << 20))  # 256 MiB of zeros in 250 kB
open('bomb.index', 'w').write('strike\tA\tB\n')
PY
  local status=0
  timeout 20 "$MIZAN" align --dict bomb "$SEED/en.txt" "$SEED/ar.txt" >/dev/null 2>err || status=$?
  [ "$status" = 65 ] || { echo "exit $status"; cat err; return 1; }
  expect_contains err "bomb.dict.dz: byte 0: inflates to more than"
}

tbx_entity_is_refused_like_tmx() {
  cat >xxe.tbx <<'TBX'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="c1">
<langSec xml:lang="en"><termSec><term>Command &xxe;</term></termSec></langSec>
<langSec xml:lang="ar"><termSec><term>قيادة</term></termSec></langSec>
</conceptEntry>
</body></text></tbx>
TBX
  expect_status 65 "$MIZAN" term import --db x.db xxe.tbx 2>err
  expect_contains err "xxe.tbx:7: entity reference &xxe; refused"
}

second_tuv_of_a_language_is_reported() {
  write_tmx dup.tmx <<'TMX'
<tu tuid="7"><tuv xml:lang="en-US"><seg>First English.</seg></tuv><tuv xml:lang="en-GB"><seg>Second English.</seg></tuv><tuv xml:lang="ar"><seg>عربي.</seg></tuv></tu>
TMX
  "$MIZAN" import --db dup.db dup.tmx >out 2>err
  expect_contains err "a second English <tuv> (en-GB) in one <tu>: only the first (en-US) is imported"
}

check "export over the database" export_over_the_database_is_refused
check "term export over the database" term_export_over_the_database_is_refused
check "align --report over an input" align_report_over_an_input_is_refused
check "stdout into an input" standard_output_into_an_input_is_refused
check "failed creation, no file" failed_database_creation_leaves_no_file
check "--help > /dev/full" help_into_a_full_disk_fails
check "add: the gate" add_refuses_text_that_could_not_come_out_again
check "term add/import: the gate" term_add_refuses_surrogates_and_controls
check "TSV import: the gate" tsv_import_refuses_nul_controls_and_utf16_without_bom
check "folder as a file" a_folder_is_no_input_file
check "segment one-pass inputs" segment_reads_one_pass_inputs_once
check "NUL in documents" nul_in_document_text_is_refused
check "damaged database" damaged_database_fails_every_whole_file_command
check "check: indexes" check_finds_indexes_that_disagree_with_the_units
check "values out of range" out_of_range_values_are_usage_errors
check "unit length limit" a_unit_longer_than_the_limit_is_a_bad_record
check "SRX regex time limit" backtracking_srx_rule_is_stopped
check "dictzip bomb" compression_bomb_dictionary_is_refused
check "TBX entity" tbx_entity_is_refused_like_tmx
check "second <tuv>" second_tuv_of_a_language_is_reported
finish
