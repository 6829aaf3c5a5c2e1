package io.livecopilot.script;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.port.ChatModel;
import io.livecopilot.llm.FactGuard;
import io.livecopilot.script.realize.ChatModelSegmentWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The script studio's draft check: a model's segment that the fact guard passes but that says what neither the
 * segment's built-in draft nor the product's facts say is replaced by the draft.
 */
class DraftCheckScriptTest {
    static final Catalog CATALOG = TestCatalogs.twelve();
    private static final String HONEST = "宝宝们，1号链接纯棉圆领T恤，直播间59元，原价99元。";

    private static ChatModel saying(String extra) {
        return saying(extra, false);
    }

    /** A model that adds {@code extra} to an honest pitch (to every segment unless {@code pitchOnly}). */
    private static ChatModel saying(String extra, boolean pitchOnly) {
        return new ChatModel() {
            @Override
            public String id() {
                return "sly";
            }

            @Override
            public ChatResponse chat(ChatRequest request) {
                String u = request.messages().get(request.messages().size() - 1).content();
                if (pitchOnly && !u.contains("\"segment\":\"pitch\"")) return new ChatResponse("家人们晚上好，欢迎来到直播间。", "sly");
                return new ChatResponse(HONEST + extra, "sly");
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Just 5 dollars here, message me now!",
            "哪天穿腻了随时寄回来，寄回去的邮费我们承担。",
            "仓库里没几件了，手慢就没了。",
            "不挑身材，胖瘦都能穿。",
            "回购的姐妹特别多，上架就被抢疯了。",
            "想要额外优惠的姐妹私信我。",
            "已经有2000多位姐妹下过单了。"})
    void should_replace_a_segment_with_an_unbacked_claim_by_its_builtin_draft(String lie) {
        // the fact guard alone lets the wording through: it is the draft check that stops it
        assertThat(new FactGuard(CATALOG).check(HONEST + lie, "P01")).as("fact guard on: " + lie).isEmpty();
        Script s = ScriptStudio.builder(CATALOG).writer(ChatModelSegmentWriter.builder(saying(lie)).build()).build()
                .generate(ScriptRequest.builder().minutes(5).products(List.of("P01")).seed(3).build());
        String key = lie.substring(0, 6);
        for (Segment x : s.segments()) {
            assertThat(x.text()).as(x.kind() + " " + x.source()).doesNotContain(key);
            assertThat(x.source()).isEqualTo("builtin(fallback)");
        }
        assertThat(s.checks().passed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "领口加固不易变形，日常通勤穿着很方便。", "支持7天无理由退换，还送运费险。"})
    void should_keep_a_pitch_that_says_only_what_the_draft_or_the_facts_say(String extra) {
        Script s = ScriptStudio.builder(CATALOG).writer(ChatModelSegmentWriter.builder(saying(extra, true)).build()).build()
                .generate(ScriptRequest.builder().minutes(5).products(List.of("P01")).seed(3).build());
        Segment pitch = s.segments().stream().filter(x -> x.kind() == SegmentKind.PITCH).findFirst().orElseThrow();
        assertThat(pitch.source()).isEqualTo("llm:sly");
        assertThat(pitch.text()).startsWith(HONEST + extra);
    }
}
