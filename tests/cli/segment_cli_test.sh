#!/usr/bin/env bash
# End-to-end tests of `mizan segment` and the command-line front end.
source "$(dirname "$0")/lib.sh"
SEED="$SRC/corpora/centcom-2025-01-06"

seed_english_matches_reference() {
  "$MIZAN" segment --lang en "$SEED/en.txt" >"$WORK/en.out"
  expect_same "$SEED/en.sent" "$WORK/en.out"
}
seed_arabic_matches_reference() {
  "$MIZAN" segment --lang ar "$SEED/ar.txt" >"$WORK/ar.out"
  expect_same "$SEED/ar.sent" "$WORK/ar.out"
}
auto_language_gives_same_result() {
  "$MIZAN" segment "$SEED/ar.txt" >"$WORK/ar.auto"
  expect_same "$SEED/ar.sent" "$WORK/ar.auto"
}
stdin_is_read_with_dash_or_no_file() {
  "$MIZAN" segment - <"$SEED/en.txt" >"$WORK/a"
  "$MIZAN" segment <"$SEED/en.txt" >"$WORK/b"
  expect_same "$SEED/en.sent" "$WORK/a"
  expect_same "$SEED/en.sent" "$WORK/b"
}
json_offsets_point_into_the_input() {
  "$MIZAN" segment --format json "$SEED/ar.txt" >"$WORK/ar.json"
  python3 - "$WORK/ar.json" "$SEED/ar.txt" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1], encoding='utf-8'))
data = open(sys.argv[2], 'rb').read()
assert len(rows) == 14, len(rows)
for i, r in enumerate(rows):
    assert r['index'] == i
    assert r['lang'] == 'ar'
    assert data[r['begin']:r['end']].decode('utf-8') == r['text'], r
# The file starts with an empty line: the first paragraph is paragraph 0 all the same.
assert rows[0]['paragraph'] == 0 and rows[-1]['paragraph'] == 6  # 7 paragraphs
PY
}
invalid_utf8_fails_with_offset_and_writes_nothing() {
  printf 'Good first sentence. Then a bad byte \xff here.\n' >"$WORK/bad.txt"
  expect_status 65 "$MIZAN" segment "$WORK/bad.txt" >"$WORK/out" 2>"$WORK/err"
  [ ! -s "$WORK/out" ] || { echo "stdout not empty:"; cat "$WORK/out"; return 1; }
  expect_contains "$WORK/err" "bad.txt: byte 37: invalid UTF-8"
}
lossy_replaces_bad_bytes() {
  printf 'One. Two \xff.\n' >"$WORK/bad.txt"
  "$MIZAN" segment --lossy "$WORK/bad.txt" >"$WORK/out"
  printf 'One.\nTwo \xef\xbf\xbd.\n' >"$WORK/want"
  expect_same "$WORK/want" "$WORK/out"
}
missing_file_is_exit_66() {
  expect_status 66 "$MIZAN" segment "$WORK/no-such-file.txt" 2>"$WORK/err"
  expect_contains "$WORK/err" "no-such-file.txt"
}
empty_input_gives_empty_output() {
  : >"$WORK/empty.txt"
  "$MIZAN" segment "$WORK/empty.txt" >"$WORK/out"
  [ ! -s "$WORK/out" ]
  "$MIZAN" segment --format json "$WORK/empty.txt" >"$WORK/out.json"
  [ "$(cat "$WORK/out.json")" = "[]" ]
}
utf16_with_bom_is_decoded() {
  python3 -c "
import sys
open(sys.argv[1], 'wb').write('\ufeffقال الجنرال. وأضاف.\n'.encode('utf-16-le'))
open(sys.argv[2], 'wb').write('\ufeffGen. Smith spoke. He left.\n'.encode('utf-16-be'))" \
    "$WORK/le.txt" "$WORK/be.txt"
  "$MIZAN" segment "$WORK/le.txt" >"$WORK/le.out"
  "$MIZAN" segment "$WORK/be.txt" >"$WORK/be.out"
  printf 'قال الجنرال.\nوأضاف.\n' >"$WORK/le.want"
  printf 'Gen. Smith spoke.\nHe left.\n' >"$WORK/be.want"
  expect_same "$WORK/le.want" "$WORK/le.out"
  expect_same "$WORK/be.want" "$WORK/be.out"
}
paragraph_modes_can_be_forced() {
  printf 'A wrapped\nline.\n' >"$WORK/p.txt"
  "$MIZAN" segment --paragraphs blank "$WORK/p.txt" >"$WORK/blank"
  "$MIZAN" segment --paragraphs lines "$WORK/p.txt" >"$WORK/lines"
  printf 'A wrapped line.\n' >"$WORK/want.blank"
  printf 'A wrapped\nline.\n' >"$WORK/want.lines"
  expect_same "$WORK/want.blank" "$WORK/blank"
  expect_same "$WORK/want.lines" "$WORK/lines"
}
custom_srx_replaces_builtin_rules() {
  cat >"$WORK/rules.srx" <<'SRX'
<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header cascade="yes"/>
  <body><languagerules><languagerule languagerulename="Semi">
    <rule break="yes"><beforebreak>;</beforebreak><afterbreak>\s</afterbreak></rule>
  </languagerule></languagerules>
  <maprules><languagemap languagepattern="en.*" languagerulename="Semi"/></maprules></body>
</srx>
SRX
  printf 'Gen. Smith; then more.\n' | "$MIZAN" segment --lang en --srx "$WORK/rules.srx" >"$WORK/out"
  # Without the built-in abbreviations ICU splits after "Gen."; the file adds a break after ";".
  printf 'Gen.\nSmith;\nthen more.\n' >"$WORK/want"
  expect_same "$WORK/want" "$WORK/out"
}
bad_srx_is_a_data_error_naming_the_file() {
  printf '<srx><body>\n</srx>\n' >"$WORK/broken.srx"
  expect_status 65 "$MIZAN" segment --srx "$WORK/broken.srx" "$SEED/en.txt" >/dev/null 2>"$WORK/err"
  expect_contains "$WORK/err" "broken.srx:2:"
}
help_and_version() {
  "$MIZAN" --help >"$WORK/help"
  expect_contains "$WORK/help" "segment"
  "$MIZAN" segment --help >"$WORK/shelp"
  expect_contains "$WORK/shelp" "example:"
  expect_contains "$WORK/shelp" "--paragraphs"
  "$MIZAN" --version >"$WORK/version"
  grep -qE '^mizan [0-9]+\.[0-9]+\.[0-9]+' "$WORK/version"
}
usage_errors_are_exit_64() {
  expect_status 64 "$MIZAN" 2>/dev/null >/dev/null
  expect_status 64 "$MIZAN" frobnicate 2>"$WORK/err"
  expect_contains "$WORK/err" "unknown command"
  expect_status 64 "$MIZAN" segment --no-such-option 2>/dev/null
  expect_status 64 "$MIZAN" segment --lang fr "$SEED/en.txt" 2>/dev/null
  expect_status 64 "$MIZAN" segment --format xml "$SEED/en.txt" 2>/dev/null
}

