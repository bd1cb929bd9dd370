package com.studyhall.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key (an address, an account, both) in a sliding time window and says how long
 * a key must wait once it reached a limit. Every wait ends by itself when the window slides past
 * the oldest events, so nothing is blocked for good. Memory stays bounded: past
 * {@value #MAX_TRACKED_KEYS} keys, the keys whose events have all expired are forgotten.
 */
public final class SlidingWindows {

    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();
    private final Duration window;
    private final Clock clock;

    public SlidingWindows(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    public void record(String key) {
        Instant now = clock.instant();
        if (events.size() > MAX_TRACKED_KEYS) {
            forgetExpired(now);
        }
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    public void forget(String key) {
        events.remove(key);
    }

    /** How long {@code key} must wait before its next event, or empty while it is under {@code limit}. */
    public Optional<Duration> waitBefore(String key, int limit) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.removeFirst();
            }
            if (times.size() < limit) {
                return Optional.empty();
            }
            // The wait ends once enough of the oldest events leave the window.
            Instant freedAt = times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(window);
            return Optional.of(Duration.between(now, freedAt));
        }
    }

    private void forgetExpired(Instant now) {
        events.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty() || !entry.getValue().peekLast().isAfter(now.minus(window));
            }
        });
    }
}
