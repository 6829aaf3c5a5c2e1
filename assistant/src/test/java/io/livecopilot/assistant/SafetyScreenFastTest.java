package io.livecopilot.assistant;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast safety screen (NFKC skipped for characters whose form is known, one pass of keyword gates before each
 * regex, char arrays instead of strings) answers exactly as the screen it replaced ({@link OldSafetyScreen}, kept as it
 * was) on every kind of text: attack words, real comments and reviews, and random characters of every range.
 */
class SafetyScreenFastTest {
    /** Words the screen looks for, their near misses and ordinary words. */
    static final String[] PIECES = {"忽略", "之前", "的", "指令", "系统提示", "提示词", "prompt", "PROMPT", "你的", "规则", "什么", "大", "模型", "哪个",
            "api", "-", "key", "token", "扮演", "假装你是", "从现在起你", "developer mode", "ignore all", "ignore", "you are now", "回复", "输出",
            "请", ":", "：", "「", "“", "\"", "以管理员", "管理员", "root", "sudo", "打印", "配置", "显示", "密码", "告诉我", "加", "+", "➕", "v", "V",
            "w", "微", "信", "vx", "q", "扣扣", "企鹅号", "私聊", "私", "找", "我", "好友", "主页", "电话", "群", "http:", "https:", "www.", ".com", ".cn",
            "t.me", "@", "a1", "傻", "逼", "sb", "SB", " ", "主播", "妈的", "妈妈", "你妈", "尼玛", "滚蛋", "说", "刚才", "已经", "都", "承诺", "公告",
            "通知", "免费送", "1", "0", "一", "零", "块", "元", "毛", "钱", "包邮", "拍", "买一送二", "全场", "假一赔十", "终身保修", "无条件退款",
            "多少钱", "好", "吗", "，", "。", "！", "？", "～", "\u2028", "\u200b", "\u3000", "…", "①", "ｖｘ", "ＷＷＷ", "ｐｒｏｍｐｔ", "男朋友",
            "孩子", "保暖", "送", "\uFF01", "\u9FFF", "<", ">", "<b>", "&lt;", "&#", "{{", "${", "%3C", "[url", "![", "](", "onclick=", "on", "=",
            "'", ";", "drop", "DROP TABLE", "select *", "union select", "or 1=1", "' or '1'='1", "--", "/*", "sleep(", "javascript:",
            "😂", "❤️", "🔥", "\uD83D", "\uDE02", "e\u0301", "\u1100\u1161", "ｶﾞ", "\uFF9E", "İ", "K", "12345", "123 456 78", "13800138000",
            "客服", "老板", "官方", "运营", "讲", "宣布", "啊啊啊啊啊啊啊", "哈", "\t", "\n"};

    static List<String> realLines() throws IOException {
        List<String> out = new ArrayList<>();
        read("attacks.txt", out);
        read("io/livecopilot/nlp/data/sentiment.csv", out);
        return out;
    }

