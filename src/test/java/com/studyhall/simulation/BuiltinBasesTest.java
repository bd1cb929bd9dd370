package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Classes deriving from list, dict, set, int, float, str and tuple; the bases the lab does not model are refused by name. */
class BuiltinBasesTest {
    @Test
    void listDictAndSetSubclassesRunWithTheirOwnAttributes() {
        SimulationResult r = run("""
                class Stack(list):
                    def push(self, x):
                        self.append(x)
                class Config(dict):
                    pass
                class Tags(set):
                    pass
                s = Stack()
                s.push(1)
                s.owner = "ann"
                c = Config(a=1)
                t = Tags([2])
                print(s, s.owner, c, t, isinstance(s, list), isinstance(c, dict), isinstance(t, set))
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("[1] ann {'a': 1} Tags({2}) True True True\n");
    }

    @Test
    void intStrFloatAndTupleSubclassInstancesHoldTheirValueAndOperationsGivePlainValues() {
        SimulationResult r = run("""
                import sys
                class Money(int):
                    def __new__(cls, cents, currency="EUR"):
                        obj = super().__new__(cls, cents)
                        obj.currency = currency
                        return obj
                class Upper(str):
                    pass
                class Point(tuple):
                    __slots__ = ()
                m = Money(250)
                u = Upper("ab")
                p = Point([1, 2])
                print(m + 1, type(m + 1).__name__, m.currency, sys.getsizeof(m), sys.getrefcount(m))
                print(u.upper(), type(u.upper()).__name__, type(u[:]).__name__, sys.getsizeof(u))
                print(p, type(p[:]).__name__, sys.getsizeof(p), {1: "one"}[Money(1)])
                """);
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("251 int EUR 44 2\nAB str str 115\n(1, 2) tuple 56 one\n");
    }

    @Test
    void intAndTupleSubclassesTakeNoWeakReferencesNorNonEmptySlots() {
        SimulationResult r = run("""
                import weakref
                class Money(int):
                    pass
                try:
                    weakref.ref(Money(1))
                except TypeError as e:
                    print(e)
                class Wide(tuple):
                    __slots__ = ("a",)
                """);
        assertThat(r.stdout()).isEqualTo("cannot create weak reference to 'Money' object\n");
        assertThat(r.error().lastStderrLine()).isEqualTo("TypeError: nonempty __slots__ not supported for subtype of 'tuple'");
    }

    @Test
    void theBasesTheLabDoesNotModelAreRefusedByNameBeforeTheFirstLine() {
        SimulationResult r = run("""
                print("never printed")
                class Name(bytes):
                    pass
                class Money(bytearray):
                    pass
                class Pair(frozenset):
                    pass
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(r.stdout()).isEmpty();
        assertThat(messages(r)).containsExactly(
                "line 2: a class deriving from the builtin type 'bytes' is not supported in the memory lab",
                "line 4: a class deriving from the builtin type 'bytearray' is not supported in the memory lab",
                "line 6: a class deriving from the builtin type 'frozenset' is not supported in the memory lab");
    }

    @Test
    void aBaseComputedAtRunTimeThatTheLabDoesNotModelEndsTheRunByName() {
        SimulationResult r = run("""
                bases = [frozenset]
                class Name(bases[0]):
                    pass
                """);
        assertThat(r.error().lastStderrLine())
                .isEqualTo("TypeError: subclassing the builtin type 'frozenset' is not supported in the memory lab");
    }

    @Test
    void copyingAnInstanceWithABuiltinPartRefillsItThroughItsOwnAppendWithoutInit() {
        SimulationResult r = run("""
                import copy
                class Stack(list):
                    def __init__(self, items):
                        print("init")
                        list.__init__(self, items)
                    def append(self, item):
                        print("append", item)
                        list.append(self, item)
                s = Stack([1, 2])
                c = copy.copy(s)
                print(type(c).__name__, c)
                """);
        assertThat(r.stdout()).isEqualTo("init\nappend 1\nappend 2\nStack [1, 2]\n");
    }

    @Test
    void fromkeysIsRefusedBeforeTheFirstLineInAProgramWithADictSubclass() {
        SimulationResult r = run("""
                print("never printed")
                class Config(dict):
                    pass
                class Layered(Config):
                    pass
                print(dict.fromkeys("ab"))
                Layered.fromkeys("ab")
                Config().fromkeys("ab")
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(r.stdout()).isEmpty();
        assertThat(messages(r)).containsExactly(
                "line 7: fromkeys in a program with a class deriving from dict is not supported in the memory lab",
                "line 8: fromkeys in a program with a class deriving from dict is not supported in the memory lab");
    }
}
