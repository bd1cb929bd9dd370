package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Classes deriving from a namedtuple class run; what the lab does not model of them is refused before the run. */
class NamedTupleSubclassesTest {
    @Test
    void replaceAndMakeReturnTheSubclassAndReprNamesIt() {
        SimulationResult r = run("""
                from collections import namedtuple
                class Pt(namedtuple('Point', 'x y')):
                    __slots__ = ()
                    def moved(self, dx):
                        return self._replace(x=self.x + dx)
                p = Pt(1, y=2).moved(3)
                print(p, type(p).__name__, Pt._make([5, 6]), isinstance(p, tuple))
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("Pt(x=4, y=2) Pt Pt(x=5, y=6) True\n");
    }

    @Test
    void newSuperAndDerivingFromTheSubclassAreRefusedBeforeTheRun() {
        SimulationResult r = run("""
                print("never printed")
                from collections import namedtuple
                class P(namedtuple('P', 'x y')):
                    def __new__(cls, x, y):
                        return super().__new__(cls, x, y)
                class Q(P):
                    pass
                class R(namedtuple('R', 'a'), dict):
                    pass
                print(R.a)
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(r.stdout()).isEmpty();
        assertThat(messages(r)).containsExactly(
                "line 4: __new__ in a class deriving from a namedtuple class is not supported in the memory lab",
                "line 5: super() in a class deriving from a namedtuple class is not supported in the memory lab",
                "line 6: a class deriving from a namedtuple's subclass is not supported in the memory lab",
                "line 8: a class deriving from a namedtuple class and other bases or keywords is not supported in the memory lab",
                "line 10: a namedtuple field read through a class deriving from it is not supported in the memory lab");
    }

    @Test
    void typingNamedTupleClassesAreNamedtupleClassesWithTheBodysMethods() {
        SimulationResult r = run("""
                from typing import NamedTuple
                class Pt(NamedTuple):
                    x: int
                    y: int = 0
                    def norm(self):
                        return self.x + self.y
                Pair = NamedTuple('Pair', [('a', int), ('b', str)])
                p = Pt(3)
                print(p, p.norm(), Pt._fields, Pt._field_defaults, Pt.__mro__, Pt.__doc__, Pair(1, 'z'))
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("Pt(x=3, y=0) 3 ('x', 'y') {'y': 0} (<class '__main__.Pt'>, <class 'tuple'>, "
                + "<class 'object'>) Pt(x, y) Pair(a=1, b='z')\n");
    }

    @Test
    void aTypingNamedTuplesFieldThroughTheClassSuperAndDerivingFromItAreRefused() {
        SimulationResult r = run("""
                print("never printed")
                import typing
                class Pt(typing.NamedTuple):
                    x: int
                    def up(self):
                        return super().__repr__()
                class Q(Pt):
                    pass
                print(Pt.x)
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(messages(r)).containsExactly(
                "line 6: super() in a class deriving from a namedtuple class is not supported in the memory lab",
                "line 7: a class deriving from a namedtuple's subclass is not supported in the memory lab",
                "line 9: a namedtuple field read through a class deriving from it is not supported in the memory lab");
    }
}
