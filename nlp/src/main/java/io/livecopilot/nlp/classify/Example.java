package io.livecopilot.nlp.classify;

import java.util.List;

/**
 * One labelled text of a training or evaluation file.
 *
 * @param text     the text as written in the file (entity annotations removed)
 * @param label    the label (an intent name, or positive/negative)
 * @param line     the 1-based line of the file it came from (0 when built in code)
 * @param entities the annotated entities of a Rasa example, in order; empty otherwise
 */
public record Example(String text, String label, int line, List<EntitySpan> entities) {
    public Example {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    public static Example of(String text, String label) {
        return new Example(text, label, 0, List.of());
    }

    /**
     * An entity annotated in a Rasa example: {@code [一米六五](height_cm)} or {@code [小白鞋](product:P07)}.
     *
     * @param value the value after the colon when given, else the annotated text
     */
    public record EntitySpan(String entity, String text, String value, int start, int end) {}
}
