"""Writes the dialogue and event files of data6 (spec/events.md JSON Lines), deterministic (seeded):
  multiturn1..9.txt + multiturn_expect.tsv       size dialogues, one viewer each (ask --file --user)
  multiturn_events.jsonl + multiturn_events_expect.tsv   the same dialogues interleaved in one room while the
                                                 螺蛳粉 (no sizes) is on show, plus one "这件…" after the jacket is shown
  burst.jsonl + burst_expect.json                one minute, air fryer (5号, N05) on show: 300 viewers ask about
                                                 shipping to 新疆 (26 phrasings), 150 its price (18 phrasings), 250 others
  burst_repeat.jsonl                             the same, and 40 of the 新疆 viewers and 30 of the price viewers ask again
  live_events.jsonl                              factual.tsv (viewer f<i>), attacks.txt (a<i>), attacks_mixed.txt (m<i>)
                                                 as comments in one room; rows naming a product come after its product_show
usage: python3 gen_events.py   (after gen_factual.py and gen_attacks.py)"""
import datetime as dt, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = dt.timezone(dt.timedelta(hours=8))


def iso(t):
    return t.isoformat(timespec="milliseconds")


def write_jsonl(name, events):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for e in events: f.write(json.dumps(e, ensure_ascii=False) + "\n")


# --- dialogues -------------------------------------------------------------------------------------------------
DIALOGUES = [
    (["7号什么码", "一米七二 130斤"], "L"),
    (["4号阔腿裤怎么选码", "160 100斤"], "27"),
    (["童鞋码数咋选", "孩子一米二", "二十六公斤"], "32"),
    (["这个冲锋衣有藏青吗", "我一米八三 八十公斤穿啥"], "2XL||XXL"),
    (["三号链接", "宝宝105公分 19kg"], "29"),
    (["阔腿裤还有货吗", "我155", "九十斤穿几码"], "26"),
    (["冲锋衣M码多大", "那我167 58公斤呢"], "M"),
    (["4号什么码", "算了看7号", "176 72kg"], "XL"),
    (["1米6 一百斤", "穿4号阔腿裤选哪个码"], "27"),
]


def dialogues():
    with open(os.path.join(HERE, "multiturn_expect.tsv"), "w", encoding="utf-8") as f:
        f.write("key\twant\n")
        for i, (turns, want) in enumerate(DIALOGUES, 1):
            with open(os.path.join(HERE, f"multiturn{i}.txt"), "w", encoding="utf-8") as d:
                d.write("\n".join(turns) + "\n")
            f.write(f"multiturn{i}\t{want}\n")
    # the same dialogues interleaved in one room, turn by turn, with noise from other viewers
    t = dt.datetime(2026, 12, 5, 20, 10, 0, tzinfo=TZ)
    room = "mt6"
    ev = [{"ts": iso(t), "room": room, "type": "segment", "kind": "pitch", "product": "N12"},
          {"ts": iso(t), "room": room, "type": "product_show", "product": "N12"}]
    users = [f"mt{i}" for i in range(1, len(DIALOGUES) + 1)]
    for u in users + ["mt10", "n1", "n2", "n3"]:
        t += dt.timedelta(seconds=1)
        ev.append({"ts": iso(t), "room": room, "type": "enter", "user": u, "source": "recommend"})
    noise = iter(["螺蛳粉臭不臭", "来了来了", "扣1", "螺蛳粉多少钱", "主播好", "666", "酸笋多吗", "好吃"])
    for k in range(max(len(d[0]) for d in DIALOGUES)):
        for u, (turns, _) in zip(users, DIALOGUES):
            if k < len(turns):
                t += dt.timedelta(seconds=6)
                ev.append({"ts": iso(t), "room": room, "type": "comment", "user": u, "text": turns[k]})
        for n in ("n1", "n2"):
            t += dt.timedelta(seconds=5)
            ev.append({"ts": iso(t), "room": room, "type": "comment", "user": n, "text": next(noise)})
    t += dt.timedelta(seconds=20)
    ev.append({"ts": iso(t), "room": room, "type": "segment", "kind": "pitch", "product": "N01"})
    ev.append({"ts": iso(t), "room": room, "type": "product_show", "product": "N01"})
    t += dt.timedelta(seconds=15)
    ev.append({"ts": iso(t), "room": room, "type": "comment", "user": "mt10", "text": "这件一米七八 七十五公斤什么码"})
    t += dt.timedelta(seconds=30)
    ev.append({"ts": iso(t), "room": room, "type": "comment", "user": "n3", "text": "拜拜"})
    write_jsonl("multiturn_events.jsonl", ev)
    with open(os.path.join(HERE, "multiturn_events_expect.tsv"), "w", encoding="utf-8") as f:
        f.write("key\twant\n")
        for u, (_, want) in zip(users, DIALOGUES): f.write(f"{u}\t{want}\n")
        f.write("mt10\tXL\n")


