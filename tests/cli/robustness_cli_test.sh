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
finish
