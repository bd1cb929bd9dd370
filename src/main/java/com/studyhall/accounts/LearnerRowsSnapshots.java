package com.studyhall.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each learner's own rows, kept in memory while their rows version stays the same: the course
 * page, the section page, "My learning" and the review page read the same enrollments, best scores,
 * marks, card schedules, flags and limits again and again between two of the learner's writes. Each
 * feature package keeps its own parts here under keys of its own. The version
 * comes with the account check every request makes anyway ({@link AccountStatus#learnerRowsVersion()}),
 * so a kept copy costs no statement, and a write on any node ({@link LearnerRowsChanges}) shows on
 * the next request.
 *
 * <p>Only read-only transactions and reads outside any transaction use the copies: a transaction
 * that writes reads its own rows, and what it loads never reaches another request. Each part of a copy is read when first asked for, so
 * a page reads only what it shows. The rows are detached entities shared between requests, to be
 * read and never changed (their {@code @Version} would refuse a stale copy saved back).
 */
@Component
public class LearnerRowsSnapshots {

    /**
     * Learners kept, least recently used first out. A learner with every card of a 300-card course
     * scheduled holds about 70 KB here (a schedule is some 220 bytes with its instants), so 500 such
     * learners stay near 35 MB of the 320 MB heap; the learners studying at one moment fit easily.
     */
    static final int KEPT_LEARNERS = 500;

    private static final String VERSION = "select learner_rows_version from app_user where id = ?";

    private final JdbcClient jdbc;
    private final Map<Long, Snapshot> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Snapshot> eldest) {
            return size() > KEPT_LEARNERS;
        }
    };

    LearnerRowsSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The part of the learner's rows named by {@code key}, from the copy of their current version
     * when the transaction only reads (or there is none), else read now.
     */
    public <T> T part(long learnerId, Object key, Supplier<T> reader) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return reader.get();
        }
        return current(learnerId).part(key, reader);
    }

    /** Drops the learner's copy (this node wrote their rows). */
    public void forget(long learnerId) {
        synchronized (kept) {
            kept.remove(learnerId);
        }
    }

    private Snapshot current(long learnerId) {
        long version = version(learnerId);
        synchronized (kept) {
            Snapshot snapshot = kept.get(learnerId);
            if (snapshot == null || snapshot.version < version) {
                snapshot = new Snapshot(version);
                kept.put(learnerId, snapshot);
            } else if (snapshot.version > version) {
                // This request began before a write another request has seen: read, do not keep.
                return new Snapshot(version);
            }
            return snapshot;
        }
    }

    /**
     * The version the account filter read for this request; else (outside a request, for another
     * learner, or after this request wrote their rows) from the database.
     */
    private long version(long learnerId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(AccountStatus.OF_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST)
                instanceof AccountStatus status && status.userId() == learnerId) {
            return status.learnerRowsVersion();
        }
        return jdbc.sql(VERSION).param(learnerId).query(Long.class).optional().orElse(0L);
    }

    /** The parts of one version of a learner's rows read so far. */
    private static final class Snapshot {

        private final long version;
        private final Map<Object, Object> parts = new ConcurrentHashMap<>();

        Snapshot(long version) {
            this.version = version;
        }

        @SuppressWarnings("unchecked")
        <T> T part(Object key, Supplier<T> reader) {
            Object part = parts.get(key);
            if (part == null) {
                // Read outside the map's lock: a reader runs queries, and two at once only repeat one.
                part = reader.get();
                Object raced = parts.putIfAbsent(key, part);
                part = raced != null ? raced : part;
            }
            return (T) part;
        }
    }
}
