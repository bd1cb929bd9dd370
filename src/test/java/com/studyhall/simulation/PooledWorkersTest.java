package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs execute on kept worker threads: the stack stays large and runs do not leak into each other. */
class PooledWorkersTest {
    private final Simulator simulator = new Simulator();

    private SimulationResult run(String code) {
        return simulator.run(new SimulationRequest(code, Limits.defaults(), false));
    }

    @Test
    void aDeeplyNestedProgramStillHasTheLargeStackAfterManyRuns() {
        for (int i = 0; i < 20; i++) assertThat(run("print(1)\n").stdout()).isEqualTo("1\n");
        // 2,000 nested unary minuses: the parser and the interpreter recurse far past a default thread stack.
        SimulationResult deep = run("x = " + "-".repeat(2000) + "1\nprint(x)\n");
        assertThat(deep.diagnostics()).isEmpty();
        assertThat(deep.error()).isNull();
        assertThat(deep.stdout()).isEqualTo("1\n");
    }

    @Test
    void aRunAfterARecursionErrorStartsAfresh() {
        SimulationResult failed = run("def f(n):\n    return f(n + 1)\nf(0)\n");
        assertThat(failed.error().type()).isEqualTo("RecursionError");
        SimulationResult next = run("import sys\nx = []\nprint(sys.getrefcount(x))\n");
        assertThat(next.error()).isNull();
        assertThat(next.stdout()).isEqualTo("2\n");
    }

    @Test
    void runsOneAfterAnotherShareAFewWorkerThreads() {
        long before = Simulator.workerThreadsStarted();
        for (int i = 0; i < 30; i++) run("x = 1\n");
        // Started per run, there would be thirty new threads. Kept, a few serve them all: a run may be
        // submitted just before the worker that finished the last one is back waiting for work.
        assertThat(Simulator.workerThreadsStarted() - before).isBetween(0L, 5L);
    }
}
