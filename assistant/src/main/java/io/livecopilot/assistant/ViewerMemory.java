package io.livecopilot.assistant;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One viewer's short memory in a room: the product they talk about, their height and weight (slots), a question
 * waiting for a missing slot, what they clicked and bought, and when they last got a reply. Slots expire after
 * {@link #TTL_MS} of event time.
 */
final class ViewerMemory {
    static final long TTL_MS = 10 * 60_000L;

    String product;
    /** The product the viewer's last comment was about (named, or carried by a follow-up), or {@code null}: what a follow-up means. */
    String lastTopic;
    /**
     * The question the viewer's last comment about {@link #lastTopic} asked (a product question's intent), or {@code null}:
     * what a follow-up that only switches product ("那2号呢") asks again.
     */
    io.livecopilot.core.nlu.Intent lastIntent;
    Integer heightCm;
    Double weightKg;
    /** The product the viewer last named with their measures, or {@code null} when they named none. */
    String measuresProduct;
    long slotsTs;
    /**
     * The last product with a size chart by height or weight the viewer asked about, or {@code null}: what measures
     * asked later mean when the product of the comments in between (or on show) has no such chart.
     */
    String sizedProduct;
    /** The product whose size question waits for height/weight, or {@code null}. */
    String pendingSizeProduct;
    /** Products for which height/weight were already asked back once. */
    final java.util.Set<String> askedBack = new java.util.HashSet<>(2);
    final Deque<String> clicked = new ArrayDeque<>(4);
    final Deque<String> bought = new ArrayDeque<>(4);
    long lastReplyTs = Long.MIN_VALUE / 2;

    /**
     * The line of a stream of the viewer's comments ({@code ask --file}) that last told the memory something, for
     * {@link LiveAssistant#ask(UnderstoodComment, String, long)}.
     */
    long toldLine = Long.MIN_VALUE / 2;

    void touch(long ts) {
        if (ts - slotsTs > TTL_MS) forgetSlots();
        slotsTs = ts;
    }

    private void forgetSlots() {
        heightCm = null;
        weightKg = null;
        measuresProduct = null;
        pendingSizeProduct = null;
        sizedProduct = null;
        lastTopic = null;
        lastIntent = null;
        askedBack.clear();
    }

    /** Forgets what the viewer told (the product named and the slots); what they clicked and bought stays. */
    void forget() {
        forgetSlots();
        product = null;
    }

    /** What the memory holds that a later comment may use, to tell whether a comment told it something ({@link #toldSince}). */
    record Held(String product, Integer heightCm, Double weightKg, String pendingSizeProduct, String sizedProduct) {}

    Held held() {
        return new Held(product, heightCm, weightKg, pendingSizeProduct, sizedProduct);
    }

    /**
     * Whether the comment since {@code before} told the memory something: it was about a product that a follow-up may
     * mean ({@link #lastTopic}), or it changed the product named, the height or weight, or left a product's size
     * question waiting or sized.
     */
    boolean toldSince(Held before) {
        return lastTopic != null || !java.util.Objects.equals(product, before.product())
                || !java.util.Objects.equals(heightCm, before.heightCm()) || !java.util.Objects.equals(weightKg, before.weightKg())
                || pendingSizeProduct != null && !pendingSizeProduct.equals(before.pendingSizeProduct())
                || sizedProduct != null && !sizedProduct.equals(before.sizedProduct());
    }

    /**
     * Remembers the height and/or weight a comment states, naming {@code product} (or none). One measure stated for
     * another product than the remembered ones ("儿子22公斤 儿童羽绒服什么码" after the viewer's own height for a shirt)
     * may be another person's: the other remembered measure is forgotten rather than combined with it.
     */
    void measured(Integer height, Double weight, String product) {
        boolean one = height == null || weight == null;
        if (one && product != null && measuresProduct != null && !product.equals(measuresProduct)) {
            heightCm = null;
            weightKg = null;
        }
        if (height != null) heightCm = height;
        if (weight != null) weightKg = weight;
        if (product != null) measuresProduct = product;
    }

    void clicked(String p) {
        remember(clicked, p);
    }

    void bought(String p) {
        remember(bought, p);
    }

    private static void remember(Deque<String> d, String p) {
        if (p == null) return;
        d.remove(p);
        d.addFirst(p);
        while (d.size() > 5) d.removeLast();
    }

    /** The memories of a room's viewers, the least recently seen dropped past {@code max}, so memory stays bounded. */
    static final class Table extends LinkedHashMap<String, ViewerMemory> {
        private final int max;

        Table(int max) {
            super(4096, 0.75f, true); // sized for a few thousand viewers: see RoomMetrics.viewers
            this.max = max;
        }

        ViewerMemory of(String user) {
            return computeIfAbsent(user == null ? "" : user, u -> new ViewerMemory());
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ViewerMemory> eldest) {
            return size() > max;
        }
    }
}
