package io.livecopilot.script.quality;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CharNgramModelTest {
    private static final List<String> LINES = List.of("今天的直播间福利很多", "直播间的宝宝们晚上好", "今天给大家带来一款面霜", "宝宝们点点关注");

    @Test
    void should_give_probabilities_that_sum_to_one_over_the_vocabulary() {
        CharNgramModel m = CharNgramModel.train(LINES, 3, 0.75);
        Set<Character> vocab = new HashSet<>();
        for (String l : LINES) for (char c : CharNgramModel.classes(l).toCharArray()) vocab.add(c);
        vocab.add(CharNgramModel.endOfLine());
        for (String history : List.of("今天", "宝宝", "xx", "播间", "")) {
            double sum = 0;
            for (char c : vocab) sum += m.conditional(history, c);
            double unknown = m.conditional(history, '龘');
            assertThat(sum + unknown).as(history).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void should_find_natural_talk_more_likely_than_shuffled_characters() {
        FluencyModel f = FluencyModel.builtin();
        String natural = "刚进来的朋友先点个关注，我们马上开始讲今天的第一款。";
        List<Character> cs = new ArrayList<>();
        for (char c : natural.toCharArray()) cs.add(c);
        java.util.Collections.shuffle(cs, new java.util.Random(4));
        StringBuilder shuffled = new StringBuilder();
        cs.forEach(shuffled::append);
        assertThat(f.perplexity(List.of(natural))).isLessThan(f.perplexity(List.of(shuffled.toString())) / 2);
        assertThat(f.score(List.of(natural))).isGreaterThan(f.score(List.of(shuffled.toString())));
    }

    @Test
    void should_report_held_out_perplexity_of_its_own_corpus() {
        FluencyModel f = FluencyModel.builtin();
        assertThat(f.heldOutLines()).isGreaterThanOrEqualTo(10);
        assertThat(f.heldOutPerplexity()).isBetween(5.0, 400.0);
        System.out.println("fluency model: train lines " + f.trainLines() + ", held-out lines " + f.heldOutLines()
                + ", held-out perplexity " + f.heldOutPerplexity());
    }
}
