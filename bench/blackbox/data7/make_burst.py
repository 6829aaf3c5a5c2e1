"""Writes burst.jsonl and burst_repeat.jsonl (spec/events.md) deterministically: one minute of room "burst7" in which 300
viewers ask about shipping to 新疆 (excluded by the shop), 150 ask the price of 2号 (H04, the power bank on show), and 250
others write other things (no other shipping question; 12 ask the price of other products). burst_repeat.jsonl is the same
minute where 40 of the 新疆 viewers and 30 of the price viewers ask a second time. usage: python3 make_burst.py"""
import json
import random

rnd = random.Random(20261201)
ROOM = "burst7"

XJ_CORE = ["新疆包邮吗", "新疆能发吗", "发新疆吗", "新疆可以寄吗", "新疆到不到", "新疆的能买吗", "新疆多久能到", "新疆运费多少",
           "新疆发不发货", "我在新疆能拍吗", "新疆地区包不包邮", "新疆有没有运费", "新疆宝宝能下单不", "新疆发货吗", "新疆包不包邮啊",
           "新疆 发吗", "新疆可以到吗", "新疆偏远地区发不发", "坐标新疆 能寄吗", "新疆收得到吗", "新疆要补运费吗", "新疆能不能发货",
           "新疆的发快递吗", "新疆人哭了 发不发", "新疆那边能送到吗", "新疆能包邮不", "寄新疆要加钱吗", "新疆发哪个快递",
           "新疆几天到", "新疆可以发货不", "xinjiang能发吗", "新疆的姐妹能买吗", "新疆能寄过来吗", "新疆也包邮吗",
           "乌鲁木齐能发吗", "乌鲁木齐包邮吗", "新疆伊犁能到吗", "新疆喀什发不发", "新彊包邮吗", "新僵能发货吗"]
XJ_PRE = ["", "", "", "主播", "主播主播 ", "请问", "姐妹们", "想问下", "@主播 ", "那个"]
XJ_SUF = ["", "", "", "？", "??", "😭", "啊", "呀", "！！", "～", "🙏"]

PRICE = ["这个多少钱", "多少钱呀", "现在啥价", "2号多少", "二号多少米", "充电宝多少钱", "磁吸充电宝什么价", "2号链接价格",
         "这个充电宝卖多少", "到手多少钱", "充电宝到手价多少", "价格多少", "2号多钱", "#2多少钱", "充电宝几块", "主播 2号价格",
         "二号现在什么价", "充电宝价钱", "2号到手价", "这个几米", "充电宝今天多少", "贰号多少钱", "移动电源多少钱", "2号价位"]
PRICE_SUF = ["", "", "？", "?", "呀", "啊", "主播", "😊"]

OTHER = (
    [("greeting", t) for t in ["主播晚上好", "来了", "打卡", "姐妹们好", "刚来", "哈喽", "又来了", "晚上好呀", "报到", "嗨"]] * 5
    + [("interaction", t) for t in ["1", "扣1", "666", "抽我", "已关注", "点赞", "冲", "8888", "福袋福袋", "已分享"]] * 5
    + [("praise", t) for t in ["好用", "已拍", "已下单", "颜色好看", "主播好美", "回购了", "买了两个", "划算"]] * 4
    + [("ask_variant", t) for t in ["有白色吗", "薄荷绿好看吗", "有几个颜色", "星空黑还有吗", "冰川白啥样"]] * 5
    + [("ask_spec", t) for t in ["多少毫安", "能无线充吗", "多重", "几瓦的", "能带上飞机吗"]] * 4
    + [("ask_size", t) for t in ["阔腿裤160 100斤穿啥", "冲锋衣175 140斤几码", "宝宝78公分穿多大", "阔腿裤有S吗"]] * 4
    + [("request_show", t) for t in ["拿近点看看", "看看厚度", "吸一下手机看看", "再讲讲充电宝"]] * 3
    + [("other", t) for t in ["哈哈哈", "今天好冷", "下雪了", "在上班偷偷看", "孩子睡了", "背景音乐好听"]] * 2
    + [("ask_link", t) for t in ["充电宝几号链接", "链接在哪呀", "怎么买啊"]] * 4
    + [("ask_usage", t) for t in ["苹果能用吗", "安卓能吸吗", "能给耳机充吗"]] * 3
    + [("ask_price_other", t) for t in ["冲锋衣多少钱", "11号多少", "阔腿裤什么价", "6号多少钱", "帐篷多少钱", "12号什么价",
                                        "洗面奶多少", "9号多少米", "湿巾多少钱", "4号什么价", "清洁剂多少", "8号多少钱"]]
)
assert len(OTHER) == 250, len(OTHER)


def iso(ms):
    s, ms = divmod(ms, 1000)
    m, s = divmod(s, 60)
    return f"2026-12-01T20:{30 + m:02d}:{s:02d}.{ms:03d}+08:00"


def build(repeat):
    comments = []
    for i in range(300):
        comments.append((f"x{i:03d}", rnd.choice(XJ_PRE) + rnd.choice(XJ_CORE) + rnd.choice(XJ_SUF)))
    for i in range(150):
        comments.append((f"p{i:03d}", rnd.choice(PRICE) + rnd.choice(PRICE_SUF)))
    for i, (_, t) in enumerate(OTHER):
        comments.append((f"o{i:03d}", t))
    if repeat:
        for i in rnd.sample(range(300), 40):
            comments.append((f"x{i:03d}", rnd.choice(XJ_CORE) + rnd.choice(["", "？？", " 回一下", " 没人回吗"])))
        for i in rnd.sample(range(150), 30):
            comments.append((f"p{i:03d}", rnd.choice(PRICE) + rnd.choice(["", "？？", " 到底多少"])))
    rnd.shuffle(comments)
    events = [(0, {"room": ROOM, "type": "segment", "kind": "pitch", "product": "H04"}),
              (200, {"room": ROOM, "type": "product_show", "product": "H04"})]
    seen = set()
    n = len(comments)
    for k, (u, t) in enumerate(comments):
        ts = 1000 + k * 58000 // n + rnd.randrange(0, 50)
        if u not in seen:
            seen.add(u)
            events.append((max(300, ts - rnd.randrange(200, 900)), {"room": ROOM, "type": "enter", "user": u,
                                                                      "source": rnd.choice(["recommend", "follow", "search", "share"])}))
        events.append((ts, {"room": ROOM, "type": "comment", "user": u, "text": t}))
    for s in range(0, 60, 10):
        events.append((s * 1000 + 500, {"room": ROOM, "type": "online", "count": 600 + 40 * s}))
    events.sort(key=lambda e: e[0])
    return [dict({"ts": iso(ms)}, **e) for ms, e in events]


for name, rep in (("burst.jsonl", False), ("burst_repeat.jsonl", True)):
    evs = build(rep)
    with open(name, "w", encoding="utf-8") as f:
        for e in evs:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(name, len(evs), "events,", sum(e["type"] == "comment" for e in evs), "comments")
json.dump({"top": [{"intent": "ask_shipping", "count": 300}, {"intent": "ask_price", "product": "H04", "count": 150}],
           "tolerance": 0.1}, open("burst_expect.json", "w"), indent=1)
