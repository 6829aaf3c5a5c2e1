package io.livecopilot.cli;

import io.livecopilot.core.config.Settings;
import io.livecopilot.core.pipeline.EventCounters;
import io.livecopilot.core.pipeline.RoomPipeline;
import io.livecopilot.core.port.Store;
import io.livecopilot.store.Stores;

import java.util.function.Consumer;

/** Builds the pieces a verb needs from its options: settings, then the store and the models they configure. */
public final class Wiring {
    private Wiring() {}

    /** Settings for the verb: file, then environment, then the {@code --data} flag. */
    public static Settings settings(CommonOptions common) {
        return Settings.load(common == null ? null : common.data);
    }

    /** Opens the configured store; the caller closes it. */
    public static Store store(Settings settings) {
        return Stores.open(settings);
    }

    /**
     * The live pipeline that replay (and the live path) feed: one chain of per-room operators. Wiring a stage is one
     * line here, e.g. {@code .add(room -> new MetricsOperator(room))} or {@code .add(room -> new AssistantOperator(...))};
     * an operator's outputs (suggested replies) go to {@code out}, its {@code summarize} fills the replay summary
     * ({@code "top_questions"} at the top, every other key under {@code "metrics"}).
     */
    public static RoomPipeline pipeline(Consumer<Object> out) {
        return new RoomPipeline(out)
                .add(room -> new EventCounters());
    }
}
