#!/usr/bin/env bash
# Our TMX, TSV and Moses files against real tools (recipes: docs/real-clients.md):
# libxml2's xmllint with the TMX 1.4 DTD that ships inside OmegaT, translate-toolkit, OmegaT 3.6
# pre-translating in console mode, and translate-toolkit's po2tmx output imported by us.
# Usage: tmx_clients_test.sh FORMATS_TOOL SOURCE_DIR MIZAN. The writer's files come from the seed
# corpus's reference alignment through tests/formats/formats_tool; the product's from `mizan
# export` of the memory `mizan ingest` makes of corpora/ (that one goes through OmegaT). Exit 77 (skipped) when a client is not installed, unless MIZAN_REQUIRE_CLIENTS=1
# (scripts/test installs them and sets it, so CI cannot pass by skipping).
source "$(dirname "$0")/lib.sh"
TOOL=$MIZAN
MIZAN_CLI=$3
SEED="$SRC/corpora/centcom-2025-01-06"
DATA="$SRC/tests/formats/data"
PY=/usr/bin/python3  # Debian's python, where python3-translate lives
OMEGAT_JAR=/usr/share/omegat/OmegaT.jar
export SOURCE_DATE_EPOCH=1736150400

missing=()
command -v xmllint >/dev/null || missing+=(xmllint)
command -v unzip >/dev/null || missing+=(unzip)
command -v java >/dev/null || missing+=(java)
[ -f "$OMEGAT_JAR" ] || missing+=(omegat)
"$PY" -c "import translate.storage.tmx" 2>/dev/null || missing+=(python3-translate)
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing clients: ${missing[*]}"
  [ "${MIZAN_REQUIRE_CLIENTS:-0}" = 1 ] && exit 1
  exit 77
fi

unzip -p "$OMEGAT_JAR" schemas/tmx14.dtd >"$WORK/tmx14.dtd"
"$TOOL" seed "$SEED" --tmx "$WORK/seed.tmx" --tsv "$WORK/seed.tsv" --moses "$WORK/seed"
"$TOOL" seed "$SEED" --tmx "$WORK/regional.tmx" --en-locale en-US --ar-locale ar-SA
"$TOOL" seed "$SEED" --tmx "$WORK/arabic-source.tmx" --srclang ar

# The product end to end: corpora/ ingested into a memory, exported by `mizan export`; its pairs
# in the TSV export (sentences hold no tab or line break, so the TSV is unescaped text).
"$MIZAN_CLI" ingest --db "$WORK/corpora.db" "$SRC/corpora" >/dev/null
"$MIZAN_CLI" export --db "$WORK/corpora.db" --tmx "$WORK/mizan.tmx" >/dev/null
"$MIZAN_CLI" export --db "$WORK/corpora.db" --tmx "$WORK/mizan-regional.tmx" --en-locale en-US \
  --ar-locale ar-SA >/dev/null
"$MIZAN_CLI" export --db "$WORK/corpora.db" --tsv "$WORK/mizan.tsv" >/dev/null
tail -n +2 "$WORK/mizan.tsv" >"$WORK/mizan-pairs.tsv"

# The reference pairs: line i of en.sent with line j of ar.sent for every bead [i]:[j].
"$PY" - "$SEED" "$WORK/pairs.tsv" <<'PY'
import sys
seed, out = sys.argv[1], sys.argv[2]
en = open(f'{seed}/en.sent', encoding='utf-8').read().splitlines()
ar = open(f'{seed}/ar.sent', encoding='utf-8').read().splitlines()
with open(out, 'w', encoding='utf-8') as f:
    for bead in open(f'{seed}/gold.beads'):
        e, a = bead.strip().split(':')
        e = [int(x) for x in e.strip('[]').split(',') if x]
        a = [int(x) for x in a.strip('[]').split(',') if x]
        if e and a:
            f.write(' '.join(en[i] for i in e) + '\t' + ' '.join(ar[j] for j in a) + '\n')
PY

well_formed_and_valid_against_the_tmx14_dtd() {
  for f in seed regional arabic-source mizan mizan-regional; do
    xmllint --noout "$WORK/$f.tmx"
    xmllint --noout --dtdvalid "$WORK/tmx14.dtd" "$WORK/$f.tmx"
  done
}

