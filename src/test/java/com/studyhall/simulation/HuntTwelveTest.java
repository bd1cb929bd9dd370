package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The twelfth real-programs hunt (issue 12): each engine fix it needed, proved on its own. */
class HuntTwelveTest {

    /** builtin_sorted reads the new list's sort (a bound method made and freed): an allocation that can start a collection. */
    @Nested
    class SortedMakesABoundSortMethod {
        /** gc.get_count() after sorted() run when generation 0 is one, two or three below its threshold. */
        private String countsAround(int below, String statement) {
            SimulationResult r = runPatiently("import gc\n"
                    + "gc.collect()\n"
                    + "gc.set_threshold(50, 5, 5)\n"
                    + "junk = []\n"
                    + "while gc.get_count()[0] < " + (50 - below) + ":\n"
                    + "    junk.append([])\n"
                    + statement + "\n"
                    + "print(gc.get_count())\n");
            assertThat(r.error()).isNull();
            assertThat(r.diagnostics()).isEmpty();
            return r.stdout();
        }

        @Test
        void theMethodStartsTheCollectionWhenItIsTheAllocationPastTheThreshold() {
            // CPython 3.11.7: the copy (+1) and the bound method (+1, over 50) start a collection.
            assertThat(countsAround(1, "y = sorted(())")).isEqualTo("(0, 1, 0)\n");
            assertThat(countsAround(2, "y = sorted(junk[:0])")).isEqualTo("(0, 1, 0)\n");
            assertThat(countsAround(2, "y = sorted((), key=len)")).isEqualTo("(0, 1, 0)\n");
        }

        @Test
        void belowTheThresholdItIsFreedAgainAndLeavesOnlyTheList() {
            assertThat(countsAround(3, "y = sorted(())")).isEqualTo("(48, 0, 0)\n");
            assertThat(countsAround(2, "y = sorted(())")).isEqualTo("(49, 0, 0)\n");
            assertThat(countsAround(2, "y = sorted(())[:]")).isEqualTo("(50, 0, 0)\n");
        }
    }

    /** getrefcount of None, True, small ints... shows CPython's interpreter-wide uses: refused when a literal's count is shown. */
    @Nested
    class StartUpSingletonsRefcounts {
        @Test
        void aShownCountOfASharedLiteralIsRefused() {
            for (String literal : new String[] {"None", "True", "False", "0", "256", "-5", "()", "''", "'a'", "b''", "..."}) {
                SimulationResult r = runPatiently("import sys\nprint(sys.getrefcount(" + literal + "))\n");
                assertThat(EngineRuns.messages(r)).as(literal).singleElement().asString()
                        .contains("sys.getrefcount of None, True, False, a small int (-5 to 256)");
            }
        }

        @Test
        void otherLiteralsAndComparedCountsStillRun() {
            SimulationResult r = runPatiently("import sys\n"
                    + "print(sys.getrefcount(257), sys.getrefcount(-6), sys.getrefcount(1.5))\n"
                    + "print(sys.getrefcount(None) > 100)\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("3 3 3\nTrue\n");
        }
    }

    /** ascii() and the !a conversion: the repr with non-ASCII escaped, a character past the BMP as one \\U escape. */
    @Nested
    class AsciiBuiltinAndConversion {
        @Test
        void asciiEscapesWhatReprShows() {
            SimulationResult r = runPatiently("class N:\n"
                    + "    def __repr__(self):\n"
                    + "        return 'N\u00f8'\n"
                    + "s = 'na\u00efve \u2603 \uD83D\uDE00 \\x7f'\n"
                    + "print(ascii(s), ascii(['\u00e9', 1, b'\\xff']), ascii(N()), ascii(1.5))\n"
                    + "print(f'[{s!a:>36}] {N()!a}', '{!a}'.format('\u00e9'), '%a' % '\uD83D\uDE00')\n"
                    + "try:\n"
                    + "    ascii(1, 2)\n"
                    + "except TypeError as e:\n"
                    + "    print(e)\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.error()).isNull();
            assertThat(r.stdout()).isEqualTo("'na\\xefve \\u2603 \\U0001f600 \\x7f' ['\\xe9', 1, b'\\xff'] N\\xf8 1.5\n"
                    + "[   'na\\xefve \\u2603 \\U0001f600 \\x7f'] N\\xf8 '\\xe9' '\\U0001f600'\n"
                    + "ascii() takes exactly one argument (2 given)\n");
        }
    }

