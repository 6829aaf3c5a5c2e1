package io.livecopilot.store;

import io.livecopilot.core.LiveCopilotException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Schema migrations: ordered SQL scripts per dialect ({@code migrations/<dialect>/index.txt} lists them, version =
 * position), applied once each in a transaction and recorded in the {@code schema_version} table.
 */
public final class Migrations {
    private Migrations() {}

    /** The migration scripts of a dialect, in order. */
    public static List<String> scripts(String dialect) {
        String index = resource(dialect, "index.txt");
        List<String> out = new ArrayList<>();
        for (String l : index.split("\n")) if (!l.isBlank() && !l.startsWith("#")) out.add(l.strip());
        return out;
    }

    /**
     * Brings the database to the newest schema and returns its version.
     *
     * @throws LiveCopilotException when the database was written by a newer schema than this program knows
     */
    public static int apply(Connection c, String dialect) throws SQLException {
        List<String> scripts = scripts(dialect);
        boolean auto = c.getAutoCommit();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
        }
        int current = current(c);
        if (current > scripts.size()) {
            throw LiveCopilotException.badInput("the store's schema is version " + current + " but this program knows only up to "
                    + scripts.size() + ": it was written by a newer LiveCopilot");
        }
        c.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= scripts.size(); v++) {
                String name = scripts.get(v - 1);
                try (Statement st = c.createStatement()) {
                    for (String sql : statements(resource(dialect, name))) st.execute(sql);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
                    ps.setInt(1, v);
                    ps.setString(2, name);
                    ps.setLong(3, System.currentTimeMillis());
                    ps.executeUpdate();
                }
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return scripts.size();
    }

    /** The schema version the database is at (0 when none was applied). */
    public static int current(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Splits a script into statements at semicolons that end a line; lines starting with -- are comments. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) continue;
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                String s = cur.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().strip());
        return out;
    }

    private static String resource(String dialect, String name) {
        String path = "/io/livecopilot/store/migrations/" + dialect + "/" + name;
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) throw LiveCopilotException.internal("missing migration resource " + path, null);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw LiveCopilotException.internal("cannot read " + path, e);
        }
    }
}
