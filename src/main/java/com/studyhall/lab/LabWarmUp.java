package com.studyhall.lab;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the lab's classic presets a few times once the application is ready, on a background
 * thread, so the engine's classes are loaded and its hot paths compiled before a learner's first
 * "Run": cold, the first run after start-up took half a minute on a busy two-core machine. Requests
 * are served meanwhile; the warm-up takes no run permit, and a failure only costs the head start.
 */
@Component
class LabWarmUp {

    private static final Logger log = LoggerFactory.getLogger(LabWarmUp.class);
    private static final int ROUNDS = 3;

    private final LabEngine engine;
    private final LabPresets presets;
    private final boolean enabled;

    LabWarmUp(LabEngine engine, LabPresets presets, @Value("${app.lab.warm-up:true}") boolean enabled) {
        this.engine = engine;
        this.presets = presets;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUpInTheBackground() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(this::warmUp, "lab-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Runs every classic preset {@code ROUNDS} times; returns how many runs the engine accepted and finished. */
    int warmUp() {
        long started = System.nanoTime();
        int clean = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                for (LabPreset preset : presets.classics()) {
                    if (isClean(engine.run(preset.code(), true))) {
                        clean++;
                    }
                }
            }
            log.info("Lab engine warmed up with {} clean preset runs in {} ms", clean,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Lab warm-up stopped early: {}", e.toString());
        }
        return clean;
    }

    /** Ran to its end as CPython would; one preset ends in the NameError it teaches, which counts. */
    private static boolean isClean(com.studyhall.simulation.SimulationResult result) {
        return !result.rejected();
    }
}