    private static void read(String resource, List<String> out) throws IOException {
        try (InputStream in = SafetyScreenFastTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                int comma = line.indexOf(',');
                out.add(resource.endsWith(".csv") && comma > 0 ? line.substring(comma + 1) : line);
            }
        }
    }

    /** A random comment: pieces, real lines and random characters of many ranges. */
    static String random(Random r, List<String> real) {
        StringBuilder b = new StringBuilder();
        int k = r.nextInt(14);
        for (int j = 0; j < k; j++) {
            int kind = r.nextInt(10);
            if (kind < 6) b.append(PIECES[r.nextInt(PIECES.length)]);
            else if (kind < 8) {
                String line = real.get(r.nextInt(real.size()));
                int from = r.nextInt(line.length());
                b.append(line, from, Math.min(line.length(), from + 1 + r.nextInt(20)));
            } else if (kind < 9) b.append((char) r.nextInt(0x10000));
            else b.append((char) (0x2000 + r.nextInt(0x1000)));
        }
        if (r.nextInt(20) == 0) b.append(String.valueOf(b).repeat(r.nextInt(4)));
        if (r.nextInt(25) == 0) b.append(String.valueOf(PIECES[r.nextInt(PIECES.length)].charAt(0)).repeat(15 + r.nextInt(10)));
        return b.toString();
    }

    @Test
    void should_clean_without_the_normalizer_every_character_it_knows_as_the_normalizer_does() {
        int known = 0;
        for (int c = 0; c < 0x10000; c++) {
            String s = String.valueOf((char) c);
            char[] fast = SafetyScreen.fastClean(s);
            if (fast == null) continue;
            known++;
            // its NFKC form is itself (or the ASCII of a full-width form), it is no mark that could combine, and clean agrees
            assertThat(Character.getType(c)).as("U+%04X", c).isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK,
                    (int) Character.ENCLOSING_MARK);
            assertThat(new String(fast)).as("U+%04X", c).isEqualTo(SafetyScreen.clean(s))
                    .isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT));
            if (c >= 0x4E00 && c <= 0x9FEF) assertThat(Character.isLetterOrDigit(c)).as("U+%04X", c).isTrue();
        }
        assertThat(known).isGreaterThan(28_000);
        for (int cp = 0x1F300; cp <= 0x1FAFF; cp++) {
            String s = new String(Character.toChars(cp));
            assertThat(SafetyScreen.fastClean(s)).isNotNull();
            assertThat(new String(SafetyScreen.fastClean(s))).isEqualTo(SafetyScreen.clean(s)).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFKC));
        }
    }

    @Test
    void should_clean_random_texts_as_the_normalizer_does() throws IOException {
        Random r = new Random(11);
        List<String> real = realLines();
        int fast = 0;
        for (int i = 0; i < 50_000; i++) {
            String s = random(r, real);
            char[] f = SafetyScreen.fastClean(s);
            if (f == null) continue;
            fast++;
            assertThat(new String(f)).as(s).isEqualTo(SafetyScreen.clean(s));
        }
        assertThat(fast).isGreaterThan(5_000);
        for (String s : real) {
            char[] f = SafetyScreen.fastClean(s);
            if (f != null) assertThat(new String(f)).as(s).isEqualTo(SafetyScreen.clean(s));
        }
    }

    @Test
    void should_only_skip_a_regex_that_cannot_match() throws Exception {
        Random r = new Random(13);
        List<String> real = realLines();
        int checked = 0;
        for (String name : new String[] {"MARKUP", "SQL", "INJECTION", "CONTACT", "INSULT", "FAKE"}) {
            java.lang.reflect.Field f = SafetyScreen.class.getDeclaredField(name);
            f.setAccessible(true);
            Object p = f.get(null);
            java.util.regex.Pattern plain = p instanceof io.livecopilot.nlp.adlaw.FastPattern fp ? fp.plain() : (java.util.regex.Pattern) p;
            int hits = 0;
            for (int i = 0; i < 25_000; i++) {
                String raw = random(r, real);
                if (raw.length() > 300) continue;
                String t = SafetyScreen.clean(raw), q = SafetyScreen.squeezed(raw);
                for (String s : name.equals("INSULT") || name.equals("FAKE") ? new String[] {q} : new String[] {t, q}) {
                    if (!plain.matcher(s).find()) continue;
                    hits++;
                    assertThat(SafetyScreen.gateAllows(p, s)).as("%s on \"%s\"", name, s).isTrue();
                }
            }
            assertThat(hits).as(name).isGreaterThan(1_000);
            checked++;
        }
        assertThat(checked).isEqualTo(6);
    }

    @Test
    void should_answer_as_the_screen_it_replaced_on_random_and_real_comments() throws IOException {
        Random r = new Random(12);
        List<String> real = realLines();
        List<String> texts = new ArrayList<>(real);
        for (int i = 0; i < 60_000; i++) texts.add(random(r, real));
        texts.add("");
        texts.add(null);
        texts.add("x".repeat(301));
        Map<SafetyScreen.Threat, Integer> seen = new EnumMap<>(SafetyScreen.Threat.class);
        int none = 0;
        for (String t : texts) {
            for (boolean fake : new boolean[] {true, false}) {
                OldSafetyScreen.Threat old = OldSafetyScreen.screen(t, fake);
                SafetyScreen.Threat now = SafetyScreen.screen(t, fake);
                assertThat(now == null ? null : now.name()).as("screen(\"%s\", %s)", t, fake).isEqualTo(old == null ? null : old.name());
                if (now == null) none++;
                else seen.merge(now, 1, Integer::sum);
                if (fake && t != null) {
                    SafetyScreen.Threat without = SafetyScreen.withoutFake(t, now);
                    assertThat(without).as("withoutFake(\"%s\")", t).isEqualTo(SafetyScreen.screen(t, false));
                }
            }
        }
        // every kind of answer was given many times, so the comparison covered each gate
        assertThat(seen.keySet()).containsExactlyInAnyOrder(SafetyScreen.Threat.values());
        for (Map.Entry<SafetyScreen.Threat, Integer> e : seen.entrySet()) assertThat(e.getValue()).as(e.getKey().name()).isGreaterThan(500);
        assertThat(none).isGreaterThan(10_000);
    }
}
