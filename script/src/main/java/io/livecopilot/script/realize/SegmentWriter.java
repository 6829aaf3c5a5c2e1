package io.livecopilot.script.realize;

import io.livecopilot.script.PlannedSegment;

import java.util.List;

/** A writer of run-of-show segments: turns one planned segment into the words the host says. */
public interface SegmentWriter {
    /** A short name recorded as each segment's source ("builtin", "llm:…"). */
    String id();

    /** Writes the planned segment; every sentence it returns has been taken in the context's ledger. */
    Written write(PlannedSegment segment, WritingContext ctx);

    /** A written segment: its text, its stage cues and the writer that produced it. */
    record Written(String text, List<String> cues, String source) {
        public Written {
            cues = cues == null ? List.of() : List.copyOf(cues);
        }
    }
}
