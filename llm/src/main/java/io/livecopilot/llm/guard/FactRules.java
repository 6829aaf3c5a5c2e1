package io.livecopilot.llm.guard;

import io.livecopilot.core.Money;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.ShippingPolicy;
import io.livecopilot.core.catalog.SizeRow;
import io.livecopilot.core.check.Violation;
import io.livecopilot.nlp.adlaw.FastPattern;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claim rules of the fact guard over one normalized text: each finds claims of one kind (price, promotion, stock,
 * size, material, ingredient, parameter, shipping, after-sale, contact, markup) and reports those the catalog
 * contradicts or does not back, with a drop-in replacement when the catalog has the right value.
 */
public final class FactRules {
    private static final String NUM = "(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千]{1,6})";

    private static final FastPattern AMOUNT = FastPattern.compile(
            "(?=[¥￥0-9零一二两三四五六七八九十百千万价只仅到券原满减立省直秒才售现活])(?:[¥￥]\\s*(\\d+(?:\\.\\d{1,2})?)"
                    + "|(\\d+(?:\\.\\d{1,2})?)\\s*(块钱|元|块|米(?![色白黄饭粒床长宽高深0-9一二三四五六七八九]))(\\d(?![0-9]))?"
                    + "|(?<![零一二两三四五六七八九十百千万])([零一二两三四五六七八九十百千万]{1,8})\\s*(元|块钱|块)([一二三四五六七八九](?![十百千]))?"
                    + "|(?:价|价格|只要|仅需|只需|仅要|到手|券后|原价|满|减|立减|省|直降|秒杀|才|售价|现价|活动价|直播价)\\s*(?:是|为|:|就是|只要|仅)?\\s*(\\d+(?:\\.\\d{1,2})?)"
                    + "(?![\\d.]|\\s*(件|个|%|折|天|小时|号|cm|厘米|码|斤|g|克|ml|毫升|w|瓦|人|单|份|套|盒|瓶|袋|支|片|粒|双|条|分钟|秒|年|月|岁|度|l|升|kg|公斤|元|块|米|万|期)))");

    private enum AmountKind { LIST, FINAL, PRICE, DISCOUNT, THRESHOLD, ANY }

    private static final String[][] AMOUNT_KEYS = {
            {"LIST", "原价", "划线价", "吊牌价", "专柜价", "日常价", "平时", "市场价", "官方价", "官网价", "门店价", "零售价", "平常", "之前卖", "以前卖", "原来"},
            {"FINAL", "到手", "券后", "用券", "领券后", "折后", "算下来", "相当于", "最终", "叠加"},
            {"PRICE", "只要", "仅需", "只需", "仅要", "才", "秒杀价", "直播价", "活动价", "现价", "售价", "价格", "这个价", "福利价", "宠粉价", "一口价", "特价", "价"},
            {"DISCOUNT", "减", "省", "优惠", "便宜", "抵", "直降", "少", "券", "红包", "补贴"},
            {"THRESHOLD", "满"},
    };

