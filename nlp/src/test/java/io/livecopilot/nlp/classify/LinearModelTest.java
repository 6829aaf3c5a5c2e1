package io.livecopilot.nlp.classify;

import io.livecopilot.core.LiveCopilotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertThat(c.info().formatVersion()).isEqualTo(LinearModel.FORMAT_VERSION);
        assertThat(c.header().path("settings").path("epochs").asInt()).isEqualTo(t.settings().epochs());
        assertThat(c.predict("五号多少钱").label()).isEqualTo("ask_price");
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
}
