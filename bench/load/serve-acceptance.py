#!/usr/bin/env python3
# The acceptance flow of issue 7 against the real CLI: serve, 401s, catalog, 20k events in chunks, kill -9, restart,
# exact pv/uv/comments/paid orders. Run from anywhere: python3 bench/load/serve-acceptance.py
import json, os, random, signal, subprocess, sys, tempfile, time, urllib.request, urllib.error
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))); port = 17390; data = tempfile.mkdtemp()
env = dict(os.environ, LIVECOPILOT_TOKEN="lc_acceptance-token-0123456789abcdef")
def start():
    p = subprocess.Popen([root + "/livecopilot", "serve", "--port", str(port), "--data", data], env=env, stdout=open(data + "/out.log", "a"), stderr=subprocess.STDOUT)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1); return p
        except Exception: time.sleep(0.2)
    raise SystemExit("no start")
def req(method, path, body=None, token=env["LIVECOPILOT_TOKEN"]):
    r = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body.encode() if body else None, method=method)
    if token: r.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(r, timeout=60) as x: return x.status, json.loads(x.read())
    except urllib.error.HTTPError as e: return e.code, json.loads(e.read())
t = time.time(); p = start(); print("started in %.1f s" % (time.time() - t))
print("no token:", req("GET", "/api/products", token=None)[0], "wrong:", req("GET", "/api/products", token="lc_wrongwrongwrongwrong")[0])
print("catalog:", req("POST", "/api/catalog", open(root + "/simulator/src/main/resources/io/livecopilot/simulator/demo-catalog.json").read())[1]["imported"])
random.seed(1); lines = []; users = set(); pv = cm = paid = 0
for i in range(20000):
    u = "u%d" % random.randrange(4000); k = random.randrange(10); ts = 1795867200000 + i * 150
    h = '{"ts":%d,"room":"R","user":"%s",' % (ts, u)
    if k < 4: lines.append(h + '"type":"enter"}'); pv += 1; users.add(u)
    elif k < 7: lines.append(h + '"type":"comment","text":"3号链接多少钱"}'); cm += 1
    elif k < 8: lines.append(h + '"type":"pay","order_id":"o%d","amount":"129.00"}' % i); paid += 1
    else: lines.append(h + '"type":"like","count":2}')
acc = 0
for i in range(0, 20000, 2000):
    s, b = req("POST", "/api/rooms/R/events", "\n".join(lines[i:i + 2000])); assert s == 202, (s, b); acc += b["accepted"]
print("accepted", acc)
java = subprocess.run(["pgrep", "-P", str(p.pid)], capture_output=True, text=True).stdout.split() or [str(p.pid)]
os.kill(p.pid, signal.SIGKILL); p.wait()
t = time.time(); p = start(); print("restarted in %.1f s" % (time.time() - t))
s, m = req("GET", "/api/rooms/R/metrics")
print("expected", pv, len(users), cm, paid, "got", m["pv"], m["uv"], m["comments"], m["paid_orders"], "OK" if (m["pv"], m["uv"], m["comments"], m["paid_orders"]) == (pv, len(users), cm, paid) else "MISMATCH")
p.send_signal(signal.SIGTERM); p.wait()
