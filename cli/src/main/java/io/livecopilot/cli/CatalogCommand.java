package io.livecopilot.cli;

import io.livecopilot.core.LiveCopilotException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code catalog}: loads products into the store and lists them. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "loads products into the store and lists them",
        subcommands = {CatalogCommand.Import.class, CatalogCommand.ListProducts.class})
public final class CatalogCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code catalog import}: loads products (CSV or JSON) into the store. */
    @Command(name = "import", mixinStandardHelpOptions = true, description = "loads products (CSV or JSON) into the store")
    public static final class Import implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @CommandLine.Unmatched
        java.util.List<String> unmatched;

        @Override
        public Integer call() {
            throw LiveCopilotException.notAvailable("'catalog import' is not built yet (issue #2)");
        }
    }

    /** {@code catalog list}: lists the products in the store. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "lists the products in the store")
    public static final class ListProducts implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @CommandLine.Unmatched
        java.util.List<String> unmatched;

        @Override
        public Integer call() {
            throw LiveCopilotException.notAvailable("'catalog list' is not built yet (issue #2)");
        }
    }
}
