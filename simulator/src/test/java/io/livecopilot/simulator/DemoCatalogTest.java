package io.livecopilot.simulator;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCatalogTest {
    @Test
    void should_hold_at_least_thirty_products_over_at_least_eight_categories() {
        Catalog c = DemoCatalog.load();
        assertThat(c.products()).hasSize(33);
        assertThat(c.products().stream().map(Product::category).distinct())
                .containsExactly("女装", "男装", "鞋", "美妆护肤", "食品零食", "家电", "数码", "母婴童装", "宠物", "家居");
    }

    @Test
    void should_number_links_one_to_n_in_list_order() {
        Catalog c = DemoCatalog.load();
        for (int i = 0; i < c.products().size(); i++) assertThat(c.products().get(i).linkNo()).isEqualTo(i + 1);
    }

    @Test
    void should_carry_shop_policies_and_product_overrides() {
        Catalog c = DemoCatalog.load();
        assertThat(c.shop().shipping().courier()).isEqualTo("中通");
        assertThat(c.shop().shipping().shipsWithinHours()).isEqualTo(48);
        assertThat(c.shop().shipping().excludes("新疆乌鲁木齐")).isTrue();
        assertThat(c.shop().aftersale().returnsDays()).isEqualTo(7);
        Product robot = c.byId("P21").orElseThrow();
        assertThat(robot.shippingIn(c.shop()).courier()).isEqualTo("顺丰");
        assertThat(robot.shippingIn(c.shop()).freeShipping()).isTrue();
        assertThat(robot.aftersaleIn(c.shop()).returnsDays()).isEqualTo(15);
    }

    @Test
    void should_have_sold_out_products_size_charts_and_coupons() {
        Catalog c = DemoCatalog.load();
        assertThat(c.products().stream().filter(Product::soldOut).map(Product::id).collect(Collectors.toList()))
                .containsExactly("P04", "P18");
        Product dress = c.byLinkNo(1).orElseThrow();
        assertThat(dress.sizes()).hasSize(4);
        assertThat(dress.sizes().get(1).fits(160, 50.0)).isTrue();
        assertThat(dress.bestPrice()).isEqualByComparingTo(new BigDecimal("129.00"));
        assertThat(c.byId("P19").orElseThrow().bestPrice()).isEqualByComparingTo(new BigDecimal("249.00"));
        assertThat(c.products()).allSatisfy(p -> {
            assertThat(p.aliases()).isNotEmpty();
            assertThat(p.sellingPoints()).isNotEmpty();
            assertThat(p.attributes()).isNotEmpty();
            assertThat(p.listPrice()).isGreaterThan(p.price());
        });
    }
}
