package io.livecopilot.core.catalog;

import java.util.List;
import java.util.Map;

/**
 * A shipping policy: courier, dispatch time, free shipping and the regions that are not served.
 * Every field may be {@code null} (unknown); a product's policy overrides the shop's field by field.
 */
public record ShippingPolicy(String courier, Integer shipsWithinHours, Boolean freeShipping, List<String> excludedRegions) {
    public static final ShippingPolicy UNKNOWN = new ShippingPolicy(null, null, null, null);

    public ShippingPolicy {
        excludedRegions = excludedRegions == null ? null : List.copyOf(excludedRegions);
    }

    /** This policy with each unknown field taken from {@code base}. */
    public ShippingPolicy over(ShippingPolicy base) {
        if (base == null) return this;
        return new ShippingPolicy(
                courier != null ? courier : base.courier,
                shipsWithinHours != null ? shipsWithinHours : base.shipsWithinHours,
                freeShipping != null ? freeShipping : base.freeShipping,
                excludedRegions != null ? excludedRegions : base.excludedRegions);
    }

    /** Groupings an excluded-regions list may name, with the places in them that viewers name one by one. */
    private static final Map<String, List<String>> GROUPS = Map.of(
            "港澳台", List.of("香港", "澳门", "台湾"),
            "港澳", List.of("香港", "澳门"),
            "江浙沪皖", List.of("江苏", "浙江", "上海", "安徽"),
            "江浙沪", List.of("江苏", "浙江", "上海"),
            "东三省", List.of("黑龙江", "吉林", "辽宁"),
            "京津冀", List.of("北京", "天津", "河北"));

    /**
     * Whether the region is explicitly excluded: matched by prefix (新疆 covers 新疆乌鲁木齐), and an excluded grouping
     * covers the places in it (港澳台 covers 香港, 澳门 and 台湾).
     */
    public boolean excludes(String region) {
        if (region == null || region.isEmpty() || excludedRegions == null) return false;
        for (String r : excludedRegions) {
            if (region.startsWith(r) || r.startsWith(region)) return true;
            for (String member : GROUPS.getOrDefault(r, List.of())) if (region.startsWith(member)) return true;
        }
        return false;
    }
}
