package io.livecopilot.cli;

import io.livecopilot.core.LiveCopilotException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code forecast}: forecasts each series in a long CSV series,timestamp,value. */
@Command(name = "forecast", mixinStandardHelpOptions = true, description = "forecasts each series in a long CSV series,timestamp,value")
public final class ForecastCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Unmatched
    java.util.List<String> unmatched;

    @Override
    public Integer call() {
        throw LiveCopilotException.notAvailable("'forecast' is not built yet (issue #6)");
    }
}
