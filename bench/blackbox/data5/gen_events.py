"""Writes the dialogue, burst and live-path files of the fifth blind set from hand-written comments:
multiturnN.txt + multiturn_expect.tsv (ask --file --user), multiturn_events.jsonl + multiturn_events_expect.tsv
(the same dialogues interleaved in one room while beef jerky, which has no sizes, is on show, plus one "这件…"
after the pants are shown), burst.jsonl + burst_expect.json, burst_repeat.jsonl, live_events.jsonl (factual
questions as f<i>, attacks as a<i>, mixed attacks as m<i>). Expected sizes are checked against the chart."""
import json, random, datetime
cat = json.load(open("catalog12.json", encoding="utf-8"))
prod = {p["id"]: p for p in cat["products"]}
TZ = datetime.timezone(datetime.timedelta(hours=8))

def only_size(pid, h, w):
    rows = [r["size"] for r in prod[pid]["sizes"]
            if r["height_cm"][0] <= h <= r["height_cm"][1] and r["weight_kg"][0] <= w <= r["weight_kg"][1]]
    assert len(rows) == 1, (pid, h, w, rows)
    return rows[0]

def iso(t0, s):
    return (t0 + datetime.timedelta(seconds=s)).isoformat(timespec="milliseconds")

def dump(path, events):
    with open(path, "w", encoding="utf-8") as f:
        for e in events: f.write(json.dumps(e, ensure_ascii=False) + "\n")

# ---- dialogues: (turns, product, height, weight)
D = [
    (["1号什么码", "160 100斤"], "T504", 160, 50),
    (["3号卫衣怎么选码", "172 130斤"], "T501", 172, 65),
    (["8号睡衣孩子穿多大", "身高105 体重36斤"], "T506", 105, 18),
    (["阔腿裤我穿哪个码啊", "一米六五", "一百零八斤"], "T504", 165, 54),
    (["卫衣有大码吗 我老公块头大", "他183 170斤"], "T501", 183, 85),
    (["1号 我158", "96斤 穿什么码"], "T504", 158, 48),
    (["8号 宝宝穿多大", "92cm 28斤"], "T506", 92, 14),
    (["男朋友穿卫衣什么码", "他一米七 一百二十斤"], "T501", 170, 60),
    (["1号多少钱", "我165 120斤穿什么码"], "T504", 165, 60),
]
with open("multiturn_expect.tsv", "w", encoding="utf-8") as f:
    f.write("key\twant\n")
    for i, (turns, pid, h, w) in enumerate(D, 1):
        open(f"multiturn{i}.txt", "w", encoding="utf-8").write("\n".join(turns) + "\n")
        f.write(f"multiturn{i}\t{only_size(pid, h, w)}\n")
t0 = datetime.datetime(2026, 12, 5, 19, 30, 0, tzinfo=TZ)
room = "r5mt"; ev = [{"ts": iso(t0, 0), "room": room, "type": "segment", "kind": "pitch", "product": "T502"},
                     {"ts": iso(t0, 1), "room": room, "type": "product_show", "product": "T502"}]
s = 2
for i in range(len(D)):
    ev.append({"ts": iso(t0, s), "room": room, "type": "enter", "user": f"mt{i + 1}", "source": "recommend"}); s += 1
for k in range(3):
    for i, (turns, *_ ) in enumerate(D):
        if k < len(turns):
            ev.append({"ts": iso(t0, s), "room": room, "type": "comment", "user": f"mt{i + 1}", "text": turns[k]}); s += 4
s += 20
ev.append({"ts": iso(t0, s), "room": room, "type": "product_show", "product": "T504"}); s += 5
ev.append({"ts": iso(t0, s), "room": room, "type": "enter", "user": "mt_show", "source": "follow"}); s += 2
ev.append({"ts": iso(t0, s), "room": room, "type": "comment", "user": "mt_show", "text": "这件我穿什么码 163 105斤"})
dump("multiturn_events.jsonl", ev)
with open("multiturn_events_expect.tsv", "w", encoding="utf-8") as f:
    f.write("key\twant\n")
    for i, (turns, pid, h, w) in enumerate(D, 1): f.write(f"mt{i}\t{only_size(pid, h, w)}\n")
    f.write(f"mt_show\t{only_size('T504', 163, 52.5)}\n")

