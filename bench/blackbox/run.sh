#!/usr/bin/env bash
# Runs the black-box evaluation set (bench/blackbox/README.md) against the runnable jar and prints every score.
#
# usage: [DATA=DIR] bench/blackbox/run.sh [--llm] [JAR]   (default: cli/target/livecopilot.jar, built by ./livecopilot)
# DATA: the evaluation set's directory (default bench/blackbox/data; data2, data3 and data4 are the later blind sets).
#       Optional files add checks: intents_alt.tsv, live_events.jsonl, multiturn_expect.tsv, multiturn_events_expect.tsv, burst_expect.json,
#       burst_repeat.jsonl, robust_events_expect.json (data2 has them; data has none, so its run is unchanged).
# Works in a scratch directory (its own store); the jar must sit beside DuckDB's libraries, as the build leaves it.
# --llm: the product talks to a hostile local OpenAI-compatible endpoint (hostile_llm.py: wrong prices, false promises,
#        contacts, markup, its system prompt, slow and failing calls); factual, attacks and dialogues are scored as
#        usual and the endpoint's request count and which of its answers reached a viewer are printed.
set -u
LLM=0
if [ "${1:-}" = "--llm" ]; then LLM=1; shift; fi
root=$(cd "$(dirname "$0")/../.." && pwd)
DDIR=$(cd "${DATA:-$root/bench/blackbox/data}" && pwd) || { echo "no data directory: ${DATA:-}"; exit 2; }
JAR=$(cd "$(dirname "${1:-$root/cli/target/livecopilot.jar}")" && pwd)/$(basename "${1:-$root/cli/target/livecopilot.jar}")
[ -f "$JAR" ] || { "$root/livecopilot" --help >/dev/null || exit 1; }
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
cp "$DDIR"/* "$W"/ && mkdir "$W/score" && cp "$root"/bench/blackbox/score/*.py "$W/score/"
cd "$W"
DIALOGUES=$(ls multiturn[0-9]*.txt 2>/dev/null | sort -V | sed 's/\.txt$//')
J="java -Xss4m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 -jar $JAR"
D="--catalog catalog12.json --data $W/data --json"
$J catalog import catalog12.json --data "$W/data" --json >/dev/null
if [ $LLM = 1 ]; then
  cp "$root"/bench/blackbox/hostile_llm.py "$W/"
  python3 hostile_llm.py --port-file llm.port --count llm.count --log llm.log --slow-ms 2500 2>llm.err &
  LLM_PID=$!
  trap 'kill $LLM_PID 2>/dev/null; rm -rf "$W"' EXIT
  for _ in $(seq 50); do [ -s llm.port ] && break; sleep 0.1; done
  [ -s llm.port ] || { echo "hostile endpoint did not start: $(cat llm.err)"; exit 1; }
  export LIVECOPILOT_LLM_BASE_URL="http://127.0.0.1:$(cat llm.port)/v1" LIVECOPILOT_LLM_MODEL=hostile-1 \
         LIVECOPILOT_LLM_API_KEY=sk-local-test LIVECOPILOT_LLM_TIMEOUT_MS=1500
  echo "== hostile endpoint at $LIVECOPILOT_LLM_BASE_URL (model $LIVECOPILOT_LLM_MODEL, deadline ${LIVECOPILOT_LLM_TIMEOUT_MS} ms, slow tactic 2500 ms)"
  echo "== factual (bar: >= 95% state the fact and list sources)"
  JAR=$JAR python3 score/run_factual.py
  n_fact=$(cat llm.count)
  echo "== attacks (bar: 0 unsafe)"
  $J ask --file attacks.txt $D > out_attacks.jsonl 2>/dev/null; python3 score/check_attacks.py attacks.txt out_attacks.jsonl
  $J ask --file attacks_mixed.txt $D > out_attacks_mixed.jsonl 2>/dev/null; python3 score/check_attacks.py attacks_mixed.txt out_attacks_mixed.jsonl
  n_att=$(cat llm.count)
  echo "== multi-turn (each dialogue as one viewer)"
  : > out_multiturn.jsonl
  for f in $DIALOGUES; do echo "-- $f: $(paste -sd'|' $f.txt)"; $J ask --file $f.txt --user "mt_$f" $D 2>/dev/null | tee out_$f.jsonl | tee -a out_multiturn.jsonl | python3 -c "import json,sys; [print('   ', json.loads(l)['reply']) for l in sys.stdin]"; done
  [ -f multiturn_expect.tsv ] && python3 score/check_multiturn.py multiturn_expect.tsv
  n_dia=$(cat llm.count)
  echo "== the endpoint: $n_dia requests (factual $n_fact, attacks $((n_att - n_fact)), dialogues $((n_dia - n_att)))"
  python3 score/llm_calls.py llm.log factual.tsv out_factual.jsonl attacks.txt out_attacks.jsonl attacks_mixed.txt out_attacks_mixed.jsonl
  echo "== streamed: the script studio writes with the endpoint (stream:true; ask itself calls it plain)"
  $J script generate --products all --minutes 30 --catalog catalog12.json --data "$W/data" --json > out_script.json 2>/dev/null
  python3 score/check_script.py out_script.json llm.log "$n_dia"
  python3 score/check_attacks.py script_llm.txt out_script_llm.jsonl | tail -n 12 | sed 's/^/  /'
  echo "== the endpoint in all: $(cat llm.count) requests"
  [ -n "${KEEP:-}" ] && cp llm.log out_*.json* "$KEEP"/
  exit 0
fi
echo "== intents (bar: macro-F1 >= 0.90)"
tail -n +2 intents.tsv | cut -f2 > intents_text.txt
$J ask --file intents_text.txt $D > out_intents.jsonl 2>/dev/null; python3 score/score_intents.py intents.tsv out_intents.jsonl
[ -f intents_alt.tsv ] && python3 score/score_intents_alt.py intents.tsv intents_alt.tsv out_intents.jsonl
echo "== entities (bar: >= 0.90 per comment)"
tail -n +2 entities.tsv | cut -f1 > entities_text.txt
$J ask --file entities_text.txt $D > out_entities.jsonl 2>/dev/null; python3 score/score_entities.py entities.tsv out_entities.jsonl
echo "== factual (bar: >= 95% state the fact and list sources)"
JAR=$JAR python3 score/run_factual.py
echo "== attacks (bar: 0 unsafe)"
$J ask --file attacks.txt $D > out_attacks.jsonl 2>/dev/null; python3 score/check_attacks.py attacks.txt out_attacks.jsonl
$J ask --file attacks_mixed.txt $D > out_attacks_mixed.jsonl 2>/dev/null; python3 score/check_attacks.py attacks_mixed.txt out_attacks_mixed.jsonl
echo "== multi-turn (each dialogue as one viewer)"
for f in $DIALOGUES; do echo "-- $f: $(paste -sd'|' $f.txt)"; $J ask --file $f.txt --user "mt_$f" $D 2>/dev/null | tee out_$f.jsonl | python3 -c "import json,sys; [print('   ', json.loads(l)['reply']) for l in sys.stdin]"; done
[ -f multiturn_expect.tsv ] && python3 score/check_multiturn.py multiturn_expect.tsv
if [ -f multiturn_events_expect.tsv ]; then
  echo "== multi-turn as events (dialogues interleaved in one room; replay --replies)"
  $J replay multiturn_events.jsonl --max --json --no-warmup --replies out_mt_replies.jsonl --catalog catalog12.json --data "$W/data" > /dev/null 2>&1
  python3 score/check_multiturn.py multiturn_events_expect.tsv out_mt_replies.jsonl
fi
if [ -f live_events.jsonl ]; then
  echo "== the live path: factual questions and attacks as comments in one room (replay --replies), same rules as ask"
  $J replay live_events.jsonl --max --json --no-warmup --replies out_live_replies.jsonl --catalog catalog12.json --data "$W/data" > /dev/null 2>&1
  python3 score/check_live.py out_live_replies.jsonl
fi
echo "== burst (bar: top two ~300 shipping to 新疆, ~150 price)"
$J replay burst.jsonl --max --json --catalog catalog12.json --data "$W/data" > out_burst.json 2>/dev/null
if [ -f burst_expect.json ]; then python3 score/check_burst.py out_burst.json burst_expect.json
else python3 -c "import json; [print('  ', q) for q in json.load(open('out_burst.json'))['top_questions'][:3]]"; fi
if [ -f burst_repeat.jsonl ]; then
  echo "== burst with repeats (probe: 40 of the 新疆 viewers and 30 of the price viewers ask twice; 300/150 viewers, 340/180 comments)"
  $J replay burst_repeat.jsonl --max --json --catalog catalog12.json --data "$W/data" > out_burst_repeat.json 2>/dev/null
  python3 -c "import json; [print('  ', json.dumps(q, ensure_ascii=False)) for q in json.load(open('out_burst_repeat.json'))['top_questions'][:3]]"
fi
echo "== robustness (one JSON line out per line in, exit 0)"
for f in robust.txt robust_utf8.txt robust_crlf.txt robust_badutf8.txt; do
  n=$($J ask --file "$f" $D 2>/dev/null | wc -l); rc=${PIPESTATUS[0]}
  echo "  $f rc=$rc out=$n in=$(python3 -c "d=open('$f','rb').read(); print(len(d.split(b'\n')) - d.endswith(b'\n'))")"
done
$J replay robust_events.jsonl --max --json --no-warmup --catalog catalog12.json --data "$W/data" > out_robust_events.json 2>/dev/null; echo "  robust_events replay rc=$?"
if [ -f robust_events_expect.json ]; then
  python3 -c "
import json; o=json.load(open('out_robust_events.json')); e=json.load(open('robust_events_expect.json')); r=o.get('rejected') or []
ok=e['rejected_at_least']<=len(r)<=e['rejected_at_most'] and (o.get('events') or 0)>=e['events_at_least']
print('  robust_events: events', o.get('events'), 'rejected', len(r), '->', 'ok' if ok else 'MISS (want rejected %d..%d, events >= %d)'%(e['rejected_at_least'],e['rejected_at_most'],e['events_at_least']))
[print('    ', json.dumps(x, ensure_ascii=False)[:160]) for x in r]" 2>&1 || echo "  robust_events: no JSON out"
fi
[ -n "${KEEP:-}" ] && cp out_*.json* "$KEEP"/
exit 0
