package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The eleventh real-programs hunt (issue 12): each engine fix it needed, proved on its own. */
class HuntElevenTest {
    /** weakref_hash: the referent's hash, cached past its death; a dead ref never hashed is a TypeError. */
    @Test
    void hashingAWeakReferenceHashesItsReferentOnceAndKeepsTheHash() {
        SimulationResult r = runPatiently("import weakref\n"
                + "class C:\n"
                + "    def __hash__(self):\n"
                + "        return 7\n"
                + "    def __eq__(self, other):\n"
                + "        return True\n"
                + "c = C()\n"
                + "r = weakref.ref(c)\n"
                + "print(hash(r), hash(r))\n"
                + "del c\n"
                + "print(hash(r))\n"
                + "d = C()\n"
                + "s = weakref.ref(d)\n"
                + "del d\n"
                + "try:\n"
                + "    hash(s)\n"
                + "except TypeError as e:\n"
                + "    print(e)\n"
                + "class P:\n"
                + "    pass\n"
                + "try:\n"
                + "    hash(weakref.ref(P()))\n"
                + "except TypeError as e:\n"
                + "    print(e)\n");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("7 7\n"
                + "7\n"
                + "weak object has gone away\n"
                + "weak object has gone away\n");
    }

    /** weakref_richcompare: the referents' == or != (held meanwhile) while both live, identity once one is dead. */
    @Test
    void weakReferencesCompareTheirReferentsWithTheirOwnEqualityOperators() {
        SimulationResult r = runPatiently("import sys, weakref\n"
                + "class C:\n"
                + "    def __eq__(self, other):\n"
                + "        print(\"eq\", sys.getrefcount(self))\n"
                + "        return False\n"
                + "    def __ne__(self, other):\n"
                + "        print(\"ne\", sys.getrefcount(self))\n"
                + "        return False\n"
                + "c = C()\n"
                + "r1, r2 = weakref.ref(c, lambda r: None), weakref.ref(c, lambda r: None)\n"
                + "print(r1 == r2, r1 != r2)\n"
                + "del c\n"
                + "print(r1 == r2, r1 != r2, r1 == r1, r1 != r1)\n");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("eq 6\n"
                + "ne 6\n"
                + "False False\n"
                + "False True True False\n");
    }

    /** WeakMethod.__eq__/__ne__ as Lib/weakref.py has them, with the tuples ref.__eq__'s call packs and WeakMethod's construction makes. */
    @Test
    void weakMethodsCompareObjectAndFunctionAndCountTheSlotWrapperTuples() {
        SimulationResult r = runPatiently("import gc, weakref\n"
                + "class C:\n"
                + "    def m(self): pass\n"
                + "    def n(self): pass\n"
                + "c = C()\n"
                + "a, b, other = weakref.WeakMethod(c.m), weakref.WeakMethod(c.m), weakref.WeakMethod(c.n)\n"
                + "print(a == b, a != b, a == other, a != other, a == weakref.ref(c), weakref.ref(c) != a)\n"
                + "gc.collect()\n"
                + "base = gc.get_count()[0]\n"
                + "x = a == b\n"
                + "y = a != b\n"
                + "print(gc.get_count()[0] - base)\n"
                + "gc.collect()\n"
                + "base = gc.get_count()[0]\n"
                + "e = weakref.WeakMethod(c.m)\n"
                + "print(gc.get_count()[0] - base)\n"
                + "del c\n"
                + "print(a == b, a != b, a == a)\n");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("True False False True True False\n"
                + "3\n"
                + "11\n"
                + "False True True\n");
    }

    /** proxy_index: a proxy indexes, slices and counts as its referent does; otherwise the referent's TypeError. */
    @Test
    void aWeakProxyIsAnIndexWhenItsReferentIsOne() {
        SimulationResult r = runPatiently("import weakref\n"
                + "class Five:\n"
                + "    def __index__(self):\n"
                + "        return 5\n"
                + "class Plain:\n"
                + "    pass\n"
                + "f, pl = Five(), Plain()\n"
                + "p, q = weakref.proxy(f), weakref.proxy(pl)\n"
                + "print(\"abcdefgh\"[p], list(range(p)), [0, 1, 2, 3, 4, 5, 6][1:p], bin(p))\n"
                + "try:\n"
                + "    [1, 2][q]\n"
                + "except TypeError as e:\n"
                + "    print(e)\n"
                + "try:\n"
                + "    range(q)\n"
                + "except TypeError as e:\n"
                + "    print(e)\n"
                + "del f\n"
                + "try:\n"
                + "    \"abc\"[p]\n"
                + "except ReferenceError as e:\n"
                + "    print(e)\n");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("f [0, 1, 2, 3, 4] [1, 2, 3, 4] 0b101\n"
                + "'Plain' object cannot be interpreted as an integer\n"
                + "'Plain' object cannot be interpreted as an integer\n"
                + "weakly-referenced object no longer exists\n");
    }

    /** A WeakValueDictionary's KeyError holds the key itself, as its data dict's does. */
    @Test
    void aWeakValueDictionarysKeyErrorCarriesTheKey() {
        SimulationResult r = runPatiently("import weakref\n"
                + "class K:\n"
                + "    pass\n"
                + "d = weakref.WeakValueDictionary()\n"
                + "k = K()\n"
                + "d[\"here\"] = k\n"
                + "for key in (1, \"x\", (1, 2)):\n"
                + "    try:\n"
                + "        d[key]\n"
                + "    except KeyError as e:\n"
                + "        print(repr(e), e.args[0] == key)\n"
                + "try:\n"
                + "    d.pop(3)\n"
                + "except KeyError as e:\n"
                + "    print(repr(e))\n"
                + "try:\n"
                + "    del d[4]\n"
                + "except KeyError as e:\n"
                + "    print(repr(e))\n"
                + "print(d.pop(5, \"default\"))\n");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("KeyError(1) True\n"
                + "KeyError('x') True\n"
                + "KeyError((1, 2)) True\n"
                + "KeyError(3)\n"
                + "KeyError(4)\n"
                + "default\n");
    }
}
