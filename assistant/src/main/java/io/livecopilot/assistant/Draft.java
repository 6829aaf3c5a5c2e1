package io.livecopilot.assistant;

import java.util.List;

/**
 * A reply composed from catalog facts before the policy: the decision, the text, the facts it uses (sources and their
 * wording for a model's prompt), the phrases any rewording must keep, and the recommended products.
 */
record Draft(Decision decision, String text, List<String> sources, List<String> facts, List<String> keyFacts,
             List<String> recommend) {
    Draft {
        sources = sources == null ? List.of() : List.copyOf(sources);
        facts = facts == null ? List.of() : List.copyOf(facts);
        keyFacts = keyFacts == null ? List.of() : List.copyOf(keyFacts);
        recommend = recommend == null ? List.of() : List.copyOf(recommend);
    }

    static final Draft IGNORE = new Draft(Decision.IGNORE, null, null, null, null, null);

    static Draft of(Decision d, String text) {
        return new Draft(d, text, null, null, null, null);
    }
}
