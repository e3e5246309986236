#!/usr/bin/env python3
"""Score an alignment of raw text, whose sentences need not be the gold ones, against the gold.

  score_raw.py DOC_DIR PRED.json          one document folder (en.sent, ar.sent, gold.beads)
  score_raw.py --set DEV_DIR PRED_DIR     every DEV_DIR/<doc> against PRED_DIR/<doc>.json

PRED.json is `mizan align --format json en.txt ar.txt`: beads with the text of their sentences.
When the aligner segments the raw text itself, its sentences differ from the reference ones
(en.sent / ar.sent), so its beads cannot be compared bead for bead. Each side's text is read as
one stream of characters (whitespace left out: the segmenter and the reference differ in it), the
predicted beads and the reference sentences are placed on it, and every reference sentence goes
to the predicted bead that holds most of its characters. The predicted beads become beads of
reference sentences, scored as score.py scores them: strict (identical beads), lax (the
sentence links they imply: the overlap measure) and null (sentences left unaligned). A reference
sentence cut in two by the segmenter goes whole to one side of the cut, so a wrong split costs the
strict score of that bead and some lax links, no more; a predicted bead that only holds parts of
reference sentences owned by others disappears (its links are lost).
"""
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import counts, read_beads, row  # noqa: E402

SPACE = re.compile(r'\s+')


def stream(text):
    """The characters that both segmentations keep: NFC, no whitespace, no invisible marks."""
    text = unicodedata.normalize('NFC', text)
    return ''.join(c for c in SPACE.sub('', text) if unicodedata.category(c) != 'Cf')


def spans(pieces):
    """Start and end of each piece on the stream of their concatenation (pieces in order)."""
    out, pos = [], 0
    for piece in pieces:
        s = stream(piece)
        out.append((pos, pos + len(s)))
        pos += len(s)
    return out, pos


def owners(gold_spans, pred_spans):
    """For each gold span, the index of the predicted span overlapping it most (None: none)."""
    out, k = [], 0
    for gs, ge in gold_spans:
        while k < len(pred_spans) and pred_spans[k][1] <= gs:
            k += 1
        best, best_overlap, j = None, 0, k
        while j < len(pred_spans) and pred_spans[j][0] < ge:
            overlap = min(ge, pred_spans[j][1]) - max(gs, pred_spans[j][0])
            if overlap > best_overlap:
                best, best_overlap = j, overlap
            j += 1
        out.append(best)
    return out


def read_lines(path):
    with open(path, encoding='utf-8') as f:
        return [line.rstrip('\n') for line in f]


def project(doc, pred_path):
    """The predicted beads as beads of the document's reference sentences."""
    with open(pred_path, encoding='utf-8') as f:
        pred = json.load(f)
    projected = [([], []) for _ in pred]
    for side, lang in ((0, 'en'), (1, 'ar')):
        gold_sents = read_lines(os.path.join(doc, lang + '.sent'))
        gold_spans, gold_len = spans(gold_sents)
        # Beads in order hold each side's sentences in order; a bead without this side is empty.
        pred_spans, pred_len = spans([b[lang + "_text"] for b in pred])
        if stream(''.join(gold_sents)) != stream(''.join(b[lang + '_text'] for b in pred)):
            sys.exit(f'{pred_path}: the {lang} text of the beads is not the text of '
                     f'{os.path.join(doc, lang + ".sent")} ({pred_len} / {gold_len} characters): '
                     'was it aligned from this document\'s ' + lang + '.txt?')
        for g, owner in enumerate(owners(gold_spans, pred_spans)):
            if owner is not None:
                projected[owner][side].append(g)
    return [(tuple(e), tuple(a)) for e, a in projected if e or a]


def main(argv):
    if len(argv) == 4 and argv[1] == '--set':
        dev, pred_dir = argv[2], argv[3]
        docs = sorted(n for n in os.listdir(dev)
                      if os.path.isfile(os.path.join(dev, n, 'gold.beads')))
        total = {k: [0, 0, 0] for k in ('strict', 'lax', 'null')}
        for name in docs:
            doc = os.path.join(dev, name)
            c = counts(read_beads(os.path.join(doc, 'gold.beads')),
                       project(doc, os.path.join(pred_dir, name + '.json')))
            print(row(name[:24], c))
            for k in total:
                total[k] = [x + y for x, y in zip(total[k], c[k])]
        print(row('ALL (micro)', {k: tuple(v) for k, v in total.items()}))
    elif len(argv) == 3:
        doc = argv[1]
        print(row('document', counts(read_beads(os.path.join(doc, 'gold.beads')),
                                     project(doc, argv[2]))))
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main(sys.argv)
