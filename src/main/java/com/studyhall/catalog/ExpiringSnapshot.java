package com.studyhall.catalog;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One value read from the database and kept until it is dropped or older than its time to live.
 * A load that overlaps a drop is not kept, so a commit is never hidden by a slow read. The
 * published catalog and the search index both live in one.
 */
public final class ExpiringSnapshot<T> {

    private record Snapshot<T>(T value, long loadedAt, long generation) {
    }

    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot<T> snapshot;

    public ExpiringSnapshot(Duration ttl, LongSupplier nanoClock) {
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The kept value, or what the loader reads when there is none or it is too old. */
    public T get(Supplier<T> loader) {
        long now = nanoClock.getAsLong();
        long current = generation.get();
        Snapshot<T> cached = snapshot;
        if (cached != null && cached.generation() == current && now - cached.loadedAt() < ttlNanos) {
            return cached.value();
        }
        T loaded = loader.get();
        if (generation.get() == current) {
            snapshot = new Snapshot<>(loaded, now, current);
        }
        return loaded;
    }

    /** Forgets the value: the next reader loads it again. */
    public void invalidate() {
        generation.incrementAndGet();
        snapshot = null;
    }
}
