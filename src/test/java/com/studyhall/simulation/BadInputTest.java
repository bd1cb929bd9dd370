package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Source CPython refuses before running (nesting, NUL bytes) and programs that grow without bound. */
class BadInputTest {
    private final Simulator simulator = new Simulator();

    private SimulationResult run(String code) {
        return simulator.run(new SimulationRequest(code, Limits.defaults(), false));
    }

    private static String firstMessage(SimulationResult r) {
        assertThat(r.rejected()).as("rejected before running").isTrue();
        return r.diagnostics().get(0).message();
    }

    @Test
    void nestingAsDeepAsCPythonAllowsRuns() {
        // python3 -c "compile('x = ' + '(' * 200 + '1' + ')' * 200, 's', 'exec')" succeeds.
        SimulationResult r = run("x = " + "(".repeat(200) + "1" + ")".repeat(200) + "\nprint(x)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("1\n");
    }

    @Test
    void parenthesesPastCPythonsLimitAreTooDeeplyNested() {
        // CPython: SyntaxError: too many nested parentheses (its tokenizer stops at 200 levels).
        assertThat(firstMessage(run("x = " + "(".repeat(201) + "1" + ")".repeat(201) + "\n")))
                .contains("too many nested parentheses").contains("too deeply nested");
        assertThat(firstMessage(run("x = " + "[".repeat(5000) + "]".repeat(5000) + "\n")))
                .contains("too deeply nested");
    }

    @Test
    void indentationPastCPythonsLimitIsTooDeeplyNested() {
        // CPython: IndentationError: too many levels of indentation (100).
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 120; i++) src.append(" ".repeat(i)).append("if True:\n");
        src.append(" ".repeat(120)).append("pass\n");
        assertThat(firstMessage(run(src.toString()))).contains("too many levels of indentation");
    }

    @Test
    void longOperatorChainsStopWhereCPythonsCompilerStops() {
        // CPython 3.11 compiles 2990 chained operators and fails with RecursionError on 2993.
        assertThat(run("x = 1" + "+1".repeat(2900) + "\nprint(x)\n").stdout()).isEqualTo("2901\n");
        assertThat(firstMessage(run("x = 1" + "+1".repeat(3100) + "\n"))).contains("too deeply nested");
        assertThat(firstMessage(run("x = " + "-".repeat(19_000) + "1\n"))).contains("too deeply nested");
        assertThat(firstMessage(run("x = " + "not ".repeat(4_000) + "1\n"))).contains("too deeply nested");
    }

    @Test
    void aNulByteIsRefusedAsCPythonRefusesIt() {
        assertThat(firstMessage(run("x = 1\ny = 2\0\n"))).isEqualTo("line 2: source code string cannot contain null bytes");
    }

    @Test
    void squaringAnIntForeverStopsAtALimit() {
        assertStopsAtALimitInTime("x = 3\nwhile True:\n    x = x * x\n");
    }

    @Test
    void doublingAStringOrAListForeverStopsAtALimit() {
        assertStopsAtALimitInTime("s = 'ab'\nwhile True:\n    s = s + s\n");
        assertStopsAtALimitInTime("l = [1]\nwhile True:\n    l += l\n");
    }

    /**
     * The size limit, not the clock, must stop these programs: the clock is set far beyond what the
     * run needs (tens of milliseconds when quiet), so a loaded machine cannot turn the answer into
     * TimeLimitExceeded, and a run that computed the oversized value anyway would show in the time.
     */
    private void assertStopsAtALimitInTime(String code) {
        Limits l = new Limits(20_000, 10_000_000, 100_000, 1_000, Duration.ofSeconds(60), 64 * 1024);
        long start = System.nanoTime();
        SimulationResult r = simulator.run(new SimulationRequest(code, l, false));
        assertThat(r.error()).isNotNull();
        assertThat(r.error().type()).isEqualTo("MemoryLimitExceeded");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theTimeLimitHoldsForTheWholeRunTraceIncluded() {
        Limits l = new Limits(20_000, Long.MAX_VALUE, 100_000, 1_000, Duration.ofSeconds(1), 64 * 1024);
        long collectionMillisBefore = collectionMillis();
        long start = System.nanoTime();
        SimulationResult r = simulator.run(new SimulationRequest("x = []\nwhile True:\n    x = [x]\n    x = x[0]\n", l, true));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.error().type()).isEqualTo("TimeLimitExceeded");
        // An unlimited-step trace allocates hundreds of thousands of steps: the collector's pauses
        // (half the run when measured) stop the waiting caller too, and they are the JVM's, not the
        // engine's. What is left must be the 1 s limit, the 200 ms margin and a scheduler stall.
        long engineMillis = millis - (collectionMillis() - collectionMillisBefore);
        assertThat(engineMillis).as("whole request in ms, collector pauses aside").isLessThan(2_000);
    }

    private static long collectionMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }
}
