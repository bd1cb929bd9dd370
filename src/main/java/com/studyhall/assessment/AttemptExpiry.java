package com.studyhall.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Closes attempts whose time ran out while nobody looked, so statistics and histories are
 * complete. Pages close overdue attempts too, so a missed sweep only delays the figures. On
 * several nodes each sweeps; the conditional close lets one of them grade each attempt.
 * <p>
 * The first sweep runs as soon as the application is ready: attempts whose time ran out while no
 * node was running are closed (as of their deadlines) and graded with what was saved. It runs on a
 * thread of its own, like the rest of the start-up content (issue 18: done before the web server
 * started, it was the first JPA query of the start and cost the readiness a fifth of a second), so
 * for a moment after a start an overdue attempt a page has not opened yet may still count as open.
 * Tests run it before the context is theirs ({@code app.startup-content.in-background=false}).
 */
@Configuration
@EnableScheduling
class AttemptExpiry {

    private static final Logger log = LoggerFactory.getLogger(AttemptExpiry.class);

    private final AttemptService attempts;
    private final boolean inBackground;

    AttemptExpiry(AttemptService attempts,
                  @Value("${app.startup-content.in-background:true}") boolean inBackground) {
        this.attempts = attempts;
        this.inBackground = inBackground;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sweepOnceReady() {
        if (!inBackground) {
            closeOverdueAttempts();
            return;
        }
        Thread thread = new Thread(this::closeOverdueAttemptsLoggingFailure, "attempt-expiry-start");
        thread.setDaemon(true);
        thread.start();
    }

    @Scheduled(fixedDelayString = "${app.assessment.expiry-sweep:PT30S}", initialDelayString = "${app.assessment.expiry-sweep:PT30S}")
    void closeOverdueAttempts() {
        int closed = attempts.expireOverdue();
        if (closed > 0) {
            log.info("Closed and graded {} attempts whose time ran out", closed);
        }
    }

    /** The scheduler logs a failed sweep itself; a bare thread would only print it to standard error. */
    private void closeOverdueAttemptsLoggingFailure() {
        try {
            closeOverdueAttempts();
        } catch (RuntimeException e) {
            log.warn("The start-up sweep of overdue attempts failed; the next scheduled sweep retries: {}", e.toString());
        }
    }
}
