package io.livecopilot.assistant;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.llm.OpenAiCompatibleChatModel;
import io.livecopilot.llm.FallbackChatModel;
import io.livecopilot.llm.BuiltinChatModel;
import io.livecopilot.testkit.LocalOpenAiServer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveAssistantTest {
    private static final long T0 = 1_764_331_200_000L; // 2025-11-28 20:00 +08:00
    private final Catalog catalog = Fixtures.catalog();

    private LiveAssistant assistant() {
        return LiveAssistant.builder().catalog(catalog).understander(new KeywordUnderstander()).room("r1").build();
    }

    private static LiveEvent.Comment comment(long ts, String user, String text) {
        return new LiveEvent.Comment(ts, "r1", user, text);
    }

    @Test
    void should_move_a_waiting_size_question_to_the_sized_product_the_viewer_turns_to() {
        LiveAssistant a = assistant();
        a.onEvent(comment(T0, "u1", "1号什么码"));
        a.onEvent(comment(T0 + 3_000, "u1", "算了看2号"));
        List<SuggestedReply> sized = a.onEvent(comment(T0 + 6_000, "u1", "176 70kg"));
        assertThat(sized).singleElement().satisfies(r -> {
            assertThat(r.reply()).isEqualTo("2号男士冲锋衣按身高体重建议拍L码（目前已售罄，12月5日补货，到时候直播间返场）（AI回复）");
            assertThat(r.sources()).contains("P02.sizes");
        });
    }

    @Test
    void should_ask_for_height_and_weight_once_then_answer_the_size_from_the_chart() {
        LiveAssistant a = assistant();
        List<SuggestedReply> first = a.onEvent(comment(T0, "u1", "1号什么码"));
        assertThat(first).singleElement().satisfies(r -> {
            assertThat(r.reply()).isEqualTo("亲，说下身高体重，帮你选1号羊羔毛外套的码～（AI回复）");
            assertThat(r.status()).isEqualTo("auto");
        });
        List<SuggestedReply> second = a.onEvent(comment(T0 + 3_000, "u1", "160 100斤"));
        assertThat(second).singleElement().satisfies(r -> {
            assertThat(r.reply()).isEqualTo("1号羊羔毛外套按身高体重建议拍M码（AI回复）");
            assertThat(r.intent()).isEqualTo("ask_size");
            assertThat(r.sources()).containsExactly("P01.sizes");
            assertThat(r.status()).isEqualTo("auto");
        });
    }

    @Test
    void should_carry_the_size_slot_between_ask_calls() {
        LiveAssistant a = assistant();
        assertThat(a.ask("9号穿什么码", "local", null).decision()).isEqualTo(Decision.ASK_BACK);
        AskResult r = a.ask("165 115斤", "local", null);
        assertThat(r.reply()).isEqualTo("9号加绒牛仔裤按身高体重建议拍29码（AI回复）");
    }

    @Test
    void should_ask_back_only_once_and_then_show_the_chart() {
        LiveAssistant a = assistant();
        assertThat(a.ask("1号什么码", "u", null).decision()).isEqualTo(Decision.ASK_BACK);
        AskResult again = a.ask("1号什么码", "u", null);
        assertThat(again.decision()).isEqualTo(Decision.ANSWER);
        assertThat(again.reply()).startsWith("1号羊羔毛外套尺码表：S（150-157cm/40-47kg），M");
    }

    @Test
    void should_resolve_this_to_the_product_on_show() {
        LiveAssistant a = assistant();
        a.onEvent(new LiveEvent.ProductShow(T0, "r1", null, "P10"));
        List<SuggestedReply> r = a.onEvent(comment(T0 + 1000, "u1", "这个多少钱"));
        assertThat(r).singleElement().extracting(SuggestedReply::reply)
                .isEqualTo("10号空气炸锅直播价299元（原价459元），满299减50，到手249元（AI回复）");
        a.onEvent(new LiveEvent.Segment(T0 + 2000, "r1", null, "pitch", "P08", null));
        assertThat(a.productOnShow()).isEqualTo("P08");
    }

    @Test
    void should_group_a_burst_of_questions_for_the_host_with_counts() {
        LiveAssistant a = assistant();
        a.onEvent(new LiveEvent.ProductShow(T0, "r1", null, "P05"));
        String[] shipping = {"新疆包邮吗", "新疆能发吗", "发新疆吗", "新疆包邮吗？", "新疆可以发货吗"};
        String[] price = {"多少钱", "这个多少钱", "什么价格", "到手价多少"};
        String[] noise = {"主播好", "好看", "666", "哈哈哈"};
        List<SuggestedReply> replies = new ArrayList<>();
        int s = 0, p = 0;
        for (int i = 0; i < 600; i++) {
            long ts = T0 + 1000 + i * 90L; // 54 seconds
            String user, text;
            if (i % 2 == 0 && s < 300) {
                user = "ship" + s;
                text = shipping[s++ % shipping.length];
            } else if (p < 150 && i % 4 == 1) {
                user = "price" + p;
                text = price[p++ % price.length];
            } else {
                user = "noise" + i;
                text = noise[i % noise.length];
            }
            replies.addAll(a.onEvent(comment(ts, user, text)));
        }
        assertThat(s).isEqualTo(300);
        assertThat(p).isEqualTo(150);
        List<QuestionGroup> top = a.topQuestions(5);
        assertThat(top.get(0)).isEqualTo(new QuestionGroup("ask_shipping", null, 300, "新疆包邮吗"));
        assertThat(top.get(0).headline()).isEqualTo("300 人在问新疆包邮吗");
        assertThat(top.get(1).intent()).isEqualTo("ask_price");
        assertThat(top.get(1).product()).isEqualTo("P05");
        assertThat(top.get(1).count()).isEqualTo(150);
        // the same answer goes out once per window, not 300 times
        long sentShipping = replies.stream().filter(r -> r.intent().equals("ask_shipping") && r.status().equals("auto")).count();
        assertThat(sentShipping).isEqualTo(1);
        assertThat(replies.stream().filter(r -> r.status().equals("suppressed")).count()).isGreaterThan(400);
        // a minute later the window has moved on
        a.onEvent(comment(T0 + 200_000, "late", "主播好"));
        assertThat(a.topQuestions(5)).isEmpty();
    }

    @Test
    void should_drop_a_late_question_older_than_the_window_at_the_next_event_even_of_the_same_time() {
        LiveAssistant a = assistant();
        a.onEvent(comment(T0, "a", "新疆包邮吗"));
        a.onEvent(new LiveEvent.Like(T0 + 120_000, "r1", "b", 1));
        assertThat(a.topQuestions(5)).isEmpty();
        // a comment arriving late, written before the window's start: counted, then gone at the next event
        a.onEvent(comment(T0 + 10_000, "c", "新疆包邮吗"));
        assertThat(a.topQuestions(5)).extracting(QuestionGroup::count).containsExactly(1);
        a.onEvent(new LiveEvent.Like(T0 + 120_000, "r1", "d", 1));
        assertThat(a.topQuestions(5)).isEmpty();
        // likes and leaves move the window too
        a.onEvent(comment(T0 + 130_000, "e", "新疆包邮吗"));
        assertThat(a.topQuestions(5)).extracting(QuestionGroup::count).containsExactly(1);
        a.onEvent(new LiveEvent.Leave(T0 + 200_000, "r1", "f"));
        assertThat(a.topQuestions(5)).isEmpty();
    }

    @Test
    void should_put_complaints_and_order_problems_first_when_comparable() {
        LiveAssistant a = assistant();
        for (int i = 0; i < 10; i++) a.onEvent(comment(T0 + i, "a" + i, "新疆包邮吗"));
        for (int i = 0; i < 5; i++) a.onEvent(comment(T0 + 100 + i, "b" + i, "拍了怎么没显示"));
        List<QuestionGroup> top = a.topQuestions(2);
        assertThat(top).extracting(QuestionGroup::intent).containsExactly("order_issue", "ask_shipping");
        assertThat(top.get(0).count()).isEqualTo(5);
    }

    @Test
    void should_limit_replies_per_viewer_and_per_room() {
        LiveAssistant a = LiveAssistant.builder().catalog(catalog).understander(new KeywordUnderstander())
                .replyPolicy(ReplyPolicy.builder().roomRate(3, 10_000).viewerIntervalMs(5_000).build()).build();
        List<SuggestedReply> one = a.onEvent(comment(T0, "u1", "1号多少钱"));
        List<SuggestedReply> two = a.onEvent(comment(T0 + 1000, "u1", "2号多少钱"));
        assertThat(one.get(0).status()).isEqualTo("auto");
        assertThat(two.get(0).status()).isEqualTo("suppressed");
        assertThat(a.onEvent(comment(T0 + 1100, "u2", "3号多少钱")).get(0).status()).isEqualTo("auto");
        assertThat(a.onEvent(comment(T0 + 1200, "u3", "5号多少钱")).get(0).status()).isEqualTo("auto");
        assertThat(a.onEvent(comment(T0 + 1300, "u4", "7号多少钱")).get(0).status()).isEqualTo("suppressed");
        assertThat(a.onEvent(comment(T0 + 12_000, "u5", "8号多少钱")).get(0).status()).isEqualTo("auto");
    }

    @Test
    void should_hold_recommendations_for_review_and_apply_the_room_managers_decision() {
        LiveAssistant a = assistant();
        List<SuggestedReply> r = a.onEvent(comment(T0, "u1", "送女朋友买什么好"));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo("pending");
            assertThat(x.reply()).startsWith("推荐11号真丝枕套（189元），适合送女朋友");
        });
        String id = r.get(0).id();
        assertThat(a.pending()).extracting(SuggestedReply::id).containsExactly(id);
        SuggestedReply edited = a.review(id, ReviewAction.EDIT, "推荐11号真丝枕套<b>，送礼很合适").orElseThrow();
        assertThat(edited.status()).isEqualTo("edited");
        assertThat(edited.reply()).isEqualTo("推荐11号真丝枕套〈b〉，送礼很合适（AI回复）");
        assertThat(a.review(id, ReviewAction.APPROVE, null).orElseThrow().status()).isEqualTo("approved");
        assertThat(a.review("nope", ReviewAction.REJECT, null)).isEmpty();
        assertThat(a.pending()).isEmpty();
        assertThatThrownBy(() -> ReviewAction.of("delete")).isInstanceOf(LiveCopilotException.class).hasMessageContaining("\"delete\"");
    }

    @Test
    void should_recommend_within_budget_and_skip_sold_out_products() {
        LiveAssistant a = assistant();
        AskResult r = a.ask("100以内推荐一个学生用的", "u", null);
        assertThat(r.recommend()).containsExactly("P03");
        assertThat(r.reply()).startsWith("推荐3号316保温杯（89元），适合学生");
        AskResult man = a.ask("送男朋友买什么好", "u2", null);
        assertThat(man.recommend()).doesNotContain("P02"); // sold out
    }

    @Test
    void should_compare_two_products_from_catalog_facts() {
        LiveAssistant a = assistant();
        AskResult r = a.ask("1号和9号有什么区别", "u", null);
        assertThat(r.recommend()).containsExactly("P01", "P09");
        assertThat(r.reply()).contains("1号羊羔毛外套259元").contains("9号加绒牛仔裤139元");
        assertThat(r.sources()).contains("P01.price", "P09.price", "P09.attributes.面料");
    }

    @Test
    void should_throttle_welcomes_and_thanks_and_suggest_a_complement_after_an_order() {
        LiveAssistant a = assistant();
        int welcomes = 0;
        for (int i = 0; i < 100; i++) welcomes += a.onEvent(new LiveEvent.Enter(T0 + i * 300L, "r1", "v" + i, "recommend")).size();
        assertThat(welcomes).isEqualTo(2); // 30 s of entries, one welcome per 15 s
        List<SuggestedReply> order = a.onEvent(new LiveEvent.Order(T0, "r1", "v1", "o1", "P01", 1, new BigDecimal("229")));
        assertThat(order).singleElement().satisfies(r -> {
            assertThat(r.reply()).isEqualTo("感谢下单❤ 搭配9号加绒牛仔裤一起用更合适～（AI回复）".replace("9号加绒牛仔裤", r.reply().substring(8, r.reply().indexOf("一起"))));
            assertThat(r.reply()).endsWith("（AI回复）").startsWith("感谢下单❤ 搭配");
            assertThat(r.intent()).isEqualTo("order");
        });
        assertThat(a.onEvent(new LiveEvent.Follow(T0, "r1", "v2"))).hasSize(1);
        assertThat(a.onEvent(new LiveEvent.Follow(T0 + 1000, "r1", "v3"))).isEmpty();
    }

    @Test
    void should_send_to_the_host_what_a_person_must_handle() {
        LiveAssistant a = assistant();
        List<SuggestedReply> r = a.onEvent(comment(T0, "u1", "拍了怎么没显示"));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo("escalated");
            assertThat(x.intent()).isEqualTo("order_issue");
        });
        assertThat(a.onEvent(comment(T0 + 10, "u2", "加v看主页"))).isEmpty();
        assertThat(a.onEvent(comment(T0 + 20, "u3", "666"))).isEmpty();
    }

    @Test
    void should_use_the_models_wording_when_it_keeps_to_the_facts() {
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().answer(req -> {
            String sys = req.system();
            String draft = sys.substring(sys.indexOf("草稿：") + 3);
            return "亲～" + draft + "哦";
        }).build()) {
            OpenAiCompatibleChatModel remote = OpenAiCompatibleChatModel.builder().baseUrl(s.baseUrl()).modelName("kind").timeoutMillis(60_000).build(); // a loaded machine: the first call loads the HTTP client
            LiveAssistant a = LiveAssistant.builder().catalog(catalog).understander(new KeywordUnderstander())
                    .chatModel(new FallbackChatModel(remote, new BuiltinChatModel())).build();
            assertThat(a.ask("12号猫粮多少钱", "u", null).reply()).isEqualTo("亲～12号全价猫粮直播价149元（原价199元）哦（AI回复）");
            assertThat(a.ask("新疆包邮吗", "u2", null).reply()).isEqualTo("亲～抱歉，新疆不在配送范围，暂不发货哦哦（AI回复）");
            assertThat(s.calls()).isEqualTo(2);
            assertThat(s.requests().get(0).lastUser()).contains("12号猫粮多少钱");
            assertThat(a.stats().guardRejections()).isZero();
        }
    }

    @Test
    void should_cut_long_replies_at_a_clause_and_keep_the_ai_mark() {
        LiveAssistant a = LiveAssistant.builder().catalog(catalog).understander(new KeywordUnderstander())
                .replyPolicy(ReplyPolicy.builder().maxChars(30).build()).build();
        String r = a.ask("10号多少钱", "u", null).reply();
        assertThat(r).isEqualTo("10号空气炸锅直播价299元（原价459元）（AI回复）");
        assertThat(r.length()).isLessThanOrEqualTo(30);
    }

    @Test
    void should_reject_a_policy_without_ai_mark_and_an_assistant_without_catalog() {
        assertThatThrownBy(() -> ReplyPolicy.builder().aiMark(" ")).hasMessageContaining("aiMark");
        assertThatThrownBy(() -> LiveAssistant.builder().understander(new KeywordUnderstander()).build()).hasMessageContaining("catalog");
    }
}
