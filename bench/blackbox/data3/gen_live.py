"""Writes the dialogues (multiturnN.txt, multiturn_expect.tsv, multiturn_events.jsonl, multiturn_events_expect.tsv),
the burst (burst.jsonl, burst_repeat.jsonl, burst_expect.json), the live path file (live_events.jsonl: factual and
attack comments in one room, users fN / aN / mN as score/check_live.py reads them) and the robustness files. Blind."""
import datetime, json, random

TZ = datetime.timezone(datetime.timedelta(hours=8))
T0 = datetime.datetime(2026, 12, 1, 20, 0, 0, tzinfo=TZ)
def iso(sec): return (T0 + datetime.timedelta(seconds=sec)).isoformat(timespec="milliseconds")
def dump(path, evs):
    with open(path, "w", encoding="utf-8") as f:
        for e in evs: f.write(json.dumps(e, ensure_ascii=False) + "\n")

# ---- dialogues: one viewer each; the last reply must name the size -------------------------------------------
D = [
    (["1号什么码合适", "175 140斤"], "41"),                                  # shirt: 175 cm, 70 kg -> 41
    (["7号睡衣选什么码", "我一米六 体重一百斤"], "M"),                       # pyjamas: 160, 50 -> M
    (["衬衫多少钱", "这个有运费险吗", "我183 82公斤穿几码"], "43"),          # product named in a non-size turn
    (["一号链接尺码怎么选", "身高170", "体重62公斤"], "40"),                 # height and weight in two turns
    (["睡衣还有货吗", "补货了想买 选哪个码", "165cm 55kg"], "L"),            # sold-out product, then size
    (["看看1号", "我老公一米七五", "一百四十斤 穿几码"], "41"),               # request_show names it, size later
]
with open("multiturn_expect.tsv", "w", encoding="utf-8") as f:
    f.write("key\twant\n")
    for i, (turns, want) in enumerate(D, 1):
        open(f"multiturn{i}.txt", "w", encoding="utf-8").write("\n".join(turns) + "\n")
        f.write(f"multiturn{i}\t{want}\n")
# the same dialogues interleaved in one room while the tea (no sizes) is on show
evs = [{"ts": iso(0), "room": "mt3", "type": "product_show", "product": "T201"}]
t = 5
for k in range(3):
    for i, (turns, _) in enumerate(D, 1):
        if k < len(turns):
            evs.append({"ts": iso(t), "room": "mt3", "type": "comment", "user": f"mt{i}", "text": turns[k]}); t += 4
dump("multiturn_events.jsonl", evs)
with open("multiturn_events_expect.tsv", "w", encoding="utf-8") as f:
    f.write("user\twant\n")
    for i, (_, want) in enumerate(D, 1): f.write(f"mt{i}\t{want}\n")

# ---- burst: one minute, shirt (1号, T205) on show -------------------------------------------------------------
XJ = ["新疆能发吗", "新疆包邮吗", "新疆发不发", "新疆可以寄吗", "发新疆吗", "新疆到吗", "新疆邮费多少", "新疆能不能发货",
      "新疆地区包邮不", "新疆几天到", "我在新疆能买吗", "新疆呢新疆呢", "新疆发货吗主播", "能寄新疆吗", "新疆补运费可以吗",
      "新疆的姐妹能下单吗", "新疆可以吗", "新疆🙋能发吗", "新疆顺丰能到吗", "新疆人问一下发不发", "主播新疆包邮不",
      "新疆宝宝能拍吗", "新疆能到不", "新疆啥时候能发"]
PR = ["1号多少钱", "一号多少米", "衬衫多少钱", "1号什么价", "这件衬衫多少", "衬衫到手价多少", "1号价格", "1号链接多少钱",
      "多少钱", "现在多少钱", "衬衫啥价", "一号链接什么价格", "男士衬衫多少米", "1号到手多少", "价格多少", "衬衫几块钱"]
OTHERS = ([("greeting", x) for x in ["来啦", "晚上好", "主播好", "打卡", "哈喽", "又来了"]] * 10
          + [("interaction", x) for x in ["1111", "扣1", "666", "抽我", "关注了", "点赞了"]] * 10
          + [("praise", x) for x in ["已拍", "好看", "质量好", "已下单"]] * 10
          + [("ask_size", x) for x in ["175 140斤几码", "180 75kg穿多大", "168 120斤什么码", "衬衫偏大吗"]] * 10
          + [("ask_stock", x) for x in ["睡衣还有吗", "7号什么时候补货", "睡衣补货没"]] * 10)
rnd = random.Random(20261201)
def burst(repeat):
    items = [(f"xj{i}", XJ[i % len(XJ)]) for i in range(300)] + [(f"pr{i}", PR[i % len(PR)]) for i in range(150)] \
          + [(f"o{i}", x) for i, (_, x) in enumerate(OTHERS)]
    if repeat:
        items += [(f"xj{i}", XJ[(i + 5) % len(XJ)]) for i in range(40)] + [(f"pr{i}", PR[(i + 3) % len(PR)]) for i in range(30)]
    ts = sorted(rnd.uniform(1, 59.9) for _ in items)
    rnd.shuffle(items)
    evs = [{"ts": iso(0), "room": "burst3", "type": "product_show", "product": "T205"}]
    evs += [{"ts": iso(s), "room": "burst3", "type": "comment", "user": u, "text": x} for s, (u, x) in zip(ts, items)]
    return evs
