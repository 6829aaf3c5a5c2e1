"""Writes burst.jsonl: one minute in room "burst2": 300 distinct viewers ask about shipping to 新疆, 150 ask the
price of link 1 (豆腐猫砂, S105, on show), 260 others chat or ask other things; every viewer enters first.
Also burst_repeat.jsonl: the same minute where 40 of the 新疆 viewers and 30 of the price viewers ask again
(a probe: does the count follow viewers or comments?). burst_expect.json holds the bars."""
import json, random
rnd = random.Random(20261201)
XJ = ["新疆包邮吗", "新疆能发吗", "发新疆吗", "新疆可以寄吗", "新疆的能买吗 包邮不", "新疆几天能到", "新疆发货吗",
      "新疆能到吗", "新疆地区包不包邮", "主播新疆包邮不", "新疆新疆 包邮吗", "新疆偏远地区发吗", "新疆收不收运费",
      "新疆的宝子能下单吗", "新疆到底发不发", "我新疆的 能寄过来吗", "新疆要补运费吗", "新疆包邮不😭", "发不发新疆啊",
      "新疆能不能发货", "寄新疆要多久", "新疆可以包邮吗主播", "新疆能送到吗", "新疆发吗？？"]
PR = ["1号多少钱", "猫砂多少钱", "1号链接多少米", "这个猫砂啥价", "一号多少钱啊", "猫砂什么价格", "1号价格多少",
      "豆腐砂多少钱", "1号多钱", "猫砂到手多少", "一号链接什么价", "猫砂几块钱一箱", "1号猫砂多少米", "这个多少钱",
      "猫砂现在多少钱", "1号啥价格"]
OTHER = (["来了来了", "主播晚上好", "扣1", "666", "好看", "已拍", "关注了", "哈哈哈", "抽我抽我", "点赞了",
          "主播好", "刚来", "冲冲冲", "已下单", "想要"] * 12)[:180] + \
        ["175 140斤穿几码", "5号30码还有吗", "羽绒服怎么洗", "炸锅什么时候补货", "精华敏感肌能用吗",
         "充电宝能上飞机吗", "橙子甜吗", "2号有黑色吗"] * 10
assert len(OTHER) == 260
t0 = 1764590400000  # 2025-12-01T20:00:00+08:00
def minute(repeat):
    ev = [{"ts": t0, "room": "burst2", "type": "product_show", "product": "S105"}]
    users = []
    for i in range(300): users.append((f"xj{i}", rnd.choice(XJ)))
    for i in range(150): users.append((f"pr{i}", rnd.choice(PR)))
    for i, txt in enumerate(OTHER): users.append((f"ot{i}", txt))
    rnd.shuffle(users)
    com = []
    for u, txt in users:
        ts = t0 + 500 + rnd.randrange(55000)
        ev.append({"ts": ts - 400, "room": "burst2", "type": "enter", "user": u, "source": "recommend"})
        com.append({"ts": ts, "room": "burst2", "type": "comment", "user": u, "text": txt})
    if repeat:
        for u, txt in users:
            if (u.startswith("xj") and int(u[2:]) < 40) or (u.startswith("pr") and int(u[2:]) < 30):
                com.append({"ts": t0 + 56000 + rnd.randrange(3000), "room": "burst2", "type": "comment", "user": u,
                            "text": rnd.choice(XJ if u.startswith("xj") else PR)})
    ev += com
    ev.sort(key=lambda e: e["ts"])
    return ev
for name, rep in (("burst.jsonl", False), ("burst_repeat.jsonl", True)):
    with open(name, "w") as f:
        for e in minute(rep): f.write(json.dumps(e, ensure_ascii=False) + "\n")
json.dump({"top": [{"intent": "ask_shipping", "count": 300}, {"intent": "ask_price", "product": "S105", "count": 150}],
           "tolerance": 0.1}, open("burst_expect.json", "w"))
