"""Writes factual.tsv: hand-written factual questions on catalog12.json.
Columns: text, --product (the product on show, or empty), must contain (a||b), must not contain (a||b), category.
Sizes are checked here against the catalog's chart: the expected size is the only row whose height and weight ranges
both hold the viewer's numbers."""
import json
cat = json.load(open("catalog12.json", encoding="utf-8"))
prod = {p["id"]: p for p in cat["products"]}

def only_size(pid, h, w):
    rows = [r["size"] for r in prod[pid]["sizes"]
            if r["height_cm"][0] <= h <= r["height_cm"][1] and r["weight_kg"][0] <= w <= r["weight_kg"][1]]
    assert len(rows) == 1, (pid, h, w, rows)
    return rows[0]

def size_alts(label):
    pre = ["建议", "推荐", "选", "拍", "穿", "是", "：", ":", "尺码", "适合"]
    alts = [p + label for p in pre]
    if label in ("S", "M", "2XL", "3XL", "XXL") or label.isdigit():  # "L码" sits inside "XL码": L and XL only after a verb
        alts += [label + s for s in ["码", "号", "（", "(", "，", "。"]]
    return "||".join(alts)

NO_SHIP = "不发||不支持||不能发||无法||暂不||不配送||不在配送||不包邮||不到||除外||不能寄||寄不了||发不了||不送||不可以"
SOLD = "售罄||没货||缺货||卖完||无货||暂无库存||没有库存||库存为0||卖光||没有货"
RESTOCK = "12月12||12.12||12-12"
R7 = "7天||七天"
R = []
def add(text, pid, must, mustnot, category): R.append((text, pid, must, mustnot, category))
# price
add("1号阔腿裤多少钱", "", "89.9", "", "price")
add("卫衣现在卖多少", "", "139", "", "price")
add("这个多少钱", "T512", "299", "", "price")
add("芒果多少钱一箱", "", "49.9", "", "price")
add("7号手环啥价", "", "199", "", "price")
add("防晒霜多少钱啊", "", "129", "", "price")
add("这个怎么卖", "T502", "69.9", "", "price")
add("儿童睡衣一套多少钱", "", "79", "", "price")
add("四件套价格多少", "", "229", "", "price")
add("老爹鞋多少米", "", "159", "", "price")
add("9号洁齿棒一包多少钱", "", "39.9", "", "price")
add("这个现在什么价", "T507", "159", "", "price")
# courier
add("发什么快递", "T504", "申通", "", "courier")
add("芒果发什么快递", "", "顺丰", "", "courier")
add("卫衣用的哪家快递", "", "申通", "", "courier")
add("这个走什么物流", "T509", "顺丰", "", "courier")
add("豆浆机发顺丰吗", "", "申通", "", "courier")
add("四件套发啥快递呀", "", "申通", "", "courier")
add("手环快递是哪家", "", "申通", "", "courier")
add("12号芒果是顺丰包邮吗", "", "顺丰", "", "courier")
add("牛肉干发中通还是申通", "", "申通", "", "courier")
add("老爹鞋什么快递", "", "申通", "", "courier")
# returns
add("阔腿裤能七天无理由退吗", "", R7, "", "returns")
add("这个可以退货吗", "T501", R7, "", "returns")
add("四件套几天可以退", "", "15天||十五天", R7, "returns")
add("10号不喜欢能退吗", "", "15天||十五天", R7, "returns")
add("芒果能退吗", "", "不支持||不可退||不能退||不退||无法退||不适用||0天||不能无理由", R7, "returns")
add("手环支持七天无理由吗", "", R7, "", "returns")
add("老爹鞋穿着不合适能退吗", "", R7, "", "returns")
add("豆浆机退货期是几天", "", R7, "", "returns")
add("睡衣几天内可以退换", "", R7, "", "returns")
add("防晒不喜欢可以退吗", "", R7, "", "returns")
# sold out
add("电热毯还有货吗", "", SOLD, "现货", "soldout")
add("11号还能拍吗", "", SOLD, "现货", "soldout")
add("这个还有吗", "T510", SOLD, "现货", "soldout")
add("电热毯有库存吗 想给我妈买", "", SOLD, "现货", "soldout")
add("电褥子什么时候补货", "", RESTOCK, "", "soldout")
add("11号啥时候再上", "", RESTOCK, "", "soldout")
add("电热毯补货是哪天", "", RESTOCK, "", "soldout")
add("这个抢不到了 会补吗", "T510", RESTOCK, "", "soldout")
# size from height and weight (expected size computed from the chart)
for text, pid, on_show, h, w in [
        ("1号160 100斤穿什么码", "T504", "", 160, 50),
        ("阔腿裤 身高153 体重85斤选哪个码", "T504", "", 153, 42.5),
        ("一米六五 一百一十斤 阔腿裤拿几码", "T504", "", 165, 55),
        ("我168 120斤穿多大", "T504", "T504", 168, 60),
        ("阔腿裤170 130斤穿啥码", "T504", "", 170, 65),
        ("卫衣178 75kg穿什么码", "T501", "", 178, 75),
        ("3号 身高165 体重110斤", "T501", "", 165, 55),
        ("男朋友188 190斤 卫衣几码", "T501", "", 188, 95),
        ("182 170斤选哪个码", "T501", "T501", 182, 85),
        ("8号睡衣 孩子身高115 体重40斤", "T506", "", 115, 20),
        ("宝宝86cm 23斤 睡衣穿多大", "T506", "", 86, 11.5),
        ("孩子一米二五 五十斤 睡衣拿几码", "T506", "", 125, 25),
        ("我家娃135 60斤穿哪个", "T506", "T506", 135, 30)]:
    add(text, on_show, size_alts(only_size(pid, h, w)), "", "size")
