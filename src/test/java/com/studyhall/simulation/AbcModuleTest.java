package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** abc: ABC and abstractmethod run; what ABCMeta offers beyond them is refused by name before the run. */
class AbcModuleTest {
    @Test
    void anAbstractClassCannotBeInstantiatedAndItsConcreteSubclassCan() {
        SimulationResult r = run("""
                from abc import ABC, abstractmethod
                class Shape(ABC):
                    @abstractmethod
                    def area(self): ...
                class Unit(Shape):
                    def area(self):
                        return 1
                try:
                    Shape()
                except TypeError as e:
                    print(e)
                print(Unit().area(), type(Shape))
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("Can't instantiate abstract class Shape with abstract method area\n"
                + "1 <class 'abc.ABCMeta'>\n");
    }

    @Test
    void abcMetaAndTheOtherAbcNamesAreRefusedBeforeTheFirstLineWhileRegisterRuns() {
        SimulationResult r = run("""
                from abc import ABC, ABCMeta
                import abc
                print("never printed")
                class A(ABC):
                    pass
                A.register(int)
                x = abc.abstractproperty
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(r.stdout()).isEmpty();
        // register() itself runs (CollectionsAbcTest): only the names the lab lacks are refused.
        assertThat(messages(r)).containsExactly(
                "line 1: 'abc.ABCMeta' is not supported in the memory lab",
                "line 7: 'abc.abstractproperty' is not supported in the memory lab");
    }

    @Test
    void aClassDerivingFromAbcAndListIsNotCheckedForAbstractMethodsAsInCPython() {
        SimulationResult r = run("""
                from abc import ABC, abstractmethod
                class Checked(ABC, list):
                    @abstractmethod
                    def check(self): ...
                print(Checked([1]))
                """);
        assertThat(r.stdout()).isEqualTo("[1]\n");
    }

    @Test
    void abstractMethodsAreReadBySortedLenAndInAndRefusedWhereTheFrozensetWouldBeSeen() {
        SimulationResult ok = run("""
                from abc import ABC, abstractmethod
                class Shape(ABC):
                    @abstractmethod
                    def area(self): ...
                class Square(Shape):
                    pass
                print(sorted(Square.__abstractmethods__), len(ABC.__abstractmethods__), "area" in Shape().__abstractmethods__ if False else 0)
                """);
        assertThat(ok.stdout()).isEqualTo("['area'] 0 0\n");
        SimulationResult r = run("""
                from abc import ABC
                import gc, sys
                class Shape(ABC):
                    pass
                print(sys.getrefcount(Shape.__abstractmethods__), len(Shape.__abstractmethods__))
                """);
        assertThat(messages(r)).containsExactly(
                "line 5: '__abstractmethods__' other than read by sorted(), len(), bool(), list(), set(), tuple() or 'in' is not supported in the memory lab",
                "line 5: '__abstractmethods__' in a program that imports gc (the class dict's frozenset is not an object in the lab) is not supported in the memory lab");
    }
}
