package com.studyhall.resilience;

import org.jspecify.annotations.Nullable;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Sessions kept on the node as well as in the database, so a page view reads no session from
 * PostgreSQL (issue 18: that one read made every PostgreSQL page two to five times slower than the
 * same page on H2, whose sessions live in memory).
 * <p>
 * What is kept is a copy of the stored session: its times and its attributes in their serialized
 * form. Each request gets its own attribute objects from those bytes, as it would from the database,
 * so a request that changes its security context in place (a sign-out does) changes nobody else's.
 * The copy is used only while the node hears the other nodes' announcements ({@link ChangeNotices}):
 * every write and removal, here or on another node, is announced after its commit and drops the copy
 * everywhere; a copy is also read again after {@code freshFor} at the latest, whatever happens.
 * <p>
 * A request that only reads its session writes nothing (as {@link CoarseLastAccessSessions} arranges
 * underneath). The first change a request makes loads the stored session and changes that one, so
 * writes go through Spring Session's repository exactly as before.
 */
final class NodeKeptSessions<S extends Session> implements SessionRepository<NodeKeptSessions.KeptSession<S>> {

    private final SessionRepository<S> stored;
    private final ChangeNotices notices;
    private final Duration granularity;
    private final Clock clock;
    private final NodeCopies<String, Copy> copies;
    private final SerializingConverter serializer = new SerializingConverter();
    private final DeserializingConverter deserializer;

    NodeKeptSessions(SessionRepository<S> stored, ChangeNotices notices, Duration granularity, Duration freshFor,
                     int capacity, Clock clock) {
        this.stored = stored;
        this.notices = notices;
        this.granularity = granularity;
        this.clock = clock;
        this.copies = new NodeCopies<>(notices, id -> id, capacity, freshFor, clock);
        this.deserializer = new DeserializingConverter(NodeKeptSessions.class.getClassLoader());
    }

    /** A stored session as it was read, the attributes as the database holds them. */
    record Copy(String id, Instant creationTime, Instant lastAccessedTime, Duration maxInactiveInterval,
                Map<String, byte[]> attributes) {

        boolean expiredAt(Instant now) {
            return !maxInactiveInterval.isNegative()
                    && !now.isBefore(lastAccessedTime.plus(maxInactiveInterval));
        }
    }

    @Override
    public KeptSession<S> createSession() {
        return new KeptSession<>(this, null, stored.createSession(), true);
    }

    @Override
    public @Nullable KeptSession<S> findById(String id) {
        Copy copy = copies.kept(id);
        if (copy != null && !copy.expiredAt(clock.instant())) {
            return new KeptSession<>(this, copy, null, false);
        }
        long mark = copies.dropsSoFar();
        S found = stored.findById(id);
        if (found == null) {
            return null;
        }
        if (notices.listening()) {
            copies.keepIfNothingDropped(id, copyOf(found), mark);
        }
        return new KeptSession<>(this, null, found, false);
    }

    @Override
    public void save(KeptSession<S> session) {
        if (session.stored == null || !(session.created || session.changed)) {
            return; // only read: nothing to write (and a session gone meanwhile is not brought back)
        }
        stored.save(session.stored);
        if (!session.created) {
            String now = session.stored.getId();
            String before = session.idWhenRead;
            copies.drop(before);
            copies.drop(now);
            notices.announce(before.equals(now) ? new String[] {now} : new String[] {before, now});
        }
    }

    @Override
    public void deleteById(String id) {
        stored.deleteById(id);
        copies.changed(id, id);
    }

    int keptCount() {
        return copies.size();
    }

    private Copy copyOf(S session) {
        Map<String, byte[]> attributes = new LinkedHashMap<>();
        for (String name : session.getAttributeNames()) {
            Object value = session.getAttribute(name);
            if (value != null) {
                attributes.put(name, serializer.convert(value));
            }
        }
        return new Copy(session.getId(), session.getCreationTime(), session.getLastAccessedTime(),
                session.getMaxInactiveInterval(), Map.copyOf(attributes));
    }

    /**
     * One request's session: read from a kept copy until the request changes something, then the
     * stored session, loaded at that moment, which takes the change.
     */
    static final class KeptSession<S extends Session> implements Session {

        private final NodeKeptSessions<S> sessions;
        private final @Nullable Copy copy;
        private final String idWhenRead;
        private final boolean created;
        /** Whether this request changed anything the database holds. */
        private boolean changed;
        private @Nullable S stored;
        /** This request's own objects made from the copy's bytes. */
        private final Map<String, Object> read = new HashMap<>();
        /** The stored session was removed meanwhile: changes are kept for this request only. */
        private @Nullable Session detached;

        KeptSession(NodeKeptSessions<S> sessions, @Nullable Copy copy, @Nullable S stored, boolean created) {
            this.sessions = sessions;
            this.copy = copy;
            this.stored = stored;
            this.created = created;
            this.idWhenRead = copy != null ? copy.id() : stored.getId();
        }

        /** The session that takes changes: the stored one, loaded now if this request only read a copy. */
        private Session changing() {
            changed = true;
            if (stored != null) {
                return stored;
            }
            if (detached == null) {
                stored = sessions.stored.findById(idWhenRead);
                if (stored != null) {
                    return stored;
                }
                var alone = new org.springframework.session.MapSession(idWhenRead);
                copy.attributes().keySet().forEach(name -> alone.setAttribute(name, getAttribute(name)));
                alone.setCreationTime(copy.creationTime());
                alone.setLastAccessedTime(copy.lastAccessedTime());
                alone.setMaxInactiveInterval(copy.maxInactiveInterval());
                detached = alone;
            }
            return detached;
        }

        private @Nullable Session current() {
            return stored != null ? stored : detached;
        }

        @Override
        public String getId() {
            Session current = current();
            return current != null ? current.getId() : idWhenRead;
        }

        @Override
        public String changeSessionId() {
            return changing().changeSessionId();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> @Nullable T getAttribute(String attributeName) {
            Session current = current();
            if (current != null) {
                return current.getAttribute(attributeName);
            }
            byte[] bytes = copy.attributes().get(attributeName);
            if (bytes == null) {
                return null;
            }
            return (T) read.computeIfAbsent(attributeName, name -> sessions.deserializer.convert(bytes));
        }

        @Override
        public Set<String> getAttributeNames() {
            Session current = current();
            return current != null ? current.getAttributeNames() : copy.attributes().keySet();
        }

        @Override
        public void setAttribute(String attributeName, @Nullable Object attributeValue) {
            changing().setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changing().removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            Session current = current();
            return current != null ? current.getCreationTime() : copy.creationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            // Spring Session sets it on every request; only a time due to move (CoarseLastAccessSessions'
            // rule, which the stored session applies again) is a change to write.
            if (Duration.between(getLastAccessedTime(), lastAccessedTime).compareTo(sessions.granularity) >= 0) {
                changing().setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            Session current = current();
            return current != null ? current.getLastAccessedTime() : copy.lastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(getMaxInactiveInterval())) { // the interval it has is no change to write
                changing().setMaxInactiveInterval(interval);
            }
        }

        @Override
        public Duration getMaxInactiveInterval() {
            Session current = current();
            return current != null ? current.getMaxInactiveInterval() : copy.maxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            Session current = current();
            return current != null ? current.isExpired() : copy.expiredAt(sessions.clock.instant());
        }
    }
}
