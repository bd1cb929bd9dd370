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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sessions kept on the node as well as in the database, so a page view reads no session from
 * PostgreSQL (issue 18: that one read made every PostgreSQL page two to five times slower than the
 * same page on H2, whose sessions live in memory).
 * <p>
 * What is kept is a copy of the stored session: its times and its attributes in their serialized
 * form. Each request gets its own attribute objects from those bytes, as it would from the database,
 * so a request that changes its security context in place (a sign-out does) changes nobody else's.
 * The copy is used only while the node hears the other nodes' announcements ({@link SessionNotices}):
 * every write and removal, here or on another node, is announced after its commit and drops the copy
 * everywhere; a copy is also read again after {@code freshFor} at the latest, whatever happens.
 * <p>
 * A request that only reads its session writes nothing (as {@link CoarseLastAccessSessions} arranges
 * underneath). The first change a request makes loads the stored session and changes that one, so
 * writes go through Spring Session's repository exactly as before.
 */
final class NodeKeptSessions<S extends Session> implements SessionRepository<NodeKeptSessions.KeptSession<S>> {

    private final SessionRepository<S> stored;
    private final SessionNotices notices;
    private final Duration granularity;
    private final Duration freshFor;
    private final int capacity;
    private final Clock clock;
    private final Map<String, Copy> kept = new ConcurrentHashMap<>();
    /** Moves whenever a copy is dropped, so a read that raced with a change does not keep its stale copy. */
    private final AtomicLong drops = new AtomicLong();
    private final SerializingConverter serializer = new SerializingConverter();
    private final DeserializingConverter deserializer;

    NodeKeptSessions(SessionRepository<S> stored, SessionNotices notices, Duration granularity, Duration freshFor,
                     int capacity, Clock clock) {
        this.stored = stored;
        this.notices = notices;
        this.granularity = granularity;
        this.freshFor = freshFor;
        this.capacity = capacity;
        this.clock = clock;
        this.deserializer = new DeserializingConverter(NodeKeptSessions.class.getClassLoader());
        notices.deliverTo(this::drop, this::dropAll);
    }

    /** A stored session as it was read, the attributes as the database holds them. */
    record Copy(String id, Instant creationTime, Instant lastAccessedTime, Duration maxInactiveInterval,
                Map<String, byte[]> attributes, Instant readAt) {

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
        Instant now = clock.instant();
        if (notices.listening()) {
            Copy copy = kept.get(id);
            if (copy != null && now.isBefore(copy.readAt().plus(freshFor)) && !copy.expiredAt(now)) {
                return new KeptSession<>(this, copy, null, false);
            }
        }
        long dropsBefore = drops.get();
        S found = stored.findById(id);
        if (found == null) {
            return null;
        }
        if (notices.listening() && drops.get() == dropsBefore) {
            keep(copyOf(found, now));
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
            drop(before);
            drop(now);
            notices.announce(before.equals(now) ? new String[] {now} : new String[] {before, now});
        }
    }

    @Override
    public void deleteById(String id) {
        stored.deleteById(id);
        drop(id);
        notices.announce(id);
    }

    int keptCount() {
        return kept.size();
    }

    private void keep(Copy copy) {
        if (kept.size() >= capacity) {
            // Rare (capacity is far above the sessions a node serves at once): start again.
            dropAll();
        }
        kept.put(copy.id(), copy);
    }

    private void drop(String id) {
        drops.incrementAndGet();
        kept.remove(id);
    }

    private void dropAll() {
        drops.incrementAndGet();
        kept.clear();
    }

    private Copy copyOf(S session, Instant now) {
        Map<String, byte[]> attributes = new LinkedHashMap<>();
        for (String name : session.getAttributeNames()) {
            Object value = session.getAttribute(name);
            if (value != null) {
                attributes.put(name, serializer.convert(value));
            }
        }
        return new Copy(session.getId(), session.getCreationTime(), session.getLastAccessedTime(),
                session.getMaxInactiveInterval(), Map.copyOf(attributes), now);
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
