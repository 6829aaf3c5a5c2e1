package io.livecopilot.cli;

import io.livecopilot.core.LiveCopilotException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code script}: writes and checks live-session scripts. */
@Command(name = "script", mixinStandardHelpOptions = true, description = "writes and checks live-session scripts",
        subcommands = {ScriptCommand.Generate.class, ScriptCommand.Check.class, ScriptCommand.Learn.class})
public final class ScriptCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code script generate}: writes a live-session script for the given products. */
    @Command(name = "generate", mixinStandardHelpOptions = true, description = "writes a live-session script for the given products")
    public static final class Generate implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @CommandLine.Unmatched
        java.util.List<String> unmatched;

        @Override
        public Integer call() {
            throw LiveCopilotException.notAvailable("'script generate' is not built yet (issue #5)");
        }
    }

    /** {@code script check}: checks a script for banned ad words and claims that contradict the catalog. */
    @Command(name = "check", mixinStandardHelpOptions = true, description = "checks a script for banned ad words and claims that contradict the catalog")
    public static final class Check implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @CommandLine.Unmatched
        java.util.List<String> unmatched;

        @Override
        public Integer call() {
            throw LiveCopilotException.notAvailable("'script check' is not built yet (issue #5)");
        }
    }

    /** {@code script learn}: learns phrasing from past scripts or transcripts in a directory. */
    @Command(name = "learn", mixinStandardHelpOptions = true, description = "learns phrasing from past scripts or transcripts in a directory")
    public static final class Learn implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @CommandLine.Unmatched
        java.util.List<String> unmatched;

        @Override
        public Integer call() {
            throw LiveCopilotException.notAvailable("'script learn' is not built yet (issue #5)");
        }
    }
}
