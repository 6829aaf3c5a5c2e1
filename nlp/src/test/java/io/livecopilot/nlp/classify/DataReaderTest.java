package io.livecopilot.nlp.classify;

import io.livecopilot.core.LiveCopilotException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataReaderTest {
    static Dataset read(String name, String text, Task task) {
        return DataReader.read(name, text.getBytes(StandardCharsets.UTF_8), task);
    }

    @Test
    void should_read_rasa_yaml_with_entities_and_line_numbers() {
        String yml = """
                version: "3.1"
                nlu:
                - intent: ask_size
                  examples: |
                    - [一米六五](height_cm:165) [100斤](weight_kg:50)穿什么码
                    - 有[XL](size)吗
                - intent: ask_price
                  examples: |
                    - [3](link_no)号什么价
                """;
        Dataset d = read("nlu.yml", yml, Task.INTENT);
        assertThat(d.rejected()).isEmpty();
        assertThat(d.examples()).extracting(Example::text).containsExactly("一米六五 100斤穿什么码", "有XL吗", "3号什么价");
        assertThat(d.examples()).extracting(Example::label).containsExactly("ask_size", "ask_size", "ask_price");
        assertThat(d.examples()).extracting(Example::line).containsExactly(5, 6, 9);
        Example first = d.examples().get(0);
        assertThat(first.entities()).extracting(Example.EntitySpan::entity).containsExactly("height_cm", "weight_kg");
        assertThat(first.entities()).extracting(Example.EntitySpan::value).containsExactly("165", "50");
        assertThat(first.entities().get(1).start()).isEqualTo(5);
        assertThat(d.sha256()).hasSize(64);
    }

    @Test
    void should_reject_unknown_intents_and_bad_lines_but_keep_the_good_ones() {
        String yml = """
                nlu:
                - intent: ask_weather
                  examples: |
                    - 明天下雨吗
                - intent: greeting
                  examples: |
                    - 晚上好
                    not an example
                    -
                """;
        Dataset d = read("nlu.yml", yml, Task.INTENT);
        assertThat(d.examples()).extracting(Example::text).containsExactly("晚上好");
        assertThat(d.rejected()).extracting(Rejection::line).containsExactly(2, 8, 9);
        assertThat(d.rejected().get(0).reason()).contains("unknown label 'ask_weather'");
        assertThat(d.rejected().get(1).reason()).contains("expected an example line");
    }

    @Test
    void should_read_csv_with_columns_in_any_order_and_report_bad_rows() {
        String csv = "id,text,label\n1,\"好用,推荐\",1\n2,太差了,0\n3,,1\n4,一般吧,maybe\n5,很满意,positive\n";
        Dataset d = read("s.csv", csv, Task.SENTIMENT);
        assertThat(d.examples()).extracting(Example::text).containsExactly("好用,推荐", "太差了", "很满意");
        assertThat(d.examples()).extracting(Example::label).containsExactly("positive", "negative", "positive");
        assertThat(d.rejected()).extracting(Rejection::line).containsExactly(4, 5);
        assertThat(d.rejected().get(0).reason()).isEqualTo("empty text");
        assertThat(d.rejected().get(1).reason()).contains("'maybe'");
    }

    @Test
    void should_read_tsv_and_the_review_column_of_public_review_sets() {
        Dataset tsv = read("s.tsv", "label\ttext\n1\t房间干净\n0\t隔音差\n", Task.SENTIMENT);
        assertThat(tsv.examples()).hasSize(2);
        Dataset reviews = read("waimai_10k.csv", "label,review\n1,很快，好吃，味道足，量大\n0,送餐慢\n", Task.SENTIMENT);
        assertThat(reviews.examples()).extracting(Example::text).containsExactly("很快，好吃，味道足，量大", "送餐慢");
    }

    @Test
    void should_refuse_a_table_without_label_and_text_columns() {
        assertThatThrownBy(() -> read("x.csv", "a,b\n1,2\n", Task.SENTIMENT))
                .isInstanceOf(LiveCopilotException.class).hasMessageContaining("x.csv:1").hasMessageContaining("'label' and 'text'");
    }
}
