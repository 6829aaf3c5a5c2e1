package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Faq;
import io.livecopilot.core.catalog.Product;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog as a searchable knowledge base: each FAQ answer, attribute and selling point of each product is a
 * passage in an in-memory Lucene index (BM25 over the overlapping character pairs of Chinese text, Lucene's
 * {@link CJKBigramFilter}; words of letters and numbers whole), searched with the question's pairs and single characters
 * plus their colloquial synonyms, restricted to one product. Immutable after construction and safe to share between rooms.
 *
 * <p>Character pairs instead of a dictionary segmenter (smartcn): measured on {@code ask --file}, loading smartcn's
 * dictionaries and warming its segmenter up cost about a fifth of the run for the few questions that reach the index
 * (docs/askspeed.md); the factual suites answer as before.
 */
public final class KnowledgeBase {
    /** A passage found for a question: where it comes from ("P03.faq[1]") and its text. */
    public record Passage(String source, String text, float score) {}

    private static final Set<String> QUERY_STOP = Set.of("吗", "呢", "的", "了", "是", "吧", "啊", "呀", "这个", "这款",
            "那个", "什么", "怎么", "怎么样", "多少", "可以", "能", "不", "我", "你", "主播", "有没有", "没有", "一下", "请问",
            "哪个", "还", "么", "嘛", "亲", "宝宝们", "号", "链接", "这", "那", "个", "款", "会", "要", "用", "有",
            // pairs of the words above, which are no evidence of a topic either
            "有没", "是不", "能不", "这件", "那款", "号链");

    private final Catalog catalog;
    private final java.util.concurrent.ConcurrentHashMap<String, List<String>> synonymTokens = new java.util.concurrent.ConcurrentHashMap<>();
    /** Overlapping pairs of Chinese characters (a lone character alone), words of letters or digits whole. */
    private Analyzer analyzer;
    private IndexSearcher searcher;
    /** The statistics of every word of the index (and of every product id), looked up once: a query reuses them instead of seeking each word's postings again. */
    private Map<Term, TermStates> termStates;
    /** Per document, its source and the text shown, read once from the stored fields. */
    private String[] sources;
    private String[] shown;
    /** Per product, the words of its indexed passages: a query with none of them has no hit, so Lucene is not asked. */
    private Map<String, Set<String>> indexedTerms;


    /** Indexes the catalog when first searched. */
    public KnowledgeBase(Catalog catalog) {
        this.catalog = catalog;
        for (Product p : catalog.products()) {
            java.util.Set<Integer> set = new java.util.HashSet<>();
            for (Faq f : p.faq()) addBigrams(set, f.q() + " " + f.a());
            for (Map.Entry<String, String> a : p.attributes().entrySet()) addBigrams(set, a.getKey() + " " + a.getValue());
            for (String sp : p.sellingPoints()) addBigrams(set, sp);
            int[] sorted = set.stream().mapToInt(Integer::intValue).sorted().toArray();
            boolean[] groups = new boolean[Synonyms.GROUPS.size()];
            for (int g = 0; g < groups.length; g++) {
                for (String w : Synonyms.GROUPS.get(g)) for (int i = 0; i + 2 <= w.length(); i++) groups[g] |= set.contains(pair(w, i));
            }
            pairIndex.put(p.id(), new Pairs(sorted, groups));
            Product c = Recommender.complement(catalog, p);
            if (c != null) complements.put(p.id(), c);
        }
    }

    /** What goes with each product (by id), found once per catalog for every room that sells it. */
    private final Map<String, Product> complements = new java.util.HashMap<>();

    /** The product to suggest with one just bought ({@link Recommender#complement}); {@code null} when none. */
    Product complement(String productId) {
        return complements.get(productId);
    }

