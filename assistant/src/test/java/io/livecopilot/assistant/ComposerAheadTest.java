package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Intent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** What the composer works out ahead (on the understanding threads) changes no answer. */
class ComposerAheadTest {
    private static final Catalog CATALOG = Fixtures.catalog();
    private static final KnowledgeBase KB = new KnowledgeBase(CATALOG);

    private static List<String> questions() {
        List<String> out = new ArrayList<>();
        for (String[] row : Fixtures.rows("/factual-questions.tsv")) out.add(row[0]);
        out.addAll(List.of("这件外套掉毛吗", "能机洗吗", "面料是什么", "适合敏感肌吗", "孕妇能用吗", "是正品吗 有防伪吗",
                "给男朋友买什么好", "200以内送妈妈推荐哪个", "宝宝能用的有哪些", "有没有适合学生的", ""));
        Random r = new Random(11);
        String chars = "这个那款外套面料纯棉掉毛机洗手洗保温杯不锈钢适合敏感肌孕妇宝宝老人学生男朋友妈妈送礼正品防伪授权能用吗是什么多少钱质量怎么样会起球吗颜色尺码推荐哪好买";
        for (int i = 0; i < 80; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 2 + r.nextInt(40);
            for (int k = 0; k < n; k++) sb.append(r.nextInt(9) == 0 ? "，？ 1a号".charAt(r.nextInt(6)) : chars.charAt(r.nextInt(chars.length())));
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void should_compose_the_same_answer_with_what_was_worked_out_ahead_as_without() {
        Composer c = new Composer(KB, new LiveCoupons(CATALOG));
        Entities e = new Entities(null, null, List.of(), null, null, null, null, null, null, null);
        Entities budget = new Entities(null, null, List.of(), null, null, null, null, new BigDecimal("200"), null, null);
        int prepared = 0;
        for (String q : questions()) {
            for (Intent intent : List.of(Intent.ASK_SPEC, Intent.ASK_USAGE, Intent.ASK_AUTHENTICITY, Intent.ASK_VARIANT, Intent.ASK_RECOMMEND)) {
                for (Product p : CATALOG.products()) {
                    for (Entities en : intent == Intent.ASK_RECOMMEND ? List.of(e, budget) : List.of(e)) {
                        Composer.Ahead ahead = c.ahead(intent, q, en, p);
                        if (ahead != null) prepared++;
                        ViewerMemory vm = new ViewerMemory();
                        vm.clicked.add("P02");
                        Draft plain = c.compose(new Composer.Turn(intent, q, en, p, vm, "P05", false, false));
                        Draft fast = c.compose(new Composer.Turn(intent, q, en, p, vm, "P05", false, false, ahead));
                        assertThat(fast).as("%s %s %s", intent, p.id(), q).isEqualTo(plain);
                    }
                }
            }
        }
        assertThat(prepared).isGreaterThan(500);
    }

    @Test
    void should_ignore_what_was_worked_out_ahead_for_another_product_or_question() {
        Composer c = new Composer(KB, new LiveCoupons(CATALOG));
        Entities e = Entities.NONE;
        Product coat = CATALOG.byId("P01").orElseThrow(), flask = CATALOG.byId("P03").orElseThrow();
        Composer.Ahead forCoat = c.ahead(Intent.ASK_SPEC, "会掉毛吗", e, coat);
        Draft onCoat = c.compose(new Composer.Turn(Intent.ASK_SPEC, "会掉毛吗", e, coat, new ViewerMemory(), null, false, false, forCoat));
        // the question restates a FAQ of the coat: its answer, not the selling point that shares a word
        assertThat(onCoat.text()).isEqualTo("羊羔绒经过锁毛处理，正常穿着不掉毛");
        assertThat(onCoat.sources()).containsExactly("P01.faq[0]");
        Draft onFlask = c.compose(new Composer.Turn(Intent.ASK_SPEC, "会掉毛吗", e, flask, new ViewerMemory(), null, false, false, forCoat));
        assertThat(onFlask).isEqualTo(c.compose(new Composer.Turn(Intent.ASK_SPEC, "会掉毛吗", e, flask, new ViewerMemory(), null, false, false)));
        assertThat(onFlask.sources()).doesNotContain("P01.faq[0]");
        Draft other = c.compose(new Composer.Turn(Intent.ASK_SPEC, "能机洗吗", e, coat, new ViewerMemory(), null, false, false, forCoat));
        assertThat(other.sources()).containsExactly("P01.faq[1]");
        Draft usage = c.compose(new Composer.Turn(Intent.ASK_USAGE, "会掉毛吗", e, coat, new ViewerMemory(), null, false, false, forCoat));
        assertThat(usage).isEqualTo(c.compose(new Composer.Turn(Intent.ASK_USAGE, "会掉毛吗", e, coat, new ViewerMemory(), null, false, false)));
    }

    @Test
    void should_ignore_what_was_worked_out_ahead_with_another_catalog() {
        Composer c = new Composer(KB, new LiveCoupons(CATALOG));
        Catalog other = Fixtures.catalog(); // equal content, another catalog: its own knowledge base
        Composer d = new Composer(new KnowledgeBase(other), new LiveCoupons(other));
        Product coat = CATALOG.byId("P01").orElseThrow();
        Composer.Ahead forCoat = d.ahead(Intent.ASK_SPEC, "会掉毛吗", Entities.NONE, other.byId("P01").orElseThrow());
        Composer.Ahead scores = d.ahead(Intent.ASK_RECOMMEND, "给男朋友买什么好", Entities.NONE, null);
        assertThat(c.compose(new Composer.Turn(Intent.ASK_SPEC, "会掉毛吗", Entities.NONE, coat, new ViewerMemory(), null, false, false, forCoat)))
                .isEqualTo(c.compose(new Composer.Turn(Intent.ASK_SPEC, "会掉毛吗", Entities.NONE, coat, new ViewerMemory(), null, false, false)));
        Draft recommended = c.compose(new Composer.Turn(Intent.ASK_RECOMMEND, "给男朋友买什么好", Entities.NONE, null, new ViewerMemory(), null, false, false, scores));
        assertThat(recommended).isEqualTo(c.compose(new Composer.Turn(Intent.ASK_RECOMMEND, "给男朋友买什么好", Entities.NONE, null, new ViewerMemory(), null, false, false)));
        assertThat(recommended.recommend()).allSatisfy(id -> assertThat(CATALOG.byId(id)).isPresent());
    }

    @Test
    void should_answer_a_comment_understood_ahead_as_one_understood_with_the_product_on_show_at_decision_time() {
        List<String> qs = questions();
        for (Product show : CATALOG.products().subList(0, 4)) {
            // understood ahead with another product on show: the decision understands it again, without anything ahead
            LiveAssistant moved = LiveAssistant.builder().catalog(CATALOG).knowledgeBase(KB).understander(new KeywordUnderstander()).build();
            LiveAssistant direct = LiveAssistant.builder().catalog(CATALOG).knowledgeBase(KB).understander(new KeywordUnderstander()).build();
            moved.onEvent(new LiveEvent.ProductShow(1L, "r", null, "P12"));
            direct.onEvent(new LiveEvent.ProductShow(1L, "r", null, show.id()));
            List<UnderstoodComment> ahead = new ArrayList<>();
            for (String q : qs) ahead.add(moved.understand(q, null));
            moved.onEvent(new LiveEvent.ProductShow(2L, "r", null, show.id()));
            direct.onEvent(new LiveEvent.ProductShow(2L, "r", null, show.id()));
            for (int i = 0; i < qs.size(); i++) {
                assertThat(moved.ask(ahead.get(i), "u")).as(qs.get(i)).isEqualTo(direct.ask(direct.understand(qs.get(i), null), "u"));
            }
        }
    }
}
