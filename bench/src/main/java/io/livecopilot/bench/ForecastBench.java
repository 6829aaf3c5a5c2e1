package io.livecopilot.bench;

import io.livecopilot.analytics.forecast.AutoForecaster;
import io.livecopilot.analytics.forecast.Forecast;
import io.livecopilot.analytics.forecast.Frequency;
import io.livecopilot.analytics.forecast.SyntheticSeries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Forecasting speed per series with the automatic forecaster (rolling-origin selection over the whole method
 * pool): M4-like hourly series (700-960 points, horizon 48, periods 24 and 168) and weekly series (80-2600
 * points, horizon 13), one series per call on one thread, cycling through the synthetic sets.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ForecastBench {
    private List<SyntheticSeries.Sample> hourly;
    private List<SyntheticSeries.Sample> weekly;
    private final AutoForecaster auto = AutoForecaster.defaults();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        hourly = SyntheticSeries.hourly(414, 2);
        weekly = SyntheticSeries.weekly(359, 2);
    }

    @Benchmark
    public Forecast hourlySeries() {
        SyntheticSeries.Sample s = hourly.get(next++ % hourly.size());
        return auto.forecast(s.train(), Frequency.HOURLY.periods(), 24, 48);
    }

    @Benchmark
    public Forecast weeklySeries() {
        SyntheticSeries.Sample s = weekly.get(next++ % weekly.size());
        return auto.forecast(s.train(), Frequency.WEEKLY.periods(), 1, 13);
    }
}
