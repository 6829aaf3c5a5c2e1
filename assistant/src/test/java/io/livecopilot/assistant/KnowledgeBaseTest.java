package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeBaseTest {
    private static final Catalog CATALOG = Fixtures.catalog();
    private static final KnowledgeBase KB = new KnowledgeBase(CATALOG);

    @Test
    void should_find_the_faq_answer_of_the_product_for_a_colloquial_question() {
        List<KnowledgeBase.Passage> hits = KB.search("P01", "这件外套掉毛吗", 3);
        assertThat(hits).extracting(KnowledgeBase.Passage::source).containsExactly("P01.faq[0]", "P01.selling_points[1]");
        assertThat(hits.get(0).text()).isEqualTo("羊羔绒经过锁毛处理，正常穿着不掉毛");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void should_find_nothing_for_a_word_of_no_passage_of_the_product() {
        assertThat(KB.search("P01", "掉毛", 3)).isNotEmpty();
        assertThat(KB.search("P03", "掉毛", 3)).as("the flask has no passage about shedding").isEmpty();
        assertThat(KB.search("P01", "量子纠缠", 3)).isEmpty();
        assertThat(KB.search("P99", "掉毛", 3)).isEmpty();
        assertThat(KB.search(null, "掉毛", 3)).isEmpty();
        assertThat(KB.search("P01", "  ", 3)).isEmpty();
    }

    @Test
    void should_find_nothing_when_the_question_shares_only_punctuation_with_the_passages() {
        // the analyzer turns every punctuation mark into a "," word, which most passages contain: it is no evidence
        for (String q : List.of("道理，", "有道理，对吧", "真理，！")) {
            assertThat(KB.search("P01", q, 3)).as(q).isEmpty();
        }
    }

    @Test
    void should_answer_a_flood_of_more_words_than_lucene_takes_in_one_query() {
        // every word of the catalog many times over, plus thousands of words of no passage: more than 1,024 clauses
        StringBuilder sb = new StringBuilder();
        for (var p : CATALOG.products()) {
            p.attributes().forEach((k, v) -> sb.append(k).append(v).append('，'));
            p.faq().forEach(f -> sb.append(f.q()).append(f.a()).append('。'));
            p.sellingPoints().forEach(s -> sb.append(s).append('；'));
        }
        Random r = new Random(7);
        for (int i = 0; i < 3000; i++) sb.append("w").append(r.nextInt(1_000_000)).append(' ');
        String flood = sb.toString();
        for (var p : CATALOG.products()) {
            List<KnowledgeBase.Passage> hits = KB.search(p.id(), flood, 2);
            assertThat(hits).allSatisfy(h -> assertThat(h.source()).startsWith(p.id() + "."));
        }
    }

    @Test
    void should_give_the_same_passages_from_many_threads_as_from_one() throws Exception {
        List<String> questions = new ArrayList<>();
        for (String[] row : Fixtures.rows("/factual-questions.tsv")) questions.add(row[0]);
        questions.add("面料是纯棉的吗，会不会起球？");
        questions.add("保温杯能装热水吗 多久");
        questions.add("这件外套掉毛吗");
        KnowledgeBase fresh = new KnowledgeBase(CATALOG);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int k = 0; k < 4; k++) futures.add(pool.submit(() -> all(fresh, questions)));
            String serial = all(KB, questions);
            assertThat(serial).contains("P01.faq[0]").contains("P03.");
            for (Future<String> f : futures) assertThat(f.get()).isEqualTo(serial);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_answer_the_same_when_prepared_ahead_on_other_threads() throws Exception {
        KnowledgeBase kb = new KnowledgeBase(CATALOG);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<KnowledgeBase>> prepared = new ArrayList<>();
            for (int k = 0; k < 3; k++) prepared.add(pool.submit(kb::prepare));
            for (Future<KnowledgeBase> f : prepared) assertThat(f.get()).isSameAs(kb);
        } finally {
            pool.shutdownNow();
        }
        assertThat(kb.search("P01", "这件外套掉毛吗", 3)).isEqualTo(KB.search("P01", "这件外套掉毛吗", 3));
    }

    private static String all(KnowledgeBase kb, List<String> questions) {
        StringBuilder sb = new StringBuilder();
        for (String q : questions) for (var p : CATALOG.products()) sb.append(kb.search(p.id(), q, 3)).append('\n');
        return sb.toString();
    }
}
