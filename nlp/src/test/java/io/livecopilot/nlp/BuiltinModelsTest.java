package io.livecopilot.nlp;

import io.livecopilot.core.nlu.Intent;
import io.livecopilot.nlp.classify.Dataset;
import io.livecopilot.nlp.classify.Example;
import io.livecopilot.nlp.classify.LinearModel;
import io.livecopilot.nlp.classify.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltinModelsTest {

    @Test
    void should_train_the_built_in_intent_model_on_both_data_files() {
        Dataset first = BuiltinModels.read(BuiltinModels.INTENT_DATA, Task.INTENT);
        Dataset second = BuiltinModels.read(BuiltinModels.INTENT_DATA_2, Task.INTENT);
        Dataset both = BuiltinModels.dataset(Task.INTENT);

        assertThat(first.examples()).hasSizeGreaterThan(3000);
        assertThat(second.examples()).hasSizeGreaterThan(600);
        assertThat(first.rejected()).isEmpty();
        assertThat(second.rejected()).isEmpty();
        assertThat(both.examples()).hasSize(first.examples().size() + second.examples().size());
        assertThat(both.examples().subList(first.examples().size(), both.examples().size())).isEqualTo(second.examples());
        assertThat(both.sha256()).isNotIn(first.sha256(), second.sha256());

        LinearModel model = BuiltinModels.load(Task.INTENT, null);
        assertThat(model.info().examples()).isEqualTo(both.examples().size());
        assertThat(model.info().dataSha256()).isEqualTo(both.sha256());
    }

    @Test
    void should_label_the_second_file_with_the_21_contract_intents_and_share_no_sentence_with_the_first() {
        Dataset first = BuiltinModels.read(BuiltinModels.INTENT_DATA, Task.INTENT);
        Dataset second = BuiltinModels.read(BuiltinModels.INTENT_DATA_2, Task.INTENT);

        Set<String> wires = Arrays.stream(Intent.values()).map(Intent::wire).collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(second.labels())).isEqualTo(wires);
        Set<String> firstTexts = first.examples().stream().map(Example::text).collect(Collectors.toSet());
        assertThat(second.examples()).noneMatch(e -> firstTexts.contains(e.text()));
        assertThat(second.examples().stream().map(Example::text).distinct().count()).isEqualTo(second.examples().size());
    }

    @Test
    void should_change_the_data_hash_when_either_file_changes() {
        Dataset a = BuiltinModels.read(BuiltinModels.INTENT_DATA, Task.INTENT);
        Dataset b = BuiltinModels.read(BuiltinModels.INTENT_DATA_2, Task.INTENT);
        Dataset bChanged = new Dataset(b.source(), b.examples().subList(1, b.examples().size()), List.of(),
                "0".repeat(64));
        Dataset aChanged = new Dataset(a.source(), a.examples(), List.of(), "f".repeat(64));

        String sha = Dataset.concat("x", List.of(a, b)).sha256();
        assertThat(Dataset.concat("x", List.of(a, b)).sha256()).isEqualTo(sha);
        assertThat(Stream.of(Dataset.concat("x", List.of(a, bChanged)), Dataset.concat("x", List.of(aChanged, b)),
                Dataset.concat("x", List.of(b, a)))).extracting(Dataset::sha256).doesNotContain(sha).doesNotHaveDuplicates();
    }

    @Test
    void should_cache_the_intent_model_under_the_hash_of_both_files(@TempDir Path dir) throws Exception {
        String sha = BuiltinModels.dataset(Task.INTENT).sha256();
        LinearModel trained = BuiltinModels.load(Task.INTENT, dir);
        List<Path> cached;
        try (Stream<Path> s = Files.list(dir)) {
            cached = s.toList();
        }
        assertThat(cached).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).startsWith("intent-" + sha.substring(0, 12) + "-"));
        LinearModel again = BuiltinModels.load(Task.INTENT, dir);
        assertThat(again.info().dataSha256()).isEqualTo(sha);
        assertThat(again.info().trainedAt()).isEqualTo(trained.info().trainedAt());
    }
}
