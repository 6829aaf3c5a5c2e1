package io.livecopilot.analytics.review;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HotWordsTest {
    @Test
    void should_find_the_words_many_viewers_write_and_prefer_the_longer_phrase() {
        HotWords hw = new HotWords(1000);
        String[] texts = {"包邮吗", "新疆包邮吗？", "这个包邮吗", "包邮吗主播", "3号链接多少钱", "多少钱啊", "多少钱", "好看好看", "M码还有吗", "m码有吗"};
        for (int i = 0; i < texts.length; i++) hw.add("u" + i, texts[i]);
        List<Map<String, Object>> top = hw.top(3);
        assertThat(top).extracting(m -> m.get("word")).containsExactly("包邮吗", "多少钱", "有吗");
        assertThat(top.get(0)).containsEntry("count", 4);
    }

    @Test
    void should_count_a_flood_of_one_viewer_once() {
        HotWords hw = new HotWords(1_000_000);
        for (int i = 0; i < 100_000; i++) hw.add("bot", "加微信领红包");
        hw.add("a", "什么时候发货");
        hw.add("b", "今天发货吗");
        assertThat(hw.top(5)).extracting(m -> m.get("word")).containsExactly("发货");
    }

    @Test
    void should_stay_bounded_on_a_very_large_varied_stream() {
        HotWords hw = new HotWords(30_000);
        java.util.Random r = new java.util.Random(1);
        String chars = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质";
        for (int i = 0; i < 30_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 12; k++) sb.append(chars.charAt(r.nextInt(chars.length())));
            hw.add("u" + r.nextInt(50_000), sb.toString());
        }
        assertThat(hw.top(20)).hasSizeLessThanOrEqualTo(20);
    }
}
