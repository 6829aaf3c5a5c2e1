import json,sys,collections,re
rows=[l.split("\t") for l in open(sys.argv[1]).read().splitlines()[1:]]
outs=[json.loads(l) for l in open(sys.argv[2])]
assert len(rows)==len(outs)
def norm_size(v): v=str(v).strip().upper(); return re.sub(r'码$','',v)
def ok(k,e,g):
    if g is None: return False
    if isinstance(e,list): return any(ok(k,x,g) for x in e)
    if k in("height_cm","weight_kg","budget","quantity","link_no"):
        try: return abs(float(g)-float(e))<1e-6
        except: return False
    if k=="size": return norm_size(e)==norm_size(g)
    if k=="color": g=str(g); return g==e or (len(g)>=2 and (e in g or g in e))
    return str(g)==str(e)
per=collections.Counter(); pert=collections.Counter(); good=0; fails=[]; spur=[]
for (t,exp),o in zip(rows,outs):
    exp=json.loads(exp); got=o.get("entities") or {}
    bad=[]
    for k,v in exp.items():
        pert[k]+=1
        if ok(k,v,got.get(k)): per[k]+=1
        else: bad.append(f"{k}: got {got.get(k)!r} want {v!r}")
    if not bad: good+=1
    else: fails.append((t,bad,got))
    ex={k:v for k,v in got.items() if k not in exp}
    if ex: spur.append((t,ex))
print(f"comment-level {good}/{len(rows)} = {good/len(rows):.3f}")
tot=sum(pert.values()); print(f"entity-level {sum(per.values())}/{tot} = {sum(per.values())/tot:.3f}")
for k in pert: print(f"  {k:10s} {per[k]}/{pert[k]} = {per[k]/pert[k]:.3f}")
print("FAILURES:")
for t,b,g in fails: print(f"  {t}  ->  {'; '.join(b)}   [all got: {json.dumps(g,ensure_ascii=False)}]")
print("SPURIOUS (extra entity keys not expected):")
for t,e in spur: print(f"  {t} -> {json.dumps(e,ensure_ascii=False)}")
