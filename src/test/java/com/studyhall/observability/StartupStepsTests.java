package com.studyhall.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/** The start-up steps written for bench/startup.py: slowest first by their own time. */
class StartupStepsTests {

    @Test
    void aStepIsRankedByItsOwnTimeLessTheStepsInsideIt(@TempDir Path folder) throws Exception {
        var startup = new BufferingApplicationStartup(100);
        StartupStep outer = startup.start("outer").tag("beanName", "wrapper");
        StartupStep inner = startup.start("inner").tag("beanName", "slow");
        Thread.sleep(120);
        inner.end();
        outer.end();
        StartupStep other = startup.start("other").tag("beanName", "medium");
        Thread.sleep(40);
        other.end();

        Path file = folder.resolve("steps.txt");
        StartupSteps.write(startup.getBufferedTimeline().getEvents(), file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("#");
        assertThat(lines.subList(1, 4)).satisfiesExactly(
                slowest -> assertThat(slowest).endsWith("inner beanName=slow"),
                next -> assertThat(next).endsWith("other beanName=medium"),
                last -> assertThat(last).endsWith("outer beanName=wrapper"));
        long outerOwn = Long.parseLong(lines.get(3).trim().split("\\s+")[0]);
        long outerWhole = Long.parseLong(lines.get(3).trim().split("\\s+")[1]);
        assertThat(outerOwn).isLessThan(40);
        assertThat(outerWhole).isGreaterThanOrEqualTo(120);
    }
}
