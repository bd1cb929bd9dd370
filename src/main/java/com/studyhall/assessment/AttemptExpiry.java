package com.studyhall.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Closes attempts whose time ran out while nobody looked, so statistics and histories are
 * complete. Pages close overdue attempts too, so a missed sweep only delays the figures. On
 * several nodes each sweeps; the conditional close lets one of them grade each attempt.
 * <p>
 * The first sweep runs at start-up, before the web server takes requests: attempts whose time ran
 * out while no node was running are closed (as of their deadlines) and graded with what was saved
 * before anyone sees them.
 */
@Configuration
@EnableScheduling
class AttemptExpiry implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AttemptExpiry.class);

    private final AttemptService attempts;

    AttemptExpiry(AttemptService attempts) {
        this.attempts = attempts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        closeOverdueAttempts();
    }

    @Scheduled(fixedDelayString = "${app.assessment.expiry-sweep:PT30S}", initialDelayString = "${app.assessment.expiry-sweep:PT30S}")
    void closeOverdueAttempts() {
        int closed = attempts.expireOverdue();
        if (closed > 0) {
            log.info("Closed and graded {} attempts whose time ran out", closed);
        }
    }
}
