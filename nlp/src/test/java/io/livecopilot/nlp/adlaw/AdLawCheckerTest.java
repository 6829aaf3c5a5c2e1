package io.livecopilot.nlp.adlaw;

import io.livecopilot.core.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AdLawCheckerTest {
    private static final AdLawChecker CHECKER = AdLawChecker.builtin();

    @Test
    void should_report_a_superlative_with_its_offset_and_a_suggestion() {
        List<Violation> vs = CHECKER.check("这款面霜是全网最便宜的，效果最好");
        assertThat(vs).extracting(Violation::text, Violation::offset, Violation::suggestion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("最便宜", 7, "很划算"), org.assertj.core.groups.Tuple.tuple("最好", 14, "很好"));
        assertThat(vs.get(0).kind()).isEqualTo("banned_word");
        assertThat(vs.get(0).detail()).contains("第九条");
    }

    @ParameterizedTest
    @ValueSource(strings = {"销量第一", "国家级品质", "顶级工艺", "100%有效", "喝了能降血压", "用完祛斑", "无效退款", "比别家便宜一半", "吊打大牌",
            "错过今天再等一年", "永久不变形", "NO.1的口碑", "吃了就能减肥", "绝对划算", "这是唯一一款"})
    void should_flag_banned_phrases(String s) {
        assertThat(CHECKER.check(s)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"第一次来直播间的宝宝点个关注", "第一时间给大家发货", "最近天气热", "最后十分钟", "面料是100%棉的", "建议最好选大一码",
            "每人最多拍两件", "这件是第一款上新的", "性价比很高", "直播间专享价"})
    void should_not_flag_everyday_wording(String s) {
        assertThat(CHECKER.check(s)).isEmpty();
    }

    @Test
    void should_not_flag_phrases_on_the_allow_list() {
        AdLawChecker c = AdLawChecker.builder().allow(List.of("顶级鹅绒被")).build();
        assertThat(c.check("这条顶级鹅绒被很暖")).isEmpty();
        assertThat(c.check("顶级面料")).hasSize(1);
    }

    @Test
    void should_rewrite_with_suggestions() {
        assertThat(CHECKER.rewrite("这是最好用的国家级面霜")).isEqualTo("这是很好用的面霜");
    }

    @Test
    void should_match_full_width_text() {
        assertThat(CHECKER.check("ＮＯ．１")).hasSize(1);
        assertThat(CHECKER.check("１００％有效")).hasSize(1);
    }

    @Test
    void should_reject_a_bad_lexicon_line_with_its_number() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AdLawLexicon.parse("absolute\t最好\t很好\nnope\t词\t", "my.tsv"))
                .hasMessageContaining("my.tsv:2").hasMessageContaining("nope");
    }

    @Test
    void should_stay_fast_and_safe_on_huge_and_random_input() {
        String big = "这款真的很不错，".repeat(20000);
        assertThat(CHECKER.check(big)).isEmpty();
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < r.nextInt(100); k++) sb.append((char) r.nextInt(0xFFFF));
            CHECKER.check(sb.toString());
        }
    }
}
