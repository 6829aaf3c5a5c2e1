package io.livecopilot.server;

import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.nlp.BuiltinUnderstander;

/** The server as the browser tests run it: the build's real operators and services, over a store in memory. */
final class TestServers {
    private static CommentUnderstander nlu;

    private TestServers() {}

    static synchronized CommentUnderstander understander() {
        if (nlu == null) nlu = BuiltinUnderstander.load((java.nio.file.Path) null);
        return nlu;
    }

    static LiveCopilotServer.Builder builder(MemoryStore store) {
        CommentUnderstander u = understander();
        ModuleParts parts = new ModuleParts(store::load, () -> u);
        return LiveCopilotServer.builder().store(store).parts(parts).services(new ModuleServices(store, () -> u, parts));
    }
}
