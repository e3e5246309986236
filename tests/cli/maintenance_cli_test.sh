#!/usr/bin/env bash
# End-to-end tests of keeping a memory right over time: edit, rm, dedupe, history, undo, and a
# re-ingest that replaces a document's units (issue 15).
source "$(dirname "$0")/lib.sh"
SEED="$SRC/corpora/centcom-2025-01-06"
cd "$WORK" || exit 1
export USER=alice
export MIZAN_DB="$WORK/m.db"
EN1='The operation was a success.'
AR1='كانت العملية ناجحه.'
AR1_FIXED='كانت العملية ناجحة.'

fresh_db() {
  rm -f "$MIZAN_DB" "$MIZAN_DB"-wal "$MIZAN_DB"-shm
  "$MIZAN" add --en "$EN1" --ar "$AR1" >/dev/null
  "$MIZAN" add --en 'The operation was a failure.' --ar 'كانت العملية فاشلة.' >/dev/null
}

edit_fixes_a_typo_and_history_shows_it() {
  fresh_db
  "$MIZAN" edit 1 --ar "$AR1_FIXED" --note 'typo fixed' --bidi none >out
  expect_contains out "edited #1"
  "$MIZAN" lookup --bidi none --color never "$EN1" >out
  expect_contains out "ar: $AR1_FIXED"
  refute grep -qF "$AR1" out
  USER=bob "$MIZAN" history 1 --bidi none >out
  expect_contains out "edit by alice"
  expect_contains out "was ar: $AR1"
  expect_contains out "ar: $AR1_FIXED"
}

edit_usage_errors_name_what_was_typed() {
  fresh_db
  expect_status 64 "$MIZAN" edit 1 2>err
  expect_contains err "nothing to change: give --en, --ar or --note"
  expect_status 64 "$MIZAN" edit --ar x 2>err
  expect_contains err "which unit? give its number (ID)"
  expect_status 65 "$MIZAN" edit 9 --ar x 2>err
  expect_contains err "no unit #9 to edit"
  expect_status 65 "$MIZAN" edit 2 --en "$EN1" --ar "$AR1" 2>err
  expect_contains err "would become a copy of #1"
}

rm_and_undo_bring_the_unit_back_with_its_id() {
  fresh_db
  "$MIZAN" rm 2 >out
  expect_contains out "removed 1 unit(s): #2"
  "$MIZAN" lookup --format json 'The operation was a failure.' >out.json
  python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))["matches"]; assert all(x["id"]!=2 for x in m), m' out.json
  "$MIZAN" undo >out
  expect_contains out "undid rm by alice"
  "$MIZAN" lookup --format json 'The operation was a failure.' >out.json
  python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))["matches"][0]; assert m["id"]==2 and m["score"]==100, m' out.json
  "$MIZAN" undo >out
  expect_contains out "nothing to undo"
}

rm_by_creator_and_date_and_dry_run() {
  fresh_db
  USER=intern "$MIZAN" add --en 'Close' --ar 'أغلق' >/dev/null
  "$MIZAN" rm --creator intern --dry-run >out
  expect_contains out "would remove 1 unit(s): #3"
  "$MIZAN" rm --before 2000-01-01 >out
  expect_contains out "removed 0 unit(s)"
  "$MIZAN" rm --creator intern --before 2999-01-01 >out
  expect_contains out "removed 1 unit(s): #3"
  expect_status 64 "$MIZAN" rm 1 --creator intern 2>err
  expect_contains err "not both"
  expect_status 64 "$MIZAN" rm 2>err
  expect_contains err "which units?"
  expect_status 64 "$MIZAN" rm --before yesterday 2>err
  expect_contains err "--before must be a date"
  expect_status 65 "$MIZAN" rm 1 77 2>err
  expect_contains err "no unit #77; nothing removed"
  "$MIZAN" lookup --format json "$EN1" | grep -q '"id":1'
}

dedupe_reports_and_keeps_one_by_policy() {
  fresh_db
  "$MIZAN" add --en "$EN1" --ar 'نجحت العملية.' >/dev/null
  "$MIZAN" dedupe --dry-run --bidi none >out
  expect_contains out "en: $EN1"
  expect_contains out "keep   #3"
  expect_contains out "drop   #1"
  expect_contains out "nothing removed (--dry-run)"
  [ "$("$MIZAN" stats --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["units"])')" = 3 ]
  "$MIZAN" dedupe --policy most-used --bidi none >out
  expect_contains out "1 unit(s) removed"
  "$MIZAN" history 1 >out
  expect_contains out "dedupe by alice"
  expect_status 64 "$MIZAN" dedupe --policy oldest 2>err
  expect_contains err "--policy must be newest or most-used"
}

