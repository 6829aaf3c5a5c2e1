package io.livecopilot.store;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.catalog.CatalogWriter;
import io.livecopilot.core.catalog.ImportResult;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.Shop;
import io.livecopilot.core.event.EventCodec;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.port.CatalogStore;
import io.livecopilot.core.port.EventLog;
import io.livecopilot.core.port.Store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The part of a SQL store that is the same in every dialect: the catalog as JSON rows, reading the event log, rooms,
 * counts and sessions. Subclasses open the connection and append events the fastest way their database allows.
 *
 * <p>One connection, used under this object's lock: the ports are called from one writer thread at a time.
 */
abstract class JdbcStore implements Store, CatalogStore, EventLog {
    protected final Connection conn;
    private final String description;

    protected JdbcStore(Connection conn, String dialect, String description) throws SQLException {
        this.conn = conn;
        this.description = description;
        conn.setAutoCommit(true);
        Migrations.apply(conn, dialect);
    }

    @Override
    public CatalogStore catalog() { return this; }

    @Override
    public EventLog events() { return this; }

    @Override
    public String describe() { return description; }

    // ---- catalog ------------------------------------------------------------------------------------------------

    @Override
    public synchronized Catalog load() {
        try (Statement st = conn.createStatement()) {
            StringBuilder json = new StringBuilder("{\"shop\":");
            try (ResultSet rs = st.executeQuery("SELECT body FROM shop WHERE id = 1")) {
                json.append(rs.next() ? rs.getString(1) : "null");
            }
            json.append(",\"products\":[");
            boolean first = true;
            try (ResultSet rs = st.executeQuery("SELECT body FROM products ORDER BY position")) {
                while (rs.next()) {
                    if (!first) json.append(',');
                    json.append(rs.getString(1));
                    first = false;
                }
            }
            if (first && json.indexOf("\"shop\":null") >= 0) return Catalog.EMPTY;
            ImportResult r = CatalogReader.readJson(json.append("]}").toString());
            if (!r.rejected().isEmpty()) throw LiveCopilotException.internal("stored catalog does not read back: " + r.rejected(), null);
            return r.catalog();
        } catch (SQLException e) {
            throw failure("load the catalog", e);
        }
    }

    @Override
    public synchronized void upsert(Catalog catalog) {
        Catalog merged = load().merge(catalog);
        inTransaction(() -> {
            try (Statement st = conn.createStatement()) {
                st.execute("DELETE FROM products");
                st.execute("DELETE FROM shop");
            }
            if (!merged.shop().equals(Shop.UNKNOWN)) {
                try (PreparedStatement ps = conn.prepareStatement("INSERT INTO shop (id, body) VALUES (1, ?)")) {
                    String body = CatalogWriter.toJson(new Catalog(merged.shop(), List.of())).get("shop").toString();
                    ps.setString(1, body);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO products (id, position, body) VALUES (?, ?, ?)")) {
                int pos = 0;
                for (Product p : merged.products()) {
                    ps.setString(1, p.id());
                    ps.setInt(2, pos++);
                    ps.setString(3, CatalogWriter.toJson(p).toString());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }, "store the catalog");
    }

    @Override
    public synchronized void clear() {
        inTransaction(() -> {
            try (Statement st = conn.createStatement()) {
                st.execute("DELETE FROM products");
                st.execute("DELETE FROM shop");
            }
        }, "clear the catalog");
    }

    // ---- events -------------------------------------------------------------------------------------------------

    @Override
    public synchronized void append(List<? extends LiveEvent> events) {
        if (events.isEmpty()) return;
        try {
            doAppend(events);
        } catch (SQLException e) {
            throw failure("append " + events.size() + " events", e);
        }
    }

    /** Appends the events durably (committed when this returns). */
    protected abstract void doAppend(List<? extends LiveEvent> events) throws SQLException;

    @Override
    public void read(String room, Consumer<LiveEvent> sink) {
        read(room, Long.MIN_VALUE, Long.MAX_VALUE, sink);
    }

    @Override
    public void read(String room, long fromTs, long toTs, Consumer<LiveEvent> sink) {
        List<LiveEvent> batch = new ArrayList<>();
        synchronized (this) {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT body FROM events WHERE room = ? AND ts >= ? AND ts < ? ORDER BY ts, seq")) {
                ps.setString(1, room);
                ps.setLong(2, fromTs);
                ps.setLong(3, toTs);
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) batch.add(EventCodec.parseLine(rs.getString(1)));
                }
            } catch (SQLException e) {
                throw failure("read the events of room " + room, e);
            }
        }
        batch.forEach(sink);
    }

    @Override
    public synchronized List<String> rooms() {
        List<String> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT DISTINCT room FROM events ORDER BY room")) {
            while (rs.next()) out.add(rs.getString(1));
        } catch (SQLException e) {
            throw failure("list the rooms", e);
        }
        return out;
    }

    @Override
    public synchronized long count(String room) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM events WHERE room = ?")) {
            ps.setString(1, room);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("count the events of room " + room, e);
        }
    }

    @Override
    public synchronized List<SessionInfo> sessions(String room, long gapMillis) {
        if (gapMillis < 0) throw LiveCopilotException.badInput("gap: must be ≥ 0 ms, was " + gapMillis);
        String sql = """
                SELECT min(ts), max(ts), count(*) FROM (
                  SELECT ts, sum(CASE WHEN prev IS NULL OR ts - prev > ? THEN 1 ELSE 0 END)
                             OVER (ORDER BY ts, seq ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS sid
                  FROM (SELECT ts, seq, lag(ts) OVER (ORDER BY ts, seq) AS prev FROM events WHERE room = ?) a
                ) b GROUP BY sid ORDER BY sid""";
        List<SessionInfo> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, gapMillis);
            ps.setString(2, room);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new SessionInfo(room, rs.getLong(1), rs.getLong(2), rs.getLong(3)));
            }
        } catch (SQLException e) {
            throw failure("find the sessions of room " + room, e);
        }
        return out;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The SQL columns of an event besides its body. */
    protected record Row(String room, long ts, String type, String user, String product, String orderId, BigDecimal amount, String body) {
        static Row of(LiveEvent e) {
            String product = null, orderId = null;
            BigDecimal amount = null;
            if (e instanceof LiveEvent.ProductShow x) product = x.product();
            else if (e instanceof LiveEvent.ProductClick x) product = x.product();
            else if (e instanceof LiveEvent.AddToCart x) product = x.product();
            else if (e instanceof LiveEvent.Segment x) product = x.product();
            else if (e instanceof LiveEvent.Order x) { product = x.product(); orderId = x.orderId(); amount = x.amount(); }
            else if (e instanceof LiveEvent.Pay x) { orderId = x.orderId(); amount = x.amount(); }
            else if (e instanceof LiveEvent.Refund x) { orderId = x.orderId(); amount = x.amount(); }
            else if (e instanceof LiveEvent.Coupon x) { product = x.product(); amount = x.discount(); }
            else if (e instanceof LiveEvent.Gift x) amount = x.value();
            if (amount != null) amount = amount.setScale(2, RoundingMode.HALF_UP);
            return new Row(e.room(), e.ts(), e.type().wire(), e.user(), product, orderId, amount, EventCodec.toJson(e));
        }
    }

    protected interface SqlWork {
        void run() throws SQLException;
    }

    protected void inTransaction(SqlWork work, String what) {
        try {
            conn.setAutoCommit(false);
            try {
                work.run();
                conn.commit();
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    protected LiveCopilotException failure(String what, SQLException e) {
        return LiveCopilotException.unavailable(description + ": cannot " + what + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
