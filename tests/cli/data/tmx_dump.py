#!/usr/bin/env python3
"""Prints the units of a TMX file field by field, one normal form for any writer, so that an
imported and re-exported file can be compared with cmp. Normal form: attributes of a <tu> and
of its <tuv>s are one record (OmegaT dates the target <tuv>, mizan the <tu>); a missing
usagecount is 0; mizan's own bookkeeping props (x-document, x-position, x-confidence and the
context props mizan writes) are left out, and props are sorted (their order carries nothing);
segments are printed as their XML content with
character references resolved, so every character (bidi marks included) is compared. With
--without-tuid the tuid is left out (OmegaT writes none; mizan's export gives its own id).
Usage: tmx_dump.py [--without-tuid] FILE.tmx"""
import sys
import xml.etree.ElementTree as ET

MIZAN_PROPS = {'x-document', 'x-position', 'x-confidence', 'x-source-language'}
UNIT_ATTRIBUTES = ['tuid', 'creationid', 'creationdate', 'changeid', 'changedate',
                   'lastusagedate', 'usagecount']
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'


def inner(seg):
    text = seg.text or ''
    for child in seg:
        text += ET.tostring(child, encoding='unicode')
    return text


def dump(path, with_tuid=True):
    root = ET.parse(path).getroot()
    lines = []
    for tu in root.iter('tu'):
        attrs = {a: tu.get(a) for a in UNIT_ATTRIBUTES if tu.get(a) is not None}
        for tuv in tu.findall('tuv'):
            for a in UNIT_ATTRIBUTES:
                if tuv.get(a) is not None:
                    attrs.setdefault(a, tuv.get(a))
        attrs.setdefault('usagecount', '0')
        if not with_tuid:
            attrs.pop('tuid', None)
        elif 'tuid' not in attrs:
            attrs['tuid'] = '(none)'
        lines.append('tu ' + ' '.join(f'{k}={attrs[k]!r}' for k in sorted(attrs)))
        lines += sorted(f'  prop {p.get("type")!r} {p.text or ""!r}' for p in tu.findall('prop')
                        if p.get('type') not in MIZAN_PROPS)
        for note in tu.findall('note'):
            lines.append(f'  note {note.text or ""!r}')
        for tuv in tu.findall('tuv'):
            lang = (tuv.get(XML_LANG) or tuv.get('lang') or '').lower()
            lines.append(f'  tuv {lang}')
            lines += sorted(f'    prop {p.get("type")!r} {p.text or ""!r}'
                            for p in tuv.findall('prop'))
            for note in tuv.findall('note'):
                lines.append(f'    note {note.text or ""!r}')
            lines.append(f'    seg {inner(tuv.find("seg"))!r}')
    return '\n'.join(lines) + '\n'


if __name__ == '__main__':
    args = sys.argv[1:]
    with_tuid = '--without-tuid' not in args
    sys.stdout.write(dump([a for a in args if a != '--without-tuid'][0], with_tuid))
