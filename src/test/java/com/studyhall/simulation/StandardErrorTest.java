package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * sys.stderr: a stream of its own in the run's result and in each trace step, apart from the
 * uncaught error's report, held to the output limit with stdout; refused where a reference to it
 * would escape. (What it prints is compared with CPython in scenarios/stderr_streams.)
 */
class StandardErrorTest {
    private final Simulator simulator = new Simulator();

    private SimulationResult run(String code, boolean trace) {
        return simulator.run(new SimulationRequest(code, Limits.defaults(), trace));
    }

    @Test
    void writesToStderrStayOutOfStdoutAndOutOfTheTracebackReport() {
        SimulationResult r = run("import sys\nprint('a')\nsys.stderr.write('w\\n')\nprint('b', file=sys.__stderr__)\nraise KeyError(1)\n", false);
        assertThat(r.stdout()).isEqualTo("a\n");
        assertThat(r.stderr()).isEqualTo("w\nb\n");
        assertThat(r.error().traceback()).startsWith("Traceback (most recent call last):").doesNotContain("w\n");
    }

    @Test
    void eachTraceStepCarriesWhatItWroteToStderr() {
        SimulationResult r = run("import sys\nx = 1\nprint('warn', file=sys.stderr)\ny = 2\n", true);
        List<TraceStep> writers = r.steps().stream().filter(s -> !s.stderr().isEmpty()).toList();
        assertThat(writers).hasSize(1);
        assertThat(writers.get(0).line()).isEqualTo(3);
        assertThat(writers.get(0).stderr()).isEqualTo("warn\n");
        assertThat(writers.get(0).stdout()).isEmpty();
    }

    @Test
    void theOutputLimitCountsBothStreamsTogether() {
        Limits l = new Limits(20_000, 10_000_000, 100_000, 1_000, Duration.ofSeconds(2), 1000);
        SimulationResult r = simulator.run(new SimulationRequest(
                "import sys\nprint('o' * 600)\nwhile True:\n    sys.stderr.write('e' * 100)\n", l, false));
        assertThat(r.error().type()).isEqualTo("OutputLimitExceeded");
        assertThat(r.stdout().length() + r.stderr().length()).isEqualTo(1000);
        assertThat(r.stderr()).matches("e+");
    }

    @Test
    void aStreamAnswersItsRefcountAndSizeAsCPython() {
        // Held by sys.stderr, sys.__stderr__ and threading's main thread, plus the argument.
        assertThat(run("import sys\nsys.stderr.flush()\nprint(sys.getrefcount(sys.stderr), sys.getsizeof(sys.__stdout__))\n",
                false).stdout()).isEqualTo("4 208\n");
    }

    @Nested
    class Refused {
        private String diagnostics(String code) {
            return run(code, false).diagnostics().toString();
        }

        @Test
        void streamReplacedOrDeleted() {
            assertThat(diagnostics("import sys, io\nsys.stdout = io.StringIO()\n")).contains("line 2", "replacing or deleting sys.stdout");
            assertThat(diagnostics("import sys\ndel sys.stderr\n")).contains("line 2", "replacing or deleting sys.stderr");
        }

        @Test
        void unmodelledAttributeOfAStreamSeenThroughAName() {
            assertThat(diagnostics("from sys import stderr as err\nerr.buffer.write(b'x')\n")).contains("line 2", "attribute 'buffer'");
            assertThat(diagnostics("import sys\ndef log(m, s=sys.stdout):\n    s.label = m\n")).contains("line 3", "attribute 'label'");
            assertThat(diagnostics("import sys\nitems = [sys.stdout]\nitems[0].seekable()\n")).contains("line 3", "'seekable' in a program that passes");
            assertThat(diagnostics("import sys, io\nb = io.StringIO()\nprint('x', file=sys.stderr)\nb.close()\n")).isEqualTo("[]");
        }

        @Test
        void streamEnteredIteratedOrCopied() {
            assertThat(diagnostics("import sys\nout = sys.stdout\nwith out:\n    pass\n")).contains("line 3", "a standard stream iterated");
            assertThat(diagnostics("import sys, copy\nc = copy.copy(sys.stderr)\n")).contains("line 2", "a standard stream iterated");
            assertThat(diagnostics("import sys\nprint(vars(sys.stdout))\n")).contains("line 2", "a standard stream iterated");
        }

        @Test
        void streamBoundComparedAndImportedRuns() {
            assertThat(diagnostics("import sys\nfrom sys import stderr\nerr = sys.stderr\nprint(err is stderr, err.name)\n")).isEqualTo("[]");
        }
    }
}
