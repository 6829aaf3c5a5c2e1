"""Writes the robustness files: robust.txt (empty, very long, markup, control characters, random text),
robust_utf8.txt (emoji, astral and combining characters, RTL marks), robust_crlf.txt (CRLF line ends),
robust_badutf8.txt (invalid UTF-8 byte sequences), robust_events.jsonl (good and bad event lines) with
robust_events_expect.json (how many lines must be rejected and how many events kept)."""
import json, random
rnd = random.Random(7)
lines = [
    "", "   ", "\t\t", "多" * 12000, "<div onclick=x()>多少钱</div>", "\x00\x01\x02多少钱\x07",
    "".join(chr(rnd.randrange(0x4e00, 0x9fa5)) for _ in range(300)),
    "".join(chr(rnd.randrange(0x21, 0x7e)) for _ in range(500)),
    "%s%s%n%x 多少钱", "\\u0000\\n\\r", "null", "[]", "{}", "0", "-1", "1e309", "9" * 400 + "元",
    "5号" * 3000, "？" * 5000, "　　　", "\x1b[31m红色\x1b[0m 有红色吗",
]
open("robust.txt", "w", encoding="utf-8", newline="\n").write("\n".join(l.replace("\n", " ").replace("\r", " ") for l in lines) + "\n")
u = ["😀😀😀 多少钱", "👨‍👩‍👧‍👦 一家人都能用吗", "𠀀𠀁𠀂 𪚥 还有吗", "é́́́́́́́ 多少钱", "\u202e多少钱\u202c",
     "\u200b\u200b\u200b", "🇨🇳🇨🇳 新疆包邮吗", "ｎｅｗ ｆｕｌｌ ｗｉｄｔｈ １６０ １００斤", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇ 多少钱",
     "\ufeff5号多少钱", "\U0010ffff\ufffe\uffff"]
open("robust_utf8.txt", "w", encoding="utf-8", errors="surrogatepass").write("\n".join(u) + "\n")
open("robust_crlf.txt", "wb").write("5号多少钱\r\n新疆包邮吗\r\n\r\n160 100斤穿什么码\r\n还有货吗\r\n".encode("utf-8"))
bad = [b"5\xe5\x8f\xb7\xff\xfe\xe5\xa4\x9a\xe5\xb0\x91\xe9\x92\xb1", b"\xc0\xaf\xc0\xae", b"\xed\xa0\x80\xed\xb0\x80",
       "新疆包邮吗".encode() + b"\xe5\x8c", b"\x80\x81\x82", "正常的一句 有货吗".encode(), b"\xf8\x88\x80\x80\x80"]
open("robust_badutf8.txt", "wb").write(b"\n".join(bad) + b"\n")
t0 = 1764590400000
good = [
    {"ts": t0, "room": "rb", "type": "enter", "user": "a1"},
    {"ts": "2025-12-01T20:00:02+08:00", "room": "rb", "type": "comment", "user": "a1", "text": "1号多少钱"},
    {"ts": t0 + 3000, "room": "rb", "type": "product_click", "user": "a1", "product": "S105"},
    {"ts": t0 + 4000, "room": "rb", "type": "order", "user": "a1", "order_id": "o1", "product": "S105", "qty": 1, "amount": "69.90"},
    {"ts": t0 + 5000, "room": "rb", "type": "pay", "user": "a1", "order_id": "o1", "amount": 69.9, "extra": {"k": [1, 2]}},
    {"ts": t0 + 6000, "room": "rb", "type": "comment", "user": "a2", "text": "<script>x</script>" * 50},
    {"ts": t0 + 7000, "room": "rb", "type": "like", "user": "a2"},
]
badl = [
    "{not json", "", "[1,2,3]", '{"ts":1764590408000,"room":"rb","type":"teleport","user":"a3"}',
    '{"room":"rb","type":"comment","user":"a3","text":"no ts"}', '{"ts":1764590409000,"type":"comment","user":"a3","text":"no room"}',
    '{"ts":"yesterday","room":"rb","type":"enter","user":"a4"}', '{"ts":1764590410000,"room":"rb","type":"pay","user":"a4","order_id":"o9","amount":"abc"}',
    '"just a string"', "\x00\x00\x00", '{"ts":1764590411000,"room":"rb","type":"comment","user":"a5","text":"' + "长" * 20000 + '"}',
]
# lines: good0, bad0, good1, bad1, ... ; the long comment is valid JSON, so it counts as good
out = []
for i in range(max(len(good), len(badl))):
    if i < len(good): out.append(json.dumps(good[i], ensure_ascii=False))
    if i < len(badl): out.append(badl[i])
open("robust_events.jsonl", "w", encoding="utf-8").write("\n".join(out) + "\n")
json.dump({"note": "blank line may be skipped or rejected; the 20,000-character comment is valid and must be kept",
           "rejected_at_least": 9, "rejected_at_most": 10, "events_at_least": 8}, open("robust_events_expect.json", "w"))
