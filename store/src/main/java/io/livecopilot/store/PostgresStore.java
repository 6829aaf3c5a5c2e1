package io.livecopilot.store;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.event.LiveEvent;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The store on a PostgreSQL server, behind the same ports and with the same schema as the embedded one; for teams
 * that run several servers or keep history centrally. Appends are one batched insert per call, in one transaction.
 */
public final class PostgresStore extends JdbcStore {
    private PostgresStore(Connection conn, String description) throws SQLException {
        super(conn, "postgresql", description);
    }

    /** Connects to {@code jdbc:postgresql://…} (user and password in the URL or the environment) and migrates the schema. */
    public static PostgresStore open(String jdbcUrl) {
        String safe = jdbcUrl.replaceAll("(?i)password=[^&]*", "password=***");
        Connection conn;
        try {
            conn = DriverManager.getConnection(jdbcUrl);
        } catch (SQLException e) {
            throw LiveCopilotException.unavailable("cannot connect to " + safe + ": " + e.getMessage(), e);
        }
        try {
            return new PostgresStore(conn, safe);
        } catch (SQLException e) {
            try {
                conn.close();
            } catch (SQLException ignored) {
                // already failing
            }
            throw LiveCopilotException.unavailable("cannot prepare the schema at " + safe + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected void doAppend(List<? extends LiveEvent> events) throws SQLException {
        inTransaction(() -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO events (room, ts, type, user_id, product, order_id, amount, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (LiveEvent e : events) {
                    Row r = Row.of(e);
                    ps.setString(1, r.room());
                    ps.setLong(2, r.ts());
                    ps.setString(3, r.type());
                    ps.setString(4, r.user());
                    ps.setString(5, r.product());
                    ps.setString(6, r.orderId());
                    if (r.amount() == null) ps.setNull(7, Types.NUMERIC);
                    else ps.setBigDecimal(7, r.amount());
                    ps.setString(8, r.body());
                    ps.addBatch();
                    if (++n % 5000 == 0) ps.executeBatch();
                }
                ps.executeBatch();
            }
        }, "append " + events.size() + " events");
    }
}
