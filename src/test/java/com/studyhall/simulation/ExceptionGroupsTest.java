package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.runPatiently;
import static com.studyhall.simulation.EngineRuns.stdoutPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PEP 654's exception groups (issue 12); the figures are CPython 3.11.7's. */
class ExceptionGroupsTest {

    @Test
    void splitGoesThroughAnOverriddenDeriveAndCopiesTheMetadata() {
        assertThat(stdoutPatiently("class G(ExceptionGroup):\n    def derive(self, excs):\n        return G(self.message, excs)\n"
                + "try:\n    raise G('g', [ValueError(1), KeyError(2)]) from OSError()\nexcept G as eg:\n"
                + "    m, r = eg.split(ValueError)\n"
                + "    print(type(m).__name__, repr(r), m.__cause__ is eg.__cause__, m.__traceback__ is eg.__traceback__, m.__suppress_context__)\n"))
                .isEqualTo("G G('g', [KeyError(2)]) True True True\n");
    }

    @Test
    void superNewInAGroupSubclassIsBaseExceptionGroupsAndInitKeepsTheWholeCall() {
        assertThat(stdoutPatiently("class C(ExceptionGroup):\n    def __new__(cls, m, excs, code):\n"
                + "        o = super().__new__(cls, m, excs)\n        o.code = code\n        return o\n"
                + "c = C('m', [ValueError()], 7)\nprint(c.args, c.code, c)\n"))
                .isEqualTo("('m', [ValueError()], 7) 7 m (1 sub-exception)\n");
    }

    @Test
    void anUncaughtGroupEndsStderrWithTheClosingLineOfItsBox() {
        SimulationResult r = runPatiently("raise ExceptionGroup('two', [ValueError(1), TypeError(2)])\n");
        assertThat(r.error().lastStderrLine()).isEqualTo("    +------------------------------------");
        assertThat(r.error().traceback()).contains("  | ExceptionGroup: two (2 sub-exceptions)\n  +-+---------------- 1 ----------------\n"
                + "    | ValueError: 1\n    +---------------- 2 ----------------\n    | TypeError: 2\n");
    }

    @Test
    void theCollectorsCountsAreRefusedBesideAGroupButCollectIsNot() {
        assertThat(messages(runPatiently("import gc\ngc.collect()\neg = ExceptionGroup('g', [ValueError()])\nprint(gc.get_count())\n")))
                .singleElement().asString().contains("'get_count' in a program that makes exception groups");
        assertThat(stdoutPatiently("import gc\neg = ExceptionGroup('g', [ValueError()])\nprint(gc.collect() >= 0)\n"))
                .isEqualTo("True\n");
    }

    @Test
    void exceptStarSplitsInOrderAndReraisesTheRestWithWhatHandlersRaised() {
        assertThat(stdoutPatiently("try:\n    try:\n        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), OSError(3)])\n"
                + "    except* ValueError as e:\n        print(repr(e))\n    except* TypeError:\n        raise KeyError('h')\n"
                + "except ExceptionGroup as g:\n    print(repr(g), repr(g.exceptions[0].__context__))\n"))
                .isEqualTo("ExceptionGroup('eg', [ValueError(1)])\n"
                        + "ExceptionGroup('', [KeyError('h'), ExceptionGroup('eg', [OSError(3)])]) ExceptionGroup('eg', [TypeError(2)])\n");
    }

    @Test
    void exceptStarWithoutATypeOrBesideExceptIsCPythonsSyntaxError() {
        assertThat(messages(runPatiently("try:\n    pass\nexcept*:\n    pass\n")))
                .singleElement().asString().contains("expected one or more exception types");
        assertThat(messages(runPatiently("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n")))
                .singleElement().asString().contains("'break', 'continue' and 'return' cannot appear in an except* block");
    }

    @Test
    void exceptStarAloneRefusesTheCollectorsCounts() {
        assertThat(messages(runPatiently("import gc\ntry:\n    raise ValueError\nexcept* ValueError:\n    pass\nprint(gc.get_count())\n")))
                .singleElement().asString().contains("'get_count' in a program that makes exception groups");
    }

    @Test
    void aBareRaiseOfAMatchWithCopiedNotesBringsTheOriginalBackAndABaseExceptionIsWrappedInABaseGroup() {
        assertThat(stdoutPatiently("e = ExceptionGroup('g', [ValueError(1), TypeError(2)])\ne.add_note('n')\ntry:\n"
                + "    try:\n        raise e\n    except* ValueError:\n        raise\nexcept ExceptionGroup as x:\n"
                + "    print(repr(x), x.__notes__, x is e)\ntry:\n    raise KeyboardInterrupt\nexcept* KeyboardInterrupt as k:\n"
                + "    print(repr(k))\n"))
                .isEqualTo("ExceptionGroup('g', [ValueError(1), TypeError(2)]) ['n'] False\nBaseExceptionGroup('', (KeyboardInterrupt(),))\n");
    }

    @Test
    void aGroupsMethodNamesAreMissesOnOtherInstancesSoTheirGetattrAnswers() {
        assertThat(stdoutPatiently("class P:\n    def __getattr__(self, name):\n        return getattr('a b', name)\n"
                + "p = P()\nprint(p.split(), p.upper(), hasattr(p, 'add_note'), hasattr(p, 'subgroup'))\n"))
                .isEqualTo("['a', 'b'] A B False False\n");
    }
}
