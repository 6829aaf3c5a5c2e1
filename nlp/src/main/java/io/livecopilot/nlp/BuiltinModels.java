package io.livecopilot.nlp;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.nlp.classify.DataReader;
import io.livecopilot.nlp.classify.Dataset;
import io.livecopilot.nlp.classify.LinearModel;
import io.livecopilot.nlp.classify.LinearTrainer;
import io.livecopilot.nlp.classify.Task;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in intent and sentiment models: trained by {@link LinearTrainer} from the data this project wrote
 * ({@code io/livecopilot/nlp/data/nlu.yml} + {@code nlu-2.yml} for intents, {@code sentiment.csv} on the classpath) at
 * first use, and cached in {@code <data dir>/models/} under a name holding the data's hash (over every file of the
 * task) and the trainer's settings, so a changed data file or trainer retrains. A cached model that cannot be read is retrained and rewritten.
 */
public final class BuiltinModels {
    /** The classpath location of the built-in intent training data (Rasa-style YAML). */
    public static final String INTENT_DATA = "io/livecopilot/nlp/data/nlu.yml";
    /** The classpath location of the second built-in intent training file (other writers' styles, Rasa-style YAML). */
    public static final String INTENT_DATA_2 = "io/livecopilot/nlp/data/nlu-2.yml";
    /** The classpath location of the built-in sentiment training data (CSV label,text). */
    public static final String SENTIMENT_DATA = "io/livecopilot/nlp/data/sentiment.csv";

    private BuiltinModels() {}

    /** The built-in model of {@code task}, from the cache in {@code cacheDir} (may be null: no cache) or trained now. */
    public static LinearModel load(Task task, Path cacheDir) {
        Dataset data = dataset(task);
        LinearTrainer trainer = new LinearTrainer(task);
        String key = task.wire() + "-" + data.sha256().substring(0, 12) + "-" + Integer.toHexString(trainer.settings().hashCode()) + ".model";
        Path file = cacheDir == null ? null : cacheDir.resolve(key);
        if (file != null && Files.isRegularFile(file)) {
            try {
                LinearModel m = LinearModel.load(file);
                if (m.info().dataSha256().equals(data.sha256())) return m;
            } catch (RuntimeException e) {
                // unreadable cache: retrain below and overwrite it
            }
        }
        LinearModel m = trainer.train(data.examples(), data.sha256());
        if (file != null) {
            try {
                m.save(file);
            } catch (RuntimeException e) {
                // a read-only data dir only costs retraining next time
            }
        }
        return m;
    }

    /** The classpath files of {@code task}'s built-in training data, in training order. */
    public static List<String> files(Task task) {
        return task == Task.INTENT ? List.of(INTENT_DATA, INTENT_DATA_2) : List.of(SENTIMENT_DATA);
    }

    /** The built-in training data of {@code task}: every file of {@link #files}, joined in order. */
    public static Dataset dataset(Task task) {
        List<String> files = files(task);
        if (files.size() == 1) return read(files.get(0), task);
        List<Dataset> parts = new ArrayList<>();
        for (String f : files) parts.add(read(f, task));
        return Dataset.concat(String.join("+", files.stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).toList()), parts);
    }

    /** One built-in data file of {@code task}, read from the classpath. */
    public static Dataset read(String res, Task task) {
        try (InputStream in = BuiltinModels.class.getClassLoader().getResourceAsStream(res)) {
            if (in == null) throw LiveCopilotException.internal("built-in data missing from the classpath: " + res, null);
            return DataReader.read(res.substring(res.lastIndexOf('/') + 1), in.readAllBytes(), task);
        } catch (IOException e) {
            throw LiveCopilotException.internal("cannot read built-in data " + res + ": " + e.getMessage(), e);
        }
    }
}
