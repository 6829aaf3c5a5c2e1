package io.livecopilot.cli;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.config.Settings;
import io.livecopilot.nlp.BuiltinModels;
import io.livecopilot.nlp.classify.DataReader;
import io.livecopilot.nlp.classify.Dataset;
import io.livecopilot.nlp.classify.Evaluator;
import io.livecopilot.nlp.classify.FeatureSettings;
import io.livecopilot.nlp.classify.LinearModel;
import io.livecopilot.nlp.classify.LinearTrainer;
import io.livecopilot.nlp.classify.Rejection;
import io.livecopilot.nlp.classify.Task;
import io.livecopilot.nlp.classify.TrainerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code nlu}: trains and evaluates the comment classifiers. Here {@code --data} names the data file (spec/cli.md), so
 * the data directory is {@code --home DIR} (or {@code $LIVECOPILOT_HOME}).
 */
@Command(name = "nlu", mixinStandardHelpOptions = true, description = "trains and evaluates the comment classifiers",
        subcommands = {NluCommand.Train.class, NluCommand.Eval.class})
public final class NluCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options shared by train and eval: the task, the data file and the trainer's settings. */
    static final class TrainerOptions {
        @Option(names = "--task", required = true, paramLabel = "intent|sentiment", description = "What to classify: intent or sentiment.")
        String task;

        @Option(names = "--data", required = true, paramLabel = "FILE",
                description = "Rasa-style YAML (nlu.yml) or CSV/TSV with header columns label and text.")
        Path data;

        @Option(names = "--epochs", description = "Passes over the data (default: per task).")
        Integer epochs;

        @Option(names = "--l2", description = "L2 penalty (default: per task).")
        Double l2;

        @Option(names = "--learning-rate", description = "AdaGrad base step (default: per task).")
        Double learningRate;

        @Option(names = "--threshold", description = "Intent: below this confidence answer 'other' (default 0.15).")
        Double threshold;

        @Option(names = "--max-n", description = "Longest character n-gram (default 3).")
        Integer maxN;

        @Option(names = "--bits", description = "log2 of the number of hashed feature buckets (default: 18 intent, 21 sentiment).")
        Integer bits;

        @Option(names = "--nb", negatable = true, description = "Sentiment: naive-Bayes scaled features (NB-LR, default on).")
        Boolean nb;

        @Option(names = "--skip-grams", negatable = true, description = "Character skip-bigrams (default on).")
        Boolean skipGrams;

        @Option(names = "--json", description = "Print one JSON document on stdout and nothing else.")
        boolean json;

        @Option(names = "--home", paramLabel = "DIR",
                description = "Data directory for the built-in models' cache (default: $LIVECOPILOT_HOME, else ~/.livecopilot); --data names the data file here.")
        Path home;

        Task task() {
            return Task.of(task);
        }

        TrainerSettings settings() {
            TrainerSettings s = TrainerSettings.defaults(task());
            FeatureSettings f = s.features();
            if (maxN != null || bits != null || skipGrams != null) {
                try {
                    f = new FeatureSettings(bits == null ? f.bits() : bits, f.minN(), maxN == null ? f.maxN() : maxN,
                            skipGrams == null ? f.skipGrams() : skipGrams, f.digitsAsZero(), f.maxChars());
                } catch (IllegalArgumentException e) {
                    throw LiveCopilotException.badInput(e.getMessage());
                }
                s = s.withFeatures(f);
            }
            try {
                if (epochs != null) s = s.withEpochs(epochs);
                if (l2 != null) s = s.withL2(l2);
                if (learningRate != null) s = s.withLearningRate(learningRate);
                if (threshold != null) s = s.withThreshold(threshold);
                if (nb != null) s = s.withNbWeights(nb);
            } catch (IllegalArgumentException e) {
                throw LiveCopilotException.badInput(e.getMessage());
            }
            return s;
        }

        Dataset read() {
            if (!Files.isRegularFile(data)) throw LiveCopilotException.badInput(data + ": no such file");
            Dataset d = DataReader.read(data, task());
            for (Rejection r : d.rejected()) System.err.println(data + ":" + r.line() + ": " + r.reason());
            if (d.examples().isEmpty()) {
                throw LiveCopilotException.badInput(data + ": no usable examples (" + d.rejected().size() + " rows rejected)");
            }
            return d;
        }
    }

    /** {@code nlu train}: trains an intent or sentiment classifier on your own data. */
    @Command(name = "train", mixinStandardHelpOptions = true, description = "trains an intent or sentiment classifier on your own data")
    public static final class Train implements Callable<Integer> {
        @Mixin
        TrainerOptions options;

        @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the trained model.")
        Path out;

        @Option(names = "--tune", negatable = true, description = "Pick the learning rate, NB scaling and epochs on a held-back tenth first; for sentiment with "
                + "averaged weights and word features added (default: on for sentiment with 500+ examples, off for intent).")
        Boolean tune;

        @Option(names = "--max-epochs", description = "Most epochs tried when tuning (default 10).")
        int maxEpochs = 10;

        @Option(names = "--embeddings", negatable = true, description = "Stack a sentence-embedding head (BGE-small-zh, in-process) onto a tuned "
                + "sentiment model when it beats the n-grams on the held-back tenth; embeds up to 11,000 texts (minutes on 2 cores), and the "
                + "model then embeds each text it reads (milliseconds, for 'nlu eval'; never the live path). Default: on when tuning sentiment.")
        Boolean embeddings;

        @Override
        public Integer call() {
            Dataset d = options.read();
            long t0 = System.nanoTime();
            TrainerSettings settings = options.settings();
            boolean doTune = tune != null ? tune : options.task() == Task.SENTIMENT;
            if (doTune) {
                if (maxEpochs < 1 || maxEpochs > 100) throw LiveCopilotException.badInput("--max-epochs: must be within 1..100, was " + maxEpochs);
                settings = new LinearTrainer(options.task(), settings).tune(d.examples(), maxEpochs, System.err::println);
            }
            boolean stack = embeddings != null ? embeddings : doTune && options.task() == Task.SENTIMENT;
            LinearTrainer trainer = new LinearTrainer(options.task(), settings);
            LinearModel m = stack ? trainer.trainStacked(d.examples(), d.sha256(), System.err::println) : trainer.train(d.examples(), d.sha256());
            double seconds = (System.nanoTime() - t0) / 1e9;
            m.save(out);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("examples", d.examples().size());
            r.put("labels", m.labels().size());
            r.put("seconds", Math.round(seconds * 1000) / 1000.0);
            r.put("model", out.toString());
            r.put("data_sha256", d.sha256());
            r.put("embedding_head", m.embeds());
            r.put("rejected", rejected(d.rejected()));
            if (options.json) {
                Output.json(r);
            } else {
                Output.line("trained " + options.task().wire() + " on " + d.examples().size() + " examples, " + m.labels().size()
                        + " labels in " + r.get("seconds") + " s → " + out + (d.rejected().isEmpty() ? "" : " (" + d.rejected().size() + " rows rejected)"));
            }
            return 0;
        }
    }

    /** {@code nlu eval}: evaluates a classifier (the built-in one by default). */
    @Command(name = "eval", mixinStandardHelpOptions = true, description = "evaluates a classifier (the built-in one by default)")
    public static final class Eval implements Callable<Integer> {
        @Mixin
        TrainerOptions options;

        @Option(names = "--model", paramLabel = "MODEL", description = "A model written by 'nlu train' (default: the built-in one).")
        Path model;

        @Option(names = "--folds", paramLabel = "K", description = "Cross-validate the trainer on the data with K folds instead.")
        Integer folds;

        @Option(names = "--seed", description = "Fold assignment seed (default 42).")
        long seed = 42;

        @Override
        public Integer call() {
            Dataset d = options.read();
            Evaluator.Evaluation e;
            String what;
            if (folds != null) {
                if (folds < 2 || folds > d.examples().size()) {
                    throw LiveCopilotException.badInput("--folds: must be within 2.." + d.examples().size() + ", was " + folds);
                }
                e = Evaluator.crossValidate(new LinearTrainer(options.task(), options.settings()), d.examples(), folds, seed);
                what = folds + "-fold cross-validation";
            } else {
                LinearModel m;
                if (model != null) {
                    if (!Files.isRegularFile(model)) throw LiveCopilotException.badInput(model + ": no such model file");
                    m = LinearModel.load(model);
                    what = "model " + model;
                } else {
                    Settings s = Settings.load(options.home);
                    m = BuiltinModels.load(options.task(), s.dataDir().resolve("models"));
                    what = "built-in model";
                }
                if (m.task() != options.task()) {
                    throw LiveCopilotException.badInput((model == null ? "model" : model.toString()) + ": is a " + m.task().wire()
                            + " model, but --task is " + options.task().wire());
                }
                e = Evaluator.evaluate(m, d.examples());
            }
            if (options.json) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("examples", e.examples());
                r.put("accuracy", e.accuracy());
                r.put("macro_f1", e.macroF1());
                r.put("labels", e.labels());
                r.put("confusion", e.confusion());
                r.put("misclassified", e.misclassified());
                r.put("per_second", e.perSecond());
                r.put("evaluated", what);
                r.put("rejected", rejected(d.rejected()));
                Output.json(r);
            } else {
                Output.line(what + " on " + d.examples().size() + " examples: accuracy " + e.accuracy() + ", macro-F1 " + e.macroF1()
                        + ", " + (long) e.perSecond() + " texts/s");
                Output.line(String.format("%-18s %9s %9s %9s %8s", "label", "precision", "recall", "f1", "support"));
                e.labels().forEach((k, v) -> Output.line(String.format("%-18s %9.3f %9.3f %9.3f %8d", k, v.precision(), v.recall(), v.f1(), v.support())));
                int shown = 0;
                for (Evaluator.Miss m : e.misclassified()) {
                    if (shown++ >= 30) break;
                    Output.line("  line " + m.line() + ": " + m.text() + "  gold=" + m.gold() + " predicted=" + m.predicted() + " (" + m.confidence() + ")");
                }
            }
            return 0;
        }
    }

    private static List<Map<String, Object>> rejected(List<Rejection> rs) {
        return rs.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", r.line());
            m.put("reason", r.reason());
            return m;
        }).toList();
    }
}
