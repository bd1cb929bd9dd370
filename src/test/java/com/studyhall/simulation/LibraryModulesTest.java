package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** generator.throw, heapq, bisect and operator where the corpus cannot pin it down, and what stays refused. */
class LibraryModulesTest {
    @Test
    void heappopReturnsItemsInSortedOrderForAShuffledInput() {
        SimulationResult r = run("""
                import heapq, random
                random.seed(7)
                xs = [random.randrange(1000) for _ in range(200)]
                h = []
                for x in xs:
                    heapq.heappush(h, x)
                print([heapq.heappop(h) for _ in range(len(xs))] == sorted(xs), h)
                """);
        assertThat(r.stdout()).isEqualTo("True []\n");
    }

    @Test
    void heapqAndBisectCompareWithLessThanOnly() {
        SimulationResult r = run("""
                import heapq, bisect
                class V:
                    def __init__(self, n):
                        self.n = n
                    def __lt__(self, other):
                        return self.n < other.n
                h = []
                for n in [4, 1, 3]:
                    heapq.heappush(h, V(n))
                xs = [V(1), V(3), V(5)]
                print(heapq.heappop(h).n, bisect.bisect(xs, V(3)), bisect.bisect_left(xs, V(3)))
                """);
        assertThat(r.stdout()).isEqualTo("1 2 1\n");
    }

    @Test
    void whatTheLabLacksInTheNewModulesIsRefusedByName() {
        SimulationResult r = run("import heapq, operator\nm = heapq._siftdown_max([1], 0, 0)\ng = operator.countOf([1], 1)\n");
        assertThat(messages(r)).containsExactly("line 2: 'heapq._siftdown_max' is not supported in the memory lab",
                "line 3: 'operator.countOf' is not supported in the memory lab");
    }

    @Test
    void totalOrderingIsRefusedWhereItsRootCouldComeFromOutsideTheProgram() {
        SimulationResult r = run("""
                import functools
                class E(Exception):
                    pass
                @functools.total_ordering
                class Failure(E):
                    def __lt__(self, other):
                        return False
                def tag(cls):
                    return cls
                @tag
                @functools.total_ordering
                class Tagged:
                    def __lt__(self, other):
                        return False
                """);
        assertThat(messages(r)).containsExactly(
                "line 4: total_ordering on a class whose bases are not classes of the program is not supported in the memory lab",
                "line 11: total_ordering together with another class decorator is not supported in the memory lab");
    }

    @Test
    void contextlibNamesTheLabLacksAreRefusedByName() {
        SimulationResult r = run("""
                import contextlib
                from contextlib import contextmanager, AsyncExitStack
                @contextmanager
                def timer(label):
                    yield
                @timer("x")
                def work():
                    pass
                with contextlib.chdir("."):
                    pass
                """);
        assertThat(messages(r)).containsExactly(
                "line 2: 'contextlib.AsyncExitStack' is not supported in the memory lab",
                "line 6: a @contextmanager manager used as a decorator is not supported in the memory lab",
                "line 9: 'contextlib.chdir' is not supported in the memory lab");
    }

    @Test
    void throwReachesTheGeneratorAProgramDelegatesTo() {
        // The inner generator does not catch it: raised at its yield, it leaves through both frames (YieldFromThrowTest).
        SimulationResult r = run("def inner():\n    yield 1\ndef outer():\n    yield from inner()\ng = outer()\nnext(g)\ng.throw(ValueError)\n");
        assertThat(r.rejected()).isFalse();
        assertThat(r.error().type()).isEqualTo("ValueError");
        assertThat(r.error().line()).isEqualTo(7);
    }

    @Test
    void aReturnValueReachesStopIterationArgsAsTheObjectItself() {
        SimulationResult r = run("""
                def g():
                    try:
                        yield 1
                    except KeyError:
                        return [1, 2]
                it = g()
                next(it)
                try:
                    it.throw(KeyError)
                except StopIteration as stop:
                    print(stop.args, str(stop))
                """);
        assertThat(r.stdout()).isEqualTo("([1, 2],) [1, 2]\n");
    }

    @Test
    void takewhileConsumesTheFirstFailingItemAndTeeCopiesShareOneBlock() {
        SimulationResult r = run("import itertools\nit = iter([1, 5, 2])\nprint(list(itertools.takewhile(lambda x: x < 3, it)), list(it))\n");
        assertThat(r.stdout()).isEqualTo("[1] [2]\n");
        SimulationResult tee = run("import itertools, gc\na, b = itertools.tee([1, 2])\nc, = itertools.tee(a, 1)\n"
                + "print(next(a), list(b), list(c), gc.get_referents(a)[0] is gc.get_referents(b)[0], c is a)\n");
        assertThat(tee.stdout()).isEqualTo("1 [1, 2] [2] True True\n");
    }
}
