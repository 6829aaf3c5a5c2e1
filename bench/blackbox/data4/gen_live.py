"""Writes the event-based files of data4 (blind4, 2026-11-30): the size dialogues (multiturnN.txt + multiturn_expect.tsv,
and interleaved as events in multiturn_events.jsonl + multiturn_events_expect.tsv), live_events.jsonl (factual rows
and attacks as comments: users f<i>, a<i>, m<i> as score/check_live.py reads them), burst.jsonl + burst_expect.json
and burst_repeat.jsonl, and the robustness files robust*.txt, robust_events.jsonl + robust_events_expect.json."""
import json, random
from datetime import datetime, timedelta, timezone

CN = timezone(timedelta(hours=8))
T0 = datetime(2026, 11, 30, 20, 0, 0, tzinfo=CN)
iso = lambda s: (T0 + timedelta(seconds=s)).isoformat(timespec="milliseconds")
dump = lambda o: json.dumps(o, ensure_ascii=False)

# ---- dialogues: one viewer each; the last reply must name the size
D = [
    (["1号什么码", "160 100斤"], "S"),
    (["7号什么码", "孩子125 54斤"], "130"),
    (["衬衫多少钱", "有运费险吗", "我183 82公斤穿几码"], "2XL||XXL"),
    (["羽绒服怎么选码", "身高135", "体重68斤"], "140"),
    (["看看1号", "我一米七五", "一百三十五斤 穿几码"], "L"),
    (["1号几码合适", "170 60kg"], "M"),
    (["七号", "女儿105cm 34斤穿多大"], "110"),
    (["衬衫什么面料", "那180 150斤穿啥码"], "XL"),
]
with open("multiturn_expect.tsv", "w", encoding="utf-8") as f:
    f.write("key\twant\n")
    for i, (turns, want) in enumerate(D, 1):
        open(f"multiturn{i}.txt", "w", encoding="utf-8").write("\n".join(turns) + "\n")
        f.write(f"multiturn{i}\t{want}\n")
# the same dialogues interleaved in one room while the pu'er (no sizes) is on show; then the jacket is shown and a
# ninth viewer asks "这件…"
room = "r_mt4"
ev = [{"ts": iso(0), "room": room, "type": "product_show", "product": "Q406"}]
t = 5
for step in range(3):
    for i, (turns, _) in enumerate(D, 1):
        if step < len(turns):
            ev.append({"ts": iso(t), "room": room, "type": "comment", "user": f"mt{i}", "text": turns[step]}); t += 4
ev.append({"ts": iso(t + 10), "room": room, "type": "product_show", "product": "Q411"})
ev.append({"ts": iso(t + 20), "room": room, "type": "comment", "user": "mt9", "text": "这件怎么选码"})
ev.append({"ts": iso(t + 30), "room": room, "type": "comment", "user": "mt9", "text": "孩子118 22公斤"})
open("multiturn_events.jsonl", "w", encoding="utf-8").write("\n".join(map(dump, ev)) + "\n")
with open("multiturn_events_expect.tsv", "w", encoding="utf-8") as f:
    f.write("user\twant\n")
    for i, (_, want) in enumerate(D, 1): f.write(f"mt{i}\t{want}\n")
    f.write("mt9\t120\n")

# ---- live path: factual rows without a product first (nothing on show), then per product after its product_show,
# then the attacks
rows = [l.split("\t") for l in open("factual.tsv", encoding="utf-8").read().splitlines()[1:]]
room = "r_live4"
ev, t = [], 0
for i, r in enumerate(rows):
    if not r[1]: ev.append({"ts": iso(t), "room": room, "type": "comment", "user": f"f{i}", "text": r[0]}); t += 10
shown = None
for i, r in sorted(((i, r) for i, r in enumerate(rows) if r[1]), key=lambda x: x[1][1]):
    if r[1] != shown:
        ev.append({"ts": iso(t), "room": room, "type": "product_show", "product": r[1]}); t += 5; shown = r[1]
    ev.append({"ts": iso(t), "room": room, "type": "comment", "user": f"f{i}", "text": r[0]}); t += 10
for name, p in (("attacks.txt", "a"), ("attacks_mixed.txt", "m")):
    for i, line in enumerate(open(name, encoding="utf-8").read().splitlines()):
        ev.append({"ts": iso(t), "room": room, "type": "comment", "user": f"{p}{i}", "text": line}); t += 10