# shipping to an excluded region
add("新疆包邮吗", "", NO_SHIP, "", "excluded_region")
add("能发西藏吗", "", NO_SHIP, "", "excluded_region")
add("这个发新疆吗", "T501", NO_SHIP, "", "excluded_region")
add("芒果能寄到青海吗", "", NO_SHIP, "", "excluded_region")
add("12号发甘肃吗", "", NO_SHIP, "", "excluded_region")
add("芒果能发宁夏吗", "", NO_SHIP, "", "excluded_region")
add("豆浆机寄乌鲁木齐可以吗", "", NO_SHIP, "", "excluded_region")
add("西藏能寄手环吗", "", NO_SHIP, "", "excluded_region")
add("香港能发芒果吗", "", NO_SHIP, "", "excluded_region")
add("这个新疆能到吗", "T509", NO_SHIP, "", "excluded_region")
# extras beyond the six hidden-check categories
add("芒果发广东吗", "", "顺丰||可以||能发||包邮", "不发||不支持||无法||暂不", "region_ok")
add("卫衣发内蒙古吗", "", "可以||能发||包邮||申通", "不发||不支持||无法||暂不", "region_ok")
add("芒果多久发货", "", "24小时||24h||24H||一天", "", "dispatch")
add("卫衣拍了几天发货", "", "48小时||48h||48H||两天||2天", "", "dispatch")
add("豆浆机保修多久", "", "24个月||两年||2年", "", "warranty")
add("手环质保多长时间", "", "12个月||一年||1年", "", "warranty")
add("防晒含酒精吗", "", "不含酒精||无酒精||不含", "", "attribute")
add("豆浆机容量多大", "", "1.2L||1.2升", "", "attribute")
for t, pid, *_ in R: assert not pid or pid in prod, t
assert len({r[0] for r in R}) == len(R)
with open("factual.tsv", "w", encoding="utf-8") as f:
    f.write("text\tproduct\tmust\tmust_not\tcategory\n")
    for r in R: f.write("\t".join(r) + "\n")
import collections
print(len(R), "factual;", dict(collections.Counter(r[4] for r in R)))
