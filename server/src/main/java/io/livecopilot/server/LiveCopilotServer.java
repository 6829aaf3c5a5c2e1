package io.livecopilot.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.security.RouteRole;
import io.livecopilot.core.ErrorKind;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.catalog.CatalogWriter;
import io.livecopilot.core.catalog.ImportResult;
import io.livecopilot.core.catalog.Rejection;
import io.livecopilot.core.event.EventReader;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.port.Store;
import io.livecopilot.server.auth.Principal;
import io.livecopilot.server.auth.RateLimiter;
import io.livecopilot.server.auth.Role;
import io.livecopilot.server.auth.TokenStore;
import io.livecopilot.server.http.ApiErrors;
import io.livecopilot.server.http.Json;
import io.livecopilot.server.http.SseHub;
import io.livecopilot.server.ingest.EventIngestor;
import io.livecopilot.server.live.LiveParts;
import io.livecopilot.server.live.LiveRoom;
import io.livecopilot.server.live.LiveRooms;
import io.livecopilot.server.live.Reply;
import io.livecopilot.server.live.ReplyAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The LiveCopilot server: the HTTP API of spec/api.md (REST + SSE) with token roles, durable ingest into the store,
 * the live rooms rebuilt from the store at start, and the web app, all in one process.
 *
 * <p>Made with {@link #builder()}; {@link #start()} rebuilds the rooms from the event log before it listens, so the
 * first answer after a restart already has every event that was answered with 202.
 */
public final class LiveCopilotServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveCopilotServer.class);
    private static final Role[] ALL = {Role.ADMIN, Role.MANAGER, Role.ANALYST};
    private static final Role[] OPERATE = {Role.ADMIN, Role.MANAGER};
    private static final Role[] ANALYZE = {Role.ADMIN, Role.ANALYST};
    private static final Pattern ROOM = Pattern.compile("[A-Za-z0-9_.:\\-\\p{IsHan}]{1,128}");
    private static final Pattern ASSET = Pattern.compile("[a-z0-9][a-z0-9\\-]*\\.(html|js|css|svg|json)");
    static final String WEB = "io/livecopilot/server/web/";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Builder b;
    private final LiveRooms rooms;
    private final EventIngestor ingestor;
    private final SseHub hub;
    private final ExecutorService senders;
    private final ScheduledExecutorService ticker;
    private final RateLimiter limiter;
    /** For callers without a valid token (password guessing, floods): per address, much lower. */
    private final RateLimiter anonymous;
    private final Map<String, String> lastQuestions = new ConcurrentHashMap<>();
    private Javalin app;
    private long restored;

    private LiveCopilotServer(Builder b) {
        this.b = b;
        this.rooms = new LiveRooms(b.parts, b.recent);
        this.ingestor = new EventIngestor(b.store.events(), rooms, b.ingestCapacity, b.maxBatch);
        this.senders = Executors.newFixedThreadPool(b.sseThreads, daemon("sse-send"));
        this.hub = new SseHub(senders);
        this.ticker = Executors.newSingleThreadScheduledExecutor(daemon("live-ticker"));
        this.limiter = new RateLimiter(b.ratePerSecond, b.rateBurst);
        this.anonymous = new RateLimiter(Math.min(b.ratePerSecond, 20), Math.min(b.rateBurst, 100));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Rebuilds the rooms from the store, then listens. */
    public LiveCopilotServer start() {
        long t0 = System.nanoTime();
        restored = rooms.restore(b.store.events());
        if (restored > 0) {
            LOG.info("rebuilt {} rooms from {} stored events in {} ms", rooms.names().size(), restored, (System.nanoTime() - t0) / 1_000_000);
        }
        app = Javalin.create(cfg -> {
            cfg.http.maxRequestSize = b.maxRequestBytes;
            cfg.http.defaultContentType = Json.CONTENT_TYPE;
            cfg.jetty.host = b.host;
            cfg.jetty.port = b.port;
            cfg.startup.showJavalinBanner = false;
            cfg.routes.before(this::securityHeaders);
            cfg.routes.beforeMatched(this::authorize);
            cfg.routes.exception(LiveCopilotException.class, ApiErrors::handle);
            cfg.routes.exception(HttpResponseException.class, ApiErrors::handle);
            cfg.routes.exception(Exception.class, ApiErrors::handleUnexpected);
            cfg.routes.error(404, ctx -> {
                if (ctx.attribute(Json.ANSWERED) == null) Json.send(ctx, 404, ApiErrors.body("not_found", "no such route: " + ctx.method() + " " + ctx.path()));
            });
            cfg.routes.error(405, ctx -> {
                if (ctx.attribute(Json.ANSWERED) == null) Json.send(ctx, 405, ApiErrors.body("method_not_allowed", ctx.method() + " " + ctx.path()));
            });
            routes(cfg.routes);
        });
        app.start();
        ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    /** The port listened on (useful with port 0). */
    public int port() {
        return app.port();
    }

    /** Events read back from the store at start. */
    public long restoredEvents() {
        return restored;
    }

    public LiveRooms rooms() {
        return rooms;
    }

    public EventIngestor ingestor() {
        return ingestor;
    }

    public SseHub hub() {
        return hub;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        hub.closeAll();
        if (app != null) app.stop();
        ingestor.close();
        senders.shutdownNow();
    }

    // ---- routes --------------------------------------------------------------------------------------------------

    private void routes(io.javalin.config.RoutesConfig r) {
        r.get("/api/health", ctx -> Json.send(ctx, 200, Map.of("status", "ok", "version", b.version)));
        r.get("/api/openapi.json", ctx -> ctx.contentType(Json.CONTENT_TYPE).result(resource(WEB + "openapi.json")), ALL);
        r.get("/api/whoami", ctx -> {
            Principal p = ctx.attribute("principal");
            Json.send(ctx, 200, Map.of("name", p.name(), "role", p.role().wire()));
        }, ALL);
        r.post("/api/tokens", this::issueToken, Role.ADMIN);
        r.post("/api/catalog", this::importCatalog, Role.ADMIN);
        r.get("/api/products", ctx -> Json.send(ctx, 200, CatalogWriter.toJson(b.store.catalog().load())), ALL);
        r.get("/api/rooms", ctx -> Json.send(ctx, 200, Map.of("rooms", rooms.names())), ALL);
        r.post("/api/rooms/{room}/events", this::ingest, OPERATE);
        r.get("/api/rooms/{room}/metrics", ctx -> {
            LiveRoom room = existingRoom(ctx);
            Json.send(ctx, 200, room.metrics());
        }, ALL);
        r.get("/api/rooms/{room}/timeline", ctx -> {
            LiveRoom room = existingRoom(ctx);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("timeline", room.timeline());
            m.put("products", room.products());
            m.put("hot_words", room.hotWords(20));
            Json.send(ctx, 200, m);
        }, ALL);
        r.get("/api/rooms/{room}/questions", ctx -> {
            LiveRoom room = existingRoom(ctx);
            Json.send(ctx, 200, Map.of("top_questions", room.topQuestions(intParam(ctx, "n", 10, 1, 100))));
        }, ALL);
        r.sse("/api/rooms/{room}/stream", client -> {
            String name = roomName(client.ctx());
            client.keepAlive();
            hub.attach(client, rooms.room(name), lastEventId(client.ctx()));
        }, ALL);
        r.post("/api/rooms/{room}/replies/{id}", this::decide, OPERATE);
        r.post("/api/ask", this::ask, OPERATE);
        r.post("/api/scripts", ctx -> Json.send(ctx, 200, b.services.generateScript(Json.object(ctx), b.store.catalog().load())), OPERATE);
        r.post("/api/scripts/check", ctx -> {
            JsonNode body = Json.object(ctx);
            Json.send(ctx, 200, b.services.checkScript(Json.text(body, "text"), b.store.catalog().load()));
        }, OPERATE);
        r.get("/api/rooms/{room}/report", this::report, ANALYZE);
        r.post("/api/forecast", this::forecast, ANALYZE);

        r.get("/", ctx -> asset(ctx, "index.html"));
        r.get("/app/{file}", ctx -> asset(ctx, ctx.pathParam("file")));
        r.get("/vendor/echarts.min.js", this::echarts);
    }

    private void issueToken(Context ctx) {
        JsonNode body = Json.object(ctx);
        String name = Json.text(body, "name").strip();
        if (!name.matches("[A-Za-z0-9_.\\-]{1,64}")) throw LiveCopilotException.badInput("name: letters, digits, _ . - only (1–64), was \"" + name + "\"");
        Role role = Role.parse(Json.text(body, "role"));
        String token = b.tokens.issue(name, role);
        Json.send(ctx, 201, Map.of("name", name, "role", role.wire(), "token", token));
    }

    private void importCatalog(Context ctx) {
        String text = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        if (text.isBlank()) throw LiveCopilotException.badInput("body: a catalog (JSON or CSV, spec/catalog.md) is required, the body was empty");
        ImportResult res = CatalogReader.readText(text);
        if (res.imported() > 0) b.store.catalog().upsert(res.catalog());
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (Rejection x : res.rejected()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", x.line());
            if (x.path() != null) m.put("path", x.path());
            m.put("reason", x.reason());
            rejected.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("imported", res.imported());
        out.put("rejected", rejected);
        Json.send(ctx, 200, out);
    }

    private void ingest(Context ctx) {
        String room = roomName(ctx);
        byte[] body = ctx.bodyAsBytes();
        List<LiveEvent> ok = new ArrayList<>();
        List<Map<String, Object>> rejected = new ArrayList<>();
        boolean[] jsonl = {true};
        int i = 0;
        while (i < body.length && Character.isWhitespace(body[i])) i++;
        if (i < body.length && body[i] == '[') jsonl[0] = false;
        EventReader.readAny(body, new EventReader.Sink() {
            @Override
            public void accept(LiveEvent e) {
                if (!room.equals(e.room())) {
                    long index = ok.size() + rejected.size();
                    rejected.add(LiveCopilotServer.reject(index, "room: must be \"" + room + "\" (the room of the URL), was \"" + e.room() + "\""));
                } else {
                    ok.add(e);
                }
            }

            @Override
            public void reject(long position, String reason) {
                // JSON Lines count lines from 1; the API reports every refusal by its 0-based index in the request
                rejected.add(LiveCopilotServer.reject(jsonl[0] ? ok.size() + rejected.size() : position, reason));
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accepted", ok.size());
        out.put("rejected", rejected);
        if (ok.isEmpty()) {
            Json.send(ctx, rejected.isEmpty() ? 202 : 400, rejected.isEmpty() ? out : withError(out));
            return;
        }
        CompletableFuture<Void> durable = ingestor.submit(ok);
        ctx.future(() -> durable.thenRun(() -> Json.send(ctx, 202, out)));
    }

    private static Map<String, Object> withError(Map<String, Object> out) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", ApiErrors.code(ErrorKind.BAD_INPUT));
        m.put("detail", "no event of the request was valid");
        m.putAll(out);
        return m;
    }

    private static Map<String, Object> reject(long index, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", index);
        m.put("reason", reason);
        return m;
    }

    private void decide(Context ctx) {
        LiveRoom room = existingRoom(ctx);
        JsonNode body = Json.object(ctx);
        ReplyAction action = ReplyAction.parse(Json.text(body, "action"));
        Reply r = room.decide(ctx.pathParam("id"), action, Json.optText(body, "text"));
        Json.send(ctx, 200, r.toMap(room.room()));
    }

    private void ask(Context ctx) {
        JsonNode body = Json.object(ctx);
        String text = Json.text(body, "text");
        if (text.isBlank() || text.length() > 2000) throw LiveCopilotException.badInput("text: must be 1–2000 characters, was " + text.length());
        String roomName = Json.optText(body, "room");
        LiveRoom room = null;
        if (roomName != null) {
            checkRoom(roomName);
            room = rooms.room(roomName);
        }
        Json.send(ctx, 200, b.services.ask(text, Json.optText(body, "user"), Json.optText(body, "product"), room, b.store.catalog().load()));
    }

    private void report(Context ctx) {
        String room = roomName(ctx);
        List<io.livecopilot.core.port.EventLog.SessionInfo> sessions = b.store.events().sessions(room, ModuleServices.SESSION_GAP_MS);
        if (sessions.isEmpty()) throw new LiveCopilotException(ErrorKind.NOT_FOUND, "room \"" + room + "\" has no recorded events");
        var last = sessions.get(sessions.size() - 1); // the latest session; earlier ones are its history
        List<LiveEvent> events = new ArrayList<>();
        b.store.events().read(room, last.startTs(), last.endTs() + 1, events::add);
        Catalog catalog = b.store.catalog().load();
        String format = ctx.queryParam("format");
        if ("html".equals(format)) {
            // the report page is self-contained (ECharts and its script inline): it gets its own, narrower policy
            ctx.header("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
            ctx.contentType("text/html; charset=utf-8").result(b.services.reportHtml(room, events, catalog));
        } else if (format == null || "json".equals(format)) {
            Json.send(ctx, 200, b.services.report(room, events, catalog));
        } else {
            throw LiveCopilotException.badInput("format: must be json or html, was \"" + format + "\"");
        }
    }

    private void forecast(Context ctx) {
        String csv = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        if (csv.isBlank()) throw LiveCopilotException.badInput("body: a long CSV series,timestamp,value is required, the body was empty");
        int horizon = intParam(ctx, "horizon", 7, 1, 1000);
        List<Double> levels = new ArrayList<>();
        String lv = ctx.queryParam("level");
        for (String s : (lv == null || lv.isBlank() ? "80,95" : lv).split(",")) {
            try {
                double x = Double.parseDouble(s.strip());
                if (!(x > 0 && x < 100)) throw new NumberFormatException();
                levels.add(x);
            } catch (NumberFormatException e) {
                throw LiveCopilotException.badInput("level: must be percentages between 0 and 100 separated by commas, was \"" + lv + "\"");
            }
        }
        Integer lead = ctx.queryParam("lead_time") == null ? null : intParam(ctx, "lead_time", 1, 0, 365);
        Json.send(ctx, 200, b.services.forecast(csv, horizon, levels, lead));
    }

    // ---- static pages --------------------------------------------------------------------------------------------

    private void asset(Context ctx, String file) {
        if (!ASSET.matcher(file).matches()) throw new LiveCopilotException(ErrorKind.NOT_FOUND, "no such page: " + file);
        byte[] bytes = resource(WEB + file);
        String type = switch (file.substring(file.lastIndexOf('.') + 1)) {
            case "html" -> "text/html; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "svg" -> "image/svg+xml; charset=utf-8";
            default -> Json.CONTENT_TYPE;
        };
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(type).result(bytes);
    }

    /** ECharts: the one copy bundled with the analytics module, which its offline reports inline too. */
    private static final byte[] ECHARTS = io.livecopilot.analytics.Echarts.script().getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private void echarts(Context ctx) {
        ctx.header("Cache-Control", "max-age=86400");
        ctx.contentType("text/javascript; charset=utf-8").result(ECHARTS);
    }

    private static byte[] resource(String path) {
        try (InputStream in = LiveCopilotServer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new LiveCopilotException(ErrorKind.NOT_FOUND, "no such resource: " + path.substring(path.lastIndexOf('/') + 1));
            return in.readAllBytes();
        } catch (IOException e) {
            throw LiveCopilotException.internal("cannot read " + path, e);
        }
    }

    // ---- filters -------------------------------------------------------------------------------------------------

    private void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (ctx.path().startsWith("/api/")) ctx.header("Cache-Control", "no-store");
    }

    private void authorize(Context ctx) {
        java.util.Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) return; // public: health, pages
        String h = ctx.header("Authorization");
        Principal p = null;
        if (h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)) p = b.tokens.verify(h.substring(7).strip()).orElse(null);
        long wait = p == null ? anonymous.tryAcquire(ctx.ip(), System.nanoTime()) : limiter.tryAcquire(p.name(), System.nanoTime());
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new LiveCopilotException(ErrorKind.TOO_MANY, "too many requests; retry in " + wait + " s");
        }
        if (p == null) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new LiveCopilotException(ErrorKind.UNAUTHORIZED, h == null ? "missing token: send Authorization: Bearer <token>" : "invalid token");
        }
        if (p.role() != Role.ADMIN && !roles.contains(p.role())) {
            throw new LiveCopilotException(ErrorKind.FORBIDDEN, "role " + p.role().wire() + " may not " + ctx.method() + " " + ctx.path());
        }
        ctx.attribute("principal", p);
    }

    // ---- live ticker ---------------------------------------------------------------------------------------------

    private int ticks;

    /**
     * Every second: the replies each room held for an LLM's wording and has ready; metrics to each room's clients; top
     * questions when they changed; a keep-alive now and then.
     */
    private void tick() {
        try {
            ticks++;
            for (String name : rooms.names()) rooms.find(name).ifPresent(LiveRoom::releaseHeld);
            for (String name : hub.activeRooms()) {
                LiveRoom room = rooms.find(name).orElse(null);
                if (room == null) continue;
                if (room.hasAssistant()) {
                    List<Map<String, Object>> q = room.topQuestions(10);
                    String json = Json.write(q);
                    if (!json.equals(lastQuestions.put(name, json))) room.feed().publish("questions", Map.of("top_questions", q));
                }
                if (room.hasMetrics()) {
                    Map<String, Object> m = new LinkedHashMap<>(room.metrics());
                    m.put("events", room.events());
                    if (room.lastTs() != Long.MIN_VALUE) m.put("as_of", io.livecopilot.core.event.Timestamps.iso(room.lastTs()));
                    hub.broadcast(name, "metrics", m, room.feed().lastId());
                }
            }
            if (ticks % 15 == 0) hub.ping();
        } catch (RuntimeException e) {
            LOG.warn("live tick failed: {}", e.toString());
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static String roomName(Context ctx) {
        String r = ctx.pathParam("room");
        checkRoom(r);
        return r;
    }

    private static void checkRoom(String r) {
        if (!ROOM.matcher(r).matches()) {
            throw LiveCopilotException.badInput("room: 1–128 letters, digits, Chinese characters or _ . : -, was \"" + (r.length() > 40 ? r.substring(0, 40) + "…" : r) + "\"");
        }
    }

    private LiveRoom existingRoom(Context ctx) {
        String name = roomName(ctx);
        ingestor.awaitLive(5_000);
        return rooms.find(name).orElseThrow(() -> new LiveCopilotException(ErrorKind.NOT_FOUND, "room \"" + name + "\" has no events"));
    }

    private static long lastEventId(Context ctx) {
        String s = ctx.header("Last-Event-ID");
        if (s == null) s = ctx.queryParam("last_event_id");
        if (s == null || s.isBlank()) return 0;
        try {
            return Math.max(0, Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String s = ctx.queryParam(name);
        if (s == null || s.isBlank()) return dflt;
        try {
            int x = Integer.parseInt(s.strip());
            if (x < min || x > max) throw new NumberFormatException();
            return x;
        } catch (NumberFormatException e) {
            throw LiveCopilotException.badInput(name + ": must be a whole number from " + min + " to " + max + ", was \"" + s + "\"");
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Options of the server; every default is resolved here. */
    public static final class Builder {
        private Store store;
        private TokenStore tokens;
        private LiveParts parts;
        private ServerServices services = ServerServices.none();
        private String host = "127.0.0.1";
        private int port = 7070;
        private String version = "0.1.0-SNAPSHOT";
        private long maxRequestBytes = 16L << 20;
        private long ingestCapacity = 200_000;
        private int maxBatch = 50_000;
        private int recent = LiveRoom.DEFAULT_RECENT;
        private int sseThreads = 4;
        private double ratePerSecond = 1000;
        private double rateBurst = 2000;

        public Builder store(Store s) { this.store = s; return this; }
        public Builder tokens(TokenStore t) { this.tokens = t; return this; }
        public Builder parts(LiveParts p) { this.parts = p; return this; }
        public Builder services(ServerServices s) { this.services = s; return this; }
        public Builder host(String h) { this.host = h; return this; }
        public Builder port(int p) { this.port = p; return this; }
        public Builder version(String v) { this.version = v; return this; }
        public Builder maxRequestBytes(long n) { this.maxRequestBytes = n; return this; }
        /** Most events taken and not yet processed before ingest answers 503 with Retry-After. */
        public Builder ingestCapacity(long n) { this.ingestCapacity = n; return this; }
        public Builder maxBatch(int n) { this.maxBatch = n; return this; }
        public Builder recentOutputs(int n) { this.recent = n; return this; }
        public Builder sseThreads(int n) { this.sseThreads = n; return this; }
        /** Requests per second per token on average, and the burst allowed (callers without a valid token: at most 20/s, 100). */
        public Builder rateLimit(double perSecond, double burst) { this.ratePerSecond = perSecond; this.rateBurst = burst; return this; }

        public LiveCopilotServer build() {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(parts, "parts");
            if (port < 0 || port > 65535) throw LiveCopilotException.badInput("port: must be 0–65535, was " + port);
            return new LiveCopilotServer(this);
        }
    }
}
