import json,sys,collections
rows=[l.rstrip("\n").split("\t") for l in open(sys.argv[1]).read().splitlines()[1:]]
outs=[json.loads(l) for l in open(sys.argv[2])]
assert len(rows)==len(outs)
labels=sorted(set(r[0] for r in rows))
tp=collections.Counter();fp=collections.Counter();fn=collections.Counter()
wrong=[]
for (lab,txt),o in zip(rows,outs):
    p=o["intent"]
    if p==lab: tp[lab]+=1
    else: fp[p]+=1; fn[lab]+=1; wrong.append((lab,p,txt,o.get("confidence")))
f1s={}
for l in labels:
    pr=tp[l]/(tp[l]+fp[l]) if tp[l]+fp[l] else 0; rc=tp[l]/(tp[l]+fn[l]) if tp[l]+fn[l] else 0
    f1s[l]=2*pr*rc/(pr+rc) if pr+rc else 0
acc=sum(tp.values())/len(rows)
print(f"accuracy={acc:.4f} macro_f1={sum(f1s.values())/len(f1s):.4f} n={len(rows)} wrong={len(wrong)}")
for l in labels: print(f"  {l:18s} f1={f1s[l]:.3f} P={tp[l]}/{tp[l]+fp[l]} R={tp[l]}/{tp[l]+fn[l]}")
for lab,p,t,c in sorted(wrong): print(f"  {lab} -> {p} ({c})\t{t}")
