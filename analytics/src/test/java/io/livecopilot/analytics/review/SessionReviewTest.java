package io.livecopilot.analytics.review;

import io.livecopilot.analytics.RoomMetrics;
import io.livecopilot.analytics.SyntheticSession;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Intent;
import io.livecopilot.core.nlu.Sentiment;
import io.livecopilot.core.nlu.Understanding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SessionReviewTest {
    /** A stand-in for the nlp module's understander: keyword rules, enough to exercise the digest. */
    static final CommentUnderstander RULES = (text, catalog, onShow) -> {
        Intent intent = text.contains("多少钱") ? Intent.ASK_PRICE : text.contains("发货") ? Intent.ASK_SHIPPING
                : text.contains("垃圾") ? Intent.COMPLAINT : Intent.OTHER;
        Sentiment s = text.contains("垃圾") ? Sentiment.NEGATIVE : text.contains("好") ? Sentiment.POSITIVE : Sentiment.NEUTRAL;
        return new Understanding(text, intent, 0.9, Entities.NONE, s, s == Sentiment.POSITIVE ? 0.9 : 0.2);
    };

    @Test
    @SuppressWarnings("unchecked")
    void should_review_a_simulated_session_with_every_part() {
        List<LiveEvent> ev = SyntheticSession.generate(3, 60, 40, true, true).events();
        Map<String, Object> r = SessionReview.builder().understander(RULES).build().review(ev);
        assertThat(r).containsKeys("session", "metrics", "history", "funnel", "timeline", "products", "ranking", "factors",
                "factor_model", "suggestions", "comments");
        RoomMetrics m = new RoomMetrics();
        ev.forEach(m::accept);
        assertThat(r.get("metrics")).isEqualTo(m.summary());
        assertThat((List<?>) r.get("timeline")).hasSize(61);
        List<Map<String, Object>> products = (List<Map<String, Object>>) r.get("products");
        List<BigDecimal> gmv = products.stream().map(p -> (BigDecimal) p.get("gmv")).toList();
        assertThat(gmv).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat((List<?>) r.get("suggestions")).isNotEmpty();
        Map<String, Object> comments = (Map<String, Object>) r.get("comments");
        assertThat((Map<String, Integer>) comments.get("by_intent")).containsKey("ask_price");
        assertThat((List<Map<String, Object>>) comments.get("top_questions")).first()
                .satisfies(q -> assertThat(q).containsEntry("intent", "ask_price"));
        assertThat((List<Map<String, Object>>) comments.get("hot_words")).first()
                .satisfies(w -> assertThat(w).containsEntry("word", "多少钱"));
        Map<String, Object> history = (Map<String, Object>) r.get("history");
        assertThat(history).containsEntry("sessions", 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_cite_the_coupon_with_its_time_and_density_ratio() {
        List<LiveEvent> ev = SyntheticSession.generate(4, 90, 60, false, false).events();
        Map<String, Object> r = SessionReview.builder().build().review(ev);
        List<Map<String, Object>> sugg = (List<Map<String, Object>>) r.get("suggestions");
        Map<String, Object> coupon = sugg.stream().filter(s -> s.get("kind").equals("coupon")).findFirst().orElseThrow();
        Matcher mt = Pattern.compile("^20:48 发券（C1，减20元，P\\d\\d）后 5 分钟成交密度提升 (\\d+\\.\\d) 倍（每分钟 ([\\d.]+) → ([\\d.]+) 单）").matcher((String) coupon.get("text"));
        assertThat(mt.find()).as((String) coupon.get("text")).isTrue();
        Map<String, Object> evidence = (Map<String, Object>) coupon.get("evidence");
        double ratio = (Double) evidence.get("paid_per_min_after") / (Double) evidence.get("paid_per_min_before");
        assertThat(Double.parseDouble(mt.group(1))).isCloseTo(ratio, org.assertj.core.data.Offset.offset(0.051));
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_compare_headline_metrics_with_the_median_and_p75_of_past_sessions() {
        List<Map<String, Object>> past = new ArrayList<>();
        for (int gmv : new int[]{100, 200, 300, 400}) past.add(Map.of("gmv", new BigDecimal(gmv), "uv", 10));
        Map<String, Object> h = History.compare(Map.of("gmv", new BigDecimal("350.00"), "uv", 5), past);
        Map<String, Object> g = (Map<String, Object>) ((Map<String, Object>) h.get("metrics")).get("gmv");
        assertThat(g).containsEntry("median", 250.0).containsEntry("p75", 325.0).containsEntry("level", "above_p75")
                .containsEntry("vs_median", 0.4);
        Map<String, Object> u = (Map<String, Object>) ((Map<String, Object>) h.get("metrics")).get("uv");
        assertThat(u).containsEntry("level", "below_median");
        assertThat(History.compare(Map.of(), List.of())).containsEntry("sessions", 0).containsKey("note");
    }

    @Test
    void should_render_one_offline_page_that_never_lets_a_comment_inject_markup() {
        List<LiveEvent> ev = new ArrayList<>(SyntheticSession.generate(5, 20, 30, false, false).events());
        long t = ev.get(ev.size() / 2).ts();
        String evil = "</script><script>alert(1)</script><img src=x onerror=alert(2)>发货吗";
        for (int i = 0; i < 5; i++) ev.add(new LiveEvent.Comment(t + i, SyntheticSession.ROOM, "evil" + i, evil));
        ev.add(new LiveEvent.ProductShow(t + 9, SyntheticSession.ROOM, null, "<b>P9</b>"));
        ev.sort(java.util.Comparator.comparingLong(LiveEvent::ts));
        String html = ReviewHtml.render(SessionReview.builder().understander(RULES).build().review(ev));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("echarts").contains("Content-Security-Policy")
                .contains("id=\"c-online\"").contains("id=\"c-funnel\"").contains("id=\"c-orders\"").contains("id=\"c-products\"")
                .contains("直播复盘");
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>P9</b>");
        assertThat(html).doesNotContainPattern("<script[^>]+src=").doesNotContainPattern("<link[^>]+href=");
        assertThat(html).contains("&lt;/script&gt;&lt;script&gt;alert(1)");
        // only the four script elements we wrote: ECharts, the data block, the intent names, the charts
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(4);
        assertThat(Pattern.compile("</script>").matcher(html).results().count()).isEqualTo(4);
    }

    @Test
    void should_escape_html_and_script_json() {
        assertThat(ReviewHtml.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(ReviewHtml.scriptJson(Map.of("t", "</script>\u2028"))).isEqualTo("{\"t\":\"\\u003c/script\\u003e\\u2028\"}");
    }
}
