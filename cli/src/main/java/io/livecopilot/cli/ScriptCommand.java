package io.livecopilot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.config.Settings;
import io.livecopilot.core.port.ChatModel;
import io.livecopilot.llm.ChatModels;
import io.livecopilot.llm.FactGuard;
import io.livecopilot.script.Script;
import io.livecopilot.script.ScriptRequest;
import io.livecopilot.script.ScriptStudio;
import io.livecopilot.script.Style;
import io.livecopilot.script.check.CheckFile;
import io.livecopilot.script.check.ScriptChecker;
import io.livecopilot.script.export.ScriptExport;
import io.livecopilot.script.learn.PhraseLearner;
import io.livecopilot.script.quality.QualityScorer;
import io.livecopilot.script.realize.ChatModelSegmentWriter;
import io.livecopilot.script.realize.PhraseBank;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

        @Option(names = "--products", paramLabel = "IDS", defaultValue = "all", description = "product ids or link numbers, comma-separated, or 'all' (default)")
        String products;

        @Option(names = "--minutes", paramLabel = "M", defaultValue = "60", description = "session length in minutes (default 60)")
        int minutes;

        @Option(names = "--style", paramLabel = "S", defaultValue = "热情", description = "热情/energetic, 专业/expert or 亲切/warm (default 热情)")
        String style;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "random seed: a different seed writes a different script (default 1)")
        long seed;

        @Option(names = "--persona", paramLabel = "NAME", defaultValue = "小橙", description = "the host's name in the script (default 小橙)")
        String persona;

        @Option(names = "--rate", paramLabel = "CHARS", defaultValue = "4", description = "speech rate in characters a second (default 4)")
        double rate;

        @Option(names = "--interaction-every", paramLabel = "MIN", defaultValue = "12", description = "minutes between interactions (default 12)")
        int interactionEvery;

        @Option(names = "--catalog", paramLabel = "FILE", description = "catalog file to use instead of the store's")
        Path catalogFile;

        @Option(names = "--format", paramLabel = "F", defaultValue = "md", description = "json, md or html (default md; --json prints JSON regardless)")
        String format;

        @Option(names = "--out", paramLabel = "FILE", description = "write the script to FILE in --format")
        Path out;

        @Option(names = "--builtin", description = "use the built-in writer even when LIVECOPILOT_LLM_BASE_URL is set")
        boolean builtinOnly;

        @Override
        public Integer call() {
            Settings settings = Wiring.settings(common);
            Catalog catalog = Wiring.catalog(catalogFile, settings);
            ScriptExport.Format fmt = ScriptExport.Format.parse(format);
            List<String> ids = Arrays.stream(products.split("[,，]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            ScriptRequest req = ScriptRequest.builder().products(ids).minutes(minutes).style(Style.parse(style)).seed(seed)
                    .persona(persona).charsPerSecond(rate).interactionEveryMinutes(interactionEvery).build();
            FactGuard guard = new FactGuard(catalog);
            PhraseBank bank = PhraseBank.builtin().withLearned(PhraseLearner.load(settings.dataDir()));
            ScriptStudio.Builder b = ScriptStudio.builder(catalog).guard(guard).phraseBank(bank);
            boolean llm = settings.llmConfigured() && !builtinOnly;
            if (llm) {
                ChatModel model = ChatModels.fromSettings(settings);
                System.err.println("livecopilot: writing with " + model.id() + " (checked by the fact guard; the built-in writer fills in)");
                b.writer(ChatModelSegmentWriter.builder(model).onPartial((seg, part) -> System.err.print(".")).build());
            }
            Script script = b.build().generate(req);
            if (llm) System.err.println();
            // diversity across seeds: the same plan with the next seed, built-in writer
            Script other = ScriptStudio.builder(catalog).guard(guard).phraseBank(bank).build()
                    .generate(ScriptRequest.builder().products(ids).minutes(minutes).style(req.style()).seed(seed + 1)
                            .persona(persona).charsPerSecond(rate).interactionEveryMinutes(interactionEvery).build());
            Map<String, Double> across = QualityScorer.across(script.segments(), other.segments());
            if (out != null) {
                try {
                    if (out.getParent() != null) Files.createDirectories(out.getParent());
                    Files.writeString(out, ScriptExport.render(script, catalog, fmt, across), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw LiveCopilotException.badInput(out + ": cannot write: " + e.getMessage());
                }
            }
            if (common.json) {
                Output.json(ScriptExport.json(script, across));
            } else if (out == null) {
                Output.out().print(ScriptExport.render(script, catalog, fmt, across));
            } else {
                Output.line("wrote " + out + " (" + script.segments().size() + " segments, " + script.totalSeconds() + " s, checks "
                        + (script.checks().passed() ? "passed" : "found " + script.checks().counts()) + ")");
            }
            return 0;
        }
    }

    /** {@code script check}: checks a script for banned ad words and claims that contradict the catalog. */
    @Command(name = "check", mixinStandardHelpOptions = true, description = "checks a script for banned ad words and claims that contradict the catalog")
    public static final class Check implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "FILE", description = "plain text, a script JSON as 'script generate --json' prints it, or JSON Lines {\"text\":…,\"product\":…}; '-' reads stdin")
        String file;

        @Option(names = "--product", paramLabel = "ID", description = "the product a text without one is about (id, link number or name)")
        String product;

        @Option(names = "--catalog", paramLabel = "FILE", description = "catalog file to use instead of the store's")
        Path catalogFile;

        @Override
        public Integer call() {
            String content;
            try {
                content = file.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw LiveCopilotException.badInput(file + ": cannot read: " + e.getMessage());
            }
            Settings settings = Wiring.settings(common);
            Catalog catalog = Wiring.catalog(catalogFile, settings);
            CheckFile.Outcome o = new CheckFile(new ScriptChecker(catalog), catalog).check(file, content, product);
            for (String e : o.errors()) System.err.println("livecopilot: " + e);
            if (common.json) {
                Output.json(o.json());
            } else {
                printText(o.json());
            }
            return o.errors().stream().anyMatch(e -> !e.contains("checked without a product")) ? 2 : 0;
        }

        private static void printText(ObjectNode json) {
            json.get("results").forEach(r -> {
                if (r.has("error")) {
                    Output.line("line " + r.get("line").asInt() + ": " + r.get("error").asText());
                    return;
                }
                if (r.get("violations").isEmpty()) {
                    Output.line("line " + r.get("line").asInt() + ": ok");
                    return;
                }
                r.get("violations").forEach(v -> Output.line("line " + r.get("line").asInt()
                        + (v.has("segment") ? " segment " + v.get("segment").asInt() : "") + " @" + v.get("offset").asInt()
                        + " [" + v.get("kind").asText() + "] “" + v.get("text").asText() + "”: " + v.get("detail").asText()
                        + (v.get("suggestion").asText().isEmpty() ? "" : " → " + v.get("suggestion").asText())));
            });
            Output.line(json.get("checked").asInt() + " checked, " + json.get("violations").asInt() + " violations");
        }
    }

    /** {@code script learn}: learns phrasing from past scripts or transcripts in a directory. */
    @Command(name = "learn", mixinStandardHelpOptions = true, description = "learns openers, transitions, calls to action and thanks from past scripts or transcripts (.txt/.md/.srt) in a directory")
    public static final class Learn implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "DIR", description = "directory of past scripts or transcripts")
        Path dir;

        @Override
        public Integer call() {
            Settings settings = Wiring.settings(common);
            PhraseLearner.Learned l = new PhraseLearner().learn(dir);
            Path saved = PhraseLearner.save(l, settings.dataDir(), dir);
            if (common.json) {
                ObjectNode o = Output.JSON.createObjectNode();
                o.put("files", l.files());
                o.put("sentences", l.sentences());
                ObjectNode learned = o.putObject("learned");
                l.slots().forEach((k, v) -> learned.put(k, v.size()));
                ObjectNode rej = o.putObject("rejected");
                l.rejected().forEach(rej::put);
                o.put("out", saved.toString());
                Output.json(o);
            } else {
                Output.line("learned from " + l.files() + " files (" + l.sentences() + " sentences): "
                        + l.slots().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size()).toList() + " → " + saved);
            }
            return 0;
        }
    }
}
