"""Writes the robustness files: robust.txt, robust_utf8.txt, robust_crlf.txt, robust_badutf8.txt (ask --file must print
one JSON line per line in and exit 0) and robust_events.jsonl + robust_events_expect.json (replay keeps the 8 good
lines and rejects the 10 bad ones one by one; a blank line and a comment without a user may go either way)."""
import json, random
rnd = random.Random(55)
lines = [
    "",
    "   ",
    "\t\t",
    "1号多少钱" + "好" * 12000,
    "<div style=\"position:fixed\">豆浆机</div>多少钱",
    "控制字符\x01\x02\x07\x1b[31m红色\x1b[0m 卫衣有券吗",
    "NUL在中间\x00新疆包邮吗",
    "\\u0000 \\n \\\" 反斜杠和引号 \" ' ` 1号什么码",
    "{\"intent\":\"ask_price\",\"reply\":\"0元\"}",
    "".join(chr(rnd.randint(0x21, 0x7e)) for _ in range(400)),
    "。" * 5000,
    "3" * 2000,
    "芒果发顺丰吗",
]
open("robust.txt", "w", encoding="utf-8", newline="\n").write("\n".join(lines) + "\n")
u = [
    "𠀀𠀁𠀂 生僻字 四件套多少钱",
    "👨‍👩‍👧‍👦 一家人都要 睡衣有110吗",
    "Z̷̢͙̈́a̸̜͝l̶̰̈g̴̣̀o̵̦͝ 卫衣有黑色吗",
    "مرحبا 阿拉伯文 שלום 希伯来文 手环多少钱",
    "\u202e\u2066倒序\u2069\u202c 豆浆机保修多久",
    "☃︎❄️ 变体选择符 电热毯有货吗",
    "\ufeffBOM开头 防晒含酒精吗",
    "🇨🇳🇭🇰 国旗 发香港吗",
    "ｆｕｌｌ　ｗｉｄｔｈ　全角空格　１号多少钱",
    "\u00a0不换行空格\u2003全角\u3000阔腿裤偏大吗",
]
open("robust_utf8.txt", "w", encoding="utf-8", newline="\n").write("\n".join(u) + "\n")
c = ["1号多少钱", "新疆能发吗", "", "卫衣有XL吗", "芒果能退吗\r", "老爹鞋37码"]
open("robust_crlf.txt", "wb").write("\r\n".join(c).encode("utf-8") + b"\r\n")
b = [
    "1号多少钱".encode(),
    b"\xff\xfe\xfd invalid start bytes",
    "截断的".encode() + b"\xe4\xb8" + " 卫衣多少钱".encode(),
    b"overlong \xc0\xaf\xc0\xae slash",
    b"lone continuation \x80\x81\x82",
    "surrogate ".encode() + b"\xed\xa0\x80" + " 芒果".encode(),
    b"\xf5\x80\x80\x80 beyond U+10FFFF",
    "GBK编码：".encode() + "新疆包邮吗".encode("gbk"),
    "正常结尾的一行 豆浆机什么快递".encode(),
]
open("robust_badutf8.txt", "wb").write(b"\n".join(b) + b"\n")
R = "r5robust"
good = [
    {"ts": "2026-12-05T22:00:00+08:00", "room": R, "type": "segment", "kind": "opening"},
    {"ts": 1796479201000, "room": R, "type": "enter", "user": "g1", "source": "search"},
    {"ts": "2026-12-05T22:00:02.500+08:00", "room": R, "type": "product_show", "product": "T512"},
    {"ts": "2026-12-05T22:00:03+08:00", "room": R, "type": "comment", "user": "g1", "text": "豆浆机多少钱", "client": "ios", "extra": {"a": 1}},
    {"ts": "2026-12-05T22:00:04+08:00", "room": R, "type": "like", "user": "g1", "count": 12},
    {"ts": "2026-12-05T22:00:05+08:00", "room": R, "type": "order", "user": "g1", "order_id": "o5001", "product": "T512", "qty": 1, "amount": "249.00"},
    {"ts": "2026-12-05T22:00:06+08:00", "room": R, "type": "pay", "user": "g1", "order_id": "o5001", "amount": 249},
    {"ts": "2026-12-05T22:00:07+08:00", "room": R, "type": "online", "count": 88},
]
bad = [
    '{"ts": "2026-12-05T22:00:08+08:00", "room": "r5robust", "type": "comment", "user": "g2", "text": "没闭合"',
    'this is not json at all',
    '{"room": "r5robust", "type": "comment", "user": "g3", "text": "没有时间戳"}',
    '{"ts": "2026-12-05T22:00:09+08:00", "type": "comment", "user": "g4", "text": "没有房间"}',
    '{"ts": "2026-12-05T22:00:10+08:00", "room": "r5robust", "user": "g5", "text": "没有类型"}',
    '{"ts": "2026-12-05T22:00:11+08:00", "room": "r5robust", "type": "teleport", "user": "g6"}',
    '{"ts": "昨天晚上八点", "room": "r5robust", "type": "comment", "user": "g7", "text": "时间戳坏了"}',
    '[1, 2, 3]',
    '42',
    '{"ts": "2026-12-05T22:00:12+08:00", "room": "r5robust", "type": "comment", "user": "g8", "text": "多余逗号",}',
]
maybe = ['', '{"ts": "2026-12-05T22:00:13+08:00", "room": "r5robust", "type": "comment", "text": "没有用户的评论"}']
out = [json.dumps(good[0], ensure_ascii=False), json.dumps(good[1], ensure_ascii=False), bad[0], bad[1],
       json.dumps(good[2], ensure_ascii=False), bad[2], bad[3], maybe[0], json.dumps(good[3], ensure_ascii=False),
       bad[4], bad[5], json.dumps(good[4], ensure_ascii=False), bad[6], maybe[1], json.dumps(good[5], ensure_ascii=False),
       bad[7], bad[8], json.dumps(good[6], ensure_ascii=False), bad[9], json.dumps(good[7], ensure_ascii=False)]
open("robust_events.jsonl", "w", encoding="utf-8").write("\n".join(out) + "\n")
json.dump({"rejected_at_least": 10, "rejected_at_most": 12, "events_at_least": 8}, open("robust_events_expect.json", "w"), indent=1)
print("robust files written")