    private static final Pattern MULTIPLE = Pattern.compile("([两二三四五六七八九十2-9])\\s*(件|个|份|套|盒|瓶|袋|支|双|条|罐|包|斤)");
    private static final FastPattern FOLD = fast("0-9一二三四五六七八九", "(?<![0-9.])(\\d(?:\\.\\d)?|[一二三四五六七八九]{1,2})\\s*折");
    private static final FastPattern STOCK_NUMBER = fast("仅只还剩最库限放就", "(仅剩|只剩|还剩|剩下|剩|最后|库存|还有|只有|仅有|限量|只放|放了?|就这)\\s*" + NUM + "\\s*(件|单|份|个|套|台|盒|瓶|支|双|组)(?!\\s*(颜色|色|尺码|码|规格|款式|选择|口味|香型|型号|月|小时|天))");
    private static final FastPattern IN_STOCK = FastPattern.compile("(?=[有现库货管不大随还能可赶快直去拍抢马下上冲加速秒])(?:有货|现货|库存充足|库存很足|货很足|货源充足|管够|不限量|大量库存|随便拍|还有库存|库存还有|能拍|可以拍|赶紧拍|快拍|直接拍|去拍|拍起来|抢起来|赶紧抢|快抢|马上抢|抢购|下单|上车|冲|加购|拍下|拍它|拍一单|拍了|速拍|秒拍)");
    private static final Pattern SOLD_OUT_WORDS = Pattern.compile("售罄|卖完|卖光|没货|无货|缺货|断货|补货|到货|预约|预售|下架|抢光|没有了|暂时没|已空|没库存|秒空|清空|返场");
    private static final FastPattern SIZE_LABEL = fast("xsml2-5均f穿选拍买34", 
            "(?<![a-z0-9.])(xxxl|xxl|xl|xs|[2-5]xl|s|m|l|均码|f)\\s*码|(?<![a-z0-9])(?:穿|选|拍|买)\\s*(xxxl|xxl|xl|xs|[2-5]xl|s|m|l)(?![a-z0-9])|(?<![0-9])(3[3-9]|4[0-6])\\s*码");
    private static final FastPattern SIZE_RANGE = fast("xsml2-5", "(?<![a-z0-9])(xxxl|xxl|xl|xs|[2-5]xl|s|m|l)\\s*(?:-|到|至|~)\\s*(xxxl|xxl|xl|xs|[2-5]xl|s|m|l)(?![a-z0-9])");
    private static final Pattern HEIGHT = Pattern.compile("(?<![0-9.])(1[4-9]\\d)(?![0-9.]|\\s*(斤|kg|公斤|千克|元|块|件|g|克|ml|毫升|w|瓦)|\\s*(到|-|~|至)\\s*\\d{2,3}\\s*(斤|kg|公斤|千克))\\s*(?:cm|厘米|公分)?|([一1])\\s*米\\s*([五六七八九5-9])([0-9一二三四五六七八九])?");
    private static final Pattern WEIGHT = Pattern.compile("(?<![0-9])(\\d{2,3})\\s*(斤|kg|公斤)");
    private static final FastPattern SIZE_FOR = fast("穿选拍买建推就", "(?:穿|选|拍|买|建议|推荐|就)\\s*(xxxl|xxl|xl|xs|[2-5]xl|s|m|l)(?![a-z0-9])");
    private static final FastPattern SIZE_FITS_ONE = fast("xsml2-5", "(xxxl|xxl|xl|xs|[2-5]xl|s|m|l)\\s*码?\\s*(?:适合|对应)\\s*(?:身高)?\\s*(1[4-9]\\d)(?![0-9]|\\s*(?:-|到|至|~))");
    private static final FastPattern SIZE_FITS = fast("xsml2-5", "(xxxl|xxl|xl|xs|[2-5]xl|s|m|l)\\s*码?\\s*(?:适合|对应|建议|推荐)?\\s*(?:身高)?\\s*(1[4-9]\\d)\\s*(?:-|到|至|~)\\s*(1[4-9]\\d)");
    private static final FastPattern MATERIAL = FastPattern.compile(
            "(?=[0-9纯全精长新棉羊真桑蚕亚涤聚锦尼氨莫天冰雪灯头牛pu鸭鹅白3不陶高钢硅实竹铝钛9黄铂乳记1碳凯羽莱g])(\\d{1,3}%\\s*)?(纯棉|全棉|精梳棉|长绒棉|新疆棉|棉质|羊毛|羊绒|真丝|桑蚕丝|蚕丝|亚麻|涤纶|聚酯纤维|锦纶|尼龙|氨纶|莫代尔|天丝|冰丝|雪纺|灯芯绒|真皮|头层牛皮|牛皮|羊皮|pu皮|鸭绒|鹅绒|白鸭绒|白鹅绒|316不锈钢|304不锈钢|不锈钢|陶瓷|高硼硅|钢化玻璃|硅胶|实木|竹纤维|铝合金|钛合金|纯钛|纯银|925银|18k金|黄金|铂金|乳胶|记忆棉|碳板|碳纤维|凯夫拉|羽绒|莱卡|gore-tex|棉)");
    private static final FastPattern INGREDIENT = fast("含添加富配成萃提", "(?:含有?|添加了?|加了|富含|配方|成分|萃取|提取)\\s*(玻尿酸|透明质酸|烟酰胺|视黄醇|a醇|胶原蛋白|神经酰胺|积雪草|维c|维生素c|vc|果酸|水杨酸|益生菌|乳酸菌|膳食纤维|燕窝|人参|阿胶|蜂蜜|赤藓糖醇|叶黄素|dha|角鲨烷|二裂酵母|寡肽|虾青素|胶原|酵素|咖啡因|氨基酸)");
    private static final FastPattern FREE_FROM = fast("无不零0没低", "(?<![0-9.])(无|不含|零|0|不添加|没有添加|低)\\s*(蔗糖|糖|防腐剂|香精|酒精|色素|添加剂|添加|脂肪|脂|卡|热量|反式脂肪|麸质|激素|荧光剂|甲醛|油)");
    private static final FastPattern PARAM = fast("0-9零一二两三四五六七八九十百千", "(?<![0-9.a-z零一二两三四五六七八九十百千])(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]{1,5})\\s*(毫升|ml|l(?![a-z])|升|千克|公斤|kg|g(?![a-z])|克|斤装|w(?![a-z])|瓦|毫安时|毫安|mah|英寸|寸|gb|tb|hz|赫兹|毫米|mm|厘米|cm|公分|小时|分钟|个月|年|℃|层|档|挡|片装|袋装|支装|瓶装|粒装|盒装|只装|个装|条装|罐装|册装|本装|片|粒|袋|支|瓶|盒|罐|册|本|%|分贝|db|万)");
    private static final FastPattern RETURNS = fast("0-9零一二两三四五六七八九十百千退", NUM + "\\s*天\\s*(?:内)?\\s*(无理由|退换|退货|包退|包换|可退|试用|无忧|退)|退货期?\\s*" + NUM + "\\s*天");
    private static final FastPattern WARRANTY = fast("0-9零一二两三四五六七八九十百千保质包", "(?:保修|质保|包修|保固|包换)期?\\s*" + NUM + "\\s*(年|个月)|" + NUM + "\\s*(年|个月)\\s*(?:保修|质保|包换|包修|保固)");
    private static final FastPattern LIFETIME = fast("终永一无", "(终身|永久|一辈子|无限期|无限次)\\s*(保修|质保|包换|售后|免费维修|维修|包修)");
    /** A promise to pay for fakes or faults ("假一赔十", "假一罚三", "包赔", "坏了包赔", "赔付3倍"): never a field of the catalog. */
    private static final FastPattern COMPENSATION = fast("假包赔无", "假\\s*一\\s*[赔罚]\\s*[0-9零一二两三四五六七八九十百千万]+|包赔|赔[偿付]?\\s*[0-9一二两三四五六七八九十百千万]+\\s*倍|无条件退[款货换]?");
    /** Goods for nothing ("免单", "0元购", "白送"): a price no catalog field gives. */
    private static final FastPattern FREE_OF_CHARGE = fast("免0零白不一", "免单|[0零]\\s*元购|白送|白拿|不要钱|一分钱不(要|花)");
    private static final Pattern FREE_SHIPPING = Pattern.compile("包邮");
    private static final FastPattern ALL_REGIONS = fast("全哪所偏", "全国(都|统一)?包邮|哪里都包邮|全部包邮|所有地区(都)?包邮|全国各地(都)?包邮|偏远地区(也|都)包邮");
    private static final Pattern REGION = Pattern.compile("新疆|西藏|青海|内蒙古|内蒙|宁夏|甘肃|海南|港澳台|香港|澳门|台湾|偏远地区|海外|国外");
    private static final Pattern SHIP_NEG = Pattern.compile("不包邮|不能包邮|除|以外|之外|除外|不包|不发|暂不|不支持|需补|补运费|加运费|补邮|不在包邮|没有包邮|无法|不可以|不能");
    private static final FastPattern SHIP_HOURS = fast("0-9零一二两三四五六七八九十百千发", NUM + "\\s*(小时|h|天)\\s*(?:内|之内|以内)?\\s*(?:就)?(?:极速)?(?:发货|发出|发走|发)|(?:发货|发出)\\s*(?:时间)?\\s*(?:在)?\\s*" + NUM + "\\s*(小时|h|天)");
    private static final FastPattern SHIP_FAST = fast("当今秒立马下次隔明", "当天发|当日发|今天发|今天下单今天发|秒发|立即发货|马上发货|下单就发|下单即发|次日发|隔天发|明天发|明天就发");
    private static final FastPattern COURIER = fast("顺中圆韵申京邮e极百德菜", "顺丰|中通|圆通|韵达|申通|京东物流|京东快递|邮政|ems|极兔|百世|德邦|菜鸟");
    private static final FastPattern INSURANCE = fast("运退", "运费险|退货险|运费保险");
    private static final Pattern INSURANCE_NEG = Pattern.compile("(不送|没有|没|无|不含|不支持|不带|不提供)\\s*(运费险|退货险|运费保险)");
    private static final FastPattern GIFT = fast("买加赠还再就免额多另拍下送", "买[一二两三1-3]送[一二两三1-3]|(?:加赠|赠送|还送|再送|就送|免费送|加送|额外送|多送|另送|买.{0,8}送|拍.{0,6}送|下单.{0,4}送)(?!运费险|退货险|到|货)([^，。！？,.!?\\s]{0,8})|送.{0,6}(小样|礼品|赠品|礼盒)|赠品");
    private static final Pattern HALF = Pattern.compile("半价");
    /** Words before "半价" that name a multi-unit condition ("第二件半价", "第2份半价", "两件"). */
    private static final Pattern UNIT_CONDITION = Pattern.compile("第\\s*[二2两三3]|[二两2]\\s*(件|份|个|盒|袋|包|瓶|支|双|条)|件");
    private static final FastPattern COLOUR = fast("酒藏墨奶米卡香雾浅天宝玫红黑白蓝粉灰绿黄紫橙棕咖杏驼金银", "(酒红|藏青|墨绿|奶白|米白|卡其|香槟|雾霾蓝|浅粉|天蓝|宝蓝|玫红|[红黑白蓝粉灰绿黄紫橙棕咖米杏驼金银])色(?!号|系)");
    private static final FastPattern COLOR_COUNT = fast("0-9零一二两三四五六七八九十百千", NUM + "\\s*(个|种|款)?\\s*(颜色|色可选|色号|个色|配色)");
    private static final FastPattern PHONE = fast("014", "(?<![0-9])1[3-9]\\d(?:[\\s-]?\\d){8}(?![0-9])|(?<![0-9])0\\d{2,3}-\\d{7,8}(?![0-9])|(?<![0-9])400-?\\d{3}-?\\d{4}(?![0-9])");
    private static final FastPattern WECHAT = fast("微vw薇威加+卫绿私联", "(微信|vx|v信|薇信|威信|wx|weixin|wechat|加v|\\+v|v❤|卫星|绿泡泡)\\s*(号|号码|id)?\\s*[:：]?\\s*([a-z][a-z0-9_-]{5,19})|加(我|个)?(微信|vx|v信|薇信|薇|v|威信|卫星)|私(聊|信)(加|领)|联系方式|绿泡泡");
    private static final FastPattern QQ = fast("q扣企", "(qq|扣扣|企鹅)\\s*(号|群)?\\s*[:：]?\\s*\\d{5,11}");
    private static final FastPattern URL = fast("a-z0-9._-", "https?://\\S+|www\\.\\S+|(?<![a-z0-9.])[a-z0-9][a-z0-9-]{1,30}\\.(com|cn|net|org|top|xyz|shop|vip|cc|me|io|link)(?![a-z])(/\\S*)?|[a-z0-9._-]+@[a-z0-9-]+\\.[a-z.]{2,}");
    private static final FastPattern MARKUP = fast("<j\\[`&{}*#", "<\\s*/?\\s*[a-z!][^<>]{0,200}>|javascript:|\\[[^\\]\\n]{1,80}\\]\\([^)\\n]{1,200}\\)|```|&[a-z]{2,6};|\\{\\{|\\}\\}|\\*\\*[^*\\n]{1,80}\\*\\*|(?m)^#{1,6}\\s");

