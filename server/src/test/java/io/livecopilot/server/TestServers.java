package io.livecopilot.server;

/** The server as the tests run it: the build's real live operators where they exist, test operators otherwise. */
final class TestServers {
    private TestServers() {}

    static LiveCopilotServer.Builder builder() {
        return LiveCopilotServer.builder().parts(new CountingParts());
    }
}
