package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every scenario under src/test/resources/scenarios through the engine and compares with CPython's output. */
class ScenarioCorpusTest {
    static final Path ROOT = Path.of("src/test/resources/scenarios");

    static List<Path> scenarios() throws IOException {
        if (!Files.isDirectory(ROOT)) return List.of();
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    static String expectedError(Path py) throws IOException {
        Path err = Path.of(py.toString().replaceAll("\\.py$", ".err"));
        return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8).strip() : null;
    }

    static String expectedOut(Path py) throws IOException {
        Path out = Path.of(py.toString().replaceAll("\\.py$", ".out"));
        return Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    }

    /**
     * The whole standard error CPython wrote, as record.sh keeps it in {@code <name>.stderr} when the
     * program wrote there itself (null when it did not: then only the .err line is compared).
     */
    static String expectedStderr(Path py) throws IOException {
        Path err = Path.of(py.toString().replaceAll("\\.py$", ".stderr"));
        return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : null;
    }

    /**
     * What the engine's run puts on standard error, as CPython would: the program's own writes, then
     * the uncaught error's report (a SystemExit's message alone; none for an exit status).
     */
    static String engineStderr(SimulationResult r) {
        PythonError e = r.error();
        String report = e == null ? ""
                : e.type().equals("SystemExit") ? (e.message().isEmpty() ? "" : e.message() + "\n")
                : e.traceback() == null ? "" : e.traceback();
        return r.stderr() + report;
    }

    /**
     * CPython's stderr as record.sh keeps it: the folder taken out of the traceback's file names
     * ({@code python3 name.py} reports the absolute path) and 3.11's {@code ^~~~} marker lines,
     * which the lab's report leaves out, dropped from the report on.
     */
    static String comparableStderr(String raw, Path folder) throws IOException {
        // python3 names the script from the physical working directory, links resolved.
        String script = folder.toRealPath() + "/";
        String text = raw.replace("File \"" + script, "File \"");
        StringBuilder kept = new StringBuilder();
        boolean report = false;
        for (String line : text.split("(?<=\n)")) {
            // A warning's first line names the script the same way: "folder/x.py:7: DeprecationWarning: ..." (record.sh).
            if (line.startsWith(script)) line = line.substring(script.length());
            report |= line.equals("Traceback (most recent call last):\n");
            String body = line.strip();
            if (report && !body.isEmpty() && body.contains("^") && body.chars().allMatch(c -> c == '^' || c == '~' || c == ' ')) continue;
            kept.append(line);
        }
        return kept.toString();
    }

    /** A scenario that reads input() has its standard input beside it as {@code <name>.in} (record.sh feeds it too). */
    static String stdin(Path py) throws IOException {
        Path in = Path.of(py.toString().replaceAll("\\.py$", ".in"));
        return Files.exists(in) ? Files.readString(in, StandardCharsets.UTF_8) : "";
    }

    @TestFactory
    Stream<DynamicTest> heapInvariantsHoldAfterEveryStep() throws IOException {
        return scenarios().stream().map(py -> DynamicTest.dynamicTest(ROOT.relativize(py).toString(), () -> {
            String code = Files.readString(py, StandardCharsets.UTF_8);
            List<String> problems = CheckedRun.run(code, stdin(py));
            assertThat(problems).as("heap invariants").isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPrintsWhatCPythonPrinted() throws IOException {
        Simulator simulator = new Simulator();
        return scenarios().stream().map(py -> DynamicTest.dynamicTest(ROOT.relativize(py).toString(), () -> {
            String code = Files.readString(py, StandardCharsets.UTF_8);
            // record.sh runs `python3 <name>.py` in the scenario's folder: sys.argv is ['<name>.py'].
            SimulationResult r = simulator.run(new SimulationRequest(code, Limits.defaults(), false, stdin(py), py.getFileName().toString()));
            assertThat(r.diagnostics()).as("diagnostics").isEmpty();
            assertThat(r.stdout()).as("stdout").isEqualTo(expectedOut(py));
            String err = r.error() == null ? null : r.error().lastStderrLine();
            String stderr = expectedStderr(py);
            if (stderr == null) {
                assertThat(r.stderr()).as("stderr (no .stderr recorded)").isEmpty();
                assertThat(err).as("error").isEqualTo(expectedError(py));
            } else {
                // The whole stderr says everything the .err line does, and more; whether the run failed is still compared.
                assertThat(engineStderr(r)).as("stderr").isEqualTo(stderr);
                assertThat(r.error() != null).as("the run fails").isEqualTo(expectedError(py) != null);
            }
        }));
    }
}
