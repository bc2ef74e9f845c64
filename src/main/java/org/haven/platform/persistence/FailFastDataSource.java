package org.haven.platform.persistence;

import org.mariadb.jdbc.MariaDbDataSource;

import java.sql.SQLException;

/**
 * MariaDB Connector/J's data source with time-outs, so that no request hangs on a database that is gone: a new
 * connection gives up after {@value #CONNECT_TIMEOUT_MS} ms and a read on a connection whose server stopped
 * answering after {@value #SOCKET_TIMEOUT_MS} ms. Connector/J has no setter for these (its data source takes only
 * a URL), so they are added to the configured URL unless it already sets them (HAVEN_DB_URL may choose others).
 */
public class FailFastDataSource extends MariaDbDataSource {

    static final int CONNECT_TIMEOUT_MS = 3_000;
    /** Longer than any query Haven runs (the largest pages and exports take well under a second). */
    static final int SOCKET_TIMEOUT_MS = 30_000;

    @Override
    public void setUrl(String url) throws SQLException {
        super.setUrl(withTimeouts(url));
    }

    static String withTimeouts(String url) {
        if (url == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(url);
        addIfMissing(b, "connectTimeout", CONNECT_TIMEOUT_MS);
        addIfMissing(b, "socketTimeout", SOCKET_TIMEOUT_MS);
        return b.toString();
    }

    private static void addIfMissing(StringBuilder url, String option, int value) {
        String query = url.indexOf("?") < 0 ? "" : url.substring(url.indexOf("?") + 1);
        for (String pair : query.split("&")) {
            if (pair.regionMatches(true, 0, option + "=", 0, option.length() + 1)) {
                return;
            }
        }
        url.append(url.indexOf("?") < 0 ? '?' : '&').append(option).append('=').append(value);
    }
}
