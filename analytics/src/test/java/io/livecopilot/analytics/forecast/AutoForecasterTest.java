package io.livecopilot.analytics.forecast;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AutoForecasterTest {
    private final AutoForecaster auto = AutoForecaster.defaults();

    @Test
    void should_forecast_a_constant_series_exactly_with_zero_width_intervals() {
        double[] y = new double[40];
        java.util.Arrays.fill(y, 7.5);
        Forecast f = auto.forecast(y, List.of(7), 1, 5);
        assertThat(f.mean()).containsExactly(7.5, 7.5, 7.5, 7.5, 7.5);
        assertThat(f.lower(95)).containsExactly(f.mean());
        assertThat(f.upper(80)).containsExactly(f.mean());
        assertThat(f.model()).isEqualTo("naive");
    }

    @Test
    void should_extend_an_exact_linear_trend() {
        double[] y = new double[60];
        for (int t = 0; t < y.length; t++) y[t] = 10 + 2 * t;
        Forecast f = auto.forecast(y, List.of(), 1, 5);
        for (int k = 0; k < 5; k++) assertThat(f.mean()[k]).isCloseTo(130 + 2 * k, within(1e-6));
        assertThat(f.seasons()).isEmpty();
    }

    @Test
    void should_repeat_a_pure_weekly_pattern_of_daily_data() {
        double[] pattern = {120, 80, 95, 100, 110, 300, 260};
        double[] y = new double[70];
        for (int t = 0; t < y.length; t++) y[t] = pattern[t % 7];
        Forecast f = auto.forecast(y, Frequency.DAILY.periods(), 1, 10);
        assertThat(f.seasons()).containsExactly(7);
        for (int k = 0; k < 10; k++) assertThat(f.mean()[k]).isCloseTo(pattern[(70 + k) % 7], within(1e-6));
    }

    @Test
    void should_treat_many_zeros_as_intermittent_demand() {
        SplittableRandom r = new SplittableRandom(3);
        double[] y = new double[120];
        double total = 0;
        for (int t = 0; t < y.length; t++) {
            y[t] = r.nextDouble() < 0.25 ? 1 + r.nextInt(6) : 0;
            total += y[t];
        }
        Forecast f = auto.forecast(y, List.of(7), 1, 7);
        assertThat(f.intermittent()).isTrue();
        double rate = total / y.length;
        for (double v : f.mean()) assertThat(v).isBetween(0.5 * rate, 1.6 * rate);
        for (double v : f.lower(95)) assertThat(v).isGreaterThanOrEqualTo(0);
        assertThat(f.upper(95)[0]).isGreaterThan(f.mean()[0]);
    }

    @Test
    void should_forecast_closed_nights_as_a_daily_pattern_not_as_intermittent_demand() {
        SplittableRandom r = new SplittableRandom(1);
        double[] y = new double[24 * 7 * 5];
        for (int t = 0; t < y.length; t++) {
            int hour = t % 24;
            y[t] = hour < 8 ? 0 : Math.round(100 * Math.sin(Math.PI * (hour - 8) / 16) * (1 + 0.1 * (r.nextDouble() - 0.5)));
        }
        Forecast f = auto.forecast(y, Frequency.HOURLY.periods(), 24, 48);
        assertThat(f.intermittent()).isTrue();
        assertThat(f.seasons()).contains(24);
        for (int k = 0; k < 48; k++) {
            int hour = (y.length + k) % 24;
            if (hour < 8) assertThat(f.mean()[k]).isLessThan(10);
            if (hour == 16) assertThat(f.mean()[k]).isGreaterThan(90);
        }
    }

    @Test
    void should_fall_back_to_naive_on_a_series_too_short_to_evaluate() {
        Forecast one = auto.forecast(new double[] {42}, List.of(7), 1, 3);
        assertThat(one.mean()).containsExactly(42, 42, 42);
        assertThat(one.origins()).isZero();
        Forecast three = auto.forecast(new double[] {5, 9, 7}, List.of(7), 1, 2);
        assertThat(three.model()).isEqualTo("naive");
        assertThat(three.mean()).containsExactly(7, 7);
        assertThat(three.upper(95)[1] - three.lower(95)[1]).isGreaterThan(three.upper(95)[0] - three.lower(95)[0]);
    }

    @Test
    void should_widen_intervals_with_the_horizon_on_a_random_walk() {
        SplittableRandom r = new SplittableRandom(11);
        double[] y = new double[300];
        double v = 1000;
        for (int t = 0; t < y.length; t++) {
            v += 10 * (r.nextDouble() - 0.5) * 2;
            y[t] = v;
        }
        Forecast f = auto.forecast(y, List.of(), 1, 20);
        double[] lo = f.lower(95), hi = f.upper(95), lo80 = f.lower(80), hi80 = f.upper(80);
        for (int k = 1; k < 20; k++) assertThat(hi[k] - lo[k]).isGreaterThanOrEqualTo(hi[k - 1] - lo[k - 1] - 1e-9);
        assertThat(hi[19] - lo[19]).isGreaterThan(1.5 * (hi[0] - lo[0]));
        for (int k = 0; k < 20; k++) {
            assertThat(lo[k]).isLessThan(lo80[k]);
            assertThat(hi[k]).isGreaterThan(hi80[k]);
            assertThat(f.mean()[k]).isBetween(lo80[k], hi80[k]);
        }
    }

    @Test
    void should_cover_most_future_values_with_the_95_interval() {
        // held-out coverage over many random walks with noise: 95% intervals should cover roughly 85-100%
        SplittableRandom r = new SplittableRandom(5);
        int covered = 0, total = 0;
        for (int s = 0; s < 40; s++) {
            double[] y = new double[212];
            double v = 500;
            for (int t = 0; t < y.length; t++) {
                v += 5 * gauss(r);
                y[t] = v + 8 * gauss(r);
            }
            double[] train = java.util.Arrays.copyOf(y, 200);
            Forecast f = auto.forecast(train, List.of(), 1, 12);
            double[] lo = f.lower(95), hi = f.upper(95);
            for (int k = 0; k < 12; k++) {
                total++;
                if (y[200 + k] >= lo[k] && y[200 + k] <= hi[k]) covered++;
            }
        }
        assertThat((double) covered / total).isBetween(0.8, 1.0);
    }

    @Test
    void should_find_double_seasonality_in_hourly_data() {
        double[] y = new double[24 * 7 * 5];
        for (int t = 0; t < y.length; t++) {
            int hour = t % 24, day = t / 24 % 7;
            y[t] = (100 + 50 * Math.sin(2 * Math.PI * hour / 24)) * (day >= 5 ? 0.6 : 1);
        }
        Forecast f = auto.forecast(y, Frequency.HOURLY.periods(), 24, 48);
        assertThat(f.seasons()).containsExactly(24, 168);
        for (int k = 0; k < 48; k++) assertThat(f.mean()[k]).isCloseTo(y[y.length - 168 + k], within(1e-6));
    }

    @Test
    void should_never_forecast_below_zero_for_a_non_negative_series() {
        double[] y = new double[50];
        for (int t = 0; t < y.length; t++) y[t] = Math.max(0, 100 - 2.5 * t);
        Forecast f = auto.forecast(y, List.of(), 1, 30);
        for (double v : f.mean()) assertThat(v).isGreaterThanOrEqualTo(0);
        for (double v : f.lower(95)) assertThat(v).isGreaterThanOrEqualTo(0);
    }

    @Test
    void should_handle_a_very_long_noisy_series() {
        SplittableRandom r = new SplittableRandom(9);
        double[] y = new double[20_000];
        for (int t = 0; t < y.length; t++) y[t] = 50 + 10 * Math.sin(2 * Math.PI * t / 24) + gauss(r);
        Forecast f = auto.forecast(y, Frequency.HOURLY.periods(), 24, 48);
        assertThat(f.seasons()).contains(24);
        for (int k = 0; k < 48; k++) {
            assertThat(f.mean()[k]).isCloseTo(50 + 10 * Math.sin(2 * Math.PI * (20_000 + k) / 24), within(2.0));
        }
    }

    @Test
    void should_give_finite_forecasts_and_ordered_bounds_on_random_inputs() {
        SplittableRandom r = new SplittableRandom(21);
        List<List<Integer>> periodChoices = List.of(List.of(), List.of(7), List.of(12), List.of(24, 168), List.of(52), List.of(4));
        for (int i = 0; i < 200; i++) {
            int n = 1 + r.nextInt(500);
            double[] y = new double[n];
            int kind = r.nextInt(6);
            double level = Math.pow(10, r.nextInt(9) - 2);
            for (int t = 0; t < n; t++) {
                y[t] = switch (kind) {
                    case 0 -> level * r.nextDouble();
                    case 1 -> r.nextDouble() < 0.8 ? 0 : level * r.nextInt(5);
                    case 2 -> level * (gauss(r) - 0.5);
                    case 3 -> t % 13 == 0 ? level * 1e6 : level;
                    case 4 -> t < n / 2 ? 0 : level * (1 + Math.sin(t));
                    default -> (t % 2 == 0 ? 0 : 1e6) + t;
                };
            }
            List<Integer> periods = periodChoices.get(r.nextInt(periodChoices.size()));
            int h = 1 + r.nextInt(30);
            Forecast f = auto.forecast(y, periods, 1 + r.nextInt(2), h);
            double[] lo = f.lower(95), hi = f.upper(95);
            for (int k = 0; k < h; k++) {
                assertThat(f.mean()[k]).as("series %d kind %d n %d", i, kind, n).isFinite();
                assertThat(lo[k]).isLessThanOrEqualTo(f.mean()[k]);
                assertThat(hi[k]).isGreaterThanOrEqualTo(f.mean()[k]).isFinite();
            }
        }
    }

    @Test
    void should_reject_a_horizon_below_one_and_an_empty_series() {
        assertThatThrownBy(() -> auto.forecast(new double[] {1, 2}, List.of(), 1, 0))
                .hasMessage("horizon: must be >= 1, was 0");
        assertThatThrownBy(() -> auto.forecast(new double[0], List.of(), 1, 3))
                .hasMessage("series: must have at least one value, was empty");
    }

    static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
