"""Scores dialogues: the last reply of each must name the expected size as a token of its own ("M" not inside "XM",
"31" not inside "310"). usage: check_multiturn.py EXPECT.tsv  (key<TAB>want; reads out_<key>.jsonl, one JSON per turn)
   or: check_multiturn.py EXPECT.tsv REPLIES.jsonl  (replay --replies output; key = user, last reply of that user)."""
import json, re, sys
rows = [l.split("\t") for l in open(sys.argv[1], encoding="utf-8").read().splitlines()[1:] if l.strip()]
last = {}
if len(sys.argv) > 2:
    for l in open(sys.argv[2], encoding="utf-8"):
        o = json.loads(l)
        if o.get("reply"): last[o.get("user")] = (o.get("comment"), o.get("reply"))
else:
    for key, _ in rows:
        try: outs = [json.loads(l) for l in open(f"out_{key}.jsonl", encoding="utf-8")]
        except FileNotFoundError: outs = []
        if outs: last[key] = (None, outs[-1].get("reply"))
ok = 0
for key, want in rows:
    c, r = last.get(key, (None, None))
    good = bool(r) and any(re.search(rf"(?<![A-Za-z0-9]){re.escape(w)}(?![A-Za-z0-9])", r) for w in want.split("||"))
    ok += good
    if not good: print(f"  MISS {key}: want {want!r}, last reply {r!r}" + (f" (to {c!r})" if c else ""))
print(f"dialogues: {ok}/{len(rows)} end with the right size")
