package io.livecopilot.server;

import io.livecopilot.analytics.forecast.ForecastJob;
import io.livecopilot.analytics.forecast.SeriesCsvReader;
import io.livecopilot.analytics.profile.ViewerProfiles;
import io.livecopilot.analytics.review.History;
import io.livecopilot.analytics.review.ReviewHtml;
import io.livecopilot.analytics.review.SessionReview;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.core.port.EventLog;
import io.livecopilot.server.live.LiveRoom;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The capabilities of this build behind the API: analytics' review report (复盘) now; the assistant's {@code ask},
 * the script module and forecasts as they land. One not available answers 501 (the interface's default).
 */
public final class ModuleServices implements ServerServices {
    /** Events further apart than this belong to different sessions of a room. */
    public static final long SESSION_GAP_MS = 30 * 60_000L;

    private final EventLog log;
    private final Supplier<CommentUnderstander> understander;

    private final ModuleParts parts;

    /**
     * @param parts the live operators, for {@code ask} outside a room (may be {@code null}: ask then needs a room)
     */
    public ModuleServices(EventLog log, Supplier<CommentUnderstander> understander, ModuleParts parts) {
        this.log = log;
        this.understander = understander;
        this.parts = parts;
    }

    @Override
    public Object report(String room, List<LiveEvent> events, Catalog catalog) {
        return review(room, events, catalog);
    }

    @Override
    public String reportHtml(String room, List<LiveEvent> events, Catalog catalog) {
        return ReviewHtml.render(review(room, events, catalog));
    }

    private Map<String, Object> review(String room, List<LiveEvent> events, Catalog catalog) {
        if (events.isEmpty()) throw LiveCopilotException.badInput("room \"" + room + "\": no events to review");
        long start = events.get(0).ts(), end = events.get(events.size() - 1).ts();
        CommentUnderstander u = understander == null ? null : understander.get();
        ViewerProfiles profiles = new ViewerProfiles(catalog);
        List<Map<String, Object>> past = History.pastSummaries(log, room, SESSION_GAP_MS, start, end, 30, profiles::accept);
        return SessionReview.builder().catalog(catalog).understander(u).history(past).viewerProfiles(profiles)
                .build().review(events);
    }

    @Override
    public Object forecast(String csv, int horizon, List<Double> levels, Integer leadTime) {
        ForecastJob job;
        try {
            ForecastJob.Builder b = ForecastJob.builder(horizon).levels(levels);
            if (leadTime != null) b.leadTime(leadTime);
            job = b.build();
        } catch (IllegalArgumentException e) {
            throw LiveCopilotException.badInput("forecast: " + e.getMessage());
        }
        SeriesCsvReader.Result read = SeriesCsvReader.readText(csv, "body");
        if (read.series().isEmpty()) {
            String why = read.rejected().isEmpty() ? "no data rows" : read.rejected().stream().limit(3)
                    .map(r -> "body:" + r.line() + ": " + r.reason()).collect(java.util.stream.Collectors.joining("; "));
            throw LiveCopilotException.badInput("body: no usable series (" + why + ")");
        }
        return job.toJson(job.run(read.series()), read.rejected());
    }

    private io.livecopilot.server.live.AssistantOperator standalone;
    private Catalog standaloneCatalog;

    /** Without a room: one assistant outside the live rooms, made again when the catalog changed. */
    @Override
    public synchronized Object ask(String text, String user, String product, LiveRoom room, Catalog catalog) {
        if (room != null) return room.ask(text, user, product);
        if (parts == null) return ServerServices.super.ask(text, user, product, null, catalog);
        if (standalone == null || !catalog.equals(standaloneCatalog)) {
            standalone = parts.standalone();
            standaloneCatalog = catalog;
        }
        if (standalone == null) throw LiveCopilotException.notAvailable(parts.missing("assistant"));
        return standalone.ask(text, user, product);
    }
}
