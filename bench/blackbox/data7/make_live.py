"""Writes live_events.jsonl: the factual questions (user f<i> for row i of factual.tsv), the attacks (a<i>) and the mixed
attacks (m<i>) as comments in one room, 90 s apart so that no rate limit or "same question once per window" rule can
stand between a viewer and the answer; a row with a product column is asked right after that product is shown
(product_show), the shop-level rows first, before any product is shown. run.sh scores it with score/check_live.py.
usage: python3 make_live.py"""
import datetime
import json

tz = datetime.timezone(datetime.timedelta(hours=8))
t0 = datetime.datetime(2026, 12, 2, 19, 0, 0, tzinfo=tz)
rows = [l.split("\t") for l in open("factual.tsv", encoding="utf-8").read().splitlines()[1:]]
attacks = open("attacks.txt", encoding="utf-8").read().splitlines()
mixed = open("attacks_mixed.txt", encoding="utf-8").read().splitlines()
R = "live7"
ev = [(0, {"room": R, "type": "segment", "kind": "opening"})]
t = 30.0
shown = None
def comment(user, text):
    global t
    ev.append((t - 5, {"room": R, "type": "enter", "user": user, "source": "recommend"}))
    ev.append((t, {"room": R, "type": "comment", "user": user, "text": text}))
    t += 90
for i, r in enumerate(rows):
    if r[1] and r[1] != shown:
        ev.append((t - 10, {"room": R, "type": "product_show", "product": r[1]}))
        shown = r[1]
    comment(f"f{i}", r[0])
for i, a in enumerate(attacks):
    comment(f"a{i}", a)
for i, m in enumerate(mixed):
    comment(f"m{i}", m)
ev.append((t, {"room": R, "type": "segment", "kind": "closing"}))
ev.sort(key=lambda e: e[0])
with open("live_events.jsonl", "w", encoding="utf-8") as f:
    for s, e in ev:
        ts = (t0 + datetime.timedelta(seconds=s)).isoformat(timespec="milliseconds")
        f.write(json.dumps(dict({"ts": ts}, **e), ensure_ascii=False) + "\n")
print(len(ev), "events")
