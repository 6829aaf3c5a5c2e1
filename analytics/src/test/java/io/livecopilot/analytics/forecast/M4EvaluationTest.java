package io.livecopilot.analytics.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accuracy bar of the M4 acceptance, on a modest synthetic stand-in (the real M4 data is not available
 * offline; bench/m4/run.sh runs the full-size sets and the real files when present). The sets use a seed
 * different from the one the method choices were tuned on.
 */
class M4EvaluationTest {
    @Test
    void should_beat_theta_and_naive2_on_synthetic_hourly_series() {
        M4Evaluation.Result r = M4Evaluation.evaluate(SyntheticSeries.hourly(60, 77), Frequency.HOURLY, 24, AutoForecaster.defaults());
        assertThat(r.score("auto").owa()).isLessThan(r.score("theta").owa()).isLessThan(0.8);
    }

    @Test
    void should_beat_theta_and_comb_on_synthetic_weekly_series() {
        M4Evaluation.Result r = M4Evaluation.evaluate(SyntheticSeries.weekly(80, 77), Frequency.WEEKLY, 1, AutoForecaster.defaults());
        assertThat(r.score("auto").owa()).isLessThan(r.score("theta").owa()).isLessThan(r.score("comb").owa());
        assertThat(r.score("auto").owa()).isLessThan(0.95);
    }
}
