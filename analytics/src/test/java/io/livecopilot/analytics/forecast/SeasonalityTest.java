package io.livecopilot.analytics.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SeasonalityTest {
    @Test
    void should_pass_the_m4_test_for_a_seasonal_series_and_fail_it_for_noise() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(2);
        double[] seasonal = new double[120], noise = new double[120];
        for (int t = 0; t < 120; t++) {
            seasonal[t] = 100 + 20 * Math.sin(2 * Math.PI * t / 12) + AutoForecasterTest.gauss(r);
            noise[t] = 100 + AutoForecasterTest.gauss(r);
        }
        assertThat(Seasonality.isSeasonal(seasonal, 12)).isTrue();
        assertThat(Seasonality.isSeasonal(noise, 12)).isFalse();
        assertThat(Seasonality.isSeasonal(java.util.Arrays.copyOf(seasonal, 35), 12)).as("fewer than 3 cycles").isFalse();
    }

    @Test
    void should_detect_the_period_of_an_integer_indexed_series() {
        double[] y = new double[200];
        for (int t = 0; t < 200; t++) y[t] = 50 + 0.3 * t + 10 * Math.cos(2 * Math.PI * t / 9);
        assertThat(Seasonality.detectPeriod(y)).isEqualTo(9);
        double[] line = new double[200];
        for (int t = 0; t < 200; t++) line[t] = t;
        assertThat(Seasonality.detectPeriod(line)).isEqualTo(1);
    }

    @Test
    void should_recover_multiplicative_indices_exactly_from_a_pure_pattern() {
        double[] pattern = {0.5, 1.0, 1.5};
        double[] y = new double[30];
        for (int t = 0; t < 30; t++) y[t] = 40 * pattern[t % 3];
        double[] idx = Seasonality.indices(y, 3, true);
        for (int i = 0; i < 3; i++) assertThat(idx[i]).isCloseTo(pattern[i], within(1e-12));
        double[] add = Seasonality.indices(y, 3, false);
        assertThat(add[0] + add[1] + add[2]).isCloseTo(0, within(1e-9));
    }

    @Test
    void should_compute_the_acf_like_r() {
        double[] y = {1, 2, 3, 4, 5};
        // R: acf(1:5)$acf[2] = 0.4
        assertThat(Seasonality.acf(y, 1)[0]).isCloseTo(0.4, within(1e-12));
    }
}
