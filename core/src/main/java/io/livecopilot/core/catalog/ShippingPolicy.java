package io.livecopilot.core.catalog;

import java.util.List;

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

    /** Whether the region is explicitly excluded (matched by prefix, so 新疆 covers 新疆乌鲁木齐). */
    public boolean excludes(String region) {
        if (region == null || excludedRegions == null) return false;
        for (String r : excludedRegions) {
            if (region.startsWith(r) || r.startsWith(region)) return true;
        }
        return false;
    }
}
