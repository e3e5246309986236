# Helpers for end-to-end tests of the mizan binary. Each test script sources this, calls `check`
# for each behaviour and ends with `finish`. Usage: script MIZAN_BINARY SOURCE_DIR
set -u
MIZAN=$1
SRC=$2
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mizan-cli.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
FAILED=0
PASSED=0

# check NAME COMMAND...: runs the command (a shell function usually); non-zero status fails.
check() {
  local name=$1
  shift
  # A plain command, not an `if` condition or `||` operand: bash ignores set -e there (and in
  # everything the condition calls), which let a check pass on its last command alone.
  ( set -e; "$@" ) >"$WORK/check.log" 2>&1
  local status=$?
  if [ "$status" -eq 0 ]; then
    PASSED=$((PASSED + 1))
  else
    FAILED=$((FAILED + 1))
    echo "FAILED: $name"
    sed 's/^/    /' "$WORK/check.log"
  fi
}

# expect_status WANT COMMAND...: the command's exit status must be WANT.
expect_status() {
  local want=$1
  shift
  local got=0
  "$@" || got=$?
  if [ "$got" != "$want" ]; then
    echo "exit status $got, expected $want: $*"
    return 1
  fi
}

# expect_same FILE_A FILE_B: byte-identical, else show the diff.
expect_same() {
  diff -u "$1" "$2"
}

# expect_contains FILE TEXT
expect_contains() {
  grep -qF -- "$2" "$1" || { echo "\"$2\" not in $1:"; cat "$1"; return 1; }
}

finish() {
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}

write_tmx() {  # write_tmx FILE: a TMX 1.4 document around the <tu> elements on stdin
  {
    printf '%s\n' '<?xml version="1.0" encoding="UTF-8"?>' \
      '<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence"' \
      ' o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>' '<body>'
    cat
    printf '%s\n' '</body></tmx>'
  } >"$1"
}

# refute COMMAND...: the command must fail. (`! COMMAND` would not do: set -e ignores it.)
refute() {
  if "$@"; then
    echo "should have failed: $*"
    return 1
  fi
}
