package com.studyhall.simulation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Speed of the engine against CPython on the same machine (run by hand:
 * {@code java -cp target/classes:target/test-classes com.studyhall.simulation.EngineBenchmark}).
 * Reports a loop-heavy program without tracing, and a typical scenario with tracing.
 */
final class EngineBenchmark {
    private static final String APPENDS = "a = []\nfor i in range(1000000):\n    a.append(i)\nprint(len(a))\n";
    private static final String TYPICAL = "import gc, sys\nclass Node:\n    def __init__(self, name):\n"
            + "        self.name = name\n        self.other = None\n    def __del__(self):\n        print('bye', self.name)\n"
            + "a = Node('a')\nb = Node('b')\na.other = b\nb.other = a\nprint(sys.getrefcount(a))\ndel a, b\n"
            + "print(gc.collect())\nitems = [Node(str(i)) for i in range(20)]\nitems = None\n";

    public static void main(String[] args) throws Exception {
        Limits big = new Limits(20_000, 10_000_000, 2_000_000, 1_000, Duration.ofSeconds(120), 64 * 1024);
        Simulator simulator = new Simulator();
        for (int warm = 0; warm < 3; warm++) simulator.run(new SimulationRequest(APPENDS, big, false));
        long engine = time(() -> simulator.run(new SimulationRequest(APPENDS, big, false)));
        long cpython = cpython(APPENDS);
        System.out.printf("1,000,000 appends: engine %d ms, CPython %d ms (engine at %.2f of CPython's speed)%n",
                engine, cpython, cpython / (double) engine);
        long[] samples = new long[200];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = timeMicros(() -> simulator.run(new SimulationRequest(TYPICAL, Limits.defaults(), true)));
        }
        java.util.Arrays.sort(samples);
        System.out.printf("typical traced scenario: p50 %d us, p99 %d us%n", samples[100], samples[197]);
    }

    private static long time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static long timeMicros(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1_000;
    }

    private static long cpython(String code) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(List.of("python3", "-c", code)).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
