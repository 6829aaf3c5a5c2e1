package io.livecopilot.script;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.script.realize.ProductVars;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A product's "suits" are said as people or as occasions, each only in sentences that read right for it. */
class SuitPhrasingTest {
    private static final Catalog CATALOG = TestCatalogs.twelve();

    @Test
    void should_never_recommend_a_product_to_an_occasion_nor_call_people_an_occasion() {
        List<String> wrong = new ArrayList<>();
        for (Product p : CATALOG.products()) {
            for (String suit : p.suits()) {
                Map<String, String> m = new HashMap<>();
                ProductVars.putSuit(m, suit);
                if (!m.containsKey("who")) {
                    wrong.addAll(List.of("推荐给" + suit, suit + "可以重点看看", "对" + suit + "来说", suit + "会觉得很省心",
                            suit + "选它", "对" + suit + "很友好", suit + "用上就知道", "说到适合谁，" + suit));
                }
                if (!m.containsKey("scene")) {
                    wrong.addAll(List.of("平时" + suit + "的时候", suit + "的时候就能感受到", suit + "的时候用它", "用在哪儿，" + suit));
                }
            }
        }
        assertThat(wrong).contains("推荐给通勤", "平时学生的时候", "推荐给办公室零食"); // the check can fail
        StringBuilder all = new StringBuilder();
        for (Style style : Style.values()) {
            for (long seed = 1; seed <= 6; seed++) {
                Script s = ScriptStudio.builder(CATALOG).build()
                        .generate(ScriptRequest.builder().minutes(60).seed(seed).style(style).build());
                for (Segment x : s.segments()) all.append(x.text()).append('\n');
            }
        }
        String text = all.toString();
        assertThat(text).contains("通勤").contains("学生");
        for (String w : wrong) assertThat(text).as("a sentence with \"%s\"", w).doesNotContain(w);
    }
}
