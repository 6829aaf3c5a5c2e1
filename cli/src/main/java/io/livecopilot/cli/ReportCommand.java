package io.livecopilot.cli;

import io.livecopilot.analytics.profile.ViewerProfiles;
import io.livecopilot.analytics.review.History;
import io.livecopilot.analytics.review.ReviewHtml;
import io.livecopilot.analytics.review.SessionReview;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.config.Settings;
import io.livecopilot.core.event.EventReader;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.core.port.Store;
import io.livecopilot.nlp.BuiltinUnderstander;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code report}: the post-live review (复盘) of a recorded session, as text, JSON or one offline HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true, description = {
        "The post-live review (复盘) of a recorded session (events JSONL): metrics, history, funnel, timeline, products,",
        "key factors, comments and suggestions. --format json|html writes to --out (or stdout); --json prints the review JSON."})
public final class ReportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "Events of the session, JSON Lines (spec/events.md).")
    Path file;

    @Option(names = "--format", paramLabel = "json|html", description = "Write the review as JSON or as one self-contained HTML page.")
    String format;

    @Option(names = "--out", paramLabel = "F", description = "Write the review there (default: stdout).")
    Path out;

    @Option(names = "--room", paramLabel = "R", description = "The room to review when the file holds several (default: the one with most events).")
    String room;

    @Option(names = "--session-gap-minutes", defaultValue = "30", paramLabel = "M",
            description = "A pause longer than this splits the room's stored history into sessions (default ${DEFAULT-VALUE}).")
    int gapMinutes;

    @Option(names = "--history-sessions", defaultValue = "30", paramLabel = "N", description = "Compare with at most N past sessions (default ${DEFAULT-VALUE}).")
    int historySessions;

    @Override
    public Integer call() {
        if (format != null && !format.equals("json") && !format.equals("html")) {
            throw LiveCopilotException.badInput("--format: must be json or html, was '" + format + "'");
        }
        PrintStream err = System.err;
        Map<String, List<LiveEvent>> byRoom = new LinkedHashMap<>();
        List<Map<String, Object>> rejected = new ArrayList<>();
        EventReader.Stats stats = EventReader.read(file, new EventReader.Sink() {
            @Override
            public void accept(LiveEvent event) {
                byRoom.computeIfAbsent(event.room(), k -> new ArrayList<>()).add(event);
            }

            @Override
            public void reject(long line, String reason) {
                if (rejected.size() < 20) err.println(file + ":" + line + ": " + reason);
                else if (rejected.size() == 20) err.println(file + ": more lines rejected (see \"rejected\" in the JSON)");
                if (rejected.size() < 1000) rejected.add(Map.of("line", line, "reason", reason));
            }
        });
        if (byRoom.isEmpty()) {
            throw LiveCopilotException.badInput(file + ": no valid events (" + stats.rejected() + " lines rejected)");
        }
        String chosen = room;
        if (chosen == null) {
            chosen = byRoom.entrySet().stream().max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size())).orElseThrow().getKey();
            if (byRoom.size() > 1) err.println(file + ": " + byRoom.size() + " rooms in the file; reviewing '" + chosen + "' (use --room)");
        } else if (!byRoom.containsKey(chosen)) {
            throw LiveCopilotException.badInput(file + ": --room '" + chosen + "' has no events; rooms: " + byRoom.keySet());
        }
        List<LiveEvent> events = byRoom.get(chosen);
        long start = Long.MAX_VALUE, end = Long.MIN_VALUE;
        for (LiveEvent e : events) {
            start = Math.min(start, e.ts());
            end = Math.max(end, e.ts());
        }

        Settings settings = Wiring.settings(common);
        Catalog catalog = null;
        List<Map<String, Object>> past = null;
        ViewerProfiles profiles = null;
        try (Store store = Wiring.store(settings)) {
            catalog = store.catalog().load();
            ViewerProfiles vp = new ViewerProfiles(catalog);
            past = History.pastSummaries(store.events(), chosen, gapMinutes * 60_000L, start, end, historySessions, vp::accept);
            profiles = vp;
        } catch (RuntimeException e) {
            err.println("livecopilot: report without history: the store is not available (" + e.getMessage() + ")");
        }
        Map<String, Object> review = SessionReview.builder()
                .understander(understander())
                .catalog(catalog)
                .history(past)
                .viewerProfiles(profiles)
                .build()
                .review(events);
        Map<String, Object> session = castMap(review.get("session"));
        session.put("file", file.toString());
        session.put("rejected_lines", stats.rejected());
        if (byRoom.size() > 1) session.put("rooms_in_file", new ArrayList<>(byRoom.keySet()));
        review.put("rejected", rejected);

        String fmt = format != null ? format : out != null && out.toString().endsWith(".html") ? "html" : "json";
        boolean written = false;
        if (out != null || format != null) {
            String doc = fmt.equals("html") ? ReviewHtml.render(review) : toJson(review);
            if (out != null) {
                try {
                    if (out.getParent() != null) Files.createDirectories(out.getParent());
                    Files.writeString(out, doc, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw LiveCopilotException.badInput(out + ": cannot write: " + e.getMessage());
                }
                written = true;
                err.println("livecopilot: wrote " + fmt + " review to " + out);
            } else if (!common.json) {
                Output.out().print(doc.endsWith("\n") ? doc : doc + "\n");
                Output.out().flush();
                return 0;
            }
        }
        if (common.json) {
            if (written) review.put("out", out.toString());
            Output.json(review);
        } else if (!written || format == null) {
            printText(review);
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static String toJson(Object o) {
        try {
            return Output.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw LiveCopilotException.internal("cannot write the review as JSON", e);
        }
    }

    /** The built-in comment understander of module nlp; {@code null} (intents left out) when its models cannot load. */
    static CommentUnderstander understander() {
        try {
            return BuiltinUnderstander.load();
        } catch (RuntimeException e) {
            System.err.println("livecopilot: cannot load the comment understander, intents and sentiment left out: " + e.getMessage());
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static void printText(Map<String, Object> review) {
        PrintStream o = Output.out();
        Map<String, Object> s = castMap(review.get("session"));
        Map<String, Object> m = castMap(review.get("metrics"));
        o.println("直播复盘 " + s.get("room") + "  " + s.get("start") + " — " + s.get("end") + "  (" + s.get("minutes") + " 分钟)");
        o.println();
        Map<String, String> names = new HashMap<>(Map.of("pv", "观看人次", "uv", "场观", "peak_online", "最高在线",
                "avg_online", "平均在线", "avg_watch_s", "人均观看(秒)", "paid_orders", "成交订单", "gmv", "GMV",
                "buy_rate", "看播成交转化率", "click_to_buy_rate", "点击成交转化率", "gpm", "GPM"));
        for (Map.Entry<String, Object> e : m.entrySet()) {
            o.printf("  %-20s %-14s %s%n", e.getKey(), format(e.getValue()), names.getOrDefault(e.getKey(), ""));
        }
        o.println();
        o.println("商品（按 GMV）:");
        for (Map<String, Object> p : (List<Map<String, Object>>) review.get("products")) {
            o.printf("  %2s. %-10s GMV %-12s 成交 %-5s 点击人数 %-5s 点击成交转化 %s%n", p.get("rank"), p.get("product"), p.get("gmv"),
                    p.get("paid_orders"), p.get("click_uv"), format(p.get("click_to_buy_rate")));
        }
        o.println();
        o.println("关键因素:");
        int i = 0;
        for (Map<String, Object> f : (List<Map<String, Object>>) review.get("factors")) {
            if (++i > 5) break;
            o.println("  " + i + ". " + f.get("explanation"));
        }
        o.println();
        o.println("建议:");
        i = 0;
        for (Map<String, Object> sg : (List<Map<String, Object>>) review.get("suggestions")) {
            o.println("  " + (++i) + ". " + sg.get("text"));
        }
    }

    private static String format(Object v) {
        if (v == null) return "—";
        if (v instanceof Double d) return String.format(java.util.Locale.ROOT, "%.4f", d);
        return String.valueOf(v);
    }
}
