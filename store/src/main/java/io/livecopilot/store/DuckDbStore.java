package io.livecopilot.store;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.event.LiveEvent;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded store: one DuckDB file in the data directory. Events are appended in batches through DuckDB's
 * Appender and committed before {@link #append} returns. DuckDB lets one process open a file; a second one gets a
 * clear error naming the process that holds it.
 */
public final class DuckDbStore extends JdbcStore {
    /** The file name in the data directory. */
    public static final String FILE = "livecopilot.duckdb";
    private static final Pattern LOCK_PID = Pattern.compile("\\(PID (\\d+)\\)");

    private long nextSeq;

    private DuckDbStore(DuckDBConnection conn, Path file) throws SQLException {
        super(conn, "duckdb", "duckdb:" + file);
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM events")) {
            rs.next();
            nextSeq = rs.getLong(1) + 1;
        }
    }

    /** Opens (creating when needed) {@code livecopilot.duckdb} in the directory and migrates its schema. */
    public static DuckDbStore open(Path dataDir) {
        return openFile(dataDir.resolve(FILE));
    }

    /** Opens (creating when needed) the DuckDB file and migrates its schema. */
    public static DuckDbStore openFile(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
        } catch (IOException e) {
            throw LiveCopilotException.unavailable("cannot create the data directory for " + file + ": " + e.getMessage(), e);
        }
        DuckDBConnection conn;
        try {
            conn = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw openFailure(file, e);
        } catch (LinkageError e) {
            // the driver's native library: the runnable jar keeps it beside itself (cli/pom.xml), not inside
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            throw LiveCopilotException.unavailable("cannot load DuckDB's native library (" + root.getMessage() + "): run LiveCopilot as built"
                    + " (./livecopilot), or keep the jar together with the libduckdb_java.so_* files the build puts beside it", e);
        }
        try {
            return new DuckDbStore(conn, file.toAbsolutePath());
        } catch (SQLException | RuntimeException e) {
            try {
                conn.close();
            } catch (SQLException ignored) {
                // already failing
            }
            if (e instanceof SQLException se) throw openFailure(file, se);
            throw (RuntimeException) e;
        }
    }

    private static LiveCopilotException openFailure(Path file, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
            Matcher pid = LOCK_PID.matcher(m);
            return LiveCopilotException.unavailable("the store " + file + " is in use by another process"
                    + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
                    + ", e.g. a running 'livecopilot serve' or 'demo': stop it, or use another --data directory", e);
        }
        return LiveCopilotException.unavailable("cannot open the store " + file + ": " + m, e);
    }

    @Override
    protected void doAppend(List<? extends LiveEvent> events) throws SQLException {
        long seq = nextSeq;
        // Autocommit: closing the appender flushes and commits the whole batch at once.
        try (DuckDBAppender a = ((DuckDBConnection) conn).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
            for (LiveEvent e : events) {
                Row r = Row.of(e);
                a.beginRow();
                a.append(seq++);
                a.append(r.room());
                a.append(r.ts());
                a.append(r.type());
                str(a, r.user());
                str(a, r.product());
                str(a, r.orderId());
                if (r.amount() == null) a.appendNull();
                else a.append(r.amount());
                a.append(r.body());
                a.endRow();
            }
        }
        nextSeq = seq;
    }

    private static void str(DuckDBAppender a, String s) throws SQLException {
        if (s == null) a.appendNull();
        else a.append(s);
    }
}
