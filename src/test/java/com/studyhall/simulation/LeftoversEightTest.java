package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static com.studyhall.simulation.EngineRuns.stdoutPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Leftover refusals turned into support, part 8 (issue 12): what runs exactly and what stays refused up front. */
class LeftoversEightTest {
    private static final String TYPING = "import sys\nfrom typing import Dict, Generic, List, Optional, Tuple, TypeVar\n"
            + "T = TypeVar('T')\nclass Node: pass\n";

    @Nested
    class AliasesSubscriptedTwice {
        @Test
        void aTypingAliasWithATypeVariableIsSubscriptedIntoANewCachedAlias() {
            assertThat(stdoutPatiently(TYPING + "Pair = List[T]\na = Pair[Node]\n"
                    + "print(a, a.__args__, a.__parameters__, a is Pair[Node], a is List[Node], a == List[Node])\n"
                    + "print(sys.getrefcount(Node), sys.getrefcount(Pair))\n"))
                    .isEqualTo("typing.List[__main__.Node] (<class '__main__.Node'>,) () True False True\n9 4\n");
        }

        @Test
        void theSubstitutionReachesIntoNestedAliasesOfTypingAndOfTheProgramsClasses() {
            assertThat(stdoutPatiently(TYPING + "class Stack(Generic[T]): pass\n"
                    + "print(Dict[str, List[T]][Node], Tuple[T, ...][int].__args__, Stack[List[T]][Node].__args__)\n"))
                    .isEqualTo("typing.Dict[str, typing.List[__main__.Node]] (<class 'int'>, Ellipsis) (typing.List[__main__.Node],)\n");
        }

        @Test
        void aUnionsCopyIsTheCachedUnion() {
            assertThat(stdoutPatiently(TYPING + "print(Optional[T][int] is Optional[int], Optional[T][int])\n"))
                    .isEqualTo("True typing.Optional[int]\n");
        }

        @Test
        void anAliasWithoutTypeVariablesIsNotGeneric() {
            assertThat(runPatiently(TYPING + "List[int][str]\n").error().lastStderrLine())
                    .isEqualTo("TypeError: typing.List[int] is not a generic class");
            assertThat(runPatiently(TYPING + "Generic[T][int]\n").error().lastStderrLine())
                    .isEqualTo("TypeError: Cannot subscript already-subscripted typing.Generic[~T]");
        }
    }

    @Nested
    class SingleDispatchUnions {
        private static final String F = "from functools import singledispatch\nfrom typing import List, Optional, Union\n"
                + "@singledispatch\ndef f(x):\n    return 'other'\n";

        @Test
        void aTypingUnionRegistersEachOfItsClassesByAnnotationAndByArgument() {
            assertThat(stdoutPatiently(F + "@f.register\ndef _(x: Optional[int]):\n    return 'int or None'\n"
                    + "f.register(Union[str, bytes], lambda x: 'text')\n"
                    + "print(f(1), f(None), f('a'), f(b'b'), f(2.5), sorted(c.__name__ for c in f.registry))\n"))
                    .isEqualTo("int or None int or None text text other ['NoneType', 'bytes', 'int', 'object', 'str']\n");
        }

        @Test
        void aUnionWithAMemberThatIsNoClassIsCPythonsTypeError() {
            assertThat(runPatiently(F + "@f.register\ndef _(x: Union[int, List[int]]):\n    pass\n").error().lastStderrLine())
                    .isEqualTo("TypeError: Invalid annotation for 'x'. typing.Union[int, typing.List[int]] not all arguments are classes.");
        }
    }

    @Nested
    class IteratorCopies {
        @Test
        void aDequeIteratorsCopyStartsWhereTheOriginalIsAndTheExhaustedIteratorKeepsItsDeque() {
            assertThat(stdoutPatiently("import copy, gc, sys, collections\nd = collections.deque('abcd')\nit = iter(d)\nnext(it)\n"
                    + "gc.collect()\nc = copy.copy(it)\nprint(gc.get_count())\nprint(list(it), list(c), sys.getrefcount(d))\n"))
                    .isEqualTo("(5, 0, 0)\n['b', 'c', 'd'] ['b', 'c', 'd'] 4\n");
        }

        @Test
        void countAndCycleCopiesAreIndependentAndChainCopiesShareTheirIterators() {
            assertThat(stdoutPatiently("import copy, itertools\nn = itertools.count(5)\nnext(n)\nm = copy.copy(n)\n"
                    + "cy = itertools.cycle('ab')\nnext(cy)\ncc = copy.deepcopy(cy)\n"
                    + "ch = itertools.chain([1, 2], [3])\nc2 = copy.copy(ch)\n"
                    + "print(next(n), next(m), next(cy), next(cc), next(ch), next(c2), list(ch))\n"))
                    .isEqualTo("6 6 b b 1 3 [2]\n");
        }

        @Test
        void combinatoricIteratorsAreCopiedAtTheirIndices() {
            assertThat(stdoutPatiently("import copy, itertools\np = itertools.permutations('abc', 2)\nnext(p)\nnext(p)\n"
                    + "q = copy.copy(p)\nprint(list(p) == list(q), next(copy.deepcopy(itertools.product('ab', repeat=2))))\n"))
                    .isEqualTo("True ('a', 'a')\n");
        }

