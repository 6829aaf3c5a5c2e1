package io.livecopilot.nlp.classify;

import io.livecopilot.core.LiveCopilotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Sentence-embedding heads stacked onto user-trained sentiment models: the embedder, the fit, the blend, the saved format. */
class EmbeddingHeadTest {
    static final int D = SentenceEmbedder.DIMENSION;

    /** A plain character model trained on the built-in sentiment data. */
    static LinearModel plain() {
        return new LinearTrainer(Task.SENTIMENT, SentimentTrainingTest.V1_SETTINGS).train(SentimentTrainingTest.BUILTIN, null);
    }

    /** A head with seeded random weights. */
    static EmbeddingHead head(double alpha, long seed) {
        Random r = new Random(seed);
        float[] mean = new float[D], scale = new float[D], w = new float[D];
        for (int j = 0; j < D; j++) {
            mean[j] = (float) (r.nextGaussian() * 0.01);
            scale[j] = 20f + r.nextFloat() * 10f;
            w[j] = (float) (r.nextGaussian() * 0.05);
        }
        return new EmbeddingHead(alpha, 100, 42, mean, scale, w, 0.3f);
    }

    @Test
    void should_embed_a_text_as_the_same_unit_vector_every_time_and_an_empty_one_as_zeros() {
        float[] a = SentenceEmbedder.embed("味道很好，送餐也快，下次还点");
        float[] b = SentenceEmbedder.embed("味道很好，送餐也快，下次还点");
        assertThat(a).hasSize(D).containsExactly(b);
        double norm = 0;
        for (float v : a) norm += v * v;
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-3));
        assertThat(SentenceEmbedder.embed("  ")).containsOnly(0f);
        // a 10,000-character text is cut to its first MAX_CHARS characters, so it costs what a review costs
        String longText = "好".repeat(SentenceEmbedder.MAX_CHARS) + "差".repeat(10_000 - SentenceEmbedder.MAX_CHARS);
        assertThat(SentenceEmbedder.embed(longText)).containsExactly(SentenceEmbedder.embed("好".repeat(SentenceEmbedder.MAX_CHARS)));
    }

    @Test
    void should_fit_the_penalized_logistic_regression_to_its_optimum() {
        Random r = new Random(7);
        int n = 600;
        float[][] emb = new float[n][D];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < D; j++) emb[i][j] = (float) r.nextGaussian();
            y[i] = emb[i][0] + 0.5 * emb[i][1] + 0.8 * r.nextGaussian() > 0 ? 1 : 0;
        }
        EmbeddingStacker.Design design = EmbeddingStacker.Design.of(emb, y, 0, n);
        for (double lambda : EmbeddingStacker.LAMBDAS) {
            double[] w = design.logistic(lambda);
            // the gradient of the penalized log loss vanishes at the optimum (the intercept is not penalized)
            double[] g = new double[D + 1];
            double[][] z = design.z();
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j <= D; j++) s += z[i][j] * w[j];
                double err = 1 / (1 + Math.exp(-s)) - y[i];
                for (int j = 0; j <= D; j++) g[j] += err * z[i][j];
            }
            for (int j = 0; j < D; j++) g[j] += lambda * w[j];
            // (to the solver's stopping rule: a last step under 1e-5, so a gradient of about 1e-5 per example)
            for (double v : g) assertThat(v / n).as("gradient per example at λ=%s", lambda).isCloseTo(0, within(1e-5));
            // and the weights found the rule: the first two dimensions carry it
            assertThat(w[0]).isGreaterThan(Math.abs(w[5]) * 3);
            assertThat(w[0]).isGreaterThan(w[1]).isGreaterThan(0);
        }
    }

    @Test
    void should_blend_the_n_gram_and_embedding_log_odds_with_its_alpha() {
        LinearModel m = plain();
        EmbeddingHead h = head(0.6, 1);
        LinearModel stacked = m.withHead(h);
        assertThat(m.embeds()).isFalse();
        assertThat(stacked.embeds()).isTrue();
        for (String raw : List.of("味道很好，送餐也快，下次还点", "等了两个小时，饭都凉了，差评", "房间干净，服务一般", "")) {
            String t = LinearModel.preprocess(raw);
            double p = m.probabilityOf(t, "positive");
            double z = 0.6 * Math.log(p / (1 - p)) + 0.4 * h.logit(SentenceEmbedder.embed(t));
            double expected = 1 / (1 + Math.exp(-z));
            assertThat(stacked.probabilityOf(t, "positive")).as(raw).isCloseTo(expected, within(1e-9));
            assertThat(stacked.probabilities(t)[1]).isCloseTo(expected, within(1e-9));
            assertThat(stacked.predict(raw).label()).isEqualTo(expected >= 0.5 ? "positive" : "negative");
        }
        assertThatThrownBy(() -> new LinearTrainer(Task.INTENT).train(List.of(Example.of("多少钱", "ask_price"), Example.of("你好", "greet"),
                Example.of("谢谢", "thanks")), null).withHead(h)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two labels");
    }

    @Test
    void should_save_a_stacked_model_as_format_2_and_load_it_to_predict_the_same(@TempDir Path dir) throws Exception {
        LinearModel stacked = plain().withHead(head(0.35, 2));
        Path file = dir.resolve("stacked.model");
        stacked.save(file);
        assertThat(versionOf(Files.readAllBytes(file))).isEqualTo(2);
        LinearModel back = LinearModel.load(file);
        assertThat(back.embeds()).isTrue();
        assertThat(back.info().formatVersion()).isEqualTo(2);
        assertThat(back.header().path("embedding_head").path("embedder").asText()).isEqualTo(SentenceEmbedder.ID);
        assertThat(back.header().path("embedding_head").path("alpha").asDouble()).isEqualTo(0.35);
        for (String raw : List.of("味道很好，送餐也快，下次还点", "等了两个小时，饭都凉了，差评")) {
            String t = LinearModel.preprocess(raw);
            assertThat(back.probabilityOf(t, "positive")).isEqualTo(stacked.probabilityOf(t, "positive"));
        }
        // a model without a head is still written as version 1, which older programs read
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        plain().write(plain);
        assertThat(versionOf(plain.toByteArray())).isEqualTo(1);
    }

    @Test
    void should_refuse_a_head_of_another_embedder_naming_both(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("other.model");
        Files.write(file, SentimentTrainingTest.withHeader(plain().withHead(head(0.5, 3)),
                h -> ((com.fasterxml.jackson.databind.node.ObjectNode) h.path("embedding_head")).put("embedder", "text2vec-base-chinese")));
        assertThatThrownBy(() -> LinearModel.load(file)).isInstanceOf(LiveCopilotException.class)
                .hasMessageContaining("other.model").hasMessageContaining("text2vec-base-chinese").hasMessageContaining(SentenceEmbedder.ID)
                .hasMessageContaining("retrain");
    }

    @Test
    void should_stack_a_head_only_when_it_lowers_the_held_back_log_loss_and_say_so() {
        TrainerSettings tuned = new LinearTrainer(Task.SENTIMENT).tune(SentimentTrainingTest.BUILTIN, 6, null);
        List<String> log = new ArrayList<>();
        LinearModel m = new LinearTrainer(Task.SENTIMENT, tuned).trainStacked(SentimentTrainingTest.BUILTIN, null, log::add);
        assertThat(log).anyMatch(l -> l.startsWith("embed: ")).anyMatch(l -> l.startsWith("embedding head: "));
        String verdict = log.stream().filter(l -> l.startsWith("embedding head: ")).findFirst().orElseThrow();
        assertThat(m.embeds()).isEqualTo(!verdict.endsWith(": no head"));
        // fewer than 500 examples: never a head, nothing embedded
        List<String> small = new ArrayList<>();
        assertThat(new LinearTrainer(Task.SENTIMENT, tuned).trainStacked(SentimentTrainingTest.BUILTIN.subList(0, 499), null, small::add).embeds()).isFalse();
        assertThat(small).isEmpty();
    }

    private static int versionOf(byte[] model) throws Exception {
        DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(model)));
        in.readInt();
        return in.readInt();
    }
}
