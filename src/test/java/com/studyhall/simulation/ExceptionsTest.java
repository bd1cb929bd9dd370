package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Exception handling beyond what the scenario corpus shows: the traceback report and what no handler catches. */
class ExceptionsTest {
    private final Simulator simulator = new Simulator();

    private SimulationResult run(String code) {
        Limits d = Limits.defaults();
        Limits generous = new Limits(d.maxSourceChars(), d.maxSteps(), d.maxLiveObjects(), d.maxRecursionDepth(),
                Duration.ofSeconds(20), d.maxOutputBytes());
        return simulator.run(new SimulationRequest(code, generous, false));
    }

    @Test
    void uncaughtErrorCarriesCPythonsTracebackReportWithTheChain() {
        String code = "def f():\n    return {}[\"k\"]\ndef g():\n    try:\n        f()\n    except KeyError:\n"
                + "        raise ValueError(\"x\")\ng()\n";
        SimulationResult r = run(code);
        assertThat(r.error().lastStderrLine()).isEqualTo("ValueError: x");
        assertThat(r.error().line()).isEqualTo(7);
        assertThat(r.error().traceback()).isEqualTo("""
                Traceback (most recent call last):
                  File "main.py", line 5, in g
                    f()
                  File "main.py", line 2, in f
                    return {}["k"]
                KeyError: 'k'

                During handling of the above exception, another exception occurred:

                Traceback (most recent call last):
                  File "main.py", line 8, in <module>
                    g()
                  File "main.py", line 7, in g
                    raise ValueError("x")
                ValueError: x
                """);
    }

    @Test
    void explicitCauseIsReportedAsTheDirectCause() {
        SimulationResult r = run("try:\n    1 / 0\nexcept ZeroDivisionError as z:\n    raise KeyError('a') from z\n");
        assertThat(r.error().traceback()).contains("ZeroDivisionError: division by zero\n\n"
                + "The above exception was the direct cause of the following exception:\n\n");
        assertThat(r.error().traceback()).endsWith("KeyError: 'a'\n");
    }

    @Test
    void limitsAreNotPythonExceptionsSoNoHandlerOrFinallyRuns() {
        SimulationResult r = run("try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n"
                + "finally:\n    print('finally')\n");
        assertThat(r.error().type()).isEqualTo("StepLimitExceeded");
        assertThat(r.error().traceback()).isNull();
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void exceptStarBesideExceptIsRefusedBeforeTheFirstLineRuns() {
        SimulationResult r = run("print('hi')\ntry:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n");
        assertThat(r.diagnostics()).isNotEmpty();
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void aProgramThatEndsNormallyHasNoError() {
        SimulationResult r = run("try:\n    raise ValueError('v')\nexcept ValueError as e:\n    print(e)\n");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("v\n");
    }

    @Test
    void systemExitWithStatusZeroOrNoneEndsTheRunNormally() {
        for (String status : new String[] {"", "0", "None"}) {
            SimulationResult r = run("import sys\nprint('a')\nsys.exit(" + status + ")\nprint('b')\n");
            assertThat(r.error()).as("sys.exit(%s)", status).isNull();
            assertThat(r.stdout()).isEqualTo("a\n");
        }
    }

    @Test
    void systemExitWithAMessagePrintsOnlyTheMessageAndNoTraceback() {
        SimulationResult r = run("import sys\ndef main():\n    sys.exit('bad input')\nmain()\n");
        assertThat(r.error().type()).isEqualTo("SystemExit");
        assertThat(r.error().lastStderrLine()).isEqualTo("bad input");
        assertThat(r.error().traceback()).isEqualTo("bad input");
    }

    @Test
    void systemExitWithANonZeroIntPrintsNothing() {
        SimulationResult r = run("raise SystemExit(2)\n");
        assertThat(r.error().type()).isEqualTo("SystemExit");
        assertThat(r.error().lastStderrLine()).isEmpty();
    }
}
