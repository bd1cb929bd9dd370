package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * __slots__ naming '__weakref__': a class statement makes the weak-reference slot (and raises
 * CPython's TypeError where type_new rejects it); type() with such a namespace stops as not
 * supported where CPython would reject it, instead of making a class CPython does not make.
 */
class WeakrefSlotTest {
    @Test
    void aWeakrefSlotAllowsWeakReferencesAndAddsEightBytes() {
        String code = "import sys, weakref\nclass P:\n    __slots__ = ('x', '__weakref__')\nclass Q:\n    __slots__ = ('x',)\n"
                + "p = P()\nprint(weakref.ref(p)() is p, sys.getsizeof(p) - sys.getsizeof(Q()))\n";
        assertThat(EngineRuns.stdoutPatiently(code)).isEqualTo("True 8\n");
    }

    @Test
    void typeCallsThatCPythonRejectsStopAsNotSupported() {
        SimulationResult r = EngineRuns.runPatiently("class W:\n    __slots__ = ('__weakref__',)\n"
                + "C = type('C', (W,), {'__slots__': ('__weakref__',)})\nprint('made')\n");
        assertThat(r.stdout()).isEmpty();
        assertThat(r.error().lastStderrLine()).isEqualTo("TypeError: type() with a __slots__ that names '__weakref__' "
                + "where CPython rejects it is not supported in the memory lab");
    }
}
