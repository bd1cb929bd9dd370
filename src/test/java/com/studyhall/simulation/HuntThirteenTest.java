package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The thirteenth real-programs hunt (issue 12): each engine fix it needed, proved on its own. */
class HuntThirteenTest {

    /** gc.freeze() moves CPython's start-up objects too: counts compared run, counts shown are refused. */
    @Nested
    class FreezeCountsHoldTheStartUpObjects {
        @Test
        void aFrozenCountIsThousandsEvenForAProgramThatMadeNothing() {
            // CPython 3.11.7 on this machine: 4, True, 0 (11092 start-up objects frozen by the first freeze, then four lists).
            SimulationResult r = runPatiently("import gc\n"
                    + "gc.collect()\n"
                    + "gc.freeze()\n"
                    + "n = gc.get_freeze_count()\n"
                    + "x = [[] for _ in range(3)]\n"
                    + "gc.freeze()\n"
                    + "print(gc.get_freeze_count() - n)\n"
                    + "print(gc.get_freeze_count() > 1000)\n"
                    + "gc.unfreeze()\n"
                    + "print(gc.get_freeze_count())\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("4\nTrue\n0\n");
        }

        @Test
        void aFrozenCountShownAsANumberIsRefused() {
            for (String shown : new String[] {"print(gc.get_freeze_count())", "print(f'{gc.get_freeze_count()}')",
                    "print(gc.get_freeze_count() - 1)", "def f():\n    return gc.get_freeze_count()"}) {
                SimulationResult r = runPatiently("import gc\ngc.collect()\ngc.freeze()\n" + shown + "\n");
                assertThat(EngineRuns.messages(r)).as(shown).singleElement().asString()
                        .contains("gc.get_freeze_count() shown as a number after gc.freeze()");
            }
        }

        @Test
        void aCountShownBeforeTheFreezeOrAfterTheUnfreezeRuns() {
            SimulationResult r = runPatiently("import gc as g\n"
                    + "g.collect()\n"
                    + "print(g.get_freeze_count())\n"
                    + "g.freeze()\n"
                    + "g.unfreeze()\n"
                    + "print(g.get_freeze_count())\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("0\n0\n");
        }
    }

    /** len(gc.get_objects()) of the oldest generation counts CPython's start-up objects the lab does not model. */
    @Nested
    class ObjectListLengths {
        @Test
        void aLengthShownAsANumberIsRefused() {
            for (String shown : new String[] {"print(len(gc.get_objects()))", "print(len(gc.get_objects(2)) + 1)",
                    "print(f'{len(gc.get_objects(generation=None))}')"}) {
                SimulationResult r = runPatiently("import gc\ngc.collect()\n" + shown + "\n");
                assertThat(EngineRuns.messages(r)).as(shown).singleElement().asString()
                        .contains("len(gc.get_objects()) of every generation or of the oldest shown as a number");
            }
        }

        @Test
        void inAProgramThatFreezesEveryLengthIsRefused() {
            SimulationResult r = runPatiently("import gc\n"
                    + "gc.collect()\n"
                    + "before = len(gc.get_objects())\n"
                    + "gc.freeze()\n"
                    + "print(len(gc.get_objects()) < before)\n");
            assertThat(EngineRuns.messages(r)).hasSize(2).allSatisfy(m -> assertThat(m)
                    .contains("len(gc.get_objects()) in a program that calls gc.freeze()"));
        }

        @Test
        void differencesAndYoungGenerationsRun() {
            // CPython 3.11.7: 5 5 (four inner lists and the outer one; the comprehension's function is freed).
            SimulationResult r = runPatiently("import gc\n"
                    + "gc.collect()\n"
                    + "before = len(gc.get_objects())\n"
                    + "junk = [[i] for i in range(4)]\n"
                    + "print(len(gc.get_objects()) - before, len(gc.get_objects(0)))\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("5 5\n");
        }
    }

    /** The module's globals hold CPython's __builtins__ module, __loader__ and __spec__: a full collection never untracks them. */
    @Nested
    class GlobalsStayTracked {
        @Test
        void theGlobalsDictIsNotListedInTheYoungestGenerationAfterACollection() {
            // CPython 3.11.7: ['function', 'list'] (the lab listed the globals dict too: untracked by
            // the collection, it was tracked again in generation 0 when the list was stored).
            SimulationResult r = runPatiently("import gc\n"
                    + "gc.collect()\n"
                    + "junk = [1]\n"
                    + "print(sorted(type(o).__name__ for o in gc.get_objects(0)))\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("['function', 'list']\n");
        }
    }
}
