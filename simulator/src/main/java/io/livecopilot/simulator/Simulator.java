package io.livecopilot.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.Promotion;
import io.livecopilot.core.event.EventCodec;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.nlu.Intent;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A live room that behaves like a real one, with known causes: viewers arrive steadily and in waves pushed by the
 * platform feed, stay for log-normal dwell times and leave; the host runs a show (opening, a pitch per product with
 * the card shown, promos that release coupons, interaction games, closing); viewers comment in every intent of
 * spec/intents.md, like, follow, share, send gifts, click product cards, add to cart, order, pay and sometimes refund,
 * at rates that depend on the segment, the product's appeal, its price and the active coupons.
 *
 * <p>Deterministic: one {@link SplittableRandom} seeded from the config, split per viewer in order; no clock, no
 * iteration over hash orders. Same config, same bytes.
 */
public final class Simulator {
    /** The segment kinds of spec/events.md. */
    public static final List<String> SEGMENT_KINDS = List.of("opening", "pitch", "interaction", "promo", "closing", "other");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String[] SOURCES = {"recommend", "follow", "search", "ad", "share", "other"};
    private static final double[] SOURCE_STEADY = {0.45, 0.18, 0.12, 0.10, 0.07, 0.08};
    private static final double[] SOURCE_WAVE = {0.82, 0.04, 0.03, 0.07, 0.02, 0.02};

    private Simulator() {}

    /** One segment of the run of show, in seconds from the start. */
    record Seg(String kind, Product product, int start, int end) {}

    /** A coupon released to the room, active from its start for the configured minutes. */
    record CouponWindow(String name, Product product, BigDecimal discount, BigDecimal minSpend, int start, int end) {
        boolean covers(Product p, int second) {
            return second >= start && second < end && (product == null || product == p);
        }
    }

    /** A traffic wave from the platform feed: arrivals start at {@code start} and decay exponentially. */
    record Wave(int start, double decaySeconds, double weight) {}


    /** Runs the simulation in memory. */
    public static Simulation run(SimulationConfig c) {
        return new Run(c).simulate();
    }

