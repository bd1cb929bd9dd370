package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * CPython's allocator hands a freed object's block to the next object of its size, so an id taken
 * after an object died can equal the dead one's (`id([]) == id([])` is True in python3 3.11.7). The
 * lab never reuses an object number: an id of a temporary is refused before the run, and an id
 * taken while a dead object's id is still held stops the run instead of comparing unequal.
 */
class IdReuseTest {
    @Test
    void theIdOfADisplayOrComprehensionIsRefusedBeforeTheRun() {
        assertThat(EngineRuns.runPatiently("print(id([]) == id([]))\n").diagnostics()).extracting(Diagnostic::message)
                .first().asString().startsWith("line 1: id() of an object made for the call");
        assertThat(EngineRuns.runPatiently("x = id({'a': 1})\n").diagnostics()).hasSize(1);
        assertThat(EngineRuns.runPatiently("x = id([i for i in range(3)])\n").diagnostics()).hasSize(1);
        assertThat(EngineRuns.runPatiently("def id(x):\n    return 1\nprint(id([]) == id([]))\n").diagnostics()).isEmpty();
    }

    @Test
    void anIdTakenAfterAHeldIdsObjectDiedStopsTheRun() {
        SimulationResult r = EngineRuns.runPatiently("class T:\n    pass\na = T()\nfirst = id(a)\ndel a\nprint('freed')\nb = T()\nprint(id(b) == first)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("freed\n");
        assertThat(r.error().lastStderrLine()).startsWith("TypeError: id() of an object made after another whose id() is still held has died");
    }

    @Test
    void idsOfLiveObjectsAndOfDeadOnesNoLongerHeldRun() {
        String code = "class T:\n    pass\na = T()\nfirst = id(a)\nm = a\ndel a\nprint(id(m) == first)\n"
                + "print(id(T()) > 0)\nb = T()\nprint(id(b) == id(m), id(b) == id(b))\n";
        assertThat(EngineRuns.stdoutPatiently(code)).isEqualTo("True\nTrue\nFalse True\n");
    }
}
