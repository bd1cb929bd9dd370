package com.studyhall.resilience;

import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.support.TransactionOperations;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Sessions whose last-access time moves only when it has moved by at least a granularity.
 * <p>
 * Spring Session marks a session changed on every request, because every request sets its
 * last-access time, and a changed session is written back. With sessions in the database that is
 * an UPDATE of {@code SPRING_SESSION} on every page a signed-in reader opens, which on PostgreSQL
 * cost more than the page itself (docs/benchmarks.md). Moving the time only once per granularity
 * (a minute) lets a session that nothing else changed go unwritten; the price is that an idle
 * session may expire up to one granularity before its 8 hours are up. Attribute changes, a new
 * session id at sign-in and a new maximum inactive interval are written as before.
 */
final class CoarseLastAccessSessions<S extends Session> implements SessionRepository<CoarseLastAccessSessions.CoarseSession<S>> {

    private final SessionRepository<S> sessions;
    private final Duration granularity;
    private final TransactionOperations writes;

    /** {@code writes} wraps each save and removal (the reads go without a transaction: one statement). */
    CoarseLastAccessSessions(SessionRepository<S> sessions, Duration granularity, TransactionOperations writes) {
        this.sessions = sessions;
        this.granularity = granularity;
        this.writes = writes;
    }

    @Override
    public CoarseSession<S> createSession() {
        return new CoarseSession<>(sessions.createSession(), granularity);
    }

    @Override
    public void save(CoarseSession<S> session) {
        writes.executeWithoutResult(status -> sessions.save(session.stored));
    }

    @Override
    public @Nullable CoarseSession<S> findById(String id) {
        S found = sessions.findById(id);
        return found == null ? null : new CoarseSession<>(found, granularity);
    }

    @Override
    public void deleteById(String id) {
        writes.executeWithoutResult(status -> sessions.deleteById(id));
    }

    /** A stored session whose last-access time is set only when the new time is a granularity later. */
    static final class CoarseSession<S extends Session> implements Session {

        private final S stored;
        private final Duration granularity;

        CoarseSession(S stored, Duration granularity) {
            this.stored = stored;
            this.granularity = granularity;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(granularity) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, @Nullable Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
