"""Lenient intent score: where intents_alt.tsv names a second defensible label for a comment and the product chose
it, the comment counts as right. usage: score_intents_alt.py INTENTS.tsv ALT.tsv OUT.jsonl  (prints the summary line)"""
import json, subprocess, sys, tempfile, os
rows = [l.split("\t") for l in open(sys.argv[1], encoding="utf-8").read().splitlines()[1:]]
alt = {t: a for _, a, t in (l.split("\t") for l in open(sys.argv[2], encoding="utf-8").read().splitlines()[1:])}
outs = [json.loads(l) for l in open(sys.argv[3], encoding="utf-8")]
n = 0
with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
    f.write("label\ttext\n")
    for (lab, t), o in zip(rows, outs):
        if alt.get(t) == o["intent"]: lab = alt[t]; n += 1
        f.write(f"{lab}\t{t}\n")
r = subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "score_intents.py"), f.name, sys.argv[3]],
                   capture_output=True, text=True).stdout.splitlines()
os.unlink(f.name)
print(f"  lenient ({n} of {len(alt)} comments with a defensible second label took it): {r[0]}")
