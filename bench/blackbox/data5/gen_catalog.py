"""Writes catalog12.json: the 12 products of the fifth blind set (hand-written facts, ids T501-T512, link numbers not in file order)."""
import json

def sz(label, h=None, w=None):
    r = {"size": label}
    if h: r["height_cm"] = h
    if w: r["weight_kg"] = w
    return r

shop = {"name": "暖暖家好物直播间",
        "shipping": {"courier": "申通", "ships_within_hours": 48, "free_shipping": True, "excluded_regions": ["新疆", "西藏"]},
        "aftersale": {"returns_days": 7, "freight_insurance": True}}
P = []
P.append({"id": "T501", "link_no": 3, "name": "男士加绒连帽卫衣", "aliases": ["卫衣", "加绒卫衣", "连帽卫衣", "男款卫衣"],
          "category": "男装", "price": "139.00", "list_price": "239.00", "stock": 640,
          "variants": ["黑色", "藏青", "燕麦色", "雾霾蓝"],
          "sizes": [sz("M", [160, 168], [50, 60]), sz("L", [168, 175], [60, 70]), sz("XL", [175, 180], [70, 80]),
                    sz("2XL", [180, 185], [80, 90]), sz("3XL", [185, 190], [90, 100])],
          "attributes": {"面料": "80%棉 20%聚酯纤维", "里料": "加绒摇粒绒", "版型": "宽松", "产地": "江苏"},
          "selling_points": ["内里加绒不掉毛", "帽绳可调", "袖口罗纹不变形"],
          "suits": ["秋冬日常", "学生党", "通勤"], "not_for": [],
          "promotions": [{"kind": "coupon", "text": "满199减20", "discount": "20.00", "min_spend": "199.00"}],
          "faq": [{"q": "洗了会缩水吗", "a": "出厂前已预缩，建议30度以下冷水洗，不要暴晒"}]})
P.append({"id": "T502", "link_no": 5, "name": "手撕风干牦牛肉", "aliases": ["牦牛肉", "牛肉干", "风干牛肉"],
          "category": "零食", "price": "69.90", "list_price": "98.00", "stock": 1500,
          "variants": ["原味", "麻辣", "孜然"],
          "attributes": {"净含量": "250g", "保质期": "180天", "产地": "四川阿坝", "配料": "牦牛肉、食用盐、香辛料"},
          "selling_points": ["七成干手撕有嚼劲", "无淀粉添加"],
          "suits": ["追剧零食", "健身补充蛋白"], "not_for": ["牙口不好的老人", "3岁以下儿童"],
          "promotions": [{"kind": "bundle", "text": "拍两袋减15元", "discount": "15.00", "min_spend": "139.80"}],
          "faq": [{"q": "辣不辣", "a": "麻辣味是中辣，怕辣选原味或孜然"}]})
P.append({"id": "T503", "link_no": 7, "name": "运动智能手环", "aliases": ["手环", "智能手环", "运动手环"],
          "category": "数码", "price": "199.00", "list_price": "299.00", "stock": 420,
          "variants": ["曜石黑", "樱花粉", "薄荷绿"],
          "attributes": {"续航": "14天", "防水": "5ATM", "屏幕": "1.47英寸AMOLED", "蓝牙": "5.3", "兼容": "安卓和苹果手机"},
          "selling_points": ["心率血氧睡眠监测", "100种运动模式", "14天长续航"],
          "suits": ["运动爱好者", "上班族"], "not_for": ["心脏起搏器使用者"],
          "promotions": [{"kind": "gift", "text": "下单送一根替换表带", "discount": "0", "min_spend": "0"}],
          "faq": [{"q": "能游泳戴吗", "a": "5ATM防水，游泳可以戴，不能泡温泉和桑拿"}],
          "aftersale": {"returns_days": 7, "freight_insurance": True, "warranty_months": 12}})
P.append({"id": "T504", "link_no": 1, "name": "女士高腰阔腿裤", "aliases": ["阔腿裤", "高腰裤", "垂感裤", "裤子"],
          "category": "女装", "price": "89.90", "list_price": "159.00", "stock": 880,
          "variants": ["黑色", "灰色", "杏色"],
          "sizes": [sz("S", [150, 156], [38, 45]), sz("M", [156, 162], [45, 51]), sz("L", [160, 166], [51, 57]),
                    sz("XL", [164, 170], [57, 63]), sz("XXL", [168, 175], [63, 70])],
          "attributes": {"面料": "72%聚酯纤维 25%粘纤 3%氨纶", "裤长": "九分和长款两种", "腰型": "高腰", "产地": "广东"},
          "selling_points": ["垂感好显腿长", "后腰松紧", "不易起皱"],
          "suits": ["梨形身材", "通勤"], "not_for": [],
          "promotions": [{"kind": "coupon", "text": "满149减15", "discount": "15.00", "min_spend": "149.00"}],
          "faq": [{"q": "会透吗", "a": "杏色是双层面料，不透"}]})
