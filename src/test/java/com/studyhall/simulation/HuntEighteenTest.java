package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The eighteenth real-programs hunt (issue 12, CS1/CS2 labs, classic errors, typed code, memory lessons): each fix on its own. */
class HuntEighteenTest {

    @Test
    void stopIterationLeavingAGeneratorIsTheRuntimeErrorsCause() {
        // CPython 3.11.7: StopIteration True True
        SimulationResult r = runPatiently("def g():\n    yield next(iter([]))\n"
                + "try:\n    list(g())\nexcept RuntimeError as e:\n"
                + "    print(type(e.__cause__).__name__, e.__context__ is e.__cause__, e.__suppress_context__)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("StopIteration True True\n");
    }

    @Test
    void builtinFunctionsAndTypesWordTheirArgumentCountErrorsAsCPython() {
        SimulationResult r = runPatiently("for f in (lambda: divmod(7), lambda: getattr(1), lambda: hasattr(1), lambda: next(),\n"
                + "          lambda: list(1, 2), lambda: float(1, 2), lambda: bool(1, 2), lambda: any(), lambda: input(1, 2),\n"
                + "          lambda: zip(x=1), lambda: print(x=1)):\n"
                + "    try:\n        f()\n    except TypeError as e:\n        print(e)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("""
                divmod expected 2 arguments, got 1
                getattr expected at least 2 arguments, got 1
                hasattr expected 2 arguments, got 1
                next expected at least 1 argument, got 0
                list expected at most 1 argument, got 2
                float expected at most 1 argument, got 2
                bool expected at most 1 argument, got 2
                any() takes exactly one argument (0 given)
                input expected at most 1 argument, got 2
                'x' is an invalid keyword argument for zip()
                'x' is an invalid keyword argument for print()
                """);
    }

    @Test
    void expovariateAndNormalvariateDrawAsRandomPyDoes() {
        // CPython 3.11.7 after random.seed(3)
        SimulationResult r = runPatiently("import random\nrandom.seed(3)\n"
                + "print(random.expovariate(0.5), random.normalvariate(10, 2), random.Random(11).expovariate(lambd=1.5))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("0.5435246064673367 10.24086052359671 0.40144856526476663\n");
    }

    @Test
    void aPlainDefsAnnotationsAreReadAsFuncGetAnnotationsMakesThem() {
        // CPython 3.11.7: {'w': <class 'float'>, 'h': 'cm', 'return': list[float]} {} True
        SimulationResult r = runPatiently("def area(w: float, h: 'cm' = 1.0) -> list[float]:\n    return [w * h]\n"
                + "def plain(a):\n    pass\n"
                + "print(area.__annotations__, plain.__annotations__, area.__annotations__ is area.__annotations__)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("{'w': <class 'float'>, 'h': 'cm', 'return': list[float]} {} True\n");
    }

    @Test
    void annotationsOfADecoratedOrReboundNameAreTheWrappersCopy() {
        // CPython 3.11.7: functools.wraps copies __annotations__ onto the wrapper.
        SimulationResult r = runPatiently("import functools\n"
                + "def deco(f):\n    @functools.wraps(f)\n    def w(*a):\n        return f(*a)\n    return w\n"
                + "@deco\ndef f(x: int):\n    pass\n"
                + "def g(y: int):\n    pass\n"
                + "g = deco(g)\n"
                + "print(f.__annotations__, g.__annotations__)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("{'x': <class 'int'>} {'y': <class 'int'>}\n");
    }

    @Test
    void anOperatorMethodRaisingInsideAnotherOperatorLeavesTheCallersOperandsCounted() {
        // `2 + other.shape` raising in a __mul__ reached from `a * b` in a function left the 2 on the
        // value stack: the caller's operator popped the wrong entries and released `a` twice
        // (an InternalError at the next use of it). CPython 3.11.7: 'str' object has no attribute 'shape' / M 2
        SimulationResult r = runPatiently("import sys\nclass M:\n    def __mul__(self, other):\n"
                + "        if 2 != other.shape:\n            return 0\n        return 2 + other.shape\n"
                + "a = M()\ndef f():\n    return a * 'x'\n"
                + "try:\n    f()\nexcept AttributeError as e:\n    print(e)\n"
                + "print(type(a).__name__, sys.getrefcount(a))\n");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("'str' object has no attribute 'shape'\nM 2\n");
    }

    @Test
    void aRaisingIndexOrObjectOfASubscriptLeavesNothingOnTheValueStack() throws InterruptedException {
        // Reading, storing and deleting through a subscript whose index (or object) raises, in an
        // operator method reached from another operator: the heap checker finds every count right.
        String program = "class M:\n    def __mul__(self, other):\n"
                + "        x = {}\n        if other == 1:\n            return x[other.shape]\n"
                + "        if other == 2:\n            x[other.shape] = x\n"
                + "        if other == 3:\n            x[other.shape]['k'] = [5]\n"
                + "        del x[other.shape]\n"
                + "a = M()\ndef f(n):\n    return a * n\n"
                + "for n in range(4):\n    try:\n        f(n)\n    except AttributeError as e:\n        print(e)\n";
        assertThat(CheckedRun.run(program)).isEmpty();
        assertThat(runPatiently(program).stdout()).isEqualTo("""
                'int' object has no attribute 'shape'
                'int' object has no attribute 'shape'
                'int' object has no attribute 'shape'
                'int' object has no attribute 'shape'
                """);
    }
}