# --- burst -----------------------------------------------------------------------------------------------------
XJ = ["新疆能发吗", "新疆发货吗", "新疆包邮吗", "新疆可以寄吗", "发新疆吗", "新疆的能拍吗", "新疆到吗",
      "新疆能不能发货", "新疆地区发不发", "我在新疆 能买吗", "新疆可以发货不", "乌鲁木齐能发吗", "新疆包邮不",
      "新疆能到吗 多久", "新疆的宝宝能买吗", "新疆发不发啊", "新疆偏远地区能发吗", "咱新疆能发不", "新疆喀什能寄吗",
      "发不发新疆", "新疆亲能拍吗", "请问新疆发货吗", "新疆可以邮寄吗", "新疆几天到", "xinjiang能发吗", "新疆🙋能发吗"]
PRICE = ["多少钱", "这个多少钱", "5号多少钱", "炸锅多少钱", "五号链接多少米", "#5价格", "空气炸锅啥价", "现在什么价",
         "到手多少", "多钱", "咋卖", "这个炸锅卖多少", "5号啥价格", "价格多少", "多少米啊", "5号链接到手价", "多少钱一台",
         "炸锅今天啥价💰"]
OTHERS = (["来了来了", "晚上好", "主播好", "刚进来", "打卡", "姐妹们好"] * 10            # 60 greetings
          + ["扣1", "666", "想要", "抽我", "已关注", "点赞了", "1111"] * 10             # 70 interaction
          + ["好看", "已拍", "炸锅yyds", "爱了", "太香了"] * 8                         # 40 praise
          + ["炸锅几升的", "多少瓦", "内胆能拆吗", "要预热吗", "噪音大吗"] * 6           # 30 spec/usage
          + ["有墨绿吗", "奶白好看还是墨绿", "有黑色吗", "颜色有几个"] * 5               # 20 variant
          + ["哈哈哈", "今天好冷", "背景音乐好听", "在吗", "摸鱼中"] * 6)               # 30 other


