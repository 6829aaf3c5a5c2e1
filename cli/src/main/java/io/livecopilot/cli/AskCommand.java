package io.livecopilot.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.livecopilot.assistant.AskResult;
import io.livecopilot.assistant.AskStream;
import io.livecopilot.assistant.KnowledgeBase;
import io.livecopilot.assistant.LiveAssistant;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.config.Settings;
import io.livecopilot.core.port.Store;
import io.livecopilot.llm.ChatModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ask}: what the live assistant does with one comment, or with each line of {@code --file} (one JSON line out
 * per line in, streamed in constant memory; {@code -} reads standard input).
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "what the live assistant does with one comment (or each line of --file)")
public final class AskCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "the comment")
    String text;

    @Option(names = "--file", paramLabel = "F", description = "one comment per line ('-' = standard input); prints one JSON line per line. "
            + "The lines are one viewer's comments in the order typed: what a line tells (the product named, height and weight, "
            + "a size question waiting for them) carries over to the next " + io.livecopilot.assistant.LiveAssistant.CARRY_LINES + " lines after the last line that told something, "
            + "then lapses, so a short dialogue is followed and a file of unrelated reviews is answered line by line")
    String file;

    @Option(names = "--room", paramLabel = "R", description = "answer in room R: its recorded events in the store (product on show, coupons released, viewers' clicks and orders) are the context")
    String room;

    @Option(names = "--product", paramLabel = "P", description = "the product on show (what 这个/这款 means)")
    String product;

    @Option(names = "--catalog", paramLabel = "FILE", description = "a catalog file (JSON or CSV) instead of the store's")
    Path catalogFile;

    @Option(names = "--user", paramLabel = "U", description = "the viewer (default: cli); with --file, the viewer's details carry over "
            + "to the next " + io.livecopilot.assistant.LiveAssistant.CARRY_LINES + " lines after the last line that told one (see --file)")
    String user = "cli";

    private static final JsonFactory JSON = new JsonFactory();
    /** Lines understood together on a worker thread (a few milliseconds of work). */
    private static final int BATCH = 256;

    @Override
    public Integer call() throws IOException {
        if ((text == null) == (file == null)) {
            throw LiveCopilotException.badInput("ask: give either TEXT or --file F (not both, not neither)");
        }
        Settings settings = Wiring.settings(common);
        Catalog catalog = Wiring.catalog(catalogFile, settings);
        if (product != null && catalog.byId(product).isEmpty()) {
            throw LiveCopilotException.badInput("--product: no product with id \"" + product + "\" in the catalog");
        }
        KnowledgeBase kb = new KnowledgeBase(catalog);
        if (file != null) {
            // a file of comments will search the catalog's passages: index them (and load the segmenter's dictionaries)
            // while the models load, instead of on the first product question
            Thread t = new Thread(kb::prepare, "ask-index");
            t.setDaemon(true);
            t.start();
        }
        LiveAssistant assistant = LiveAssistant.builder().catalog(catalog).knowledgeBase(kb)
                .understander(Wiring.understander(settings))
                .chatModel(ChatModels.fromSettings(settings)).room(room == null ? "cli" : room).build();
        if (room != null) restoreRoom(assistant, settings);
        if (file != null) return askFile(assistant);
        AskResult r = assistant.ask(text, user, product);
        if (common.json) {
            OutputStream out = Output.out();
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                write(g, r);
            }
            Output.line("");
        } else {
            Output.line("intent: " + r.intent() + " (" + String.format("%.2f", r.confidence()) + ")   sentiment: " + r.sentiment());
            if (!r.entities().isEmpty()) Output.line("entities: " + r.entities());
            Output.line("reply: " + (r.reply() == null ? "(none: " + r.decision().wire() + ")" : r.reply()));
            if (!r.sources().isEmpty()) Output.line("sources: " + String.join(", ", r.sources()));
            if (!r.recommend().isEmpty()) Output.line("recommend: " + String.join(", ", r.recommend()));
        }
        return 0;
    }

    /** Folds the room's recorded events into the assistant's state (no replies), as a server does after a restart. */
    private void restoreRoom(LiveAssistant assistant, Settings settings) {
        long n;
        try (Store st = Wiring.store(settings)) {
            n = restore(assistant, st, room);
        } catch (LiveCopilotException | java.io.UncheckedIOException e) {
            System.err.println("livecopilot: the store cannot be read (" + e.getMessage() + "); answering without room " + room + "'s events");
            return;
        }
        if (n == 0) System.err.println("livecopilot: room " + room + " has no recorded events; answering without its context");
    }

    /** Feeds every recorded event of the room to {@link LiveAssistant#restore}; returns how many there were. */
    static long restore(LiveAssistant assistant, Store store, String room) {
        long[] n = {0};
        store.events().read(room, e -> {
            assistant.restore(e);
            n[0]++;
        });
        return n[0];
    }

    private int askFile(LiveAssistant assistant) throws IOException {
        BufferedReader in = open(file);
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        int threads = Runtime.getRuntime().availableProcessors();
        try (in; JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
             AskStream stream = new AskStream(assistant, user, product, threads)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setRootValueSeparator(null); // compact, nothing between answers but the newline written after each
            boolean first = true;
            List<String> batch;
            // comments are understood on worker threads a few batches ahead; answers are written in input order
            while (!(batch = readBatch(in)).isEmpty()) {
                if (first) {
                    String line = batch.get(0);
                    if (!line.isEmpty() && line.charAt(0) == '\uFEFF') batch.set(0, line.substring(1));
                    first = false;
                }
                stream.submit(batch);
                boolean more = in.ready();
                while (stream.batches() > 2 * threads + 1 || stream.batches() > 0 && !more) {
                    for (AskResult r : stream.next()) {
                        write(g, r);
                        g.writeRaw('\n');
                    }
                }
                if (!more) g.flush(); // interactive input: answer each line at once
            }
            while (stream.batches() > 0) {
                for (AskResult r : stream.next()) {
                    write(g, r);
                    g.writeRaw('\n');
                }
            }
            g.flush();
        }
        out.flush();
        return 0;
    }

    /**
     * The comments of {@code file} ('-' = standard input) as UTF-8 text. Bytes that are not UTF-8 (a comment is hostile
     * input) read as U+FFFD, so that one bad line costs that line's meaning, not the run; {@link #readBatch} names them.
     */
    static BufferedReader open(String file) {
        if ("-".equals(file)) return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        try {
            // an InputStreamReader over a Charset replaces malformed input (Files.newBufferedReader would throw on it)
            return new BufferedReader(new InputStreamReader(Files.newInputStream(Path.of(file)), StandardCharsets.UTF_8), 1 << 16);
        } catch (NoSuchFileException e) {
            throw LiveCopilotException.badInput(file + ": no such file");
        } catch (IOException e) {
            throw LiveCopilotException.badInput(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The next lines of {@code in}: at least one (blocking for it) unless at the end, and more only while they are ready. */
    private List<String> readBatch(BufferedReader in) throws IOException {
        List<String> batch = new ArrayList<>();
        String line = in.readLine();
        if (line == null) return batch;
        add(batch, line);
        while (batch.size() < BATCH && in.ready() && (line = in.readLine()) != null) add(batch, line);
        return batch;
    }

    private long lineNo;

    private void add(List<String> batch, String line) {
        lineNo++;
        if (line.indexOf('\uFFFD') >= 0) {
            System.err.println("livecopilot: " + file + ":" + lineNo + ": bytes that are not UTF-8, read as \uFFFD (the line is answered as read)");
        }
        batch.add(line);
    }

    /**
     * How Jackson writes the confidence k/1000.0 for k = 0..1000 ({@code Double.toString}, made once): every answer has
     * one, and formatting a double is the dearest part of writing it.
     */
    private static final String[] CONFIDENCE = new String[1001];

    static {
        for (int k = 0; k < CONFIDENCE.length; k++) CONFIDENCE[k] = Double.toString(k / 1000.0);
    }

    private static void write(JsonGenerator g, AskResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("intent", r.intent());
        long k = Math.round(r.confidence() * 1000);
        if (k >= 0 && k < CONFIDENCE.length) {
            g.writeFieldName("confidence");
            g.writeNumber(CONFIDENCE[(int) k]);
        } else {
            g.writeNumberField("confidence", k / 1000.0);
        }
        g.writeObjectFieldStart("entities");
        for (Map.Entry<String, Object> e : r.entities().entrySet()) {
            Object v = e.getValue();
            if (v instanceof Integer i) g.writeNumberField(e.getKey(), i);
            else if (v instanceof Long l) g.writeNumberField(e.getKey(), l);
            else if (v instanceof Double d) g.writeNumberField(e.getKey(), d);
            else if (v instanceof java.math.BigDecimal b) g.writeNumberField(e.getKey(), b);
            else if (v instanceof java.math.BigInteger b) {
                g.writeFieldName(e.getKey());
                g.writeNumber(b);
            } else g.writeStringField(e.getKey(), String.valueOf(v));
        }
        g.writeEndObject();
        g.writeStringField("sentiment", r.sentiment());
        if (r.reply() == null) g.writeNullField("reply");
        else g.writeStringField("reply", r.reply());
        writeList(g, "sources", r.sources());
        writeList(g, "recommend", r.recommend());
        g.writeEndObject();
    }

    private static void writeList(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) g.writeString(s);
        g.writeEndArray();
    }
}
