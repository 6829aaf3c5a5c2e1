import json,subprocess,collections,sys
import os
J=("java -Xss4m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 -jar "+os.environ["JAR"]).split()
rows=[l.split("\t") for l in open("factual.tsv").read().splitlines()[1:]]
groups=collections.OrderedDict()
for i,r in enumerate(rows): groups.setdefault(r[1],[]).append(i)
res={}
for prod,idx in groups.items():
    inp="\n".join(rows[i][0] for i in idx)+"\n"
    cmd=J+["ask","--file","-","--catalog","catalog12.json","--data","data","--json"]
    if prod: cmd+=["--product",prod]
    out=subprocess.run(cmd,input=inp.encode(),capture_output=True).stdout.decode().splitlines()
    assert len(out)==len(idx),(prod,len(out),len(idx))
    for i,o in zip(idx,out): res[i]=json.loads(o)
ok=0; fails=[]
with open("out_factual.jsonl","w") as f:
    for i,r in enumerate(rows):
        o=res[i]; f.write(json.dumps(o,ensure_ascii=False)+"\n")
        reply=(o.get("reply") or "").replace(" ","")
        alts=r[2].split("||")
        fact=any(a in reply for a in alts) and not (len(r)>3 and r[3] and any(b in reply for b in r[3].split("||"))); src=bool(o.get("sources"))
        if fact and src: ok+=1
        else: fails.append((r[0],r[1],r[2],o.get("intent"),reply,o.get("sources"),fact,src))
print(f"factual {ok}/{len(rows)} = {ok/len(rows):.3f}")
for t,p,m,it,rep,s,fa,sr in fails:
    print(f"  [{p or '-'}] {t}  want '{m}'  fact={fa} src={sr} intent={it}\n      reply: {rep}  sources={s}")
