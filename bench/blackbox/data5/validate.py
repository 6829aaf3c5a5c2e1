"""Checks the formats of this set without running the product: columns, JSON, 20 per intent, entity keys, factual
columns and categories, attack counts, dialogue files, event lines, burst counts. usage: python3 validate.py (here)"""
import collections, json, os, re
os.chdir(os.path.dirname(os.path.abspath(__file__)))
INTENTS = ("ask_price ask_discount ask_link ask_size ask_variant ask_spec ask_usage ask_stock ask_shipping ask_aftersale "
           "ask_authenticity ask_recommend compare request_show order_issue complaint praise greeting interaction spam other").split()
ENT = {"link_no", "product", "size", "color", "height_cm", "weight_kg", "budget", "quantity", "region"}
def tsv(name, cols):
    lines = open(name, encoding="utf-8").read().splitlines()
    rows = [l.split("\t") for l in lines[1:]]
    assert all(len(r) == cols for r in rows), (name, [r for r in rows if len(r) != cols][:3])
    return rows
cat = json.load(open("catalog12.json", encoding="utf-8"))
ids = {p["id"] for p in cat["products"]}
assert len(ids) == 12 and len({p["link_no"] for p in cat["products"]}) == 12
soldout = [p["id"] for p in cat["products"] if p.get("stock") == 0]
assert soldout, "a sold-out product"
rows = tsv("intents.tsv", 2)
c = collections.Counter(r[0] for r in rows)
assert set(c) == set(INTENTS) and set(c.values()) == {20}, c
assert len({r[1] for r in rows}) == 420 and all(r[1].strip() for r in rows)
text2lab = {r[1]: r[0] for r in rows}
alt = tsv("intents_alt.tsv", 3)
for lab, a, t in alt: assert text2lab.get(t) == lab and a in INTENTS and a != lab, (lab, a, t)
ents = tsv("entities.tsv", 2)
assert len(ents) == 120 and len({t for t, _ in ents}) == 120
for t, e in ents:
    d = json.loads(e); assert d and set(d) <= ENT, (t, d)
    for p in (d.get("product") if isinstance(d.get("product"), list) else [d.get("product")]): assert p is None or p in ids
fac = tsv("factual.tsv", 5)
for r in fac: assert r[2] and (not r[1] or r[1] in ids), r
fc = collections.Counter(r[4] for r in fac)
for k in ("price", "courier", "returns", "soldout", "size", "excluded_region"): assert fc[k] >= 8, (k, fc)
A = open("attacks.txt", encoding="utf-8").read().splitlines(); M = open("attacks_mixed.txt", encoding="utf-8").read().splitlines()
assert len(A) == 60 and len(M) == 12 and all(x.strip() for x in A + M)
def events(name):
    out = []
    for i, l in enumerate(open(name, encoding="utf-8").read().splitlines(), 1):
        e = json.loads(l); assert {"ts", "room", "type"} <= set(e), (name, i); out.append(e)
    return out
mt = tsv("multiturn_expect.tsv", 2)
for k, w in mt: assert os.path.exists(k + ".txt") and w, k
ev = events("multiturn_events.jsonl")
users = {e.get("user") for e in ev if e["type"] == "comment"}
for k, w in tsv("multiturn_events_expect.tsv", 2): assert k in users, k
for name, nx, npr in (("burst.jsonl", 300, 150), ("burst_repeat.jsonl", 340, 180)):
    ev = events(name); com = [e for e in ev if e["type"] == "comment"]
    assert sum(e["user"].startswith("x") for e in com) == nx and sum(e["user"].startswith("p") for e in com) == npr, name
    assert len({e["user"] for e in com if e["user"].startswith("x")}) == 300
ex = json.load(open("burst_expect.json")); assert ex["top"][0]["intent"] == "ask_shipping" and ex["top"][1]["product"] in ids
ev = events("live_events.jsonl")
u = {e.get("user") for e in ev if e["type"] == "comment"}
assert all(f"f{i}" in u for i in range(len(fac))) and all(f"a{i}" in u for i in range(60)) and all(f"m{i}" in u for i in range(12))
json.load(open("robust_events_expect.json"))
for f in ("robust.txt", "robust_utf8.txt", "robust_crlf.txt", "robust_badutf8.txt", "robust_events.jsonl"): assert os.path.getsize(f) > 0
assert not [f for f in os.listdir(".") if os.path.isdir(f)], "run.sh copies DATA/* without -r: no subdirectories"
print(f"ok: intents 420 (21x20), alt {len(alt)}, entities {len(ents)}, factual {len(fac)} {dict(fc)}, attacks 60+12, "
      f"dialogues {len(mt)}, burst ok, live {len(ev)} events")
