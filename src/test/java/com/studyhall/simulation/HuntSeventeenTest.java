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
}
