package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** copy.copy and copy.deepcopy of builtin iterators go through their reduce, as in CPython 3.11. */
class IteratorCopiesTest {

    @Test
    void aCopiedListIteratorIsANewIteratorAtTheSamePosition() {
        assertThat(EngineRuns.stdoutPatiently("import copy\nit = iter([1, 2, 3])\nnext(it)\nc = copy.copy(it)\n"
                + "print(c is it, next(c), next(it), list(c), list(it))\n")).isEqualTo("False 2 2 [3] [3]\n");
    }

    @Test
    void aDictIteratorCopiesAsAListIteratorOverWhatIsLeft() {
        assertThat(EngineRuns.stdoutPatiently("import copy\nd = {'a': 1, 'b': 2}\nit = iter(d)\nnext(it)\n"
                + "c = copy.copy(it)\nprint(type(c).__name__, list(c))\n")).isEqualTo("list_iterator ['b']\n");
    }

    @Test
    void aShallowCopyOfZipSharesItsInnerIteratorsAndADeepCopyDoesNot() {
        assertThat(EngineRuns.stdoutPatiently("import copy\na = iter([1, 2, 3])\nz = zip(a)\nc = copy.copy(z)\n"
                + "d = copy.deepcopy(z)\nprint(next(c), next(z), next(d))\n")).isEqualTo("(1,) (2,) (1,)\n");
    }

    @Test
    void aStrictZipStaysStrictInItsCopy() {
        SimulationResult r = EngineRuns.runPatiently("import copy\nz = copy.copy(zip([1, 2], [3], strict=True))\nprint(list(z))\n");
        assertThat(r.stdout()).isEmpty();
        assertThat(r.error().type()).isEqualTo("ValueError");
        assertThat(r.error().message()).isEqualTo("zip() argument 2 is shorter than argument 1");
    }
}
