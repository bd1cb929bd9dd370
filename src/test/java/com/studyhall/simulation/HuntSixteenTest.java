package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The sixteenth real-programs hunt (issue 12, textbook and visualizer programs): each engine fix it needed, proved on its own. */
class HuntSixteenTest {

    /** lru_cache's cache_parameters lambda: answered when called, refused when read otherwise (it stopped a run half-way). */
    @Nested
    class LruCacheParameters {
        @Test
        void aCallAnswersMaxsizeThenTyped() {
            // CPython 3.11.7: {'maxsize': 128, 'typed': False} {'maxsize': None, 'typed': True} True
            SimulationResult r = runPatiently("import functools\n"
                    + "@functools.lru_cache\n"
                    + "def f(n):\n    return n\n"
                    + "@functools.lru_cache(None, True)\n"
                    + "def g(n):\n    return n\n"
                    + "print(f.cache_parameters(), g.cache_parameters(), hasattr(f, 'cache_parameters'))\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("{'maxsize': 128, 'typed': False} {'maxsize': None, 'typed': True} True\n");
        }

        @Test
        void theLambdasQualnameNamesTheDecoratorThatMadeIt() {
            SimulationResult r = runPatiently("import functools\n"
                    + "@functools.cache\n"
                    + "def f(n):\n    return n\n"
                    + "try:\n    f.cache_parameters(1)\nexcept TypeError as e:\n    print(e)\n");
            assertThat(r.stdout()).isEqualTo(
                    "lru_cache.<locals>.decorating_function.<locals>.<lambda>() takes 0 positional arguments but 1 was given\n");
        }

        @Test
        void aReadThatIsNotACallAndTheWrappersDictAreRefused() {
            SimulationResult r = runPatiently("from functools import lru_cache\n"
                    + "@lru_cache\n"
                    + "def f(n):\n    return n\n"
                    + "p = f.cache_parameters\n"
                    + "print(f.__dict__)\n");
            assertThat(EngineRuns.messages(r)).hasSize(2)
                    .anySatisfy(m -> assertThat(m).contains("line 5").contains("cache_parameters other than called"))
                    .anySatisfy(m -> assertThat(m).contains("line 6").contains("the __dict__ of an lru_cache wrapper ('f.__dict__')"));
        }
    }

    /** An enum body reading a name bound to auto(): _EnumDict stored its value at once. */
    @Nested
    class AutoValuesReadInTheEnumBody {
        @Test
        void flagMembersCombineInTheBody() {
            SimulationResult r = runPatiently("from enum import Flag, auto\n"
                    + "class Color(Flag):\n"
                    + "    RED = auto()\n"
                    + "    BLUE = auto()\n"
                    + "    WHITE = RED | BLUE\n"
                    + "    print(RED, WHITE)\n"
                    + "    GREEN = auto()\n"
                    + "print(list(Color), Color.WHITE, Color.GREEN.value)\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("1 3\n[<Color.RED: 1>, <Color.BLUE: 2>, <Color.GREEN: 4>] Color.WHITE 4\n");
        }

        @Test
        void aStrEnumsAutoReadInTheBodyIsStillRefused() {
            SimulationResult r = runPatiently("from enum import StrEnum, auto\n"
                    + "class Mode(StrEnum):\n"
                    + "    READ = auto()\n"
                    + "    BOTH = READ + '+'\n");
            assertThat(EngineRuns.messages(r)).singleElement().asString().contains("a name bound to auto() read in the enum class body ('READ')");
        }
    }

