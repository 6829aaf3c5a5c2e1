package io.livecopilot.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random comments for the equivalence tests of the fast paths: pieces of what the normalizer, the masker and the
 * entity extractor look for (numbers, units, Chinese numerals, sizes, colours, regions, products of catalog-12,
 * slang, personal data), pieces of real reviews (the sentiment corpus of the project) and random characters.
 */
public final class RandomComments {
    static final String[] PIECES = {"1", "2", "3", "12", "160", "165", "1.65", "55", "100", "120", "999", "0", "5.5", "号", "3号", "链接", "第",
            "个", "link", "l", "码", "尺码", "s", "m", "l", "xl", "xxl", "3xl", "xs", "S", "M", "L", "XL", "均码", "大码", "free size", "one size", "cm",
            "kg", "斤", "公斤", "厘米", "米", "块", "元", "r", "rmb", "以内", "左右", "预算", "不超过", "身高", "体重", "高", "是", "有", "拍", "买", "要",
            "来", "件", "瓶", "x", "×", "*", "一", "二", "两", "三", "十", "百", "千", "五", "六", "七", "八", "九", "零", "〇", "幺", "一米六五",
            "一米6", "1米65", "半", "穿", "多大", "合适", "胖", "偏大", "黑", "白", "红", "色", "的", "款", "黑色", "奶白", "米白色", "雾霾蓝",
            "麻辣味", "原味", "椒盐", "草莓味", "豆沙色", "正红色", "深蓝", "墨绿", "新疆", "西藏", "偏远地区", "江浙沪", "北京", "香港", "这个", "这款",
            "它", "主播身上", "纯棉圆领T恤", "白T", "短袖", "羽绒服", "牛仔裤", "面膜", "保温杯", "杯子", "坚果", "小白鞋", "口红", "耳机", "牛肉干",
            "四件套", "空气炸锅", "炸锅", "纯棉", "白鸭绒", "不锈钢", "降噪", "vx", "VX", "加v", "wx", "微信", "薇信", "qq", "扣扣", "yyds", "nb", "sb",
            "宝宝们", "小黄车", "多少米", "几块", "啥", "咋", "size", "码数", "連接", "衣服", "這個", "後", "乾", "，", "。", "？", "！", "～", " ",
            "  ", "\t", "\u3000", "\u200b", "\uFEFF", "ＡＢＣ", "１２３", "ｃｍ", "😂", "😂😂😂😂", "❤️", "哈哈哈哈哈", "啊啊啊啊", "66666",
            "13800138000", "138 0013 8000", "+86 138-0013-8000", "a@b.com", "x.y@qq.com", "110101199003074512", "6222 0200 1234 5678 901",
            "010-88886666", "微信号abc123456", "qq123456789", "我的qq是 12345678", "一三八零零一三八零零零", "幺三八", "北京市朝阳区建国路88号",
            "寄到杭州市西湖区文三路100号3栋201", "小区", "了", "下单", "之内", "封顶", "出头", "上下", "以下", "link", "链接 ", "第 ",
            "xxxl", "xxl", "xs", "3xl", "ml", "s码", "free", "one", "size", "预算", "不超过", "号 ", "路", "街", "弄", "#", "#3", "# 12", "多少钱", "包邮吗", "能退吗", "吗", "呢"};

    private RandomComments() {}

    /** The lines of the project's sentiment corpus (real reviews and comments). */
    public static List<String> realLines() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = RandomComments.class.getClassLoader().getResourceAsStream("io/livecopilot/nlp/data/sentiment.csv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int comma = line.indexOf(',');
                if (comma > 0 && !line.startsWith("label,")) out.add(line.substring(comma + 1));
            }
        }
        return out;
    }

    /** A random comment made of pieces, parts of real lines and random characters. */
    public static String random(Random r, List<String> real) {
        StringBuilder b = new StringBuilder();
        int k = r.nextInt(12);
        for (int j = 0; j < k; j++) {
            int kind = r.nextInt(12);
            if (kind < 7) b.append(PIECES[r.nextInt(PIECES.length)]);
            else if (kind < 10) {
                String line = real.get(r.nextInt(real.size()));
                int from = r.nextInt(line.length());
                b.append(line, from, Math.min(line.length(), from + 1 + r.nextInt(25)));
            } else if (kind < 11) b.append((char) (0x4E00 + r.nextInt(0x5200)));
            else b.append((char) r.nextInt(0x10000));
        }
        return b.toString();
    }
}
