#!/usr/bin/env bash
# Load test of `livecopilot serve` on localhost: starts a server on a fresh data directory, runs ServerBench
# (events/s over HTTP, 202 latency, SSE fan-out to N clients), prints the server's RSS, stops the server.
# Usage: bench/load/server-load.sh [ServerBench options, e.g. --events 200000 --sse 100]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
[ -f bench/target/benchmarks.jar ] || mvn -B -q -DskipTests -pl bench -am package
data="$(mktemp -d)"
port="${PORT:-17070}"
export LIVECOPILOT_TOKEN="lc_load-test-token-$(date +%s)-0123456789"
./livecopilot serve --data "$data" --port "$port" --rate 100000 > "$data/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for i in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.5; done
jpid=$(pgrep -P $pid java || echo $pid)
java -cp bench/target/benchmarks.jar io.livecopilot.bench.ServerBench --url "http://127.0.0.1:$port" --token "$LIVECOPILOT_TOKEN" "$@"
grep -E 'VmRSS|VmHWM' /proc/$jpid/status | sed 's/^/server /'
