#!/usr/bin/env bash
# End-to-end tests of `mizan pretranslate`: the seed release pretranslated from a memory made of
# it (101% context matches), XLIFF 1.2 and 2.1 valid against the OASIS schemas, inline codes of
# HTML kept, XLIFF and PO inputs, and bad input refused with exit 65 and no output file.
# The schemas are the OASIS XSDs that Debian ships in php-symfony-translation; without them the
# test is skipped (exit 77) unless MIZAN_REQUIRE_CLIENTS=1 (scripts/test installs the package).
source "$(dirname "$0")/lib.sh"
SEED="$SRC/corpora/centcom-2025-01-06"
SCHEMAS=/usr/share/php/Symfony/Component/Translation/Resources/schemas
if ! command -v xmllint >/dev/null || [ ! -f "$SCHEMAS/xliff-core-1.2-strict.xsd" ]; then
  echo "missing: xmllint or the XLIFF schemas (php-symfony-translation)"
  [ "${MIZAN_REQUIRE_CLIENTS:-0}" = 1 ] && exit 1
  exit 77
fi
cd "$WORK" || exit 1

# The schemas import xml.xsd by URL (1.2) or by a relative path (2.0): point both at the local copy
# so that xmllint --nonet validates offline.
mkdir -p xsd/informativeCopiesOf3rdPartySchemas/w3c
sed 's|schemaLocation="http://www.w3.org/2001/xml.xsd"|schemaLocation="xml.xsd"|' \
  "$SCHEMAS/xliff-core-1.2-strict.xsd" >xsd/xliff12.xsd
cp "$SCHEMAS/xml.xsd" xsd/
cp "$SCHEMAS/xml.xsd" xsd/informativeCopiesOf3rdPartySchemas/w3c/
cp "$SCHEMAS/xliff-core-2.0.xsd" xsd/xliff20.xsd
valid12() { xmllint --nonet --noout --schema xsd/xliff12.xsd "$1"; }
valid2() { xmllint --nonet --noout --schema xsd/xliff20.xsd "$1"; }

"$MIZAN" term import --db seed.db "$SRC/glossary/press-release.tsv" >/dev/null
"$MIZAN" ingest --db seed.db "$SEED/.." >/dev/null 2>&1

seed_release_gets_context_matches_in_valid_xliff() {
  "$MIZAN" pretranslate --db seed.db --out seed.xlf "$SEED/en.txt" 2>err
  # The first sentence has no predecessor: 100%; the other eleven follow theirs: 101%.
  expect_contains err "12 segment(s): 11 context (101%), 1 exact, 0 fuzzy, 0 without a match"
  valid12 seed.xlf
  [ "$(grep -c '<trans-unit ' seed.xlf)" = 12 ]
  [ "$(grep -c 'state="translated" state-qualifier="exact-match"' seed.xlf)" = 12 ]
  expect_contains seed.xlf '<alt-trans match-quality="101" origin="centcom-2025-01-06 [1]">'
  expect_contains seed.xlf '<note from="mizan glossary">ISIS → داعش</note>'
  "$MIZAN" pretranslate --db seed.db --xliff 2 --out seed2.xlf "$SEED/en.txt" 2>/dev/null
  valid2 seed2.xlf
  expect_contains seed2.xlf 'type="icm"'
  "$MIZAN" pretranslate --db seed.db --no-context --out flat.xlf "$SEED/en.txt" 2>err
  expect_contains err "0 context (101%), 12 exact"
}

html_keeps_every_inline_code() {
  cat >page.html <<'HTML'
<html><body><h1>Update</h1>
<p>One Coalition member was killed and two were wounded from <b>two different nations</b>. There
were no injuries to <a href="https://x.mil/?a=1&amp;b=2">U.S. personnel</a> or damage to U.S.
equipment.<br>From Dec. 30 to Jan. 6, <i>CENTCOM and Iraqi forces conducted strikes. The
strikes</i> hit ISIS.</p></body></html>
HTML
  "$MIZAN" pretranslate --db seed.db --out page.xlf page.html 2>/dev/null
  "$MIZAN" pretranslate --db seed.db --xliff 2 --out page2.xlf page.html 2>/dev/null
  valid12 page.xlf
  valid2 page2.xlf
  python3 - page.xlf page2.xlf <<'PY'
import sys, xml.etree.ElementTree as ET
n12 = {'x': 'urn:oasis:names:tc:xliff:document:1.2'}
t = ET.parse(sys.argv[1])
codes = [e for s in t.iterfind('.//x:trans-unit/x:source', n12) for e in s]
# <b>, <a> paired within their sentences; <i> crosses a sentence end: two isolated halves; <br>.
kinds = sorted(e.tag.split('}')[1] + (e.get('pos') or '') for e in codes)
assert kinds == ['bpt', 'bpt', 'ept', 'ept', 'itclose', 'itopen', 'ph'], kinds
assert any(e.text == '<a href="https://x.mil/?a=1&amp;b=2">' for e in codes), [e.text for e in codes]
n2 = {'x': 'urn:oasis:names:tc:xliff:document:2.0'}
t2 = ET.parse(sys.argv[2])
data = [d.text for d in t2.iterfind('.//x:originalData/x:data', n2)]
assert sorted(data) == sorted(['<b>', '</b>', '<a href="https://x.mil/?a=1&amp;b=2">', '</a>', '<br>', '<i>', '</i>']), data
# In 2.1 the <i> span is one pair across two segments of its unit.
ec = [e for e in t2.iterfind('.//x:segment/x:source/x:ec', n2)]
assert all(e.get('startRef') for e in ec) and len(ec) == 3, [e.attrib for e in ec]
PY
}