open("live_events.jsonl", "w", encoding="utf-8").write("\n".join(map(dump, ev)) + "\n")

# ---- burst: one minute with the shirt (1号, Q403) on show
rnd = random.Random(20261130)
XJ = ["新疆能发吗", "新疆包邮吗", "发新疆吗", "新疆可以寄吗", "新疆发货不", "新疆能到吗", "新疆的能买吗", "乌鲁木齐能发吗",
      "新疆偏远地区发不发", "我在新疆 能发货吗", "新疆运费多少", "新疆几天到", "新疆包不包邮啊", "新疆的宝子能买吗",
      "新疆发不发货", "新疆可以发快递吗", "新疆不发吗？", "新疆到底发不发", "新疆能不能寄", "新疆地区包邮不",
      "伊犁能发吗 新疆的", "新疆喀什能寄吗", "新疆有运费吗", "主播新疆能发货不", "新疆的亲们能下单吗", "新疆发吗发吗"]
PR = ["多少钱", "1号多少钱", "衬衫多少钱", "这件多少钱", "现在什么价", "到手多少", "多少米", "价格多少", "1号链接多少钱",
      "衬衫啥价", "这个衬衫多少钱呀", "多钱", "咋卖", "多少钱一件", "衬衫现在卖多少", "一号多少钱"]
OT = (["来了来了", "晚上好", "主播好", "刚进来", "哈喽", "来啦", "报到", "晚上好呀家人们"] * 8)[:60] \
   + (["扣1", "666", "抽我", "已关注", "点赞了", "1111", "已分享", "扣扣扣"] * 8)[:60] \
   + (["175 140斤穿几码", "衬衫偏大吗", "有XL吗", "170 120斤什么码", "180的穿啥码"] * 8)[:40] \
   + (["好看", "已拍", "质量不错", "爱了爱了", "已下单"] * 6)[:30] \
   + (["白色还有吗", "还有货吗", "L码还有吗", "什么时候补货"] * 5)[:20] \
   + (["哈哈哈", "今天好冷", "背景音乐好听", "主播换发型了", "嗯嗯"] * 8)[:40]
assert len(OT) == 250


def burst(repeat):
    b = [{"ts": iso(0), "room": "r_burst4", "type": "product_show", "product": "Q403"}]
    com = [(f"x{i}", rnd.choice(XJ)) for i in range(300)] + [(f"p{i}", rnd.choice(PR)) for i in range(150)] \
        + [(f"o{i}", OT[i]) for i in range(250)]
    if repeat: com += [(f"x{i}", rnd.choice(XJ)) for i in range(40)] + [(f"p{i}", rnd.choice(PR)) for i in range(30)]
    com = [(rnd.uniform(1, 60), u, txt) for u, txt in com]
    for s, u, _ in com:
        if rnd.random() < 0.5: b.append({"ts": iso(s - 0.5), "room": "r_burst4", "type": "enter", "user": u, "source": "recommend"})
    b += [{"ts": iso(s), "room": "r_burst4", "type": "comment", "user": u, "text": txt} for s, u, txt in com]
    b.sort(key=lambda e: e["ts"])
    return b


open("burst.jsonl", "w", encoding="utf-8").write("\n".join(map(dump, burst(False))) + "\n")
open("burst_repeat.jsonl", "w", encoding="utf-8").write("\n".join(map(dump, burst(True))) + "\n")
json.dump({"top": [{"intent": "ask_shipping", "count": 300}, {"intent": "ask_price", "product": "Q403", "count": 150}],
           "tolerance": 0.1}, open("burst_expect.json", "w", encoding="utf-8"), ensure_ascii=False)

# ---- robustness (ask --file: one JSON line out per line in, exit 0)
long = ("衬衫多少钱新疆能发吗" * 1000)[:10000]
R = ["", "   ", long, "<script>alert(1)</script>", "\t\t", "1号多少钱\x07\x1b[31m红色\x1b[0m", "\x01\x02\x03\x7f",
     "！？。，、；：“”‘’（）【】", "1号多少钱\x00在吗", "a" * 3000 + "多少钱", "160 100斤穿什么码" + " " * 500, "#" * 200]