    private static final Pattern QUANTITY_ANY_CASE = Pattern.compile(ProductFacts.QUANTITY.pattern(), Pattern.CASE_INSENSITIVE);

    /**
     * Compiles a pattern behind a look-ahead on the characters a match can start with, so that the many positions
     * where no match can start are rejected with one character-class test (java.util.regex tries every position).
     */
    static FastPattern fast(String firstChars, String regex) {
        return FastPattern.compile(firstChars, regex);
    }

    private final Catalog catalog;
    private final Map<Product, ProductFacts> facts;
    private final List<ProductFacts> all;

    public FactRules(Catalog catalog, Map<Product, ProductFacts> facts) {
        this.catalog = catalog;
        this.facts = facts;
        this.all = new ArrayList<>();
        for (Product p : catalog.products()) all.add(facts.get(p));
    }

    /** Runs every rule; {@code t} is the normalized text, {@code raw} the original (same length) for reported spans. */
    public List<Violation> run(String raw, String t, List<Clauses.Clause> clauses) {
        List<Violation> out = new ArrayList<>();
        amounts(raw, t, clauses, out);
        folds(raw, t, clauses, out);
        stock(raw, t, clauses, out);
        sizes(raw, t, clauses, out);
        materials(raw, t, clauses, out);
        parameters(raw, t, clauses, out);
        aftersale(raw, t, clauses, out);
        shipping(raw, t, clauses, out);
        gifts(raw, t, clauses, out);
        freeOfCharge(raw, t, clauses, out);
        contacts(raw, t, out);
        markup(raw, t, out);
        return out;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static Clauses.Clause clauseAt(List<Clauses.Clause> cs, int offset) {
        if (cs.isEmpty()) return null;
        int lo = 0, hi = cs.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (cs.get(mid).start() <= offset) lo = mid;
            else hi = mid - 1;
        }
        return cs.get(lo);
    }

    private ProductFacts productAt(List<Clauses.Clause> cs, int offset) {
        Clauses.Clause c = clauseAt(cs, offset);
        if (c == null) return all.size() == 1 ? all.get(0) : null;
        ProductFacts p = c.productAt(offset, facts);
        if (p == null && all.size() == 1) return all.get(0);
        return p;
    }

    private static Violation fact(String raw, int start, int end, String detail, String suggestion) {
        return new Violation(Violation.FACT, raw.substring(start, end), start, detail, suggestion);
    }

    private static String label(ProductFacts f) {
        Product p = f.product();
        return "「" + p.name() + "」" + (p.linkNo() != null ? "（" + p.linkNo() + "号链接）" : "");
    }

    private static String yuan(BigDecimal v) {
        return Money.spoken(v) + "元";
    }

    private static String yuanList(Collection<BigDecimal> vs) {
        StringBuilder sb = new StringBuilder();
        for (BigDecimal v : vs) {
            if (sb.length() > 0) sb.append("、");
            sb.append(yuan(v));
        }
        return sb.toString();
    }

    private static boolean contains(Collection<BigDecimal> set, BigDecimal v) {
        for (BigDecimal x : set) if (x.compareTo(v) == 0) return true;
        return false;
    }

    /** Whether the clause around {@code offset} (from the clause start to offset) negates, e.g. "不", "没有". */
    private static boolean negatedBefore(String t, int clauseStart, int offset, int window) {
        int from = Math.max(clauseStart, offset - window);
        String w = t.substring(from, offset);
        return w.contains("不") || w.contains("没") || w.contains("无") || w.contains("非") || w.contains("别");
    }

    /** Whether the clause asks rather than claims ("有没有添加糖？", "是纯棉的吗"). */
    private static boolean isQuestion(String t, Clauses.Clause c) {
        if (c == null) return false;
        String clause = t.substring(c.start(), c.end());
        return clause.contains("吗") || clause.contains("?") || clause.contains("？") || clause.contains("有没有") || clause.contains("是不是")
                || clause.contains("会不会") || clause.contains("能不能");
    }

    // ---- price -------------------------------------------------------------------------------------------------

    private void amounts(String raw, String t, List<Clauses.Clause> cs, List<Violation> out) {
        FastPattern.Scanner m = AMOUNT.matcher(t);
        while (m.find()) {
            BigDecimal v;
            int numStart;
            String unit;
            if (m.group(1) != null) {
                v = new BigDecimal(m.group(1));
                numStart = m.start(1);
                unit = "¥";
            } else if (m.group(2) != null) {
                // 米 is yuan in live-room slang ("99米") but metres in "1.8米床", "2米长": whole amounts of 5 or more only
                if (m.group(3).equals("米") && (m.group(2).contains(".") || new BigDecimal(m.group(2)).compareTo(BigDecimal.valueOf(5)) < 0)) continue;
                v = new BigDecimal(m.group(2));
                if (m.group(4) != null) v = v.add(new BigDecimal(m.group(4)).movePointLeft(1));
                numStart = m.start(2);
                unit = m.group(4) != null ? "元" : m.group(3);
            } else if (m.group(5) != null) {
                v = Numbers.chinese(m.group(5));
                if (v == null) continue;
                if (m.group(7) != null) v = v.add(Numbers.chinese(m.group(7)).movePointLeft(1));
                numStart = m.start(5);
                unit = m.group(6);
            } else {
                v = new BigDecimal(m.group(8));
                numStart = m.start(8);
                unit = "";
            }
            v = Money.normalize(v);
            int spanStart = m.group(8) != null ? numStart : m.start();
            int spanEnd = m.group(8) != null ? m.end(8) : m.end();
            Clauses.Clause c = clauseAt(cs, numStart);
            AmountKind kind = amountKind(t, c == null ? 0 : c.start(), numStart, spanEnd);
            int multiple = multiple(t, c == null ? 0 : c.start(), numStart);
            ProductFacts f = productAt(cs, numStart);
            if (f == null) {
                if (!anyProductAllows(v)) {
                    out.add(fact(raw, spanStart, spanEnd, "金额" + yuan(v) + "不是目录里任何商品的价格或优惠金额", ""));
                }
                continue;
            }
            Set<BigDecimal> allowed = allowed(f, kind, multiple);
            if (contains(allowed, v)) continue;
            String suggestion = suggestion(f, kind, unit);
            String what = switch (kind) {
                case LIST -> "原价";
                case FINAL -> "到手价";
                case PRICE -> "价格";
                case DISCOUNT -> "优惠金额";
                case THRESHOLD -> "满减门槛";
                case ANY -> "金额";
            };
            StringBuilder d = new StringBuilder().append(what).append("说成").append(yuan(v)).append("，但目录中").append(label(f))
                    .append("直播价").append(yuan(f.product().price()));
            if (f.listPrice() != null) d.append("、原价").append(yuan(f.listPrice()));
            if (f.product().bestPrice().compareTo(f.product().price()) != 0) d.append("、到手价").append(yuan(f.product().bestPrice()));
            if (kind == AmountKind.FINAL || kind == AmountKind.PRICE) conditions(f.product(), d);
            if (kind == AmountKind.DISCOUNT || kind == AmountKind.THRESHOLD) {
                if (!f.product().promotions().isEmpty()) {
                    d.append("，优惠为");
                    f.product().promotions().forEach(p -> d.append(p.text() == null ? "" : p.text()).append(" "));
                } else {
                    d.append("，目录没有这项优惠");
                }
            }
            out.add(fact(raw, spanStart, spanEnd, d.toString().strip(), suggestion));
        }
    }

