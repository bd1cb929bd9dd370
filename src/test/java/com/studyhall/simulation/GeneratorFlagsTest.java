package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A generator's gi_running and gi_suspended follow its state as CPython 3.11's frame state does. */
class GeneratorFlagsTest {
    @Test
    void runningIsTrueOnlyInsideTheBodyAndSuspendedOnlyAtAYield() {
        SimulationResult r = run("""
                def g():
                    print(it.gi_running, it.gi_suspended)
                    yield 1
                it = g()
                print(it.gi_running, it.gi_suspended)
                next(it)
                print(it.gi_running, it.gi_suspended)
                list(it)
                print(it.gi_running, it.gi_suspended)
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("False False\nTrue False\nFalse True\nFalse False\n");
    }
}
