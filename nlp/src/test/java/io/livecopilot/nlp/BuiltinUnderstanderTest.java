package io.livecopilot.nlp;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.nlu.Intent;
import io.livecopilot.core.nlu.Sentiment;
import io.livecopilot.core.nlu.Understanding;
import io.livecopilot.nlp.classify.DataReader;
import io.livecopilot.nlp.classify.Dataset;
import io.livecopilot.nlp.classify.Evaluator;
import io.livecopilot.nlp.classify.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltinUnderstanderTest {
    static BuiltinUnderstander u;
    static Catalog catalog;

    @BeforeAll
    static void load() throws IOException {
        u = BuiltinUnderstander.load(null);
        try (InputStream in = BuiltinUnderstanderTest.class.getResourceAsStream("catalog-12.json")) {
            catalog = CatalogReader.readText(new String(in.readAllBytes(), StandardCharsets.UTF_8)).catalog();
        }
    }

    static Dataset resource(String name, Task task) throws IOException {
        try (InputStream in = BuiltinUnderstanderTest.class.getResourceAsStream(name)) {
            return DataReader.read(name, in.readAllBytes(), task);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "3號多少米|ask_price", "一米六五 100斤穿什么码|ask_size", "新疆包邮吗？|ask_shipping", "有奶白色的吗|ask_variant",
            "加vx：abc12345 私聊有低价|spam", "主播晚上好|greeting", "扣1扣1|interaction", "已拍两件|praise",
            "拍了怎么订单里没有|order_issue", "上次买的洗一次就起球了|complaint",
    })
    void should_understand_typical_comments(String comment, String intent) {
        assertThat(u.understand(comment, catalog, null).intent().wire()).isEqualTo(intent);
    }

    @Test
    void should_normalize_mask_and_extract_in_one_pass() {
        Understanding r = u.understand("一米六五 100斤 我电话13812345678", catalog, "P02");
        assertThat(r.text()).isEqualTo("165cm 50kg 我电话[手机号]");
        assertThat(r.entities().heightCm()).isEqualTo(165);
        assertThat(r.entities().weightKg()).isEqualTo(50.0);
        Understanding p = u.understand("这个多少钱", catalog, "P02");
        assertThat(p.intent()).isEqualTo(Intent.ASK_PRICE);
        assertThat(p.entities().product()).isEqualTo("P02");
        assertThat(p.sentiment()).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void should_give_sentiment_with_a_probability() {
        Understanding good = u.understand("质量太好了，超级喜欢，还会回购", catalog, null);
        assertThat(good.sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(good.positive()).isGreaterThan(0.65);
        Understanding bad = u.understand("质量太差了，洗一次就掉色，垃圾", catalog, null);
        assertThat(bad.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(bad.positive()).isLessThan(0.35);
    }

    /** The honest number: the held-out set was written apart from the training data and is never trained on. */
    @Test
    void should_reach_the_intent_floor_on_the_held_out_set() throws IOException {
        Evaluator.Evaluation e = Evaluator.evaluate(u.intentModel(), resource("nlu-heldout.yml", Task.INTENT).examples());
        System.out.println("intent held-out: accuracy " + e.accuracy() + ", macro-F1 " + e.macroF1());
        e.labels().forEach((k, v) -> System.out.println("  " + k + " f1=" + v.f1()));
        assertThat(e.examples()).isGreaterThanOrEqualTo(21 * 20);
        assertThat(e.macroF1()).isGreaterThanOrEqualTo(0.90);
        e.labels().forEach((k, v) -> assertThat(v.f1()).as(k).isGreaterThanOrEqualTo(0.75));
    }

    @Test
    void should_reach_the_sentiment_floor_on_the_held_out_set() throws IOException {
        Evaluator.Evaluation e = Evaluator.evaluate(u.sentimentModel(), resource("sentiment-heldout.csv", Task.SENTIMENT).examples());
        System.out.println("sentiment held-out: accuracy " + e.accuracy() + ", macro-F1 " + e.macroF1());
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void should_never_throw_on_empty_huge_random_or_markup_comments() {
        assertThat(u.understand("", catalog, null).intent()).isEqualTo(Intent.OTHER);
        assertThat(u.understand(null, null, null).intent()).isEqualTo(Intent.OTHER);
        assertThat(u.understand("   ", catalog, null).sentiment()).isEqualTo(Sentiment.NEUTRAL);
        String huge = "好看".repeat(5000);
        assertThat(u.understand(huge, catalog, null).intent()).isNotNull();
        String markup = "<script>alert('x')</script><img src=x onerror=alert(1)>{{7*7}}${jndi:ldap://x}' OR 1=1 --";
        assertThat(u.understand(markup, catalog, null).text()).contains("<script>");
        Random r = new Random(3);
        for (int i = 0; i < 3000; i++) {
            byte[] b = new byte[r.nextInt(300)];
            r.nextBytes(b);
            String s = new String(b, StandardCharsets.UTF_8);
            assertThat(u.understand(s, catalog, r.nextBoolean() ? "P01" : null)).isNotNull();
        }
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 10_000; i++) big.append((char) r.nextInt(65536));
        assertThat(u.understand(big.toString(), catalog, null)).isNotNull();
    }
}
