package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The fifteenth real-programs hunt (issue 12): each engine fix it needed, proved on its own. */
class HuntFifteenTest {

    /** sys.getsizeof of an iterator is its own struct's size (python3 3.11.7), not one figure for all. */
    @Test
    void iteratorSizesFollowTheirStructs() {
        SimulationResult r = runPatiently("import sys\n"
                + "from collections import OrderedDict, deque\n"
                + "print(sys.getsizeof(iter([])), sys.getsizeof(iter('ab')), sys.getsizeof(iter(())))\n"
                + "print(sys.getsizeof(iter({})), sys.getsizeof(iter({}.items())), sys.getsizeof(reversed({})))\n"
                + "print(sys.getsizeof(iter(set())), sys.getsizeof(enumerate([])), sys.getsizeof(iter(deque())))\n"
                + "print(sys.getsizeof(iter(OrderedDict())), sys.getsizeof(iter(range(3))))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("48 48 48\n72 72 72\n64 72 72\n80 48\n");
    }

    /** list_resize measures growth from the length before the change: `*=` and slice insertion allocate just enough. */
    @Test
    void listGrowthByRepeatOrSliceIsSizedFromTheOldLength() {
        SimulationResult r = runPatiently("import sys\n"
                + "a = [1, 2, 3]\n"
                + "a *= 4\n"
                + "b = list(range(4))\n"
                + "b[1:1] = range(30)\n"
                + "c = list(range(8))\n"
                + "c[2:4] = 'ab'\n"
                + "d = [1, 2]\n"
                + "d *= 1\n"
                + "print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("152 344 120 72\n");
    }

    /** PyObject_LengthHint: list(), tuple(), sorted(), [*x] and f(*x) ask a class's __len__ right after its __iter__. */
    @Nested
    class SizedInstancesGiveTheirLength {
        private static final String BAG = "import sys\n"
                + "class Bag:\n"
                + "    def __init__(self, items, fail=None):\n"
                + "        self.items = items\n"
                + "        self.fail = fail\n"
                + "    def __len__(self):\n"
                + "        print('len')\n"
                + "        if self.fail:\n"
                + "            raise self.fail('no length')\n"
                + "        return len(self.items)\n"
                + "    def __iter__(self):\n"
                + "        print('iter')\n"
                + "        return iter(self.items)\n"
                + "def f(*a):\n"
                + "    return a\n";

        @Test
        void lenRunsAfterIterAndSizesTheList() {
            SimulationResult r = runPatiently(BAG + "b = Bag([1, 2, 3])\n"
                    + "print(sys.getsizeof(list(b)))\n"
                    + "print(tuple(b), f(*b), [*b])\n"
                    + "for x in b:\n"
                    + "    pass\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("iter\nlen\n88\niter\nlen\niter\nlen\niter\nlen\n(1, 2, 3) (1, 2, 3) [1, 2, 3]\niter\n");
        }

        @Test
        void aTypeErrorFromLenIsSwallowedAndAnyOtherGoesUp() {
            SimulationResult r = runPatiently(BAG + "print(sys.getsizeof(list(Bag([1, 2, 3], TypeError))))\n"
                    + "try:\n"
                    + "    f(*Bag([1], KeyError))\n"
                    + "except KeyError as e:\n"
                    + "    print('KeyError', e)\n");
            assertThat(r.stdout()).isEqualTo("iter\nlen\n120\niter\nlen\nKeyError 'no length'\n");
        }

        @Test
        void sizedBuiltinsAndReversedIteratorsAreSizedExactly() {
            SimulationResult r = runPatiently("import sys\n"
                    + "from collections import deque\n"
                    + "print([sys.getsizeof(list(x)) for x in (b'hi', bytearray(b'hi'), deque([1, 2, 3]), reversed([1, 2, 3]), reversed((1, 2, 3)))])\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("[72, 72, 88, 88, 88]\n");
        }

        @Test
        void aNonIterableAfterAStarAmongOtherArgumentsIsTheListsError() {
            SimulationResult r = runPatiently("def f(*a):\n"
                    + "    return a\n"
                    + "try:\n"
                    + "    f(0, *5)\n"
                    + "except TypeError as e:\n"
                    + "    print(e)\n");
            assertThat(r.stdout()).isEqualTo("Value after * must be an iterable, not int\n");
        }
    }

    /** Assigning or deleting a function's __defaults__/__kwdefaults__ changes what the next call binds. */
    @Nested
    class FunctionDefaultsAssigned {
        @Test
        void theNextCallUsesTheNewDefaultsAndTheOldTupleIsReleased() {
            SimulationResult r = runPatiently("import sys\n"
                    + "def f(a, b=[1], *, c=3):\n"
                    + "    return a, b, c\n"
                    + "old = f.__defaults__[0]\n"
                    + "print(sys.getrefcount(old))\n"
                    + "f.__defaults__ = (7, 8)\n"
                    + "f.__kwdefaults__ = {'c': 9}\n"
                    + "print(f(), sys.getrefcount(old), '__defaults__' in f.__dict__)\n"
                    + "del f.__defaults__\n"
                    + "print(f.__defaults__)\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("3\n(7, 8, 9) 2 False\nNone\n");
        }

        @Test
        void somethingOtherThanATupleIsCPythonsTypeError() {
            SimulationResult r = runPatiently("def f(a=1):\n"
                    + "    return a\n"
                    + "try:\n"
                    + "    f.__defaults__ = [2]\n"
                    + "except TypeError as e:\n"
                    + "    print(e)\n"
                    + "try:\n"
                    + "    f.__kwdefaults__ = 5\n"
                    + "except TypeError as e:\n"
                    + "    print(e)\n"
                    + "print(f())\n");
            assertThat(r.stdout()).isEqualTo("__defaults__ must be set to a tuple object\n"
                    + "__kwdefaults__ must be set to a dict object\n1\n");
        }
    }

    /** A weakref.proxy is read through its referent's iterator wherever an iterable is taken whole. */
    @Test
    void aProxyUnpacksAndIsReadWhole() {
        SimulationResult r = runPatiently("import weakref\n"
                + "class Bag:\n"
                + "    def __init__(self, items):\n"
                + "        self.items = items\n"
                + "    def __iter__(self):\n"
                + "        return iter(self.items)\n"
                + "b = Bag([3, 1, 2])\n"
                + "p = weakref.proxy(b)\n"
                + "x, y, z = p\n"
                + "h, *t = p\n"
                + "print(x, y, z, h, t, sorted(p), sum(p), tuple(p))\n"
                + "del b\n"
                + "try:\n"
                + "    x, y, z = p\n"
                + "except ReferenceError as e:\n"
                + "    print(e)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("3 1 2 3 [1, 2] [1, 2, 3] 6 (3, 1, 2)\nweakly-referenced object no longer exists\n");
    }

    /** Weak containers iterate a generator over their live data in CPython, a list made first here. */
    @Nested
    class WeakContainerIteration {
        private static final String PROGRAM = "import weakref\n"
                + "class J:\n"
                + "    pass\n"
                + "js = [J() for i in range(3)]\n"
                + "wd = weakref.WeakValueDictionary(enumerate(js))\n";

        @Test
        void changingTheContainerTheLoopIteratesIsRefused() {
            for (String loop : new String[] {"for k in wd:\n    del wd[k]\n", "for k, v in wd.items():\n    if k:\n        wd.pop(k)\n",
                    "for k in wd.keys():\n    wd[k + 10] = js[0]\n"}) {
                SimulationResult r = runPatiently(PROGRAM + loop);
                assertThat(EngineRuns.messages(r)).as(loop).singleElement().asString()
                        .contains("changing the container a for loop iterates, in a program that uses a weakref container");
            }
        }

        @Test
        void measuringOrIndexingItsKeysIsRefused() {
            for (String use : new String[] {"print(len(wd.keys()))", "print(wd.items()[0])"}) {
                SimulationResult r = runPatiently(PROGRAM + use + "\n");
                assertThat(EngineRuns.messages(r)).as(use).singleElement().asString()
                        .contains("len() or a subscript of keys()/values()/items() in a program that uses a weakref container");
            }
        }

        @Test
        void aLoopOverASnapshotRuns() {
            SimulationResult r = runPatiently(PROGRAM + "for k in list(wd):\n    del wd[k]\nprint(len(wd), len(list(wd.keys())))\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("0 0\n");
        }
    }

    /** A class's referents and referrers include its __mro__/__bases__ tuples and descriptors in CPython. */
    @Nested
    class ClassGraphWalks {
        @Test
        void aClassByNameByTypeOrThroughAHelpersParameterIsRefused() {
            SimulationResult r = runPatiently("import gc\n"
                    + "class Base:\n"
                    + "    pass\n"
                    + "def holders(obj):\n"
                    + "    return len(gc.get_referrers(obj))\n"
                    + "b = Base()\n"
                    + "print(len(gc.get_referents(Base)))\n"
                    + "print(len(gc.get_referrers(type(b))))\n"
                    + "print(holders(Base))\n"
                    + "print(holders(b))\n");
            assertThat(EngineRuns.messages(r)).hasSize(3).allSatisfy(m -> assertThat(m)
                    .contains("gc.get_referents/get_referrers of a class"));
        }

        @Test
        void anInstancesReferrersRun() {
            SimulationResult r = runPatiently("import gc\n"
                    + "class Base:\n"
                    + "    pass\n"
                    + "b = Base()\n"
                    + "box = [b]\n"
                    + "print(sum(1 for x in gc.get_referrers(b) if x is box))\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("1\n");
        }
    }
}
