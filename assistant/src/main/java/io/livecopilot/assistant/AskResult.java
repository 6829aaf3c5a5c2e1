package io.livecopilot.assistant;

import java.util.List;
import java.util.Map;

/**
 * What the assistant makes of one comment, as {@code ask --json} prints it: the understanding, the reply (or
 * {@code null}), the facts it stands on, the recommended products and what it decided to do.
 */
public record AskResult(String intent, double confidence, Map<String, Object> entities, String sentiment, String reply,
                        List<String> sources, List<String> recommend, Decision decision) {
    public AskResult {
        entities = entities == null ? Map.of() : entities;
        sources = sources == null ? List.of() : List.copyOf(sources);
        recommend = recommend == null ? List.of() : List.copyOf(recommend);
    }
}
