package io.livecopilot.cli;

import io.livecopilot.core.LiveCopilotException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code demo}: starts the server on the embedded default with a demo catalog and a simulated live session. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "starts the server on the embedded default with a demo catalog and a simulated live session")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Unmatched
    java.util.List<String> unmatched;

    @Override
    public Integer call() {
        throw LiveCopilotException.notAvailable("'demo' is not built yet (issue #7)");
    }
}
