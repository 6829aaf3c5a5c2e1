package io.livecopilot.llm;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.catalog.ImportResult;
import io.livecopilot.core.check.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Promotions whose text states a condition one unit does not meet ("第二件半价", "满300减50" on a cheaper product): the
 * guard accepts the single unit's true price and the several-unit totals, and rejects — and repairs — a reply that
 * folds the condition into one unit's "到手价".
 */
class FactGuardConditionalPromotionsTest {
    static final Catalog CATALOG = load();
    static final FactGuard GUARD = new FactGuard(CATALOG);

    private static Catalog load() {
        ImportResult r = CatalogReader.readText("""
                {"shop": {"name": "小店"},
                 "products": [
                  {"id": "P01", "link_no": 1, "name": "每日坚果", "price": "59.90",
                   "promotions": [{"kind": "discount", "text": "第二件半价", "discount": "29.95"}]},
                  {"id": "P02", "link_no": 2, "name": "百花蜂蜜", "price": "99.00",
                   "promotions": [{"kind": "coupon", "text": "满300减50", "discount": "50.00"}]},
                  {"id": "P03", "link_no": 3, "name": "保温杯", "price": "59.90",
                   "promotions": [{"kind": "coupon", "text": "直播间立减10元", "discount": "10.00"}]},
                  {"id": "P04", "link_no": 4, "name": "辣条", "price": "69.00",
                   "promotions": [{"kind": "bundle", "text": "拍两袋减10元", "discount": "10.00"}]}
                 ]}
                """);
        assertThat(r.rejected()).isEmpty();
        return r.catalog();
    }

    @Test
    void should_repair_a_second_item_half_price_said_as_the_price_of_one() {
        String s = "1号每日坚果今天到手29.95元！";
        assertThat(GUARD.check(s, null)).extracting(Violation::kind, Violation::text, Violation::suggestion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fact", "29.95元", "59.9元"));
        assertThat(GUARD.repair(s, null).text()).isEqualTo("1号每日坚果今天到手59.9元！");
        assertThat(GUARD.check(s, null).get(0).detail()).isEqualTo("到手价说成29.95元，但目录中「每日坚果」（1号链接）直播价59.9元，第二件半价需买多件才享");
    }

    @Test
    void should_accept_the_single_unit_price_with_the_condition_and_the_two_unit_total() {
        assertThat(GUARD.check("1号每日坚果59.9元，第二件半价，拍两件到手89.85元。", null)).isEmpty();
        assertThat(GUARD.check("4号辣条单袋69元，拍两袋减10元，两袋到手128元。", null)).isEmpty();
    }

    @Test
    void should_repair_a_spend_stated_only_in_the_text_applied_to_one_cheaper_unit() {
        String s = "2号百花蜂蜜领券到手49元";
        assertThat(GUARD.passes(s, null)).isFalse();
        assertThat(GUARD.repair(s, null).text()).isEqualTo("2号百花蜂蜜领券到手99元");
        assertThat(GUARD.check(s, null).get(0).detail()).endsWith("直播价99元，满300减50单件不满足");
        assertThat(GUARD.check("2号百花蜂蜜99元，满300减50。", null)).isEmpty();
    }

    @Test
    void should_repair_a_bundle_discount_said_as_one_unit_price() {
        assertThat(GUARD.repair("4号辣条到手59元", null).text()).isEqualTo("4号辣条到手69元");
    }

    @Test
    void should_still_accept_an_unconditional_promotion_on_one_unit() {
        assertThat(GUARD.check("3号保温杯59.9元，直播间立减10元，到手49.9元。", null)).isEmpty();
        assertThat(GUARD.repair("3号保温杯到手39.9元", null).text()).isEqualTo("3号保温杯到手49.9元");
    }
}
