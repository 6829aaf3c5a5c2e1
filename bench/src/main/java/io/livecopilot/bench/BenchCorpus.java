package io.livecopilot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The comments a benchmark runs on: the non-blank lines of the file named by the environment variable
 * {@code LIVECOPILOT_BENCH_CORPUS} (one comment or review per line; JMH's forks inherit it), else generated ones.
 */
final class BenchCorpus {
    static final String VARIABLE = "LIVECOPILOT_BENCH_CORPUS";

    private BenchCorpus() {
    }

    /** The corpus's lines, or {@code fallback}'s generated comments when the variable is not set. */
    static String[] lines(java.util.function.Supplier<String[]> fallback) {
        String file = System.getenv(VARIABLE);
        if (file == null || file.isBlank()) return fallback.get();
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(VARIABLE + "=" + file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
