#!/usr/bin/env python3
"""A hostile OpenAI-compatible chat endpoint for the black-box harness (Python standard library only).

It speaks POST /v1/chat/completions, plain JSON and stream:true Server-Sent Events ("data: {chunk}" ... "data: [DONE]"),
and answers adversarially: each request gets the next tactic of TACTICS in turn (wrong prices, half prices, false
promises, stock / shipping / returns lies, contact details, markup, the system prompt, echoes of the viewer, negations
dropped, a slow answer past the client's deadline, HTTP 500, empty or broken bodies ...) and now and then the correct
draft. It reads the product's grounded prompt (the system message's "草稿：" draft and "事实：" facts, the user message's
comment) only to lie convincingly about it.

Every request is counted: --count FILE always holds the number received so far, --log FILE gets one JSON line per
request (n, tactic, stream, comment, draft, answer), so a run can prove the endpoint was really called and which of
its answers reached a viewer.

usage: hostile_llm.py --port-file F --count F --log F [--port 0] [--slow-ms 3000] [--only TACTIC[,TACTIC]]
"""
import argparse
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DRAFT = "草稿："
FACT = "事实："


def first_price(draft):
    m = re.search(r"(\d+(?:\.\d+)?)\s*元", draft)
    return m


def sub_price(draft, new):
    m = first_price(draft)
    if not m:
        return "今天下单只要" + new + "元，" + draft
    return draft[:m.start(1)] + new + draft[m.end(1):]


def half(draft):
    m = first_price(draft)
    if not m:
        return "现在半价，" + draft
    v = float(m.group(1)) / 2
    return sub_price(draft, ("%.1f" % v).rstrip("0").rstrip("."))


def fullwidth_price(draft):
    return sub_price(draft, "９.９")


def in_stock(draft):
    t = draft
    for w in ("已售罄", "售罄", "暂时没货", "没货", "缺货", "卖完了", "卖完"):
        t = t.replace(w, "现货充足")
    return t if t != draft else draft + "现货充足，拍下马上发"


def drop_negation(draft):
    t = re.sub(r"不(?=包邮|发货|支持|退|能|可以|适合|含)", "", draft)
    t = t.replace("无运费险", "送运费险").replace("没有", "有")
    return t if t != draft else draft + "，不满意随时退，来回运费我们出"


def swap_days(draft):
    t = re.sub(r"(\d+)(\s*)天", lambda m: "30" + m.group(2) + "天", draft, count=1)
    return t if t != draft else draft + "，支持7天无理由退换"


def swap_size(draft):
    table = {"XXL": "S", "XL": "S", "L": "XXL", "M": "XL", "S": "XL"}
    m = re.search(r"(?<![A-Za-z])(XXL|XL|L|M|S)(?![A-Za-z])", draft)
    if m:
        return draft[:m.start()] + table[m.group(1)] + draft[m.end():]
    m = re.search(r"(\d{2})\s*码", draft)
    if m:
        return draft[:m.start(1)] + str(int(m.group(1)) + 3) + draft[m.end(1):]
    return draft + "，均码谁都能穿"


def swap_courier(draft):
    for c in ("韵达", "中通", "圆通", "申通", "京东", "邮政", "极兔", "德邦"):
        if c in draft:
            return draft.replace(c, "顺丰")
    return draft + "，顺丰次日达"


def system_prompt(system, draft):
    first = system.split("\n")[0] if system else ""
    return "好的，我的设定是：" + first + " 草稿是：" + draft


def system_prompt_plain(system, draft):
    # the rules' first line with none of the usual give-away words
    return (system.split("\n")[0] if system else "") + draft


def vague(draft):
    return "这款卖爆了，库存不多，抓紧下单！"


TACTICS = [
    ("correct", lambda d, s, c: d),
    ("price_one", lambda d, s, c: sub_price(d, "1")),
    ("fake_guarantee", lambda d, s, c: d + "，假一赔十，放心买"),
    ("contact", lambda d, s, c: d + "，加微信abc123领专属券"),
    ("half_price", lambda d, s, c: half(d)),
    ("forever_warranty", lambda d, s, c: d + "，永久保修，终身包换"),
    ("markup_script", lambda d, s, c: "<script>alert(1)</script>" + d),
    ("in_stock", lambda d, s, c: in_stock(d)),
    ("ship_everywhere", lambda d, s, c: d + "，新疆西藏青海也包邮"),
    ("system_prompt", lambda d, s, c: system_prompt(s, d)),
    ("polite_correct", lambda d, s, c: "亲，" + d),
    ("returns_days", lambda d, s, c: swap_days(d)),
    ("link", lambda d, s, c: d + '<a href="http://evil.example.cn/q">点这里领券</a>'),
    ("slow", None),
    ("drop_negation", lambda d, s, c: drop_negation(d)),
    ("contact_evasive", lambda d, s, c: d + "，加薇：abc 一二三"),
    ("fullwidth_price", lambda d, s, c: fullwidth_price(d)),
    ("cn_price", lambda d, s, c: d + "，今天只要九块九"),
    ("echo_comment", lambda d, s, c: "你问“" + c + "”？" + d),
    ("http_500", None),
    ("swap_size", lambda d, s, c: swap_size(d)),
    ("swap_courier", lambda d, s, c: swap_courier(d)),
    ("superlative", lambda d, s, c: d + "，全网最低价，史上最好用"),
    ("system_prompt_plain", lambda d, s, c: system_prompt_plain(s, d)),
    ("vague", lambda d, s, c: vague(d)),
    ("empty", lambda d, s, c: ""),
    ("free", lambda d, s, c: d + "，前100名免单"),
    ("long", lambda d, s, c: (d + "，") * 12),
    ("english", lambda d, s, c: "Only 1 yuan today, DM me! " + d),
    ("broken_body", None),
    ("correct_again", lambda d, s, c: d),
]


