package io.livecopilot.script.realize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds one segment's text sentence by sentence from the phrase bank: picks a template of the slot at random, fills
 * its placeholders, sometimes adds a spoken lead-in or tail, and keeps it only when no sentence of it was said before.
 */
final class Composer {
    private static final double PREFIX = 0.5;
    private static final double SUFFIX = 0.15;
    /** Slots whose sentences may take a spoken tail ("，真的很值"): claims about the product, not logistics. */
    private static final java.util.Set<String> TAILED = java.util.Set.of("fab", "benefit", "anchor_live", "anchor_best", "anchor_save", "cta", "suit", "variant_pick", "push_price", "recap");

    private final WritingContext ctx;
    private final SplittableRandom rnd;
    private final StringBuilder text = new StringBuilder();
    private final int targetChars;
    private int chars;
    private int sentences;
    private String pending;
    private boolean compoundNext;
    private boolean noBuying;
    /** Words that sell: never said about a sold-out product. */
    private static final java.util.regex.Pattern BUYING = java.util.regex.Pattern.compile("下单|拍|冲|抢|上车|加购|付款|库存|有货|现货|包邮|发货");

    Composer(WritingContext ctx, int targetChars) {
        this.ctx = ctx;
        this.rnd = ctx.random();
        this.targetChars = targetChars;
    }

    /** From now on, no sentence that sells (for a sold-out product). */
    void noBuying() {
        this.noBuying = true;
    }

    boolean full() {
        return chars >= targetChars;
    }

    int chars() {
        return chars;
    }

    int sentences() {
        return sentences;
    }

    String text() {
        flush();
        return text.toString();
    }

    /** Asks for the next two sentences to be said as one ("…，而且…"). */
    void compound() {
        if (pending == null) compoundNext = true;
    }

    /** Says a held first half on its own. */
    void flush() {
        compoundNext = false;
        if (pending != null) {
            String p = pending;
            pending = null;
            if (ctx.ledger().take(p)) append(p);
        }
    }

    private static final String[] JOINERS = {"，", "，而且", "，另外", "，还有", "，然后", "，同时"};

    private String merge(String first, String second) {
        if (!first.endsWith("。") || second.endsWith("？")) return null;
        String joiner = JOINERS[rnd.nextInt(JOINERS.length)];
        String b = second;
        if (joiner.length() > 1 && (b.startsWith("还有") || b.startsWith("另外") || b.startsWith("而且"))) joiner = "，";
        return first.substring(0, first.length() - 1) + joiner + b;
    }

    /** Says one sentence of the slot; false when every template was unusable or already said. */
    boolean say(String slot, Map<String, String> vars) {
        List<String> ts = ctx.bank().templates(slot, ctx.style());
        if (ts.isEmpty()) return false;
        int n = ts.size();
        int start = rnd.nextInt(n);
        // two passes over the templates: decorated first (more variety), then plain
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < n; k++) {
                String t = ts.get((start + k) % n);
                String core = fill(t, vars);
                if (core == null || (noBuying && BUYING.matcher(core).find())) continue;
                for (int attempt = 0; attempt < 3; attempt++) {
                    if (pending != null) {
                        // the second half of a compound sentence: plain, joined to the held first half
                        String m = merge(pending, core);
                        if (m != null && ctx.ledger().take(m)) {
                            pending = null;
                            append(m);
                            return true;
                        }
                        break;
                    }
                    String s = pass == 0 ? decorate(core, vars, TAILED.contains(slot)) : core;
                    if (compoundNext && s.endsWith("。")) {
                        compoundNext = false;
                        pending = s;
                        return true;
                    }
                    if (ctx.ledger().take(s)) {
                        append(s);
                        return true;
                    }
                    if (pass == 1) break;
                }
            }
        }
        return false;
    }

    /** Says one sentence from the first slot that works. */
    boolean sayAny(Map<String, String> vars, String... slots) {
        for (String s : slots) if (say(s, vars)) return true;
        return false;
    }

    /** Appends a text as is (already taken in the ledger by the caller). */
    void append(String s) {
        text.append(s);
        chars += WritingContext.spokenChars(s);
        sentences++;
    }

    private String decorate(String core, Map<String, String> vars, boolean tail) {
        String s = core;
        if (rnd.nextDouble() < PREFIX && !startsWithLead(core)) {
            String p = pick("prefix", vars);
            if (p != null && !(p.contains(addrOf(p)) && containsAddr(core)) && !(noBuying && BUYING.matcher(p).find())) s = p + s;
        }
        char last = s.charAt(s.length() - 1);
        if (tail && rnd.nextDouble() < SUFFIX && (last == '。' || last == '！')) {
            String x = pick("suffix", vars);
            if (x != null && !(noBuying && BUYING.matcher(x).find())) s = s.substring(0, s.length() - 1) + x + last;
        }
        return s;
    }

    private static boolean startsWithLead(String s) {
        return s.startsWith("来") || s.startsWith("好，") || s.startsWith("{");
    }

    private boolean containsAddr(String s) {
        for (String a : ctx.bank().templates("addr", ctx.style())) if (s.contains(a)) return true;
        return false;
    }

    private String addrOf(String s) {
        for (String a : ctx.bank().templates("addr", ctx.style())) if (s.contains(a)) return a;
        return "\u0000";
    }

    private String pick(String slot, Map<String, String> vars) {
        List<String> ts = ctx.bank().templates(slot, ctx.style());
        if (ts.isEmpty()) return null;
        return fill(ts.get(rnd.nextInt(ts.size())), vars);
    }

    /** The template with its placeholders filled, or {@code null} when one has no value. */
    String fill(String template, Map<String, String> vars) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) return null;
                String key = template.substring(i + 1, end);
                String v;
                if (key.equals("addr")) {
                    List<String> as = ctx.bank().templates("addr", ctx.style());
                    v = as.isEmpty() ? "大家" : as.get(rnd.nextInt(as.size()));
                } else if (key.equals("persona")) {
                    v = ctx.persona();
                } else if (key.equals("shop")) {
                    v = ctx.shopName();
                } else {
                    v = vars.get(key);
                }
                if (v == null || v.isEmpty()) return null;
                sb.append(v);
                i = end + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** A shuffled copy. */
    <T> List<T> shuffled(List<T> in) {
        List<T> l = new ArrayList<>(in);
        for (int i = l.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            T t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
        }
        return l;
    }

    boolean coin(double p) {
        return rnd.nextDouble() < p;
    }

    <T> T any(List<T> l) {
        return l.get(rnd.nextInt(l.size()));
    }
}
