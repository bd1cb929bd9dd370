package com.studyhall.catalog;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One value read from the database and kept until it is dropped or older than its time to live.
 * A load that overlaps a drop is not kept, so a commit is never hidden by a slow read. The
 * published catalog and the search index both live in one.
 * <p>
 * When the value is only too old (not dropped), one reader reads it again while the others keep
 * the old one until that read ends: when every reader reloaded, a machine busy enough that a load
 * outlasted the time to live never kept a value again, and each request paid for the whole load
 * (seen on the section page under load, docs/benchmarks.md). A dropped value is never served.
 */
public final class ExpiringSnapshot<T> {

    private record Snapshot<T>(T value, long loadedAt, long generation) {
    }

    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot<T> snapshot;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    public ExpiringSnapshot(Duration ttl, LongSupplier nanoClock) {
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The kept value, or what the loader reads when there is none or it is too old. */
    public T get(Supplier<T> loader) {
        long now = nanoClock.getAsLong();
        long current = generation.get();
        Snapshot<T> cached = snapshot;
        boolean kept = cached != null && cached.generation() == current;
        if (kept && now - cached.loadedAt() < ttlNanos) {
            return cached.value();
        }
        if (kept && !refreshing.compareAndSet(false, true)) {
            return cached.value();
        }
        try {
            T loaded = loader.get();
            if (generation.get() == current) {
                snapshot = new Snapshot<>(loaded, now, current);
            }
            return loaded;
        } finally {
            if (kept) {
                refreshing.set(false);
            }
        }
    }

    /** Forgets the value: the next reader loads it again. */
    public void invalidate() {
        generation.incrementAndGet();
        snapshot = null;
    }
}