    /**
     * The product's promotions one unit does not get, said as conditions ("，第二件半价需买多件才享"): the reason an amount
     * after one of them is not one unit's price.
     */
    private static void conditions(Product p, StringBuilder d) {
        for (var pr : p.promotions()) {
            if (pr.text() == null || pr.text().isBlank() || pr.discount() == null || pr.reachedByOne(p.price())) continue;
            d.append("，").append(pr.text()).append(pr.needsSeveral() ? "需买多件才享" : "单件不满足");
        }
    }

    private boolean anyProductAllows(BigDecimal v) {
        for (ProductFacts f : all) {
            if (contains(allowed(f, AmountKind.ANY, 1), v)) return true;
        }
        return false;
    }

    private static Set<BigDecimal> allowed(ProductFacts f, AmountKind kind, int multiple) {
        Set<BigDecimal> s = new LinkedHashSet<>();
        switch (kind) {
            case LIST -> {
                if (f.listPrice() != null) s.add(f.listPrice());
                else s.addAll(f.prices());
            }
            case FINAL, PRICE -> s.addAll(f.prices());
            case DISCOUNT -> s.addAll(f.discounts());
            case THRESHOLD -> {
                s.addAll(f.thresholds());
                s.addAll(f.discounts());
            }
            case ANY -> {
                s.addAll(f.prices());
                if (f.listPrice() != null) s.add(f.listPrice());
                s.addAll(f.discounts());
                s.addAll(f.thresholds());
            }
        }
        if (multiple > 1 && kind != AmountKind.DISCOUNT) {
            for (BigDecimal p : new ArrayList<>(s)) s.add(Money.normalize(p.multiply(BigDecimal.valueOf(multiple))));
            // a bundle priced with the order-level coupon: n × price − discount
            for (BigDecimal d : f.discounts()) s.add(Money.normalize(f.product().price().multiply(BigDecimal.valueOf(multiple)).subtract(d)));
        }
        return s;
    }

    private static String suggestion(ProductFacts f, AmountKind kind, String unit) {
        BigDecimal v = switch (kind) {
            case LIST -> f.listPrice();
            case FINAL -> f.product().bestPrice();
            case PRICE, ANY -> f.product().price();
            case DISCOUNT -> f.discounts().size() == 1 ? f.discounts().iterator().next() : null;
            case THRESHOLD -> f.thresholds().size() == 1 ? f.thresholds().iterator().next() : null;
        };
        if (v == null) return "";
        String s = Money.spoken(v);
        if (unit.equals("¥")) return "¥" + s;
        if (unit.isEmpty()) return s;
        return s + unit;
    }

    private static AmountKind amountKind(String t, int clauseStart, int numStart, int spanEnd) {
        int from = Math.max(clauseStart, numStart - 8);
        String w = t.substring(from, numStart);
        // the nearest keyword before the number decides
        AmountKind best = AmountKind.ANY;
        int bestEnd = -1;
        for (String[] group : AMOUNT_KEYS) {
            AmountKind k = AmountKind.valueOf(group[0]);
            for (int i = 1; i < group.length; i++) {
                int at = w.lastIndexOf(group[i]);
                if (at >= 0) {
                    int end = at + group[i].length();
                    if (end > bestEnd || (end == bestEnd && k != AmountKind.ANY && group[i].length() > 1)) {
                        if (end > bestEnd) {
                            best = k;
                            bestEnd = end;
                        }
                    }
                }
            }
        }
        String after = t.substring(spanEnd, Math.min(t.length(), spanEnd + 6));
        if (after.matches("^\\s*(的)?\\s*(优惠券|券|红包|无门槛|优惠|立减|补贴).*")) return AmountKind.DISCOUNT;
        if (best == AmountKind.THRESHOLD && bestEnd < w.length() - 1) {
            // 满 only counts right before the number
            return AmountKind.ANY;
        }
        return best;
    }

    private static int multiple(String t, int clauseStart, int numStart) {
        int from = Math.max(clauseStart, numStart - 10);
        Matcher m = MULTIPLE.matcher(t.substring(from, numStart));
        int n = 1;
        while (m.find()) {
            BigDecimal v = Numbers.parse(m.group(1));
            if (v != null) n = v.intValue();
        }
        return n;
    }