        @Test
        void aCopiedGroupBecomesItsGroupbysCurrentGroup() {
            assertThat(stdoutPatiently("import copy, itertools\ng = itertools.groupby('aaab')\nk, grp = next(g)\nnext(grp)\n"
                    + "c = copy.copy(grp)\nprint(list(grp), list(c), [key for key, _ in g])\n"))
                    .isEqualTo("[] ['a', 'a'] ['b']\n");
        }

        @Test
        void aTeesDeepCopyReadsFromACopyOfItsSource() {
            assertThat(stdoutPatiently("import copy, itertools\na, b = itertools.tee(iter([1, 2, 3]))\nnext(a)\n"
                    + "c = copy.deepcopy(a)\nprint(list(c), list(a), list(b))\n"))
                    .isEqualTo("[2, 3] [2, 3] [1, 2, 3]\n");
        }

        @Test
        void pairwiseCannotBeCopied() {
            assertThat(runPatiently("import copy, itertools\ncopy.copy(itertools.pairwise([1, 2]))\n").error().lastStderrLine())
                    .isEqualTo("TypeError: cannot pickle 'itertools.pairwise' object");
        }
    }

    @Nested
    class WeakReferencesAsKeys {
        private static final String CLASSES = "import sys, weakref\nclass Node: pass\n"
                + "class P:\n    def __init__(self, x):\n        self.x = x\n"
                + "    def __eq__(self, other):\n        print('eq', sys.getrefcount(self), sys.getrefcount(other))\n"
                + "        return self.x == other.x\n    def __hash__(self):\n        return hash(self.x)\n";

        @Test
        void twoReferencesWithCallbacksToOneObjectAreOneKey() {
            assertThat(stdoutPatiently(CLASSES + "a = Node()\nr1 = weakref.ref(a, id)\nr2 = weakref.ref(a, id)\n"
                    + "print(r1 is r2, len({r1, r2}), {r1: 'found'}[r2])\n"))
                    .isEqualTo("False 1 found\n");
        }

        @Test
        void referencesToEqualReferentsAreOneKeyThroughTheStoredReferentsEq() {
            assertThat(stdoutPatiently(CLASSES + "p, q = P(1), P(1)\nprint({weakref.ref(p): 'p'}[weakref.ref(q)])\n"))
                    .isEqualTo("eq 4 4\np\n");
        }

        @Test
        void aDeadReferenceEqualsOnlyItself() {
            assertThat(stdoutPatiently(CLASSES + "a = Node()\nr1 = weakref.ref(a, id)\nr2 = weakref.ref(a, id)\nd = {r1: 1}\n"
                    + "h = hash(r2)\ndel a\nprint(d.get(r2), d.get(r1), r1 == r2)\n"))
                    .isEqualTo("None 1 False\n");
        }
    }

    @Nested
    class IndexReturningABool {
        private static final String FLAG = "import operator\nclass Flag:\n    def __index__(self):\n        return 1 == 1\nf = Flag()\n";

        @Test
        void theValueIsUsedAndCPythonsDeprecationWarningIsShownOncePerLine() {
            SimulationResult r = runPatiently(FLAG + "for _ in range(2):\n    print(operator.index(f), [10, 20][f])\n");
            assertThat(r.stdout()).isEqualTo("1 20\n1 20\n");
            assertThat(r.stderr()).isEqualTo("main.py:7: DeprecationWarning: __index__ returned non-int (type bool).  The ability to return "
                    + "an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.\n"
                    + "  print(operator.index(f), [10, 20][f])\n");
        }

        @Test
        void inAStatementSpanningLinesTheWarningNamesTheLineWhereTheSubscriptStarts() {
            SimulationResult r = runPatiently(FLAG + "print(\n    'x',\n    [10, 20][\n        f],\n)\n");
            assertThat(r.stderr()).startsWith("main.py:8: DeprecationWarning: __index__ returned non-int (type bool).")
                    .endsWith("\n  [10, 20][\n");
        }

        @Test
        void anIntSubclassesInstanceFromIntIsCopiedToAnExactInt() {
            SimulationResult r = runPatiently("class L(int): pass\nclass V:\n    def __int__(self):\n        return L(7)\n"
                    + "print(int(V()), type(int(V())).__name__)\n");
            assertThat(r.stdout()).isEqualTo("7 int\n");
            assertThat(r.stderr()).contains("__int__ returned non-int (type L)");
        }

        @Test
        void observingTheCollectorBesideABoolFromIndexIsRefusedUpFront() {
            assertThat(EngineRuns.messages(runPatiently("import gc\n" + FLAG + "print(gc.get_count())\n"))).containsExactly(
                    "line 7: observing the collector (gc's counts and collections, __del__, weakref) in a program that returns a bool "
                    + "from __index__ or __int__ (CPython's DeprecationWarning makes objects the lab does not count) is not supported in the memory lab");
        }
    }
}
