package io.livecopilot.script;

import io.livecopilot.core.Money;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.port.ChatModel;
import io.livecopilot.llm.OpenAiCompatibleChatModel;
import io.livecopilot.script.realize.ChatModelSegmentWriter;
import io.livecopilot.testkit.LocalOpenAiServer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The LLM path against a local OpenAI-protocol server: a lying endpoint is called, and the script still passes every check. */
class LlmScriptTest {
    static final Catalog CATALOG = TestCatalogs.twelve();
    private static final Pattern LINK = Pattern.compile("\"link_no\":(\\d+)");

    /** An endpoint that lies: wrong prices, free shipping to excluded regions, lifetime warranty, superlatives. */
    static String lie(LocalOpenAiServer.Request r) {
        String user = r.lastUser();
        Matcher m = LINK.matcher(user);
        String link = m.find() ? m.group(1) : "1";
        return "家人们，" + link + "号链接今天只要9.9元，全网最低价！新疆西藏都包邮，终身保修，质量绝对没问题。"
                + "这款真的很不错，大家可以看看详情页。喜欢的宝宝直接拍" + link + "号链接。";
    }

    private static Script generateWith(ChatModel model, int minutes) {
        ScriptStudio studio = ScriptStudio.builder(CATALOG)
                .writer(ChatModelSegmentWriter.builder(model).build()).build();
        return studio.generate(ScriptRequest.builder().minutes(minutes).seed(1).build());
    }

    @Test
    void should_call_a_lying_endpoint_and_still_pass_every_check() {
        try (LocalOpenAiServer server = LocalOpenAiServer.builder().answer(LlmScriptTest::lie).chunkChars(7).build();
             OpenAiCompatibleChatModel model = OpenAiCompatibleChatModel.builder().baseUrl(server.baseUrl()).apiKey("test")
                     .modelName("liar").timeoutMillis(5000).build()) {
            Script s = generateWith(model, 120);
            assertThat(server.calls()).isGreaterThanOrEqualTo(s.segments().size());
            assertThat(server.requests()).anyMatch(LocalOpenAiServer.Request::stream);
            // the retry names the violations to the model
            assertThat(server.requests()).anyMatch(r -> r.lastUser().contains("有以下问题"));
            assertThat(s.checks().violations()).isEmpty();
            assertThat(s.checks().repeatedSentences()).isEmpty();
            assertThat(s.totalSeconds()).isBetween(6840, 7560);
            for (Segment x : s.segments()) {
                assertThat(x.text()).doesNotContain("终身保修", "全网最低价", "新疆西藏都包邮").doesNotContainPattern("(?<![0-9.])9\\.9元");
            }
            for (Product p : CATALOG.products()) {
                Segment pitch = s.segments().stream().filter(x -> x.kind() == SegmentKind.PITCH && p.id().equals(x.productId())).findFirst().orElseThrow();
                assertThat(pitch.text()).as(p.id()).contains(p.linkNo() + "号").contains(Money.spoken(p.price()) + "元");
            }
            Segment soldOut = s.segments().stream().filter(x -> "P08".equals(x.productId())).findFirst().orElseThrow();
            assertThat(soldOut.text()).contains("售罄").doesNotContain("拍8号", "下单");
        }
    }

    @Test
    void should_keep_an_honest_models_text() {
        AtomicInteger calls = new AtomicInteger();
        ChatModel honest = new ChatModel() {
            @Override
            public String id() {
                return "honest";
            }

            @Override
            public ChatResponse chat(ChatRequest request) {
                calls.incrementAndGet();
                String u = request.messages().get(request.messages().size() - 1).content();
                if (u.contains("\"segment\":\"pitch\"")) {
                    return new ChatResponse("宝宝们，1号链接纯棉圆领T恤，直播间59元，原价99元，满99减10。领口加固不易变形，日常通勤穿着很方便。", "honest");
                }
                return new ChatResponse("欢迎来到直播间，今天给大家讲一款短袖。" + u.length() % 97 + "号选手点个关注。", "honest");
            }
        };
        ScriptStudio studio = ScriptStudio.builder(CATALOG).writer(ChatModelSegmentWriter.builder(honest).build()).build();
        Script s = studio.generate(ScriptRequest.builder().minutes(5).products(List.of("P01")).build());
        assertThat(calls.get()).isGreaterThan(0);
        Segment pitch = s.segments().stream().filter(x -> x.kind() == SegmentKind.PITCH).findFirst().orElseThrow();
        assertThat(pitch.source()).isEqualTo("llm:honest");
        assertThat(pitch.text()).startsWith("宝宝们，1号链接纯棉圆领T恤，直播间59元");
        assertThat(s.checks().violations()).isEmpty();
    }

    @Test
    void should_fall_back_to_the_builtin_writer_when_the_endpoint_fails() {
        ChatModel broken = new ChatModel() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public ChatResponse chat(ChatRequest request) {
                throw io.livecopilot.core.LiveCopilotException.unavailable("endpoint down", null);
            }
        };
        Script s = ScriptStudio.builder(CATALOG).writer(ChatModelSegmentWriter.builder(broken).build()).build()
                .generate(ScriptRequest.builder().minutes(20).build());
        assertThat(s.segments()).allMatch(x -> x.source().equals("builtin(fallback)"));
        assertThat(s.fallbackSegments()).isEqualTo(s.segments().size());
        assertThat(s.checks().passed()).isTrue();
    }
}
