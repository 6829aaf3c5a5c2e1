package io.livecopilot.nlp.hot;

import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Intent;
import io.livecopilot.core.nlu.Sentiment;
import io.livecopilot.core.nlu.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HotWordsTest {
    static Understanding u(String text, Sentiment s, double pos, String... products) {
        Entities e = new Entities(null, products.length == 0 ? null : products[0], List.of(products), null, null, null, null, null, null, null);
        return new Understanding(text, Intent.OTHER, 1, e, s, pos);
    }

    @Test
    void should_rank_what_the_window_talks_about_and_forget_what_left_it() {
        HotWords h = new HotWords(60_000, 10_000);
        long t0 = 1_700_000_000_000L;
        for (int i = 0; i < 5; i++) h.add(t0 + i * 1000, u("羽绒服质量怎么样", Sentiment.NEUTRAL, 0.5, "P02"));
        h.add(t0 + 6000, u("口红颜色好看", Sentiment.POSITIVE, 0.9, "P08"));
        HotWords.Snapshot s = h.snapshot(3);
        assertThat(s.comments()).isEqualTo(6);
        assertThat(s.keyphrases().get(0).text()).isEqualTo("羽绒服");
        assertThat(s.keyphrases().get(0).count()).isEqualTo(5);
        assertThat(s.products()).first().isEqualTo(new HotWords.ProductMentions("P02", 5));
        // 70 s later only the new comments are in the window
        for (int i = 0; i < 3; i++) h.add(t0 + 70_000 + i, u("发货太慢了新疆几天到", Sentiment.NEGATIVE, 0.1));
        s = h.snapshot(5);
        assertThat(s.comments()).isEqualTo(3);
        assertThat(s.keyphrases()).extracting(HotWords.Keyphrase::text).contains("发货").doesNotContain("羽绒服");
        assertThat(s.products()).isEmpty();
        assertThat(s.sentiment()).hasSize(1);
        assertThat(s.sentiment().get(0).negative()).isEqualTo(3);
        assertThat(s.sentiment().get(0).meanPositive()).isEqualTo(0.1);
        assertThat(s.asOf()).isEqualTo(t0 + 70_002);
    }

    @Test
    void should_take_raw_text_and_skip_masked_tokens_and_stop_words() {
        HotWords h = new HotWords();
        h.addText(1000, "主播这个保温杯能装开水吗 我电话13812345678");
        assertThat(h.snapshot(10).keyphrases()).extracting(HotWords.Keyphrase::text).contains("保温杯").doesNotContain("主播", "这个", "[手机号]");
    }

    @Test
    void should_refuse_a_bucket_longer_than_the_window() {
        assertThatThrownBy(() -> new HotWords(1000, 5000)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bucketMillis");
    }

    @Test
    void should_count_a_viewer_repeating_a_comment_once() {
        HotWords h = HotWords.ofSession();
        long t0 = 1_700_000_000_000L;
        for (int i = 0; i < 10_000; i++) assertThat(h.add(t0 + i, "bot", "加微信领红包")).isEqualTo(i == 0);
        h.add(t0 + 20_000, "a", "什么时候发货");
        h.add(t0 + 21_000, "b", "今天发货吗");
        assertThat(h.sessionTop(5)).containsExactly(new HotWords.SessionWord("发货", 2));
    }

    @Test
    void should_count_the_words_of_the_whole_session_beyond_the_window_with_product_names_kept_whole() {
        HotWords h = HotWords.builder().wholeSession(true).phrases(List.of("空气炸锅", "羽绒服")).build();
        long t0 = 1_700_000_000_000L;
        String[] early = {"空气炸锅多少钱", "空气炸锅能烤蛋糕吗", "空气炸锅几升的"};
        for (int i = 0; i < 30; i++) h.add(t0 + i * 1000L, "u" + i, early[i % 3]);
        for (int i = 0; i < 10; i++) h.add(t0 + 3_600_000L + i * 1000L, "v" + i, "羽绒服有黑色吗");
        List<HotWords.SessionWord> top = h.sessionTop(3);
        assertThat(top.get(0)).isEqualTo(new HotWords.SessionWord("空气炸锅", 30));
        assertThat(top).extracting(HotWords.SessionWord::text).contains("羽绒服");
        // the live window has only the last minutes
        assertThat(h.snapshot(5).keyphrases()).extracting(HotWords.Keyphrase::text).contains("羽绒服").doesNotContain("空气炸锅");
    }

    @Test
    void should_cut_a_product_name_without_the_phrases_and_keep_it_with_them() {
        assertThat(HotWords.keyphrases("空气炸锅能烤蛋糕吗")).contains("炸锅").doesNotContain("空气炸锅");
        HotWords h = HotWords.builder().phrases(List.of("空气炸锅", "炸锅")).build();
        h.add(1000, "u", "空气炸锅能烤蛋糕吗");
        assertThat(h.snapshot(5).keyphrases()).extracting(HotWords.Keyphrase::text).contains("空气炸锅", "蛋糕").doesNotContain("炸锅");
    }

    @Test
    void should_count_the_same_with_phrases_made_once_and_shared_by_two_rooms() {
        HotWords.Phrases shared = HotWords.Phrases.of(List.of("空气炸锅", "炸锅"));
        HotWords a = HotWords.builder().phrases(shared).build();
        HotWords b = HotWords.builder().phrases(shared).build();
        HotWords byStrings = HotWords.builder().phrases(List.of("空气炸锅", "炸锅")).build();
        for (HotWords h : List.of(a, b, byStrings)) h.add(1000, "u", "空气炸锅能烤蛋糕吗");
        b.add(2000, "v", "羽绒服多少钱");
        assertThat(a.snapshot(5)).isEqualTo(byStrings.snapshot(5));
        assertThat(a.snapshot(5).keyphrases()).extracting(HotWords.Keyphrase::text).contains("空气炸锅", "蛋糕").doesNotContain("炸锅", "羽绒服");
        assertThat(b.snapshot(5).keyphrases()).extracting(HotWords.Keyphrase::text).contains("空气炸锅", "羽绒服", "多少钱");
        assertThatThrownBy(() -> HotWords.builder().phrases(shared).phrases(List.of("炸锅")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
    }

    @Test
    void should_not_segment_comments_nobody_reads_before_they_leave_the_window() {
        HotWords h = new HotWords();
        long t0 = 1_700_000_000_000L;
        for (int i = 0; i < 20_000; i++) h.add(t0 + i * 100L, "u" + i, "这个保温杯能装开水吗");
        assertThat(h.segmented()).isZero();
        HotWords.Snapshot s = h.snapshot(3);
        assertThat(h.segmented()).isEqualTo(3_000); // the five minutes of the window only
        assertThat(s.keyphrases().get(0).text()).isEqualTo("保温杯");
        assertThat(s.keyphrases().get(0).count()).isEqualTo(3_000);
        assertThatThrownBy(() -> h.sessionTop(3)).isInstanceOf(IllegalStateException.class).hasMessageContaining("ofSession");
    }

    @Test
    void should_stay_bounded_on_a_very_large_varied_stream() {
        HotWords h = HotWords.ofSession();
        java.util.Random r = new java.util.Random(1);
        String chars = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题";
        for (int i = 0; i < 30_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 12; k++) sb.append(chars.charAt(r.nextInt(chars.length())));
            h.add(1_700_000_000_000L + i * 100L, "u" + r.nextInt(50_000), sb.toString());
        }
        assertThat(h.sessionTop(20)).hasSizeLessThanOrEqualTo(20).allSatisfy(w -> assertThat(w.comments()).isGreaterThanOrEqualTo(2));
    }
}
