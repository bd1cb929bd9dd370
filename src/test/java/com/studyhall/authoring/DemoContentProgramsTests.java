package com.studyhall.authoring;

import com.studyhall.authoring.ContentPrograms.Program;
import com.studyhall.simulation.SimulationRequest;
import com.studyhall.simulation.SimulationResult;
import com.studyhall.simulation.Simulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps the shipped courses true: every program in the demo content (lab scenarios, predict-the-
 * output questions, Markdown fenced as {@code python}) runs through the engine and, when python3
 * is CPython 3.11, through CPython. Both must print the same, and both must print what the content
 * says the program prints. A program the engine refuses, or runs differently from CPython, must be
 * listed with a reason in content-cpython-only.txt; it is then checked against CPython only, and the
 * line must go once the engine runs it as CPython does.
 */
class DemoContentProgramsTests {

    static final Path CPYTHON_ONLY = Path.of("src/test/resources/content-cpython-only.txt");

    static List<Program> programs;
    static Map<String, String> cpythonOnly;
    static boolean cpython311;

    @BeforeAll
    static void readContent() throws IOException {
        programs = new DemoCourseReader(JsonMapper.builder().build()).read().stream()
                .flatMap(course -> course.sections().stream())
                .flatMap(section -> ContentPrograms.of(section).stream())
                .toList();
        cpythonOnly = readCpythonOnly();
        cpython311 = python311();
    }

    @Test
    void theContentShipsProgramsToCheck() {
        assertThat(programs).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void everyListedProgramExists() {
        var keys = programs.stream().map(Program::key).toList();
        assertThat(cpythonOnly.keySet()).as("lines of " + CPYTHON_ONLY + " that name no program").isSubsetOf(keys);
    }

    @TestFactory
    Stream<DynamicTest> engineAndCPythonPrintWhatTheContentStates() {
        return programs.stream().map(program -> DynamicTest.dynamicTest(program.key(), () -> check(program)));
    }

    private static void check(Program program) throws Exception {
        SimulationResult engine = new Simulator().run(SimulationRequest.of(program.code()));
        if (cpythonOnly.containsKey(program.key())) {
            checkListed(program, engine);
            return;
        }
        if (refused(engine)) {
            fail("The engine refuses " + program.key() + ": " + (engine.rejected() ? engine.diagnostics() : engine.error())
                    + ". Make it run in the lab's subset, or add a line '" + program.key()
                    + " | <reason>' to " + CPYTHON_ONLY + "\n" + program.code());
        }
        String printed = printed(engine.stdout(), engine.error() == null ? null : engine.error().lastStderrLine());
        assertThat(engine.error() == null ? "" : engine.error().type()).as(program.key() + " ended with an engine limit or bug")
                .doesNotEndWith("LimitExceeded").isNotEqualTo("InternalError");
        assertThat(engine.error() == null || program.statedOutput() != null)
                .as(program.key() + " raises " + engine.error() + " but states no output: a fragment? Complete it, or state"
                        + " the error in an output block\n" + program.code())
                .isTrue();
        assertStated(program, printed, "the engine");
        if (cpython311) {
            String cpython = cpython(program.code());
            assertThat(printed).as(program.key() + ": the engine and CPython 3.11 print the same\n" + program.code())
                    .isEqualTo(cpython);
            assertStated(program, cpython, "CPython 3.11");
        }
    }

    /**
     * A listed program is checked against CPython only, and the line must stay true: the engine
     * still refuses the program or still prints something else than CPython.
     */
    private static void checkListed(Program program, SimulationResult engine) throws Exception {
        assertThat(program.predictQuestion()).as(program.key() + ": a predict-the-output question takes its answer from the engine,"
                + " so the engine must run it faithfully; it cannot be listed in " + CPYTHON_ONLY).isFalse();
        if (!cpython311) {
            return;
        }
        String cpython = cpython(program.code());
        assertStated(program, cpython, "CPython 3.11");
        if (!refused(engine)) {
            String printed = printed(engine.stdout(), engine.error() == null ? null : engine.error().lastStderrLine());
            assertThat(printed).as(program.key() + " is listed in " + CPYTHON_ONLY + ", but the engine now prints what CPython"
                    + " prints: remove the line").isNotEqualTo(cpython);
        }
    }

    /**
     * Refused up front, or stopped at a module function the engine does not know yet (it answers
     * those with AttributeError where CPython has the function): either way it gives no answer.
     */
    private static boolean refused(SimulationResult engine) {
        return engine.rejected() || engine.error() != null && engine.error().type().equals("AttributeError")
                && engine.error().message().startsWith("module ");
    }

    private static void assertStated(Program program, String printed, String who) {
        if (program.statedOutput() != null) {
            assertThat(printed.stripTrailing()).as(program.key() + ": what " + who + " prints, against the stated output\n" + program.code())
                    .isEqualTo(program.statedOutput().stripTrailing());
        }
        if (program.statedLastNumber() != null) {
            String[] lines = printed.strip().split("\n");
            assertThat(Double.parseDouble(lines[lines.length - 1].strip())).as(program.key() + ": the last line " + who + " prints, against the numeric answer")
                    .isEqualTo(program.statedLastNumber());
        }
    }

    /** stdout, then the last stderr line when the program failed: what a learner would see. */
    static String printed(String stdout, String lastErrorLine) {
        String out = stdout == null ? "" : stdout;
        if (lastErrorLine == null || lastErrorLine.isEmpty()) {
            return out;
        }
        return out.isEmpty() || out.endsWith("\n") ? out + lastErrorLine : out + "\n" + lastErrorLine;
    }

    private static final Map<String, String> CPYTHON_RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String cpython(String code) throws IOException, InterruptedException {
        String known = CPYTHON_RUNS.get(code);
        if (known != null) {
            return known;
        }
        Path file = Files.createTempFile("content-program", ".py");
        try {
            Files.writeString(file, code, StandardCharsets.UTF_8);
            // -u: stdout written through, as the lab models it and the corpus is recorded (PYTHONUNBUFFERED=1).
            Process p = new ProcessBuilder("python3", "-u", file.toString()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("CPython finished within 30 s").isTrue();
            String printed = printed(out, p.exitValue() == 0 ? null : err.substring(err.lastIndexOf('\n') + 1));
            CPYTHON_RUNS.put(code, printed);
            return printed;
        } finally {
            Files.delete(file);
        }
    }

    static boolean python311() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && version.startsWith("Python 3.11");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * "section | item | reason" (or the same with commas) per line; blank lines and lines starting
     * with # are skipped.
     */
    private static Map<String, String> readCpythonOnly() throws IOException {
        var listed = new LinkedHashMap<String, String>();
        if (!Files.exists(CPYTHON_ONLY)) {
            return listed;
        }
        for (String line : Files.readAllLines(CPYTHON_ONLY, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(line.contains("|") ? "\\|" : ",", 3);
            if (parts.length < 3 || parts[2].isBlank()) {
                throw new IllegalStateException(CPYTHON_ONLY + ": '" + line + "' is not 'section | item | reason'");
            }
            listed.put(parts[0].strip() + " | " + parts[1].strip(), parts[2].strip());
        }
        return listed;
    }
}
