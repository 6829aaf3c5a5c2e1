package io.livecopilot.server;

import io.livecopilot.analytics.forecast.ForecastJob;
import io.livecopilot.analytics.forecast.SeriesCsvReader;
import io.livecopilot.analytics.profile.ViewerProfiles;
import io.livecopilot.analytics.review.History;
import io.livecopilot.analytics.review.ReviewHtml;
import io.livecopilot.analytics.review.SessionReview;
import com.fasterxml.jackson.databind.JsonNode;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.script.Script;
import io.livecopilot.script.ScriptRequest;
import io.livecopilot.script.ScriptStudio;
import io.livecopilot.script.Style;
import io.livecopilot.script.check.CheckFile;
import io.livecopilot.script.check.ScriptChecker;
import io.livecopilot.script.export.ScriptExport;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.core.port.EventLog;
import io.livecopilot.server.live.LiveRoom;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The capabilities of this build behind the API: the assistant's {@code ask}, the script studio (generate, check),
 * analytics' review report (复盘) and forecasts with stock advice; each answers as its CLI verb prints with {@code --json}.
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

    private Catalog studioCatalog;
    private ScriptStudio studio;

    /** One script studio per catalog (its knowledge of the products is built once). */
    private synchronized ScriptStudio studio(Catalog catalog) {
        if (studio == null || !catalog.equals(studioCatalog)) {
            studio = ScriptStudio.builder(catalog).build();
            studioCatalog = catalog;
        }
        return studio;
    }

    @Override
    public Object generateScript(JsonNode req, Catalog catalog) {
        if (catalog.products().isEmpty()) throw LiveCopilotException.badInput("catalog: empty; import products before writing a script");
        JsonNode ps = req.get("products");
        List<String> ids = new java.util.ArrayList<>();
        if (ps != null && !ps.isNull()) {
            if (!ps.isArray()) throw LiveCopilotException.badInput("products: must be an array of product ids, was " + ps);
            for (int i = 0; i < ps.size(); i++) {
                if (!ps.get(i).isTextual() && !ps.get(i).isNumber()) throw LiveCopilotException.badInput("products[" + i + "]: must be a product id, was " + ps.get(i));
                String id = ps.get(i).asText().strip();
                if (catalog.byId(id).isEmpty()) throw LiveCopilotException.badInput("products[" + i + "]: no product \"" + id + "\" in the catalog");
                ids.add(id);
            }
        }
        int minutes = intField(req, "minutes", 60, 5, 600);
        long seed = req.hasNonNull("seed") ? req.get("seed").asLong() : 1;
        JsonNode st = req.get("style");
        Style style = Style.parse(st == null || st.isNull() ? null : st.asText());
        ScriptRequest.Builder b = ScriptRequest.builder().minutes(minutes).style(style).seed(seed);
        if (!ids.isEmpty()) b.products(ids);
        Script script = studio(catalog).generate(b.build());
        return ScriptExport.json(script, null);
    }

    @Override
    public Object checkScript(String text, Catalog catalog) {
        if (text.length() > 200_000) throw LiveCopilotException.badInput("text: at most 200000 characters, was " + text.length());
        ScriptStudio s = studio(catalog);
        return new CheckFile(new ScriptChecker(s.guard()), catalog).check("text", text, null).json();
    }

    private static int intField(JsonNode req, String field, int dflt, int min, int max) {
        JsonNode v = req.get(field);
        if (v == null || v.isNull()) return dflt;
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw LiveCopilotException.badInput(field + ": must be a whole number from " + min + " to " + max + ", was " + v);
        }
        return v.asInt();
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
