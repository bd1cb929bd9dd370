package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Classes deriving from list, dict and set; the bases the lab does not model are refused by name. */
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
    void theBasesTheLabDoesNotModelAreRefusedByNameBeforeTheFirstLine() {
        SimulationResult r = run("""
                print("never printed")
                class Name(str):
                    pass
                class Money(int):
                    pass
                class Pair(tuple):
                    pass
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(r.stdout()).isEmpty();
        assertThat(messages(r)).containsExactly(
                "line 2: a class deriving from the builtin type 'str' is not supported in the memory lab",
                "line 4: a class deriving from the builtin type 'int' is not supported in the memory lab",
                "line 6: a class deriving from the builtin type 'tuple' is not supported in the memory lab");
    }

    @Test
    void aBaseComputedAtRunTimeThatTheLabDoesNotModelEndsTheRunByName() {
        SimulationResult r = run("""
                bases = [str]
                class Name(bases[0]):
                    pass
                """);
        assertThat(r.error().lastStderrLine())
                .isEqualTo("TypeError: subclassing the builtin type 'str' is not supported in the memory lab");
    }

    @Test
    void copyingAnInstanceWithABuiltinPartIsRefusedByNameRatherThanCopiedHalfWay() {
        SimulationResult r = run("""
                import copy
                class Stack(list):
                    pass
                copy.copy(Stack([1]))
                """);
        assertThat(r.error().lastStderrLine()).isEqualTo(
                "TypeError: copying an instance of a class deriving from 'list' is not supported in the memory lab");
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
