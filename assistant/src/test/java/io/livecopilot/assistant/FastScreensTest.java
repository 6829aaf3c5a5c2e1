package io.livecopilot.assistant;

import io.livecopilot.nlp.adlaw.FastPattern;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety screen's regexes are tried only where a match can start, and the recommender looks runs of characters up
 * in sorted tables: on random comments made of the words they look for, both answer exactly as the plain scans.
 */
class FastScreensTest {
    private static final String[] PIECES = {"忽略", "之前", "的", "指令", "系统提示", "提示词", "prompt", "你的", "规则", "什么", "大", "模型",
            "api", "-", "key", "token", "扮演", "假装你是", "从现在起你", "developer mode", "ignore all", "you are now", "回复", "请", ":",
            "「", "\"", "以管理员", "root", "打印", "配置", "加", "+", "➕", "v", "w", "微", "信", "vx", "q", "扣扣", "企鹅号", "私聊", "主页",
            "电话", "群", "http:", "https:", "www.", ".com", ".cn", "t.me", "@", "a1", "傻", "逼", "sb", " ", "主播", "妈的", "妈妈", "你妈",
            "尼玛", "滚蛋", "说", "刚才", "已经", "公告", "通知", "：", "免费送", "1", "0", "一", "零", "块", "元", "钱", "包邮", "买一送二",
            "全场", "假一赔十", "终身保修", "无条件退款", "多少钱", "好", "吗", "，", "\u2028", "男朋友", "孩子", "保暖", "羽绒服", "送", "\uFF01", "\u9FFF"};

    private static String random(Random r) {
        StringBuilder b = new StringBuilder();
        int k = r.nextInt(12);
        for (int j = 0; j < k; j++) b.append(PIECES[r.nextInt(PIECES.length)]);
        return b.toString();
    }

    @Test
    void should_find_what_the_plain_regexes_of_the_safety_screen_find() throws Exception {
        Random r = new Random(5);
        String[] texts = new String[20_000];
        for (int i = 0; i < texts.length; i++) texts[i] = random(r);
        int patterns = 0, hits = 0;
        for (Field f : SafetyScreen.class.getDeclaredFields()) {
            if (f.getType() != FastPattern.class || !Modifier.isStatic(f.getModifiers())) continue;
            f.setAccessible(true);
            FastPattern fp = (FastPattern) f.get(null);
            java.util.regex.Pattern plain = fp.plain();
            patterns++;
            for (String t : texts) {
                boolean expected = plain.matcher(t).find();
                assertThat(fp.matcher(t).find()).as("%s on \"%s\"", f.getName(), t).isEqualTo(expected);
                if (expected) hits++;
            }
        }
        assertThat(patterns).isEqualTo(4);
        assertThat(hits).isGreaterThan(10_000);
    }

    @Test
    void should_score_runs_and_overlaps_as_the_plain_scans() {
        Random r = new Random(6);
        for (int i = 0; i < 20_000; i++) {
            String a = random(r), b = random(r);
            if (r.nextInt(4) == 0 && b.length() > 3) b = b.substring(r.nextInt(b.length() - 2));
            Recommender.Runs runs = new Recommender.Runs(a);
            int plain = Recommender.commonRun(a, b);
            int capped = runs.commonRunUpTo3(b);
            assertThat(capped >= 2 ? capped : 0).as("run of %s / %s", a, b).isEqualTo(plain >= 2 ? Math.min(plain, 3) : 0);
            assertThat(runs.overlaps(b)).as("overlap of %s / %s", a, b).isEqualTo(Recommender.overlaps(a, b));
        }
    }
}
