"""Writes catalog12.json: 12 products Q401-Q412 (link numbers not in file order) per spec/catalog.md (blind4, 2026-11-30)."""
import json

shop = {"name": "山野良品生活馆",
        "shipping": {"courier": "极兔", "ships_within_hours": 48, "free_shipping": True,
                     "excluded_regions": ["新疆", "西藏", "青海", "港澳台"]},
        "aftersale": {"returns_days": 7, "freight_insurance": True}}

P = []
P.append({"id": "Q401", "link_no": 4, "name": "鸡肉味成犬全价狗粮5kg", "aliases": ["狗粮", "狗狗粮"], "category": "宠物",
          "price": "139.00", "list_price": "189.00", "stock": 860, "variants": ["小颗粒", "中大颗粒"],
          "attributes": {"主要成分": "鸡肉、糙米、燕麦、鱼油", "粗蛋白": "≥26%", "净含量": "5公斤", "保质期": "18个月", "产地": "山东"},
          "selling_points": ["第一配料是鲜鸡肉", "添加鱼油亮毛", "无诱食剂"],
          "suits": ["1岁以上成犬"], "not_for": ["12月龄以下幼犬"],
          "promotions": [{"kind": "coupon", "text": "满200减15", "discount": "15.00", "min_spend": "200.00"}],
          "faq": [{"q": "幼犬能吃吗", "a": "这款是成犬粮，12月龄以下幼犬建议吃幼犬粮"},
                  {"q": "怎么换粮", "a": "按7天换粮法，新旧粮逐天按比例混合"}],
          "shipping": {"courier": "德邦", "ships_within_hours": 48, "free_shipping": True,
                       "excluded_regions": ["新疆", "西藏", "青海", "港澳台"]}})
P.append({"id": "Q402", "link_no": 9, "name": "儿童魔术贴透气运动鞋", "aliases": ["童鞋", "儿童鞋", "小白鞋"], "category": "童鞋",
          "price": "119.00", "list_price": "199.00", "stock": 420, "variants": ["粉紫", "蓝灰", "黑白"],
          "sizes": [{"size": s} for s in ["26", "27", "28", "29", "30", "31", "32", "33"]],
          "attributes": {"鞋面": "飞织网布", "鞋底": "橡胶防滑底", "尺码建议": "按脚长选码：脚长16厘米穿26码，脚长每多0.5厘米大一码"},
          "selling_points": ["魔术贴孩子自己能穿", "鞋底防滑耐磨"], "suits": ["3到10岁儿童"],
          "faq": [{"q": "偏大还是偏小", "a": "正常码，脚胖脚背高的拍大一码"}]})
P.append({"id": "Q403", "link_no": 1, "name": "男士免烫长袖衬衫", "aliases": ["衬衫", "男衬衫", "白衬衫"], "category": "男装",
          "price": "129.00", "list_price": "259.00", "stock": 600, "variants": ["白色", "浅蓝", "深灰条纹"],
          "sizes": [{"size": "S", "height_cm": [155, 164], "weight_kg": [45, 54]},
                    {"size": "M", "height_cm": [165, 171], "weight_kg": [55, 62]},
                    {"size": "L", "height_cm": [172, 177], "weight_kg": [63, 70]},
                    {"size": "XL", "height_cm": [178, 182], "weight_kg": [71, 78]},
                    {"size": "2XL", "height_cm": [183, 187], "weight_kg": [79, 87]},
                    {"size": "3XL", "height_cm": [188, 195], "weight_kg": [88, 100]}],
          "attributes": {"面料": "60%棉 40%聚酯纤维", "版型": "修身", "领型": "方领"},
          "selling_points": ["免烫抗皱", "洗后不用熨"], "suits": ["上班通勤", "商务场合"],
          "promotions": [{"kind": "coupon", "text": "满200减20", "discount": "20.00", "min_spend": "200.00"}],
          "faq": [{"q": "会缩水吗", "a": "冷水手洗或洗衣机轻柔模式，基本不缩水"}]})
P.append({"id": "Q404", "link_no": 11, "name": "幼儿配方奶粉3段800g", "aliases": ["奶粉", "3段奶粉", "三段奶粉"], "category": "母婴",
          "price": "268.00", "list_price": "328.00", "stock": 300,
          "attributes": {"段位": "3段（12-36月龄）", "奶源": "新西兰", "净含量": "800克", "保质期": "24个月"},
          "selling_points": ["新西兰奶源", "添加乳铁蛋白"], "suits": ["1到3岁幼儿"], "not_for": ["12月龄以下婴儿"],
          "promotions": [{"kind": "coupon", "text": "满500减40", "discount": "40.00", "min_spend": "500.00"}],
          "faq": [{"q": "怎么验真", "a": "罐底有溯源码，扫码可查批次和报关信息"},
                  {"q": "开罐了能退吗", "a": "未开罐7天内可退，开罐后不支持无理由退货"}],
          "aftersale": {"returns_days": 7, "freight_insurance": False}})
P.append({"id": "Q405", "link_no": 6, "name": "丹东红颜草莓3斤装", "aliases": ["草莓", "红颜草莓"], "category": "生鲜水果",
          "price": "88.00", "list_price": "128.00", "stock": 500, "variants": ["大果", "中果"],
          "attributes": {"产地": "辽宁丹东", "单果重": "20-30克", "储存": "0-4℃冷藏，尽快食用"},
          "selling_points": ["现摘现发", "冷链直达"],
          "faq": [{"q": "坏果怎么办", "a": "签收24小时内拍照联系客服，坏果按比例赔付"}],
          "shipping": {"courier": "顺丰冷链", "ships_within_hours": 24, "free_shipping": True,
                       "excluded_regions": ["新疆", "西藏", "青海", "宁夏", "海南", "港澳台"]},
          "aftersale": {"returns_days": 0, "freight_insurance": False}})
