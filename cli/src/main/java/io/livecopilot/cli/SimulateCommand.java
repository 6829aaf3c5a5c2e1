package io.livecopilot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.catalog.ImportResult;
import io.livecopilot.simulator.Simulation;
import io.livecopilot.simulator.SimulationConfig;
import io.livecopilot.simulator.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code simulate}: writes a realistic simulated live session as events, and its truth beside them. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "writes a realistic simulated live session as events (JSON Lines) and its truth to OUT.truth.json")
public final class SimulateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--minutes", required = true, paramLabel = "M", description = "session length in minutes")
    int minutes;

    @Option(names = "--viewers", paramLabel = "N", defaultValue = "2000", description = "distinct viewers who arrive (default ${DEFAULT-VALUE})")
    int viewers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed: same seed, same file (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--catalog", paramLabel = "FILE", description = "catalog to sell from (default: the demo catalog)")
    Path catalog;

    @Option(names = "--room", paramLabel = "ID", description = "room id (default: sim-SEED)")
    String room;

    @Option(names = "--coupon-uplift", paramLabel = "X", description = "order-probability multiplier while a coupon is active (default 1.8)")
    Double couponUplift;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the events")
    Path out;

    @Override
    public Integer call() {
        SimulationConfig.Builder b = SimulationConfig.builder().minutes(minutes).viewers(viewers).seed(seed);
        if (room != null) b.room(room);
        if (couponUplift != null) b.couponUplift(couponUplift);
        if (catalog != null) {
            if (!Files.isRegularFile(catalog)) throw LiveCopilotException.badInput(catalog + ": no such file");
            ImportResult r = CatalogReader.read(catalog);
            for (var x : r.rejected()) System.err.println("livecopilot: " + catalog + ": skipped " + x);
            Catalog c = r.catalog();
            if (c.products().isEmpty()) throw LiveCopilotException.badInput(catalog + ": no valid product to sell");
            b.catalog(c);
        }
        long t = System.nanoTime();
        Simulation s = Simulator.write(b.build(), out);
        double seconds = (System.nanoTime() - t) / 1e9;
        if (common.json) {
            ObjectNode o = Output.JSON.createObjectNode();
            o.put("events", s.events().size());
            o.put("out", out.toString());
            o.put("truth", Simulator.truthPath(out).toString());
            Output.json(o);
        } else {
            Output.line("wrote " + s.events().size() + " events to " + out + " (truth: " + Simulator.truthPath(out) + ") in "
                    + String.format("%.2f", seconds) + " s");
        }
        return 0;
    }
}
