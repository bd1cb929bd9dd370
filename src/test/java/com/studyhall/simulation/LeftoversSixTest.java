package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Leftover refusals turned into support, part 6 (issue 12): what runs exactly and what stays refused up front. */
class LeftoversSixTest {
    @Nested
    class StandardInput {
        @Test
        void sysStdinReadsLinesWithTheirEndingsIteratesAndReadsTheRest() {
            SimulationResult r = runPatiently("import sys\nfirst = sys.stdin.readline()\nrest = [l.strip() for l in sys.stdin]\n"
                    + "print(repr(first), rest, repr(sys.stdin.read()), sys.stdin is sys.__stdin__)\n", "a\nb\nc\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("'a\\n' ['b', 'c'] '' True\n");
        }

        @Test
        void aLineInputTookIsGoneForSysStdin() {
            SimulationResult r = runPatiently("import sys\nx = input()\nprint(x, sys.stdin.readlines())\n", "one\ntwo\n");
            assertThat(r.stdout()).isEqualTo("one ['two\\n']\n");
        }

        @Test
        void observingTheCollectorInAProgramThatReadsSysStdinIsRefusedUpFront() {
            SimulationResult r = runPatiently("import sys, gc\nfor line in sys.stdin:\n    pass\nprint(gc.get_count())\n", "x\n");
            assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
                    "line 4: observing the collector (gc's counts and collections, __del__, weakref) in a program that reads "
                    + "sys.stdin (its reads make objects the lab does not count) is not supported in the memory lab");
        }
    }

    @Nested
    class RedirectStreams {
        @Test
        void printFollowsRedirectStdoutIntoAStringIO() {
            SimulationResult r = runPatiently("import contextlib, io\nbuf = io.StringIO()\nwith contextlib.redirect_stdout(buf):\n"
                    + "    print('hidden')\nprint(repr(buf.getvalue()))\n");
            assertThat(r.stdout()).isEqualTo("'hidden\\n'\n");
        }

        @Test
        void inputUnderARedirectedStdoutIsRefusedUpFront() {
            SimulationResult r = runPatiently("import contextlib, io\nwith contextlib.redirect_stdout(io.StringIO()):\n    x = input('? ')\n");
            assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
                    "line 3: input() in a program that redirects sys.stdout is not supported in the memory lab");
        }
    }

    @Nested
    class IndexProtocol {
        private static final String POS = "class Pos:\n    def __init__(self, n):\n        self.n = n\n"
                + "    def __index__(self):\n        return self.n\n";

        @Test
        void anInstanceWithIndexServesAsListIndexSliceBoundAndRangeArgument() {
            SimulationResult r = runPatiently(POS + "xs = [10, 20, 30, 40]\nprint(xs[Pos(1)], xs[Pos(1):Pos(3)], list(range(Pos(3))), hex(Pos(255)))\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("20 [20, 30] [0, 1, 2] 0xff\n");
        }

        @Test
        void aNonIntResultIsCPythonsTypeError() {
            SimulationResult r = runPatiently("class Bad:\n    def __index__(self):\n        return 'x'\n"
                    + "try:\n    [1][Bad()]\nexcept TypeError as e:\n    print(e)\n");
            assertThat(r.stdout()).isEqualTo("__index__ returned non-int (type str)\n");
        }

        @Test
        void aModuleThatStillReadsIntsWithoutIndexIsRefusedUpFront() {
            SimulationResult r = runPatiently("import array\n" + POS + "print(array.array('b', [1])[Pos(0)])\n");
            assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
                    "line 5: __index__ in a program that imports array (its integer arguments do not take __index__ in the lab) is not supported in the memory lab");
        }
    }
}
