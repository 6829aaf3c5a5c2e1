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
        assertThat(Seasonality.detectPeriods(y)).containsExactly(9);
        double[] line = new double[200];
        for (int t = 0; t < 200; t++) line[t] = t;
        assertThat(Seasonality.detectPeriods(line)).isEmpty();
    }

    @Test
    void should_find_daily_and_weekly_periods_in_integer_indexed_hourly_data() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(4);
        double[] y = new double[700];
        for (int t = 0; t < y.length; t++) {
            y[t] = (100 + 40 * Math.sin(2 * Math.PI * t / 24)) * (t / 24 % 7 >= 5 ? 0.6 : 1) + 3 * AutoForecasterTest.gauss(r);
        }
        assertThat(Seasonality.detectPeriods(y)).containsExactly(24, 168);
    }

    @Test
    void should_find_no_period_in_a_random_walk() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(8);
        int found = 0;
        for (int s = 0; s < 20; s++) {
            double[] y = new double[600];
            double v = 0;
            for (int t = 0; t < y.length; t++) y[t] = v += AutoForecasterTest.gauss(r);
            if (!Seasonality.detectPeriods(y).isEmpty()) found++;
        }
        // about 8% of random walks show a false period (measured on 200): allow 4 of 20
        assertThat(found).isLessThanOrEqualTo(4);
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
