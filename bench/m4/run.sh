#!/usr/bin/env bash
# M4 evaluation of `forecast` (hourly: 414 series, horizon 48; weekly: 359 series, horizon 13).
# With the real M4 files (Hourly-train.csv, Hourly-test.csv, Weekly-train.csv, Weekly-test.csv from the M4
# competition's repository) in $M4_DIR, scores them; otherwise scores the synthetic stand-ins of the same shape
# (seed 2: not the seed the method choices were tuned on). Prints sMAPE, MASE and OWA vs Naive2 for the M4
# benchmarks (Naive2, sNaive, SES, Theta, Comb) and for `auto`, the forecaster behind `livecopilot forecast`.
# Usage: bench/m4/run.sh [--seed N] [--origins N] [--combine K] [--tolerance T]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/cli/target/livecopilot.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root"/analytics/src/main -newer "$jar" -print -quit)" ]; then
  (cd "$root" && mvn -B -q -DskipTests -pl cli -am package >&2)
fi
run() { java -cp "$jar" io.livecopilot.analytics.forecast.M4Evaluation "$@"; }
M4_DIR="${M4_DIR:-$root/bench/m4/data}"
for f in Hourly Weekly; do
  lower="$(echo "$f" | tr 'A-Z' 'a-z')"
  if [ -f "$M4_DIR/$f-train.csv" ] && [ -f "$M4_DIR/$f-test.csv" ]; then
    run --train "$M4_DIR/$f-train.csv" --test "$M4_DIR/$f-test.csv" --frequency "$lower" "$@"
  else
    run --synthetic "$lower" --seed 2 "$@"
  fi
  echo
done
