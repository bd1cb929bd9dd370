package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The seventeenth real-programs hunt (issue 12, tutorial chapters, data-model articles, puzzles): each engine fix it needed, proved on its own. */
class HuntSeventeenTest {

    /** The tutorial's f.__annotations__ (it was refused as a special attribute). */
    @Nested
    class FunctionAnnotations {
        @Test
        void aFunctionsAnnotationsAreADictOfItsParametersAndReturn() {
            // CPython 3.11.7, the tutorial's "Function Annotations" example.
            SimulationResult r = runPatiently("def f(ham: str, eggs: str = 'eggs') -> str:\n"
                    + "    print('Annotations:', f.__annotations__)\n"
                    + "    return ham + ' and ' + eggs\n"
                    + "print(f('spam'))\n"
                    + "f = lambda: 0\n"
                    + "print(f.__annotations__)\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("Annotations: {'ham': <class 'str'>, 'eggs': <class 'str'>, 'return': <class 'str'>}\n"
                    + "spam and eggs\n{}\n");
        }

        @Test
        void boundMethodsStaticMethodsAndInstancesReachTheirOwners() {
            SimulationResult r = runPatiently("class A:\n"
                    + "    x: int\n"
                    + "    def m(self, a: int) -> str: pass\n"
                    + "class N: pass\n"
                    + "def g(b: float): pass\n"
                    + "a = A(); n = N(); m = a.m; s = staticmethod(g)\n"
                    + "print(m.__annotations__, a.__annotations__, s.__annotations__ is g.__annotations__)\n"
                    + "try:\n    n.__annotations__\nexcept AttributeError as e:\n    print(e)\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("{'a': <class 'int'>, 'return': <class 'str'>} {'x': <class 'int'>} True\n"
                    + "'N' object has no attribute '__annotations__'\n");
        }

        @Test
        void modulesBuiltinsAndClassesOverBuiltinBasesAreStillRefused() {
            SimulationResult r = runPatiently("import math\n"
                    + "class D(dict):\n    x: int\n"
                    + "print(math.__annotations__)\n"
                    + "print(D.__annotations__)\n"
                    + "print(len.__annotations__)\n");
            assertThat(EngineRuns.messages(r)).hasSize(3).allSatisfy(m -> assertThat(m).contains("'__annotations__'"));
        }
    }

    /** A number's slot wrapper takes only its own kind: (1).__add__(2.0) is NotImplemented (the lab said 3.0). */
    @Test
    void numbersSlotWrappersReturnNotImplementedForOtherKinds() {
        // CPython 3.11.7
        SimulationResult r = runPatiently("print((1).__add__(2.0), (1).__eq__(1.0), (1).__pow__(2.0), (5).__rsub__(2.0), int.__mul__(2, 1.5))\n"
                + "print((1.0).__add__(2), (2.0).__rsub__(5), (1j).__add__(1), (1j).__radd__(2.5), (1.5).__add__(1j), (1j).__lt__(2j))\n"
                + "print(True.__add__(1), frozenset({1}).__or__({2}), frozenset({1}).__or__([2]), len(dir(1j)), len(dir(b'')))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented\n"
                + "3.0 3.0 (1+1j) (2.5+1j) NotImplemented NotImplemented\n"
                + "2 frozenset({1, 2}) NotImplemented 43 77\n");
    }

