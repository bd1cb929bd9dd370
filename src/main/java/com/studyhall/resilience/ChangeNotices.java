package com.studyhall.resilience;

import javax.sql.DataSource;
import java.util.function.Consumer;

/**
 * The nodes' channel for "this changed" (a session, an account), each notice naming what changed.
 * A node keeps copies of what it read ({@link NodeCopies}) only while it {@link #listening() listens},
 * since only then does it hear that a copy is stale.
 */
public interface ChangeNotices extends AutoCloseable {

    /** Whether notices are being received now (not merely whether they were once). */
    boolean listening();

    /** Tells every node, this one included, that these changed; after the change is committed. */
    void announce(String... keys);

    /** Where notices go: {@code changed} per key, {@code lost} when some may have been missed. */
    void deliverTo(Consumer<String> changed, Runnable lost);

    /** Stops listening (the application is stopping). */
    @Override
    default void close() {
    }

    /**
     * A channel on PostgreSQL (LISTEN/NOTIFY, listening from now on); on another database, which
     * this project runs as one node only (H2), {@link #NONE}.
     */
    static ChangeNotices on(DataSource dataSource, String databaseUrl, String channel) {
        return databaseUrl.startsWith("jdbc:postgresql:") ? new PostgresChangeNotices(dataSource, channel).start() : NONE;
    }

    /** For a database without a channel: never listening, so every read goes to the database. */
    ChangeNotices NONE = new ChangeNotices() {
        @Override
        public boolean listening() {
            return false;
        }

        @Override
        public void announce(String... keys) {
        }

        @Override
        public void deliverTo(Consumer<String> changed, Runnable lost) {
        }
    };
}