progress_bar_only_on_a_terminal() {
  python3 -c "
import sys
open(sys.argv[1], 'w').write('Gen. Smith met the troops. ' * 200000)" "$WORK/long.txt"
  # Not a terminal: stderr stays empty.
  "$MIZAN" segment "$WORK/long.txt" >/dev/null 2>"$WORK/err.pipe"
  [ ! -s "$WORK/err.pipe" ] || { echo "stderr not empty without a terminal"; return 1; }
  # A pseudo-terminal (script(1)): the bar is drawn on stderr and cleared at the end.
  script -qec "$MIZAN segment $WORK/long.txt >/dev/null" "$WORK/typescript" >/dev/null
  grep -q "segmenting \[" "$WORK/typescript" || { echo "no progress bar on a terminal:"; cat -v "$WORK/typescript" | head -c 300; return 1; }
}

check "seed English matches en.sent" seed_english_matches_reference
check "seed Arabic matches ar.sent" seed_arabic_matches_reference
check "auto language" auto_language_gives_same_result
check "stdin" stdin_is_read_with_dash_or_no_file
check "json offsets" json_offsets_point_into_the_input
check "invalid UTF-8" invalid_utf8_fails_with_offset_and_writes_nothing
check "--lossy" lossy_replaces_bad_bytes
check "missing file" missing_file_is_exit_66
check "empty input" empty_input_gives_empty_output
check "UTF-16 BOM" utf16_with_bom_is_decoded
check "--paragraphs" paragraph_modes_can_be_forced
check "--srx" custom_srx_replaces_builtin_rules
check "bad SRX" bad_srx_is_a_data_error_naming_the_file
check "help and version" help_and_version
check "usage errors" usage_errors_are_exit_64
check "progress bar" progress_bar_only_on_a_terminal
finish
