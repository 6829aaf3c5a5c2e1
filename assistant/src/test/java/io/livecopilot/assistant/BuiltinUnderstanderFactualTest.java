package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.nlp.BuiltinUnderstander;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sixty factual questions again, understood by the real built-in NLU instead of the test double. */
class BuiltinUnderstanderFactualTest {
    @Test
    void should_answer_at_least_95_percent_of_the_factual_questions_with_the_builtin_understander() {
        Catalog catalog = Fixtures.catalog();
        LiveAssistant a = LiveAssistant.builder().catalog(catalog).understander(BuiltinUnderstander.load((java.nio.file.Path) null)).build();
        List<String> failures = new ArrayList<>();
        List<String[]> rows = Fixtures.rows("/factual-questions.tsv");
        int i = 0;
        for (String[] r : rows) {
            AskResult res = a.ask(r[0], "viewer-" + (i++), "-".equals(r[1]) ? null : r[1]);
            String reply = res.reply();
            boolean ok = reply != null && res.sources().contains(r[4]);
            if (ok) for (String must : r[2].split("\\|")) ok &= reply.contains(must);
            if (ok && !"-".equals(r[3])) for (String not : r[3].split("\\|")) ok &= !reply.contains(not);
            if (!ok) failures.add(r[0] + " → " + reply + " " + res.sources() + " (intent " + res.intent() + ", entities " + res.entities() + ")");
        }
        System.out.println("builtin NLU factual: " + (rows.size() - failures.size()) + "/" + rows.size() + " " + failures);
        assertThat(rows.size() - failures.size()).as("correct answers, failures: %s", failures).isGreaterThanOrEqualTo(57);
    }
}
