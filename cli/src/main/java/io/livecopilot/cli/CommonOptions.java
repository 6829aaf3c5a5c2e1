package io.livecopilot.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every verb takes: {@code --json} and {@code --data DIR}. */
public final class CommonOptions {
    @Option(names = "--json", description = "Print one JSON document on stdout and nothing else.")
    public boolean json;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: $LIVECOPILOT_HOME, else ~/.livecopilot).")
    public Path data;
}