    private static void addBigrams(java.util.Set<Integer> set, String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i + 2 <= t.length(); i++) set.add(pair(t, i));
    }

    private static int pair(String t, int i) {
        return t.charAt(i) << 16 | t.charAt(i + 1);
    }

    /**
     * Per product, the two-character runs of its indexed passages, sorted (a question sharing none is not searched), and for each synonym group whether a word
     * of it has one of them: what {@link #mayMatch} reads (the same answers as the sets, without boxing each run).
     */
    private record Pairs(int[] sorted, boolean[] groups) {}

    private final java.util.Map<String, Pairs> pairIndex = new java.util.HashMap<>();

    /** Whether the question (with the synonyms of the words it contains) shares a two-character run with the product's passages. */
    boolean mayMatch(String productId, String question) {
        Pairs ps = pairIndex.get(productId);
        if (ps == null || ps.sorted.length == 0) return false;
        String q = question.toLowerCase(java.util.Locale.ROOT);
        int[] sorted = ps.sorted;
        for (int i = 0; i + 2 <= q.length(); i++) if (java.util.Arrays.binarySearch(sorted, pair(q, i)) >= 0) return true;
        // a group counts when the question holds one of its words and a word of it has a run of the passages (known
        // per product); a word whose first character the question lacks is not searched for (a 1,024-bit filter)
        long[] seen = null;
        boolean[] groups = ps.groups;
        for (int g = 0; g < groups.length; g++) {
            if (!groups[g]) continue;
            if (seen == null) {
                seen = new long[16];
                for (int i = 0, n = q.length(); i < n; i++) {
                    char c = q.charAt(i);
                    seen[(c & 1023) >>> 6] |= 1L << c;
                }
            }
            for (String w : Synonyms.GROUPS.get(g)) {
                if (w.isEmpty()) {
                    return true; // "".contains: every question holds it
                }
                char f = w.charAt(0);
                if ((seen[(f & 1023) >>> 6] & 1L << f) != 0 && q.contains(w)) return true;
            }
        }
        return false;
    }

    private synchronized IndexSearcher searcher() {
        if (searcher == null) build();
        return searcher;
    }

    private void build() {
        this.analyzer = bigrams();
        this.indexedTerms = new java.util.HashMap<>();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Product p : catalog.products()) {
                for (int i = 0; i < p.faq().size(); i++) {
                    Faq f = p.faq().get(i);
                    add(w, p.id(), p.id() + ".faq[" + i + "]", f.q() + " " + f.q() + " " + f.a(), f.a());
                }
                for (Map.Entry<String, String> a : p.attributes().entrySet()) {
                    add(w, p.id(), p.id() + ".attributes." + a.getKey(), a.getKey() + " " + a.getKey() + " " + a.getValue(),
                            a.getKey() + "：" + a.getValue());
                }
                for (int i = 0; i < p.sellingPoints().size(); i++) {
                    add(w, p.id(), p.id() + ".selling_points[" + i + "]", p.sellingPoints().get(i), p.sellingPoints().get(i));
                }
            }
            w.commit();
            DirectoryReader reader = DirectoryReader.open(dir);
            IndexSearcher s = new IndexSearcher(reader);
            s.setQueryCache(null); // a few hundred passages: nothing worth caching, and no usage tracking per query
            int n = reader.maxDoc();
            String[] src = new String[n], txt = new String[n], product = new String[n];
            StoredFields stored = s.storedFields();
            for (int i = 0; i < n; i++) {
                Document d = stored.document(i);
                src[i] = d.get("source");
                txt[i] = d.get("shown");
                product[i] = d.get("product");
            }
            // every word of the index: its statistics, and the products whose passages have it (read from the postings
            // rather than by analyzing the passages a second time)
            Map<Term, TermStates> states = new java.util.HashMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms words = leaf.reader().terms("text");
                if (words == null) continue;
                TermsEnum te = words.iterator();
                PostingsEnum pe = null;
                for (BytesRef b = te.next(); b != null; b = te.next()) {
                    Term term = new Term("text", BytesRef.deepCopyOf(b));
                    String word = b.utf8ToString();
                    if (!states.containsKey(term)) states.put(term, TermStates.build(s, term, true));
                    pe = te.postings(pe, PostingsEnum.NONE);
                    for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                        indexedTerms.computeIfAbsent(product[leaf.docBase + doc], k -> new java.util.HashSet<>()).add(word);
                    }
                }
            }
            for (Product p : catalog.products()) {
                Term term = new Term("product", p.id());
                states.put(term, TermStates.build(s, term, true));
            }
            this.sources = src;
            this.shown = txt;
            this.termStates = states;
            this.searcher = s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the catalog", e);
        }
    }

    private void add(IndexWriter w, String product, String source, String searchable, String shown) throws IOException {
        Document d = new Document();
        d.add(new StringField("product", product, Field.Store.YES));
        d.add(new StoredField("source", source));
        d.add(new StoredField("shown", shown));
        d.add(new TextField("text", searchable, Field.Store.NO));
        w.addDocument(d);
    }

    /**
     * Builds the index now instead of at the first search (Lucene's indexing code runs cold in a new JVM, and every
     * search waits for it); returns this knowledge base.
     * Thread-safe and idempotent, so a caller may run it on a background thread while the rest of its start-up goes on.
     */
    public KnowledgeBase prepare() {
        searcher();
        return this;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The best passages of {@code productId} for {@code question}, best first; empty when no word matches. */
    public List<Passage> search(String productId, String question, int limit) {
        if (productId == null || question == null || question.isBlank()) return List.of();
        // the product's own names say nothing of which of its passages is meant ("蚕丝被" is no question about 蚕丝)
        Product named = catalog.byId(productId).orElse(null);
        if (named != null) question = FactMatch.stripNames(named, question);
        if (question.isBlank() || !mayMatch(productId, question)) return List.of();
        IndexSearcher searcher = searcher();
        Set<String> terms = new LinkedHashSet<>();
        for (String t : tokens(question)) {
            if (noTopic(t)) continue;
            for (String s : Synonyms.of(t)) terms.addAll(s.equals(t) ? List.of(t) : synonymTokens.computeIfAbsent(s, this::tokens));
        }
        terms.removeIf(KnowledgeBase::noTopic);
        // the product's own name is in the question of every passage of it: no evidence of which passage is meant
        terms.removeAll(nameTokens.computeIfAbsent(productId, this::nameTokensOf));
        if (terms.isEmpty()) return List.of();
        Set<String> indexed = indexedTerms.getOrDefault(productId, Set.of());
        boolean any = false;
        for (String t : terms) {
            if (indexed.contains(t)) {
                any = true;
                break;
            }
        }
        if (!any) return List.of(); // the query needs one of its words in a passage of the product
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        int clauses = 0, max = IndexSearcher.getMaxClauseCount() - 1; // one clause is the product filter
        for (String t : terms) {
            // a word of no passage matches nothing and scores nothing: its clause is left out; past Lucene's limit
            // of clauses (a flood of words in one comment), the first words are kept
            Term term = new Term("text", t);
            TermStates st = termStates.get(term);
            if (st != null && clauses++ < max) should.add(new TermQuery(term, st), BooleanClause.Occur.SHOULD);
        }
        Term product = new Term("product", productId);
        TermStates ps = termStates.get(product);
        BooleanQuery q = new BooleanQuery.Builder()
                .add(ps != null ? new TermQuery(product, ps) : new TermQuery(product), BooleanClause.Occur.FILTER)
                .add(should.setMinimumNumberShouldMatch(1).build(), BooleanClause.Occur.MUST)
                .build();
        try {
            List<Passage> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, limit).scoreDocs) out.add(new Passage(sources[sd.doc], shown[sd.doc], sd.score));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per product, the words of its names and aliases as a question is read. */
    private final java.util.concurrent.ConcurrentHashMap<String, Set<String>> nameTokens = new java.util.concurrent.ConcurrentHashMap<>();

    private Set<String> nameTokensOf(String productId) {
        Set<String> out = new java.util.HashSet<>();
        catalog.byId(productId).ifPresent(p -> {
            for (String n : p.names()) if (n != null) out.addAll(tokens(n));
        });
        return out;
    }

    /** The words of {@code text} as a question is read: character pairs and single characters, words of letters or digits. */
    List<String> tokens(String text) {
        searcher();
        return analyze(text);
    }

    /** Lucene's CJK pairs analysis (as {@code CJKAnalyzer} without stop words). */
    private static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new CJKWidthFilter(source);
                result = new LowerCaseFilter(result);
                result = new CJKBigramFilter(result, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                        | CJKBigramFilter.HANGUL, false);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    private List<String> analyze(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        standalone(text, out);
        return out;
    }

    /**
     * Adds the Chinese characters of {@code text} that stand alone as a word between function characters
     * ({@link #QUERY_STOP}'s one-character words), punctuation or the ends ("洗" of "洗了一次", "辣" of "辣吗", not "洗" of
     * "洗碗机"): the one-character words of the synonym groups (钱, 洗, 退 …) are then expanded as words.
     */
    private static void standalone(String text, List<String> out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isIdeographic(c) || STOP_CHARS.indexOf(c) >= 0) continue;
            boolean before = i == 0 || !Character.isIdeographic(text.charAt(i - 1)) || STOP_CHARS.indexOf(text.charAt(i - 1)) >= 0;
            boolean after = i + 1 == n || !Character.isIdeographic(text.charAt(i + 1)) || STOP_CHARS.indexOf(text.charAt(i + 1)) >= 0;
            // a character between two others is a pair's part, found as a pair; one with a function character or an end on each side is a word
            if (before && after) {
                String w = String.valueOf(c);
                if (!out.contains(w)) out.add(w);
            }
        }
    }

    /** Whether a query word says nothing of a topic: a stop word, or a pair of one-character stop words ("不会", "这个"). */
    private static boolean noTopic(String t) {
        return QUERY_STOP.contains(t) || t.length() == 2 && STOP_CHARS.indexOf(t.charAt(0)) >= 0 && STOP_CHARS.indexOf(t.charAt(1)) >= 0;
    }

    /** The one-character function words of {@link #QUERY_STOP}. */
    private static final String STOP_CHARS = stopChars();

    private static String stopChars() {
        StringBuilder b = new StringBuilder();
        for (String w : QUERY_STOP) if (w.length() == 1 && Character.isIdeographic(w.charAt(0))) b.append(w);
        return b.toString();
    }
}