P.append({"id": "T505", "link_no": 10, "name": "新疆长绒棉四件套", "aliases": ["四件套", "床品四件套", "床单被套"],
          "category": "家纺", "price": "229.00", "list_price": "399.00", "stock": 300,
          "variants": ["奶咖", "雾蓝", "浅灰", "樱粉"],
          "sizes": [sz("1.5米床"), sz("1.8米床"), sz("2.0米床")],
          "attributes": {"面料": "100%新疆长绒棉", "支数": "60支", "工艺": "贡缎", "包含": "被套1条 床单1条 枕套2个", "被套尺寸": "1.5米床200x230cm，1.8米床和2.0米床220x240cm"},
          "selling_points": ["60支长绒棉亲肤", "越洗越软", "活性印染不掉色"],
          "suits": ["婚房", "四季通用"], "not_for": [],
          "promotions": [{"kind": "coupon", "text": "满229减30", "discount": "30.00", "min_spend": "229.00"}],
          "faq": [{"q": "第一次洗掉色吗", "a": "活性印染，首次清洗有少量浮色属正常，不会串色"}],
          "aftersale": {"returns_days": 15, "freight_insurance": True}})
P.append({"id": "T506", "link_no": 8, "name": "儿童纯棉分体睡衣套装", "aliases": ["儿童睡衣", "宝宝睡衣", "睡衣", "童装睡衣"],
          "category": "童装", "price": "79.00", "list_price": "129.00", "stock": 560,
          "variants": ["小恐龙", "小兔子", "星空蓝"],
          "sizes": [sz("90", [80, 90], [10, 13]), sz("100", [90, 100], [13, 16]), sz("110", [100, 110], [16, 19]),
                    sz("120", [110, 120], [19, 23]), sz("130", [120, 130], [23, 28]), sz("140", [130, 140], [28, 34])],
          "attributes": {"面料": "100%精梳棉", "安全类别": "A类婴幼儿标准", "适合季节": "春秋"},
          "selling_points": ["A类面料宝宝贴身穿", "高腰护肚", "无骨缝制"],
          "suits": ["1到10岁儿童"], "not_for": [],
          "promotions": [{"kind": "bundle", "text": "两套立减20元", "discount": "20.00", "min_spend": "158.00"}],
          "faq": [{"q": "尺码偏大还是偏小", "a": "正常尺码，按身高选；宝宝偏胖建议拍大一码"}]})
P.append({"id": "T507", "link_no": 4, "name": "女士厚底老爹鞋", "aliases": ["老爹鞋", "厚底鞋", "运动鞋"],
          "category": "鞋靴", "price": "159.00", "list_price": "269.00", "stock": 390,
          "variants": ["米白", "灰粉", "全黑"],
          "sizes": [sz("35"), sz("36"), sz("37"), sz("38"), sz("39"), sz("40")],
          "attributes": {"鞋面": "超纤皮+网布", "鞋底": "EVA+橡胶", "鞋底厚度": "5cm", "尺码对照": "35码225mm 36码230mm 37码235mm 38码240mm 39码245mm 40码250mm", "尺码建议": "正码，脚背高或脚宽拍大一码"},
          "selling_points": ["5cm厚底增高显腿长", "鞋垫软弹不累脚"],
          "suits": ["小个子女生", "日常逛街"], "not_for": [],
          "promotions": [{"kind": "coupon", "text": "满159减20", "discount": "20.00", "min_spend": "159.00"}],
          "faq": [{"q": "偏大还是偏小", "a": "正码，按平时尺码拍，脚宽建议大一码"}]})