    /** Runs the simulation and writes its events to {@code out} (JSON Lines) and its truth to {@code out.truth.json}. */
    public static Simulation write(SimulationConfig c, Path out) {
        Simulation s = run(c);
        try {
            Path dir = out.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            try (OutputStream o = Files.newOutputStream(out)) {
                writeEvents(s.events(), o);
            }
            Files.writeString(truthPath(out), JSON.writeValueAsString(s.truth()) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw LiveCopilotException.unavailable(out + ": cannot write: " + e.getMessage(), e);
        }
        return s;
    }

    /** Where the truth of an events file is written: beside it, {@code <out>.truth.json}. */
    public static Path truthPath(Path out) {
        return out.resolveSibling(out.getFileName() + ".truth.json");
    }

    /** Writes events as JSON Lines (UTF-8, '\n' after each), encoding ~64 KB of text at a time. */
    public static void writeEvents(List<LiveEvent> events, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 17);
        for (LiveEvent e : events) {
            EventCodec.write(e, sb);
            sb.append('\n');
            if (sb.length() >= 1 << 16) {
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                sb.setLength(0);
            }
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** One simulation run: the state it builds up, then the events. */
    private static final class Run {
        final SimulationConfig c;
        final SplittableRandom rnd;
        final int seconds;
        final long t0;
        final String room;
        final List<Product> lineup = new ArrayList<>();
        final Map<Product, Double> appeal = new java.util.IdentityHashMap<>(); // lookups only, never iterated
        final List<Seg> show = new ArrayList<>();
        final int[] segAt;
        final List<CouponWindow> coupons = new ArrayList<>();
        final List<Wave> waves = new ArrayList<>();
        /** Events in generation order, and their sort keys: (ms since start) << 36 | generation order. */
        final List<LiveEvent> out = new ArrayList<>();
        long[] keys = new long[1 << 16];
        final BigDecimal medianPrice;
        final CommentWriter writer;
        final int[] presence;
        final Map<Intent, Integer> intents = new EnumMap<>(Intent.class);
        /** Per order id: the second of the click that led to it, and 1 when a coupon covered the product then. */
        final Map<String, int[]> orderCause = new HashMap<>();
        long order;
        long orderIds;

        Run(SimulationConfig c) {
            this.c = c;
            this.rnd = new SplittableRandom(c.seed());
            this.seconds = c.minutes() * 60;
            this.t0 = c.startEpochMillis();
            this.room = c.room();
            this.segAt = new int[seconds];
            this.presence = new int[seconds + 1];
            this.writer = new CommentWriter(rnd.split(), c.typoRate());
            Catalog cat = c.catalog();
            // the lineup: a seeded choice of products, presented in catalog (link) order
            int n = cat.products().size();
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) idx[i] = i;
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = idx[i]; idx[i] = idx[j]; idx[j] = t;
            }
            int[] chosen = Arrays.copyOf(idx, c.products());
            Arrays.sort(chosen);
            for (int i : chosen) lineup.add(cat.products().get(i));
            for (Product p : lineup) appeal.put(p, Math.exp(c.appealSpread() * gaussian(rnd) - c.appealSpread() * c.appealSpread() / 2));
            List<BigDecimal> prices = new ArrayList<>();
            for (Product p : lineup) prices.add(p.price());
            prices.sort(Comparator.naturalOrder());
            medianPrice = prices.get(prices.size() / 2).max(new BigDecimal("0.01"));
        }

        Simulation simulate() {
            planShow();
            planWaves();
            emitShow();
            for (int v = 0; v < c.viewers(); v++) viewer(v, rnd.split());
            emitOnline();
            // time order, ties in generation order: one primitive sort of packed keys
            long[] k = Arrays.copyOf(keys, out.size());
            Arrays.sort(k);
            List<LiveEvent> sorted = new ArrayList<>(out.size());
            for (long key : k) sorted.add(out.get((int) (key & ((1L << 36) - 1))));
            List<LiveEvent> events = applyStock(sorted);
            return new Simulation(c, events, truth(events));
        }

        // ---- the host's run of show ------------------------------------------------------------------------------

        void planShow() {
            int opening = Math.max(30, Math.min(120, seconds / 10));
            int closing = Math.max(30, Math.min(120, seconds / 10));
            if (opening + closing >= seconds) {
                opening = seconds / 4;
                closing = seconds / 4;
            }
            int endMiddle = seconds - closing;
            show.add(new Seg("opening", null, 0, opening));
            int t = opening;
            int k = 0;
            while (t < endMiddle) {
                Product p = lineup.get(k % lineup.size());
                int pitch = 150 + rnd.nextInt(151);
                t = addSeg("pitch", p, t, pitch, endMiddle);
                if (t < endMiddle && rnd.nextDouble() < 0.55) t = addSeg("promo", p, t, 60 + rnd.nextInt(61), endMiddle);
                k++;
                if (t < endMiddle && k % 3 == 0) t = addSeg("interaction", null, t, 60 + rnd.nextInt(31), endMiddle);
            }
            show.add(new Seg("closing", null, endMiddle, seconds));
            for (int i = 0; i < show.size(); i++) {
                Seg s = show.get(i);
                Arrays.fill(segAt, s.start(), s.end(), i);
            }
            // a room-wide welcome coupon early on, and one coupon per promo segment
            int welcome = Math.min(opening / 2, 60);
            coupons.add(new CouponWindow("直播间新人券5元", null, new BigDecimal("5.00"), null, welcome,
                    Math.min(seconds, welcome + c.couponMinutes() * 60)));
            for (Seg s : show) {
                if (!s.kind().equals("promo")) continue;
                Promotion promo = null;
                for (Promotion x : s.product().promotions()) {
                    if ("coupon".equals(x.kind()) && x.discount() != null) { promo = x; break; }
                }
                String name = promo != null ? promo.text() : "直播间专享券10元";
                BigDecimal discount = promo != null ? promo.discount() : new BigDecimal("10.00");
                BigDecimal min = promo != null ? promo.minSpend() : null;
                coupons.add(new CouponWindow(name, s.product(), discount, min, s.start(), Math.min(seconds, s.start() + c.couponMinutes() * 60)));
            }
        }

        int addSeg(String kind, Product p, int t, int len, int limit) {
            int end = Math.min(limit, t + len);
            if (end - t < 20 && !show.isEmpty()) {
                // too short to be a segment: the previous one runs on
                Seg last = show.remove(show.size() - 1);
                show.add(new Seg(last.kind(), last.product(), last.start(), end));
            } else {
                show.add(new Seg(kind, p, t, end));
            }
            return end;
        }

        void emitShow() {
            for (Seg s : show) {
                long ts = t0 + s.start() * 1000L;
                add(ts, new LiveEvent.Segment(ts, room, null, s.kind(), s.product() == null ? null : s.product().id(), "s" + (show.indexOf(s) + 1)));
                if (s.kind().equals("pitch")) add(ts + 500, new LiveEvent.ProductShow(ts + 500, room, null, s.product().id()));
            }
            for (CouponWindow w : coupons) {
                long ts = t0 + w.start() * 1000L + 1500;
                add(ts, new LiveEvent.Coupon(ts, room, null, w.name(), w.product() == null ? null : w.product().id(), w.discount()));
            }
        }

        // ---- traffic ---------------------------------------------------------------------------------------------

        void planWaves() {
            List<Integer> promoStarts = new ArrayList<>();
            for (Seg s : show) if (s.kind().equals("promo") || s.kind().equals("interaction")) promoStarts.add(s.start());
            for (int i = 0; i < c.waves(); i++) {
                // the feed pushes more when the room is lively: half the waves follow a promo or a game
                int start = !promoStarts.isEmpty() && rnd.nextBoolean()
                        ? promoStarts.get(rnd.nextInt(promoStarts.size())) + rnd.nextInt(30)
                        : rnd.nextInt(Math.max(1, seconds - 60));
                waves.add(new Wave(Math.min(start, seconds - 1), 60 + rnd.nextInt(121), Math.exp(0.5 * gaussian(rnd))));
            }
            waves.sort(Comparator.comparingInt(Wave::start));
        }

        double waveWeightTotal() {
            double s = 0;
            for (Wave w : waves) s += w.weight();
            return s;
        }

        // ---- one viewer ------------------------------------------------------------------------------------------

        void viewer(int index, SplittableRandom r) {
            String user = "u" + (100000 + index);
            boolean fromWave = !waves.isEmpty() && r.nextDouble() < c.waveShare();
            double arrive;
            if (fromWave) {
                double pick = r.nextDouble() * waveWeightTotal();
                Wave w = waves.get(waves.size() - 1);
                for (Wave x : waves) {
                    pick -= x.weight();
                    if (pick <= 0) { w = x; break; }
                }
                arrive = w.start() - w.decaySeconds() * Math.log(1 - r.nextDouble());
                if (arrive >= seconds) arrive = r.nextDouble() * seconds;
            } else {
                arrive = r.nextDouble() * seconds;
            }
            String source = SOURCES[pick(r, fromWave ? SOURCE_WAVE : SOURCE_STEADY)];
            double engagement = Math.exp(0.8 * gaussian(r) - 0.32);
            double dwellScale = c.medianDwellSeconds() * (source.equals("follow") ? 2.5 : 1.0) * Math.pow(engagement, 0.3);
            long a = t0 + (long) (arrive * 1000);
            for (int visit = 0; visit < 3; visit++) {
                double dwell = dwellScale * Math.exp(1.0 * gaussian(r));
                long b = a + Math.max(3000, (long) (dwell * 1000));
                long end = t0 + seconds * 1000L;
                boolean leaves = b < end;
                if (!leaves) b = end;
                add(a, new LiveEvent.Enter(a, room, user, visit == 0 ? source : "other"));
                int sa = (int) ((a - t0) / 1000), sb = (int) ((b - t0) / 1000);
                presence[sa]++;
                presence[Math.min(seconds, sb)]--;
                actions(r, user, a, b, engagement, visit == 0);
                if (leaves) add(b, new LiveEvent.Leave(b, room, user));
                if (!leaves || r.nextDouble() >= 0.12) break;
                a = b + 5000 + (long) (-120_000 * Math.log(1 - r.nextDouble()));
                if (a >= end) break;
            }
        }

        void actions(SplittableRandom r, String user, long a, long b, double engagement, boolean firstVisit) {
            double minutes = (b - a) / 60_000.0;
            if (firstVisit && r.nextDouble() < 0.15 && b - a > 12_000) {
                long t = a + 2000 + r.nextInt(8000);
                comment(r, user, t, Intent.GREETING);
            }
            int comments = poisson(r, c.commentsPerMinute() * engagement * minutes);
            for (int i = 0; i < comments; i++) comment(r, user, uniform(r, a, b), null);
            int likes = poisson(r, c.likesPerMinute() * engagement * minutes);
            for (int i = 0; i < likes; i++) {
                long t = uniform(r, a, b);
                add(t, new LiveEvent.Like(t, room, user, 1 + r.nextInt(1 + r.nextInt(30))));
            }
            double stay = Math.min(1.0, minutes / 3.0);
            if (r.nextDouble() < c.followRate() * (0.4 + stay) * Math.sqrt(engagement)) {
                long t = uniform(r, a, b);
                add(t, new LiveEvent.Follow(t, room, user));
            }
            if (r.nextDouble() < c.shareRate() * Math.sqrt(engagement)) {
                long t = uniform(r, a, b);
                add(t, new LiveEvent.Share(t, room, user));
            }
            if (r.nextDouble() < c.giftRate() * engagement) {
                long t = uniform(r, a, b);
                String[] values = {"0.10", "1.00", "1.00", "9.90", "52.00", "99.00"};
                add(t, new LiveEvent.Gift(t, room, user, new BigDecimal(values[r.nextInt(values.length)])));
            }
            // product cards: clicks while a product is on show, then the funnel
            int sa = (int) ((a - t0) / 1000), sb = (int) Math.min(seconds, (b - t0 + 999) / 1000);
            if (sa >= seconds) return;
            for (int si = segAt[sa]; si < show.size() && show.get(si).start() < sb; si++) {
                Seg s = show.get(si);
                if (s.product() == null) continue;
                int from = Math.max(s.start(), sa), to = Math.min(s.end(), sb);
                if (to <= from) continue;
                double rate = c.clicksPerMinute() * appeal.get(s.product()) * (s.kind().equals("promo") ? 1.3 : 1.0) * Math.sqrt(engagement);
                double p = 1 - Math.exp(-rate * (to - from) / 60.0);
                if (r.nextDouble() >= p) continue;
                long tc = Math.max(a, t0 + from * 1000L) + r.nextInt(Math.max(1, (to - from) * 1000));
                if (tc >= b) tc = b - 1;
                add(tc, new LiveEvent.ProductClick(tc, room, user, s.product().id()));
                funnel(r, user, s.product(), tc);
            }
        }

        void funnel(SplittableRandom r, String user, Product p, long tc) {
            long end = t0 + seconds * 1000L;
            int second = (int) ((tc - t0) / 1000);
            String kind = show.get(segAt[Math.min(second, seconds - 1)]).kind();
            CouponWindow coupon = activeCoupon(p, second);
            double prob = c.baseOrderRate() * appeal.get(p) * c.segmentOrderMultiplier().getOrDefault(kind, 1.0)
                    * (coupon != null ? c.couponUplift() : 1.0)
                    * Math.pow(p.price().doubleValue() / medianPrice.doubleValue(), -c.priceElasticity());
            prob = Math.min(0.95, prob);
            if (p.soldOut()) {
                if (r.nextDouble() < 0.4) comment(r, user, tc + 2000 + r.nextInt(10_000), Intent.ASK_STOCK, p);
                return;
            }
            boolean buys = r.nextDouble() < prob;
            if (buys ? r.nextDouble() < 0.5 : r.nextDouble() < 0.08) {
                long t = tc + 3000 + r.nextInt(17_000);
                if (t < end) add(t, new LiveEvent.AddToCart(t, room, user, p.id(), 1));
            }
            if (!buys) return;
            long to = tc + 5000 + r.nextInt(55_000);
            if (to >= end) return;
            int qty = r.nextDouble() < 0.85 ? 1 : r.nextDouble() < 0.8 ? 2 : 3;
            BigDecimal amount = p.price().multiply(BigDecimal.valueOf(qty));
            if (coupon != null && (coupon.minSpend() == null || amount.compareTo(coupon.minSpend()) >= 0)) {
                amount = amount.subtract(coupon.discount()).max(new BigDecimal("0.01"));
            }
            amount = amount.setScale(2, RoundingMode.HALF_UP);
            String id = "o" + (++orderIds);
            orderCause.put(id, new int[] {second, coupon != null ? 1 : 0});
            add(to, new LiveEvent.Order(to, room, user, id, p.id(), qty, amount));
            if (r.nextDouble() >= c.payRate()) return;
            long tp = to + 5000 + r.nextInt(85_000);
            if (tp >= end) return;
            add(tp, new LiveEvent.Pay(tp, room, user, id, amount));
            if (r.nextDouble() < 0.3) comment(r, user, tp + 3000, Intent.PRAISE, p);
            if (r.nextDouble() >= c.refundRate()) return;
            long tr = tp + 60_000 + r.nextInt(14 * 60_000);
            if (tr < end) add(tr, new LiveEvent.Refund(tr, room, user, id, amount));
        }

        CouponWindow activeCoupon(Product p, int second) {
            CouponWindow best = null;
            for (CouponWindow w : coupons) {
                if (w.covers(p, second) && (best == null || w.discount().compareTo(best.discount()) > 0)) best = w;
            }
            return best;
        }

        // ---- comments --------------------------------------------------------------------------------------------

        /** Intent weights by segment kind: what viewers ask while the host does that. */
        static final Map<String, double[]> MIX = new HashMap<>();

        static {
            //                       price disc link size var spec usage stock ship after auth rec cmp show ordr cmpl prai greet inter spam other
            MIX.put("opening",     w(4, 4, 3, 2, 1, 1, 1, 1, 3, 1, 1, 3, 1, 2, 1, 1, 3, 22, 14, 2, 8));
            MIX.put("pitch",       w(12, 6, 8, 8, 5, 7, 5, 3, 4, 3, 3, 3, 3, 6, 2, 1, 5, 4, 5, 2, 5));
            MIX.put("promo",       w(8, 14, 12, 4, 3, 2, 2, 6, 3, 2, 2, 2, 2, 2, 3, 1, 10, 3, 6, 2, 3));
            MIX.put("interaction", w(2, 4, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 1, 6, 6, 40, 2, 8));
            MIX.put("closing",     w(2, 3, 3, 1, 1, 1, 1, 2, 3, 2, 1, 1, 1, 1, 5, 2, 8, 18, 6, 2, 6));
        }

        private static double[] w(double... x) {
            return x;
        }

        void comment(SplittableRandom r, String user, long t, Intent forced) {
            comment(r, user, t, forced, null);
        }

        void comment(SplittableRandom r, String user, long t, Intent forced, Product forcedProduct) {
            long end = t0 + seconds * 1000L;
            if (t >= end) return;
            int second = (int) ((t - t0) / 1000);
            Seg s = show.get(segAt[Math.min(second, seconds - 1)]);
            Intent intent = forced;
            if (intent == null) {
                if (r.nextDouble() < c.hostileShare()) intent = Intent.SPAM;
                else {
                    intent = Intent.values()[pick(r, MIX.get(s.kind()))];
                    if (intent == Intent.SPAM && r.nextBoolean()) intent = Intent.OTHER; // hostile share is its own knob
                }
            }
            Product p = forcedProduct != null ? forcedProduct
                    : s.product() != null && r.nextDouble() < 0.8 ? s.product() : lineup.get(r.nextInt(lineup.size()));
            Product other = lineup.get(r.nextInt(lineup.size()));
            if (intent == Intent.ASK_SIZE && p.sizes().isEmpty() && r.nextDouble() < 0.7) intent = Intent.ASK_SPEC;
            String text = writer.write(intent, p, other);
            intents.merge(intent, 1, Integer::sum);
            add(t, new LiveEvent.Comment(t, room, user, text));
        }

        // ---- room-level ------------------------------------------------------------------------------------------

        void emitOnline() {
            int present = 0;
            int[] at = new int[seconds];
            for (int s = 0; s < seconds; s++) {
                present += presence[s];
                at[s] = present;
            }
            for (int s = 30; s < seconds; s += 60) {
                long ts = t0 + s * 1000L;
                add(ts, new LiveEvent.Online(ts, room, null, at[s]));
            }
        }

        /** Orders beyond a product's stock fail (the platform refuses them), with their payments and refunds. */
        List<LiveEvent> applyStock(List<LiveEvent> sorted) {
            Map<String, Integer> left = new HashMap<>();
            for (Product p : lineup) if (p.stock() != null) left.put(p.id(), p.stock());
            Set<String> failed = new HashSet<>();
            List<LiveEvent> events = new ArrayList<>(out.size());
            for (LiveEvent e : sorted) {
                if (e instanceof LiveEvent.Order o && left.containsKey(o.product())) {
                    int l = left.get(o.product());
                    if (l < o.qty()) {
                        failed.add(o.orderId());
                        continue;
                    }
                    left.put(o.product(), l - o.qty());
                } else if (e instanceof LiveEvent.Pay pay && failed.contains(pay.orderId())) {
                    continue;
                } else if (e instanceof LiveEvent.Refund rf && failed.contains(rf.orderId())) {
                    continue;
                }
                events.add(e);
            }
            return events;
        }

        void add(long ts, LiveEvent e) {
            if (order == keys.length) keys = Arrays.copyOf(keys, keys.length * 2);
            keys[(int) order] = ((ts - t0) << 36) | order;
            order++;
            out.add(e);
        }

        // ---- the truth -------------------------------------------------------------------------------------------

        ObjectNode truth(List<LiveEvent> events) {
            ObjectNode root = JSON.createObjectNode();
            root.put("room", room);
            root.put("seed", c.seed());
            root.put("start", io.livecopilot.core.event.Timestamps.iso(t0));
            root.put("minutes", c.minutes());
            root.put("viewers", c.viewers());
            ObjectNode params = root.putObject("parameters");
            params.put("products", c.products());
            params.put("catalog_products", c.catalog().products().size());
            params.put("waves", c.waves());
            params.put("wave_share", c.waveShare());
            params.put("median_dwell_s", c.medianDwellSeconds());
            params.put("comments_per_min", c.commentsPerMinute());
            params.put("likes_per_min", c.likesPerMinute());
            params.put("follow_rate", c.followRate());
            params.put("share_rate", c.shareRate());
            params.put("gift_rate", c.giftRate());
            params.put("clicks_per_min", c.clicksPerMinute());
            params.put("base_order_rate", c.baseOrderRate());
            params.put("coupon_uplift", c.couponUplift());
            params.put("coupon_minutes", c.couponMinutes());
            params.put("price_elasticity", c.priceElasticity());
            params.put("appeal_spread", c.appealSpread());
            ObjectNode seg = params.putObject("segment_order_multiplier");
            c.segmentOrderMultiplier().forEach(seg::put);
            params.put("pay_rate", c.payRate());
            params.put("refund_rate", c.refundRate());
            params.put("hostile_share", c.hostileShare());
            params.put("typo_rate", c.typoRate());
            params.put("median_price", medianPrice.toPlainString());

            ArrayNode ros = root.putArray("run_of_show");
            for (Seg s : show) {
                ObjectNode o = ros.addObject().put("kind", s.kind());
                if (s.product() == null) o.putNull("product");
                else o.put("product", s.product().id());
                o.put("start_s", s.start()).put("end_s", s.end());
            }
            ArrayNode cps = root.putArray("coupons");
            for (CouponWindow w : coupons) {
                ObjectNode o = cps.addObject().put("coupon", w.name());
                if (w.product() == null) o.putNull("product");
                else o.put("product", w.product().id());
                o.put("discount", w.discount().toPlainString()).put("start_s", w.start()).put("end_s", w.end());
            }
            ArrayNode wv = root.putArray("waves");
            for (Wave w : waves) wv.addObject().put("start_s", w.start()).put("decay_s", w.decaySeconds()).put("weight", round(w.weight()));

            // realized effects, counted from the events as written
            Map<String, long[]> perProduct = new HashMap<>(); // shows, clicks, orders, paid, units, refunds
            Map<String, BigDecimal> gmv = new HashMap<>();
            Map<String, String> orderProduct = new HashMap<>();
            Map<String, Integer> orderQty = new HashMap<>();
            long[] byType = new long[io.livecopilot.core.event.EventType.values().length];
            long clicksIn = 0, ordersIn = 0, clicksOut = 0, ordersOut = 0;
            Map<String, long[]> bySegment = new HashMap<>();
            Set<String> users = new HashSet<>();
            for (LiveEvent e : events) {
                byType[e.type().ordinal()]++;
                if (e instanceof LiveEvent.Enter) users.add(e.user());
                if (e instanceof LiveEvent.ProductShow ps) perProduct.computeIfAbsent(ps.product(), k -> new long[6])[0]++;
                if (e instanceof LiveEvent.ProductClick pc) {
                    perProduct.computeIfAbsent(pc.product(), k -> new long[6])[1]++;
                    int s = second(e.ts());
                    Product p = c.catalog().byId(pc.product()).orElseThrow();
                    if (activeCoupon(p, s) != null) clicksIn++;
                    else clicksOut++;
                    bySegment.computeIfAbsent(show.get(segAt[s]).kind(), k -> new long[2])[0]++;
                }
                if (e instanceof LiveEvent.Order o) {
                    long[] x = perProduct.computeIfAbsent(o.product(), k -> new long[6]);
                    x[2]++;
                    orderProduct.put(o.orderId(), o.product());
                    orderQty.put(o.orderId(), o.qty());
                    // the order belongs to the moment of its click: the coupon and segment active then
                    int[] cause = orderCause.get(o.orderId());
                    if (cause[1] == 1) ordersIn++;
                    else ordersOut++;
                    bySegment.computeIfAbsent(show.get(segAt[cause[0]]).kind(), k -> new long[2])[1]++;
                }
                if (e instanceof LiveEvent.Pay pay) {
                    String pid = orderProduct.get(pay.orderId());
                    long[] x = perProduct.computeIfAbsent(pid, k -> new long[6]);
                    x[3]++;
                    x[4] += orderQty.get(pay.orderId());
                    gmv.merge(pid, pay.amount(), BigDecimal::add);
                }
                if (e instanceof LiveEvent.Refund rf) perProduct.computeIfAbsent(orderProduct.get(rf.orderId()), k -> new long[6])[5]++;
            }
            ArrayNode prods = root.putArray("products");
            for (Product p : lineup) {
                long[] x = perProduct.getOrDefault(p.id(), new long[6]);
                prods.addObject().put("id", p.id()).put("name", p.name()).put("price", p.price().toPlainString())
                        .put("appeal", round(appeal.get(p))).put("sold_out", p.soldOut())
                        .put("shows", x[0]).put("clicks", x[1]).put("orders", x[2]).put("paid_orders", x[3]).put("units", x[4])
                        .put("refunds", x[5]).put("gmv", gmv.getOrDefault(p.id(), BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP).toPlainString());
            }
            ObjectNode effects = root.putObject("effects");
            ObjectNode cp = effects.putObject("coupon");
            Double in = ratio(ordersIn, clicksIn), outside = ratio(ordersOut, clicksOut);
            cp.put("clicks_in_window", clicksIn).put("orders_in_window", ordersIn);
            putRatio(cp, "orders_per_click_in_window", in);
            cp.put("clicks_outside", clicksOut).put("orders_outside", ordersOut);
            putRatio(cp, "orders_per_click_outside", outside);
            putRatio(cp, "realized_uplift", in == null || outside == null || outside == 0 ? null : in / outside);
            cp.put("configured_uplift", c.couponUplift());
            ObjectNode segs = effects.putObject("segments");
            for (String k : SEGMENT_KINDS) {
                long[] x = bySegment.get(k);
                if (x == null) continue;
                ObjectNode o = segs.putObject(k).put("clicks", x[0]).put("orders", x[1]);
                putRatio(o, "orders_per_click", ratio(x[1], x[0]));
            }
            ObjectNode counts = root.putObject("counts");
            counts.put("events", events.size());
            for (io.livecopilot.core.event.EventType t : io.livecopilot.core.event.EventType.values()) counts.put(t.wire(), byType[t.ordinal()]);
            counts.put("uv", users.size());
            ObjectNode in2 = root.putObject("comment_intents");
            for (Intent i : Intent.values()) in2.put(i.wire(), intents.getOrDefault(i, 0));
            return root;
        }

        int second(long ts) {
            return (int) Math.max(0, Math.min(seconds - 1, (ts - t0) / 1000));
        }
    }

    // ---- random helpers -------------------------------------------------------------------------------------------

    static double gaussian(SplittableRandom r) {
        // Box–Muller, one value per call (deterministic, no cached spare)
        double u = 1 - r.nextDouble(), v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static int poisson(SplittableRandom r, double mean) {
        if (mean <= 0) return 0;
        if (mean > 30) return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian(r)));
        double l = Math.exp(-mean), p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    static long uniform(SplittableRandom r, long a, long b) {
        return b <= a ? a : a + r.nextLong(b - a);
    }

    static int pick(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) total += w;
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.length - 1;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    static Double ratio(long a, long b) {
        return b == 0 ? null : (double) a / b;
    }

    static void putRatio(ObjectNode o, String k, Double v) {
        if (v == null) o.putNull(k);
        else o.put(k, round(v));
    }
}