P.append({"id": "Q406", "link_no": 2, "name": "云南勐海普洱熟茶饼357g", "aliases": ["普洱", "熟普", "茶饼"], "category": "茶叶",
          "price": "158.00", "list_price": "238.00", "stock": 240,
          "attributes": {"年份": "2019年", "产地": "云南勐海", "净含量": "357克", "储存": "常温避光防潮"},
          "selling_points": ["2019年原料", "汤色红浓"], "suits": ["饭后消食", "日常口粮茶"], "not_for": ["孕妇", "失眠人群"],
          "faq": [{"q": "怎么泡", "a": "撬5到8克，沸水洗茶一次，之后快出汤"}]})
P.append({"id": "Q407", "link_no": 12, "name": "便携无线榨汁杯", "aliases": ["榨汁杯", "榨汁机"], "category": "小家电",
          "price": "69.00", "list_price": "129.00", "stock": 700, "variants": ["奶白", "樱花粉", "薄荷绿"],
          "attributes": {"容量": "350毫升", "电池": "2000毫安", "充电口": "Type-C", "刀头": "6叶不锈钢"},
          "selling_points": ["一次充电榨15杯", "杯体可拆洗"],
          "faq": [{"q": "能榨冰块吗", "a": "不建议榨纯冰块，可加少量碎冰"}],
          "aftersale": {"returns_days": 7, "freight_insurance": True, "warranty_months": 12}})
P.append({"id": "Q408", "link_no": 5, "name": "磁吸无线充电宝", "aliases": ["充电宝", "移动电源"], "category": "手机配件",
          "price": "149.00", "list_price": "199.00", "stock": 380, "variants": ["白色", "黑色", "薰衣草紫"],
          "attributes": {"容量": "5000毫安", "输出": "无线15W，有线20W", "重量": "约110克", "适配": "苹果12及以上磁吸机型"},
          "selling_points": ["吸上就充", "可以带上飞机"],
          "faq": [{"q": "安卓能用吗", "a": "安卓手机可以用数据线有线充电，无线磁吸需要配磁吸手机壳"}],
          "aftersale": {"returns_days": 7, "freight_insurance": True, "warranty_months": 12}})
P.append({"id": "Q409", "link_no": 8, "name": "户外折叠露营椅", "aliases": ["露营椅", "折叠椅", "月亮椅"], "category": "户外",
          "price": "89.00", "list_price": "159.00", "stock": 0, "variants": ["军绿", "卡其", "黑色"],
          "attributes": {"承重": "150公斤", "重量": "1.2公斤", "材质": "600D牛津布+铝合金支架", "补货时间": "12月10日"},
          "selling_points": ["三秒收纳", "自带收纳袋"],
          "faq": [{"q": "什么时候补货", "a": "已售罄，12月10日补货，补货后直播间第一时间上架"}]})
P.append({"id": "Q410", "link_no": 3, "name": "S925银锁骨链", "aliases": ["项链", "锁骨链", "银项链"], "category": "饰品",
          "price": "169.00", "list_price": "299.00", "stock": 150, "variants": ["银色", "玫瑰金"],
          "attributes": {"材质": "S925银", "长度": "40+5厘米延长链", "证书": "附检测证书"},
          "selling_points": ["小众设计", "附检测证书"], "suits": ["送女朋友", "日常佩戴"],
          "faq": [{"q": "会掉色吗", "a": "S925银正常佩戴不掉色，避免接触汗水和香水"}],
          "aftersale": {"returns_days": 15, "freight_insurance": True}})
P.append({"id": "Q411", "link_no": 7, "name": "儿童加厚连帽羽绒服", "aliases": ["童装羽绒服", "儿童羽绒服", "小孩羽绒服"], "category": "童装",
          "price": "239.00", "list_price": "399.00", "stock": 260, "variants": ["红色", "藏蓝", "米白"],
          "sizes": [{"size": "110", "height_cm": [100, 110], "weight_kg": [15, 19]},
                    {"size": "120", "height_cm": [111, 120], "weight_kg": [20, 24]},
                    {"size": "130", "height_cm": [121, 130], "weight_kg": [25, 30]},
                    {"size": "140", "height_cm": [131, 140], "weight_kg": [31, 37]},
                    {"size": "150", "height_cm": [141, 150], "weight_kg": [38, 45]}],
          "attributes": {"填充": "90%白鸭绒", "充绒量": "约150克", "面料": "防泼水锦纶"},
          "selling_points": ["90白鸭绒", "防泼水"], "suits": ["3到12岁儿童"],
          "faq": [{"q": "可以机洗吗", "a": "建议手洗或专业干洗，不要暴晒"}]})
P.append({"id": "Q412", "link_no": 10, "name": "宠物智能自动喂食器", "aliases": ["喂食器", "自动喂食器"], "category": "宠物",
          "price": "199.00", "list_price": "299.00", "stock": 120, "variants": ["4升", "6升"],
          "attributes": {"容量": "4升或6升", "供电": "插电加3节1号电池备用", "定时": "每天最多8餐"},
          "selling_points": ["手机APP定时", "断电也能喂"], "suits": ["猫", "小型犬"],
          "faq": [{"q": "断电了还能用吗", "a": "装上备用电池，断电后照常按时出粮"}],
          "aftersale": {"returns_days": 7, "freight_insurance": True, "warranty_months": 12}})

json.dump({"shop": shop, "products": P}, open("catalog12.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(P), "products")
