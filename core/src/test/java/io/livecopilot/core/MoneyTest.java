package io.livecopilot.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {
    @Test
    void should_parse_plain_currency_marked_and_yuan_suffixed_amounts_to_two_decimals() {
        assertThat(Money.parse("199")).isEqualTo(new BigDecimal("199.00"));
        assertThat(Money.parse("199.9")).isEqualTo(new BigDecimal("199.90"));
        assertThat(Money.parse(" ¥129.00 ")).isEqualTo(new BigDecimal("129.00"));
        assertThat(Money.parse("￥59")).isEqualTo(new BigDecimal("59.00"));
        assertThat(Money.parse("88元")).isEqualTo(new BigDecimal("88.00"));
        assertThat(Money.parse("0.005")).isEqualTo(new BigDecimal("0.005"));
        assertThat(Money.parse("-5")).isEqualTo(new BigDecimal("-5.00"));
    }

    @Test
    void should_refuse_text_that_is_not_an_amount() {
        for (String bad : new String[] {"abc", "", "  ", "1e5", "12,5", "1.2.3x", "--1", "¥", "九十九"}) {
            assertThatThrownBy(() -> Money.parse(bad)).as(bad).isInstanceOf(NumberFormatException.class);
        }
        assertThatThrownBy(() -> Money.parse(null)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.parse("1".repeat(41))).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void should_format_spoken_and_plain() {
        assertThat(Money.spoken(new BigDecimal("129.00"))).isEqualTo("129");
        assertThat(Money.spoken(new BigDecimal("129.90"))).isEqualTo("129.9");
        assertThat(Money.spoken(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Money.plain(new BigDecimal("129"))).isEqualTo("129.00");
        assertThat(Money.plain(new BigDecimal("0.125"))).isEqualTo("0.13");
    }

    @Test
    void should_never_lose_cents_when_summing_many_amounts() {
        BigDecimal sum = Money.ZERO;
        for (int i = 0; i < 100_000; i++) sum = sum.add(Money.parse("0.10"));
        assertThat(sum).isEqualByComparingTo("10000.00");
    }
}
