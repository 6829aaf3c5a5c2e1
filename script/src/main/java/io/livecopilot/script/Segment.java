package io.livecopilot.script;

import java.util.List;

/**
 * One written segment of a script: kind, product, start and duration in seconds (speech at the configured rate plus
 * the stage time of its cues), the text to say, the stage cues and which generator wrote it.
 */
public record Segment(SegmentKind kind, String productId, ProductRole role, int startS, int durationS, int speechS,
                      String text, List<String> cues, String source) {
    public Segment {
        cues = cues == null ? List.of() : List.copyOf(cues);
    }

    public Segment withTiming(int start, int duration) {
        return new Segment(kind, productId, role, start, duration, speechS, text, cues, source);
    }
}
