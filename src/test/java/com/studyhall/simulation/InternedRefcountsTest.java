package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * sys.getrefcount of an interned str: refused before the run where the count is shown (CPython
 * shares the object with every use of that name, python3 3.11.7 prints 4 or 5 for "hello" and
 * about 10**9 for "name"); other strings and counts only compared still run.
 */
class InternedRefcountsTest {
    @Test
    void aShownCountOfAnInternedLiteralIsRefusedBeforeTheRun() {
        assertThat(runPatiently("import sys\na = 'hello'\nprint(sys.getrefcount(a))\n").diagnostics()).extracting(Diagnostic::message)
                .singleElement().asString().startsWith("line 3: sys.getrefcount of an interned string");
        assertThat(runPatiently("import sys\nprint(sys.getrefcount('ab' + 'cd') - 1)\n").diagnostics()).hasSize(1);
        assertThat(runPatiently("import sys\ns = 'x' * 50\nn = sys.getrefcount(s)\n").diagnostics()).hasSize(1);
        assertThat(runPatiently("import sys\nfor w in ['name', 'a b']:\n    print(f'{sys.getrefcount(w)}')\n").diagnostics()).hasSize(1);
        assertThat(runPatiently("from sys import getrefcount\ndef f():\n    s = 'abc'\n    return getrefcount(s)\n").diagnostics()).hasSize(1);
    }

    @Test
    void otherStringsAndComparedCountsRun() {
        assertThat(EngineRuns.stdoutPatiently("import sys\na = 'hello world'\nprint(sys.getrefcount(a))\n")).isEqualTo("4\n");
        assertThat(EngineRuns.stdoutPatiently("import sys\ns = 'x ' * 25\nt = s\nprint(sys.getrefcount(s))\n")).isEqualTo("5\n");
        assertThat(EngineRuns.stdoutPatiently("import sys\na = 'hello'\nprint(sys.getrefcount(a) > 2)\n")).isEqualTo("True\n");
    }
}