    /** lru_cache on a method: the wrapper binds as a function does, and the cache's key tuples keep self alive. */
    @Nested
    class LruCacheOnMethods {
        @Test
        void theCacheKeyHoldsSelfUntilCacheClear() {
            SimulationResult r = runPatiently("""
                    import functools, gc, sys, weakref
                    class Report:
                        def __init__(self, name):
                            self.name = name
                        @functools.lru_cache(maxsize=None)
                        def render(self, width):
                            print("  render", self.name, width, sys.getrefcount(self))
                            return f"{self.name:^{width}}"
                        def __del__(self):
                            print("Report", self.name, "deleted")
                    r = Report("sales")
                    gc.collect()
                    c0 = gc.get_count()
                    out = r.render(11)
                    c1 = gc.get_count()
                    print(repr(out), c0, c1)
                    print(repr(r.render(11)), gc.get_count())
                    print(r.render.cache_info(), r.render.__wrapped__.__name__, r.render.__qualname__)
                    m = r.render
                    print(type(m).__name__, m.__self__ is r, m.__func__ is Report.render, m == r.render, sys.getrefcount(r))
                    del m
                    probe = weakref.ref(r)
                    del r
                    print("alive:", probe() is not None, gc.collect())
                    Report.render.cache_clear()
                    print("after clear:", probe())
                    """);
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.error()).isNull();
            // python3 3.11.7
            assertThat(r.stdout()).isEqualTo("""
                      render sales 11 5
                    '   sales   ' (0, 0, 0) (4, 0, 0)
                    '   sales   ' (9, 0, 0)
                    CacheInfo(hits=1, misses=1, maxsize=None, currsize=1) render Report.render
                    method True True True 4
                    alive: True 0
                    Report sales deleted
                    after clear: None
                    """);
        }

        @Test
        void staticClassmethodPropertyAndWeakReferencesOverTheWrapper() {
            SimulationResult r = runPatiently("""
                    import functools, weakref
                    class Shape:
                        def __init__(self, n):
                            self.n = n
                        @property
                        @functools.lru_cache(maxsize=None)
                        def area(self):
                            print("  computing", self.n)
                            return self.n * self.n
                        @functools.lru_cache(maxsize=3)
                        def scaled(self, k=1):
                            return self.n * k
                        @staticmethod
                        @functools.lru_cache(maxsize=2)
                        def fib(n):
                            return n if n < 2 else Shape.fib(n - 1) + Shape.fib(n - 2)
                        @classmethod
                        @functools.cache
                        def label(cls):
                            return cls.__name__.upper()
                    a = Shape(3)
                    print(a.area, a.area, list(map(a.scaled, [1, 2, 1])), a.scaled(k=2))
                    print(Shape.fib(20), a.fib(10), Shape.label(), a.label(), Shape.label.cache_info().hits)
                    wm = weakref.WeakMethod(a.scaled)
                    print(wm()(7), weakref.ref(Shape.fib)() is Shape.fib, weakref.proxy(Shape.fib)(5))
                    try:
                        a.scaled([1])
                    except TypeError as e:
                        print(e)
                    """);
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.error()).isNull();
            assertThat(r.stdout()).isEqualTo("""
                      computing 3
                    9 9 [3, 6, 3] 6
                    6765 55 SHAPE SHAPE 1
                    21 True 5
                    unhashable type: 'list'
                    """);
        }
    }

    /** C.__subclasses__() of a program's class: its live direct subclasses, oldest first, a dead one until it is collected. */
    @Nested
    class SubclassesOfAProgramsClass {
        @Test
        void listsTheDirectSubclassesStillInTheHeap() {
            SimulationResult r = runPatiently("""
                    import gc, sys
                    class Base:
                        pass
                    class A(Base):
                        pass
                    class B(Base):
                        pass
                    class AA(A):
                        pass
                    class Mixin:
                        pass
                    class C(Mixin, Base):
                        pass
                    print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in A.__subclasses__()], Mixin.__subclasses__() == [C], AA.__subclasses__())
                    def make(name):
                        return type(name, (Base,), {})
                    T = make("T")
                    del T
                    print("after del T:", [c.__name__ for c in Base.__subclasses__()])
                    print(gc.collect() > 0, [c.__name__ for c in Base.__subclasses__()])
                    gc.collect()
                    c0 = gc.get_count()
                    subs = Base.__subclasses__()
                    c1 = gc.get_count()
                    print(c0, c1, sys.getrefcount(B), len(subs))
                    try:
                        Base.__subclasses__(1)
                    except TypeError as e:
                        print(e)
                    """);
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.error()).isNull();
            // python3 3.11.7
            assertThat(r.stdout()).isEqualTo("""
                    ['A', 'B', 'C'] ['AA'] True []
                    after del T: ['A', 'B', 'C', 'T']
                    True ['A', 'B', 'C']
                    (0, 0, 0) (2, 0, 0) 4 3
                    Base.__subclasses__() takes no arguments (1 given)
                    """);
        }

        @Test
        void aBuiltinTypesOrALaterClasssSubclassesAreStillRefused() {
            assertThat(EngineRuns.messages(runPatiently("print(int.__subclasses__())\n")))
                    .anyMatch(m -> m.contains("the special attribute '__subclasses__'"));
            assertThat(EngineRuns.messages(runPatiently("def f():\n    return Later.__subclasses__()\nclass Later:\n    pass\n")))
                    .singleElement().asString().contains("the special attribute '__subclasses__'");
        }
    }
}
