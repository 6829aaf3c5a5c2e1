package io.livecopilot.analytics;

import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.event.Timestamps;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A test generator of live sessions with known effects: viewers arrive and leave (with re-entries, stray leaves,
 * double enters), watch, comment, like, click, order and pay; a coupon multiplies the chance to buy during the
 * minutes after its release; the products convert differently. Events come out sorted by time.
 */
public final class SyntheticSession {
    public static final String ROOM = "r1";
    public static final long T0 = Timestamps.parse("2026-11-28T20:00:00+08:00");

    /** The effects the session was generated with. */
    public record Truth(List<String> productsByConversion, int couponMinute, String coupon, double couponLift, int couponWindow) {}

    public record Session(List<LiveEvent> events, Truth truth) {}

    static final String[] PRODUCTS = {"P01", "P02", "P03", "P04", "P05", "P06"};
    static final BigDecimal[] PRICES = {new BigDecimal("59.90"), new BigDecimal("129.00"), new BigDecimal("199.00"),
            new BigDecimal("39.90"), new BigDecimal("89.00"), new BigDecimal("299.00")};
    /** Per-product chance that a click on it turns into an order, before the coupon. */
    static final double[] BUY = {0.12, 0.08, 0.05, 0.16, 0.10, 0.03};

    public static Session generate(long seed, int minutes, int arrivalsPerMinute, boolean snapshots, boolean messy) {
        Random r = new Random(seed);
        List<LiveEvent> ev = new ArrayList<>();
        long end = T0 + minutes * 60_000L;
        int couponMinute = minutes / 2 + 3;
        double couponLift = 3.0;
        int window = 5;
        // schedule: opening 2 minutes, then each product pitched in turn for slots of 7 minutes, closing the last 3
        String[] productAt = new String[minutes];
        String[] segAt = new String[minutes];
        for (int m = 0; m < minutes; m++) {
            if (m < 2) { segAt[m] = "opening"; continue; }
            if (m >= minutes - 3) { segAt[m] = "closing"; productAt[m] = productAt[m - 1]; continue; }
            int slot = (m - 2) / 7;
            productAt[m] = PRODUCTS[slot % PRODUCTS.length];
            segAt[m] = (m - 2) % 7 < 5 ? "pitch" : "interaction";
        }
        for (int m = 0; m < minutes; m++) {
            long t = T0 + m * 60_000L;
            if (m == 0 || !segAt[m].equals(segAt[m - 1]) || !java.util.Objects.equals(productAt[m], productAt[m - 1])) {
                ev.add(new LiveEvent.Segment(t, ROOM, null, segAt[m], productAt[m], null));
                if (productAt[m] != null && (m == 0 || !productAt[m].equals(productAt[m - 1]))) {
                    ev.add(new LiveEvent.ProductShow(t + 500, ROOM, null, productAt[m]));
                }
            }
        }
        String couponProduct = productAt[couponMinute];
        ev.add(new LiveEvent.Coupon(T0 + couponMinute * 60_000L + 1_000, ROOM, null, "C1", couponProduct, new BigDecimal("20")));

        int orderSeq = 0;
        int viewers = arrivalsPerMinute * minutes;
        for (int v = 0; v < viewers; v++) {
            String user = "u" + v;
            long at = T0 + (long) (r.nextDouble() * (end - T0 - 1000));
            int visits = r.nextDouble() < 0.15 ? 2 : 1;
            for (int visit = 0; visit < visits && at < end; visit++) {
                long stay = (long) (-Math.log(1 - r.nextDouble()) * 8 * 60_000);
                long leaveAt = at + stay;
                ev.add(new LiveEvent.Enter(at, ROOM, user, r.nextBoolean() ? "recommend" : "follow"));
                if (messy && r.nextDouble() < 0.03) ev.add(new LiveEvent.Enter(at + 2_000, ROOM, user, "other")); // double enter
                long until = Math.min(leaveAt, end - 1);
                for (long t = at + 1_000; t < until; t += 20_000) {
                    int m = (int) ((t - T0) / 60_000);
                    double u = r.nextDouble();
                    if (u < 0.01) ev.add(new LiveEvent.Comment(t, ROOM, user, "多少钱"));
                    else if (u < 0.02) ev.add(new LiveEvent.Like(t, ROOM, user, 1 + r.nextInt(20)));
                    else if (u < 0.022) ev.add(new LiveEvent.Share(t, ROOM, user));
                    else if (u < 0.025) ev.add(new LiveEvent.Follow(t, ROOM, user));
                    String p = productAt[m];
                    if (p == null) continue;
                    double clickP = "pitch".equals(segAt[m]) ? 0.02 : 0.01;
                    if (r.nextDouble() < clickP) {
                        int pi = Integer.parseInt(p.substring(1)) - 1;
                        ev.add(new LiveEvent.ProductClick(t + 100, ROOM, user, p));
                        double buy = BUY[pi] * (m >= couponMinute && m < couponMinute + window ? couponLift : 1.0);
                        if (r.nextDouble() < 0.2) ev.add(new LiveEvent.AddToCart(t + 200, ROOM, user, p, 1));
                        if (r.nextDouble() < buy) {
                            String oid = "o" + (++orderSeq);
                            int qty = r.nextDouble() < 0.2 ? 2 : 1;
                            BigDecimal amount = PRICES[pi].multiply(BigDecimal.valueOf(qty));
                            ev.add(new LiveEvent.Order(t + 5_000, ROOM, user, oid, p, qty, amount));
                            if (r.nextDouble() < 0.85) {
                                String payUser = messy && r.nextBoolean() ? null : user;
                                ev.add(new LiveEvent.Pay(t + 15_000, ROOM, payUser, oid, amount));
                                if (r.nextDouble() < 0.06) ev.add(new LiveEvent.Refund(t + 40_000, ROOM, null, oid, amount));
                            }
                        }
                    }
                }
                if (leaveAt < end) ev.add(new LiveEvent.Leave(leaveAt, ROOM, user));
                if (messy && r.nextDouble() < 0.02) ev.add(new LiveEvent.Leave(Math.min(leaveAt + 3_000, end - 1), ROOM, user)); // double leave
                at = leaveAt + 60_000 + (long) (r.nextDouble() * 600_000);
            }
        }
        if (messy) {
            for (int i = 0; i < 20; i++) ev.add(new LiveEvent.Leave(T0 + r.nextInt(minutes * 60_000), ROOM, "stray" + i));
            ev.add(new LiveEvent.Pay(T0 + 300_000, ROOM, null, "unknown-order", new BigDecimal("10.00")));
            ev.add(new LiveEvent.Gift(T0 + 310_000, ROOM, "u1", new BigDecimal("6.60")));
        }
        ev.add(new LiveEvent.Segment(end, ROOM, null, "closing", null, null));
        ev.sort(Comparator.comparingLong(LiveEvent::ts));
        if (snapshots) {
            // platform snapshots every 10 s: the true number inside, computed from the events so far
            List<LiveEvent> withSnaps = new ArrayList<>();
            java.util.Set<String> in = new java.util.HashSet<>();
            long next = T0 + 10_000;
            for (LiveEvent e : ev) {
                while (e.ts() >= next) {
                    withSnaps.add(new LiveEvent.Online(next, ROOM, null, in.size() + 3));
                    next += 10_000;
                }
                if (e instanceof LiveEvent.Enter) in.add(e.user());
                if (e instanceof LiveEvent.Leave) in.remove(e.user());
                withSnaps.add(e);
            }
            ev = withSnaps;
        }
        List<String> byConv = new ArrayList<>(List.of(PRODUCTS));
        byConv.sort(Comparator.comparingDouble(p -> -BUY[Integer.parseInt(p.substring(1)) - 1]));
        return new Session(ev, new Truth(byConv, couponMinute, "C1", couponLift, window));
    }
}
