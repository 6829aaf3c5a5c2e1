package io.livecopilot.cli;

import io.livecopilot.core.LiveCopilotException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code report}: the post-live review (复盘) of a recorded session. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "the post-live review (复盘) of a recorded session")
public final class ReportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Unmatched
    java.util.List<String> unmatched;

    @Override
    public Integer call() {
        throw LiveCopilotException.notAvailable("'report' is not built yet (issue #6)");
    }
}
