#!/usr/bin/env python3
"""Checks new training sentences against the black-box sets (bench/blackbox/data*/) and our held-out intent file.

usage: bench/blackbox/check_similarity.py FILE   (one sentence a line; a Rasa "- text" line, a TSV line's last
column or plain text; entity marks [x](y) are removed). Prints every sentence whose difflib ratio to any sentence
of those sets is 0.7 or more and exits 1 if there is one: such a sentence must be rewritten in our own words.
"""
import difflib, glob, os, re, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
han = re.compile(r'[\u4e00-\u9fff]')
unmark = lambda t: re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', t)
ref = []
for f in glob.glob(os.path.join(root, 'bench/blackbox/data*/*.tsv')):
    for line in open(f, encoding='utf-8'):
        ref += [(os.path.basename(f), c) for c in line.rstrip('\n').split('\t') if han.search(c)]
for f in glob.glob(os.path.join(root, 'bench/blackbox/data*/*.txt')):
    for line in open(f, encoding='utf-8', errors='replace'):
        if han.search(line): ref.append((os.path.basename(f), line.strip()))
for line in open(os.path.join(root, 'nlp/src/test/resources/io/livecopilot/nlp/nlu-heldout.yml'), encoding='utf-8'):
    m = re.match(r'\s+- (.*)', line)
    if m: ref.append(('nlu-heldout.yml', unmark(m.group(1))))
close = 0
for line in open(sys.argv[1], encoding='utf-8'):
    t = unmark(re.sub(r'^\s*- ', '', line.rstrip('\n').split('\t')[-1])).strip()
    if not t or t.startswith('#'): continue
    best, ratio = max(((r, difflib.SequenceMatcher(None, t, r[1]).ratio()) for r in ref), key=lambda x: x[1])
    if ratio >= 0.7:
        close += 1
        print(f'too close {ratio:.2f}: {t}  ~ {best[0]}: {best[1]}')
print(f'{close} too close')
sys.exit(1 if close else 0)