    private void folds(String raw, String t, List<Clauses.Clause> cs, List<Violation> out) {
        FastPattern.Scanner m = FOLD.matcher(t);
        while (m.find()) {
            BigDecimal x = Numbers.parse(m.group(1));
            if (x == null) continue;
            if (x.compareTo(BigDecimal.TEN) >= 0) x = x.movePointLeft(1); // 八五折
            if (x.signum() <= 0 || x.compareTo(BigDecimal.TEN) >= 0) continue;
            ProductFacts f = productAt(cs, m.start());
            if (f == null) continue;
            if (f.mentions(t.substring(m.start(), m.end()))) continue;
            BigDecimal list = f.listPrice();
            boolean ok = false;
            String actual = "目录没有原价或折扣信息";
            if (list != null && list.signum() > 0) {
                for (BigDecimal p : f.prices()) {
                    BigDecimal ratio = p.multiply(BigDecimal.TEN).divide(list, 2, RoundingMode.HALF_UP);
                    if (ratio.subtract(x).abs().compareTo(new BigDecimal("0.35")) <= 0) ok = true;
                }
                actual = "直播价" + yuan(f.product().price()) + "约为原价" + yuan(list) + "的"
                        + f.product().price().multiply(BigDecimal.TEN).divide(list, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "折";
            }
            if (!ok) out.add(fact(raw, m.start(), m.end(), "折扣说成" + x.stripTrailingZeros().toPlainString() + "折，" + label(f) + actual, ""));
        }
        Matcher h = HALF.matcher(t);
        while (h.find()) {
            ProductFacts f = productAt(cs, h.start());
            if (f == null) continue;
            if (f.mentions("半价")) {
                // "第二件半价" is not "半价": when every half-price offer needs several units, the claim must say so
                String several = severalUnitsHalfPrice(f.product());
                String before = t.substring(Math.max(0, h.start() - 6), h.start());
                if (several != null && !UNIT_CONDITION.matcher(before).find()) {
                    out.add(fact(raw, h.start(), h.end(), "说成半价，" + label(f) + "的半价是“" + several + "”（买多件才享）", ""));
                }
                continue;
            }
            BigDecimal list = f.listPrice();
            boolean ok = list != null && f.product().price().multiply(BigDecimal.valueOf(2)).subtract(list).abs().compareTo(BigDecimal.ONE) <= 0;
            if (!ok) out.add(fact(raw, h.start(), h.end(), "说成半价，但" + label(f) + "的价格和优惠里没有半价", ""));
        }
    }

    /** The text of the product's half-price offer when every such offer needs several units, else {@code null}. */
    private static String severalUnitsHalfPrice(Product p) {
        String text = null;
        for (io.livecopilot.core.catalog.Promotion pr : p.promotions()) {
            if (pr.text() == null || !pr.text().contains("半价")) continue;
            if (!pr.needsSeveral()) return null;
            text = pr.text();
        }
        return text;
    }

    // ---- stock -------------------------------------------------------------------------------------------------

    private void stock(String raw, String t, List<Clauses.Clause> cs, List<Violation> out) {
        FastPattern.Scanner m = STOCK_NUMBER.matcher(t);
        while (m.find()) {
            BigDecimal n = Numbers.parse(m.group(2));
            if (n == null) continue;
            ProductFacts f = productAt(cs, m.start());
            if (f == null) continue;
            Integer stock = f.product().stock();
            String kw = m.group(1);
            if (stock == null) {
                out.add(fact(raw, m.start(), m.end(), label(f) + "的库存目录里没有，不能说“" + raw.substring(m.start(), m.end()) + "”", ""));
                continue;
            }
            boolean scarce = kw.equals("仅剩") || kw.equals("只剩") || kw.equals("最后") || kw.equals("只有") || kw.equals("仅有")
                    || kw.equals("还剩") || kw.equals("剩") || kw.equals("剩下") || kw.equals("就这");
            int claimed = n.intValue();
            if (stock <= 0 && claimed > 0) {
                out.add(fact(raw, m.start(), m.end(), label(f) + "已售罄（库存0），不能说还有" + claimed + "件", ""));
            } else if (claimed > stock) {
                out.add(fact(raw, m.start(), m.end(), "库存说成" + claimed + "，" + label(f) + "目录库存只有" + stock,
                        raw.substring(m.start(), m.start(2)) + stock + raw.substring(m.end(2), m.end())));
            } else if (scarce && claimed < stock * 0.8) {
                out.add(fact(raw, m.start(), m.end(), "虚假稀缺：说只剩" + claimed + "，" + label(f) + "目录库存是" + stock,
                        raw.substring(m.start(), m.start(2)) + stock + raw.substring(m.end(2), m.end())));
            } else if (!scarce && claimed < stock * 0.5 && (kw.equals("库存") || kw.equals("限量") || kw.startsWith("放") || kw.equals("只放"))) {
                out.add(fact(raw, m.start(), m.end(), "库存说成" + claimed + "，" + label(f) + "目录库存是" + stock,
                        raw.substring(m.start(), m.start(2)) + stock + raw.substring(m.end(2), m.end())));
            }
        }
        FastPattern.Scanner s = IN_STOCK.matcher(t);
        while (s.find()) {
            ProductFacts f = productAt(cs, s.start());
            if (f == null || !f.product().soldOut()) continue;
            Clauses.Clause c = clauseAt(cs, s.start());
            String sentence = c == null ? t : t.substring(c.sentenceStart(), c.sentenceEnd());
            if (SOLD_OUT_WORDS.matcher(sentence).find()) continue;
            if (negatedBefore(t, c == null ? 0 : c.start(), s.start(), 3)) continue;
            out.add(fact(raw, s.start(), s.end(), label(f) + "已售罄（库存0），不能当作有货来卖", "已售罄"));
        }
    }

    // ---- sizes -------------------------------------------------------------------------------------------------

    private void sizes(String raw, String t, List<Clauses.Clause> cs, List<Violation> out) {
        Set<Integer> reported = new java.util.HashSet<>();
        FastPattern.Scanner m = SIZE_LABEL.matcher(t);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            String label = m.group(g);
            ProductFacts f = productAt(cs, m.start());
            if (f == null || f.product().sizes().isEmpty()) {
                if (f != null && !f.mentions(label + "码") && (g == 1 || g == 3) && !label.equals("均码")) {
                    out.add(fact(raw, m.start(), m.end(), label(f) + "目录里没有尺码表，不能说有“" + raw.substring(m.start(), m.end()) + "”", ""));
                    reported.add(m.start(g));
                }
                continue;
            }
            if (f.rows(label).isEmpty()) {
                out.add(fact(raw, m.start(g), m.end(g), label(f) + "的尺码表只有" + String.join("/", f.product().sizes().stream().map(SizeRow::size).toList())
                        + "，没有" + label.toUpperCase(), ""));
                reported.add(m.start(g));
            }
        }
        FastPattern.Scanner r = SIZE_RANGE.matcher(t);
        while (r.find()) {
            ProductFacts f = productAt(cs, r.start());
            if (f == null || f.product().sizes().isEmpty()) continue;
            for (int g = 1; g <= 2; g++) {
                if (f.rows(r.group(g)).isEmpty() && !reported.contains(r.start(g))) {
                    out.add(fact(raw, r.start(g), r.end(g), label(f) + "的尺码表没有" + r.group(g).toUpperCase(), ""));
                    reported.add(r.start(g));
                }
            }
        }
        // "M码适合160-165"
        FastPattern.Scanner fit = SIZE_FITS.matcher(t);
        while (fit.find()) {
            ProductFacts f = productAt(cs, fit.start());
            if (f == null) continue;
            List<SizeRow> rows = f.rows(fit.group(1));
            if (rows.isEmpty()) continue;
            int a = Integer.parseInt(fit.group(2)), b = Integer.parseInt(fit.group(3));
            SizeRow row = rows.get(0);
            if (row.heightMin() == null) continue;
            if (a < row.heightMin() - 2 || b > row.heightMax() + 2) {
                out.add(fact(raw, fit.start(), fit.end(), label(f) + "的" + row.size() + "码对应身高" + row.heightMin() + "-" + row.heightMax() + "cm",
                        row.size() + "码适合身高" + row.heightMin() + "-" + row.heightMax()));
            }
        }
        // "M码适合170"
        FastPattern.Scanner one = SIZE_FITS_ONE.matcher(t);
        while (one.find()) {
            ProductFacts f = productAt(cs, one.start());
            if (f == null) continue;
            List<SizeRow> rows = f.rows(one.group(1));
            if (rows.isEmpty() || rows.get(0).heightMin() == null) continue;
            int h = Integer.parseInt(one.group(2));
            if (!rows.get(0).fits(h, null)) {
                SizeRow row = rows.get(0);
                out.add(fact(raw, one.start(), one.end(), label(f) + "的" + row.size() + "码对应身高" + row.heightMin() + "-" + row.heightMax() + "cm", ""));
            }
        }
        // "160 100斤穿M": the height and weight said before the size in the same sentence
        FastPattern.Scanner sf = SIZE_FOR.matcher(t);
        int previousEnd = 0;
        while (sf.find()) {
            int at = sf.start(1);
            Clauses.Clause c = clauseAt(cs, at);
            int from = Math.max(previousEnd, c == null ? 0 : c.sentenceStart());
            previousEnd = sf.end();
            if (c == null) continue;
            ProductFacts f = productAt(cs, at);
            if (f == null || f.product().sizes().isEmpty()) continue;
            List<SizeRow> rows = f.rows(sf.group(1));
            if (rows.isEmpty()) continue;
            // the body measures said for this size: since the previous size in the sentence
            String before = t.substring(Math.min(from, sf.start()), sf.start());
            Integer height = null;
            Double weight = null;
            Matcher hm = HEIGHT.matcher(before);
            while (hm.find()) height = heightOf(hm);
            Matcher wm = WEIGHT.matcher(before);
            while (wm.find()) {
                double w = Double.parseDouble(wm.group(1));
                weight = wm.group(2).equals("斤") ? w / 2 : w;
            }
            if (height == null && weight == null) continue;
            boolean fits = false;
            for (SizeRow row : rows) if (row.fits(height, weight)) fits = true;
            if (!fits) {
                List<String> good = new ArrayList<>();
                for (SizeRow row : f.product().sizes()) if (row.fits(height, weight)) good.add(row.size());
                String who = (height != null ? height + "cm" : "") + (weight != null ? Money.spoken(BigDecimal.valueOf(weight * 2)) + "斤" : "");
                out.add(fact(raw, at, sf.end(1), label(f) + "的尺码表里" + who + "不对应" + sf.group(1).toUpperCase()
                        + (good.isEmpty() ? "，尺码表没有合适的码" : "，应为" + String.join("/", good)), good.size() == 1 ? good.get(0) : ""));
            }
        }
    }

    private static Integer heightOf(Matcher hm) {
        if (hm.group(1) != null) return Integer.parseInt(hm.group(1));
        BigDecimal d1 = Numbers.parse(hm.group(3));
        BigDecimal d2 = hm.group(4) == null ? BigDecimal.ZERO : Numbers.parse(hm.group(4));
        if (d1 == null || d2 == null) return null;
        return 100 + d1.intValue() * 10 + d2.intValue();
    }

    // ---- materials and ingredients -----------------------------------------------------------------------------

