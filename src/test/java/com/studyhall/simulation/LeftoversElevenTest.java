package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.runPatiently;
import static com.studyhall.simulation.EngineRuns.stdoutPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Leftover refusals turned into support, part 10 (issue 12); the figures are CPython 3.11.7's. */
class LeftoversElevenTest {

    @Nested
    class SliceObjects {
        @Test
        void aKeptSliceTakesTheCacheSoTheNextSubscriptAllocates() {
            assertThat(stdoutPatiently("import gc\ndata = list(range(9))\n"
                    + "gc.collect(); a = gc.get_count(); s = slice(1, 5, 2); b = gc.get_count(); print(b[0] - a[0] - 1)\n"
                    + "gc.collect(); a = gc.get_count(); x = data[1:3]; b = gc.get_count(); print(b[0] - a[0] - 1)\n"
                    + "gc.collect(); a = gc.get_count(); x = data[1:3]; b = gc.get_count(); print(b[0] - a[0] - 1)\n"
                    + "gc.collect(); a = gc.get_count(); del s; b = gc.get_count(); print(b[0] - a[0] - 1)\n"))
                    .isEqualTo("1\n2\n1\n-1\n");
        }

        @Test
        void aClassKeepsTheSubscriptsSliceWithItsRealCount() {
            assertThat(stdoutPatiently("import sys, gc\nclass S:\n    def __getitem__(self, k):\n"
                    + "        self.k = k\n        return sys.getrefcount(k)\ns = S()\nprint(s[1:2], sys.getrefcount(s.k), gc.is_tracked(s.k))\n"))
                    .isEqualTo("4 2 True\n");
        }

        @Test
        void slicesCompareAsTuplesAndAreUnhashable() {
            assertThat(stdoutPatiently("a = slice(1, 5)\nprint(a == slice(1, 5), a < slice(1, 6), a <= a)\n"
                    + "try:\n    hash(a)\nexcept TypeError as e:\n    print(e)\n"))
                    .isEqualTo("True True True\nunhashable type: 'slice'\n");
        }
    }

    @Nested
    class CodeObjects {
        @Test
        void coAttributesDescribeTheDef() {
            assertThat(stdoutPatiently("def f(a, b=1, *c, d, **e):\n    x = a\n    return x\n"
                    + "print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)\n"))
                    .isEqualTo("f 2 1 ('a', 'b', 'd', 'c', 'e', 'x')\n");
        }

        @Test
        void theCodeObjectItselfAndCoFilenameStayRefused() {
            assertThat(messages(runPatiently("def f():\n    pass\nco = f.__code__\nprint(f.__code__.co_filename)\n")))
                    .hasSize(2).anySatisfy(m -> assertThat(m).contains("'__code__'"))
                    .anySatisfy(m -> assertThat(m).contains("'co_filename'"));
        }
    }

    @Nested
    class ReduceHooks {
        @Test
        void reduceRebuildsThroughTheClass() {
            assertThat(stdoutPatiently("import copy, sys\nclass P:\n    def __init__(self, x):\n        self.x = x\n"
                    + "    def __reduce__(self):\n        print(sys.getrefcount(self))\n        return (P, (self.x,))\n"
                    + "p = P([1])\nq = copy.copy(p)\nr = copy.deepcopy(p)\nprint(q.x is p.x, r.x is p.x, r.x == p.x)\n"))
                    .isEqualTo("6\n6\nTrue False True\n");
        }

        @Test
        void aReturnOtherThanATupleDisplayIsRefused() {
            assertThat(messages(runPatiently("import copy\nclass P:\n    def __reduce__(self):\n        rv = (P, ())\n        return rv\n")))
                    .singleElement().asString().contains("__reduce__ that returns other than a tuple display");
        }
    }
}
