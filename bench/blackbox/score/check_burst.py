"""Checks replay's top_questions against burst_expect.json: the first entries must be the expected intents (and
product, when given) with counts within the tolerance. usage: check_burst.py OUT.json EXPECT.json"""
import json, sys
top = json.load(open(sys.argv[1]))["top_questions"]
exp = json.load(open(sys.argv[2]))
tol = exp.get("tolerance", 0.1)
for q in top[:4]: print("  ", json.dumps(q, ensure_ascii=False))
ok = True
for i, e in enumerate(exp["top"]):
    q = top[i] if i < len(top) else {}
    good = q.get("intent") == e["intent"] and ("product" not in e or q.get("product") == e["product"]) \
        and abs((q.get("count") or 0) - e["count"]) <= tol * e["count"]
    ok &= good
    print(f"  #{i + 1}: want {e['intent']} {e.get('product', '')} ~{e['count']} -> {'ok' if good else 'MISS'}")
print("burst: " + ("PASS" if ok else "FAIL"))