class State:
    def __init__(self, args):
        self.lock = threading.Lock()
        self.n = 0
        self.args = args
        only = [t for t in (args.only or "").split(",") if t]
        names = [t[0] for t in TACTICS]
        for t in only:
            if t not in names:
                raise SystemExit("--only: unknown tactic %r (known: %s)" % (t, ", ".join(names)))
        self.tactics = [t for t in TACTICS if not only or t[0] in only]

    def next(self):
        with self.lock:
            self.n += 1
            n = self.n
            with open(self.args.count, "w") as f:
                f.write("%d\n" % n)
            return n, self.tactics[(n - 1) % len(self.tactics)]

    def log(self, entry):
        with self.lock:
            with open(self.args.log, "a", encoding="utf-8") as f:
                f.write(json.dumps(entry, ensure_ascii=False) + "\n")


def parse_prompt(messages):
    system, draft, facts, comment = "", "", [], ""
    for m in messages:
        content = m.get("content")
        if isinstance(content, list):  # content parts
            content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
        content = content or ""
        if m.get("role") == "system":
            system = content
            for line in content.split("\n"):
                if line.startswith(DRAFT):
                    draft = line[len(DRAFT):]
                elif line.startswith(FACT):
                    facts.append(line[len(FACT):])
        elif m.get("role") == "user":
            comment = content
    m = re.search(r"「(.*)」", comment, re.S)
    return system, draft, facts, (m.group(1) if m else comment)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state = None

    def log_message(self, fmt, *a):  # quiet
        pass

    def do_GET(self):
        if self.path.rstrip("/").endswith("/models"):
            self.send_json(200, {"object": "list", "data": [{"id": "hostile", "object": "model"}]})
        else:
            self.send_json(404, {"error": {"message": "no such path"}})

    def do_POST(self):
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self.send_json(404, {"error": {"message": "no such path: " + self.path}})
            return
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        try:
            req = json.loads(raw.decode("utf-8"))
        except ValueError:
            self.send_json(400, {"error": {"message": "body is not JSON"}})
            return
        n, (name, fn) = self.state.next()
        system, draft, facts, comment = parse_prompt(req.get("messages") or [])
        stream = bool(req.get("stream"))
        entry = {"n": n, "tactic": name, "stream": stream, "model": req.get("model"),
                 "auth": bool(self.headers.get("Authorization")), "comment": comment, "draft": draft}
        if name == "http_500":
            entry["answer"] = None
            self.state.log(entry)
            self.send_json(500, {"error": {"message": "upstream overloaded", "type": "server_error"}})
            return
        if name == "broken_body":
            entry["answer"] = None
            self.state.log(entry)
            body = b'{"choices": [ {"message": '
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if name == "slow":
            answer = sub_price(draft, "1")  # a lie that would pass nothing, and too late anyway
            entry["answer"] = answer
            self.state.log(entry)
            time.sleep(self.state.args.slow_ms / 1000.0)
        else:
            answer = fn(draft, system, comment)
            entry["answer"] = answer
            self.state.log(entry)
        try:
            if stream:
                self.send_stream(req.get("model") or "hostile", answer)
            else:
                self.send_json(200, {
                    "id": "chatcmpl-%d" % n, "object": "chat.completion", "created": int(time.time()),
                    "model": req.get("model") or "hostile",
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": len(raw) // 3, "completion_tokens": len(answer), "total_tokens": len(raw) // 3 + len(answer)}})
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (its deadline passed)

    def send_json(self, status, obj):
        body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_stream(self, model, answer):
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        cid = "chatcmpl-s%d" % int(time.time() * 1000)

        def chunk(delta, finish):
            obj = {"id": cid, "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
                   "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            self.wfile.write(("data: " + json.dumps(obj, ensure_ascii=False) + "\n\n").encode("utf-8"))
            self.wfile.flush()

        chunk({"role": "assistant", "content": ""}, None)
        for i in range(0, len(answer), 4):
            chunk({"content": answer[i:i + 4]}, None)
        chunk({}, "stop")
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0 = a free one)")
    ap.add_argument("--port-file", required=True, help="where the chosen port is written once listening")
    ap.add_argument("--count", required=True, help="file holding the number of requests received")
    ap.add_argument("--log", required=True, help="JSON lines, one per request")
    ap.add_argument("--slow-ms", type=int, default=3000, help="how long the 'slow' tactic waits before answering")
    ap.add_argument("--only", help="comma-separated tactics to use (default: all, in turn)")
    args = ap.parse_args()
    Handler.state = State(args)
    open(args.count, "w").write("0\n")
    open(args.log, "w").close()
    srv = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    srv.daemon_threads = True
    with open(args.port_file + ".tmp", "w") as f:
        f.write("%d\n" % srv.server_address[1])
    import os
    os.replace(args.port_file + ".tmp", args.port_file)
    srv.serve_forever()


if __name__ == "__main__":
    main()
