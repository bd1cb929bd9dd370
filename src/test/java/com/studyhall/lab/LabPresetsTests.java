package com.studyhall.lab;

import com.studyhall.simulation.SimulationRequest;
import com.studyhall.simulation.SimulationResult;
import com.studyhall.simulation.Simulator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The classic programs the lab ships: present, titled, in the lab's subset, and runnable. */
class LabPresetsTests {

    private final List<LabPreset> classics = new LabPresets(null, null, java.time.Duration.ZERO).classics();

    @Test
    void shipsAtLeastTenTitledClassics() {
        assertThat(classics).hasSizeGreaterThanOrEqualTo(10);
        assertThat(classics).allSatisfy(p -> {
            assertThat(p.title()).isNotBlank();
            assertThat(p.code()).doesNotStartWith("# title");
            assertThat(p.group()).isEqualTo(LabPresets.CLASSICS);
        });
    }

    @Test
    void everyClassicIsInTheLabSubsetAndRunsToTheEndOrANamedError() {
        for (LabPreset p : classics) {
            SimulationResult result = new Simulator().run(new SimulationRequest(p.code(), null, true));
            assertThat(result.diagnostics()).as(p.key()).isEmpty();
            assertThat(result.steps()).as(p.key()).isNotEmpty();
            if (!p.key().contains("error")) {
                assertThat(result.error()).as(p.key() + " " + result.error()).isNull();
            }
        }
    }

    /** The lab must never teach a wrong number: each classic prints what CPython 3.11 prints. */
    @Test
    void everyClassicPrintsWhatCPythonPrints() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(python311(), "Skipped: no python3 of version 3.11 on the PATH");
        for (LabPreset p : classics) {
            // -u: stdout written through, as the lab models it and the corpus is recorded (PYTHONUNBUFFERED=1).
            var process = new ProcessBuilder("python3", "-u", "-c", p.code()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String cpython = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            assertThat(new Simulator().run(SimulationRequest.of(p.code())).stdout()).as(p.key()).isEqualTo(cpython);
        }
    }

    private static boolean python311() {
        try {
            var process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 && version.startsWith("Python 3.11");
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void refusesAPresetWithoutATitleLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LabPresets.classic("x.py", "a = 1\n"))
                .isInstanceOf(IllegalStateException.class);
    }

    /** Keeps a recorded run for the front end's own checks (target/lab-fixtures, not committed). */
    @Test
    void recordsATraceFixture() throws Exception {
        LabPreset alias = classics.stream().filter(p -> p.key().endsWith("alias")).findFirst().orElseThrow();
        SimulationResult result = new Simulator().run(new SimulationRequest(alias.code(), null, true));
        Path out = Path.of("target", "lab-fixtures", "alias.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, JsonMapper.builder().build().writeValueAsString(Map.of("stdout", result.stdout(),
                "steps", result.steps(), "stats", result.stats())), StandardCharsets.UTF_8);
        assertThat(Files.size(out)).isPositive();
    }
}
