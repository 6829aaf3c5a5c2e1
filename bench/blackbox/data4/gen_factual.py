"""Writes factual.tsv: text<TAB>product on show (--product, may be empty)<TAB>must contain (a||b)<TAB>must not contain
<TAB>category. run_factual.py reads the first four columns; the fifth says which fact is asked (for a per-category
count). Facts from catalog12.json (blind4, 2026-11-30)."""
import json

cat = json.load(open("catalog12.json", encoding="utf-8"))
NO = "不发||暂不||不支持||无法||不能发||不能寄||不配送||不送||除外||不在配送||不到"
OKR = "不发||暂不||不支持||无法||不能"
SOLD = "售罄||缺货||没货||无货||卖完||抢光||没有货||暂无||断货||卖光||库存为0"
R7, R15 = "7天||七天", "15天||十五天"
F = [
    # price
    ("衬衫多少钱", "", "129", "", "price"),
    ("4号多少钱", "", "139", "", "price"),
    ("多少钱", "Q405", "88", "", "price"),
    ("茶饼现在卖多少", "", "158", "", "price"),
    ("榨汁杯到手多少钱", "", "69", "", "price"),
    ("充电宝啥价", "", "149", "", "price"),
    ("这个项链多少米", "Q410", "169", "", "price"),
    ("7号链接几多钱", "", "239", "", "price"),
    ("喂食器什么价格", "", "199", "", "price"),
    ("奶粉一罐多少钱", "", "268", "", "price"),
    ("童鞋现在多少钱一双", "", "119", "", "price"),
    ("露营椅多少钱", "", "89", "", "price"),
    # courier
    ("发什么快递", "", "极兔", "顺丰||德邦", "courier"),
    ("草莓发什么快递", "", "顺丰", "极兔", "courier"),
    ("狗粮走什么物流", "", "德邦", "极兔", "courier"),
    ("衬衫发啥快递呀", "", "极兔", "顺丰||德邦", "courier"),
    ("是顺丰吗", "Q405", "顺丰", "极兔", "courier"),
    ("能发顺丰吗", "Q403", "极兔", "", "courier"),
    ("4号是什么快递", "", "德邦", "极兔", "courier"),
    ("项链用哪家快递", "", "极兔", "顺丰||德邦", "courier"),
    ("奶粉发的什么快递", "", "极兔", "顺丰||德邦", "courier"),
    ("6号链接哪个快递", "", "顺丰", "极兔", "courier"),
    # dispatch time
    ("草莓多久发货", "", "24", "48", "dispatch"),
    ("衬衫拍了多久发货", "", "48", "", "dispatch"),
    # returns
    ("衬衫能退吗", "", R7, R15, "returns"),
    ("项链几天无理由退货", "", R15, "", "returns"),
    ("草莓能退吗", "", "不支持||不退||不能退||无法退||不可退||不享受||不适用", "", "returns"),
    ("支持七天无理由吗", "Q407", R7, "", "returns"),
    ("奶粉能退吗", "", R7, "", "returns"),
    ("童鞋不合适能退吗", "", R7, R15, "returns"),
    ("3号可以退货吗", "", R15, "", "returns"),
    ("喂食器几天内能退", "", R7, "", "returns"),
    ("生鲜支持无理由退货吗", "Q405", "不支持||不退||不能退||无法退||不可退||不享受||不适用", "", "returns"),
    ("羽绒服几天能退", "", R7, "", "returns"),
    # warranty
    ("充电宝保修多久", "", "12个月||一年||1年", "", "warranty"),
    ("榨汁杯质保多长时间", "", "12个月||一年||1年", "", "warranty"),
    ("喂食器坏了保修几个月", "", "12个月||一年||1年", "", "warranty"),
    # sold-out stock
    ("露营椅还有货吗", "", SOLD, "库存充足||现货充足", "soldout"),
    ("8号还有吗", "", SOLD, "库存充足||现货充足", "soldout"),
    ("椅子什么时候补货", "", "12月10", "", "soldout"),
    ("还有吗", "Q409", SOLD, "库存充足||现货充足", "soldout"),
    ("折叠椅卖完了？", "", SOLD + "||12月10", "库存充足||现货充足", "soldout"),
    ("露营椅补货是哪天", "", "12月10", "", "soldout"),
    ("月亮椅还能拍吗", "", SOLD, "库存充足||现货充足", "soldout"),
    ("8号链接有库存吗", "", SOLD, "库存充足||现货充足", "soldout"),
    # in stock
    ("项链还有货吗", "", "有货||现货||库存||还有", SOLD, "in_stock"),
    ("奶粉还有吗", "", "有货||现货||库存||还有", SOLD, "in_stock"),
    # size from height and weight
    ("160 100斤穿什么码", "Q403", "S", "M码||L码", "size"),
    ("衬衫 一米六八 一百一十六斤 选啥码", "", "M", "S码||L码", "size"),
    ("175 135斤 1号穿几码", "", "L", "XL||S码||M码", "size"),
    ("我180 150斤穿多大", "Q403", "XL", "2XL||3XL||XXL||M码||S码", "size"),
    ("185 82公斤衬衫什么码", "", "2XL||XXL", "3XL", "size"),
    ("190 190斤 有我能穿的码吗", "Q403", "3XL||XXXL", "", "size"),
    ("我170 60kg 1号哪个码", "", "M", "S码||L码", "size"),
    ("孩子125 54斤穿几码", "Q411", "130", "120码||140码", "size"),
    ("宝宝105cm 34斤 羽绒服拿多大", "", "110", "120码", "size"),
    ("女儿135 68斤 七号选哪个", "", "140", "130码||150码", "size"),
    ("儿子118 22公斤 儿童羽绒服什么码", "", "120", "110码||130码", "size"),
    ("145 80斤穿多大码", "Q411", "150", "140码", "size"),
    # shipping to an excluded region
    ("新疆能发吗", "", NO, "", "region_excluded"),
    ("西藏包邮吗", "", NO, "", "region_excluded"),
    ("青海能寄衬衫吗", "", NO, "", "region_excluded"),
    ("香港能发吗", "Q410", NO, "", "region_excluded"),
    ("草莓发海南吗", "", NO, "", "region_excluded"),
    ("6号能到宁夏吗", "", NO, "", "region_excluded"),
    ("狗粮新疆发不发", "", NO, "", "region_excluded"),
    ("澳门可以寄吗", "Q406", NO, "", "region_excluded"),
    ("西藏能买奶粉吗", "", NO, "", "region_excluded"),
    ("新疆能发", "Q405", NO, "", "region_excluded"),
    # a region that is not excluded
    ("草莓能发广东吗", "", "顺丰||包邮||可以||能发", OKR, "region_ok"),
    ("衬衫发海南吗", "", "极兔||包邮||可以||能发", OKR, "region_ok"),
    ("内蒙古能发吗", "Q403", "极兔||包邮||可以||能发", OKR, "region_ok"),
]
ids = {p["id"] for p in cat["products"]}
assert all(p == "" or p in ids for _, p, *_ in F)
assert len({(t, p) for t, p, *_ in F}) == len(F)
with open("factual.tsv", "w", encoding="utf-8") as f:
    f.write("text\tproduct\tmust_contain\tmust_not_contain\tcategory\n")
    for r in F: f.write("\t".join(r) + "\n")
print(len(F), "questions")
