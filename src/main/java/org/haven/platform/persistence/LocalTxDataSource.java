package org.haven.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * {@link FailFastDataSource} seen as a plain {@link DataSource} only, so that Payara pools it for local
 * transactions rather than XA: Connector/J's data source also implements {@code XADataSource}, and Payara then
 * opens every transaction with {@code XA START}, which Galera refuses ("XA transactions with Galera replication"
 * are not supported by MariaDB 10.11; found by deploy/galera/check.sh, issue 17). Haven has one transactional
 * resource, so XA gave nothing: its transactions commit in one phase either way.
 */
public class LocalTxDataSource implements DataSource {

    private final FailFastDataSource target = new FailFastDataSource();

    public void setUrl(String url) throws SQLException {
        target.setUrl(url);
    }

    public String getUrl() {
        return target.getUrl();
    }

    public void setUser(String user) throws SQLException {
        target.setUser(user);
    }

    public String getUser() {
        return target.getUser();
    }

    public void setPassword(String password) throws SQLException {
        target.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