    private void materials(String raw, String t, List<Clauses.Clause> cs, List<Violation> out) {
        FastPattern.Scanner m = MATERIAL.matcher(t);
        while (m.find()) {
            String mat = m.group(2);
            String pct = m.group(1);
            if (mat.equals("棉") && pct == null) {
                // a bare 棉 is a material claim only as 棉的/棉料/棉面料
                if (!t.startsWith("的", m.end()) && !t.startsWith("料", m.end()) && !t.startsWith("面料", m.end())) continue;
            }
            ProductFacts f = productAt(cs, m.start());
            if (f == null) continue;
            Clauses.Clause c = clauseAt(cs, m.start());
            if (negatedBefore(t, c == null ? 0 : c.start(), m.start(), 3) || isQuestion(t, c)) continue;
            String claim = (pct == null ? "" : pct.replace(" ", "")) + mat;
            if (backsMaterial(f, claim, mat, pct)) continue;
            String materialAttr = materialAttribute(f);
            out.add(fact(raw, m.start(), m.end(), "材质说成“" + raw.substring(m.start(), m.end()) + "”，" + label(f)
                    + (materialAttr == null ? "目录里没有这个材质" : "目录写的是" + materialAttr), materialAttr == null ? "" : materialAttr));
        }
        FastPattern.Scanner i = INGREDIENT.matcher(t);
        while (i.find()) {
            ProductFacts f = productAt(cs, i.start());
            if (f == null) continue;
            Clauses.Clause c = clauseAt(cs, i.start());
            if (isQuestion(t, c)) continue;
            if (negatedBefore(t, c == null ? 0 : c.start(), i.start(), 2)) continue;
            if (f.mentions(i.group(1))) continue;
            out.add(fact(raw, i.start(), i.end(), label(f) + "的成分里没有“" + i.group(1) + "”", ""));
        }
        FastPattern.Scanner ff = FREE_FROM.matcher(t);
        while (ff.find()) {
            ProductFacts f = productAt(cs, ff.start());
            if (f == null) continue;
            if (ff.start() > 0 && t.charAt(ff.start() - 1) == '有' && ff.group(1).startsWith("没")) continue; // 有没有添加糖
            if (isQuestion(t, clauseAt(cs, ff.start()))) continue;
            String what = ff.group(2);
            boolean ok = false;
            for (String neg : new String[] {"无", "不含", "零", "0", "不添加", "没有添加", "低", "0添加", "零添加"}) {
                if (f.mentions(neg + what)) ok = true;
            }
            if (what.equals("添加") && (f.mentions("无添加") || f.mentions("0添加") || f.mentions("零添加"))) ok = true;
            if (!ok) out.add(fact(raw, ff.start(), ff.end(), "“" + raw.substring(ff.start(), ff.end()) + "”目录里没有依据（" + label(f) + "）", ""));
        }
    }

    private static boolean backsMaterial(ProductFacts f, String claim, String mat, String pct) {
        if (f.mentions(claim)) return true;
        if (pct == null && f.mentions(mat)) return true;
        boolean pureCotton = claim.equals("纯棉") || claim.equals("全棉") || claim.equals("100%棉") || claim.equals("100%纯棉");
        if (pureCotton && (f.mentions("纯棉") || f.mentions("全棉") || f.mentions("100%棉"))) return true;
        if (mat.equals("棉质") || mat.equals("棉")) return f.mentions("棉");
        return false;
    }

    private static String materialAttribute(ProductFacts f) {
        for (Map.Entry<String, String> e : f.product().attributes().entrySet()) {
            String k = e.getKey();
            if (k.contains("面料") || k.contains("材质") || k.contains("材料") || k.contains("成分") || k.contains("填充")) return e.getValue();
        }
        return null;
    }

    // ---- numeric parameters ------------------------------------------------------------------------------------

    private void parameters(String raw, String t, List<Clauses.Clause> cs, List<Violation> out) {
        FastPattern.Scanner m = PARAM.matcher(t);
        while (m.find()) {
            String unit = m.group(2);
            String before = t.substring(Math.max(0, m.start() - 6), m.start());
            String after = t.substring(m.end(), Math.min(t.length(), m.end() + 6));
            if (!isParameter(unit, before, after, t, m)) continue;
            BigDecimal number = Numbers.parse(m.group(1));
            if (number == null) continue;
            if (!Character.isDigit(m.group(1).charAt(0)) && (unit.equals("%") || unit.equals("万") || unit.equals("年") || unit.equals("个月"))) continue;
            Quantity q = Quantity.of(number, unit);
            if (q == null) continue;
            ProductFacts f = productAt(cs, m.start());
            if (f == null) {
                boolean any = false;
                for (ProductFacts x : all) if (x.backs(q)) any = true;
                if (!any && !all.isEmpty()) out.add(fact(raw, m.start(), m.end(), "“" + raw.substring(m.start(), m.end()) + "”目录里没有依据", ""));
                continue;
            }
            if (f.backs(q)) continue;
            List<Quantity> same = f.quantitiesOf(q.unitClass());
            String sugg = "";
            String detail;
            if (same.isEmpty()) {
                detail = label(f) + "的目录里没有这个参数：“" + raw.substring(m.start(), m.end()) + "”";
            } else {
                detail = "参数说成“" + raw.substring(m.start(), m.end()) + "”，" + label(f) + "的目录里没有这个数";
                if (same.size() == 1) {
                    String found = findWritten(f, same.get(0));
                    if (found != null) {
                        sugg = found;
                        detail += "，目录写的是" + found;
                    }
                }
            }
            out.add(fact(raw, m.start(), m.end(), detail, sugg));
        }
    }

    private static String findWritten(ProductFacts f, Quantity q) {
        Matcher m = QUANTITY_ANY_CASE.matcher(f.rawFacts());
        while (m.find()) {
            Quantity x = Quantity.of(new BigDecimal(m.group(1)), m.group(2));
            if (x != null && x.sameAs(q)) return m.group();
        }
        return null;
    }

    private static boolean isParameter(String unit, String before, String after, String t, FastPattern.Scanner m) {
        switch (unit) {
            case "小时", "分钟" -> {
                if (after.startsWith("内") || after.matches("^(之内|以内)?\\s*(就)?(极速)?(发|发货|发出).*") || before.contains("发")) return false;
                return before.matches(".*(续航|待机|充电|播放|保温|保冷|使用|工作|运行|通话|焖|煮|加热|充满).*");
            }
            case "片", "粒", "袋", "支", "瓶", "盒", "罐", "册", "本" -> {
                // a count is a claim about the pack ("一盒30袋", "一共10册"), not how many to buy ("拍2盒")
                return before.matches(".*(一盒|一套|一袋|一箱|一包|一瓶|一罐|一共|共|每盒|每套|每袋|每箱|每包|里面有|含|整套|全套|套装).*")
                        || after.startsWith("装");
            }
            case "个月", "年" -> {
                return before.contains("保质期") || after.startsWith("保质期");
            }
            case "%" -> {
                if (after.matches("^\\s*(纯?棉|羊毛|羊绒|真丝|桑蚕丝|蚕丝|亚麻|涤纶|聚酯|锦纶|氨纶|莫代尔|天丝|鸭绒|鹅绒|白鸭绒|白鹅绒|含绒|绒).*")) return false;
                if (m.group(1).equals("100")) return false; // an absolute term: the ad-law check reports it
                return before.matches(".*(好评|回购|复购|满意|有效|含量|浓度|纯度|含绒|充绒|保湿|吸收|透光|遮光|防晒|抗菌|除菌|抑菌|遮阳|降低|提升|提高).*")
                        || after.matches("^\\s*(的)?\\s*(好评|回购|复购|浓度|含量).*");
            }
            case "万" -> {
                return before.matches(".*(销量|卖了|卖出|已售|好评|人买|回购).*") || after.matches("^\\s*\\+?\\s*(单|件|人|好评|销量).*");
            }
            case "kg", "公斤", "千克" -> {
                // viewers' weights belong to the size checks
                if (before.matches(".*(体重|身高|cm|厘米|公分|\\d{3}).*") || after.matches("^\\s*(的|左右|以内|以下|以上|穿|选|拍|宝宝|姐妹|女生|男生|-|到|~).*")) return false;
                return true;
            }
            case "cm", "厘米", "公分" -> {
                // viewers' heights belong to the size checks
                if (before.matches(".*(身高|个子|高|适合).*") || after.matches("^\\s*(的|左右|以上|以下|穿|选|宝宝|姐妹|女生|男生|-|到|~).*")) return false;
                BigDecimal v = Numbers.parse(m.group(1));
                return v != null && !(v.doubleValue() >= 140 && v.doubleValue() <= 200);
            }
            default -> {
                return true;
            }
        }
    }

