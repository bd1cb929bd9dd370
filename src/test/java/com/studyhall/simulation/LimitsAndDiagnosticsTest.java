package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LimitsAndDiagnosticsTest {
    private final Simulator simulator = new Simulator();

    private SimulationResult run(String code) {
        return simulator.run(new SimulationRequest(code, Limits.defaults(), false));
    }

    @Nested
    class Limits_ {
        @Test
        void endlessLoopStopsAtTheStepLimit() {
            SimulationResult r = run("while True:\n    pass\n");
            assertThat(r.error().type()).isEqualTo("StepLimitExceeded");
            assertThat(r.error().message()).contains("100000");
        }

        @Test
        void endlessPrintingStopsAtTheOutputLimit() {
            Limits l = new Limits(20_000, 10_000_000, 100_000, 1_000, Duration.ofSeconds(2), 64 * 1024);
            SimulationResult r = simulator.run(new SimulationRequest("while True:\n    print('spam' * 100)\n", l, false));
            assertThat(r.error().type()).isEqualTo("OutputLimitExceeded");
            assertThat(r.stdout()).hasSize(64 * 1024);
        }

        @Test
        void hugeListStopsAtTheMemoryLimit() {
            Limits l = new Limits(20_000, 10_000_000, 1_000, 1_000, Duration.ofSeconds(2), 64 * 1024);
            SimulationResult r = simulator.run(new SimulationRequest("a = []\nwhile True:\n    a.append([])\n", l, false));
            assertThat(r.error().type()).isEqualTo("MemoryLimitExceeded");
        }

        @Test
        void deepRecursionRaisesRecursionError() {
            SimulationResult r = run("def f(n):\n    return f(n + 1)\nf(0)\n");
            assertThat(r.error().lastStderrLine()).isEqualTo("RecursionError: maximum recursion depth exceeded");
        }

        @Test
        void aRegexThatBacktracksWithoutEndStopsAtTheTimeLimit() throws InterruptedException {
            Limits l = new Limits(20_000, Long.MAX_VALUE, 100_000, 1_000, Duration.ofMillis(300), 64 * 1024);
            long started = System.nanoTime();
            SimulationResult r = simulator.run(new SimulationRequest(
                    "import re\nprint('searching')\nprint(re.match(r'((a+)\\2?)+b', 'a' * 40))\n", l, false));
            assertThat(r.error().type()).isEqualTo("TimeLimitExceeded");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            // The worker itself stops inside the match: a worker stuck in the matcher would keep its
            // thread busy for hours. When it answers within the request's margin (a quiet machine),
            // the answer has what the run printed; on a loaded one the request may answer first.
            long waitUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (Simulator.busyWorkerThreads() > 0 && System.nanoTime() < waitUntil) {
                Thread.sleep(10);
            }
            assertThat(Simulator.busyWorkerThreads()).as("workers still running a program").isZero();
            assertThat(r.stdout()).isIn("searching\n", "");
        }

        @Test
        void slowProgramStopsAtTheTimeLimit() {
            Limits l = new Limits(20_000, Long.MAX_VALUE, 100_000, 1_000, Duration.ofMillis(200), 64 * 1024);
            SimulationResult r = simulator.run(new SimulationRequest("while True:\n    pass\n", l, false));
            assertThat(r.error().type()).isEqualTo("TimeLimitExceeded");
        }
    }

    @Nested
    class Diagnostics_ {
        @Test
        void metaclassKeywordNotNamingAMetaclassIsRefusedWithLineAndColumn() {
            SimulationResult r = run("x = 1\nclass C(metaclass=print): pass\n");
            assertThat(r.rejected()).isTrue();
            assertThat(r.diagnostics().get(0)).isEqualTo(new Diagnostic(2, 9, "line 2: metaclass= other than a "
                    + "metaclass class Meta(type) of the program is not supported in the memory lab"));
        }

        @Test
        void otherImportsAreRefused() {
            assertThat(run("import os\n").diagnostics().get(0).message()).contains("import of 'os'");
        }

        @Test
        void anUnsupportedStatementIsRefusedBeforeAnythingRuns() {
            SimulationResult r = run("print('hi')\nasync def f():\n    pass\n");
            assertThat(r.rejected()).isTrue();
            assertThat(r.stdout()).isEmpty();
        }

        @Test
        void syntaxErrorNamesItsLine() {
            assertThat(run("x = (1,\nprint(x\n").diagnostics()).isNotEmpty();
        }
    }

    @Test
    void concurrentRunsShareNoState() throws Exception {
        String code = "import gc\nclass T:\n    def __del__(self):\n        print('bye')\n"
                + "for i in range(50):\n    t = T()\n    t.me = t\nprint(gc.collect())\n";
        SimulationResult expected = run(code);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.List<java.util.concurrent.Future<SimulationResult>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) futures.add(pool.submit(() -> run(code)));
            for (var f : futures) assertThat(f.get().stdout()).isEqualTo(expected.stdout());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void oversizedSourceIsRejectedBeforeScanning() {
        SimulationResult r = run("x = 1\n".repeat(5_000));
        assertThat(r.rejected()).isTrue();
        assertThat(r.diagnostics().get(0).message()).contains("20000");
    }

    @Test
    void sameProgramGivesTheSameTraceTwice() {
        String code = "a = [1]\nb = [a]\na.append(b)\ndel a, b\nimport gc\nprint(gc.collect())\n";
        SimulationResult first = simulator.run(new SimulationRequest(code, Limits.defaults(), true));
        SimulationResult second = simulator.run(new SimulationRequest(code, Limits.defaults(), true));
        assertThat(first.stdout()).isEqualTo("2\n");
        assertThat(first.steps()).isEqualTo(second.steps());
        assertThat(first.steps()).extracting(TraceStep::phase).contains("update_refs", "subtract_refs",
                "move_unreachable", "handle_weakrefs", "finalize_garbage", "handle_resurrected_objects", "delete_garbage");
    }
}
