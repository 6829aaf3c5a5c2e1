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
}
