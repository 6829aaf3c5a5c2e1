package io.livecopilot.cli;

import io.livecopilot.core.config.Settings;
import io.livecopilot.core.port.Store;
import io.livecopilot.store.Stores;

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
}
