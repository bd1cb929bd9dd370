package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** globals() and from m import * (each expectation is python3 3.11.7's output for the program run as a script). */
class GlobalsAndStarImportsTest {
    private static String stdout(String code) {
        return EngineRuns.stdoutPatiently(code);
    }

    @Test
    void theModuleDictIsHeldByTheRunAndByEveryFunctionAsInCPython() {
        assertThat(stdout("import sys\nprint(sys.getrefcount(globals()))\n")).isEqualTo("4\n");
        assertThat(stdout("import sys\ndef f():\n    return sys.getrefcount(globals())\ndef g():\n    return f()\n"
                + "print(f(), g(), sys.getrefcount(globals()))\nclass C:\n    print(sys.getrefcount(globals()))\n"))
                .isEqualTo("6 6 6\n7\n");
    }

    @Test
    void lenCountsTheNineEntriesAScriptStartsWith() {
        assertThat(stdout("print(len(globals()))\nx = 1\nprint(len(globals()))\n")).isEqualTo("9\n10\n");
    }

    @Test
    void aGlobalSetThroughTheDictIsAVariable() {
        assertThat(stdout("def make():\n    globals()['made'] = [1]\nmake()\nprint(made, 'made' in globals())\n"
                + "del globals()['made']\nprint('made' in globals())\n")).isEqualTo("[1] True\nFalse\n");
    }

    @Test
    void aNameBoundToGlobalsIsTheModuleDict() {
        assertThat(stdout("import sys\nns = globals()\nns['x'] = 2\nprint(x, 'x' in ns, ns is globals(), sys.getrefcount(ns), len(ns))\n"))
                .isEqualTo("2 True True 5 12\n");
    }

    @Test
    void usesThatWouldShowTheStartupEntriesAreRefusedBeforeTheRun() {
        assertThat(runPatiently("print(globals())\n").diagnostics()).extracting(Diagnostic::message)
                .singleElement().asString().startsWith("line 1: globals() other than globals()[name]");
        assertThat(runPatiently("g = globals()\nprint(g)\n").diagnostics()).extracting(Diagnostic::message)
                .singleElement().asString().startsWith("line 2: 'g' (bound to globals()) other than g[name]");
        assertThat(runPatiently("def f():\n    return globals()\n").diagnostics()).hasSize(1);
        assertThat(runPatiently("print(globals()['__file__'])\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 1: the module's startup entry '__file__' read through globals() is not supported in the memory lab");
    }

    @Test
    void aStarImportBindsTheModulesPublicNamesOverTheBuiltins() {
        assertThat(stdout("print(pow(2, 3))\nfrom math import *\nprint(pow(2, 3), floor(pi))\n")).isEqualTo("8\n8.0 3\n");
    }

    @Test
    void aStarImportOfAModuleWithoutAllCountsItsKeysList() {
        assertThat(stdout("import gc, itertools\ngc.collect()\nfrom itertools import *\nprint(gc.get_count())\n"))
                .isEqualTo("(2, 0, 0)\n");
        assertThat(stdout("import gc, heapq\ngc.collect()\nfrom heapq import *\nprint(gc.get_count())\n"))
                .isEqualTo("(1, 0, 0)\n");
    }

    @Test
    void aFromImportOfAPlainModuleCountsTheAttributeErrorOfItsPathLookup() {
        assertThat(stdout("import gc, math, collections\ngc.collect()\nfrom math import sqrt\na = gc.get_count()\n"
                + "from math import pi\nb = gc.get_count()\ngc.collect()\nfrom collections import deque\nprint(a, b, gc.get_count())\n"))
                .isEqualTo("(1, 0, 0) (2, 0, 0) (0, 0, 0)\n");
    }

    @Test
    void aNameTheStarBindsAndTheLabLacksIsRefusedOnlyWhereItIsRead() {
        assertThat(runPatiently("from random import *\nprint(lognormvariate(0, 1))\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 2: 'random.lognormvariate' (bound by 'from random import *') is not supported in the memory lab");
        assertThat(stdout("from random import *\ndef normalvariate(x):\n    return x\nprint(normalvariate(3))\n")).isEqualTo("3\n");
        assertThat(runPatiently("from random import *\nprint('seed' in globals())\n").diagnostics()).hasSize(1);
        // math is complete: every name its star binds is the lab's, so globals() runs.
        assertThat(stdout("from math import *\nprint(gamma(5), 'lgamma' in globals(), len(globals()))\n")).isEqualTo("24.0 True 69\n");
    }

    @Test
    void aStarImportInsideAFunctionIsCPythonsSyntaxError() {
        assertThat(runPatiently("def f():\n    from math import *\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 2: import * only allowed at module level");
    }
}
