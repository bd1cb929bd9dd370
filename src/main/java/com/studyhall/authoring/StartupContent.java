package com.studyhall.authoring;

import com.studyhall.assessment.ExpectedOutputs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * The work a start owes the content but no request has to wait for: the demo users and courses on a
 * new database, then the predict-the-output answers the current engine has not computed yet. Done on
 * the main thread before readiness, it made a new install take three seconds longer to answer its
 * first request than a restart (issue 18: most of it the cold engine running every question of the
 * three demo courses). So it runs once the application is ready, on a thread of its own; the demo
 * courses appear a moment later, and an attempt started meanwhile leaves out a question whose answer
 * is not computed yet, as it always has. Tests run it before the context is theirs
 * ({@code app.startup-content.in-background=false}): they sign in as the demo users at once.
 */
@Component
class StartupContent {

    private static final Logger log = LoggerFactory.getLogger(StartupContent.class);

    private final DemoDataLoader demoData;
    private final ExpectedOutputs expectedOutputs;
    private final boolean inBackground;

    StartupContent(DemoDataLoader demoData, ExpectedOutputs expectedOutputs,
                   @Value("${app.startup-content.in-background:true}") boolean inBackground) {
        this.demoData = demoData;
        this.expectedOutputs = expectedOutputs;
        this.inBackground = inBackground;
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepareOnceReady() {
        if (!inBackground) {
            prepare();
            return;
        }
        // A stop in the middle leaves no half course: each course is imported in one transaction,
        // and the next start imports whatever is missing.
        Thread thread = new Thread(this::prepare, "startup-content");
        thread.setDaemon(true);
        thread.start();
    }

    /** Each step on its own: demo data that cannot be read must not keep stale answers in the tests. */
    void prepare() {
        long started = System.nanoTime();
        try {
            demoData.loadIfEnabled();
        } catch (IOException | RuntimeException e) {
            log.error("The demo data could not be loaded; the application serves what the database holds", e);
        }
        try {
            expectedOutputs.refreshStale();
        } catch (RuntimeException e) {
            log.error("Predict-the-output answers could not be refreshed; questions without one stay out of attempts", e);
        }
        log.info("Start-up content prepared in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
