package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.runPatiently;
import static com.studyhall.simulation.EngineRuns.stdoutPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Leftover refusals turned into support, part 11 (issue 12); the figures are CPython 3.11.7's. */
class LeftoversTwelveTest {

    @Nested
    class ClassOnlySpecialReads {
        private static final String TICKET = "class Ticket:\n    def __init__(self, n):\n        self.n = n\n"
                + "    def __index__(self):\n        return self.n\n    def __reduce__(self):\n        return (Ticket, (self.n,))\n"
                + "    def __getstate__(self):\n        return {'n': self.n}\n";

        @Test
        void aReadOnAValueThatMayBeBuiltinIsRefusedBeforeTheFirstLine() {
            assertThat(messages(runPatiently(TICKET + "print('first')\nx = [1]\nprint(x.__reduce__())\n"
                    + "for v in [1, Ticket(2)]:\n    print(v.__index__())\nprint(getattr(5, '__getstate__'))\n")))
                    .hasSize(3).allSatisfy(m -> assertThat(m).contains("may not be an instance of a class defining it"))
                    .anySatisfy(m -> assertThat(m).startsWith("line 12:").contains("'__reduce__'"))
                    .anySatisfy(m -> assertThat(m).startsWith("line 14:").contains("'__index__'"))
                    .anySatisfy(m -> assertThat(m).startsWith("line 15:").contains("'__getstate__'"));
        }

        @Test
        void anInstanceOfTheDefiningClassSelfAndTheClassAreAnswered() {
            assertThat(stdoutPatiently(TICKET + "    def twice(self):\n        return self.__index__() * 2\n"
                    + "t = Ticket(4)\nprint(t.__index__(), Ticket.__index__(t), t.__reduce__()[1], t.__getstate__(), t.twice())\n"))
                    .isEqualTo("4 4 (4,) {'n': 4} 8\n");
        }

        @Test
        void aVariableAlsoBoundToSomethingElseIsRefused() {
            assertThat(messages(runPatiently(TICKET + "t = Ticket(4)\nt = 'four'\nprint(t.__index__())\n")))
                    .singleElement().asString().contains("'__index__' read on a value that may not be");
        }
    }

    @Nested
    class WalrusInASubscript {
        @Test
        void anIndexMayBeANamedExpressionInALoadAStoreAndADel() {
            assertThat(stdoutPatiently("a = [10, 20, 30]\nprint(a[i := 2], i)\nd = {}\nd[k := 'x'] = 5\nd[k] += 1\n"
                    + "print(d, k)\ndel d[j := 'x']\nprint(d, j)\n"))
                    .isEqualTo("30 2\n{'x': 6} x\n{} x\n");
        }

        @Test
        void aStarredItemMakesTheIndexATuple() {
            assertThat(stdoutPatiently("d = {}\nb = [1, 2]\nd[*b] = 'x'\nd[0, *b] = 'y'\nprint(d, d[*b])\n"))
                    .isEqualTo("{(1, 2): 'x', (0, 1, 2): 'y'} x\n");
        }

        @Test
        void aSliceBoundIsNoNamedExpression() {
            assertThat(messages(runPatiently("a = [1, 2]\nprint(a[x := 0:1])\n")))
                    .singleElement().asString().startsWith("line 2: invalid syntax");
        }
    }

    @Nested
    class FrozensetConstants {
        @Test
        void anIteratedSetOfConstantsMakesNoSet() {
            assertThat(stdoutPatiently("import gc\ngc.collect()\nb = gc.get_count()[0]\nfor n in {4, 6}:\n"
                    + "    print(gc.get_count()[0] - b)\n    break\n"))
                    .isEqualTo("2\n");
        }

        @Test
        void theConstantHoldsItsItemsAndTheArenaTheFirstLiterals() {
            assertThat(stdoutPatiently("import sys\nfor w in {'p q', 'r s'}:\n    pass\ndel w\nprint(sys.getrefcount('p q'))\n"
                    + "x = 't u'\nfor w in {'t u', 'v w'}:\n    pass\ndel w\nprint(sys.getrefcount(x))\n"
                    + "s = {'aa bb', 'cc dd', 'ee ff'}\nprint(sys.getrefcount('aa bb'))\n"))
                    .isEqualTo("5\n5\n5\n");
        }
    }

    @Nested
    class WrappersOfBuiltins {
        @Test
        void staticmethodOfABuiltinCountsAsAFunctionDoes() {
            assertThat(stdoutPatiently("import gc\ndef f(x):\n    return x\n"
                    + "gc.collect()\na = gc.get_count()[0]\ns = staticmethod(len)\nb = gc.get_count()[0]\n"
                    + "gc.collect()\nc = gc.get_count()[0]\nt = classmethod(f)\nd = gc.get_count()[0]\nprint(b - a, d - c)\n"))
                    .isEqualTo("5 5\n");
        }

        @Test
        void funcAndWrappedAreTheCallable() {
            assertThat(stdoutPatiently("s = staticmethod(len)\nc = classmethod(max)\nprint(s.__func__ is len, c.__wrapped__ is max)\n"))
                    .isEqualTo("True True\n");
        }
    }

    @Nested
    class UnpackingAnInstance {
        @Test
        void theUnpackedObjectIsHeldWhileItsIterMakesAnIteratorThatKeepsIt() throws InterruptedException {
            assertThat(CheckedRun.run("class It:\n    def __init__(self, src):\n        self.src = src\n        self.n = 2\n"
                    + "    def __next__(self):\n        if self.n == 0:\n            raise StopIteration\n        self.n -= 1\n        return self.n\n"
                    + "class C:\n    def __iter__(self):\n        return It(self)\na, b = C()\nprint(a, b)\n"))
                    .isEmpty();
        }
    }

    @Nested
    class ConstantsHeldByCodeNotRunYet {
        @Test
        void aLiteralAnotherCodeObjectHoldsIsRefusedWhereShown() {
            assertThat(messages(runPatiently("import sys\ndef g():\n    return 'i j'\nx = 'i j'\nprint(sys.getrefcount(x))\n")))
                    .singleElement().asString().startsWith("line 5:").contains("another code object");
        }

        @Test
        void aContainerLaterInTheSameCodeIsRefusedOneEarlierIsCounted() {
            assertThat(messages(runPatiently("import sys\ny = 'm n'\nprint(sys.getrefcount(y))\nfor w in {'m n', 'o p'}:\n    pass\n")))
                    .singleElement().asString().startsWith("line 3:");
            assertThat(stdoutPatiently("import sys\nt = ('q r', 1)\nz = 'q r'\nprint(sys.getrefcount(z), sys.getrefcount('q r'))\n"))
                    .isEqualTo("5 5\n");
        }
    }
}
