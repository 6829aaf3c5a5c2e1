package io.livecopilot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.Money;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.catalog.CatalogWriter;
import io.livecopilot.core.catalog.ImportResult;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.Rejection;
import io.livecopilot.core.port.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /** {@code catalog import FILE}: loads products (CSV or JSON) into the store; the good ones even when others are refused. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "loads products (CSV or JSON) into the store; bad products are refused one by one (exit 2), the good ones are kept")
    public static final class Import implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "FILE", description = "catalog file: JSON (spec/catalog.md) or CSV/TSV with a header row")
        Path file;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) throw LiveCopilotException.badInput(file + ": no such file");
            ImportResult r = CatalogReader.read(file);
            if (r.imported() > 0) {
                try (Store store = Wiring.store(Wiring.settings(common))) {
                    store.catalog().upsert(r.catalog());
                }
            }
            if (common.json) {
                ObjectNode root = Output.JSON.createObjectNode();
                root.put("imported", r.imported());
                ArrayNode rej = root.putArray("rejected");
                for (Rejection x : r.rejected()) {
                    ObjectNode o = rej.addObject();
                    if (x.line() == null) o.putNull("line");
                    else o.put("line", x.line());
                    if (x.path() != null) o.put("path", x.path());
                    o.put("reason", reason(x));
                }
                Output.json(root);
            } else {
                Output.line("imported " + r.imported() + " product" + (r.imported() == 1 ? "" : "s") + " from " + file);
                for (Rejection x : r.rejected()) {
                    Output.line("rejected " + file + (x.line() == null ? "" : ":" + x.line()) + ": " + reason(x));
                }
            }
            return r.rejected().isEmpty() ? 0 : 2;
        }

        /** The reason with the field's path in front, so that it stands alone. */
        static String reason(Rejection x) {
            return x.path() == null ? x.reason() : x.path() + ": " + x.reason();
        }
    }

    /** {@code catalog list}: lists the products in the store. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "lists the products in the store")
    public static final class ListProducts implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            Catalog c;
            try (Store store = Wiring.store(Wiring.settings(common))) {
                c = store.catalog().load();
            }
            if (common.json) {
                ObjectNode all = CatalogWriter.toJson(c);
                ObjectNode root = Output.JSON.createObjectNode();
                root.set("products", all.get("products"));
                root.set("shop", all.get("shop"));
                Output.json(root);
            } else if (c.products().isEmpty()) {
                Output.line("the catalog is empty: import one with 'livecopilot catalog import FILE'");
            } else {
                for (Product p : c.products()) {
                    Output.line(String.format("%4s  %-6s %-24s %10s  stock %s%s", p.linkNo() == null ? "-" : p.linkNo() + "号", p.id(),
                            p.name(), "¥" + Money.plain(p.price()), p.stock() == null ? "?" : p.stock(), p.soldOut() ? " (sold out)" : ""));
                }
                Output.line(c.products().size() + " products");
            }
            return 0;
        }
    }
}
