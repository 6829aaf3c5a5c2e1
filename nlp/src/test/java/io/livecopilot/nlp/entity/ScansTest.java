package io.livecopilot.nlp.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each hand-written matcher of {@link Scans} finds what the regex it replaced ({@link EntityPatterns}) found: the same
 * first match (or every match, position and group, where the extractor iterates) on 300,000 random texts made densely
 * of the patterns' own characters and words, their near misses and other characters.
 */
class ScansTest {
    private static final String[] PIECES = {"0", "1", "2", "3", "4", "5", "6", "9", "14", "16", "165", "1650", "20", "21", "25", "55", "80",
            "120", "250", "1234", ".", ".5", "5", " ", "\t", "号", "链接", "链", "接", "第", "个", "宝贝", "商品", "产品", "款", "link", "lin",
            "l", "a", "z", "发", "到", "之前", "前", "下单", "左右", "以后", "后", "开始", "可以", "当天", "色", "码", "均码", "加大码", "大", "小",
            "中", "特大号", "特", "free", "size", "free size", "one", "one size", "onesize", "x", "xx", "xxx", "xl", "xs", "s", "m", "2xl",
            "6xl", "7xl", "cm", "kg", "c", "k", "g", "ml", "身高", "高", "是", "有", "体重", "体", "重", ",", "，", "/", "、", "+", "和", "元", "块",
            "件", "斤", "天", "%", "w", "万", "穿", "胖", "瘦", "偏大", "偏小", "多大", "合适", "腰围", "胸围", "尺码", "好",
            "165cm", "75 cm", "210cm", "50kg", "52.5 kg", "身高165", "身高 是 172", "高180", "体重120", "体重 有 55.5", "38码", "38.5 码",
            "3号", "12 号", "链接3", "链接 12", "第2个链接", "第 3 号宝贝", "第1款", "link3", "link 1234", "160 50", "165/55", "170cm,60",
            "158和45", "160，100"};

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        int k = r.nextInt(12);
        for (int j = 0; j < k; j++) b.append(PIECES[r.nextInt(PIECES.length)]);
        return b.toString();
    }

    private static String firstGroup(Pattern p, String t, int group) {
        Matcher m = p.matcher(t);
        return m.find() ? m.group(group) : null;
    }

    @Test
    void should_find_the_first_match_of_each_regex() {
        Random r = new Random(41);
        int[] hits = new int[9];
        for (int i = 0; i < 300_000; i++) {
            String t = text(r);
            char[] a = t.toCharArray();
            int n = a.length;
            String e;
            e = firstGroup(EntityPatterns.HEIGHT_CM, t, 1);
            assertThat(Scans.heightCm(a, n)).as("HEIGHT_CM %s", t).isEqualTo(e);
            if (e != null) hits[0]++;
            e = firstGroup(EntityPatterns.HEIGHT_WORD, t, 1);
            assertThat(Scans.heightWord(a, n)).as("HEIGHT_WORD %s", t).isEqualTo(e);
            if (e != null) hits[1]++;
            e = firstGroup(EntityPatterns.WEIGHT_KG, t, 1);
            assertThat(Scans.weightKg(a, n)).as("WEIGHT_KG %s", t).isEqualTo(e);
            if (e != null) hits[2]++;
            e = firstGroup(EntityPatterns.WEIGHT_WORD, t, 1);
            assertThat(Scans.weightWord(a, n)).as("WEIGHT_WORD %s", t).isEqualTo(e);
            if (e != null) hits[3]++;
            e = firstGroup(EntityPatterns.SIZE_NUMBER.plain(), t, 1);
            assertThat(Scans.sizeNumber(a, n)).as("SIZE_NUMBER %s", t).isEqualTo(e);
            if (e != null) hits[4]++;
            e = firstGroup(EntityPatterns.SIZE_WORD.plain(), t, 0);
            assertThat(Scans.sizeWord(a, n)).as("SIZE_WORD %s", t).isEqualTo(e);
            if (e != null) hits[5]++;
            Matcher hw = EntityPatterns.HEIGHT_WEIGHT.plain().matcher(t);
            int[] g = new int[4];
            boolean found = hw.find();
            assertThat(Scans.heightWeight(a, n, g)).as("HEIGHT_WEIGHT %s", t).isEqualTo(found);
            if (found) {
                hits[6]++;
                assertThat(List.of(g[0], g[1], g[2], g[3])).as("HEIGHT_WEIGHT %s", t).isEqualTo(List.of(hw.start(1), hw.end(1), hw.start(2), hw.end(2)));
            }
            Matcher bh = EntityPatterns.BARE_HEIGHT.plain().matcher(t);
            int at = bh.find() ? bh.start(1) : -1;
            assertThat(Scans.bareHeight(a, n)).as("BARE_HEIGHT %s", t).isEqualTo(at);
            if (at >= 0) hits[7]++;
            Matcher ch = EntityPatterns.CHILD_HEIGHT.plain().matcher(t);
            assertThat(Scans.childHeight(a, n)).as("CHILD_HEIGHT %s", t).isEqualTo(ch.find() ? ch.start(1) : -1);
            boolean context = EntityPatterns.WEIGHT_CONTEXT.plain().matcher(t).find();
            assertThat(Scans.weightContext(a, n)).as("WEIGHT_CONTEXT %s", t).isEqualTo(context);
            if (context) hits[8]++;
        }
        for (int h : hits) assertThat(h).as(java.util.Arrays.toString(hits)).isGreaterThan(2_000);
    }

    /** Every match as the extractor iterates them: start, end, the group's span. */
    private static List<String> regexMatches(Pattern p, String t) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) {
            int g = 1;
            while (m.group(g) == null) g++;
            out.add(m.start() + "-" + m.end() + ":" + m.start(g) + "-" + m.end(g));
        }
        return out;
    }

    @Test
    void should_find_every_link_and_size_letter_match() {
        Random r = new Random(42);
        int links = 0, letters = 0;
        for (int i = 0; i < 300_000; i++) {
            String t = text(r);
            char[] a = t.toCharArray();
            int n = a.length;
            List<String> expected = regexMatches(EntityPatterns.LINK.plain(), t);
            List<String> got = new ArrayList<>();
            int[] g = new int[2];
            for (int k = 0; k < n; ) {
                int end = Scans.linkAt(a, n, k, g);
                if (end < 0) {
                    k++;
                    continue;
                }
                got.add(k + "-" + end + ":" + g[0] + "-" + g[1]);
                k = end;
            }
            assertThat(got).as("LINK %s", t).isEqualTo(expected);
            links += expected.size();
            expected = regexMatches(EntityPatterns.SIZE_LETTER.plain(), t);
            got = new ArrayList<>();
            for (int k = 0; k < n; ) {
                int end = Scans.sizeLetterAt(a, n, k);
                if (end < 0) {
                    k++;
                    continue;
                }
                got.add(k + "-" + end + ":" + k + "-" + end);
                k = end;
            }
            assertThat(got).as("SIZE_LETTER %s", t).isEqualTo(expected);
            letters += expected.size();
        }
        assertThat(links).as(links + " " + letters).isGreaterThan(20_000);
        assertThat(letters).isGreaterThan(20_000);
    }
}
