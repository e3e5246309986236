#!/usr/bin/env bash
# Keeps the module boundaries of the house style true: which directories may include which
# third-party headers, and that public headers include nothing third-party.
set -u
cd "$1" || exit 2
status=0
violations() {  # PATTERN ALLOWED_DIR_REGEX WHAT
  local hits
  hits=$(grep -rnE "#include <$1" src include | grep -vE "^($2)/" || true)
  if [ -n "$hits" ]; then
    echo "$3 included outside its module:"
    echo "$hits"
    status=1
  fi
}
violations 'sqlite3\.h' 'src/tm' 'sqlite3.h'
violations 'libxml/' 'src/formats' 'libxml2'
violations 'unicode/' 'src/text|src/segment' 'ICU'
violations 'boost/' 'src/cli' 'Boost'
third_party=$(grep -rnE '#include <(unicode|libxml|sqlite3|boost|gtest|benchmark)' include || true)
if [ -n "$third_party" ]; then
  echo "public headers must include nothing third-party:"
  echo "$third_party"
  status=1
fi
[ $status -eq 0 ] && echo "module boundaries hold"
exit $status
