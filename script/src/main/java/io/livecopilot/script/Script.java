package io.livecopilot.script;

import io.livecopilot.script.check.CheckReport;
import io.livecopilot.script.quality.QualityScores;

import java.util.List;
import java.util.Map;

/**
 * A written live-session script: its timed segments, the checks and quality scores, the product roles, and how it
 * was made (style, seed, generator). Every script is marked as AI-generated ({@link #AI_NOTICE}).
 */
public record Script(List<Segment> segments, CheckReport checks, QualityScores scores, Map<String, ProductRole> roles,
                     ScriptRequest request, String generator, int llmSegments, int fallbackSegments) {
    /** The notice every exported script carries. */
    public static final String AI_NOTICE = "本脚本由AI生成（LiveCopilot），已对照商品目录和广告法用语自动检查，开播前请主播复核。";

    public Script {
        segments = List.copyOf(segments);
        roles = Map.copyOf(roles);
    }

    /** The sum of the segments' durations in seconds. */
    public int totalSeconds() {
        int s = 0;
        for (Segment x : segments) s += x.durationS();
        return s;
    }
}
