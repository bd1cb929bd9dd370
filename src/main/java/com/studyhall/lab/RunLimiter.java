package com.studyhall.lab;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Caps the simulations under way at once. A run that finds no free permit is refused at once
 * (HTTP 429) rather than queued: a queue would only turn overload into timeouts.
 */
@Component
class RunLimiter {

    private final Semaphore permits;
    private final int capacity;

    RunLimiter(@Value("${app.lab.max-concurrent-runs:0}") int configured) {
        this.capacity = configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
        this.permits = new Semaphore(capacity);
    }

    <T> T run(Supplier<T> work) {
        if (!permits.tryAcquire()) {
            throw new SimulatorBusyException(capacity);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    int capacity() {
        return capacity;
    }
}
