package io.livecopilot.cli;

import io.livecopilot.core.LiveCopilotException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code ask}: what the live assistant does with one comment (or each line of --file). */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "what the live assistant does with one comment (or each line of --file)")
public final class AskCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Unmatched
    java.util.List<String> unmatched;

    @Override
    public Integer call() {
        throw LiveCopilotException.notAvailable("'ask' is not built yet (issue #4)");
    }
}
