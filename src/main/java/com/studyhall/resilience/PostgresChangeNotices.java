package com.studyhall.resilience;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * {@link ChangeNotices} over PostgreSQL's LISTEN/NOTIFY on one channel. A notification is delivered to
 * every connection listening on the channel when the announcing transaction commits, in commit order;
 * a database trigger may announce as well as this class (V29_1 does for accounts).
 * <p>
 * The listener holds one connection of its own (not one of the pool's, which are sized to the request
 * threads) on a daemon thread. PostgreSQL keeps no notification for a connection that is not there,
 * so whenever the connection is lost or cannot answer the heartbeat, or is made anew, the listener
 * says so ({@code lost}): the node's kept copies may have missed a change and are dropped.
 */
final class PostgresChangeNotices implements ChangeNotices, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresChangeNotices.class);
    private static final int WAIT_MILLIS = 250;
    private static final long HEARTBEAT_NANOS = 5_000_000_000L;
    private static final long RETRY_MILLIS = 1_000;

    private final DataSource pool;
    private final String channel;
    private final JdbcTemplate announcements;
    private volatile boolean listening;
    private volatile boolean running = true;
    private volatile Consumer<String> changed = id -> { };
    private volatile Runnable lost = () -> { };
    private final Thread listener;

    /** Announces through the pool; listens on a connection of its own made with the pool's settings. */
    PostgresChangeNotices(DataSource pool, String channel) {
        if (!channel.matches("[a-z_]+")) {
            throw new IllegalArgumentException("A channel name is spliced into LISTEN: letters and _ only");
        }
        this.pool = pool;
        this.channel = channel;
        this.announcements = new JdbcTemplate(pool);
        this.listener = new Thread(this::listenWhileRunning, channel + "-notices");
        listener.setDaemon(true);
    }

    PostgresChangeNotices start() {
        listener.start();
        return this;
    }

    @Override
    public boolean listening() {
        return listening;
    }

    @Override
    public void announce(String... keys) {
        for (String key : keys) {
            announcements.query("select pg_notify(?, ?)", rows -> null, channel, key);
        }
    }

    @Override
    public void deliverTo(Consumer<String> changed, Runnable lost) {
        this.changed = changed;
        this.lost = lost;
    }

    @Override
    public void close() {
        running = false;
        listening = false;
        listener.interrupt();
    }

    private void listenWhileRunning() {
        while (running) {
            // Ten seconds: twice the heartbeat, so only a dead connection times out.
            try (Connection connection = OwnConnections.open(pool, "studyhall-" + channel, 2, 10)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + channel);
                }
                // Whatever changed while nobody listened is unknown: start from nothing kept.
                lost.run();
                listening = true;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Notices on {} interrupted ({}); what they cover is read from the database until they resume",
                            channel, e.toString());
                }
            } finally {
                listening = false;
                lost.run();
            }
            pause();
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection notices = connection.unwrap(PGConnection.class);
        long lastHeartbeat = System.nanoTime();
        while (running) {
            PGNotification[] arrived = notices.getNotifications(WAIT_MILLIS);
            if (arrived != null) {
                for (PGNotification notice : arrived) {
                    changed.accept(notice.getParameter());
                }
            }
            if (System.nanoTime() - lastHeartbeat > HEARTBEAT_NANOS) {
                // A connection whose server vanished without a word delivers nothing and says
                // nothing; a statement finds out (within the driver's socket timeout).
                try (Statement heartbeat = connection.createStatement()) {
                    heartbeat.execute("select 1");
                }
                lastHeartbeat = System.nanoTime();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
