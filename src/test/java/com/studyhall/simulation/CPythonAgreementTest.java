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
        return interpreter() != null;
    }

    /**
     * The CPython 3.11 executable that {@code python3} names, or null. Asked once: a version
     * manager's {@code python3} (pyenv's shim) is a script that costs several times the program's
     * own start on every call, which over two thousand scenarios was most of the build's time.
     */
    static String interpreter() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.version[:5], sys.executable)")
                    .redirectErrorStream(true).start();
            String[] answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split(" ", 2);
            boolean cpython311 = p.waitFor(10, TimeUnit.SECONDS) && answer.length == 2 && answer[0].startsWith("3.11.");
            return cpython311 ? answer[1] : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    @TestFactory
    Stream<DynamicTest> expectationsAreWhatCPythonPrintsToday() throws IOException {
        String python = interpreter();
        assumeTrue(python != null, "python3 is not CPython 3.11: expectations cannot be re-checked here");
        List<Path> scenarios = ScenarioCorpusTest.scenarios();
        return scenarios.stream().map(py -> DynamicTest.dynamicTest(ScenarioCorpusTest.ROOT.relativize(py).toString(), () -> {
            // Run as record.sh runs it, `python3 <name>.py` in the scenario's folder, so sys.argv is ['<name>.py'].
            ProcessBuilder run = new ProcessBuilder(python, py.getFileName().toString()).directory(py.toAbsolutePath().getParent().toFile());
            // As record.sh records: stdout written through (PYTHONUNBUFFERED=1, the lab's model of sys.stdout).
            run.environment().put("PYTHONUNBUFFERED", "1");
            // The scenario's <name>.in when it has one; otherwise no standard input, as the engine's corpus runs have
            // none: input() meets EOF, never a pipe that stays open.
            Path in = Path.of(py.toString().replaceAll("\\.py$", ".in"));
            if (java.nio.file.Files.exists(in)) run.redirectInput(in.toFile());
            Process p = run.start();
            if (!java.nio.file.Files.exists(in)) p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String rawErr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = rawErr.strip();
            p.waitFor(30, TimeUnit.SECONDS);
            assertThat(out).as("stdout of " + py).isEqualTo(ScenarioCorpusTest.expectedOut(py));
            String expectedStderr = ScenarioCorpusTest.expectedStderr(py);
            if (expectedStderr != null) {
                String stderr = ScenarioCorpusTest.comparableStderr(rawErr, py.toAbsolutePath().getParent());
                assertThat(stderr).as("stderr of " + py).isEqualTo(expectedStderr);
            } else {
                // No .stderr: CPython wrote nothing but the report the .err line stands for (record.sh's rule).
                boolean reportOnly = rawErr.isEmpty() || rawErr.startsWith("Traceback (most recent call last):\n")
                        || p.exitValue() == 1 && rawErr.indexOf('\n') == rawErr.lastIndexOf('\n');
                assertThat(reportOnly).as("stderr of " + py + " is only the uncaught error's report: " + rawErr).isTrue();
            }
            String expectedErr = ScenarioCorpusTest.expectedError(py);
            if (expectedErr != null) {
                String[] lines = err.split("\n");
                // The .err line is read stripped (ScenarioCorpusTest.expectedError): a program's own last line may be indented.
                assertThat(lines[lines.length - 1].strip()).as("last stderr line of " + py).isEqualTo(expectedErr);
            }
        }));
    }
}