imported_dialects_export_valid_tmx_with_paired_tags() {
  # Every hand-written dialect file goes through import and export; the result must be valid
  # TMX 1.4 and keep every <bpt> paired with its <ept> (which the DTD cannot check).
  for f in tags omegat omegat_utf16be trados_utf16le tmx11 multilingual; do
    "$TOOL" roundtrip "$DATA/$f.tmx" "$WORK/rt-$f.tmx"
    xmllint --noout --dtdvalid "$WORK/tmx14.dtd" "$WORK/rt-$f.tmx"
  done
  "$PY" - "$WORK"/rt-*.tmx <<'PY'
import sys, xml.etree.ElementTree as ET
for path in sys.argv[1:]:
    for seg in ET.parse(path).iter('seg'):
        bpt = sorted(e.get('i') for e in seg.iter('bpt'))
        ept = sorted(e.get('i') for e in seg.iter('ept'))
        assert bpt == ept, (path, ET.tostring(seg, encoding='unicode'))
PY
}

translate_toolkit_sees_every_unit() {
  for f in seed regional arabic-source; do
    "$PY" - "$WORK/$f.tmx" "$WORK/pairs.tsv" "$f" <<'PY'
import sys
from translate.storage import tmx
path, pairs, kind = sys.argv[1:]
want = [l.rstrip('\n').split('\t') for l in open(pairs, encoding='utf-8')]
store = tmx.tmxfile(open(path, 'rb'))
assert len(store.units) == len(want) == 12, (len(store.units), len(want))
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
langs = {'seed': ['en', 'ar'], 'regional': ['en-US', 'ar-SA'], 'arabic-source': ['ar', 'en']}[kind]
for i, (unit, (en, ar)) in enumerate(zip(store.units, want)):
    got = [n.get(XML_LANG) for n in unit.getlanguageNodes()]
    assert got == langs, (i, got)
    text = {lang[:2]: unit.getNodeText(n) for lang, n in zip(got, unit.getlanguageNodes())}
    assert text == {'en': en, 'ar': ar}, (i, text)
    assert unit.getid() == str(i + 1), unit.getid()
PY
  done
}

translate_toolkit_sees_every_unit_of_mizan_export() {
  local units
  units=$("$MIZAN_CLI" stats --db "$WORK/corpora.db" --format json | "$PY" -c 'import json, sys; print(json.load(sys.stdin)["units"])')
  for f in mizan mizan-regional; do
    "$PY" - "$WORK/$f.tmx" "$WORK/mizan-pairs.tsv" "$f" "$units" <<'PY'
import sys
from translate.storage import tmx
path, pairs, kind, units = sys.argv[1:]
want = [l.rstrip('\n').split('\t') for l in open(pairs, encoding='utf-8')]
store = tmx.tmxfile(open(path, 'rb'))
assert len(store.units) == len(want) == int(units) > 0, (len(store.units), len(want), units)
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
langs = {'mizan': ['en', 'ar'], 'mizan-regional': ['en-US', 'ar-SA']}[kind]
for i, (unit, (en, ar)) in enumerate(zip(store.units, want)):
    got = [n.get(XML_LANG) for n in unit.getlanguageNodes()]
    assert got == langs, (i, got)
    text = {lang[:2]: unit.getNodeText(n) for lang, n in zip(got, unit.getlanguageNodes())}
    assert text == {'en': en, 'ar': ar}, (i, text)
PY
  done
}

translate_toolkit_reads_our_markup_as_it_read_the_original() {
  "$TOOL" roundtrip "$DATA/tags.tmx" "$WORK/tags.tmx"
  "$PY" - "$DATA/tags.tmx" "$WORK/tags.tmx" <<'PY'
import sys
from translate.storage import tmx
original, ours = (tmx.tmxfile(open(p, 'rb')).units for p in sys.argv[1:])
assert len(original) == len(ours) == 4
for a, b in zip(original, ours):
    assert (a.source, a.target) == (b.source, b.target), ((a.source, a.target), (b.source, b.target))
assert ours[0].source == 'Click <b>Save</b> to keep the file.', ours[0].source
PY
}