    // ---- after-sale ------------------------------------------------------------------------------------------

    private void aftersale(String raw, String t, List<Clauses.Clause> cs, List<Violation> out) {
        FastPattern.Scanner m = RETURNS.matcher(t);
        while (m.find()) {
            String g = m.group(1) != null ? m.group(1) : m.group(3);
            BigDecimal n = Numbers.parse(g);
            if (n == null) continue;
            ProductFacts f = productAt(cs, m.start());
            if (f != null && f.mentions(m.group())) continue; // the catalog's own words (an FAQ answer)
            Integer days = f != null ? f.aftersale().returnsDays() : catalog.shop().aftersale().returnsDays();
            String who = f != null ? label(f) : "店铺";
            if (days == null) {
                out.add(fact(raw, m.start(), m.end(), who + "的退换天数目录里没有，不能承诺“" + raw.substring(m.start(), m.end()) + "”", ""));
            } else if (n.intValue() != days) {
                int gs = m.group(1) != null ? m.start(1) : m.start(3);
                int ge = m.group(1) != null ? m.end(1) : m.end(3);
                String sugg = raw.substring(m.start(), gs) + days + raw.substring(ge, m.end());
                out.add(fact(raw, m.start(), m.end(), "退换说成" + n.intValue() + "天，" + who + "目录是" + days + "天", days == 0 ? "" : sugg));
            }
        }
        FastPattern.Scanner w = WARRANTY.matcher(t);
        while (w.find()) {
            String g = w.group(1) != null ? w.group(1) : w.group(3);
            String unit = w.group(1) != null ? w.group(2) : w.group(4);
            BigDecimal n = Numbers.parse(g);
            if (n == null) continue;
            int months = unit.equals("年") ? n.intValue() * 12 : n.intValue();
            ProductFacts f = productAt(cs, w.start());
            if (f != null && f.mentions(w.group())) continue;
            Integer wm = f != null ? f.aftersale().warrantyMonths() : catalog.shop().aftersale().warrantyMonths();
            String who = f != null ? label(f) : "店铺";
            if (wm == null) {
                out.add(fact(raw, w.start(), w.end(), who + "的质保目录里没有，不能承诺“" + raw.substring(w.start(), w.end()) + "”", ""));
            } else if (months > wm) {
                out.add(fact(raw, w.start(), w.end(), "质保说成" + n.intValue() + unit + "，" + who + "目录是" + wm + "个月", warrantyWords(wm)));
            }
        }
        FastPattern.Scanner l = LIFETIME.matcher(t);
        while (l.find()) {
            ProductFacts f = productAt(cs, l.start());
            if (f != null && f.mentions(l.group())) continue;
            Integer wm = f != null ? f.aftersale().warrantyMonths() : catalog.shop().aftersale().warrantyMonths();
            String who = f != null ? label(f) : "店铺";
            out.add(fact(raw, l.start(), l.end(), "“" + raw.substring(l.start(), l.end()) + "”不是目录的售后政策，" + who
                    + (wm == null ? "目录没有写质保" : "质保是" + wm + "个月"), wm == null ? "" : warrantyWords(wm)));
        }
        FastPattern.Scanner c = COMPENSATION.matcher(t);
        while (c.find()) {
            ProductFacts f = productAt(cs, c.start());
            if (f != null && f.mentions(c.group())) continue; // the catalog's own words (an FAQ answer)
            out.add(fact(raw, c.start(), c.end(), "“" + raw.substring(c.start(), c.end()) + "”是目录没有的赔付承诺", ""));
        }
    }

    private static String warrantyWords(int months) {
        if (months <= 0) return "";
        return months % 12 == 0 ? "质保" + (months / 12) + "年" : "质保" + months + "个月";
    }

    // ---- shipping ------------------------------------------------------------------------------------------

    private ShippingPolicy shippingAt(List<Clauses.Clause> cs, int offset) {
        ProductFacts f = productAt(cs, offset);
        return f != null ? f.shipping() : catalog.shop().shipping();
    }

    private void shipping(String raw, String t, List<Clauses.Clause> cs, List<Violation> out) {
        Set<Integer> reportedClauses = new java.util.HashSet<>();
        FastPattern.Scanner all = ALL_REGIONS.matcher(t);
        while (all.find()) {
            ShippingPolicy s = shippingAt(cs, all.start());
            Clauses.Clause c = clauseAt(cs, all.start());
            String sentence = c == null ? t : t.substring(c.sentenceStart(), c.sentenceEnd());
            if (s.excludedRegions() != null && !s.excludedRegions().isEmpty() && !Boolean.FALSE.equals(s.freeShipping())
                    && !(sentence.contains("除") || sentence.contains("以外") || sentence.contains("之外") || sentence.contains("不包"))) {
                String ex = String.join("、", s.excludedRegions());
                out.add(fact(raw, all.start(), all.end(), "包邮不含" + ex + "，不能说“" + raw.substring(all.start(), all.end()) + "”",
                        "包邮（" + ex + "除外）"));
                if (c != null) reportedClauses.add(c.start());
            }
        }
        Matcher m = FREE_SHIPPING.matcher(t);
        while (m.find()) {
            Clauses.Clause c = clauseAt(cs, m.start());
            int cStart = c == null ? 0 : c.start();
            if (reportedClauses.contains(cStart)) continue;
            String clause = c == null ? t : t.substring(c.start(), c.end());
            String sentence = c == null ? t : t.substring(c.sentenceStart(), c.sentenceEnd());
            boolean negated = SHIP_NEG.matcher(clause).find() || negatedBefore(t, cStart, m.start(), 2);
            ShippingPolicy s = shippingAt(cs, m.start());
            if (!negated) {
                if (Boolean.FALSE.equals(s.freeShipping())) {
                    out.add(fact(raw, m.start(), m.end(), "目录写明不包邮，不能说包邮", ""));
                    continue;
                }
                if (s.freeShipping() == null) {
                    out.add(fact(raw, m.start(), m.end(), "目录没有写包邮，不能承诺包邮", ""));
                    continue;
                }
                // a region named in this clause (or right before it in the sentence) that is excluded
                Matcher r = REGION.matcher(clause);
                while (r.find()) {
                    String region = r.group();
                    boolean excluded = s.excludes(region) || (region.equals("偏远地区") && s.excludedRegions() != null && !s.excludedRegions().isEmpty());
                    if (excluded) {
                        out.add(fact(raw, m.start(), m.end(), region + "不在包邮范围（不包邮地区：" + String.join("、", s.excludedRegions()) + "）", ""));
                        break;
                    }
                }
            }
            if (sentence.isEmpty()) continue;
        }
        FastPattern.Scanner h = SHIP_HOURS.matcher(t);
        while (h.find()) {
            String g = h.group(1) != null ? h.group(1) : h.group(3);
            String unit = h.group(1) != null ? h.group(2) : h.group(4);
            BigDecimal n = Numbers.parse(g);
            if (n == null) continue;
            int hours = unit.equals("天") ? n.intValue() * 24 : n.intValue();
            ShippingPolicy s = shippingAt(cs, h.start());
            ProductFacts hf = productAt(cs, h.start());
            if (hf != null && hf.mentions(h.group())) continue;
            if (s.shipsWithinHours() == null) {
                out.add(fact(raw, h.start(), h.end(), "发货时效目录里没有，不能承诺“" + raw.substring(h.start(), h.end()) + "”", ""));
            } else if (hours < s.shipsWithinHours()) {
                out.add(fact(raw, h.start(), h.end(), "发货说成" + n.intValue() + unit + "，目录是" + s.shipsWithinHours() + "小时内发货",
                        s.shipsWithinHours() + "小时内发货"));
            }
        }
        FastPattern.Scanner fast = SHIP_FAST.matcher(t);
        while (fast.find()) {
            String w = fast.group();
            int hours = w.startsWith("次日") || w.startsWith("隔天") || w.startsWith("明天") ? 48 : 24;
            ShippingPolicy s = shippingAt(cs, fast.start());
            Clauses.Clause c = clauseAt(cs, fast.start());
            if (negatedBefore(t, c == null ? 0 : c.start(), fast.start(), 2)) continue;
            if (s.shipsWithinHours() == null) {
                out.add(fact(raw, fast.start(), fast.end(), "发货时效目录里没有，不能承诺“" + w + "”", ""));
            } else if (hours < s.shipsWithinHours()) {
                out.add(fact(raw, fast.start(), fast.end(), "说成“" + w + "”，目录是" + s.shipsWithinHours() + "小时内发货", s.shipsWithinHours() + "小时内发货"));
            }
        }
        FastPattern.Scanner co = COURIER.matcher(t);
        while (co.find()) {
            Clauses.Clause c = clauseAt(cs, co.start());
            if (negatedBefore(t, c == null ? 0 : c.start(), co.start(), 3)) continue;
            ShippingPolicy s = shippingAt(cs, co.start());
            String courier = s.courier();
            if (courier == null) {
                out.add(fact(raw, co.start(), co.end(), "快递公司目录里没有，不能说发“" + co.group() + "”", ""));
            } else if (!courier.toLowerCase().contains(co.group()) && !co.group().contains(courier.toLowerCase())) {
                out.add(fact(raw, co.start(), co.end(), "快递说成" + raw.substring(co.start(), co.end()) + "，目录是" + courier, courier));
            }
        }
        FastPattern.Scanner ins = INSURANCE.matcher(t);
        while (ins.find()) {
            Clauses.Clause c = clauseAt(cs, ins.start());
            int from = Math.max(c == null ? 0 : c.start(), ins.start() - 6);
            boolean neg = INSURANCE_NEG.matcher(t.substring(from, ins.end())).find();
            ProductFacts f = productAt(cs, ins.start());
            Boolean has = f != null ? f.aftersale().freightInsurance() : catalog.shop().aftersale().freightInsurance();
            if (!neg && !Boolean.TRUE.equals(has)) {
                out.add(fact(raw, ins.start(), ins.end(), has == null ? "目录没有写运费险，不能承诺" : "目录写明没有运费险", ""));
            } else if (neg && Boolean.TRUE.equals(has)) {
                out.add(fact(raw, ins.start(), ins.end(), "目录写明有运费险", ""));
            }
        }
    }

