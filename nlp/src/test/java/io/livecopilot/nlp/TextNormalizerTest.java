package io.livecopilot.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "一米六五 100斤穿什么码|165cm 50kg穿什么码",
            "1米68 一百二十斤|168cm 60kg",
            "1.65米 55公斤能穿吗|165cm 55kg能穿吗",
            "身高一米五 体重九十斤|身高150cm 体重45kg",
            "105斤穿m|52.5kg穿m",
            "三号多少米|3号多少钱",
            "拍兩件能便宜嗎|拍2件能便宜吗",
            "99米包邮吗|99元包邮吗",
            "39r一件？|39元1件?",
            "#5 还有吗|5号 还有吗",
            "ＸＬ有嗎？？？？？|xl有吗???",
            "加vx：abc123|加微信:abc123",
            "主播yyds！|主播永远的神!",
            "宝宝们晚上好💕💕💕💕💕|家人们晚上好💕💕💕",
            "哈哈哈哈哈哈哈哈|哈哈哈",
            "好\u200b看\u200d\uFEFF|好看",
            "啥时候发货|什么时候发货",
            "十一号能到吗|11号能到吗",
            "小黄车几号|购物车几号",
            "優惠卷在哪領|优惠券在哪领",
    })
    void should_normalize_live_room_comments(String in, String out) {
        assertThat(TextNormalizer.normalize(in)).isEqualTo(out);
    }

    @Test
    void should_keep_phone_digits_unsqueezed_for_the_masker() {
        assertThat(TextNormalizer.normalize("电话13888888888")).isEqualTo("电话13888888888");
    }

    @Test
    void should_return_empty_for_null_and_blank() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
        assertThat(TextNormalizer.normalize("  \t\n ")).isEmpty();
    }

    @Test
    void should_return_the_same_instance_when_nothing_changes() {
        String s = "这个多少钱";
        assertThat(TextNormalizer.normalize(s)).isSameAs(s);
    }

    @Test
    void should_convert_traditional_characters_to_simplified() {
        assertThat(TextNormalizer.normalize("這件衣服質量很好，發貨很快")).isEqualTo("这件衣服质量很好,发货很快");
    }

    @Test
    void should_survive_random_and_huge_input() {
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            char[] cs = new char[r.nextInt(200)];
            for (int j = 0; j < cs.length; j++) cs[j] = (char) r.nextInt(65536);
            String out = TextNormalizer.normalize(new String(cs));
            assertThat(out).isNotNull();
        }
        String huge = "一米六五100斤穿什么码<script>alert(1)</script>".repeat(300);
        assertThat(TextNormalizer.normalize(huge)).startsWith("165cm50kg穿什么码<script>");
    }
}