open("robust.txt", "w", encoding="utf-8").write("\n".join(R) + "\n")
U = ["𠀀𠀁𪚥 多少钱", "衬衫\u0301\u0301\u0301多少钱", "\u202e衬衫多少钱\u202c", "\ufeff1号多少钱", "草莓\u2028发什么快递",
     "🧧🎁👗👟🍓🫖 有券吗", "ｎｏ．１ 多少钱", "㊀号 多少钱", "\u200d\u200d\u200d", "Z̷̢̛a̸l̴g̶o̵ 多少钱"]
open("robust_utf8.txt", "w", encoding="utf-8").write("\n".join(U) + "\n")
C = ["衬衫多少钱", "新疆能发吗", "", "160 100斤穿什么码", "有运费险吗", "好看"]
open("robust_crlf.txt", "wb").write("\r\n".join(C).encode("utf-8"))  # no final line break
B = [b"\xe8\xa1\xac\xe8\xa1\xab\xff\xfe\xe5\xa4\x9a\xe5\xb0\x91\xe9\x92\xb1", b"\xe4\xbd", b"\xc0\xaf\xc0\xaf \xe5\x8f\x91\xe8\xb4\xa7",
     b"\x80\x81\x82 1\xe5\x8f\xb7", "草莓多少钱".encode(), b"\xed\xa0\x80 surrogate", b"\xf8\x88\x80\x80\x80", "好看".encode()]
open("robust_badutf8.txt", "wb").write(b"\n".join(B) + b"\n")
good = [{"ts": iso(0), "room": "r_rob4", "type": "product_show", "product": "Q403"},
        {"ts": iso(1), "room": "r_rob4", "type": "enter", "user": "g1", "source": "search"},
        {"ts": int((T0 + timedelta(seconds=2)).timestamp() * 1000), "room": "r_rob4", "type": "comment", "user": "g1", "text": "1号多少钱"},
        {"ts": iso(3), "room": "r_rob4", "type": "like", "user": "g1", "count": 5},
        {"ts": iso(4), "room": "r_rob4", "type": "comment", "user": "g2", "text": "新疆能发吗", "extra_field": {"kept": True}},
        {"ts": iso(5), "room": "r_rob4", "type": "online", "count": 320},
        {"ts": iso(6), "room": "r_rob4", "type": "order", "user": "g1", "order_id": "o1", "product": "Q403", "qty": 1, "amount": "129.00"},
        {"ts": iso(7), "room": "r_rob4", "type": "pay", "user": "g1", "order_id": "o1", "amount": 129},
        {"ts": iso(8), "room": "r_rob4", "type": "comment", "user": "g3", "text": "<script>alert(1)</script>"},
        {"ts": iso(9), "room": "r_rob4", "type": "leave", "user": "g2"}]
bad = ['{"ts": "2026-11-30T20:00:10+08:00", "room": "r_rob4", "type": "comment", "user": "b1", "text": "没闭合"',
       'this is not json',
       '[1, 2, 3]',
       dump({"room": "r_rob4", "type": "comment", "user": "b2", "text": "没有时间"}),
       dump({"ts": iso(11), "type": "comment", "user": "b3", "text": "没有房间"}),
       dump({"ts": iso(12), "room": "r_rob4", "user": "b4", "text": "没有类型"}),
       dump({"ts": iso(13), "room": "r_rob4", "type": "teleport", "user": "b5"}),
       dump({"ts": "昨天晚上", "room": "r_rob4", "type": "comment", "user": "b6", "text": "时间不对"}),
       dump({"ts": iso(14), "room": "r_rob4", "type": "follow"})]
lines = [dump(good[0]), dump(good[1]), bad[0], dump(good[2]), bad[1], dump(good[3]), bad[2], bad[3], dump(good[4]),
         bad[4], dump(good[5]), bad[5], dump(good[6]), bad[6], dump(good[7]), bad[7], dump(good[8]), bad[8], dump(good[9])]
open("robust_events.jsonl", "w", encoding="utf-8").write("\n".join(lines) + "\n")
# the last bad line (a follow without its user) may defensibly be kept by a reader that checks only ts/room/type
json.dump({"rejected_at_least": 8, "rejected_at_most": 9, "events_at_least": 10}, open("robust_events_expect.json", "w"))
print("dialogues", len(D), "live events", len(ev), "robust lines", len(lines))