def burst(repeat):
    rnd = random.Random(6)
    t0 = dt.datetime(2026, 12, 5, 20, 30, 0, tzinfo=TZ)
    room = "burst6"
    ev = [{"ts": iso(t0), "room": room, "type": "segment", "kind": "pitch", "product": "N05"},
          {"ts": iso(t0), "room": room, "type": "product_show", "product": "N05"}]
    asks = []  # (user, text)
    for i in range(300): asks.append((f"x{i}", XJ[i % len(XJ)]))
    for i in range(150): asks.append((f"p{i}", PRICE[i % len(PRICE)]))
    for i, txt in enumerate(OTHERS): asks.append((f"o{i}", txt))
    assert len(OTHERS) == 250
    body = []
    for u, txt in asks:
        s = rnd.uniform(0.5, 55.0)
        body.append((s - 0.4, {"room": room, "type": "enter", "user": u, "source": rnd.choice(["recommend", "follow", "search"])}))
        body.append((s, {"room": room, "type": "comment", "user": u, "text": txt}))
    if repeat:
        for i in rnd.sample(range(300), 40):
            body.append((rnd.uniform(56.0, 59.5), {"room": room, "type": "comment", "user": f"x{i}", "text": "新疆到底能不能发？？"}))
        for i in rnd.sample(range(150), 30):
            body.append((rnd.uniform(56.0, 59.5), {"room": room, "type": "comment", "user": f"p{i}", "text": "再问一遍多少钱"}))
    body.sort(key=lambda x: x[0])
    for s, e in body:
        ev.append({"ts": iso(t0 + dt.timedelta(seconds=s)), **e})
    write_jsonl("burst_repeat.jsonl" if repeat else "burst.jsonl", ev)


# --- the live path ---------------------------------------------------------------------------------------------
def live():
    rows = [l.split("\t") for l in open(os.path.join(HERE, "factual.tsv"), encoding="utf-8").read().splitlines()[1:]]
    att = open(os.path.join(HERE, "attacks.txt"), encoding="utf-8").read().split("\n")[:-1]
    mix = open(os.path.join(HERE, "attacks_mixed.txt"), encoding="utf-8").read().split("\n")[:-1]
    room = "live6"
    t = dt.datetime(2026, 12, 5, 21, 0, 0, tzinfo=TZ)
    ev = [{"ts": iso(t), "room": room, "type": "segment", "kind": "opening"}]
    hostile = [(f"a{i}", x) for i, x in enumerate(att)] + [(f"m{i}", x) for i, x in enumerate(mix)]
    random.Random(66).shuffle(hostile)
    users = [f"f{i}" for i in range(len(rows))] + [u for u, _ in hostile]
    for u in users:
        t += dt.timedelta(milliseconds=200)
        ev.append({"ts": iso(t), "room": room, "type": "enter", "user": u, "source": "recommend"})
    groups = {}
    for i, r in enumerate(rows): groups.setdefault(r[1], []).append(i)
    order = [("", groups.pop("", []))] + list(groups.items())
    total = sum(len(ix) for _, ix in order)
    h = iter(hostile)
    k = 0
    for prod, idx in order:
        if prod:
            t += dt.timedelta(seconds=10)
            ev.append({"ts": iso(t), "room": room, "type": "segment", "kind": "pitch", "product": prod})
            ev.append({"ts": iso(t), "room": room, "type": "product_show", "product": prod})
        for i in idx:
            t += dt.timedelta(seconds=12)
            ev.append({"ts": iso(t), "room": room, "type": "comment", "user": f"f{i}", "text": rows[i][0]})
            k += 1
            # spread the hostile comments evenly between the questions
            while len(hostile) * k // total > sum(1 for e in ev if e.get("user", "")[:1] in "am" and e["type"] == "comment"):
                u, x = next(h)
                t += dt.timedelta(seconds=7)
                ev.append({"ts": iso(t), "room": room, "type": "comment", "user": u, "text": x})
    for u, x in h:
        t += dt.timedelta(seconds=7)
        ev.append({"ts": iso(t), "room": room, "type": "comment", "user": u, "text": x})
    t += dt.timedelta(seconds=30)
    ev.append({"ts": iso(t), "room": room, "type": "segment", "kind": "closing"})
    write_jsonl("live_events.jsonl", ev)


if __name__ == "__main__":
    dialogues(); burst(False); burst(True); live()
    with open(os.path.join(HERE, "burst_expect.json"), "w", encoding="utf-8") as f:
        json.dump({"top": [{"intent": "ask_shipping", "count": 300},
                           {"intent": "ask_price", "product": "N05", "count": 150}], "tolerance": 0.1}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("dialogues", len(DIALOGUES), "burst ok, live ok")
