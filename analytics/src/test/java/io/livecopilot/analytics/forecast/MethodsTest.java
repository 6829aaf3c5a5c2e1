package io.livecopilot.analytics.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MethodsTest {
    @Test
    void should_repeat_the_last_season_with_seasonal_naive() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8};
        assertThat(new SeasonalNaiveMethod(3).forecast(y, 5)).containsExactly(6, 7, 8, 6, 7);
        assertThat(new NaiveMethod().forecast(y, 2)).containsExactly(8, 8);
    }

    @Test
    void should_give_the_m4_theta_forecast_on_a_line() {
        // on an exact line, SES of the theta=2 line lags; Theta still follows half the regression slope from the end
        double[] y = new double[30];
        for (int t = 0; t < 30; t++) y[t] = 3 * t;
        double[] f = new ThetaMethod().forecast(y, 3);
        assertThat(f[1] - f[0]).isCloseTo(1.5, within(1e-6));
        assertThat(f[2] - f[1]).isCloseTo(1.5, within(1e-6));
    }

    @Test
    void should_fit_a_high_alpha_to_a_random_walk_and_a_low_alpha_to_noise() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        double[] walk = new double[400], noise = new double[400];
        double v = 0;
        for (int t = 0; t < 400; t++) {
            v += AutoForecasterTest.gauss(r);
            walk[t] = v;
            noise[t] = 10 + AutoForecasterTest.gauss(r);
        }
        assertThat(ExponentialSmoothingMethod.ses().fit(walk).alpha()).isGreaterThan(0.8);
        assertThat(ExponentialSmoothingMethod.ses().fit(noise).alpha()).isLessThan(0.2);
        assertThat(ExponentialSmoothingMethod.ses().forecast(noise, 1)[0]).isCloseTo(10, within(0.5));
    }

    @Test
    void should_damp_the_trend_of_the_damped_method() {
        double[] y = new double[80];
        for (int t = 0; t < 80; t++) y[t] = 100 + 5 * t + (t % 2 == 0 ? 1 : -1);
        double[] damped = ExponentialSmoothingMethod.damped().forecast(y, 40);
        double[] holt = ExponentialSmoothingMethod.holt().forecast(y, 40);
        assertThat(holt[39] - holt[38]).isCloseTo(5, within(0.3));
        assertThat(damped[39] - damped[38]).isLessThan(damped[1] - damped[0]);
    }

    @Test
    void should_give_croston_sba_and_tsb_their_textbook_relations() {
        double[] y = {0, 0, 4, 0, 0, 0, 4, 0, 0, 4, 0, 0, 0, 4, 0, 0, 4, 0, 0, 4};
        double croston = new IntermittentMethod(IntermittentMethod.Kind.CROSTON).forecast(y, 1)[0];
        double sba = new IntermittentMethod(IntermittentMethod.Kind.SBA).forecast(y, 1)[0];
        double tsb = new IntermittentMethod(IntermittentMethod.Kind.TSB).forecast(y, 1)[0];
        // demand 4 every ~3.3 periods: about 1.2 per period
        assertThat(croston).isBetween(0.9, 1.5);
        assertThat(sba).isLessThan(croston);
        assertThat(tsb).isBetween(0.8, 1.6);
        assertThat(new IntermittentMethod(IntermittentMethod.Kind.TSB).forecast(new double[] {0, 0, 0}, 2)).containsExactly(0, 0);
    }

    @Test
    void should_track_a_changing_seasonal_pattern_with_holt_winters() {
        double[] y = new double[24 * 20];
        for (int t = 0; t < y.length; t++) y[t] = (200 + t) * (1 + 0.3 * Math.sin(2 * Math.PI * t / 24));
        double[] f = new HoltWintersMethod(24).forecast(y, 24);
        for (int k = 0; k < 24; k++) {
            int t = y.length + k;
            assertThat(f[k]).isCloseTo((200 + t) * (1 + 0.3 * Math.sin(2 * Math.PI * t / 24)), within(0.03 * (200 + t)));
        }
    }

    @Test
    void should_compute_m4_smape_mase_and_owa() {
        double[] train = {10, 12, 14, 16};
        double[] actual = {18, 20};
        double[] f = {17, 22};
        assertThat(Accuracy.smape(actual, f)).isCloseTo(50 * (1.0 / 17.5 + 2.0 / 21), within(1e-9));
        assertThat(Accuracy.mase(train, actual, f, 1)).isCloseTo(1.5 / 2, within(1e-12));
        assertThat(Accuracy.owa(9, 1.5, 10, 2)).isCloseTo(0.5 * (0.9 + 0.75), within(1e-12));
    }
}
