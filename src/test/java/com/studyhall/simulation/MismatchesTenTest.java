package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.runPatiently;
import static com.studyhall.simulation.EngineRuns.stdoutPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Places where the lab printed another result than python3 without refusing (issue 12, part 2),
 * each made exact or refused up front; the figures are CPython 3.11.7's.
 */
class MismatchesTenTest {

    @Nested
    class CallsOfUncountedFunctions {
        private static final String T = "import gc\nfrom typing import List\nfrom dataclasses import dataclass\n"
                + "def f():\n    return List[int]\ndef g():\n    return f()\n"
                + "def point():\n    @dataclass\n    class P:\n        x: int\n    return P\n"
                + "class Box:\n    def kind(self):\n        return List[str]\n";

        @Test
        void aFunctionDefinedBeforeTheCollectionAndCalledAfterIt() {
            assertThat(messages(runPatiently(T + "gc.collect()\nf()\nprint(gc.get_count())\n")))
                    .singleElement().asString().contains("gc.get_count after a call of f(), which makes a subscription of a typing form");
        }

        @Test
        void aFunctionCallingOneAMethodAndADataclassFactory() {
            assertThat(messages(runPatiently(T + "gc.collect()\ng()\nprint(gc.get_count())\n"
                    + "gc.collect()\nBox().kind()\nprint(gc.get_count())\n"
                    + "gc.collect()\npoint()\nprint(gc.get_count())\n")))
                    .hasSize(3).allMatch(m -> m.contains("gc.get_count after a call of"));
        }

        @Test
        void aCallBeforeTheCollectionLetsTheProgramCount() {
            assertThat(stdoutPatiently(T + "g(); point()\ngc.collect()\nprint(gc.get_count())\n")).isEqualTo("(0, 0, 0)\n");
        }
    }

    @Nested
    class MostCommon {
        private static final String C = "from collections import Counter\nimport gc\nc = Counter('abracadabra')\n";

        @Test
        void withHeapqImportedItCountsNlargestsObjects() {
            assertThat(stdoutPatiently("import heapq\n" + C + "gc.collect()\nprint(c.most_common(2), gc.get_count())\n"
                    + "gc.collect()\nprint(c.most_common(1), gc.get_count())\n"))
                    .isEqualTo("[('a', 5), ('b', 2)] (9, 0, 0)\n[('a', 5)] (5, 0, 0)\n");
        }

        @Test
        void itsFirstImportOfHeapqMakesTheCountUncountedUntilTheNextCollection() {
            assertThat(messages(runPatiently(C + "gc.collect()\nprint(c.most_common(2), gc.get_count())\n")))
                    .singleElement().asString().contains("gc.get_count after Counter.most_common(n), which imports heapq");
            assertThat(stdoutPatiently(C + "print(c.most_common(2))\ngc.collect()\nprint(gc.get_count())\n"))
                    .isEqualTo("[('a', 5), ('b', 2)]\n(0, 0, 0)\n");
        }

        @Test
        void withoutNItIsSortedAndImportsNothing() {
            assertThat(stdoutPatiently(C + "gc.collect()\nprint(c.most_common(None)[:2], gc.get_count())\n"))
                    .isEqualTo("[('a', 5), ('b', 2)] (9, 0, 0)\n");
        }
    }

    @Nested
    class ObjectsComparisonSlots {
        private static final String K = "import gc\nclass K:\n    def __lt__(self, other):\n        return id(self) < id(other)\n"
                + "class S(K):\n    pass\na, b, s = K(), K(), S()\n";

        @Test
        void aMissingComparisonGoesThroughObjectsSlotWrapper() {
            assertThat(stdoutPatiently(K + "gc.collect(); r = a > b; print(gc.get_count())\n"
                    + "gc.collect(); r = a != b; print(gc.get_count())\n"
                    + "gc.collect(); r = (a, 1) == (b, 1); print(gc.get_count())\n"))
                    .isEqualTo("(2, 0, 0)\n(4, 0, 0)\n(4, 0, 0)\n");
        }

        @Test
        void aSubclassOnTheRightIsAskedFirst() {
            assertThat(stdoutPatiently(K + "gc.collect(); r = a > s; print(gc.get_count())\n")).isEqualTo("(0, 0, 0)\n");
        }
    }
}
