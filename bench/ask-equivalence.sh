#!/usr/bin/env bash
# Checks that a change to the ask path changed no answer: runs `ask --file` with two jars over the same comment files
# and compares the outputs byte for byte (as the launcher runs ask: C1 only).
#
# usage: bench/ask-equivalence.sh BEFORE.jar AFTER.jar FILE...
#   e.g. keep a copy of cli/target/livecopilot.jar before the change, rebuild (./livecopilot --help), then compare.
set -uo pipefail
[ $# -ge 3 ] || { echo "usage: bench/ask-equivalence.sh BEFORE.jar AFTER.jar FILE..." >&2; exit 2; }
before=$1 after=$2; shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# a jar copied out of cli/target needs DuckDB's native libraries beside it (cli/pom.xml): link them in
beside() { local d; d=$(mktemp -d -p "$work"); ln -s "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" "$d/livecopilot.jar"
  for l in "$(dirname "$0")"/../cli/target/libduckdb_java.so_*; do ln -s "$(cd "$(dirname "$l")" && pwd)/$(basename "$l")" "$d/"; done
  echo "$d/livecopilot.jar"; }
before=$(beside "$before") after=$(beside "$after")
run() { java -Xss4m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -jar "$1" ask --file "$2" 2>/dev/null; }
status=0
for f in "$@"; do
  run "$before" "$f" > "$work/a"; run "$after" "$f" > "$work/b"
  if cmp -s "$work/a" "$work/b"; then echo "$f: identical ($(wc -l < "$work/a") lines)"
  else echo "$f: DIFFERS in $(diff "$work/a" "$work/b" | grep -c '^<') lines"; status=1; fi
done
exit $status