# omegat_translates PROJECT_DIR TMX PAIRS: OmegaT (console mode) with TMX in tm/auto must turn every
# memory sentence of the source file into its Arabic.
omegat_translates() {
  local project=$1 tmx=$2 pairs=$3
  mkdir -p "$project"/{source,target,tm/auto,glossary,dictionary,omegat}
  # One sentence per paragraph, sentence segmentation off: OmegaT's own English SRX would split
  # "Dec. 30" and "Gen. Kurilla" into pieces no memory holds, which tests its rules, not our TMX.
  cat >"$project/omegat.project" <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>EN</source_lang>
    <target_lang>AR</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneArabicTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
  </project>
</omegat>
XML
  cp "$tmx" "$project/tm/auto/mizan.tmx"
  cut -f1 "$pairs" | sed 's/$/\n/' >"$project/source/memory.txt"
  java -Djava.awt.headless=true -jar "$OMEGAT_JAR" "$project" --mode=console-translate \
    >"$project.log" 2>&1 || { tail -30 "$project.log"; return 1; }
  grep -q "Reading of TMX file complete" "$project.log" || { cat "$project.log"; return 1; }
  cut -f2 "$pairs" >"$project.want"
  grep -v '^$' "$project/target/memory.txt" >"$project.got"
  expect_same "$project.want" "$project.got"
}

omegat_pretranslates_every_memory_sentence_of_mizan_export() {
  omegat_translates "$WORK/omegat-plain" "$WORK/mizan.tmx" "$WORK/mizan-pairs.tsv"
}

omegat_matches_regional_locales() {
  omegat_translates "$WORK/omegat-regional" "$WORK/mizan-regional.tmx" "$WORK/mizan-pairs.tsv"
}

po2tmx_output_imports_cleanly() {
  cat >"$WORK/ar.po" <<'PO'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: ar\n"

#: centcom.txt:1
msgid "We will not relent."
msgstr "لن نتراجع."

msgctxt "menu"
msgid "Save & close <b>now</b>"
msgstr "احفظ وأغلق <b>الآن</b>"

msgid "Untranslated entry"
msgstr ""

msgid "Line one\nline two"
msgstr "السطر الأول\nالسطر الثاني"
PO
  "$PY" -m translate.convert.po2tmx --progress=none -l ar "$WORK/ar.po" "$WORK/po.tmx"
  grep -q 'creationtool="Translate Toolkit"' "$WORK/po.tmx"
  "$TOOL" dump "$WORK/po.tmx" >"$WORK/po.json"
  "$PY" - "$WORK/po.json" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
units, summary = rows[:-1], rows[-1]
assert summary['units'] == 3 and summary['skipped'] == [] and summary['warnings'] == [], summary
got = [(u['en'], u['ar'], u['en_locale'], u['ar_locale'], u['source']) for u in units]
assert got == [
    ('We will not relent.', 'لن نتراجع.', 'en', 'ar', 'en'),
    ('Save & close <b>now</b>', 'احفظ وأغلق <b>الآن</b>', 'en', 'ar', 'en'),
    ('Line one\nline two', 'السطر الأول\nالسطر الثاني', 'en', 'ar', 'en'),
], got
PY
}

export_import_export_is_byte_identical() {
  "$TOOL" roundtrip "$WORK/seed.tmx" "$WORK/again.tmx"
  cmp "$WORK/seed.tmx" "$WORK/again.tmx"
}

tsv_and_moses_hold_the_same_pairs() {
  tail -n +2 "$WORK/seed.tsv" >"$WORK/seed.tsv.body"
  expect_same "$WORK/pairs.tsv" "$WORK/seed.tsv.body"
  cut -f1 "$WORK/pairs.tsv" >"$WORK/want.en"
  cut -f2 "$WORK/pairs.tsv" >"$WORK/want.ar"
  expect_same "$WORK/want.en" "$WORK/seed.en"
  expect_same "$WORK/want.ar" "$WORK/seed.ar"
  "$TOOL" dump "$WORK/seed.tsv" | tail -1 | grep -q '"units":12,"skipped_count":0,"skipped":\[\]'
}

check "xmllint: well-formed and DTD-valid" well_formed_and_valid_against_the_tmx14_dtd
check "dialects re-export valid, tags paired" imported_dialects_export_valid_tmx_with_paired_tags
check "translate-toolkit sees every unit" translate_toolkit_sees_every_unit
check "translate-toolkit sees every unit of mizan export" translate_toolkit_sees_every_unit_of_mizan_export
check "translate-toolkit reads our markup" translate_toolkit_reads_our_markup_as_it_read_the_original
check "OmegaT pre-translates every sentence of mizan export" omegat_pretranslates_every_memory_sentence_of_mizan_export
check "OmegaT with en-US/ar-SA" omegat_matches_regional_locales
check "po2tmx output imports cleanly" po2tmx_output_imports_cleanly
check "export-import-export byte-identical" export_import_export_is_byte_identical
check "TSV and Moses" tsv_and_moses_hold_the_same_pairs
finish
