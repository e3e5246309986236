#!/usr/bin/env python3
"""Writes the small dictd fixtures of dictd_test.cpp (run from this folder; output is committed).

plain/tiny.index, plain/tiny.dict   plain dictd dictionary, FreeDict layout (headword, senses)
tiny.index, tiny.dict.dz            the same entries dictzip-compressed with 64-byte chunks, so that an
                             entry spans chunks (dictzip: gzip whose FEXTRA "RA" field lists the
                             compressed size of each independently inflatable chunk)
"""
import struct
import zlib

ENTRIES = [
    ('00databaseshort', 'tiny test dictionary\n'),
    ('force', 'Force /fˈɔːs/\nالقوة\n'),
    ('forces', 'Forces /fˈɔːsɪz/\nالقوات\n'),
    ('state', 'State /stˈeɪt/\nالحالة، الدولة، يقرّ\n'),
    ('bomb', 'A-bomb /ɐ bˈɒm/\n1. القنبلة النووية\n2. القنبلة الذرية\n'),
    ('a', 'A /ˈeɪ/\nآي - الحرف الأول في اللغة الإنجليزية\n'),
]
ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def b64(n):
    s = ''
    while True:
        s = ALPHABET[n % 64] + s
        n //= 64
        if n == 0:
            return s


data = b''
index = []
for head, body in ENTRIES:
    raw = body.encode('utf-8')
    index.append(f'{head}\t{b64(len(data))}\t{b64(len(raw))}\n')
    data += raw
import os
os.makedirs('plain', exist_ok=True)
open('plain/tiny.dict', 'wb').write(data)
for name in ('plain/tiny.index', 'tiny.index'):
    open(name, 'w', encoding='utf-8').write(''.join(index))

CHUNK = 64
chunks = [data[i:i + CHUNK] for i in range(0, len(data), CHUNK)]
compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
sizes, body = [], b''
for k, c in enumerate(chunks):
    out = compressor.compress(c)
    out += compressor.flush(zlib.Z_FINISH if k == len(chunks) - 1 else zlib.Z_FULL_FLUSH)
    sizes.append(len(out))
    body += out
ra = struct.pack('<HHH', 1, CHUNK, len(chunks)) + b''.join(struct.pack('<H', s) for s in sizes)
extra = b'RA' + struct.pack('<H', len(ra)) + ra
header = b'\x1f\x8b\x08\x04' + b'\0\0\0\0' + b'\x02\x03' + struct.pack('<H', len(extra)) + extra
trailer = struct.pack('<II', zlib.crc32(data) & 0xffffffff, len(data) & 0xffffffff)
open('tiny.dict.dz', 'wb').write(header + body + trailer)
