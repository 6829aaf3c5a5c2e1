package io.livecopilot.server.live;

import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.pipeline.RoomOperator;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A {@link LiveRoom} as a stage of the core {@link io.livecopilot.core.pipeline.RoomPipeline}: so that {@code replay}
 * runs exactly the server's live path (metrics, assistant, top questions), only faster than wall-clock time.
 */
public final class LiveRoomOperator implements RoomOperator {
    /** How many aggregated questions the summary lists. */
    public static final int TOP_QUESTIONS = 10;

    private final LiveRoom room;

    public LiveRoomOperator(LiveRoom room) {
        this.room = room;
    }

    public LiveRoom room() {
        return room;
    }

    @Override
    public void accept(LiveEvent event, Consumer<Object> out) {
        List<Reply> replies = room.onEvent(event);
        // most events have none; by index: an iterator per event was the replay's largest allocation (escape analysis
        // does not remove it here, the lists being of several classes)
        for (int i = 0, n = replies.size(); i < n; i++) {
            Reply r = replies.get(i);
            if (r.reply() != null) out.accept(r.toMap(room.room()));
        }
    }

    /** The room's metrics (spec/metrics.md keys) and, under {@code top_questions}, the host's most asked questions. */
    @Override
    public void summarize(Map<String, Object> summary) {
        if (room.hasMetrics()) summary.putAll(room.metrics());
        if (room.hasAssistant()) summary.put("top_questions", room.topQuestions(TOP_QUESTIONS));
    }
}
