package com.studyhall.resilience;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Knows, without asking during a request, whether the database answers: a connection of its own,
 * outside the pool, checked a few times a second.
 * <p>
 * The readiness probe reads it (health indicator {@code database}), so the probe answers at once
 * and says DOWN within about a second of losing the database even while every pooled connection is
 * busy or stuck; {@link DatabaseUnavailableFilter} reads it to turn requests away with a 503 instead
 * of letting each wait for a connection that cannot come.
 */
@Component("database")
public class DatabaseWatch implements HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);

    private final DataSource dataSource;
    private final Duration interval;
    private ScheduledExecutorService checks;
    private Connection connection;
    private volatile boolean reachable = true;
    private volatile long changedAt = System.nanoTime();

    DatabaseWatch(DataSource dataSource, MeterRegistry meters,
                  @Value("${app.database-watch.interval:250ms}") Duration interval) {
        this.dataSource = dataSource;
        this.interval = interval;
        Gauge.builder("studyhall.database.reachable", this, watch -> watch.reachable ? 1 : 0)
                .description("1 while the database answers this node's checks, 0 while it does not")
                .register(meters);
    }

    /** Whether the last check reached the database. */
    public boolean reachable() {
        return reachable;
    }

    @Override
    public Health health() {
        return reachable ? Health.up().build() : Health.down().build();
    }

    @Override
    public void start() {
        checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "database-watch");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        checks.shutdownNow();
        close();
    }

    @Override
    public boolean isRunning() {
        return checks != null && !checks.isShutdown();
    }

    void check() {
        boolean answered;
        try {
            if (connection == null || connection.isClosed()) {
                connection = connect();
            }
            answered = connection.isValid(1);
        } catch (SQLException | RuntimeException unreachable) {
            answered = false;
        }
        if (!answered) {
            close();
        }
        record(answered);
    }

    private void record(boolean answered) {
        if (answered == reachable) {
            return;
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - changedAt);
        // The pool's connections from before the outage are dead: they go before requests are let
        // in again, or the first page after the return could take one and answer 503.
        if (answered) renewPooledConnections();
        reachable = answered;
        changedAt = System.nanoTime();
        if (answered) {
            log.info("Database reachable again after {} s; taking requests", seconds);
        } else {
            log.warn("Database unreachable; answering 503 and readiness DOWN until it returns");
        }
    }

    /**
     * The pool's connections were opened before the outage and are dead now. Evicting them means the
     * first requests get fresh connections at once, instead of spending their one-second wait
     * validating dead ones one by one (with a connection per request thread that wait ran out:
     * a 503 right after readiness said UP).
     */
    private void renewPooledConnections() {
        if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    private Connection connect() throws SQLException {
        // Seconds: a check must fail fast when the server's host is gone rather than refusing.
        return OwnConnections.open(dataSource, "studyhall-database-watch", 1, 2);
    }

    private void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException alreadyBroken) {
                // Nothing to release on a connection the server dropped.
            }
            connection = null;
        }
    }
}
