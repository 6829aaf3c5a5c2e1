package io.livecopilot.cli;

import io.livecopilot.analytics.forecast.ForecastJob;
import io.livecopilot.analytics.forecast.SeriesCsvReader;
import io.livecopilot.core.LiveCopilotException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code forecast}: forecasts each series in a long CSV series,timestamp,value, with intervals and stock advice. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"forecasts each series in a long CSV series,timestamp,value",
                "Frequency and seasonality are detected from the timestamps; methods are chosen or combined by rolling-origin error.",
                "Stock advice (--lead-time): units to hold to cover the lead time (+ review) at the service level."})
public final class ForecastCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV with a header series,timestamp,value ('-' for stdin)")
    String file;

    @Option(names = "--horizon", required = true, paramLabel = "H", description = "Steps to forecast.")
    int horizon;

    @Option(names = "--level", paramLabel = "L[,L...]", split = ",", defaultValue = "80,95",
            description = "Prediction interval levels in percent (default: ${DEFAULT-VALUE}).")
    List<Double> levels;

    @Option(names = "--stock", description = "Add stock advice (lead time 1 period unless --lead-time is given).")
    boolean stock;

    @Option(names = "--lead-time", paramLabel = "L", description = "Lead time in periods for stock advice (turns it on).")
    Integer leadTime;

    @Option(names = "--review", paramLabel = "R", defaultValue = "0", description = "Review period in periods added to the lead time (default: 0).")
    int review;

    @Option(names = "--service", paramLabel = "P", defaultValue = "0.95", description = "Service level for stock advice (default: ${DEFAULT-VALUE}).")
    double service;

    @Option(names = "--out", paramLabel = "F", description = "Write the result to F instead of stdout.")
    Path out;

    @Override
    public Integer call() {
        ForecastJob job;
        try {
            ForecastJob.Builder b = ForecastJob.builder(horizon).levels(levels).review(review).service(service);
            if (stock || leadTime != null) b.leadTime(leadTime == null ? 1 : leadTime);
            job = b.build();
        } catch (IllegalArgumentException e) {
            throw LiveCopilotException.badInput("forecast: " + e.getMessage());
        }
        SeriesCsvReader.Result read;
        if (file.equals("-")) {
            try {
                read = SeriesCsvReader.readText(new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "<stdin>");
            } catch (java.io.IOException e) {
                throw LiveCopilotException.badInput("<stdin>: cannot read: " + e.getMessage());
            }
        } else {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) throw LiveCopilotException.badInput(file + ": no such file");
            read = SeriesCsvReader.read(p);
        }
        for (SeriesCsvReader.Rejection r : read.rejected()) {
            System.err.println("livecopilot: " + file + ":" + r.line() + ": " + r.reason());
        }
        if (read.series().isEmpty()) {
            List<String> why = new ArrayList<>();
            for (SeriesCsvReader.Rejection r : read.rejected().subList(0, Math.min(3, read.rejected().size()))) {
                why.add(file + ":" + r.line() + ": " + r.reason());
            }
            throw LiveCopilotException.badInput(file + ": no usable series" + (why.isEmpty() ? " (no data rows)" : ": " + String.join("; ", why)));
        }
        List<ForecastJob.SeriesResult> results = job.run(read.series());
        String text;
        try {
            text = common.json ? Output.JSON.writeValueAsString(job.toJson(results, read.rejected())) + "\n" : job.toCsv(results);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw LiveCopilotException.internal("forecast: cannot write JSON", e);
        }
        if (out != null) {
            try {
                Files.writeString(out, text, java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw LiveCopilotException.badInput(out + ": cannot write: " + e.getMessage());
            }
        } else {
            Output.out().print(text);
            Output.out().flush();
        }
        return 0;
    }
}
