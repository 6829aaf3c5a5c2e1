package io.livecopilot.nlp;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.nlu.Understanding;
import io.livecopilot.nlp.classify.LinearModel;
import io.livecopilot.nlp.entity.EntityExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** An unsure intent of a comment that names a catalog product is the mean of its readings with and without the names. */
class NamelessIntentTest {
    static Catalog catalog;
    static BuiltinUnderstander u;
    static final EntityExtractor X = new EntityExtractor();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NamelessIntentTest.class.getResourceAsStream("catalog-12.json")) {
            catalog = CatalogReader.readText(new String(in.readAllBytes(), StandardCharsets.UTF_8)).catalog();
        }
        u = BuiltinUnderstander.load(null);
    }

    @Test
    void should_blank_names_aliases_and_name_parts_with_one_space() {
        assertThat(X.withoutProducts("保温杯能装开水吗", catalog)).isEqualTo(" 能装开水吗");
        assertThat(X.withoutProducts("牛肉干辣不辣", catalog)).isEqualTo(" 辣不辣");
        assertThat(X.withoutProducts("牛仔裤和小白鞋一起买能便宜吗", catalog)).isEqualTo(" 和 一起买能便宜吗");
        assertThat(X.withoutProducts("降噪耳机续航多久", catalog)).isEqualTo(" 续航多久"); // a distinctive part of 无线降噪蓝牙耳机
    }

    @Test
    void should_return_the_same_text_when_it_names_no_product() {
        for (String t : List.of("3号多少钱", "多少钱", "主播好", "", "能便宜点吗")) {
            assertThat(X.withoutProducts(t, catalog)).isSameAs(t);
        }
        assertThat(X.withoutProducts("保温杯多少钱", Catalog.EMPTY)).isEqualTo("保温杯多少钱");
    }

    @Test
    void should_average_the_readings_with_and_without_names_only_when_unsure() {
        LinearModel m = u.intentModel();
        int unsure = 0;
        for (String c : List.of("保温杯能装开水吗", "牛肉干辣不辣", "空气炸锅还能再便宜吗", "面膜是正品吗", "羽绒服能机洗吗", "口红会不会拔干",
                "耳机能连两台手机吗", "坚果孩子能吃吗", "四件套起球吗", "小白鞋偏码吗", "牛仔裤是弹力的吗", "炸锅能烤蛋糕吗")) {
            String text = LinearModel.preprocess(c);
            double[] with = m.probabilities(text);
            int top = argmax(with);
            Understanding got = u.understand(c, catalog, null);
            if (with[top] >= BuiltinUnderstander.NAMELESS_BELOW) {
                assertThat(got.intent().wire()).as(c).isEqualTo(m.predictPreprocessed(text).label());
                assertThat(got.confidence()).as(c).isCloseTo(with[top], within(0.0006));
                continue;
            }
            unsure++;
            double[] without = m.probabilities(X.withoutProducts(text, catalog));
            double[] mean = new double[with.length];
            for (int k = 0; k < mean.length; k++) mean[k] = (with[k] + without[k]) / 2;
            int best = argmax(mean);
            assertThat(got.intent().wire()).as(c).isEqualTo(mean[best] < m.settings().threshold() ? "other" : m.labels().get(best));
            assertThat(got.confidence()).as(c).isCloseTo(mean[best], within(0.0006));
        }
        assertThat(unsure).as("comments read twice").isGreaterThanOrEqualTo(2);
        // without a catalog nothing is a name: the plain reading
        String c = "牛肉干辣不辣";
        assertThat(u.understand(c, null, null).intent().wire()).isEqualTo(m.predict(c).label());
    }

    private static int argmax(double[] p) {
        int b = 0;
        for (int k = 1; k < p.length; k++) if (p[k] > p[b]) b = k;
        return b;
    }
}
