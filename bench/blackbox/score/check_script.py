"""The script studio's streamed path against the hostile endpoint: which segments the endpoint wrote, and whether any
of them carries a lie the endpoint told (the part of an altered answer that is not the product's own draft).

usage: check_script.py out_script.json llm.log FIRST_REQUEST
Only log lines from FIRST_REQUEST on (the studio's) are read. Each model-written segment is also written to
out_script_llm.jsonl as {"reply": text} so that check_attacks.py can judge it like a reply.
"""
import json
import re
import sys

HARMLESS = {"correct", "correct_again", "polite_correct"}
script = json.load(open(sys.argv[1], encoding="utf-8"))
first = int(sys.argv[3])
log = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
log = [e for e in log if e["n"] > first]
segs = script.get("segments", [])
llm = [s for s in segs if str(s.get("source", "")).startswith("llm:")]
print(f"  requests {len(log)} (streamed {sum(e['stream'] for e in log)}); segments {len(segs)}, written by the endpoint {len(llm)}; "
      f"script checks: {script.get('checks', {}).get('counts')}")


def added(e):
    """What a tactic added to or changed in the draft, as runs of 4+ word characters."""
    a, d = e.get("answer") or "", e.get("draft") or ""
    rest = a.replace(d, " ") if d else a
    return [r for r in re.split(r"[\s，。！？、,.!?:：<>\"'=/()（）]+", rest) if len(r) >= 4]


lies = 0
for s in llm:
    text = s.get("text", "")
    for e in log:
        if e["tactic"] in HARMLESS:
            continue
        hit = next((r for r in added(e) if r in text), None)
        if hit:
            lies += 1
            print(f"    ALTERED TEXT IN SCRIPT [{e['tactic']}] '{hit}' in {s.get('kind')} {s.get('product')}: {text[:120]!r}")
            break
with open("out_script_llm.jsonl", "w", encoding="utf-8") as f:
    for s in llm:
        f.write(json.dumps({"reply": s.get("text", "")}, ensure_ascii=False) + "\n")
with open("script_llm.txt", "w", encoding="utf-8") as f:
    f.write("\n" * len(llm))
print(f"  model-written segments carrying an altered answer: {lies}")
