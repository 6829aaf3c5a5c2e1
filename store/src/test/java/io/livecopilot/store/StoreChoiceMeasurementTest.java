package io.livecopilot.store;

import io.livecopilot.core.event.EventCodec;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.port.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measurement behind the choice of the embedded store (docs/foundation.md): one million events appended in
 * batches, then a per-minute GROUP BY, in DuckDB (through {@link DuckDbStore}) and in H2 (batched inserts into the
 * same schema). Not part of the normal build: {@code mvn -pl store -am test -Dtest=StoreChoiceMeasurementTest
 * -Dlivecopilot.measure=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "livecopilot.measure", matches = "true")
class StoreChoiceMeasurementTest {
    private static final int N = 1_000_000, BATCH = 10_000;
    /** Portable integer minute buckets; the WHERE literal varies so that no engine can answer from a result cache. */
    private static String groupBy(long from) {
        return "SELECT ts - ts % 60000 AS m, count(*), count(DISTINCT user_id), sum(CASE WHEN type = 'pay' THEN amount END) "
                + "FROM events WHERE ts >= " + from + " GROUP BY ts - ts % 60000 ORDER BY m";
    }

    @TempDir
    Path dir;

    static List<LiveEvent> events() {
        SplittableRandom r = new SplittableRandom(1);
        List<LiveEvent> out = new ArrayList<>(N);
        long t0 = 1_795_867_200_000L;
        for (int i = 0; i < N; i++) {
            long ts = t0 + i * 3L; // ~50 minutes
            String u = "u" + r.nextInt(50_000);
            out.add(switch (i % 5) {
                case 0 -> new LiveEvent.Comment(ts, "room1", u, "3号链接多少钱 有券吗");
                case 1 -> new LiveEvent.Like(ts, "room1", u, 1 + r.nextInt(5));
                case 2 -> new LiveEvent.Enter(ts, "room1", u, "recommend");
                case 3 -> new LiveEvent.ProductClick(ts, "room1", u, "P0" + r.nextInt(10));
                default -> new LiveEvent.Pay(ts, "room1", u, "o" + i, new BigDecimal("129.00"));
            });
        }
        return out;
    }

    @Test
    void measure_duckdb_and_h2_on_a_million_events() throws Exception {
        List<LiveEvent> events = events();
        // DuckDB, as shipped
        long t = System.nanoTime();
        try (Store s = DuckDbStore.openFile(dir.resolve("m.duckdb"))) {
            for (int i = 0; i < N; i += BATCH) s.events().append(events.subList(i, i + BATCH));
        }
        double duckAppend = (System.nanoTime() - t) / 1e9;
        double duckGroup;
        int duckRows;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("m.duckdb"))) {
            groupBy(c, 0); // warm
            t = System.nanoTime();
            duckRows = groupBy(c, 1);
            duckGroup = (System.nanoTime() - t) / 1e9;
        }
        // H2 file database, same columns, batched inserts in transactions of BATCH
        double h2Append, h2Group;
        int h2Rows;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("m-h2"))) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE events (seq BIGINT NOT NULL, room VARCHAR NOT NULL, ts BIGINT NOT NULL, type VARCHAR NOT NULL, "
                        + "user_id VARCHAR, product VARCHAR, order_id VARCHAR, amount DECIMAL(18,2), body VARCHAR NOT NULL)");
            }
            c.setAutoCommit(false);
            t = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                long seq = 0;
                for (int i = 0; i < N; i++) {
                    LiveEvent e = events.get(i);
                    ps.setLong(1, ++seq);
                    ps.setString(2, e.room());
                    ps.setLong(3, e.ts());
                    ps.setString(4, e.type().wire());
                    ps.setString(5, e.user());
                    ps.setString(6, e instanceof LiveEvent.ProductClick pc ? pc.product() : null);
                    ps.setString(7, e instanceof LiveEvent.Pay p ? p.orderId() : null);
                    if (e instanceof LiveEvent.Pay p) ps.setBigDecimal(8, p.amount());
                    else ps.setNull(8, Types.DECIMAL);
                    ps.setString(9, EventCodec.toJson(e));
                    ps.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            h2Append = (System.nanoTime() - t) / 1e9;
            c.setAutoCommit(true);
            groupBy(c, 0);
            t = System.nanoTime();
            h2Rows = groupBy(c, 1);
            h2Group = (System.nanoTime() - t) / 1e9;
        }
        System.out.printf("STORE-CHOICE duckdb: append %.2f s (%.0f events/s), group-by-minute %.3f s (%d rows)%n",
                duckAppend, N / duckAppend, duckGroup, duckRows);
        System.out.printf("STORE-CHOICE h2:     append %.2f s (%.0f events/s), group-by-minute %.3f s (%d rows)%n",
                h2Append, N / h2Append, h2Group, h2Rows);
        assertThat(duckRows).isEqualTo(h2Rows).isEqualTo(50);
    }

    private static int groupBy(Connection c, long from) throws Exception {
        int rows = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(groupBy(from))) {
            while (rs.next()) rows++;
        }
        return rows;
    }
}
