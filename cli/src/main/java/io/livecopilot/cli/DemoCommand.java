package io.livecopilot.cli;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.config.Settings;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.port.Store;
import io.livecopilot.script.Script;
import io.livecopilot.script.ScriptRequest;
import io.livecopilot.script.ScriptStudio;
import io.livecopilot.script.export.ScriptExport;
import io.livecopilot.server.ingest.OverloadedException;
import io.livecopilot.simulator.DemoCatalog;
import io.livecopilot.simulator.SimulationConfig;
import io.livecopilot.simulator.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code demo}: starts the server on the embedded defaults, imports the demo catalog, writes tonight's script when
 * the script studio is in the build, and plays a simulated live session through the server's ingest path in real
 * time (or {@code --speed} times faster); prints the URL with the token.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "starts the server on the embedded default with a demo catalog and a simulated live session")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: 7070 or $LIVECOPILOT_PORT).")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", description = "Play the session X times faster than real time (default ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--minutes", paramLabel = "M", defaultValue = "60", description = "Length of the simulated session (default ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--viewers", paramLabel = "N", defaultValue = "3000", description = "Viewers who arrive during the session (default ${DEFAULT-VALUE}).")
    int viewers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "7", description = "Random seed of the simulation (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (!(speed > 0) || speed > 10_000) throw LiveCopilotException.badInput("--speed: must be > 0 and ≤ 10000, was " + speed);
        if (minutes < 1 || minutes > 24 * 60) throw LiveCopilotException.badInput("--minutes: must be 1–1440, was " + minutes);
        Settings settings = Wiring.settings(common);
        Store store = Wiring.store(settings);
        Catalog catalog = DemoCatalog.load();
        store.catalog().upsert(catalog);

        long start = System.currentTimeMillis() / 1000 * 1000;
        String room = "demo-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(Instant.ofEpochMilli(start).atOffset(ZoneOffset.ofHours(8)));
        List<LiveEvent> events = Simulator.run(SimulationConfig.builder().room(room).start(start).minutes(minutes)
                .viewers(viewers).seed(seed).catalog(catalog).build()).events();

        String scriptNote = tonightsScript(settings, catalog, minutes);

        ServeCommand.Running r = ServeCommand.start(settings, store, port == null ? settings.port() : port, host, 1000, settings.token() == null ? "demo" : null);
        Output.line("LiveCopilot demo: " + catalog.products().size() + " products imported, room " + room + ", "
                + events.size() + " simulated events over " + minutes + " min at " + speed + "× speed");
        Output.line(scriptNote);
        Output.line(r.newToken() != null ? "open " + r.url() + "#token=" + r.newToken() : "open " + r.url() + " (token: $LIVECOPILOT_TOKEN)");
        Thread player = new Thread(() -> play(r, events, start), "demo-player");
        player.setDaemon(true);
        player.start();
        r.awaitShutdown();
        return 0;
    }

    /** Writes tonight's script for the first products of the demo catalog to {@code demo-script.json}; says what it did. */
    private static String tonightsScript(Settings settings, Catalog catalog, int minutes) {
        try {
            List<String> ids = catalog.products().stream().limit(6).map(p -> p.id()).toList();
            Script script = ScriptStudio.builder(catalog).build()
                    .generate(ScriptRequest.builder().products(ids).minutes(Math.max(20, minutes)).build());
            java.nio.file.Path out = settings.dataDir().resolve("demo-script.json");
            java.nio.file.Files.createDirectories(settings.dataDir());
            java.nio.file.Files.writeString(out, ScriptExport.json(script, null).toPrettyString());
            return "tonight's script: " + script.segments().size() + " segments for " + ids.size() + " products, "
                    + (script.checks().passed() ? "checks passed" : script.checks().violations().size() + " check findings") + " → " + out;
        } catch (java.io.IOException | RuntimeException e) {
            return "tonight's script: not written (" + e.getMessage() + ")";
        }
    }

    /** Plays the events through the server's durable ingest path at the chosen speed, in 100 ms batches. */
    private void play(ServeCommand.Running r, List<LiveEvent> events, long start) {
        long t0 = System.nanoTime();
        int i = 0;
        List<LiveEvent> batch = new ArrayList<>();
        try {
            while (i < events.size()) {
                long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
                long horizon = start + (long) (elapsedMs * speed);
                batch.clear();
                while (i < events.size() && events.get(i).ts() <= horizon) batch.add(events.get(i++));
                if (!batch.isEmpty()) submit(r, batch);
                Thread.sleep(100);
            }
            System.err.println("livecopilot demo: the simulated session is over (" + events.size() + " events); still serving, Ctrl-C to stop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("livecopilot demo: playing stopped: " + e.getMessage());
        }
    }

    private static void submit(ServeCommand.Running r, List<LiveEvent> batch) throws InterruptedException {
        while (true) {
            try {
                r.server().ingestor().submit(batch).join();
                return;
            } catch (OverloadedException e) {
                Thread.sleep(e.retryAfterSeconds() * 1000L);
            }
        }
    }
}
