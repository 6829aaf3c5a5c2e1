package io.livecopilot.cli;

import io.livecopilot.core.LiveCopilotException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code serve}: starts the server (web dashboard, REST/SSE API). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "starts the server (web dashboard, REST/SSE API)")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Unmatched
    java.util.List<String> unmatched;

    @Override
    public Integer call() {
        throw LiveCopilotException.notAvailable("'serve' is not built yet (issue #7)");
    }
}
