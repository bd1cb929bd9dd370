package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.runPatiently;
import static com.studyhall.simulation.EngineRuns.stdoutPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Places where the lab printed another result than python3 without refusing (issue 12), each made
 * exact or refused up front; the figures are CPython 3.11.7's.
 */
class MismatchesNineTest {

    @Nested
    class HeapqSelection {
        private static final String H = "import gc, heapq\n";

        @Test
        void nsmallestAndNlargestMakeTheObjectsOfHeapqsPythonCode() {
            assertThat(stdoutPatiently(H + "gc.collect(); print(heapq.nsmallest(2, [5, 1, 4, 2]), gc.get_count())\n"
                    + "gc.collect(); print(heapq.nlargest(1, [5, 1, 4, 2]), gc.get_count())\n"
                    + "gc.collect(); print(heapq.nsmallest(5, [5, 1, 4, 2]), gc.get_count())\n"
                    + "gc.collect(); print(heapq.nlargest(2, [5, 1, 4, 2], key=abs), gc.get_count())\n"
                    + "gc.collect(); print(heapq.nlargest(3, iter([5, 1, 4, 2, 9, 0, 7])), gc.get_count())\n"))
                    .isEqualTo("[1, 2] (7, 0, 0)\n[5] (4, 0, 0)\n[1, 2, 4, 5] (4, 0, 0)\n[5, 4] (10, 0, 0)\n[9, 7, 5] (8, 0, 0)\n");
        }

        @Test
        void theyArePythonFunctionsThatTakeTheKeyByPosition() {
            assertThat(stdoutPatiently(H + "print(type(heapq.nsmallest).__name__, heapq.nlargest(2, 'hello', str.upper))\n"
                    + "try:\n    heapq.nsmallest(2)\nexcept TypeError as e:\n    print(e)\n"))
                    .isEqualTo("function ['o', 'l']\nnsmallest() missing 1 required positional argument: 'iterable'\n");
        }
    }

    @Nested
    class DeepCopies {
        @Test
        void aTuplesCopyCountsZipsArgumentTuple() {
            assertThat(stdoutPatiently("import copy, gc\ngc.collect(); copy.deepcopy((1, 2)); print(gc.get_count())\n"
                    + "gc.collect(); copy.deepcopy(((1,), (2,))); print(gc.get_count())\n"))
                    .isEqualTo("(6, 0, 0)\n(8, 0, 0)\n");
        }

        @Test
        void aFrozensetIsRebuiltThroughItsReduce() {
            assertThat(stdoutPatiently("import copy, gc\nf = frozenset({1, 2})\n"
                    + "gc.collect(); c = copy.deepcopy(f); print(c == f, c is f, gc.get_count())\n"
                    + "from collections import deque\nd = deque([1, 2, 3, 4], maxlen=3)\n"
                    + "gc.collect(); copy.deepcopy(d); print(gc.get_count())\n"))
                    .isEqualTo("True False (11, 0, 0)\n(11, 0, 0)\n");
        }
    }

    @Nested
    class TypingSubscriptions {
        private static final String T = "from typing import List, TypeVar\nimport gc\nT = TypeVar('T')\nPair = List[T]\n";

        @Test
        void theCountAfterASubscriptionIsRefusedUntilTheNextCollection() {
            assertThat(messages(runPatiently(T + "gc.collect(); Pair[int]; print(gc.get_count())\n")))
                    .singleElement().asString().contains("gc.get_count after a subscription of a typing form");
        }

        @Test
        void aSubscriptionInAFunctionMarksTheStatementsAfterItsDefinition() {
            assertThat(messages(runPatiently(T + "gc.collect()\ndef f():\n    return List[int]\nf()\nprint(gc.get_count())\n")))
                    .singleElement().asString().contains("typing form");
        }

        @Test
        void aCollectionAfterTheSubscriptionLetsTheProgramObserve() {
            assertThat(stdoutPatiently(T + "x = Pair[int]\ngc.collect()\nprint(x, gc.get_count())\n"))
                    .isEqualTo("typing.List[int] (0, 0, 0)\n");
        }
    }

    @Nested
    class IsWithALiteral {
        @Test
        void theCompilerWarnsBeforeTheProgramRuns() {
            SimulationResult r = runPatiently("print('out')\nx = 'a'\nprint(x is 'a', x is not 1, x is None)\n"
                    + "def f(y):\n    return y is (1, 2)\n");
            assertThat(r.stdout()).isEqualTo("out\nTrue True False\n");
            assertThat(r.stderr()).isEqualTo("main.py:3: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n"
                    + "  print(x is 'a', x is not 1, x is None)\n"
                    + "main.py:3: SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?\n"
                    + "  print(x is 'a', x is not 1, x is None)\n"
                    + "main.py:5: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  return y is (1, 2)\n");
        }

        @Test
        void aWhileTestWarnsTwiceAndNamesAndSingletonsNever() {
            SimulationResult r = runPatiently("x = 1\nwhile x is not 2:\n    break\nprint(x is x, x is ..., x is True, x is [1])\n");
            assertThat(r.stderr()).isEqualTo(("main.py:2: SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?\n"
                    + "  while x is not 2:\n").repeat(2));
        }

        @Test
        void anFStringWithoutFieldsIsItsConstant() {
            assertThat(stdoutPatiently("x = 'ab'\nprint(x is f'ab', f'' is '')\n")).isEqualTo("True True\n");
        }
    }
}
