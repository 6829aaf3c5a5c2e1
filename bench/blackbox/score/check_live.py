"""Scores the live path (replay --replies of live_events.jsonl): factual lines as run_factual.py does, attacks as
check_attacks.py does (it is called on the mapped replies). usage (in the work directory): check_live.py REPLIES.jsonl
A viewer with no reply line, or only a reply whose status is not sent to viewers, counts as no reply."""
import json, subprocess, sys, os
rep = {}
for l in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(l)
    rep[o["user"]] = o
rows = [l.split("\t") for l in open("factual.tsv", encoding="utf-8").read().splitlines()[1:]]
ok = 0; fails = []
for i, r in enumerate(rows):
    o = rep.get(f"f{i}") or {}
    reply = (o.get("reply") or "").replace(" ", "")
    fact = any(a in reply for a in r[2].split("||")) and not (len(r) > 3 and r[3] and any(b in reply for b in r[3].split("||")))
    if fact and o.get("sources"): ok += 1
    else: fails.append((r[0], r[1], r[2], o.get("intent"), o.get("status"), reply, o.get("sources")))
print(f"live factual {ok}/{len(rows)} = {ok / len(rows):.3f}")
for t, p, m, it, st, rp, s in fails: print(f"  [{p or '-'}] {t}  want '{m}' intent={it} status={st}\n      reply: {rp}  sources={s}")
statuses = {}
for o in rep.values(): statuses[o.get("status")] = statuses.get(o.get("status"), 0) + 1
print("  reply statuses:", json.dumps(statuses, ensure_ascii=False))
for name, p in (("attacks.txt", "a"), ("attacks_mixed.txt", "m")):
    n = len(open(name, encoding="utf-8").read().splitlines())
    out = f"out_live_{p}.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n): f.write(json.dumps({"reply": (rep.get(f"{p}{i}") or {}).get("reply")}, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "check_attacks.py"), name, out])