xliff_and_po_inputs_are_filled() {
  cat >in.xlf <<'XLF'
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="r.txt" source-language="en" target-language="ar" datatype="plaintext"><body>
<trans-unit id="a"><source>The A-10s tasked to support ground forces in the area were successful in eliminating the ISIS fighters within a cave.</source></trans-unit>
<trans-unit id="b" resname="kept"><source>One Coalition member was killed and two were wounded from two different nations.</source><target/></trans-unit>
<trans-unit id="c"><source>Done before.</source><target state="final">سابقاً.</target></trans-unit>
</body></file></xliff>
XLF
  "$MIZAN" pretranslate --db seed.db --out filled.xlf in.xlf 2>err
  expect_contains err "3 segment(s): 1 context (101%), 1 exact"
  valid12 filled.xlf
  expect_contains filled.xlf 'resname="kept"'
  expect_contains filled.xlf '<target state="final">سابقاً.</target>'
  expect_contains filled.xlf 'قُتل أحد أفراد التحالف، وأصيب اثنان آخران من بلدين مختلفين.</target>'
  printf '#. headline\nmsgid "One Coalition member was killed and two were wounded from two different nations."\nmsgstr ""\n' >in.po
  "$MIZAN" pretranslate --db seed.db --out po.xlf in.po 2>/dev/null
  valid12 po.xlf
  expect_contains po.xlf 'datatype="po"'
  expect_contains po.xlf '<note>headline</note>'
}

bad_input_exits_65_and_writes_nothing() {
  printf '<p>a</p>\n<script>alert(1)</script>\n' >s.html
  expect_status 65 "$MIZAN" pretranslate --db seed.db --out s.xlf s.html 2>err
  expect_contains err "s.html:2:"
  [ ! -e s.xlf ]
  printf 'msgid "a"\nmsgid_plural "as"\nmsgstr[0] ""\n' >p.po
  expect_status 65 "$MIZAN" pretranslate --db seed.db --out p.xlf p.po 2>err
  expect_contains err "p.po:2: plural forms"
  printf '#, fuzzy\nmsgid "a"\nmsgstr "b"\n' >f.po
  expect_status 65 "$MIZAN" pretranslate --db seed.db --out f.xlf f.po 2>err
  expect_contains err "f.po:1: a fuzzy entry"
  printf '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:z="urn:z"><file original="a" source-language="en" datatype="plaintext"><body><trans-unit id="1" z:q="1"><source>a</source></trans-unit></body></file></xliff>' >ns.xlf
  expect_status 65 "$MIZAN" pretranslate --db seed.db --out ns-out.xlf ns.xlf 2>err
  expect_contains err 'unknown namespace "urn:z"'
  printf '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" datatype="plaintext"><body><trans-unit id="1"><source>a<bpt id="1">x</bpt></source></trans-unit></body></file></xliff>' >bpt.xlf
  expect_status 65 "$MIZAN" pretranslate --db seed.db --out bpt-out.xlf bpt.xlf 2>err
  expect_contains err "has no <ept>"
  # An earlier file of the output's name stays as it was.
  echo earlier >kept.xlf
  expect_status 65 "$MIZAN" pretranslate --db seed.db --out kept.xlf p.po 2>/dev/null
  [ "$(cat kept.xlf)" = earlier ]
  [ ! -e s.xlf ] && [ ! -e p.xlf ] && [ ! -e f.xlf ] && [ ! -e ns-out.xlf ] && [ ! -e bpt-out.xlf ]
}

analyze_counts_the_seed_per_band() {
  "$MIZAN" analyze --db seed.db --format json "$SEED/en.txt" "$SEED/en.txt" >a.json
  "$MIZAN" analyze --db seed.db --format csv "$SEED/en.txt" >a.csv
  python3 - a.json a.csv <<'PY'
import csv, json, sys
a = json.load(open(sys.argv[1], encoding='utf-8'))
first, second = a['files']
assert first['bands']['101%']['segments'] == 11 and first['bands']['100%']['segments'] == 1, first
# The second copy matches as well as the first: exact matches are never repetitions.
assert second['bands'] == first['bands'], second
assert a['total']['total']['segments'] == 24, a['total']
assert a['total']['total']['words'] == 2 * first['total']['words'] > 0
rows = list(csv.DictReader(open(sys.argv[2], encoding='utf-8')))
assert [r['band'] for r in rows[:9]] == ['101%', '100%', '95-99%', '85-94%', '75-84%', '50-74%', 'no match', 'repetitions', 'total'], rows
assert rows[8]['words'] == str(first['total']['words']), rows[8]
PY
}

check "analyze" analyze_counts_the_seed_per_band
check "seed: 101% matches, valid 1.2 and 2.1" seed_release_gets_context_matches_in_valid_xliff
check "HTML inline codes" html_keeps_every_inline_code
check "XLIFF and PO inputs" xliff_and_po_inputs_are_filled
check "bad input: 65, nothing written" bad_input_exits_65_and_writes_nothing
finish
