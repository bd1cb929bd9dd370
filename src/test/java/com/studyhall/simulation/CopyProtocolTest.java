package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The copy protocol of user classes: what runs and what is refused before the run (expectations from python3 3.11.7). */
class CopyProtocolTest {
    private final Simulator simulator = new Simulator();

    private SimulationResult run(String code) {
        // A generous time limit: the machine running the tests may be busy.
        Limits limits = new Limits(20_000, 100_000, 100_000, 1_000, Duration.ofSeconds(30), 64 * 1024);
        return simulator.run(new SimulationRequest(code, limits, false));
    }

    @Test
    void getstateAndSetstateAreRefusedByNameBeforeTheRun() {
        SimulationResult r = run("print('first')\nclass C:\n    def __getstate__(self):\n        return {}\n"
                + "    def __setstate__(self, state):\n        pass\n");
        assertThat(r.stdout()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::line, Diagnostic::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, 5), org.assertj.core.groups.Tuple.tuple(5, 5));
        assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "line 3: the special method '__getstate__' is not supported in the memory lab",
                "line 5: the special method '__setstate__' is not supported in the memory lab");
    }

    @Test
    void reduceMethodsAreRefusedByName() {
        SimulationResult r = run("class C:\n    def __reduce__(self):\n        return (C, ())\n"
                + "    def __reduce_ex__(self, protocol):\n        return (C, ())\n");
        assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "line 2: the special method '__reduce__' is not supported in the memory lab",
                "line 4: the special method '__reduce_ex__' is not supported in the memory lab");
    }

    @Test
    void copyAndDeepcopyMethodsRunWithoutDiagnostics() {
        SimulationResult r = run("import copy\nclass C:\n    def __copy__(self):\n        return 'shallow'\n"
                + "    def __deepcopy__(self, memo):\n        return 'deep'\n"
                + "print(copy.copy(C()), copy.deepcopy(C()), copy.deepcopy([C()]))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("shallow deep ['deep']\n");
    }

    @Test
    void newOfTheClassOfSelfIsAllowedInsideAMethodOnly() {
        SimulationResult inside = run("class C:\n    def clone(self):\n        return type(self).__new__(type(self))\n"
                + "    def again(self):\n        return self.__class__.__new__(self.__class__)\n"
                + "c = C()\nprint(type(c.clone()).__name__, type(c.again()).__name__)\n");
        assertThat(inside.diagnostics()).isEmpty();
        assertThat(inside.stdout()).isEqualTo("C C\n");
        SimulationResult outside = run("self = 5\nx = type(self).__new__(int)\n");
        assertThat(outside.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 2: the special attribute '__new__' of a builtin object is not supported in the memory lab");
    }

    @Test
    void deepcopyAsksItsProgramsMemoFirst() {
        SimulationResult r = run("import copy\nclass C:\n    def __deepcopy__(self, memo):\n        print('called')\n        return 1\n"
                + "c = C()\nmemo = {id(c): 'known'}\nprint(copy.deepcopy(c, memo), copy.deepcopy(c, memo=None), len(memo))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("called\nknown 1 1\n");
    }
}
