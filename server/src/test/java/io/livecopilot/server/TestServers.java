package io.livecopilot.server;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.server.live.AssistantOperator;
import io.livecopilot.server.live.LiveParts;
import io.livecopilot.server.live.MetricsOperator;

/**
 * The server as the browser tests run it: the build's real operators ({@link ModuleParts}, {@link ModuleServices});
 * only while the build has no comment understander, the assistant part is {@link CountingParts}' test assistant.
 */
final class TestServers {
    private TestServers() {}

    static LiveCopilotServer.Builder builder(MemoryStore store) {
        ModuleParts real = new ModuleParts(store::load, () -> null);
        CountingParts fake = new CountingParts();
        LiveParts parts = new LiveParts() {
            @Override public MetricsOperator metrics(String room) { return real.metrics(room); }

            @Override public AssistantOperator assistant(String room) {
                AssistantOperator a = real.assistant(room);
                return a != null ? a : fake.assistant(room);
            }
        };
        return LiveCopilotServer.builder().store(store).parts(parts).services(new ModuleServices(store, () -> null));
    }

    static Catalog catalog(MemoryStore store) {
        return store.load();
    }
}