# ---- burst: one minute, 豆浆机 (6号, T512) on show
XJ = """新疆能发吗
新疆包邮吗
发新疆吗
新疆可以寄吗
我在新疆 能到吗
新疆的能买吗
新疆几天能到
新疆发不发啊
新疆偏远地区包邮不
新疆地区可以下单吗
主播新疆能不能发
新疆的宝宝能拍吗
新疆收得到吗
新疆发货吗？？
能寄新疆不
新疆喀什能寄吗
新疆补运费可以发吗
新疆什么时候能发
新疆到底发不发
新疆人哭了 能发吗
新疆伊犁能到不
快递到新疆吗
新疆也想要 能发吗
新疆发什么快递""".splitlines()
PR = """多少钱
豆浆机多少钱
6号多少钱
这个多少钱啊
价格多少
豆浆机什么价
6号啥价
多少米
这个怎么卖
豆浆机到手多少
现在什么价格
破壁机多少钱
报个价呗
这个豆浆机卖多少
多钱
6号链接价格""".splitlines()
OTHERS = ("来了来了|晚上好|主播好|刚来|姐妹们好|扣1|666|抽我|想要|已关注|点赞了|福袋呢|好看|已拍|支持主播|"
          "主播辛苦了|哈哈哈|网卡了|背景音乐好听|卫衣有XL吗|有券吗|还有货吗|主播几点下播|冲冲冲|111").split("|")
assert len(XJ) == 24 and len(PR) == 16
def burst(repeat):
    rnd = random.Random(5)
    t = datetime.datetime(2026, 12, 5, 20, 15, 0, tzinfo=TZ); room = "r5burst"
    ev = [{"ts": iso(t, 0), "room": room, "type": "segment", "kind": "pitch", "product": "T512"},
          {"ts": iso(t, 0.5), "room": room, "type": "product_show", "product": "T512"},
          {"ts": iso(t, 1), "room": room, "type": "online", "count": 2300}]
    asks = [(f"x{i}", XJ[i % len(XJ)]) for i in range(300)] + [(f"p{i}", PR[i % len(PR)]) for i in range(150)] \
         + [(f"o{i}", OTHERS[i % len(OTHERS)]) for i in range(250)]
    if repeat:
        asks += [(f"x{i}", XJ[(i + 7) % len(XJ)]) for i in range(40)] + [(f"p{i}", PR[(i + 5) % len(PR)]) for i in range(30)]
    rnd.shuffle(asks)
    seen = set(); out = []
    for k, (u, text) in enumerate(asks):
        sec = 2 + 57.0 * k / len(asks)
        if u not in seen:
            seen.add(u); out.append({"ts": iso(t, sec - 0.05), "room": room, "type": "enter", "user": u, "source": rnd.choice(["recommend", "follow", "search"])})
        out.append({"ts": iso(t, sec), "room": room, "type": "comment", "user": u, "text": text})
    return ev + out
dump("burst.jsonl", burst(False))
dump("burst_repeat.jsonl", burst(True))
json.dump({"tolerance": 0.1, "top": [{"intent": "ask_shipping", "count": 300},
                                     {"intent": "ask_price", "product": "T512", "count": 150}]},
          open("burst_expect.json", "w"), indent=1)

# ---- live path: the factual questions and attacks as comments in one room
rows = [l.split("\t") for l in open("factual.tsv", encoding="utf-8").read().splitlines()[1:]]
A = open("attacks.txt", encoding="utf-8").read().splitlines()
M = open("attacks_mixed.txt", encoding="utf-8").read().splitlines()
t = datetime.datetime(2026, 12, 5, 21, 0, 0, tzinfo=TZ); room = "r5live"; s = 0
ev = [{"ts": iso(t, s), "room": room, "type": "segment", "kind": "opening"}]
order = [i for i, r in enumerate(rows) if not r[1]] + [i for i, r in enumerate(rows) if r[1]]
shown = None
for i in order:
    s += 5
    if rows[i][1] and rows[i][1] != shown:
        shown = rows[i][1]; ev.append({"ts": iso(t, s), "room": room, "type": "product_show", "product": shown}); s += 2
    ev.append({"ts": iso(t, s), "room": room, "type": "comment", "user": f"f{i}", "text": rows[i][0]})
for p, lines in (("a", A), ("m", M)):
    for i, text in enumerate(lines):
        s += 5; ev.append({"ts": iso(t, s), "room": room, "type": "comment", "user": f"{p}{i}", "text": text})
dump("live_events.jsonl", ev)
print(len(D), "dialogues;", len(burst(False)), "burst events;", len(ev), "live events")
