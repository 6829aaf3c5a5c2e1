package io.livecopilot.cli;

import io.livecopilot.core.ErrorKind;
import io.livecopilot.core.LiveCopilotException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code livecopilot} command: the one entry point, where every verb of spec/cli.md is registered. */
@Command(name = "livecopilot", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "LiveCopilot — an AI copilot for e-commerce live selling (电商直播带货).",
        subcommands = {
                DemoCommand.class, ServeCommand.class, CatalogCommand.class, ScriptCommand.class, AskCommand.class,
                NluCommand.class, SimulateCommand.class, ReplayCommand.class, ReportCommand.class, ForecastCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 done, 1 failed, 2 bad usage or input). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof LiveCopilotException lce) {
                cmd.getErr().println("livecopilot: " + lce.getMessage());
                return lce.kind().exitCode();
            }
            cmd.getErr().println("livecopilot: unexpected error: " + ex);
            if (System.getenv("LIVECOPILOT_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return ErrorKind.INTERNAL.exitCode();
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("livecopilot: " + ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            return ErrorKind.BAD_INPUT.exitCode();
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"livecopilot " + version()};
        }
    }

    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
