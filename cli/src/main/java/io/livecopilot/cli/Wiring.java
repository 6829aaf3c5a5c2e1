package io.livecopilot.cli;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.catalog.ImportResult;
import io.livecopilot.core.catalog.Rejection;
import io.livecopilot.core.config.Settings;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.core.pipeline.EventCounters;
import io.livecopilot.core.pipeline.RoomPipeline;
import io.livecopilot.core.port.Store;
import io.livecopilot.nlp.BuiltinUnderstander;
import io.livecopilot.server.ModuleParts;
import io.livecopilot.server.live.LiveRoom;
import io.livecopilot.server.live.LiveRoomOperator;
import io.livecopilot.simulator.DemoCatalog;
import io.livecopilot.store.Stores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Builds the pieces a verb needs from its options: settings, then the store and the models they configure. */
public final class Wiring {
    private Wiring() {}

    /** Settings for the verb: file, then environment, then the {@code --data} flag. */
    public static Settings settings(CommonOptions common) {
        return Settings.load(common == null ? null : common.data);
    }

    /** Opens the configured store; the caller closes it. */
    public static Store store(Settings settings) {
        return Stores.open(settings);
    }

    /**
     * The catalog a verb works on: {@code --catalog FILE} when given (its rejected products reported on stderr), else
     * the store's, else the demo catalog when the store is empty or cannot be opened (e.g. a server holds it).
     */
    public static Catalog catalog(Path file, Settings settings) {
        if (file != null) {
            if (!Files.isRegularFile(file)) throw LiveCopilotException.badInput(file + ": no such file");
            ImportResult r = CatalogReader.read(file);
            for (Rejection x : r.rejected()) System.err.println("livecopilot: " + file + ": " + x + " (product skipped)");
            if (r.catalog().products().isEmpty()) throw LiveCopilotException.badInput(file + ": no valid product in the catalog");
            return r.catalog();
        }
        Catalog stored = Catalog.EMPTY;
        try (Store store = store(settings)) {
            stored = store.catalog().load();
        } catch (LiveCopilotException | java.io.UncheckedIOException e) {
            System.err.println("livecopilot: the store cannot be read (" + e.getMessage() + "); using the demo catalog");
        }
        if (stored.products().isEmpty()) {
            System.err.println("livecopilot: the store has no catalog; using the demo catalog (import yours with 'catalog import FILE')");
            return DemoCatalog.load();
        }
        return stored;
    }

    /** The built-in comment understander, trained on first use and cached in the data directory. */
    public static CommentUnderstander understander(Settings settings) {
        return BuiltinUnderstander.load(settings.dataDir().resolve("models"));
    }

    /**
     * The live pipeline that replay feeds: per room, event counters and the server's own live room (metrics, the
     * assistant, the host's top questions), so that a replay runs exactly the live path. Suggested replies go to
     * {@code out}; the summary has {@code "top_questions"} at the top and every other key under {@code "metrics"}.
     */
    public static RoomPipeline pipeline(Consumer<Object> out, Catalog catalog, CommentUnderstander understander) {
        return pipeline(out, parts(catalog, understander));
    }

    /** The live parts of every room (metrics, assistant) for a catalog, its knowledge base built now, once. */
    public static ModuleParts parts(Catalog catalog, CommentUnderstander understander) {
        ModuleParts parts = new ModuleParts(() -> catalog, () -> understander);
        parts.standalone(); // builds the catalog's knowledge base now, not inside the first event of a room
        return parts;
    }

    /** {@link #pipeline(Consumer, Catalog, CommentUnderstander)} over parts already made. */
    public static RoomPipeline pipeline(Consumer<Object> out, ModuleParts parts) {
        return new RoomPipeline(out)
                .add(room -> new EventCounters())
                .add(room -> new LiveRoomOperator(new LiveRoom(room, parts)));
    }

    /** A pipeline of event counters only (tests of the replay mechanics). */
    public static RoomPipeline countingPipeline(Consumer<Object> out) {
        return new RoomPipeline(out).add(room -> new EventCounters());
    }
}