P.append({"id": "T508", "link_no": 9, "name": "狗狗磨牙洁齿棒", "aliases": ["洁齿棒", "磨牙棒", "狗零食"],
          "category": "宠物", "price": "39.90", "list_price": "59.00", "stock": 2100,
          "variants": ["牛肉味", "鸡肉味", "薄荷味"],
          "attributes": {"规格": "30支/袋", "主要成分": "鸡肉、马铃薯淀粉、薄荷叶", "保质期": "18个月"},
          "selling_points": ["清洁牙垢", "清新口气"],
          "suits": ["中小型犬"], "not_for": ["3个月以下幼犬"],
          "promotions": [{"kind": "gift", "text": "买二送一", "discount": "39.90", "min_spend": "79.80"}],
          "faq": [{"q": "一天喂几根", "a": "小型犬一天一根，中型犬一天两根"}]})
P.append({"id": "T509", "link_no": 12, "name": "海南贵妃芒果5斤装", "aliases": ["芒果", "贵妃芒", "海南芒果"],
          "category": "生鲜水果", "price": "49.90", "list_price": "79.90", "stock": 1200,
          "variants": ["中果", "大果"],
          "attributes": {"净重": "5斤（含箱约5.5斤）", "产地": "海南三亚", "储存": "常温催熟，熟后冷藏"},
          "selling_points": ["树上自然熟", "产地直发"],
          "suits": ["家庭分享"], "not_for": ["芒果过敏人群"],
          "promotions": [],
          "faq": [{"q": "坏果怎么办", "a": "签收24小时内拍照联系客服，坏果按个数包赔"}],
          "shipping": {"courier": "顺丰", "ships_within_hours": 24, "free_shipping": True,
                       "excluded_regions": ["新疆", "西藏", "青海", "甘肃", "宁夏", "港澳台"]},
          "aftersale": {"returns_days": 0, "freight_insurance": False}})
P.append({"id": "T510", "link_no": 11, "name": "双人智能电热毯", "aliases": ["电热毯", "电褥子", "加热毯"],
          "category": "家电", "price": "169.00", "list_price": "259.00", "stock": 0,
          "variants": ["1.5x1.8米", "1.8x2.0米"],
          "attributes": {"功率": "120W", "控温": "双人双控 6档", "定时": "1-9小时", "补货时间": "12月12日"},
          "selling_points": ["双人双控", "过热自动断电"],
          "suits": ["南方冬天没暖气"], "not_for": ["孕妇", "婴幼儿", "心脏起搏器使用者"],
          "promotions": [],
          "faq": [{"q": "什么时候补货", "a": "已经售罄，12月12日补货，先点关注"}],
          "aftersale": {"returns_days": 7, "freight_insurance": True, "warranty_months": 24}})
P.append({"id": "T511", "link_no": 2, "name": "清透水感防晒乳SPF50+", "aliases": ["防晒", "防晒乳", "防晒霜"],
          "category": "美妆护肤", "price": "129.00", "list_price": "189.00", "stock": 730,
          "variants": ["50ml"],
          "attributes": {"容量": "50ml", "防晒指数": "SPF50+ PA++++", "酒精": "不含酒精", "保质期": "3年", "卸妆": "普通洗面奶即可洗掉"},
          "selling_points": ["水感质地不油腻", "不泛白不搓泥"],
          "suits": ["油皮", "混油皮", "敏感肌"], "not_for": ["3岁以下婴幼儿"],
          "promotions": [{"kind": "gift", "text": "买就送同款小样15ml", "discount": "0", "min_spend": "0"}],
          "faq": [{"q": "孕妇能用吗", "a": "纯物理加化学复合防晒，不含酒精，孕期可用，敏感请先试用"}]})
P.append({"id": "T512", "link_no": 6, "name": "家用破壁豆浆机1.2L", "aliases": ["豆浆机", "破壁机", "破壁豆浆机"],
          "category": "家电", "price": "299.00", "list_price": "499.00", "stock": 260,
          "variants": ["奶白", "浅绿"],
          "attributes": {"容量": "1.2L", "功率": "800W", "噪音": "约55分贝", "功能": "豆浆 米糊 果汁 免滤", "预约": "12小时"},
          "selling_points": ["免滤渣", "12小时预约早上有热豆浆", "一键自清洗"],
          "suits": ["1到3人家庭"], "not_for": [],
          "promotions": [{"kind": "coupon", "text": "满299减50", "discount": "50.00", "min_spend": "299.00"}],
          "faq": [{"q": "吵不吵", "a": "约55分贝，比普通破壁机安静"}],
          "aftersale": {"returns_days": 7, "freight_insurance": True, "warranty_months": 24}})
json.dump({"shop": shop, "products": P}, open("catalog12.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(P), "products")
