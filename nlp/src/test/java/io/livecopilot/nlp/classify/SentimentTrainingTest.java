package io.livecopilot.nlp.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livecopilot.core.LiveCopilotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Training sentiment models on user review sets: word features, averaging, the tuner, and models saved before them. */
class SentimentTrainingTest {
    static final String REVIEW = "这家外卖送得很快，味道也不错，就是有点咸了，不太好吃";
    /** The built-in sentiment data (519 comments and short reviews). */
    static final List<Example> BUILTIN = DataReader.read(Path.of("src/main/resources/io/livecopilot/nlp/data/sentiment.csv"), Task.SENTIMENT).examples();
    /** Texts and the probability of positive (as {@code Double.doubleToLongBits}) under {@code sentiment-v1.model}, as main's code computed them. */
    static final Map<String, Long> V1_PROBABILITIES = Map.of(
            "味道很好，送餐也快，下次还点", 4606919926872722425L,
            "等了两个小时，饭都凉了，差评", 4586760226444890897L,
            "房间干净，服务一般", 4601683505274060585L,
            "", 4599902681071155842L);
    /** The settings {@code sentiment-v1.model} was trained with (on {@link #BUILTIN}). */
    static final TrainerSettings V1_SETTINGS = TrainerSettings.defaults(Task.SENTIMENT).withFeatures(new FeatureSettings(16, 1, 3, true, false, 2000));

    static LinearModel v1() throws Exception {
        try (InputStream in = SentimentTrainingTest.class.getResourceAsStream("sentiment-v1.model")) {
            return LinearModel.read(in, "sentiment-v1.model");
        }
    }

    /** {@code m} gives each text of {@link #V1_PROBABILITIES} exactly the probability of positive main's code gave it. */
    private static void assertPredictsAsMainDid(LinearModel m) {
        V1_PROBABILITIES.forEach((text, bits) -> {
            double recordedByMain = Double.longBitsToDouble(bits); // the fixed value main's code computed, stored as bits
            assertThat(m.probabilityOf(LinearModel.preprocess(text), "positive")).as(text).isEqualTo(recordedByMain);
        });
    }

    @Test
    void should_load_a_model_saved_before_word_features_and_predict_exactly_as_then() throws Exception {
        LinearModel m = v1();
        assertThat(m.settings().features().words()).isZero();
        assertThat(m.settings().average()).isFalse();
        assertPredictsAsMainDid(m);
    }

    @Test
    void should_train_a_character_model_exactly_as_before_and_write_the_same_header_keys() throws Exception {
        LinearModel m = new LinearTrainer(Task.SENTIMENT, V1_SETTINGS).train(BUILTIN, null);
        assertPredictsAsMainDid(m);
        assertThat(m.header().path("featurizer").asText()).isEqualTo("char-ngram-hash-v1");
        assertThat(m.header().has("segmenter")).isFalse();
        List<String> keys = new ArrayList<>();
        m.header().path("settings").fieldNames().forEachRemaining(keys::add);
        List<String> v1Keys = new ArrayList<>();
        v1().header().path("settings").fieldNames().forEachRemaining(v1Keys::add);
        assertThat(keys).isEqualTo(v1Keys).doesNotContain("words", "average");
    }

    @Test
    void should_cut_a_review_into_words_with_punctuation_as_boundaries() {
        assertThat(WordSegmenter.tokens(REVIEW)).containsExactly(
                "这家", "外", "卖", "送", "得", "很快", null, "味道", "也", "不错", null, "就是", "有点", "咸", "了", null, "不", "太", "好吃");
        assertThat(WordSegmenter.tokens("，！")).isEmpty();
        assertThat(WordSegmenter.tokens("")).isEmpty();
    }

