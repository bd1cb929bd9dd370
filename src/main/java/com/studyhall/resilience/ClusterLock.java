package com.studyhall.resilience;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Work that one node at a time may do, such as loading the demo data: on PostgreSQL a session
 * advisory lock held on a connection of its own while the work runs on others, so a second node
 * starting at the same moment waits, then finds the work done. Elsewhere (embedded H2, one node)
 * the work simply runs.
 */
@Component
public class ClusterLock {

    /** Work that may throw what its caller declares. */
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    private final DataSource dataSource;

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <E extends Exception> void runAlone(String name, Work<E> work) throws E {
        try (Connection lockHolder = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(lockHolder.getMetaData().getDatabaseProductName())) {
                work.run();
                return;
            }
            // Polled rather than waited for in one statement: the other node's work may outlast
            // the statement timeout.
            while (!call(lockHolder, "select pg_try_advisory_lock(?)", name)) {
                Thread.sleep(200);
            }
            try {
                work.run();
            } finally {
                call(lockHolder, "select pg_advisory_unlock(?)", name);
            }
        } catch (SQLException lockUnavailable) {
            throw new IllegalStateException("Could not take the cluster lock " + name, lockUnavailable);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Stopped while waiting for the cluster lock " + name, stopping);
        }
    }

    private static boolean call(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            // A stable 64-bit key per name; hashCode is specified for String, so every node agrees.
            statement.setLong(1, 0x5354_5544_0000_0000L | (name.hashCode() & 0xFFFF_FFFFL));
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
