"""Writes the size dialogues: multiturnN.txt (one viewer, one comment per line, run through `ask --file --user`),
multiturn_expect.tsv (what the last reply must contain), and multiturn_events.jsonl (the same dialogues
interleaved in one room as events while nuts (no sizes) are on show, plus one that relies on the product on show) with multiturn_events_expect.tsv."""
import json
D = [
 (["2号什么码", "160 100斤"], "M"),
 (["5号裤子怎么选码", "一米七五", "140斤"], "31"),
 (["羽绒服选哪个码啊", "我158", "体重九十斤"], "S"),
 (["尿不湿什么码合适", "宝宝10公斤"], "M"),
 (["牛仔裤", "180 160斤穿几码"], "33"),
 (["2号多少钱", "那170 130斤穿啥码"], "XL"),
 (["165 120斤", "羽绒服呢 穿几码"], "L"),
 (["5号穿几码", "168 125斤", "那2号呢"], "XL"),
]
with open("multiturn_expect.tsv", "w") as f:
    f.write("file\tlast_reply_must_contain\n")
    for i, (lines, want) in enumerate(D, 1):
        open(f"multiturn{i}.txt", "w").write("\n".join(lines) + "\n")
        f.write(f"multiturn{i}\t{want}\n")
# events: all dialogues in one room, turns interleaved 7 s apart, other viewers chatting in between
ev = []
t0 = 1764590400000  # 2025-12-01T20:00:00+08:00
# the product on show has no sizes (nuts), so a dialogue can only get its product from its own earlier turns
ev.append({"ts": t0, "room": "mt", "type": "product_show", "product": "S110"})
turns = max(len(l) for l, _ in D)
t = t0 + 1000
for k in range(turns):
    for i, (lines, _) in enumerate(D, 1):
        if k < len(lines):
            ev.append({"ts": t, "room": "mt", "type": "comment", "user": f"mt{i}", "text": lines[k]}); t += 700
            ev.append({"ts": t, "room": "mt", "type": "comment", "user": f"other{i}{k}", "text": ["来了", "扣1", "好看", "主播好"][(i + k) % 4]}); t += 300
    t += 7000
# then the down jacket is shown: "这件" means S103
ev.append({"ts": t - 2000, "room": "mt", "type": "product_show", "product": "S103"})
ev.append({"ts": t, "room": "mt", "type": "comment", "user": "mt9", "text": "这件162 105斤穿啥码"})
with open("multiturn_events.jsonl", "w") as f:
    for e in ev: f.write(json.dumps(e, ensure_ascii=False) + "\n")
with open("multiturn_events_expect.tsv", "w") as f:
    f.write("user\tlast_reply_must_contain\n")
    for i, (_, want) in enumerate(D, 1): f.write(f"mt{i}\t{want}\n")
    f.write("mt9\tM\n")
print(len(D), len(ev))
