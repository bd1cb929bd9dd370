package com.studyhall.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Copies of database rows kept on this node, dropped when any node announces a change to them.
 * <p>
 * A copy is served only while the node hears the channel ({@link ChangeNotices#listening()}) and for at
 * most {@code freshFor} after it was read. A read that overlapped with a drop does not keep what it
 * read: the change may have been committed just after the read and announced just before the copy
 * would have been kept.
 *
 * @param <K> what a notice names (parsed from its text)
 * @param <V> the copy, immutable
 */
public final class NodeCopies<K, V> {

    private record Kept<V>(V value, Instant readAt) {
    }

    private final ChangeNotices notices;
    private final int capacity;
    private final Duration freshFor;
    private final Clock clock;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    /** Moves at every drop, so a read that raced with a change is not kept. */
    private final AtomicLong drops = new AtomicLong();

    public NodeCopies(ChangeNotices notices, Function<String, K> keyOfNotice, int capacity, Duration freshFor,
                      Clock clock) {
        this.notices = notices;
        this.capacity = capacity;
        this.freshFor = freshFor;
        this.clock = clock;
        notices.deliverTo(notice -> drop(keyOfNotice.apply(notice)), this::dropAll);
    }

    /** The kept copy, or what {@code fromDatabase} reads (kept when it may be); null when there is none. */
    public V read(K key, Function<K, V> fromDatabase) {
        V copy = kept(key);
        if (copy != null) {
            return copy;
        }
        long dropsBefore = drops.get();
        V read = fromDatabase.apply(key);
        if (read != null) {
            keepIfNothingDropped(key, read, dropsBefore);
        }
        return read;
    }

    /** The copy if one may be served now. */
    V kept(K key) {
        if (!notices.listening()) {
            return null;
        }
        Kept<V> copy = kept.get(key);
        return copy != null && clock.instant().isBefore(copy.readAt().plus(freshFor)) ? copy.value() : null;
    }

    /** A mark to pass to {@link #keepIfNothingDropped} with what is read after it. */
    long dropsSoFar() {
        return drops.get();
    }

    void keepIfNothingDropped(K key, V value, long dropsBefore) {
        if (!notices.listening() || drops.get() != dropsBefore) {
            return;
        }
        if (kept.size() >= capacity) {
            dropAll(); // rare: capacity is far above what a node serves at once
        }
        kept.put(key, new Kept<>(value, clock.instant()));
    }

    /** Drops this node's copy and tells every node to drop theirs. */
    public void changed(K key, String notice) {
        drop(key);
        notices.announce(notice);
    }

    void drop(K key) {
        drops.incrementAndGet();
        kept.remove(key);
    }

    void dropAll() {
        drops.incrementAndGet();
        kept.clear();
    }

    int size() {
        return kept.size();
    }
}
