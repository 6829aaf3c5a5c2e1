package io.livecopilot.nlp.classify;

import io.livecopilot.core.LiveCopilotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinearModelTest {
    static final List<Example> DATA = List.of(
            Example.of("这个多少钱", "ask_price"), Example.of("价格多少", "ask_price"), Example.of("3号什么价", "ask_price"),
            Example.of("有优惠券吗", "ask_discount"), Example.of("能便宜点吗", "ask_discount"), Example.of("满减吗", "ask_discount"),
            Example.of("今天好冷", "other"), Example.of("哈哈", "other"), Example.of("下雨了", "other"));

    @Test
    void should_train_deterministically_and_predict_the_same_after_save_and_load(@TempDir Path dir) {
        LinearTrainer t = new LinearTrainer(Task.INTENT);
        LinearModel a = t.train(DATA, "abc");
        LinearModel b = t.train(DATA, "abc");
        Path file = dir.resolve("m.model");
        a.save(file);
        LinearModel c = LinearModel.load(file);
        for (String s : List.of("五号多少钱", "有券没", "好冷啊", "")) {
            String p = LinearModel.preprocess(s);
            assertThat(b.probabilities(p)).containsExactly(a.probabilities(p));
            assertThat(c.probabilities(p)).containsExactly(a.probabilities(p));
        }
        assertThat(c.labels()).containsExactly("ask_price", "ask_discount", "other");
        assertThat(c.info().dataSha256()).isEqualTo("abc");
        assertThat(c.info().examples()).isEqualTo(9);
        assertThat(c.info().formatVersion()).isEqualTo(1);
        assertThat(c.header().path("settings").path("epochs").asInt()).isEqualTo(t.settings().epochs());
        assertThat(c.predict("五号多少钱").label()).isEqualTo("ask_price");
    }

    @Test
    void should_write_the_same_bytes_again_after_loading_a_saved_model_of_two_three_and_more_labels() throws Exception {
        List<Example> four = new java.util.ArrayList<>(DATA);
        four.addAll(List.of(Example.of("发顺丰吗", "ask_shipping"), Example.of("几天到", "ask_shipping"), Example.of("包邮吗", "ask_shipping")));
        List<Example> two = List.of(Example.of("很好用", "positive"), Example.of("质量不错", "positive"), Example.of("太差了", "negative"),
                Example.of("退货", "negative"));
        for (LinearModel m : List.of(new LinearTrainer(Task.INTENT).train(DATA, "a"), new LinearTrainer(Task.INTENT).train(four, "b"),
                new LinearTrainer(Task.SENTIMENT).train(two, "c"))) {
            java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
            m.write(first);
            LinearModel again = LinearModel.read(new java.io.ByteArrayInputStream(first.toByteArray()), "m");
            java.io.ByteArrayOutputStream second = new java.io.ByteArrayOutputStream();
            again.write(second);
            assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
            String p = LinearModel.preprocess("五号多少钱 质量不错");
            assertThat(again.probabilities(p)).containsExactly(m.probabilities(p));
        }
    }

    @Test
    void should_refuse_a_model_of_a_newer_format_with_a_clear_message(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(0x4C434C4D);
            out.writeInt(LinearModel.FORMAT_VERSION + 1);
        }
        Path file = dir.resolve("future.model");
        Files.write(file, bytes.toByteArray());
        assertThatThrownBy(() -> LinearModel.load(file)).isInstanceOf(LiveCopilotException.class)
                .hasMessageContaining("future.model").hasMessageContaining("format version " + (LinearModel.FORMAT_VERSION + 1))
                .hasMessageContaining("nlu train");
        Path junk = dir.resolve("junk.model");
        Files.writeString(junk, "not a model");
        assertThatThrownBy(() -> LinearModel.load(junk)).isInstanceOf(LiveCopilotException.class).hasMessageContaining("not a LiveCopilot model");
    }

    @Test
    void should_fall_back_to_other_below_the_threshold() {
        LinearModel m = new LinearTrainer(Task.INTENT, TrainerSettings.defaults(Task.INTENT).withThreshold(0.99)).train(DATA, null);
        Prediction p = m.predict("主播的猫叫什么");
        assertThat(p.label()).isEqualTo("other");
        assertThat(p.probability()).isLessThan(0.99);
    }

    @Test
    void should_cross_validate_with_every_example_predicted_once() {
        Evaluator.Evaluation e = Evaluator.crossValidate(new LinearTrainer(Task.INTENT), DATA, 3, 1);
        assertThat(e.examples()).isEqualTo(9);
        int predicted = e.confusion().values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).sum();
        assertThat(predicted).isEqualTo(9);
        assertThat(e.labels()).containsKeys("ask_price", "ask_discount", "other");
    }

    /** {@code n} examples of {@code labels} labels, each label with its own characters and shared filler. */
    static List<Example> synthetic(int labels, int n, long seed) {
        Random r = new Random(seed);
        String chars = "的是了我不在人们有来他这上着个地到大里说就去子得也和那要下看天时过出小么起你都把好还多没为又可家学只以主样年想生同老中";
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int y = i % labels;
            StringBuilder b = new StringBuilder();
            int len = 3 + r.nextInt(20);
            for (int c = 0; c < len; c++) {
                b.append(r.nextInt(3) == 0 ? chars.charAt((y * 5 + r.nextInt(5)) % chars.length()) : chars.charAt(r.nextInt(chars.length())));
                if (r.nextInt(9) == 0) b.append(r.nextBoolean() ? ' ' : (char) ('0' + r.nextInt(10)));
            }
            out.add(Example.of(b.toString(), labels == 2 ? (y == 0 ? "negative" : "positive") : "label" + y));
        }
        return out;
    }

    /** Models of every scoring path: 2, 3 and many labels; a direct row table and the bitmap; with and without NB. */
    static List<LinearModel> modelsOfEveryPath() {
        List<LinearModel> out = new ArrayList<>();
        for (Task t : Task.values()) out.add(io.livecopilot.nlp.BuiltinModels.load(t, null)); // 21 labels direct; 2 labels NB bitmap
        out.add(new LinearTrainer(Task.INTENT).train(DATA, null)); // 3 labels, direct
        TrainerSettings big = TrainerSettings.defaults(Task.INTENT).withFeatures(new FeatureSettings(20, 1, 4, true, true, 64)).withEpochs(3);
        out.add(new LinearTrainer(Task.INTENT, big).train(synthetic(9, 900, 1), null)); // 9 labels (7 + 2 padded lanes), bitmap
        out.add(new LinearTrainer(Task.INTENT, big.withFeatures(new FeatureSettings(19, 1, 2, false, false, 30))).train(synthetic(3, 300, 2), null));
        TrainerSettings two = TrainerSettings.defaults(Task.SENTIMENT).withFeatures(new FeatureSettings(16, 1, 3, true, false, 2000));
        out.add(new LinearTrainer(Task.SENTIMENT, two).train(synthetic(2, 600, 3), null)); // 2 labels NB, direct
        out.add(new LinearTrainer(Task.SENTIMENT, two.withNbWeights(false).withFeatures(FeatureSettings.sentimentDefaults()))
                .train(synthetic(2, 600, 4), null)); // 2 labels without NB, bitmap
        return out;
    }

    @Test
    void should_score_bit_for_bit_as_the_plain_loop_over_the_original_features_on_every_path() {
        List<String> texts = new ArrayList<>(HashedNgramFeaturizerTest.texts());
        for (Example e : synthetic(9, 200, 9)) texts.add(e.text());
        for (LinearModel m : modelsOfEveryPath()) {
            ReferenceScorer.Weights w = ReferenceScorer.weightsOf(m);
            String positive = m.labels().get(m.labels().size() - 1);
            for (String raw : texts) {
                String t = LinearModel.preprocess(raw);
                double[] expected = ReferenceScorer.probabilities(w, t);
                assertThat(m.probabilities(t)).as("%s %s", m.labels(), t).containsExactly(expected);
                int best = 0;
                for (int k = 1; k < expected.length; k++) if (expected[k] > expected[best]) best = k;
                Prediction p = m.predictPreprocessed(t);
                assertThat(p.probability()).isEqualTo(expected[best]);
                assertThat(p.top()).isEqualTo(m.labels().get(best));
                assertThat(m.probabilityOf(t, positive)).isEqualTo(expected[expected.length - 1]);
                // the raw text too: the model reads only what preprocess leaves
                assertThat(m.probabilities(raw)).containsExactly(ReferenceScorer.probabilities(w, raw));
            }
            assertThat(m.probabilityOf("好", "no such label")).isZero();
        }
    }

    @Test
    void should_predict_two_models_from_one_pass_exactly_as_each_alone() {
        List<String> texts = new ArrayList<>(HashedNgramFeaturizerTest.texts());
        Random r = new Random(11);
        String digits = "0123456789号码件斤元 好不吗";
        for (int t = 0; t < 300; t++) { // digit-dense: where the intent model sees 0 and the sentiment model the digit
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(80); i > 0; i--) b.append(digits.charAt(r.nextInt(digits.length())));
            texts.add(b.toString());
        }
        texts.add("1".repeat(512));
        texts.add("好".repeat(513));
        List<LinearModel> models = modelsOfEveryPath();
        for (LinearModel a : models) {
            for (LinearModel b : models) {
                String label = b.labels().get(b.labels().size() - 1);
                for (String raw : texts) {
                    String t = LinearModel.preprocess(raw);
                    for (String s : List.of(t, raw)) {
                        PairedPrediction pp = a.predictWith(s, b, label);
                        assertThat(pp.prediction()).as("%s / %s: %s", a.labels(), b.labels(), s).isEqualTo(a.predictPreprocessed(s));
                        assertThat(pp.other()).as("%s / %s: %s", a.labels(), b.labels(), s).isEqualTo(b.probabilityOf(s, label));
                        double[] probabilities = new double[a.labels().size()];
                        assertThat(a.predictWith(s, b, label, probabilities)).isEqualTo(pp);
                        assertThat(probabilities).as("%s / %s: %s", a.labels(), b.labels(), s).containsExactly(a.probabilities(s));
                    }
                }
                assertThat(a.predictWith("好", b, "no such label").other()).isZero();
            }
        }
    }

    @Test
    void should_give_the_same_results_from_many_threads_at_once() throws Exception {
        LinearModel intent = io.livecopilot.nlp.BuiltinModels.load(Task.INTENT, null);
        List<String> texts = HashedNgramFeaturizerTest.texts().stream().map(LinearModel::preprocess).toList();
        List<Prediction> expected = texts.stream().map(intent::predictPreprocessed).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Prediction>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<Prediction> got = new ArrayList<>();
                    for (int rep = 0; rep < 5; rep++) {
                        got.clear();
                        for (String s : texts) got.add(intent.predictPreprocessed(s));
                    }
                    return got;
                }));
            }
            for (Future<List<Prediction>> f : runs) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_take_the_softmax_maximum_exactly_as_math_max_does_with_nan_zeros_and_infinities() {
        double[] special = {Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1e300, 1e-300, 3.5, -2.25};
        Random r = new Random(11);
        for (int t = 0; t < 5000; t++) {
            double[] s = new double[1 + r.nextInt(6)];
            for (int k = 0; k < s.length; k++) s[k] = r.nextInt(3) == 0 ? r.nextGaussian() * 5 : special[r.nextInt(special.length)];
            double[] mine = s.clone(), reference = s.clone();
            LinearModel.softmax(mine);
            ReferenceScorer.softmax(reference);
            assertThat(mine).as(java.util.Arrays.toString(s)).containsExactly(reference);
        }
    }
}
