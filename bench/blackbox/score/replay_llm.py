"""Which replies of a replay --replies file are the hostile endpoint's wordings, and whether any is an altered answer.

usage: replay_llm.py llm.log REPLIES.jsonl [BASELINE.jsonl]
Prints the requests the endpoint counted, the replies in its words (by tactic), every reply that is one of its altered
answers (a lie the guards let through), and with BASELINE (the same replay without an LLM) how many lines differ in
anything but the reply text (order, ids, statuses).
"""
import collections
import json
import re
import sys

from hostile_replies import HARMLESS, MARK, core, finished, norm


log = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
answers = {}
for e in log:
    if e.get("answer"):
        answers.setdefault(finished(e["answer"]), e)
drafts = {finished(e.get("draft")) for e in log}
replies = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
by_tactic, lies = collections.Counter(), 0
for r in replies:
    c = core(r.get("reply"))
    e = answers.get(c)
    if e is None or c in drafts:
        continue
    by_tactic[e["tactic"]] += 1
    if e["tactic"] not in HARMLESS and norm(e["answer"]) != norm(e.get("draft")):
        lies += 1
        print(f"  ALTERED ANSWER SENT [{e['tactic']}] {r.get('comment')!r} -> {r.get('reply')!r}")
print(f"  endpoint requests {len(log)}; replies {len(replies)}; in the endpoint's words {sum(by_tactic.values())} "
      f"({', '.join(f'{k} {v}' for k, v in by_tactic.most_common()) or 'none'}); altered answers sent: {lies}")
if len(sys.argv) > 3:
    base = [json.loads(l) for l in open(sys.argv[3], encoding="utf-8")]
    strip = lambda r: {k: v for k, v in r.items() if k != "reply"}
    diff = sum(1 for a, b in zip(base, replies) if strip(a) != strip(b)) + abs(len(base) - len(replies))
    text = sum(1 for a, b in zip(base, replies) if a.get("reply") != b.get("reply"))
    print(f"  against the replay without an LLM: {len(base)} vs {len(replies)} lines, {diff} differ in order/id/status, {text} in the reply text")
