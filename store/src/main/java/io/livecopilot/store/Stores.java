package io.livecopilot.store;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.config.Settings;
import io.livecopilot.core.port.Store;

/** Opens the store that the settings ask for: the embedded database in the data directory, or PostgreSQL. */
public final class Stores {
    private Stores() {}

    public static Store open(Settings settings) {
        throw LiveCopilotException.notAvailable("the store is not built yet (issue #2)");
    }
}
