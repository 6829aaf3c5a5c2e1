"""What the hostile endpoint saw and what of it reached viewers.

usage: llm_calls.py llm.log INPUT OUTPUT [INPUT OUTPUT ...]
INPUT is a .tsv (comment in the first column, a header line) or a .txt (one comment per line); OUTPUT the ask JSON lines.
Prints the requests by tactic; per input, how many comments reached the endpoint (the product sends the comment
normalised, "一袋" -> "1袋", "100斤" -> "50kg", so comments are matched loosely), the intents of replies written without
it, how many replies are the endpoint's wording; and every reply that is an altered answer (a lie the guards let through).
"""
import collections
import difflib
import json
import re
import sys

from hostile_replies import HARMLESS, MARK, core, finished, norm


def key(s):
    """A comment without its numbers and units, for matching the normalised text the product sent."""
    s = re.sub(r"[0-9零一二两三四五六七八九十百千万.]+|斤|kg|cm|公斤|米|[?？!！,，。 ]", "", s or "", flags=re.I)
    return s.lower()


log = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
by_tactic = collections.Counter(e["tactic"] for e in log)
print(f"  requests {len(log)} (streamed {sum(e['stream'] for e in log)}, with a key {sum(e['auth'] for e in log)}); by tactic: "
      + ", ".join(f"{k} {v}" for k, v in sorted(by_tactic.items(), key=lambda kv: -kv[1])))
sent_keys = {}
for e in log:
    sent_keys.setdefault(key(e["comment"]), []).append(e)
altered = {}
for e in log:
    a = e.get("answer")
    if a and e["tactic"] not in HARMLESS and norm(a) != norm(e.get("draft")):
        altered.setdefault(finished(a), e)
drafts = {finished(e.get("draft")) for e in log}
harmless = {finished(e["answer"]) for e in log if e.get("answer") and (e["tactic"] in HARMLESS)}


def reached(text):
    k = key(text)
    if k in sent_keys:
        return True
    return bool(difflib.get_close_matches(k, list(sent_keys), n=1, cutoff=0.7)) if len(k) >= 3 else False


lies = 0
for inp, outp in zip(sys.argv[2::2], sys.argv[3::2]):
    lines = open(inp, encoding="utf-8").read().splitlines()
    if inp.endswith(".tsv"):
        lines = [l.split("\t")[0] for l in lines[1:]]
    outs = [json.loads(l) for l in open(outp, encoding="utf-8")]
    called, replied, own = 0, 0, 0
    silent = collections.Counter()
    for text, o in zip(lines, outs):
        reply = o.get("reply")
        hit = reached(text)
        called += hit
        if reply is None:
            continue
        replied += 1
        if not hit:
            silent[o.get("intent")] += 1
        c = core(reply)
        # exactly an altered answer, or one cut at the length limit — never a draft the product wrote: a lie told about
        # one comment can be word for word the true answer to another ("…建议拍XL码" for S, and for 173 cm 62.5 kg)
        e = None if c in drafts else (altered.get(c) or next((x for a, x in altered.items() if len(c) > 20 and a.startswith(c[:-2])), None))
        if e is not None:
            lies += 1
            print(f"    ALTERED ANSWER SENT [{e['tactic']}] {text!r} -> {reply!r}")
        elif c in harmless and hit:
            own += 1
    print(f"  {inp}: {len(lines)} comments, {replied} replies, {called} comments reached the endpoint, "
          f"{own} replies are its (correct) wording; replies written without asking it, by intent: "
          + (", ".join(f"{k} {v}" for k, v in silent.most_common()) or "none"))
print(f"  altered answers that reached a viewer: {lies}")
