package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.nlp.BuiltinUnderstander;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class AskStreamTest {
    private final Catalog catalog = Fixtures.catalog();
    private final BuiltinUnderstander nlu = BuiltinUnderstander.load((java.nio.file.Path) null);

    private LiveAssistant assistant() {
        return LiveAssistant.builder().catalog(catalog).understander(nlu).room("cli").build();
    }

    /** Everything put through {@code s}, in batches of the given sizes (cycled), answers taken as a caller would. */
    private static List<AskResult> stream(AskStream s, List<String> lines, int... sizes) {
        List<AskResult> out = new ArrayList<>();
        int i = 0, k = 0;
        while (i < lines.size()) {
            int n = Math.min(sizes[k++ % sizes.length], lines.size() - i);
            s.submit(lines.subList(i, i + n));
            i += n;
            while (s.batches() > 3) out.addAll(s.next());
        }
        while (s.batches() > 0) out.addAll(s.next());
        return out;
    }

    private List<String> comments() {
        List<String> lines = new ArrayList<>();
        for (String[] r : Fixtures.rows("/factual-questions.tsv")) lines.add(r[0]);
        lines.addAll(List.of(Fixtures.resource("/attacks.txt").split("\n")));
        lines.addAll(List.of("", "   ", "啊".repeat(10_000), "<script>alert(1)</script>3号多少钱", "'; DROP TABLE products; --",
                "加V信abc123领红包", "我的电话13800138000，地址是北京市朝阳区建国路88号", "1号什么码", "160 100斤", "9号穿什么码", "165 115斤"));
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            byte[] b = new byte[random.nextInt(200)];
            random.nextBytes(b);
            lines.add(new String(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        return lines;
    }

    @Test
    void should_answer_exactly_as_asking_one_comment_after_the_other_in_input_order() {
        List<String> lines = comments();
        LiveAssistant one = assistant();
        List<AskResult> expected = new ArrayList<>();
        long line = 0;
        for (String l : lines) expected.add(one.ask(one.understand(l, null), "viewer", line++));

        List<AskResult> parallel;
        try (AskStream s = new AskStream(assistant(), "viewer", null, 3)) {
            parallel = stream(s, lines, 1, 7, 64, 2);
        }
        assertThat(parallel).containsExactlyElementsOf(expected);

        List<AskResult> inline;
        try (AskStream s = new AskStream(assistant(), "viewer", null, 1)) {
            inline = stream(s, lines, 5);
        }
        assertThat(inline).containsExactlyElementsOf(expected);
    }

    @Test
    void should_remember_the_size_question_of_a_viewer_across_batches() {
        try (AskStream s = new AskStream(assistant(), "u1", null, 2)) {
            s.submit(List.of("主播好", "1号什么码"));
            s.submit(List.of("160 100斤"));
            List<AskResult> first = s.next();
            assertThat(first.get(1).decision()).isEqualTo(Decision.ASK_BACK);
            assertThat(first.get(1).reply()).isEqualTo("亲，说下身高体重，帮你选1号羊羔毛外套的码～（AI回复）");
            AskResult second = s.next().get(0);
            assertThat(second.intent()).isEqualTo("ask_size");
            assertThat(second.reply()).isEqualTo("1号羊羔毛外套按身高体重建议拍M码（AI回复）");
            assertThat(second.sources()).containsExactly("P01.sizes");
            assertThat(s.batches()).isZero();
            assertThat(s.next()).isEmpty();
        }
    }

    @Test
    void should_carry_what_a_line_told_over_the_next_three_lines_and_no_further() {
        // 2号 named on the first line: a price question naming no product three lines after it still means it ...
        List<String> near = List.of("2号多少钱", "主播好", "哈哈", "多少钱");
        // ... four lines later (nothing told in between) it no longer does: the viewer is asked which one
        List<String> far = List.of("2号多少钱", "主播好", "哈哈", "今天好冷", "多少钱");
        try (AskStream s = new AskStream(assistant(), "cli", null, 2)) {
            List<AskResult> r = stream(s, near, 2);
            assertThat(r.get(3).reply()).startsWith("2号");
            assertThat(r.get(3).sources()).isNotEmpty().allMatch(src -> src.startsWith("P02."));
        }
        try (AskStream s = new AskStream(assistant(), "cli", null, 2)) {
            AskResult last = stream(s, far, 3).get(4);
            assertThat(last.reply()).isEqualTo("想问几号链接呀？告诉我名字或链接号帮你查～（AI回复）");
            assertThat(last.sources()).isEmpty();
        }
        assertThat(LiveAssistant.CARRY_LINES).isEqualTo(3);
    }

    @Test
    void should_follow_a_three_line_size_dialogue_whose_middle_line_tells_nothing() {
        try (AskStream s = new AskStream(assistant(), "cli", null, 2)) {
            List<AskResult> r = stream(s, List.of("今天好冷", "1号什么码", "这个有运费险吗", "我160 100斤穿几码"), 1);
            assertThat(r.get(3).intent()).isEqualTo("ask_size");
            assertThat(r.get(3).reply()).isEqualTo("1号羊羔毛外套按身高体重建议拍M码（AI回复）");
        }
    }

    @Test
    void should_understand_with_the_product_on_show_when_the_answer_is_decided() {
        LiveAssistant a = assistant();
        UnderstoodComment early = a.understand("这个多少钱", null); // nothing on show yet
        a.onEvent(new io.livecopilot.core.event.LiveEvent.ProductShow(1_764_331_200_000L, "cli", "host", "P01"));
        AskResult r = a.ask(early, "u2");
        assertThat(r).isEqualTo(assistant().ask("这个多少钱", "u2", "P01"));
        assertThat(r.sources()).isNotEmpty().allMatch(src -> src.startsWith("P01."));
    }
}
