package com.studyhall.catalog;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One {@link ExpiringSnapshot} per key (a course, a section): values read once per change and
 * shared by every reader. A load that finds nothing keeps nothing, so unknown keys cost no memory.
 */
public final class ExpiringSnapshots<K, V> {

    private final Duration ttl;
    private final LongSupplier nanoClock;
    private final Map<K, ExpiringSnapshot<V>> byKey = new ConcurrentHashMap<>();

    public ExpiringSnapshots(Duration ttl, LongSupplier nanoClock) {
        this.ttl = ttl;
        this.nanoClock = nanoClock;
    }

    /** The kept value, or what the loader reads when there is none or it is too old (null is not kept). */
    public V get(K key, Supplier<V> loader) {
        ExpiringSnapshot<V> snapshot = byKey.computeIfAbsent(key, k -> new ExpiringSnapshot<>(ttl, nanoClock));
        V value = snapshot.get(loader);
        if (value == null) {
            byKey.remove(key, snapshot);
        }
        return value;
    }

    /** How many keys have a value kept or being loaded. */
    public int size() {
        return byKey.size();
    }

    /** Forgets one key's value; a load of it already under way is not kept. */
    public void invalidate(K key) {
        ExpiringSnapshot<V> snapshot = byKey.remove(key);
        if (snapshot != null) {
            snapshot.invalidate();
        }
    }

    /** Forgets every value; loads already under way are not kept. */
    public void invalidateAll() {
        byKey.values().forEach(ExpiringSnapshot::invalidate);
        byKey.clear();
    }

    /**
     * Runs a cache drop at once and again when the transaction under way ends, so a reader between
     * the write and the commit does not keep what was there before.
     */
    public static void dropNowAndAfterTransaction(Runnable drop) {
        drop.run();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            drop.run();
                        }
                    });
        }
    }
}
