package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Starred displays, @, typing, dataclasses and sys.version_info (each expectation is python3 3.11.7's output). */
class EverydayProgramsTest {
    private final Simulator simulator = new Simulator();

    private SimulationResult run(String code) {
        // A generous time limit: the machine running the tests may be busy.
        Limits limits = new Limits(20_000, 100_000, 100_000, 1_000, Duration.ofSeconds(30), 64 * 1024);
        return simulator.run(new SimulationRequest(code, limits, false));
    }

    private String stdout(String code) {
        SimulationResult r = run(code);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.error()).isNull();
        return r.stdout();
    }

    @Test
    void aStarredListIsSizedByListExtendsGrowth() {
        assertThat(stdout("import sys\na = [0, 1]\nprint(sys.getsizeof([*a]), sys.getsizeof([*a, 1]), sys.getsizeof([0, *a]),"
                + " sys.getsizeof([0, 1, 2, *a]))\n")).isEqualTo("72 120 120 120\n");
    }

    @Test
    void aGeneratorInAListDisplayIsPreallocatedForEightItems() {
        assertThat(stdout("import sys\nprint(sys.getsizeof([*(i for i in range(5))]), sys.getsizeof([0, *(i for i in range(5))]))\n"))
                .isEqualTo("120 152\n");
    }

    @Test
    void starredItemsShareTheirObjects() {
        assertThat(stdout("import sys\no = object()\nxs = [o, o]\nt = (*xs, o)\ns = {*xs}\nprint(sys.getrefcount(o), len(t), len(s))\n"))
                .isEqualTo("8 3 1\n");
    }

    @Test
    void dictUnpackingMergesInOrderAndLaterKeysWin() {
        assertThat(stdout("d = {'a': 1, 'b': 2}\nprint({**d, 'a': 3, **{'c': 4}}, {'a': 0, **d})\n"))
                .isEqualTo("{'a': 3, 'b': 2, 'c': 4} {'a': 1, 'b': 2}\n");
    }

    @Test
    void unpackingWhatIsNotIterableRaisesCPythonsMessage() {
        SimulationResult r = run("x = [*5]\n");
        assertThat(r.error().type()).isEqualTo("TypeError");
        assertThat(r.error().message()).isEqualTo("Value after * must be an iterable, not int");
        assertThat(run("x = {**[1]}\n").error().message()).isEqualTo("'list' object is not a mapping");
    }

    @Test
    void aBareStarredValueIsASyntaxErrorBeforeTheRun() {
        assertThat(run("a = [1]\nx = *a\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 2: can't use starred expression here");
    }

    @Test
    void matmulCallsTheUserMethodsAndNamesTheOperatorWhenMissing() {
        assertThat(stdout("class M:\n    def __matmul__(self, o):\n        return 'mm'\n    def __rmatmul__(self, o):\n"
                + "        return 'rmm'\nm = M()\nprint(m @ 1, 1 @ m)\nx = m\nx @= 2\nprint(x)\n")).isEqualTo("mm rmm\nmm\n");
        assertThat(run("1 @ 2\n").error().message()).isEqualTo("unsupported operand type(s) for @: 'int' and 'int'");
        assertThat(run("x = 1\nx @= 2\n").error().message()).isEqualTo("unsupported operand type(s) for @=: 'int' and 'int'");
    }

    @Test
    void typingAliasesAreCachedAndPrintLikeCPythons() {
        assertThat(stdout("import sys\nfrom typing import List, Optional\nclass N: pass\nb = sys.getrefcount(N)\n"
                + "x = Optional[N]\nprint(x, List[int], x is Optional[N], sys.getrefcount(N) - b)\n"))
                .isEqualTo("typing.Optional[__main__.N] typing.List[int] True 3\n");
    }

    @Test
    void isinstanceWithATypingFormAsksItsOriginAndASubscriptedOneRaisesAsCPython() {
        assertThat(stdout("from typing import List, Optional\nprint(isinstance([], List), isinstance(None, Optional[int]))\n"
                + "try:\n    isinstance([], List[int])\nexcept TypeError as e:\n    print(e)\n"))
                .isEqualTo("True True\nSubscripted generics cannot be used with class and instance checks\n");
        assertThat(run("from typing import ParamSpec\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 1: 'typing.ParamSpec' is not supported in the memory lab");
    }

    @Test
    void aDataclassGetsInitReprEqAndBecomesUnhashable() {
        assertThat(stdout("from dataclasses import dataclass, field\n@dataclass(order=True)\nclass P:\n    x: int\n"
                + "    tags: list = field(default_factory=list, compare=False)\n"
                + "print(P(1), P(1) == P(1, ['a']), P(1) < P(2), P.__hash__, hasattr(P, 'tags'))\n"))
                .isEqualTo("P(x=1, tags=[]) True True None False\n");
    }

    @Test
    void dataclassOptionsNotWrittenAsLiteralsAreRefusedByName() {
        assertThat(run("from dataclasses import dataclass\nf = True\n@dataclass(frozen=f)\nclass P:\n    x: int\n").diagnostics())
                .extracting(Diagnostic::message)
                .containsExactly("line 3: dataclass(frozen=...) is not supported in the memory lab");
        assertThat(run("from dataclasses import dataclass, field, InitVar\n@dataclass\nclass P:\n    x: InitVar[int] = field(default=1)\n")
                .diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 4: field() for an InitVar in a dataclass is not supported in the memory lab");
        assertThat(run("from dataclasses import dataclass\nclass B:\n    pass\n@dataclass(slots=True, weakref_slot=True)\nclass P(B):\n    x: int\n")
                .diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 4: dataclass(weakref_slot=True) on a class with bases is not supported in the memory lab");
        assertThat(run("from dataclasses import dataclass, asdict\n@dataclass\nclass P:\n    x: int\n"
                + "print(asdict(P(1), dict_factory=dict))\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 5: the keyword 'dict_factory' of dataclasses.asdict() is not supported in the memory lab");
    }

    @Test
    void aSlotsDataclassIsMadeAgainAndItsFirstClassIsGarbage() {
        assertThat(stdout("import gc, sys\nfrom dataclasses import dataclass\ngc.collect()\n@dataclass(slots=True)\nclass P:\n"
                + "    x: int\n    y: int = 0\nprint(gc.collect(), P.__slots__, sys.getsizeof(P(1)), hasattr(P(1), '__dict__'))\n"))
                .isEqualTo("5 ('x', 'y') 48 False\n");
    }

    @Test
    void aFrozenDataclassRaisesFrozenInstanceErrorAndHashesItsFields() {
        assertThat(stdout("from dataclasses import dataclass, FrozenInstanceError\n@dataclass(frozen=True)\nclass P:\n"
                + "    x: int\n    y: int = 0\np = P(1, 2)\ntry:\n    p.x = 3\nexcept FrozenInstanceError as e:\n"
                + "    print(type(e).__name__, e, isinstance(e, AttributeError))\nprint({p: 1}[P(1, 2)], hash(p) == hash((1, 2)))\n"))
                .isEqualTo("FrozenInstanceError cannot assign to field 'x' True\n1 True\n");
    }

    @Test
    void versionInfoComparesWithTuplesAndPrintsItsFields() {
        assertThat(stdout("import sys\nprint(sys.version_info, sys.version_info >= (3, 8), sys.version_info.minor)\n"))
                .isEqualTo("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0) True 11\n");
    }
}
