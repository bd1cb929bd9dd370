package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** When python3 is CPython 3.11, re-runs every scenario under it to catch stale .out/.err files. */
class CPythonAgreementTest {

    static boolean python311() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && v.startsWith("Python 3.11");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @TestFactory
    Stream<DynamicTest> expectationsAreWhatCPythonPrintsToday() throws IOException {
        assumeTrue(python311(), "python3 is not CPython 3.11: expectations cannot be re-checked here");
        List<Path> scenarios = ScenarioCorpusTest.scenarios();
        return scenarios.stream().map(py -> DynamicTest.dynamicTest(ScenarioCorpusTest.ROOT.relativize(py).toString(), () -> {
            // Run as record.sh runs it, `python3 <name>.py` in the scenario's folder, so sys.argv is ['<name>.py'].
            ProcessBuilder run = new ProcessBuilder("python3", py.getFileName().toString()).directory(py.toAbsolutePath().getParent().toFile());
            // As record.sh records: stdout written through (PYTHONUNBUFFERED=1, the lab's model of sys.stdout).
            run.environment().put("PYTHONUNBUFFERED", "1");
            // The scenario's <name>.in when it has one; otherwise no standard input, as the engine's corpus runs have
            // none: input() meets EOF, never a pipe that stays open.
            Path in = Path.of(py.toString().replaceAll("\\.py$", ".in"));
            if (java.nio.file.Files.exists(in)) run.redirectInput(in.toFile());
            Process p = run.start();
            if (!java.nio.file.Files.exists(in)) p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor(30, TimeUnit.SECONDS);
            assertThat(out).as("stdout of " + py).isEqualTo(ScenarioCorpusTest.expectedOut(py));
            String expectedErr = ScenarioCorpusTest.expectedError(py);
            if (expectedErr != null) {
                String[] lines = err.split("\n");
                assertThat(lines[lines.length - 1]).as("last stderr line of " + py).isEqualTo(expectedErr);
            }
        }));
    }
}