INJURIES='There were no injuries to U.S. personnel or damage to U.S. equipment.'

matches_of() {  # matches_of QUERY: "score<TAB>id<TAB>ar" per match of a lookup
  "$MIZAN" lookup --format json --max 10 "$1" | python3 -c '
import json, sys
for m in json.load(sys.stdin)["matches"]:
    print("%d\t%d\t%s" % (m["score"], m["id"], m["ar"]))'
}

reingest_replaces_the_stale_unit_and_keeps_hand_edits() {
  rm -f "$MIZAN_DB"*
  mkdir -p docs && cp -r "$SEED" docs/
  local doc=docs/centcom-2025-01-06
  "$MIZAN" ingest docs >out
  expect_contains out "12 added"
  # The translator fixes one Arabic sentence in the document and ingests it again: one 100%
  # match for the English, the new one; the old one is gone (and recorded).
  sed -i 's/أضرار بالمعدات الأميركية/أضرار في المعدات الأمريكية/' $doc/ar.txt
  grep -q 'أضرار في المعدات الأمريكية' $doc/ar.txt
  "$MIZAN" ingest docs >out
  expect_contains out "1 added, 0 merged, 11 already there"
  expect_contains out "replaced: 1 unit(s)"
  matches_of "$INJURIES" >m.tsv
  [ "$(grep -c '^100' m.tsv)" = 1 ] || { cat m.tsv; false; }
  expect_contains m.tsv 'أضرار في المعدات الأمريكية'
  "$MIZAN" history 7 >out
  expect_contains out "re-ingest by alice"
  [ "$("$MIZAN" stats --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["units"])')" = 12 ]
  # A unit corrected by hand survives a re-ingest of the document as it was, and is reported.
  local id
  id=$(cut -f2 m.tsv | head -1)
  "$MIZAN" edit "$id" --ar 'ولم تقع أي إصابات بين أفراد القوات الأمريكية أو أضرار في معداتها.' >/dev/null
  "$MIZAN" ingest docs >out
  expect_contains out "kept #$id (edited by hand) at centcom-2025-01-06 [6]; the document now says: $INJURIES"
  matches_of "$INJURIES" >m.tsv
  [ "$(grep -c '^100' m.tsv)" = 1 ] || { cat m.tsv; false; }
  expect_contains m.tsv 'ولم تقع أي إصابات'
  # A sentence added at the top moves every unit down one position: nothing new, nothing lost.
  # (It carries anchors, a date and a name, as a release's sentences do: a sentence with no
  # evidence for its counterpart is kept aside by the aligner, which is not what is tested here.)
  { printf 'On Jan. 7, U.S. Central Command published this release.\n\n'; cat $doc/en.txt; } >en.new
  { printf 'في 7 يناير، نشرت القيادة المركزية الأمريكية هذا البيان.\n\n'; cat $doc/ar.txt; } >ar.new
  mv en.new $doc/en.txt && mv ar.new $doc/ar.txt
  # --no-memory-lexicon: started from the lexicon the earlier ingests of this very document
  # taught, the aligner gives the last bead 0.29 and keeps it aside (an open problem of the
  # memory's lexicon, docs/alignment.md); positions are what is tested here.
  "$MIZAN" ingest --no-memory-lexicon docs >out
  expect_contains out "1 added, 0 merged, 12 already there"
  refute grep -q "replaced" out
  "$MIZAN" lookup --bidi none "$INJURIES" >out
  expect_contains out "centcom-2025-01-06 [7]"
}

check "edit + history" edit_fixes_a_typo_and_history_shows_it
check "edit errors" edit_usage_errors_name_what_was_typed
check "rm + undo" rm_and_undo_bring_the_unit_back_with_its_id
check "rm filters" rm_by_creator_and_date_and_dry_run
check "dedupe" dedupe_reports_and_keeps_one_by_policy
check "re-ingest replaces" reingest_replaces_the_stale_unit_and_keeps_hand_edits
finish
