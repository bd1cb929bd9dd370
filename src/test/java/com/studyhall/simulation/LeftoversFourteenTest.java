package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Silent mismatches made exact or refused, part 3 (issue 12, lang_leftovers_14): each fix on its own. */
class LeftoversFourteenTest {

    @Test
    void starredCallsIntoBaseExceptionKeepTheCallersTupleAndGatherMixedArgumentsInAList() {
        // CPython 3.11.7: super().__init__(*args) keeps the *args tuple itself; f(*t, 3) builds a list first.
        SimulationResult r = runPatiently("""
                import gc
                class E(Exception):
                    def __new__(cls, *args):
                        return super().__new__(cls, *args)
                class H(Exception):
                    def __init__(self, *args):
                        super().__init__(*args)
                class J(Exception):
                    def __init__(self, *args):
                        Exception.__init__(self, *args)
                def f(*a):
                    return len(a)
                t = (1, 2)
                for C in (E, H, J):
                    gc.collect()
                    y = C('a')
                    print(C.__name__, gc.get_count(), y.args)
                gc.collect()
                f(*t, 3)
                print(gc.get_count())
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("E (6, 0, 0) ('a',)\nH (2, 0, 0) ('a',)\nJ (5, 0, 0) ('a',)\n(3, 0, 0)\n");
    }
}
