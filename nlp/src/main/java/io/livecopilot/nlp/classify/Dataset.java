package io.livecopilot.nlp.classify;

import java.util.List;

/**
 * The examples read from one data file (or several joined by {@link #concat}), with the rows that were rejected and a
 * SHA-256 of the file's bytes.
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

    /**
     * The examples of {@code parts} in order, as one data set named {@code source}; its SHA-256 is that of the parts'
     * SHA-256s joined by newlines, so a change in any part changes it. Rejections keep their line in their own file.
     */
    public static Dataset concat(String source, List<Dataset> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("concat of " + source + ": no data sets");
        List<Example> examples = new java.util.ArrayList<>();
        List<Rejection> rejected = new java.util.ArrayList<>();
        StringBuilder shas = new StringBuilder();
        for (Dataset d : parts) {
            examples.addAll(d.examples());
            rejected.addAll(d.rejected());
            shas.append(d.sha256()).append('\n');
        }
        return new Dataset(source, examples, rejected, DataReader.sha256(shas.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
