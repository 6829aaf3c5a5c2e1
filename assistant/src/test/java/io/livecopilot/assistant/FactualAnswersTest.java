package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.llm.FactGuard;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sixty factual questions on the 12-product test catalog, each with the facts its reply must state. */
class FactualAnswersTest {
    private final Catalog catalog = Fixtures.catalog();

    @Test
    void should_state_the_right_fact_with_its_sources_for_every_factual_question() {
        LiveAssistant a = LiveAssistant.builder().catalog(catalog).understander(new KeywordUnderstander()).build();
        List<String[]> rows = Fixtures.rows("/factual-questions.tsv");
        assertThat(rows).hasSize(60);
        List<String> failures = new ArrayList<>();
        FactGuard guard = new FactGuard(catalog);
        int i = 0;
        for (String[] r : rows) {
            String q = r[0], show = "-".equals(r[1]) ? null : r[1];
            AskResult res = a.ask(q, "viewer-" + (i++), show);
            String reply = res.reply();
            boolean ok = reply != null && !res.sources().isEmpty() && res.sources().contains(r[4]);
            if (ok) for (String must : r[2].split("\\|")) ok &= reply.contains(must);
            if (ok && !"-".equals(r[3])) for (String not : r[3].split("\\|")) ok &= !reply.contains(not);
            if (!ok) failures.add(q + " → " + reply + " " + res.sources() + " (intent " + res.intent() + ")");
            else {
                String product = r[4].startsWith("P") ? r[4].substring(0, r[4].indexOf('.')) : null;
                if (!guard.check(reply, product).isEmpty()) failures.add(q + " → " + reply + " fails FactGuard: " + guard.check(reply, product));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void should_answer_a_price_with_the_live_list_and_after_coupon_price() {
        LiveAssistant a = LiveAssistant.builder().catalog(catalog).understander(new KeywordUnderstander()).build();
        AskResult r = a.ask("1号多少钱", "u1", null);
        assertThat(r.reply()).isEqualTo("1号羊羔毛外套直播价259元（原价399元），满250减30，到手229元（AI回复）");
        assertThat(r.sources()).containsExactly("P01.price", "P01.list_price", "P01.promotions[0]");
        assertThat(r.intent()).isEqualTo("ask_price");
    }

    @Test
    void should_say_sold_out_and_the_restock_date_and_never_in_stock() {
        LiveAssistant a = LiveAssistant.builder().catalog(catalog).understander(new KeywordUnderstander()).build();
        AskResult r = a.ask("2号还有货吗", "u1", null);
        assertThat(r.reply()).isEqualTo("2号男士冲锋衣已经卖完了，目前售罄，12月5日补货，到时候直播间返场（AI回复）");
        assertThat(r.sources()).containsExactly("P02.stock", "P02.faq[0]");
    }

    @Test
    void should_ask_the_host_honestly_when_the_catalog_has_no_answer() {
        LiveAssistant a = LiveAssistant.builder().catalog(catalog).understander(new KeywordUnderstander()).build();
        AskResult r = a.ask("8号瑜伽垫防滑吗 成分是什么做的 有没有甲醛检测报告", "u1", null);
        assertThat(r.decision()).isIn(Decision.ESCALATE, Decision.ANSWER);
        AskResult unknown = a.ask("3号保温杯能放进洗碗机吗", "u2", null);
        assertThat(unknown.reply()).isEqualTo(Composer.ASK_HOST + "（AI回复）");
        assertThat(unknown.decision()).isEqualTo(Decision.ESCALATE);
        assertThat(unknown.sources()).isEmpty();
    }

    @Test
    void should_find_an_faq_answer_for_a_colloquial_question() {
        LiveAssistant a = LiveAssistant.builder().catalog(catalog).understander(new KeywordUnderstander()).build();
        AskResult r = a.ask("1号外套容易掉毛不", "u1", null);
        assertThat(r.reply()).contains("不掉毛");
        AskResult spec = a.ask("3号保温杯什么材质", "u2", null);
        assertThat(spec.reply()).contains("316不锈钢内胆");
        assertThat(spec.sources()).containsExactly("P03.attributes.材质");
    }

    @Test
    void should_use_the_product_shipping_over_the_shop_shipping() {
        LiveAssistant a = LiveAssistant.builder().catalog(catalog).understander(new KeywordUnderstander()).build();
        AskResult r = a.ask("7号发什么快递", "u1", null);
        assertThat(r.reply()).isEqualTo("发京东快递，下单后24小时内发货，可发地区包邮，新疆、西藏、青海暂不发货（AI回复）");
        assertThat(r.sources()).containsExactly("P07.shipping");
    }
}
