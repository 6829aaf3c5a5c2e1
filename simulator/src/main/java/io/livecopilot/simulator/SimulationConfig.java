package io.livecopilot.simulator;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;

import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters of a simulated live session: its size, and the effects that drive viewers' behaviour — what
 * analytics is expected to find again. Build with {@link #builder()}; every default is resolved in the builder.
 *
 * @param room                 room id written in every event
 * @param startEpochMillis     the session's start
 * @param minutes              session length
 * @param viewers              distinct viewers who arrive over the session
 * @param seed                 random seed: same seed and parameters, same bytes
 * @param catalog              what the host sells (the demo catalog by default)
 * @param products             how many products the host presents (run of show), at most the catalog's size
 * @param waves                traffic waves pushed by the platform feed over the session
 * @param waveShare            share of viewers who arrive in waves (the rest arrive steadily)
 * @param medianDwellSeconds   median time a viewer stays (log-normal)
 * @param commentsPerMinute    comments per viewer per minute present
 * @param likesPerMinute       like events per viewer per minute present
 * @param followRate           probability that a viewer follows
 * @param shareRate            probability that a viewer shares
 * @param giftRate             probability that a viewer sends a gift
 * @param clicksPerMinute      product-card clicks per viewer per minute while a product is pitched
 * @param baseOrderRate        probability that a click becomes an order (before the effects below)
 * @param couponUplift         multiplier of the order probability while a coupon is active
 * @param couponMinutes        how long a released coupon stays active
 * @param priceElasticity      order probability ∝ (price / median price)^-elasticity
 * @param appealSpread         log-normal sigma of each product's appeal (its multiplier of clicks and orders)
 * @param segmentOrderMultiplier order-probability multiplier per segment kind (opening, pitch, interaction, promo, closing)
 * @param payRate              probability that an order is paid
 * @param refundRate           probability that a paid order is refunded
 * @param hostileShare         share of comments that are spam, contacts or prompt injection
 * @param typoRate             share of comments with a typo, homophone or stray character
 */
public record SimulationConfig(String room, long startEpochMillis, int minutes, int viewers, long seed, Catalog catalog,
                               int products, int waves, double waveShare, double medianDwellSeconds, double commentsPerMinute,
                               double likesPerMinute, double followRate, double shareRate, double giftRate,
                               double clicksPerMinute, double baseOrderRate, double couponUplift, int couponMinutes,
                               double priceElasticity, double appealSpread, Map<String, Double> segmentOrderMultiplier,
                               double payRate, double refundRate, double hostileShare, double typoRate) {

    /** 2026-11-28T20:00:00+08:00, a Saturday evening prime-time slot. */
    public static final long DEFAULT_START = 1_795_867_200_000L;

    public SimulationConfig {
        segmentOrderMultiplier = java.util.Collections.unmodifiableMap(new TreeMap<>(segmentOrderMultiplier));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder with this config's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.room = room; b.start = startEpochMillis; b.minutes = minutes; b.viewers = viewers; b.seed = seed; b.catalog = catalog;
        b.products = products; b.waves = waves; b.waveShare = waveShare; b.medianDwell = medianDwellSeconds;
        b.comments = commentsPerMinute; b.likes = likesPerMinute; b.follow = followRate; b.share = shareRate; b.gift = giftRate;
        b.clicks = clicksPerMinute; b.order = baseOrderRate; b.couponUplift = couponUplift; b.couponMinutes = couponMinutes;
        b.elasticity = priceElasticity; b.appealSpread = appealSpread; b.segment = new TreeMap<>(segmentOrderMultiplier);
        b.pay = payRate; b.refund = refundRate; b.hostile = hostileShare; b.typo = typoRate;
        return b;
    }

    /** Builds a {@link SimulationConfig}; {@link #build()} checks every value and names the bad one. */
    public static final class Builder {
        private String room;
        private long start = DEFAULT_START;
        private int minutes = 30;
        private int viewers = 2000;
        private long seed = 1;
        private Catalog catalog;
        private Integer products;
        private Integer waves;
        private double waveShare = 0.55;
        private double medianDwell = 100;
        private double comments = 0.35;
        private double likes = 1.2;
        private double follow = 0.06;
        private double share = 0.015;
        private double gift = 0.01;
        private double clicks = 0.25;
        private double order = 0.12;
        private double couponUplift = 1.8;
        private int couponMinutes = 3;
        private double elasticity = 0.6;
        private double appealSpread = 0.45;
        private Map<String, Double> segment = defaultSegments();
        private double pay = 0.86;
        private double refund = 0.05;
        private double hostile = 0.02;
        private double typo = 0.08;

        private static Map<String, Double> defaultSegments() {
            Map<String, Double> m = new TreeMap<>();
            m.put("opening", 0.3);
            m.put("pitch", 1.0);
            m.put("interaction", 0.5);
            m.put("promo", 1.5);
            m.put("closing", 0.8);
            return m;
        }

        public Builder room(String v) { room = v; return this; }
        public Builder start(long epochMillis) { start = epochMillis; return this; }
        public Builder minutes(int v) { minutes = v; return this; }
        public Builder viewers(int v) { viewers = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder catalog(Catalog v) { catalog = v; return this; }
        public Builder products(int v) { products = v; return this; }
        public Builder waves(int v) { waves = v; return this; }
        public Builder waveShare(double v) { waveShare = v; return this; }
        public Builder medianDwellSeconds(double v) { medianDwell = v; return this; }
        public Builder commentsPerMinute(double v) { comments = v; return this; }
        public Builder likesPerMinute(double v) { likes = v; return this; }
        public Builder followRate(double v) { follow = v; return this; }
        public Builder shareRate(double v) { share = v; return this; }
        public Builder giftRate(double v) { gift = v; return this; }
        public Builder clicksPerMinute(double v) { clicks = v; return this; }
        public Builder baseOrderRate(double v) { order = v; return this; }
        public Builder couponUplift(double v) { couponUplift = v; return this; }
        public Builder couponMinutes(int v) { couponMinutes = v; return this; }
        public Builder priceElasticity(double v) { elasticity = v; return this; }
        public Builder appealSpread(double v) { appealSpread = v; return this; }
        public Builder segmentOrderMultiplier(String kind, double v) { segment.put(kind, v); return this; }
        public Builder payRate(double v) { pay = v; return this; }
        public Builder refundRate(double v) { refund = v; return this; }
        public Builder hostileShare(double v) { hostile = v; return this; }
        public Builder typoRate(double v) { typo = v; return this; }

        public SimulationConfig build() {
            Catalog c = catalog == null ? DemoCatalog.load() : catalog;
            if (c.products().isEmpty()) throw LiveCopilotException.badInput("catalog: must have at least one product to sell");
            check("minutes", minutes, 1, 24 * 60);
            check("viewers", viewers, 1, 10_000_000);
            int p = products == null ? Math.min(c.products().size(), Math.max(3, Math.min(12, minutes / 4))) : products;
            check("products", p, 1, c.products().size());
            int w = waves == null ? Math.max(1, minutes / 8) : waves;
            check("waves", w, 0, 1000);
            check("couponMinutes", couponMinutes, 1, 120);
            prob("waveShare", waveShare);
            prob("followRate", follow);
            prob("shareRate", share);
            prob("giftRate", gift);
            prob("baseOrderRate", order);
            prob("payRate", pay);
            prob("refundRate", refund);
            prob("hostileShare", hostile);
            prob("typoRate", typo);
            positive("medianDwellSeconds", medianDwell);
            nonNegative("commentsPerMinute", comments);
            nonNegative("likesPerMinute", likes);
            nonNegative("clicksPerMinute", clicks);
            nonNegative("couponUplift", couponUplift);
            nonNegative("priceElasticity", elasticity);
            nonNegative("appealSpread", appealSpread);
            for (String k : segment.keySet()) {
                if (!Simulator.SEGMENT_KINDS.contains(k)) {
                    throw LiveCopilotException.badInput("segmentOrderMultiplier: kind must be one of " + Simulator.SEGMENT_KINDS + ", was \"" + k + "\"");
                }
                nonNegative("segmentOrderMultiplier." + k, segment.get(k));
            }
            String r = room == null ? "sim-" + seed : room;
            if (r.isBlank()) throw LiveCopilotException.badInput("room: must not be blank");
            return new SimulationConfig(r, start, minutes, viewers, seed, c, p, w, waveShare, medianDwell, comments, likes, follow,
                    share, gift, clicks, order, couponUplift, couponMinutes, elasticity, appealSpread, segment, pay, refund, hostile, typo);
        }

        private static void check(String name, long v, long min, long max) {
            if (v < min || v > max) throw LiveCopilotException.badInput(name + ": must be between " + min + " and " + max + ", was " + v);
        }

        private static void prob(String name, double v) {
            if (!(v >= 0 && v <= 1)) throw LiveCopilotException.badInput(name + ": must be a probability in [0, 1], was " + v);
        }

        private static void positive(String name, double v) {
            if (!(v > 0) || Double.isInfinite(v)) throw LiveCopilotException.badInput(name + ": must be > 0, was " + v);
        }

        private static void nonNegative(String name, double v) {
            if (!(v >= 0) || Double.isInfinite(v)) throw LiveCopilotException.badInput(name + ": must be ≥ 0, was " + v);
        }
    }
}
