package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Leftover refusals turned into support, part 7 (issue 12): what runs exactly and what stays refused up front. */
class LeftoversSevenTest {
    private final Simulator simulator = new Simulator();

    private SimulationResult run(String code) {
        // A generous time limit: the machine running the tests may be busy.
        Limits limits = new Limits(20_000, 100_000, 100_000, 1_000, Duration.ofSeconds(30), 64 * 1024);
        return simulator.run(new SimulationRequest(code, limits, false, ""));
    }

    @Nested
    class GenericClasses {
        private static final String STACK = "import sys\nfrom typing import Generic, TypeVar\nT = TypeVar('T')\n"
                + "class Stack(Generic[T]):\n    def __init__(self):\n        self.items = []\n";

        @Test
        void anAliasCallSetsOrigClassInTheInstanceDict() {
            SimulationResult r = run(STACK + "s = Stack[int]()\nprint(s.__dict__, sys.getrefcount(Stack[int]))\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("{'items': [], '__orig_class__': __main__.Stack[int]} 3\n");
        }

        @Test
        void theClassKeepsItsBasesAsWrittenAndGenericsParameters() {
            SimulationResult r = run(STACK + "print(Stack.__orig_bases__, Stack.__parameters__, Stack.__mro__)\n"
                    + "print(Stack.__parameters__ is Stack.__orig_bases__[0].__parameters__, sys.getrefcount(T))\n");
            assertThat(r.stdout()).isEqualTo("(typing.Generic[~T],) (~T,) (<class '__main__.Stack'>, <class 'typing.Generic'>, "
                    + "<class 'object'>)\nTrue 5\n");
        }

        @Test
        void subscriptingAClassWithoutParametersIsCPythonsTypeError() {
            SimulationResult r = run(STACK + "class Ints(Stack[int]):\n    pass\nInts[int]\n");
            assertThat(r.error().lastStderrLine()).isEqualTo("TypeError: <class '__main__.Ints'> is not a generic class");
        }

        @Test
        void observingTheCollectorInAProgramThatUsesGenericIsRefusedUpFront() {
            SimulationResult r = run("import gc\nimport typing\nT = typing.TypeVar('T')\nclass B(typing.Generic[T]):\n    pass\n"
                    + "print(gc.collect())\n");
            assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
                    "line 6: observing the collector (gc's counts and collections, __del__, weakref) in a program that uses "
                    + "typing.Generic (its Python code makes objects the lab does not count) is not supported in the memory lab");
        }
    }

    @Nested
    class SingleDispatch {
        @Test
        void dispatchFollowsTheMroAndTheRegistryHoldsTheFunctions() {
            SimulationResult r = run("import sys\nfrom functools import singledispatch\n@singledispatch\ndef f(x):\n    return 'obj'\n"
                    + "@f.register\ndef _(x: int):\n    return 'int'\n"
                    + "print(f(True), f(1.5), f.dispatch(bool) is f.registry[int], sys.getrefcount(f.registry[int]))\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("int obj True 4\n");
        }

        @Test
        void observingTheCollectorInAProgramThatUsesSingledispatchIsRefusedUpFront() {
            SimulationResult r = run("import gc, functools\n@functools.singledispatch\ndef f(x):\n    pass\nprint(gc.get_count())\n");
            assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
                    "line 5: observing the collector (gc's counts and collections, __del__, weakref) in a program that uses "
                    + "functools.singledispatch (its Python code makes objects the lab does not count) is not supported in the memory lab");
        }
    }

    @Nested
    class ExitStacks {
        @Test
        void callbacksRunNewestFirstAndTheLabsOwnManagersAreEntered() {
            SimulationResult r = run("from contextlib import ExitStack, suppress\nwith ExitStack() as s:\n"
                    + "    s.callback(print, 'first')\n    s.enter_context(suppress(KeyError))\n    s.callback(print, 'last')\n"
                    + "    raise KeyError('x')\nprint('after')\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("last\nfirst\nafter\n");
        }

        @Test
        void anObjectWithoutTheProtocolIsCPythonsTypeError() {
            SimulationResult r = run("from contextlib import ExitStack\nExitStack().enter_context(42)\n");
            assertThat(r.error().lastStderrLine())
                    .isEqualTo("TypeError: 'builtins.int' object does not support the context manager protocol");
        }
    }
}
