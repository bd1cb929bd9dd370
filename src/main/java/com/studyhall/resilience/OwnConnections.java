package com.studyhall.resilience;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Physical connections opened beside the pool, with the pool's URL, credentials and driver settings,
 * for work that must not take one of the pool's connections (sized to the request threads) or wait
 * behind them: the database watch, the session notices' listener.
 */
final class OwnConnections {

    private OwnConnections() {
    }

    /**
     * A new connection; on PostgreSQL named {@code applicationName} (it shows in pg_stat_activity)
     * and with the given driver timeouts in seconds, so a vanished server is noticed in that time.
     */
    static Connection open(DataSource dataSource, String applicationName, int connectTimeoutSeconds,
                           int socketTimeoutSeconds) throws SQLException {
        if (!(dataSource instanceof HikariDataSource pool)) {
            return dataSource.getConnection();
        }
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        if (pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            properties.setProperty("connectTimeout", Integer.toString(connectTimeoutSeconds));
            properties.setProperty("socketTimeout", Integer.toString(socketTimeoutSeconds));
            properties.setProperty("ApplicationName", applicationName);
        }
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }
}
