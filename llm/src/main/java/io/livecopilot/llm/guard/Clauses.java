package io.livecopilot.llm.guard;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.Shop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A text cut into sentences and clauses, each clause tied to the product it talks about: the product named in the
 * clause, else the one named earlier in the text (or given by the caller), else the one named later in the same
 * sentence, else none.
 */
public final class Clauses {
    /** One clause: its span, its sentence's span and the product it is about ({@code null} when unknown). */
    public record Clause(int start, int end, int sentenceStart, int sentenceEnd, List<Mentions.Mention> mentions, ProductFacts product) {
        /** The product of the mention nearest before {@code offset} in this clause, else the clause's product. */
        public ProductFacts productAt(int offset, Map<Product, ProductFacts> facts) {
            Mentions.Mention best = null;
            for (Mentions.Mention m : mentions) if (m.start() <= offset) best = m;
            if (best == null && !mentions.isEmpty()) best = mentions.get(0);
            return best == null ? product : facts.get(best.product());
        }
    }

    private Clauses() {}

    static boolean sentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';' || c == '\n' || c == '…' || c == '~' || c == '～';
    }

    static boolean clauseEnd(char c) {
        return sentenceEnd(c) || c == '，' || c == ',' || c == '、';
    }

    /** Cuts the normalized text and ties clauses to products. */
    public static List<Clause> of(String t, List<Mentions.Mention> mentions, ProductFacts given, Map<Product, ProductFacts> facts) {
        List<Clause> out = new ArrayList<>();
        ProductFacts carry = given;
        int sStart = 0;
        int i = 0;
        int mi = 0;
        int n = t.length();
        while (sStart < n) {
            // a caller's product is the default again in every sentence that names no other
            if (given != null) carry = given;
            int sEnd = sStart;
            while (sEnd < n && !sentenceEnd(t.charAt(sEnd))) sEnd++;
            int sentenceEnd = Math.min(n, sEnd + 1);
            // first mention of the sentence, for clauses before any mention
            ProductFacts firstInSentence = null;
            while (mi < mentions.size() && mentions.get(mi).start() < sStart) mi++;
            if (mi < mentions.size() && mentions.get(mi).start() < sentenceEnd) firstInSentence = facts.get(mentions.get(mi).product());
            int cStart = sStart;
            while (cStart < sentenceEnd) {
                int cEnd = cStart;
                while (cEnd < sentenceEnd && !clauseEnd(t.charAt(cEnd))) cEnd++;
                cEnd = Math.min(sentenceEnd, cEnd + 1);
                List<Mentions.Mention> in = new ArrayList<>(2);
                for (int k = mi; k < mentions.size() && mentions.get(k).start() < cEnd; k++) {
                    if (mentions.get(k).start() >= cStart) in.add(mentions.get(k));
                }
                ProductFacts p;
                if (!in.isEmpty()) {
                    p = facts.get(in.get(in.size() - 1).product());
                    out.add(new Clause(cStart, cEnd, sStart, sentenceEnd, in, facts.get(in.get(0).product())));
                    carry = p;
                } else {
                    p = carry != null ? carry : firstInSentence;
                    out.add(new Clause(cStart, cEnd, sStart, sentenceEnd, in, p));
                }
                cStart = cEnd;
            }
            sStart = sentenceEnd;
            i++;
        }
        return out;
    }

    /** Facts for every product of the catalog. */
    public static Map<Product, ProductFacts> factsOf(Catalog catalog) {
        Map<Product, ProductFacts> m = new java.util.IdentityHashMap<>();
        Shop shop = catalog.shop();
        for (Product p : catalog.products()) m.put(p, new ProductFacts(p, shop));
        return m;
    }
}