    // ---- gifts and colours ---------------------------------------------------------------------------------

    private void gifts(String raw, String t, List<Clauses.Clause> cs, List<Violation> out) {
        FastPattern.Scanner m = GIFT.matcher(t);
        while (m.find()) {
            if (m.group().contains("运费")) continue;
            ProductFacts f = productAt(cs, m.start());
            Clauses.Clause c = clauseAt(cs, m.start());
            if (negatedBefore(t, c == null ? 0 : c.start(), m.start(), 2)) continue;
            String gift = m.group(1) == null ? "" : m.group(1).replaceFirst("^(一个|一份|一支|一盒|一张|一套|个|张|一|你们|你|您|大家|给)", "");
            boolean backed = false;
            for (ProductFacts x : f == null ? all : List.of(f)) if (giftBacked(x, m.group(), gift)) backed = true;
            if (!backed) {
                out.add(fact(raw, m.start(), m.end(), (f == null ? "目录" : label(f) + "的") + "促销里没有这个赠品，不能说“"
                        + raw.substring(m.start(), m.end()) + "”", ""));
            }
        }
        FastPattern.Scanner col = COLOUR.matcher(t);
        while (col.find()) {
            ProductFacts f = productAt(cs, col.start());
            if (f == null || f.product().variants().isEmpty()) continue;
            Clauses.Clause c = clauseAt(cs, col.start());
            if (negatedBefore(t, c == null ? 0 : c.start(), col.start(), 3) || isQuestion(t, c)) continue;
            String stem = col.group(1);
            if (f.mentions(stem)) continue;
            out.add(fact(raw, col.start(), col.end(), label(f) + "没有" + raw.substring(col.start(), col.end()) + "，可选的是"
                    + String.join("、", f.product().variants()), ""));
        }
        FastPattern.Scanner cc = COLOR_COUNT.matcher(t);
        while (cc.find()) {
            ProductFacts f = productAt(cs, cc.start());
            if (f == null || f.product().variants().isEmpty()) continue;
            BigDecimal n = Numbers.parse(cc.group(1));
            if (n == null) continue;
            int k = f.product().variants().size();
            if (n.intValue() != k && !f.mentions(cc.group())) {
                out.add(fact(raw, cc.start(), cc.end(), "说有" + n.intValue() + "个颜色，" + label(f) + "目录有" + k + "个：" + String.join("、", f.product().variants()),
                        k + "个颜色"));
            }
        }
    }

    /** Whether the product's promotions give this gift: a gift promotion, and the gift named in it when one is named. */
    private static boolean giftBacked(ProductFacts f, String said, String gift) {
        if (f.mentions(said)) return true;
        boolean any = false, named = false;
        for (var p : f.product().promotions()) {
            String k = p.kind() == null ? "" : p.kind();
            String tx = p.text() == null ? "" : p.text();
            if (k.equals("gift") || k.equals("bundle") || tx.contains("送") || tx.contains("赠")) any = true;
            // "送充电宝" is not backed by "送同款小样": the gift must share a two-character word with the promotion
            for (int i = 0; i + 2 <= gift.length(); i++) {
                String bi = gift.substring(i, i + 2);
                if (Character.isIdeographic(bi.charAt(0)) && Character.isIdeographic(bi.charAt(1)) && tx.contains(bi)) named = true;
            }
        }
        boolean hasCjkName = gift.codePoints().filter(Character::isIdeographic).count() >= 2;
        return any && (!hasCjkName || named);
    }

    // ---- contacts and markup -------------------------------------------------------------------------------

    private void freeOfCharge(String raw, String t, List<Clauses.Clause> cs, List<Violation> out) {
        FastPattern.Scanner m = FREE_OF_CHARGE.matcher(t);
        while (m.find()) {
            ProductFacts f = productAt(cs, m.start());
            if (f != null && f.mentions(m.group())) continue; // the catalog's own words (a promotion or FAQ)
            out.add(fact(raw, m.start(), m.end(), "“" + raw.substring(m.start(), m.end()) + "”：目录里没有免费的价格或优惠", ""));
        }
    }

    private static void contacts(String raw, String t, List<Violation> out) {
        for (FastPattern p : new FastPattern[] {PHONE, WECHAT, QQ, URL}) {
            FastPattern.Scanner m = p.matcher(t);
            while (m.find()) {
                out.add(new Violation(Violation.CONTACT, raw.substring(m.start(), m.end()), m.start(),
                        "联系方式或站外引流（平台规则禁止私下交易）", ""));
            }
        }
    }

    private static void markup(String raw, String t, List<Violation> out) {
        FastPattern.Scanner m = MARKUP.matcher(t);
        while (m.find()) {
            out.add(new Violation(Violation.MARKUP, raw.substring(m.start(), m.end()), m.start(), "文本里有标记或代码（口播和回复只能是纯文本）", ""));
        }
    }
}
