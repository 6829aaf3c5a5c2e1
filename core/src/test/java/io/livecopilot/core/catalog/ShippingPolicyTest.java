package io.livecopilot.core.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShippingPolicyTest {

    private static ShippingPolicy excluding(String... regions) {
        return new ShippingPolicy("圆通", 48, true, List.of(regions));
    }

    @Test
    void should_exclude_a_place_inside_an_excluded_region_by_prefix() {
        assertThat(excluding("新疆", "西藏").excludes("新疆乌鲁木齐")).isTrue();
        assertThat(excluding("新疆", "西藏").excludes("西藏")).isTrue();
        assertThat(excluding("新疆", "西藏").excludes("青海")).isFalse();
    }

    @Test
    void should_exclude_each_place_of_an_excluded_grouping() {
        ShippingPolicy p = excluding("新疆", "港澳台");
        assertThat(p.excludes("香港")).isTrue();
        assertThat(p.excludes("澳门")).isTrue();
        assertThat(p.excludes("台湾台北")).isTrue();
        assertThat(p.excludes("广东")).isFalse();
        assertThat(excluding("东三省").excludes("黑龙江")).isTrue();
        assertThat(excluding("港澳").excludes("台湾")).isFalse();
    }

    @Test
    void should_exclude_nothing_when_the_list_or_the_place_is_unknown() {
        assertThat(new ShippingPolicy("圆通", 48, true, null).excludes("新疆")).isFalse();
        assertThat(excluding("新疆").excludes(null)).isFalse();
        assertThat(excluding("新疆").excludes("")).isFalse();
    }
}
