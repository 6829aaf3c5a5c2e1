package io.livecopilot.cli;

import io.livecopilot.core.LiveCopilotException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code replay}: feeds recorded events through the assistant and analytics as if live. */
@Command(name = "replay", mixinStandardHelpOptions = true, description = "feeds recorded events through the assistant and analytics as if live")
public final class ReplayCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Unmatched
    java.util.List<String> unmatched;

    @Override
    public Integer call() {
        throw LiveCopilotException.notAvailable("'replay' is not built yet (issue #2)");
    }
}
