package com.studyhall.observability;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a start's time goes, step by step (issue 18): with {@code -Dstudyhall.startup-steps=FILE}
 * the start records Spring's start-up steps (each bean's creation, the context's phases) and, once
 * ready, appends the slowest to FILE by their own time (less the steps inside them), one line each.
 * {@code bench/startup.py --steps} uses it; without the property nothing is recorded.
 */
public final class StartupSteps {

    private static final int KEPT_STEPS = 20_000;
    private static final int WRITTEN_STEPS = 60;

    private StartupSteps() {
    }

    /** Records the steps of {@code application}'s start if the system property names a file. */
    public static void recordIfAsked(SpringApplication application) {
        String file = System.getProperty("studyhall.startup-steps");
        if (file == null || file.isBlank()) {
            return;
        }
        var startup = new BufferingApplicationStartup(KEPT_STEPS);
        application.setApplicationStartup(startup);
        application.addListeners((ApplicationListener<ApplicationReadyEvent>) ready ->
                write(startup.getBufferedTimeline().getEvents(), Path.of(file)));
    }

    static void write(List<TimelineEvent> events, Path file) {
        Map<Long, Duration> inside = new HashMap<>();
        for (TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                inside.merge(parent, event.getDuration(), Duration::plus);
            }
        }
        Comparator<TimelineEvent> byOwnTime = Comparator.comparing(event -> ownTime(event, inside));
        try (var out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            out.println("# start-up steps by own time (ms own, ms with the steps inside, step, tags)");
            events.stream().sorted(byOwnTime.reversed()).limit(WRITTEN_STEPS).forEach(event ->
                    out.printf("%6d %6d %s%s%n", ownTime(event, inside).toMillis(), event.getDuration().toMillis(),
                            event.getStartupStep().getName(), tags(event.getStartupStep())));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the start-up steps to " + file, e);
        }
    }

    private static Duration ownTime(TimelineEvent event, Map<Long, Duration> inside) {
        return event.getDuration().minus(inside.getOrDefault(event.getStartupStep().getId(), Duration.ZERO));
    }

    private static String tags(StartupStep step) {
        var text = new StringBuilder();
        for (StartupStep.Tag tag : step.getTags()) {
            if (!tag.getKey().equals("beanType")) {
                text.append(' ').append(tag.getKey()).append('=').append(tag.getValue());
            }
        }
        return text.toString();
    }
}
