package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** random.Random: a program's own generators draw CPython's numbers; what the lab leaves out is refused by name. */
class RandomGeneratorsTest {
    @Test
    void aGeneratorOfItsOwnDrawsWhatTheModuleDrawsForTheSameSeed() {
        SimulationResult r = run("""
                import random
                import sys
                rng = random.Random(42)
                random.seed(42)
                print(rng.random() == random.random(), rng.randint(1, 6) == random.randint(1, 6))
                print(rng.random(), sys.getsizeof(rng), sys.getrefcount(rng), type(rng))
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("True True\n0.7415504997598329 2560 2 <class 'random.Random'>\n");
    }

    @Test
    void aNegativeFloatSeedWrapsItsHashAsCPythonsSizeTCastDoes() {
        SimulationResult r = run("""
                import random
                random.seed(-2.5)
                print(random.random(), random.Random(-2.5).random())
                """);
        assertThat(r.stdout()).isEqualTo("0.4779490710306722 0.4779490710306722\n");
    }

    @Test
    void theInstanceDictTheCollectorAndCopyingAreRefusedBeforeTheFirstLine() {
        SimulationResult r = run("""
                import random, gc, copy
                print("never printed")
                rng = random.Random(1)
                rng.label = "dice"
                print(vars(rng), rng.gauss_next, rng.paretovariate(1.5))
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(r.stdout()).isEmpty();
        assertThat(messages(r)).containsExactly(
                "line 3: random.Random in a program that imports gc (the Python code of Random.__init__ and seed makes temporaries the collector's counts would show) is not supported in the memory lab",
                "line 3: random.Random in a program that imports copy (a generator is copied through __reduce__, which the lab does not model) is not supported in the memory lab",
                "line 4: 'rng.label' on a random.Random object (the lab models its methods, not its instance dict) is not supported in the memory lab",
                "line 5: vars() of a random.Random object (the lab models its methods, not its instance dict) is not supported in the memory lab",
                "line 5: 'rng.gauss_next' on a random.Random object (the lab models its methods, not its instance dict) is not supported in the memory lab",
                "line 5: the attribute or method 'gauss_next' is not supported in the memory lab",
                "line 5: 'rng.paretovariate' on a random.Random object (the lab models its methods, not its instance dict) is not supported in the memory lab",
                "line 5: the attribute or method 'paretovariate' is not supported in the memory lab");
    }

    @Test
    void aClassDerivingFromRandomIsRefused() {
        SimulationResult r = run("""
                import random
                class Loaded(random.Random):
                    pass
                """);
        assertThat(messages(r)).containsExactly("line 2: a class deriving from 'random.Random' is not supported in the memory lab");
    }
}