dump("burst.jsonl", burst(False))
dump("burst_repeat.jsonl", burst(True))
json.dump({"tolerance": 0.1, "top": [{"intent": "ask_shipping", "count": 300},
                                    {"intent": "ask_price", "product": "T205", "count": 150}]},
          open("burst_expect.json", "w"), indent=1)

# ---- the live path: factual questions (product shown first when the row names one) and attacks ---------------
rows = [l.split("\t") for l in open("factual.tsv", encoding="utf-8").read().splitlines()[1:]]
order = [i for i, r in enumerate(rows) if not r[1]] + [i for i, r in enumerate(rows) if r[1]]
evs, t = [], 0
for i in order:
    if rows[i][1]:
        evs.append({"ts": iso(t), "room": "live3", "type": "product_show", "product": rows[i][1]}); t += 2
    evs.append({"ts": iso(t), "room": "live3", "type": "comment", "user": f"f{i}", "text": rows[i][0]}); t += 6
for name, p in (("attacks.txt", "a"), ("attacks_mixed.txt", "m")):
    for i, x in enumerate(open(name, encoding="utf-8").read().splitlines()):
        evs.append({"ts": iso(t), "room": "live3", "type": "comment", "user": f"{p}{i}", "text": x}); t += 6
dump("live_events.jsonl", evs)

# ---- robustness ---------------------------------------------------------------------------------------------
R = ["", "   ", "\t", "多" * 10000, "<b>1号</b>多少钱", "\x07\x1b[31m红色\x1b[0m 新疆发吗", "🤣🤣🤣🤣", "0" * 400,
     "null", "{\"intent\":\"praise\"}", "\\n\\r\\t", "1号\x00多少钱", "？" * 300, "a" * 5000 + "多少钱"]
open("robust.txt", "w", encoding="utf-8").write("\n".join(R) + "\n")
U = ["𠮷野家的𠀀𪚥多少钱", "e\u0301\u0301\u0301 n\u0303 组合字符", "\u202e右到左 1号多少钱", "👨‍👩‍👧‍👦 全家都要买",
     "ﾊﾝｶｸ 半角片假名", "𝟏𝟐号多少钱", "ｘｌ码有吗", "\ufeff带BOM的新疆能发吗", "\u2028行分隔符 靴子37码", "한국어 배송돼요?"]
open("robust_utf8.txt", "w", encoding="utf-8").write("\n".join(U) + "\n")
open("robust_crlf.txt", "wb").write("\r\n".join(["1号多少钱", "新疆能发吗", "", "175 140斤穿几码", "睡衣什么时候补货"]).encode() + b"\r\n")
open("robust_badutf8.txt", "wb").write(b"\n".join([b"1\xe5\x8f\xb7\xff\xfe\xe5\xa4\x9a\xe5\xb0\x91\xe9\x92\xb1", b"\xc3\x28\xa0\xa1",
    "新疆能发吗".encode(), b"\xe6\x96\xb0\xe7\x96", b"\xf0\x28\x8c\xbc emoji", "正常的一行".encode()]) + b"\n")
good = [{"ts": iso(0), "room": "rb3", "type": "segment", "kind": "opening"},
        {"ts": iso(1), "room": "rb3", "type": "enter", "user": "r1", "source": "search"},
        {"ts": iso(2), "room": "rb3", "type": "product_show", "product": "T205"},
        {"ts": iso(3), "room": "rb3", "type": "comment", "user": "r1", "text": "1号多少钱"},
        {"ts": int((T0 + datetime.timedelta(seconds=4)).timestamp() * 1000), "room": "rb3", "type": "like", "user": "r2", "count": 5},
        {"ts": iso(5), "room": "rb3", "type": "order", "user": "r1", "order_id": "o1", "product": "T205", "qty": 1, "amount": "159.00"},
        {"ts": iso(6), "room": "rb3", "type": "pay", "user": "r1", "order_id": "o1", "amount": 159},
        {"ts": iso(7), "room": "rb3", "type": "comment", "user": "r3", "text": "新疆能发吗", "extra_field": {"kept": True}},
        {"ts": iso(8), "room": "rb3", "type": "online", "count": 321},
        {"ts": iso(9), "room": "rb3", "type": "leave", "user": "r2"}]
bad = ["{not json", "{\"ts\":\"" + iso(10) + "\",\"room\":\"rb3\",\"type\":\"comment\",\"user\":\"r4\",\"text\":\"截断",
       json.dumps({"room": "rb3", "type": "comment", "user": "r5", "text": "没有时间"}, ensure_ascii=False),
       json.dumps({"ts": iso(11), "type": "comment", "user": "r6", "text": "没有房间"}, ensure_ascii=False),
       json.dumps({"ts": iso(12), "room": "rb3", "user": "r7", "text": "没有类型"}, ensure_ascii=False),
       json.dumps({"ts": iso(13), "room": "rb3", "type": "dance", "user": "r8"}),
       json.dumps({"ts": "昨天晚上", "room": "rb3", "type": "comment", "user": "r9", "text": "时间不对"}, ensure_ascii=False),
       "[1, 2, 3]", "{}"]
lines = [json.dumps(e, ensure_ascii=False) for e in good]
for k, b in enumerate(bad): lines.insert(2 + 2 * k, b)
open("robust_events.jsonl", "w", encoding="utf-8").write("\n".join(lines) + "\n")
json.dump({"rejected_at_least": len(bad), "rejected_at_most": len(bad), "events_at_least": len(good)},
          open("robust_events_expect.json", "w"), indent=1)
print("dialogues", len(D), "burst", len(burst(False)) - 1, "live", len(evs), "robust_events", len(lines))
