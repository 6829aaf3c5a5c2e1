package io.livecopilot.nlp.classify;

import java.util.List;

/**
 * The examples read from one data file, with the rows that were rejected and a SHA-256 of the file's bytes.
 *
 * @param source a name for messages (the file name)
 */
public record Dataset(String source, List<Example> examples, List<Rejection> rejected, String sha256) {
    public Dataset {
        examples = List.copyOf(examples);
        rejected = List.copyOf(rejected);
    }

    /** The distinct labels in order of first appearance. */
    public List<String> labels() {
        java.util.LinkedHashSet<String> s = new java.util.LinkedHashSet<>();
        for (Example e : examples) s.add(e.label());
        return List.copyOf(s);
    }
}
