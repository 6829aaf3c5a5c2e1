#!/usr/bin/env python3
"""Writes a speed corpus of 77,000 distinct lines of real modern Chinese at review length (about 51 characters) for
bench/ask-vs-fasttext.sh, from the Chinese documentation Debian ships (nothing is downloaded but these packages).

usage: apt-get install -y manpages-zh gimp-help-zh-cn debian-edu-doc-zh-cn kicad-doc-zh lilypond-doc-html-zh
       bench/real77k.py OUT

Why: the synthetic review files repeat a small vocabulary (prose77k: 296 distinct characters, 20k distinct lines), which
keeps fastText's 2M-bucket model in cache and flatters it; real reviews have thousands of characters and ~10^5 bigrams.
This corpus has 2,327 distinct characters and ~84k distinct bigrams. It is documentation, not reviews: clauses of real
sentences recombined into review-length lines, so it stands for real text's variety, not for review wording.
"""
import gzip, html, os, random, re, subprocess, sys

out_path = sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__)
texts = []
for root in ['/usr/share/man/zh_CN', '/usr/share/man/zh_TW']:
    for dp, _, fs in os.walk(root):
        for f in fs:
            p = os.path.join(dp, f)
            try:
                raw = gzip.open(p).read() if f.endswith('.gz') else open(p, 'rb').read()
            except OSError:
                continue
            t = re.sub(r'^\.[A-Za-z]+.*$', ' ', raw.decode('utf-8', 'ignore'), flags=re.M)
            texts.append(re.sub(r'\\f[BIRP]|\\-|\\\(..|\\&', '', t))
pages = []
for pkg in ['debian-edu-doc-zh-cn', 'kicad-doc-zh', 'lilypond-doc-html-zh']:
    pages += [l for l in subprocess.run(['dpkg', '-L', pkg], capture_output=True, text=True).stdout.split() if l.endswith('.html')]
for dp, _, fs in os.walk('/usr/share/gimp/2.0/help/zh_CN'):
    pages += [os.path.join(dp, f) for f in fs if f.endswith('.html')]
for p in pages:
    t = open(p, encoding='utf-8', errors='ignore').read()
    t = re.sub(r'<script.*?</script>|<style.*?</style>', ' ', t, flags=re.S)
    texts.append(html.unescape(re.sub(r'<[^>]+>', ' ', t)))
cjk = re.compile(r'[\u4e00-\u9fff]')
sents = set()
for t in texts:
    for s in re.split(r'(?<=[。！？；])', re.sub(r'\s+', ' ', t)):
        s = s.strip()
        if 12 <= len(s) <= 120 and len(cjk.findall(s)) >= 0.6 * len(s):
            sents.add(s)
sents = sorted(sents)
random.Random(7).shuffle(sents)
clauses = sorted({c.strip() for s in sents for c in re.split(r'(?<=[，。！？；])', s) if 4 <= len(c.strip()) <= 40})
rnd, out, seen = random.Random(11), [], set()
while len(out) < 77000:
    k, line = rnd.choice([1, 2, 2, 3, 3, 4]), ''
    while len(line) < 30 or (k > 0 and len(line) < 70):
        line += rnd.choice(clauses)
        k -= 1
    line = line[:110]
    if line not in seen:
        seen.add(line)
        out.append(line)
open(out_path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(f'{len(out)} lines, {sum(map(len, out)) / len(out):.1f} characters on average, '
      f'{len({c for l in out for c in l})} distinct characters, from {len(clauses)} clauses', file=sys.stderr)