    @Test
    void should_add_words_and_word_pairs_after_the_character_features() {
        FeatureSettings chars = FeatureSettings.sentimentDefaults();
        int[] c = featurize(chars, REVIEW);
        assertThat(c).containsExactly(ReferenceScorer.featurize(chars, REVIEW));
        int[] w1 = featurize(chars.withWords(1), REVIEW);
        int[] w2 = featurize(chars.withWords(2), REVIEW);
        // words of two or more characters: 这家 很快 味道 不错 就是 有点 好吃; pairs inside each clause: 5 + 2 + 3 + 2
        assertThat(w1).hasSize(c.length + 7).startsWith(c);
        assertThat(w2).hasSize(c.length + 7 + 12).startsWith(c);
        assertThat(new HashedNgramFeaturizer(chars.withWords(2)).count(REVIEW)).isEqualTo(w2.length);
        assertThat(w2.length).isLessThanOrEqualTo(new HashedNgramFeaturizer(chars.withWords(2)).capacity(REVIEW.length()));
        // 不|好吃 (the pair) is another feature than 好吃 alone, and than 不|错
        assertThat(featurize(chars.withWords(2), "不好吃")).isNotEqualTo(featurize(chars.withWords(2), "好吃"));
        // only the first maxChars characters are read, words too
        FeatureSettings short4 = new FeatureSettings(21, 1, 3, true, false, 4, 2);
        assertThat(featurize(short4, REVIEW)).containsExactly(featurize(short4, REVIEW.substring(0, 4)));
    }

    @Test
    void should_score_a_word_model_as_the_plain_loop_over_its_features_and_load_it_back(@TempDir Path dir) {
        TrainerSettings s = TrainerSettings.defaults(Task.SENTIMENT).withFeatures(FeatureSettings.sentimentDefaults().withWords(2)).withAverage(true).withEpochs(6);
        LinearModel m = new LinearTrainer(Task.SENTIMENT, s).train(BUILTIN, "sha");
        Path file = dir.resolve("words.model");
        m.save(file);
        LinearModel back = LinearModel.load(file);
        assertThat(back.settings()).isEqualTo(s);
        assertThat(back.header().path("featurizer").asText()).isEqualTo("char-ngram-word-hash-v1");
        assertThat(back.header().path("segmenter").asText()).isEqualTo(WordSegmenter.ID);
        assertThat(back.header().path("settings").path("words").asInt()).isEqualTo(2);
        assertThat(back.header().path("settings").path("average").asBoolean()).isTrue();
        ReferenceScorer.Weights w = ReferenceScorer.weightsOf(m);
        List<String> texts = new ArrayList<>(HashedNgramFeaturizerTest.texts());
        texts.addAll(List.of(REVIEW, "味道不好，送得太慢了", "不好吃", "好吃"));
        LinearModel intent = io.livecopilot.nlp.BuiltinModels.load(Task.INTENT, null);
        for (String raw : texts) {
            String t = LinearModel.preprocess(raw);
            double[] expected = plainLoop(w, s.features(), t);
            assertThat(m.probabilities(t)).as(t).containsExactly(expected);
            assertThat(back.probabilities(t)).as(t).containsExactly(expected);
            assertThat(m.probabilityOf(t, "positive")).isEqualTo(expected[1]);
            // the pair path falls back to two single calls for a word model
            assertThat(intent.predictWith(t, m, "positive").other()).isEqualTo(expected[1]);
        }
        assertThat(m.predict("味道很好，送餐很快，五星好评").label()).isEqualTo("positive");
        assertThat(m.predict("太难吃了，送了两个小时，差评").label()).isEqualTo("negative");
    }

    @Test
    void should_refuse_a_word_model_of_another_segmenter_with_a_clear_message(@TempDir Path dir) throws Exception {
        TrainerSettings s = TrainerSettings.defaults(Task.SENTIMENT).withFeatures(new FeatureSettings(16, 1, 3, true, false, 2000, 1));
        LinearModel m = new LinearTrainer(Task.SENTIMENT, s).train(BUILTIN.subList(0, 60), null);
        Path file = dir.resolve("other-seg.model");
        Files.write(file, withHeader(m, h -> h.put("segmenter", "jieba-0.42")));
        assertThatThrownBy(() -> LinearModel.load(file)).isInstanceOf(LiveCopilotException.class)
                .hasMessageContaining("other-seg.model").hasMessageContaining("jieba-0.42").hasMessageContaining(WordSegmenter.ID)
                .hasMessageContaining("nlu train");
        Path odd = dir.resolve("odd-featurizer.model");
        Files.write(odd, withHeader(m, h -> h.put("featurizer", "char-ngram-hash-v9")));
        assertThatThrownBy(() -> LinearModel.load(odd)).isInstanceOf(LiveCopilotException.class)
                .hasMessageContaining("odd-featurizer.model").hasMessageContaining("unknown featurizer 'char-ngram-hash-v9'");
    }

