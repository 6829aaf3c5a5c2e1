#!/usr/bin/env bash
# Compares `./livecopilot ask --file` with fastText 0.9.2 `predict` over the same lines (the speed bar of the NLU and
# assistant issues), with JVM start and model loading cancelled out on both sides.
#
# usage: bench/ask-vs-fasttext.sh REVIEWS [RUNS]
#   REVIEWS  one comment or review per line (UTF-8)
#   RUNS     repetitions, interleaved (default 5); the median of each side is reported
#
# Needs `fasttext` (apt-get install fasttext). fastText reads whitespace-separated tokens and Chinese has no spaces,
# so it gets the same lines with every character spaced (its usual set-up for Chinese without a segmenter). Its model
# is trained here on the project's sentiment data with word bigrams and the default 2M hash buckets (the setting
# behind its published scores on Chinese review sets); the size of that model, not the training data, decides its
# predict speed. Net time = time for all lines − time for the first line alone (start-up and model load).
set -euo pipefail
reviews=${1:?usage: bench/ask-vs-fasttext.sh REVIEWS [RUNS]}
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
command -v fasttext >/dev/null || { echo "fasttext not found: apt-get install fasttext" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

spaced() { python3 -c 'import sys
for l in sys.stdin: print(" ".join(l.strip()))'; }
spaced < "$reviews" > "$work/all_sp.txt"
head -1 "$reviews" > "$work/one.txt"
head -1 "$work/all_sp.txt" > "$work/one_sp.txt"
python3 - "$root/nlp/src/main/resources/io/livecopilot/nlp/data/sentiment.csv" > "$work/train.txt" <<'PY'
import csv, sys
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    print("__label__" + row["label"], " ".join(row["text"].strip()))
PY
fasttext supervised -input "$work/train.txt" -output "$work/ft" -wordNgrams 2 -epoch 25 -verbose 0 >/dev/null

"$root/livecopilot" --help >/dev/null # builds the jar when needed
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); python3 -c "print($e-$s)"; }
lines=$(wc -l < "$reviews")
for i in $(seq "$runs"); do
  fa=$(secs fasttext predict "$work/ft.bin" "$work/all_sp.txt"); f1=$(secs fasttext predict "$work/ft.bin" "$work/one_sp.txt")
  la=$(secs "$root/livecopilot" ask --file "$reviews"); l1=$(secs "$root/livecopilot" ask --file "$work/one.txt")
  echo "$fa $f1 $la $l1"
done | python3 -c "
import sys, statistics as st
rows = [list(map(float, l.split())) for l in sys.stdin]
fa, f1, la, l1 = (st.median(c) for c in zip(*rows))
n = $lines
print(f'lines {n}, runs {len(rows)} (medians)')
print(f'fastText predict: {fa:.2f} s in all, {f1:.2f} s for one line, net {fa-f1:.2f} s = {n/max(fa-f1,1e-9):,.0f} lines/s')
print(f'livecopilot ask:  {la:.2f} s in all, {l1:.2f} s for one line, net {la-l1:.2f} s = {n/max(la-l1,1e-9):,.0f} lines/s')
print(f'ratio (net, ours/fastText lines/s): {(fa-f1)/max(la-l1,1e-9):.2f}; gross (whole commands): {fa/la:.2f}')
"
