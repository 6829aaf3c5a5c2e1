package io.livecopilot.script;

import java.util.List;
import java.util.Map;

/** A run of show: the planned segments in order and the role of each product (by id). */
public record Plan(List<PlannedSegment> segments, Map<String, ProductRole> roles, ScriptRequest request) {
    public Plan {
        segments = List.copyOf(segments);
        roles = Map.copyOf(roles);
    }

    public int plannedSeconds() {
        int s = 0;
        for (PlannedSegment p : segments) s += p.seconds();
        return s;
    }
}
