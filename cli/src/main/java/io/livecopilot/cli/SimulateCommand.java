package io.livecopilot.cli;

import io.livecopilot.core.LiveCopilotException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code simulate}: writes a realistic simulated live session as events. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "writes a realistic simulated live session as events")
public final class SimulateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Unmatched
    java.util.List<String> unmatched;

    @Override
    public Integer call() {
        throw LiveCopilotException.notAvailable("'simulate' is not built yet (issue #2)");
    }
}
