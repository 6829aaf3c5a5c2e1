package io.livecopilot.cli;

import io.livecopilot.core.LiveCopilotException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code nlu}: trains and evaluates the comment classifiers. */
@Command(name = "nlu", mixinStandardHelpOptions = true, description = "trains and evaluates the comment classifiers",
        subcommands = {NluCommand.Train.class, NluCommand.Eval.class})
public final class NluCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code nlu train}: trains an intent or sentiment classifier on your own data. */
    @Command(name = "train", mixinStandardHelpOptions = true, description = "trains an intent or sentiment classifier on your own data")
    public static final class Train implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @CommandLine.Unmatched
        java.util.List<String> unmatched;

        @Override
        public Integer call() {
            throw LiveCopilotException.notAvailable("'nlu train' is not built yet (issue #3)");
        }
    }

    /** {@code nlu eval}: evaluates a classifier (the built-in one by default). */
    @Command(name = "eval", mixinStandardHelpOptions = true, description = "evaluates a classifier (the built-in one by default)")
    public static final class Eval implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @CommandLine.Unmatched
        java.util.List<String> unmatched;

        @Override
        public Integer call() {
            throw LiveCopilotException.notAvailable("'nlu eval' is not built yet (issue #3)");
        }
    }
}