    @Test
    void codeObjectsAnswerTheirFreeAndCellVariables() {
        // Free variables sorted; cell variables: the cell parameters where they stand, then the others sorted.
        SimulationResult r = runPatiently("def outer(c, a):\n"
                + "    z = y = 1\n"
                + "    def inner():\n        return a + c + z + y\n"
                + "    return inner\n"
                + "print(outer.__code__.co_cellvars, outer(1, 2).__code__.co_freevars, outer.__code__.co_freevars)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("('c', 'a', 'y', 'z') ('a', 'c', 'y', 'z') ()\n");
    }

    /** date.isocalendar(): a datetime.IsoCalendarDate, a struct sequence like sys.version_info. */
    @Nested
    class IsoCalendarDates {
        @Test
        void aTupleSubclassWithFieldsByNameAndItsOwnSize() {
            SimulationResult r = runPatiently("import datetime, sys\n"
                    + "i = datetime.date(2021, 1, 3).isocalendar()\n"
                    + "print(i, i.week, i[0], sys.getsizeof(i), type(i).__name__, hasattr(i, '_asdict'))\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("datetime.IsoCalendarDate(year=2020, week=53, weekday=7) 53 2020 72 IsoCalendarDate False\n");
        }

        @Test
        void itsFieldsAreNotWritableAndStructSequencesLackNamedtuplesMethods() {
            SimulationResult r = runPatiently("import datetime, sys\n"
                    + "i = datetime.date(2024, 3, 15).isocalendar()\n"
                    + "for f in (lambda: setattr(i, 'week', 1), lambda: setattr(sys.version_info, 'major', 1), lambda: sys.version_info._fields):\n"
                    + "    try:\n        f()\n    except AttributeError as e:\n        print(e)\n");
            assertThat(r.stdout()).isEqualTo("attribute 'week' of 'datetime.IsoCalendarDate' objects is not writable\n"
                    + "readonly attribute\n'sys.version_info' object has no attribute '_fields'\n");
        }
    }

    @Nested
    class TotalOrderingOnAbc {
        @Test
        void aClassDerivingFromAbcGetsTheMissingMethods() {
            SimulationResult r = runPatiently("from abc import ABC\nfrom functools import total_ordering\n"
                    + "@total_ordering\n"
                    + "class V(ABC):\n"
                    + "    def __init__(self, n):\n        self.n = n\n"
                    + "    def __eq__(self, o):\n        return self.n == o.n\n"
                    + "    def __lt__(self, o):\n        return self.n < o.n\n"
                    + "print(V(1) >= V(2), V(2) >= V(2), V(3) > V(1))\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("False True True\n");
        }

        @Test
        void aProgramsOwnClassNamedAbcWithAnUnknownBaseIsStillRefused() {
            SimulationResult r = runPatiently("from functools import total_ordering\n"
                    + "class ABC(dict):\n    pass\n"
                    + "@total_ordering\n"
                    + "class V(ABC):\n"
                    + "    def __lt__(self, o):\n        return True\n");
            assertThat(EngineRuns.messages(r)).singleElement().asString().contains("total_ordering on a class whose bases are not classes of the program");
        }
    }

    @Nested
    class StrTranslateBesideBytes {
        @Test
        void aStrLiteralsTranslateRunsInAProgramThatMakesBytes() {
            SimulationResult r = runPatiently("b = 'é'.encode()\nprint(b, 'hello'.upper().translate({76: '1'}))\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("b'\\xc3\\xa9' HE11O\n");
        }

        @Test
        void aReceiverThatMayBeBytesIsStillRefused() {
            SimulationResult r = runPatiently("b = 'é'.encode()\nprint(b.translate(None))\n");
            assertThat(EngineRuns.messages(r)).singleElement().asString().contains("the bytes method 'translate'");
        }
    }

    @Test
    void triangularDrawsAsRandomPyDoes() {
        // CPython 3.11.7 after random.seed(9): 1.9245931680540103; Random(5) with mode=0.2: 0.45074719473794356; 4 is low itself.
        SimulationResult r = runPatiently("import random\n"
                + "random.seed(9)\n"
                + "r = random.Random(5)\n"
                + "print(random.triangular(high=4), r.triangular(mode=0.2), random.triangular(4, 4, 4))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("1.9245931680540103 0.45074719473794356 4\n");
    }

    @Test
    void aSubstitutionFunctionOfSeveralStatementsKeepsTheHeapConsistent() throws InterruptedException {
        // The match, the pattern re.sub compiled and the pieces so far were held by Java locals only.
        assertThat(CheckedRun.run("import re\n"
                + "def iso(m):\n    a, b = m.groups()\n    return b + a\n"
                + "print(re.sub(r'(\\d)/(\\d)', iso, '1/2 and 3/4'))\n")).isEmpty();
    }
}