    /** string.capwords was refused by name: Lib/string.py's split, map of str.capitalize and join. */
    @Test
    void capwordsSplitsCapitalizesAndJoins() {
        // CPython 3.11.7, gc counts after gc.collect() included.
        SimulationResult r = runPatiently("import string, gc\n"
                + "print(string.capwords('the quick  brown fox'), string.capwords('a-b c-d', '-'), repr(string.capwords('')))\n"
                + "gc.collect()\n"
                + "t = string.capwords('one two three')\n"
                + "print(gc.get_count(), t, string.capwords(s='ab cd', sep=None))\n"
                + "try:\n    string.capwords(5)\nexcept AttributeError as e:\n    print(e)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("The Quick Brown Fox A-B c-D ''\n(3, 0, 0) One Two Three Ab Cd\n'int' object has no attribute 'split'\n");
    }

    /** float_pow's ERANGE: 2.0 ** 10000 is OverflowError(34, 'Numerical result out of range'); the lab gave inf. */
    @Test
    void aFloatPowerTooLargeOverflows() {
        // CPython 3.11.7 (the tutorial's floating-point chapter, a learner's compound interest loop).
        SimulationResult r = runPatiently("for expr in (lambda: 2.0 ** 10000, lambda: pow(10, 400.0), lambda: (-10.0) ** 401, lambda: 1e308 * 10):\n"
                + "    try:\n        print(expr())\n    except OverflowError as e:\n        print(repr(e), e.args[1])\n"
                + "x = 1.5\nx **= 2000\n");
        assertThat(r.stdout()).isEqualTo(("OverflowError(34, 'Numerical result out of range') Numerical result out of range\n").repeat(3) + "inf\n");
        assertThat(r.error().lastStderrLine()).isEqualTo("OverflowError: (34, 'Numerical result out of range')");
    }

    /** type.__sizeof__ counts ht_cached_keys only for a managed dict: a __slots__ class or an exception class is 920 (the lab said 1688). */
    @Test
    void aClassWithoutSharedKeysIsTheBareHeapType() {
        // CPython 3.11.7
        SimulationResult r = runPatiently("import sys\n"
                + "class P: pass\n"
                + "class S:\n    __slots__ = ('x', 'y')\n"
                + "class A(P):\n    __slots__ = ('z',)\n"
                + "class E(Exception): pass\n"
                + "class I(int): pass\n"
                + "class L(list): pass\n"
                + "print([sys.getsizeof(c) for c in (P, S, A, E, I, L)])\n");
        assertThat(r.stdout()).isEqualTo("[1688, 920, 1688, 920, 920, 1688]\n");
    }

    /** A comprehension in a class body (Fluent Python's FrenchDeck.ranks) was refused; its names skip the class scope but for the first iterable. */
    @Test
    void comprehensionsInAClassBodyRunInTheirOwnScope() {
        // CPython 3.11.7
        SimulationResult r = runPatiently("x = 'global'\n"
                + "class Deck:\n"
                + "    ranks = [str(n) for n in range(2, 5)] + list('JQ')\n"
                + "    x = 'class'\n"
                + "    seen = [x for _ in range(1)]\n"
                + "    upper = {s: s.upper() for s in ranks}\n"
                + "    funcs = [lambda: 0 for _ in range(1)]\n"
                + "print(Deck.ranks, Deck.seen, Deck.upper['J'], Deck.funcs[0].__qualname__)\n"
                + "try:\n    class Bad:\n        xs = [1]\n        ys = [a + b for a in xs for b in xs]\n"
                + "except NameError as e:\n    print(e)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("['2', '3', '4', 'J', 'Q'] ['global'] J Deck.<listcomp>.<lambda>\nname 'xs' is not defined\n");
    }

    /** compiler_set_qualname: a function made in a comprehension is not under "<locals>" (the lab said <listcomp>.<locals>.<lambda>). */
    @Test
    void functionsMadeInAComprehensionAreNotItsLocals() {
        SimulationResult r = runPatiently("print([lambda: 0 for i in range(1)][0].__qualname__)\n"
                + "def f():\n    return next(lambda: 0 for i in range(1)).__qualname__\n"
                + "print(f())\n");
        assertThat(r.stdout()).isEqualTo("<listcomp>.<lambda>\nf.<locals>.<genexpr>.<lambda>\n");
    }

    /** random.shuffle of a sequence other than a list (the FrenchDeck with __setitem__ patched in, a deque) stopped with a TypeError of the lab's. */
    @Test
    void shuffleSwapsThroughTheSequencesOwnMethods() {
        // CPython 3.11.7
        SimulationResult r = runPatiently("import random\n"
                + "from collections import deque\n"
                + "class Loud:\n"
                + "    def __init__(self, items): self.items = list(items)\n"
                + "    def __len__(self): return len(self.items)\n"
                + "    def __getitem__(self, i):\n        print('get', i)\n        return self.items[i]\n"
                + "def put(self, i, v):\n    print('set', i, v)\n    self.items[i] = v\n"
                + "Loud.__setitem__ = put\n"
                + "random.seed(3)\n"
                + "random.shuffle(Loud('abc'))\n"
                + "d = deque(range(6)); random.shuffle(d); print(d)\n"
                + "try:\n    random.shuffle((1, 2, 3))\nexcept TypeError as e:\n    print(e)\n"
                + "print(random.random())\n");
        assertThat(r.stdout()).isEqualTo("get 0\nget 2\nset 2 a\nset 0 c\nget 0\nget 1\nset 1 c\nset 0 b\n"
                + "deque([1, 0, 5, 3, 4, 2])\n'tuple' object does not support item assignment\n0.013167991554874137\n");
    }
}
