package io.livecopilot.analytics;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.Money;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.event.LiveEvents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live metrics of one room (spec/metrics.md), updated event by event: the same object serves replay and live.
 *
 * <p>Feed the room's events in time order to {@link #accept}; read {@link #summary()}, {@link #timeline()} and
 * {@link #products()} at any moment. Time comes only from the events: the session starts at the first event and ends
 * at the last one seen. The state is plain data ({@link Serializable}, no statics), so that it can be snapshotted with
 * {@link #snapshot()} and restored with {@link #restore(byte[])}, or kept as keyed state of a stream processor.
 *
 * <p>Choices where spec/metrics.md leaves room (tested, and documented in docs/analytics.md):
 * <ul>
 *   <li>Presence: a viewer is inside from an {@code enter} to the next {@code leave}. An {@code enter} while inside
 *       is a re-entry: it counts in {@code pv} but presence goes on from the first one. A {@code leave} without a
 *       prior {@code enter} (or a second one) changes nothing: its start is unknown.</li>
 *   <li>{@code peak_online} is the largest {@code online} snapshot when there are any, else the most viewers inside
 *       at once. {@code avg_online} is the number of viewers inside (from enter/leave) integrated over
 *       [first event, last event] and divided by that duration, so that avg_online × duration = total watch time =
 *       avg_watch_s × uv; only a session with snapshots and no {@code enter} at all averages the snapshots (a step
 *       function, 0 before the first). The timeline's {@code online} is the last snapshot where present.</li>
 *   <li>A {@code pay} without {@code user} is credited to the user of its {@code order} (also when the order comes
 *       later); a {@code pay} with neither counts in {@code paid_orders} and {@code gmv} but not among paying users.</li>
 *   <li>The product on show is the last {@code product_show}, or the product of the current segment; a segment
 *       without a product presents none.</li>
 *   <li>For analysis, each paid order is also credited to the minute of the click that led to it (the buyer's last
 *       click on the product within {@link #ATTRIBUTION_MS} before the order, else the order's minute):
 *       {@link MinuteRow#attributedPaidOrders()}, {@link MinuteRow#attributedGmv()}.</li>
 *   <li>{@code refund_rate} counts distinct refunded order ids; {@code orders_per_min} divides by the session's
 *       duration in minutes (last − first event).</li>
 * </ul>
 * Not thread-safe: one instance per room, fed by one thread.
 */
public final class RoomMetrics implements Serializable {
    @Serial
    private static final long serialVersionUID = 2L;
    private static final long MINUTE = 60_000L;
    /** An order is credited to the viewer's last click on its product within this time before it. */
    public static final long ATTRIBUTION_MS = 30 * 60_000L;
    private static final int ENTERED = 1, INTERACTED = 2, FOLLOWED = 4, CLICKED = 8, PAID = 16, ORDERED = 32;

    private String room;
    private long first = Long.MAX_VALUE, last = Long.MIN_VALUE, clock = Long.MIN_VALUE;
    private long events;

    private long pv, comments, likes, shares, follows, orders, paidOrders, carts, gifts;
    private int uv, interactors, followers, clickers, payers, orderers;
    private BigDecimal gmv = Money.ZERO, refundAmount = Money.ZERO, giftValue = Money.ZERO;
    private final HashSet<String> refundedOrders = new HashSet<>();

    private int inside, peakInside;
    private long sumEnterInside, insideArea, closedWatchMs;
    private boolean snapshots;
    private int snap, peakSnap;
    private long snapArea;

    private String segment, productOnShow;

    /**
     * The viewers by id: an open-addressing table ({@link ViewerTable}) rather than a {@code HashMap}, whose entry per
     * viewer was one more object to reach on every lookup (measured: the viewer lookups were the largest part of the
     * metrics, most of it memory stalls, in a replay's first seconds).
     */
    private final ViewerTable viewers = new ViewerTable();
    private final HashMap<String, OrderInfo> ordersById = new HashMap<>();
    private final HashMap<String, List<PendingPay>> pendingPays = new HashMap<>();
    private final LinkedHashMap<String, ProductAcc> products = new LinkedHashMap<>();
    private final HashMap<Long, MinuteAcc> minutes = new HashMap<>();
    private transient MinuteAcc current;

    /** Takes one event of the room into account. Events of other rooms are refused. */
    public void accept(LiveEvent e) {
        long t = LiveEvents.ts(e); // not e.ts(): an interface call per event (LiveEvents)
        String eventRoom = LiveEvents.room(e);
        if (room == null) {
            room = eventRoom;
        } else if (!room.equals(eventRoom)) {
            throw new IllegalArgumentException("RoomMetrics of room '" + room + "' got an event of room '" + eventRoom + "'");
        }
        events++;
        if (t < first) first = t;
        if (t > last) last = t;
        if (clock == Long.MIN_VALUE) clock = t;
        if (t > clock) {
            long dt = t - clock;
            insideArea += inside * dt;
            snapArea += snap * dt;
            clock = t;
        }
        MinuteAcc m = minute(t);
        switch (LiveEvents.type(e)) {
            case ENTER -> {
                LiveEvent.Enter en = (LiveEvent.Enter) e;
                pv++;
                m.enters++;
                Viewer v = viewer(en.user());
                if ((v.flags & ENTERED) == 0) {
                    v.flags |= ENTERED;
                    uv++;
                }
                if (!v.inside) {
                    v.inside = true;
                    v.enterTs = t;
                    inside++;
                    sumEnterInside += t;
                    if (inside > peakInside) peakInside = inside;
                }
            }
            case LEAVE -> {
                LiveEvent.Leave l = (LiveEvent.Leave) e;
                m.leaves++;
                Viewer v = viewers.get(l.user());
                if (v != null && v.inside) {
                    v.inside = false;
                    inside--;
                    sumEnterInside -= v.enterTs;
                    closedWatchMs += Math.max(0, t - v.enterTs);
                }
            }
            case ONLINE -> {
                LiveEvent.Online o = (LiveEvent.Online) e;
                snapshots = true;
                snap = Math.max(0, o.count());
                if (snap > peakSnap) peakSnap = snap;
            }
            case COMMENT -> {
                LiveEvent.Comment c = (LiveEvent.Comment) e;
                comments++;
                m.comments++;
                interact(c.user());
            }
            case LIKE -> {
                LiveEvent.Like l = (LiveEvent.Like) e;
                likes += l.count();
                m.likes += l.count();
                interact(l.user());
            }
            case SHARE -> {
                LiveEvent.Share s = (LiveEvent.Share) e;
                shares++;
                interact(s.user());
            }
            case FOLLOW -> {
                LiveEvent.Follow f = (LiveEvent.Follow) e;
                follows++;
                Viewer v = interact(f.user());
                if (v != null && (v.flags & FOLLOWED) == 0) {
                    v.flags |= FOLLOWED;
                    followers++;
                }
            }
            case GIFT -> {
                LiveEvent.Gift g = (LiveEvent.Gift) e;
                gifts++;
                if (g.value() != null) giftValue = giftValue.add(g.value());
            }
            case SEGMENT -> {
                LiveEvent.Segment s = (LiveEvent.Segment) e;
                segment = s.kind();
                productOnShow = s.product(); // a segment without a product presents none
                m.mark(new Marker(t, "segment", s.kind(), s.product(), null));
            }
            case PRODUCT_SHOW -> {
                LiveEvent.ProductShow ps = (LiveEvent.ProductShow) e;
                productOnShow = ps.product();
                product(ps.product()).shows++;
                m.mark(new Marker(t, "product_show", ps.product(), ps.product(), null));
            }
            case PRODUCT_CLICK -> {
                LiveEvent.ProductClick pc = (LiveEvent.ProductClick) e;
                m.clicks++;
                Viewer v = viewer(pc.user());
                if ((v.flags & CLICKED) == 0) {
                    v.flags |= CLICKED;
                    clickers++;
                }
                boolean firstOnProduct = v.click(pc.product(), t);
                ProductAcc p = product(pc.product());
                p.clicks++;
                if (firstOnProduct) p.clickUv++; // the viewer's clicks hold every product it clicked: distinct users per product
            }
            case ADD_TO_CART -> {
                LiveEvent.AddToCart a = (LiveEvent.AddToCart) e;
                carts++;
                m.carts++;
                product(a.product()).carts++;
            }
            case ORDER -> {
                LiveEvent.Order o = (LiveEvent.Order) e;
                orders++;
                m.orders++;
                Viewer buyer = viewer(o.user());
                if ((buyer.flags & ORDERED) == 0) {
                    buyer.flags |= ORDERED;
                    orderers++;
                }
                long click = o.product() == null ? Long.MIN_VALUE : buyer.lastClick(o.product());
                long cause = click != Long.MIN_VALUE && click <= t && t - click <= ATTRIBUTION_MS ? click : t;
                OrderInfo info = new OrderInfo(o.user(), o.product(), o.qty(), cause);
                ordersById.put(o.orderId(), info);
                if (o.product() != null) product(o.product()).orders++;
                List<PendingPay> pending = pendingPays.remove(o.orderId());
                if (pending != null) {
                    for (PendingPay p : pending) {
                        String payer = p.user != null ? p.user : info.user;
                        if (p.user == null) paid(payer);
                        productPaid(info, payer, p.amount);
                    }
                }
            }
            case PAY -> {
                LiveEvent.Pay p = (LiveEvent.Pay) e;
                paidOrders++;
                m.paidOrders++;
                gmv = gmv.add(p.amount());
                m.gmv = m.gmv.add(p.amount());
                OrderInfo info = ordersById.get(p.orderId());
                String payer = p.user() != null ? p.user() : info != null ? info.user : null;
                if (payer != null) paid(payer);
                if (info != null) {
                    productPaid(info, payer, p.amount());
                } else {
                    pendingPays.computeIfAbsent(p.orderId(), k -> new ArrayList<>(1)).add(new PendingPay(p.user(), p.amount()));
                }
            }
            case REFUND -> {
                LiveEvent.Refund r = (LiveEvent.Refund) e;
                refundAmount = refundAmount.add(r.amount());
                refundedOrders.add(r.orderId());
                OrderInfo info = ordersById.get(r.orderId());
                if (info != null && info.product != null) {
                    ProductAcc acc = product(info.product);
                    acc.refunds++;
                    acc.refundAmount = acc.refundAmount.add(r.amount());
                }
            }
            case COUPON -> {
                LiveEvent.Coupon c = (LiveEvent.Coupon) e;
                m.mark(new Marker(t, "coupon", c.coupon(), c.product(), c.discount()));
            }
            default -> { }
        }
        m.insideEnd = inside;
        m.snapEnd = snapshots ? snap : -1;
        m.segment = segment;
        m.product = productOnShow;
    }

    private Viewer viewer(String user) {
        return viewers.getOrAdd(user);
    }

    private Viewer interact(String user) {
        if (user == null) return null;
        Viewer v = viewer(user);
        if ((v.flags & INTERACTED) == 0) {
            v.flags |= INTERACTED;
            interactors++;
        }
        return v;
    }

    private void paid(String user) {
        if (user == null) return;
        Viewer v = viewer(user);
        if ((v.flags & PAID) == 0) {
            v.flags |= PAID;
            payers++;
        }
    }

    private void productPaid(OrderInfo info, String payer, BigDecimal amount) {
        MinuteAcc cause = minute(info.causeTs);
        cause.attributedPaid++;
        cause.attributedGmv = cause.attributedGmv.add(amount);
        if (info.product == null) return;
        ProductAcc p = product(info.product);
        p.paidOrders++;
        p.units += info.qty;
        p.gmv = p.gmv.add(amount);
        if (payer != null) p.payers.add(payer);
    }

    private ProductAcc product(String id) {
        ProductAcc p = products.get(id);
        if (p == null) {
            p = new ProductAcc();
            products.put(id, p);
        }
        return p;
    }

    private MinuteAcc minute(long t) {
        long key = Math.floorDiv(t, MINUTE);
        MinuteAcc m = current;
        if (m != null && m.key == key) return m;
        m = minutes.get(key);
        if (m == null) {
            m = new MinuteAcc(key);
            minutes.put(key, m);
        }
        current = m;
        return m;
    }

    /** The room, or {@code null} before the first event. */
    public String room() { return room; }

    /** The number of events taken. */
    public long events() { return events; }

    /** The first event's time (epoch ms); {@link Long#MAX_VALUE} before any event. */
    public long start() { return first; }

    /** The last event's time (epoch ms); {@link Long#MIN_VALUE} before any event. */
    public long end() { return last; }

    /** The number of {@code add_to_cart} events. */
    public long carts() { return carts; }

    /** The distinct users who clicked a product card. */
    public int clickers() { return clickers; }

    /** The distinct users who created an order. */
    public int orderers() { return orderers; }

    /** The distinct paying users. */
    public int payers() { return payers; }

    /**
     * The metrics of spec/metrics.md by their keys, in the spec's order, JSON-ready: counts as numbers, money as
     * {@link BigDecimal} with two decimals, rates and averages as {@link Double} or {@code null} when their
     * denominator is 0.
     */
    public Map<String, Object> summary() {
        long duration = events == 0 ? 0 : last - first;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pv", pv);
        m.put("uv", uv);
        m.put("peak_online", snapshots ? peakSnap : peakInside);
        m.put("avg_online", duration > 0 ? (double) (pv > 0 || !snapshots ? insideArea : snapArea) / duration : null);
        long watchMs = closedWatchMs + ((long) inside * last - sumEnterInside);
        m.put("avg_watch_s", uv > 0 ? watchMs / 1000.0 / uv : null);
        m.put("comments", comments);
        m.put("likes", likes);
        m.put("shares", shares);
        m.put("follows", follows);
        m.put("interaction_rate", ratio(interactors, uv));
        m.put("follow_rate", ratio(followers, uv));
        m.put("product_click_rate", ratio(clickers, uv));
        m.put("click_to_buy_rate", ratio(payers, clickers));
        m.put("buy_rate", ratio(payers, uv));
        m.put("orders", orders);
        m.put("paid_orders", paidOrders);
        m.put("gmv", cents(gmv));
        m.put("refund_amount", cents(refundAmount));
        m.put("net_gmv", cents(gmv.subtract(refundAmount)));
        m.put("gpm", pv > 0 ? divide(gmv.multiply(BigDecimal.valueOf(1000)), pv) : null);
        m.put("uv_value", uv > 0 ? divide(gmv, uv) : null);
        m.put("aov", payers > 0 ? divide(gmv, payers) : null);
        m.put("refund_rate", ratio(refundedOrders.size(), paidOrders));
        m.put("orders_per_min", duration > 0 ? paidOrders / (duration / 60_000.0) : null);
        m.put("carts", carts);
        m.put("gifts", gifts);
        m.put("gift_value", cents(giftValue));
        m.put("duration_s", duration / 1000.0);
        return m;
    }

    static Double ratio(long num, long den) {
        return den == 0 ? null : (double) num / den;
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal divide(BigDecimal v, long by) {
        return v.divide(BigDecimal.valueOf(by), 2, RoundingMode.HALF_UP);
    }

    /**
     * The per-minute timeline, one row per clock minute from the first event's minute to the last's, minutes without
     * events included (online, segment and product carried over).
     */
    public List<MinuteRow> timeline() {
        List<MinuteRow> rows = new ArrayList<>();
        if (events == 0) return rows;
        long from = Math.floorDiv(first, MINUTE), to = Math.floorDiv(last, MINUTE);
        int online = 0, snapOnline = 0;
        String seg = null, prod = null;
        for (long k = from; k <= to; k++) {
            MinuteAcc m = minutes.get(k);
            if (m == null) {
                rows.add(new MinuteRow(k * MINUTE, snapshots ? snapOnline : online, 0, 0, 0, 0, 0, 0, 0, 0, Money.ZERO, 0, Money.ZERO,
                        seg, prod, List.of()));
                continue;
            }
            online = m.insideEnd;
            if (m.snapEnd >= 0) snapOnline = m.snapEnd;
            seg = m.segment;
            prod = m.product;
            rows.add(new MinuteRow(k * MINUTE, snapshots ? snapOnline : online, m.enters, m.leaves, m.comments, m.likes,
                    m.clicks, m.carts, m.orders, m.paidOrders, cents(m.gmv), m.attributedPaid, cents(m.attributedGmv), seg, prod,
                    m.markers == null ? List.of() : m.markers));
        }
        return rows;
    }

    /** The products' rows, best GMV first (then paid orders, clicks, id). */
    public List<ProductRow> products() {
        List<ProductRow> rows = new ArrayList<>(products.size());
        for (Map.Entry<String, ProductAcc> en : products.entrySet()) {
            ProductAcc p = en.getValue();
            int clickUv = p.clickUv;
            rows.add(new ProductRow(en.getKey(), p.shows, p.clicks, clickUv, p.carts, p.orders, p.paidOrders,
                    p.payers.size(), p.units, cents(p.gmv), p.refunds, cents(p.refundAmount),
                    ratio(p.payers.size(), clickUv)));
        }
        rows.sort(Comparator.comparing(ProductRow::gmv).reversed()
                .thenComparing(Comparator.comparingInt(ProductRow::paidOrders).reversed())
                .thenComparing(Comparator.comparingInt(ProductRow::clicks).reversed())
                .thenComparing(ProductRow::product));
        return rows;
    }

    /** The state as bytes, to be restored with {@link #restore(byte[])} (checkpoints, moving a room). */
    public byte[] snapshot() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(this);
        } catch (IOException e) {
            throw LiveCopilotException.internal("cannot snapshot the metrics of room " + room, e);
        }
        return bytes.toByteArray();
    }

    /** The metrics saved by {@link #snapshot()}. */
    public static RoomMetrics restore(byte[] snapshot) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(snapshot))) {
            in.setObjectInputFilter(info -> {
                Class<?> c = info.serialClass();
                if (c == null || c.isArray() || c.isPrimitive()) return java.io.ObjectInputFilter.Status.UNDECIDED;
                String n = c.getName();
                return n.startsWith("io.livecopilot.analytics.") || n.startsWith("java.util.") || n.startsWith("java.lang.")
                        || n.startsWith("java.math.") ? java.io.ObjectInputFilter.Status.ALLOWED : java.io.ObjectInputFilter.Status.REJECTED;
            });
            return (RoomMetrics) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw LiveCopilotException.badInput("not a metrics snapshot: " + e.getMessage());
        }
    }

    private static final class Viewer implements Serializable {
        @Serial
        private static final long serialVersionUID = 2L;
        int flags;
        boolean inside;
        long enterTs;
        /** The products the viewer clicked (distinct, in first-click order) and the time of its last click on each. */
        String[] clicked;
        long[] clickTs;
        int clicks;

        /** Records a click on the product at {@code t}; true when it is the viewer's first click on that product. */
        boolean click(String product, long t) {
            int i = indexOf(product);
            if (i >= 0) {
                clickTs[i] = t;
                return false;
            }
            if (clicked == null) {
                clicked = new String[4];
                clickTs = new long[4];
            } else if (clicks == clicked.length) {
                clicked = java.util.Arrays.copyOf(clicked, clicks * 2);
                clickTs = java.util.Arrays.copyOf(clickTs, clicks * 2);
            }
            clicked[clicks] = product;
            clickTs[clicks++] = t;
            return true;
        }

        /** The time of the viewer's last click on the product, or {@code Long.MIN_VALUE} when it never clicked it. */
        long lastClick(String product) {
            int i = indexOf(product);
            return i < 0 ? Long.MIN_VALUE : clickTs[i];
        }

        private int indexOf(String product) {
            for (int i = 0; i < clicks; i++) {
                String c = clicked[i];
                if (c == product || (c != null && c.equals(product))) return i; // product ids repeat as the same String
            }
            return -1;
        }
    }

    /**
     * Viewers by id, an open-addressing table with linear probing: per slot the id's hash, the id and its viewer, side
     * by side in three arrays, so that a lookup reads two arrays and the viewer, and compares ids by reference first
     * (the reader gives the same viewer the same String). Sized for a few thousand viewers from the start; grows at
     * half full. The {@code null} id (events built without one) has its own viewer, as it had in a {@code HashMap}.
     */
    private static final class ViewerTable implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private int[] hashes = new int[8192];
        private String[] ids = new String[8192];
        private Viewer[] viewers = new Viewer[8192];
        private int size;
        private Viewer nullId;

        /** The viewer of the id, or {@code null}. */
        Viewer get(String id) {
            if (id == null) return nullId;
            int h = id.hashCode(), mask = ids.length - 1;
            for (int i = slot(h, mask); ; i = (i + 1) & mask) {
                String k = ids[i];
                if (k == null) return null;
                if (k == id || (hashes[i] == h && k.equals(id))) return viewers[i];
            }
        }

        /** The viewer of the id, added (new, empty) when there was none. */
        Viewer getOrAdd(String id) {
            if (id == null) return nullId != null ? nullId : (nullId = new Viewer());
            int h = id.hashCode(), mask = ids.length - 1;
            int i = slot(h, mask);
            for (; ; i = (i + 1) & mask) {
                String k = ids[i];
                if (k == null) break;
                if (k == id || (hashes[i] == h && k.equals(id))) return viewers[i];
            }
            Viewer v = new Viewer();
            hashes[i] = h;
            ids[i] = id;
            viewers[i] = v;
            if (++size * 2 > ids.length) grow();
            return v;
        }

        /** The slot a hash starts at: its bits mixed (ids like "u100123" differ in few of them), then the table's. */
        private static int slot(int h, int mask) {
            int x = h * 0x9E3779B9;
            return (x ^ (x >>> 15)) & mask;
        }

        private void grow() {
            int[] oh = hashes;
            String[] oi = ids;
            Viewer[] ov = viewers;
            int n = oi.length * 2, mask = n - 1;
            hashes = new int[n];
            ids = new String[n];
            viewers = new Viewer[n];
            for (int j = 0; j < oi.length; j++) {
                if (oi[j] == null) continue;
                int i = slot(oh[j], mask);
                while (ids[i] != null) i = (i + 1) & mask;
                hashes[i] = oh[j];
                ids[i] = oi[j];
                viewers[i] = ov[j];
            }
        }
    }

    /** An order: its buyer, product, quantity and the time of the click that led to it (else of the order). */
    private record OrderInfo(String user, String product, int qty, long causeTs) implements Serializable {}

    private record PendingPay(String user, BigDecimal amount) implements Serializable {}

    private static final class ProductAcc implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        int shows, clicks, carts, orders, paidOrders, refunds;
        long units;
        BigDecimal gmv = Money.ZERO, refundAmount = Money.ZERO;
        /** The distinct viewers who clicked the product (counted at each viewer's first click on it). */
        int clickUv;
        final HashSet<String> payers = new HashSet<>();
    }

    private static final class MinuteAcc implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        final long key;
        int enters, leaves, comments, clicks, carts, orders, paidOrders, insideEnd, snapEnd = -1;
        long likes;
        int attributedPaid;
        BigDecimal gmv = Money.ZERO, attributedGmv = Money.ZERO;
        String segment, product;
        List<Marker> markers;

        MinuteAcc(long key) { this.key = key; }

        void mark(Marker marker) {
            if (markers == null) markers = new ArrayList<>(2);
            markers.add(marker);
        }
    }
}
