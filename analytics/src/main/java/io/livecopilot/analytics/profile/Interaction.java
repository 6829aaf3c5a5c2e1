package io.livecopilot.analytics.profile;

/**
 * One viewer's interaction with a product.
 *
 * @param kind   {@code click}, {@code cart}, {@code order} or {@code mention} (the product named in a comment)
 * @param weight how strongly it says the viewer likes the product (click 1, mention 1, cart 2, order 3)
 */
public record Interaction(String user, String item, String kind, long ts, double weight) {
    public static double weightOf(String kind) {
        return switch (kind) {
            case "order" -> 3;
            case "cart" -> 2;
            default -> 1;
        };
    }

    public static Interaction of(String user, String item, String kind, long ts) {
        return new Interaction(user, item, kind, ts, weightOf(kind));
    }
}
