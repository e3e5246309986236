#!/usr/bin/env bash
# Keeps the module boundaries of the house style true: which directories may include which
# third-party headers, that public headers include nothing third-party, that the library never
# prints (only src/cli does), and that modules include only the modules below them
# (docs/architecture.md draws the picture).
set -u
cd "$1" || exit 2
status=0
report() {  # WHAT HITS
  if [ -n "$2" ]; then
    echo "$1:"
    echo "$2"
    status=1
  fi
}
violations() {  # PATTERN ALLOWED_DIR_REGEX WHAT
  report "$3 included outside its module" \
    "$(grep -rnE "#include <$1" src include | grep -vE "^($2)/" || true)"
}
violations 'sqlite3\.h' 'src/tm' 'sqlite3.h'
violations 'libxml/' 'src/formats' 'libxml2'
violations 'zlib\.h' 'src/formats' 'zlib'
violations 'unicode/' 'src/text|src/segment' 'ICU'
violations 'boost/' 'src/cli' 'Boost'
violations 'httplib\.h' 'src/server' 'cpp-httplib'
violations 'nlohmann/' 'src/server' 'nlohmann-json'
report "public headers must include nothing third-party" \
  "$(grep -rnE '#include <(unicode|libxml|sqlite3|boost|gtest|benchmark|httplib|nlohmann)' include \
     || true)"

# A library never prints (docs/architecture.md, "Errors"): it returns values, throws mizan::Error
# or calls the caller's callback, and src/cli prints. snprintf into a buffer is not printing.
report "printing outside src/cli (the library returns, throws or calls back instead)" \
  "$(grep -rnE '#include <iostream>|std::(cout|cerr|clog)\b|(^|[^a-z_])(printf|fprintf|puts|fputs|perror)\(' \
       src include --include='*.cpp' --include='*.hpp' | grep -v '^src/cli/' || true)"

# Dependency direction: cli -> server -> pipeline -> {tm, term, align, formats, segment} -> text
# -> core, with tm -> term (tm keeps the term store's tables). A module includes only these others.
allowed_modules() {
  case $1 in
    core) echo '' ;;
    text) echo 'core' ;;
    segment | formats | align | term) echo 'core|text' ;;
    tm) echo 'core|text|term' ;;
    pipeline) echo 'core|text|segment|formats|align|term|tm' ;;
    server) echo 'core|text|segment|formats|align|term|tm|pipeline' ;;
    cli) echo 'core|text|segment|formats|align|term|tm|pipeline|server' ;;
  esac
}
for module in core text segment formats align term tm pipeline server cli; do
  allowed="$module"
  [ -n "$(allowed_modules $module)" ] && allowed="$module|$(allowed_modules $module)"
  dirs="src/$module"
  [ -d "include/mizan/$module" ] && dirs="$dirs include/mizan/$module"
  report "$module includes a module it must not depend on (allowed: $allowed)" \
    "$(grep -rnE '#include "mizan/[a-z_]+/' $dirs | grep -vE "#include \"mizan/($allowed)/" || true)"
done

[ $status -eq 0 ] && echo "module boundaries hold"
exit $status