    @Test
    void should_average_deterministically_and_differ_from_the_last_weights() {
        TrainerSettings s = V1_SETTINGS.withEpochs(3);
        LinearModel plain = new LinearTrainer(Task.SENTIMENT, s).train(BUILTIN, null);
        LinearModel a = new LinearTrainer(Task.SENTIMENT, s.withAverage(true)).train(BUILTIN, null);
        LinearModel b = new LinearTrainer(Task.SENTIMENT, s.withAverage(true)).train(BUILTIN, null);
        String t = LinearModel.preprocess("房间很大，早餐一般");
        assertThat(a.probabilities(t)).containsExactly(b.probabilities(t));
        assertThat(a.probabilities(t)).isNotEqualTo(plain.probabilities(t));
        assertThat(a.predict("服务热情，房间干净").label()).isEqualTo("positive");
        assertThat(a.predict("隔音太差，一晚上没睡好").label()).isEqualTo("negative");
    }

    @Test
    void should_tune_on_a_held_back_tenth_deterministically_with_words_and_averaging() {
        List<String> log1 = new ArrayList<>(), log2 = new ArrayList<>();
        LinearTrainer t = new LinearTrainer(Task.SENTIMENT);
        TrainerSettings a = t.tune(BUILTIN, 6, log1::add);
        TrainerSettings b = t.tune(BUILTIN, 6, log2::add);
        assertThat(a).isEqualTo(b);
        assertThat(log1).isEqualTo(log2).hasSize(5);
        assertThat(log1.get(4)).startsWith("tune: chose");
        assertThat(a.features().words()).isEqualTo(2);
        assertThat(a.average()).isTrue();
        assertThat(a.epochs()).isBetween(1, 6);
        assertThat(t.candidates(2)).hasSize(4).allSatisfy(c -> assertThat(c.features().words()).isEqualTo(2));
        // intents: only the step is tuned, features as set
        assertThat(new LinearTrainer(Task.INTENT).candidates(21)).extracting(TrainerSettings::learningRate).containsExactly(0.05, 0.2);
        assertThat(new LinearTrainer(Task.INTENT).candidates(21)).allSatisfy(c -> assertThat(c.features().words()).isZero());
        // fewer than 500 examples: the settings as given
        assertThat(t.tune(BUILTIN.subList(0, 499), 6, null)).isEqualTo(t.settings());
    }

    static int[] featurize(FeatureSettings s, String text) {
        HashedNgramFeaturizer f = new HashedNgramFeaturizer(s);
        int[] buf = new int[f.capacity(text.length())];
        return Arrays.copyOf(buf, f.featurize(text, buf));
    }

    /** Probabilities of a two-label model from {@link HashedNgramFeaturizer#featurize} and the saved weights, the plain way. */
    static double[] plainLoop(ReferenceScorer.Weights w, FeatureSettings s, String text) {
        int[] buf = featurize(s, text);
        float[] acc = new float[2];
        if (buf.length > 0) {
            float scale = (float) (1.0 / Math.sqrt(buf.length));
            for (int f : buf) {
                float[] row = w.rows().get(f);
                if (row == null) continue;
                float v = w.nb() == null ? scale : scale * w.nb().get(f);
                acc[0] += v * row[0];
                acc[1] += v * row[1];
            }
        }
        double[] p = {w.bias()[0] + acc[0], w.bias()[1] + acc[1]};
        ReferenceScorer.softmax(p);
        return p;
    }

    /** The model's saved bytes with its JSON header changed by {@code edit}. */
    static byte[] withHeader(LinearModel m, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        m.write(raw);
        DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(raw.toByteArray())));
        int magic = in.readInt(), version = in.readInt();
        byte[] h = new byte[in.readInt()];
        in.readFully(h);
        byte[] rest = in.readAllBytes();
        ObjectNode header = (ObjectNode) new ObjectMapper().readTree(new String(h, StandardCharsets.UTF_8));
        edit.accept(header);
        byte[] nh = new ObjectMapper().writeValueAsBytes(header);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
            d.writeInt(magic);
            d.writeInt(version);
            d.writeInt(nh.length);
            d.write(nh);
            d.write(rest);
        }
        return out.toByteArray();
    }
}
