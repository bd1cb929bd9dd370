package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The half-way audit (issue 12, "nothing runs half-way"): names the lab lacks are refused before
 * the first line runs instead of stopping the run with an error CPython does not raise.
 */
class HalfwayAuditTest {
    @Test
    void typingNamesTheLabLacksAreRefusedByTheModuleRule() {
        assertThat(runPatiently("import typing\nT = typing.TypeVar\nprint(typing.T)\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 3: 'typing.T' is not supported in the memory lab");
        assertThat(runPatiently("import dataclasses\nprint(dataclasses._FIELDS)\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 2: 'dataclasses._FIELDS' is not supported in the memory lab");
    }

    @Test
    void theWeakContainersCopyClearPopitemAndSetAlgebraRunUnderAnyName() {
        String program = """
                import weakref
                class Node:
                    pass
                a, b = Node(), Node()
                cache = weakref.WeakValueDictionary(x=a)
                alias = cache
                backup = alias.copy()
                seen = weakref.WeakSet([a])
                others = [weakref.WeakSet([b])]
                both = seen | others[0]
                def wipe(c):
                    c.clear()
                wipe(alias)
                print(len(cache), len(backup), len(both), backup.popitem()[0], len(seen - [a]), seen <= both)
                """;
        SimulationResult r = runPatiently(program);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("0 1 2 x 0 True\n");
    }

    @Test
    void theMethodsTheWeakContainersAnswerStillRun() {
        SimulationResult r = runPatiently("import weakref\nclass N:\n    pass\nn = N()\ns = weakref.WeakSet()\ns.add(n)\n"
                + "d = weakref.WeakValueDictionary()\nd['n'] = n\nprint(len(s), d.get('n') is n, list(d.keys()))\n"
                + "xs = [1]\nxs.clear()\nprint(xs)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("1 True ['n']\n[]\n");
    }

    @Test
    void theScriptsDunderGlobalsOtherThanNameAreRefused() {
        assertThat(runPatiently("print(__name__, __file__)\nm = __import__('math')\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 1: the builtin '__file__' is not supported in the memory lab",
                        "line 2: the builtin '__import__' is not supported in the memory lab");
    }

    @Test
    void exitAndQuitRunOnlyWhenCalled() {
        assertThat(runPatiently("print(exit)\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 1: 'exit' other than called (the site module's Quitter object) is not supported in the memory lab");
        SimulationResult r = runPatiently("print('a')\nquit(3)\nprint('b')\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("a\n");
    }

    @Test
    void exitClosesStdinForALaterInput() {
        SimulationResult r = runPatiently("try:\n    exit()\nexcept SystemExit as e:\n    print(e.args)\ntry:\n    input()\nexcept ValueError as e:\n    print(e)\n");
        assertThat(r.stdout()).isEqualTo("(None,)\nI/O operation on closed file.\n");
    }

    @Test
    void aStrFormatSpecWithADirectiveTheLabLacksIsRefused() {
        assertThat(runPatiently("import datetime\nd = datetime.date(2024, 3, 5)\nprint('{:%U} {{x}} {:.0%}'.format(d, 0.5))\nprint('{:%z}'.format(d))\n")
                .diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 4: the strftime directive '%z' (in a str.format spec) is not supported in the memory lab");
    }

    @Test
    void aDateMethodOnADatetimeReadsTheDatePart() {
        SimulationResult r = runPatiently("import datetime\ndt = datetime.datetime(2024, 3, 5, 10, 20)\n"
                + "print(datetime.date.isoformat(dt), datetime.date.weekday(dt))\n");
        assertThat(r.stdout()).isEqualTo("2024-03-05 1\n");
    }
}
