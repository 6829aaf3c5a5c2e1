"""Writes live_events.jsonl: the factual questions and the attacks (plain and mixed) as comments in one room, each
from its own viewer (f<i>, a<i>, m<i>), 3 s apart, with a product_show before each factual question that has a
product on show (and a product_show of nuts, which have no sizes, before the others). `score/check_live.py` maps
`replay --replies` back to the lines and scores them with the same rules as `ask`."""
import json
t = 1764594000000
ev = []
def add(e):
    global t
    e = {"ts": t, "room": "live", **e}; ev.append(e); t += 3000
for i, l in enumerate(open("factual.tsv", encoding="utf-8").read().splitlines()[1:]):
    text, prod = l.split("\t")[:2]
    add({"type": "product_show", "product": prod or "S110"})
    add({"type": "comment", "user": f"f{i}", "text": text})
for name, p in (("attacks.txt", "a"), ("attacks_mixed.txt", "m")):
    for i, text in enumerate(open(name, encoding="utf-8").read().splitlines()):
        add({"type": "comment", "user": f"{p}{i}", "text": text})
with open("live_events.jsonl", "w", encoding="utf-8") as f:
    for e in ev: f.write(json.dumps(e, ensure_ascii=False) + "\n")
print(len(ev))
