package io.livecopilot.script;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.script.check.ScriptChecker;
import io.livecopilot.script.realize.ProductVars;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A promotion that needs several units — the test catalog's 5号每日坚果礼盒, 69.9元 with "第二件减20" — is pitched as a
 * condition: no script says one unit costs 49.9元, the planner does not rank the product by that price, and the checker
 * rejects a pitch that says it.
 */
class ConditionalPromotionScriptTest {
    private static final Catalog CATALOG = TestCatalogs.twelve();
    private static final Product NUTS = CATALOG.byId("P05").orElseThrow();

    @Test
    void should_give_the_pitch_no_best_price_from_a_second_item_discount() {
        assertThat(NUTS.bestPrice()).isEqualTo(new BigDecimal("69.90"));
        ProductVars v = new ProductVars(NUTS, CATALOG.shop());
        assertThat(v.has("best")).isFalse();
        assertThat(v.base()).doesNotContainKey("save_best").containsEntry("price", "69.9");
        assertThat(v.promotions()).containsExactly("第二件减20");
    }

    @Test
    void should_rank_deals_by_the_single_unit_price() {
        assertThat(SessionPlanner.discountRatio(NUTS)).isEqualByComparingTo("0.7061"); // 69.9 / 99, not 49.9 / 99
    }

    @Test
    void should_never_write_the_second_item_price_as_one_unit_price_in_any_script() {
        ScriptStudio studio = ScriptStudio.builder(CATALOG).build();
        for (long seed = 1; seed <= 4; seed++) {
            Script s = studio.generate(ScriptRequest.builder().minutes(120).seed(seed).style(Style.values()[(int) seed % 3]).build());
            boolean condition = false;
            for (Segment x : s.segments()) {
                assertThat(x.text()).as(x.text()).doesNotContain("49.9元");
                if ("P05".equals(x.productId()) && x.text().contains("第二件减20")) condition = true;
            }
            assertThat(condition).as("seed " + seed).isTrue();
            assertThat(s.checks().violations()).isEmpty();
        }
    }

    @Test
    void should_reject_a_pitch_that_folds_the_second_item_discount_into_one_unit() {
        ScriptChecker checker = new ScriptChecker(CATALOG);
        assertThat(checker.check("5号每日坚果礼盒今天到手49.9元！", "P05")).extracting(v -> v.text()).containsExactly("49.9元");
        assertThat(checker.check("5号每日坚果礼盒69.9元，第二件减20，拍两件到手119.8元。", "P05")).isEmpty();
    }
}
