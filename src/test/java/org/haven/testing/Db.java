package org.haven.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads (and, for a few set-ups such as expiring a token, writes) the database the application under test uses,
 * from the client side: failsafe passes haven.test.db.jdbc, haven.test.db.user and haven.test.db.password.
 */
public final class Db {

    /**
     * The tables a report, its messages, links, files, tokens, alerts and audit entries live in: what "nothing was
     * stored" counts.
     */
    public static final List<String> REPORT_TABLES = List.of("report", "report_message", "report_link",
            "evidence_file", "evidence_chunk", "evidence_custody", "report_access_token", "notification",
            "audit_entry");

    /** Inside the container, the application's own data source (the test JVM's properties are not there). */
    private static volatile javax.sql.DataSource inContainer;

    private Db() {
    }

    /** For in-container tests: query through this data source instead of the test properties' URL. */
    public static void use(javax.sql.DataSource dataSource) {
        inContainer = dataSource;
    }

    public static Connection connect() {
        try {
            javax.sql.DataSource ds = inContainer;
            if (ds != null) {
                return ds.getConnection();
            }
            return DriverManager.getConnection(require("haven.test.db.jdbc"), require("haven.test.db.user"),
                    System.getProperty("haven.test.db.password", ""));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test database", e);
        }
    }

    /** Row counts of these tables, in order: compare before and after a request to prove nothing was stored. */
    public static Map<String, Long> counts(List<String> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = connect()) {
            for (String table : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    public static Map<String, Long> reportCounts() {
        return counts(REPORT_TABLES);
    }

    /** The rows of a query, each as column label -> value. */
    public static List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= n; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static Object single(String sql, Object... params) {
        List<Map<String, Object>> rows = rows(sql, params);
        if (rows.size() != 1) {
            throw new AssertionError("Expected one row of " + sql + ", got " + rows);
        }
        return rows.getFirst().values().iterator().next();
    }

    public static long number(String sql, Object... params) {
        Object v = single(sql, params);
        return v instanceof Boolean b ? (b ? 1L : 0L) : ((Number) v).longValue();
    }

    public static int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String require(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run through failsafe)");
        }
        return value;
    }
}
