package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The copy protocol of user classes: what runs and what is refused before the run (expectations from python3 3.11.7). */
class CopyProtocolTest {
    /** The program's output, after checking that it ran whole (no refusal, no error). */
    private static String stdout(String code) {
        SimulationResult r = EngineRuns.run(code);
        assertThat(r.diagnostics().isEmpty() && r.error() == null).as("ran whole: %s %s", r.diagnostics(), r.error()).isTrue();
        return r.stdout();
    }

    @Test
    void aReduceMethodReturningOtherThanATupleDisplayIsRefusedBeforeTheRun() {
        SimulationResult r = EngineRuns.run("print('first')\nclass C:\n    def __reduce__(self):\n        rv = (C, ())\n        return rv\n"
                + "    def __reduce_ex__(self, protocol):\n        return (C, ()) if protocol else 'C'\n");
        assertThat(r.stdout()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::line, Diagnostic::column).containsExactly(tuple(5, 9), tuple(7, 9));
    }

    @Test
    void stateHooksRunAndObjectsOwnGetstateStaysRefused() {
        assertThat(stdout("import copy\nclass C:\n    def __init__(self):\n        self.a = 1\n        self.b = 2\n"
                + "    def __getstate__(self):\n        return {'a': self.a}\n    def __setstate__(self, state):\n        self.__dict__.update(state, c=3)\n"
                + "print(vars(copy.copy(C())), vars(copy.deepcopy(C())))\n")).isEqualTo("{'a': 1, 'c': 3} {'a': 1, 'c': 3}\n");
        assertThat(EngineRuns.messages(EngineRuns.run("class C:\n    pass\nprint(C().__getstate__())\n")))
                .singleElement().asString().contains("'__getstate__'");
        assertThat(EngineRuns.run("import copy\nclass S:\n    __slots__ = ('a',)\n    def __setstate__(self, s):\n        pass\n"
                + "x = S()\nx.a = 1\ncopy.copy(x)\n").error().traceback()).contains("not supported in the memory lab");
    }

    @Test
    void copyAndDeepcopyMethodsRunWithoutDiagnostics() {
        assertThat(stdout("import copy\nclass C:\n    def __copy__(self):\n        return 'shallow'\n"
                + "    def __deepcopy__(self, memo):\n        return 'deep'\n"
                + "print(copy.copy(C()), copy.deepcopy(C()), copy.deepcopy([C()]))\n")).isEqualTo("shallow deep ['deep']\n");
    }

    @Test
    void newOfTheClassOfSelfIsAllowedInsideAMethodOnly() {
        assertThat(stdout("class C:\n    def clone(self):\n        return type(self).__new__(type(self))\n"
                + "    def again(self):\n        return self.__class__.__new__(self.__class__)\n"
                + "c = C()\nprint(type(c.clone()).__name__, type(c.again()).__name__)\n")).isEqualTo("C C\n");
        SimulationResult outside = EngineRuns.run("self = 5\nx = type(self).__new__(int)\n");
        assertThat(EngineRuns.messages(outside)).containsExactly("line 2: the special attribute '__new__' of a builtin object is not supported in the memory lab");
    }

    @Test
    void deepcopyAsksItsProgramsMemoFirst() {
        assertThat(stdout("import copy\nclass C:\n    def __deepcopy__(self, memo):\n        print('called')\n        return 1\n"
                + "c = C()\nmemo = {id(c): 'known'}\nprint(copy.deepcopy(c, memo), copy.deepcopy(c, memo=None), len(memo))\n"))
                .isEqualTo("called\nknown 1 1\n");
    }

    @Test
    void copyingAnExceptionRebuildsItFromItsArgsAsBaseExceptionReduceDoes() {
        // copy shares the args tuple (type_call keeps the very tuple); deepcopy builds a new one.
        assertThat(stdout("import copy\ne = ValueError('boom', [1])\nc = copy.copy(e)\nd = copy.deepcopy(e)\n"
                + "print(type(c).__name__, c.args, c.args is e.args, d.args is e.args, d.args[1] is e.args[1])\n"))
                .isEqualTo("ValueError ('boom', [1]) True False False\n");
    }

    @Test
    void copyingAnExceptionWhoseInitNeedsMoreThanItsArgsRaisesCPythonsTypeError() {
        assertThat(stdout("import copy\nclass E(Exception):\n    def __init__(self, a, b):\n        super().__init__(a)\n"
                + "try:\n    copy.copy(E(1, 2))\nexcept TypeError as t:\n    print(t)\n"))
                .isEqualTo("E.__init__() missing 1 required positional argument: 'b'\n");
    }

    @Test
    void copyMethodsSetToNoneAreSkippedAsCopyPyDoes() {
        assertThat(stdout("import copy\nclass C:\n    __copy__ = None\n    __deepcopy__ = None\n    def __init__(self):\n"
                + "        self.v = [1]\nn = C()\nprint(copy.copy(n).v is n.v, copy.deepcopy(n).v is n.v)\n")).isEqualTo("True False\n");
    }
}
