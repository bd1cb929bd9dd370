import com.studyhall.simulation.*;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;
/**
 * Whole runs of one program with the trace off and EngineBenchmark's lifted limits (or "on": traced,
 * default limits), on this thread, so its CPU time is the interpreter's alone; the process CPU adds
 * the JVM's collector and compiler threads. Prints medians over the second half of the runs.
 * From the project root, after a compile:
 * {@code java -Xms1g -Xmx2g -cp target/classes bench/LoopTiming.java bench/programs/appends.py 16}
 * With {@code -Dwhole=true} each run goes through {@code Simulator.run} as JMH's benchmarks and the API
 * make it, the hand-off to the worker thread included (the thread CPU is then only this thread's waiting).
 */
public class LoopTiming {
    public static void main(String[] a) throws Exception {
        String code = Files.readString(Path.of(a[0]));
        int runs = Integer.parseInt(a[1]);
        boolean trace = a.length > 2 && a[2].equals("on");
        Limits lim = trace ? Limits.defaults() : new Limits(20_000, Long.MAX_VALUE, 10_000_000, 1_000, Duration.ofMinutes(10), 64 * 1024);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var th = ManagementFactory.getThreadMXBean();
        Simulator s = new Simulator();
        Method m = Simulator.class.getDeclaredMethod("compileAndExecute", SimulationRequest.class, long.class);
        m.setAccessible(true);
        double[] t = new double[runs], c = new double[runs], tc = new double[runs];
        String out = null;
        for (int i = 0; i < runs; i++) {
            long c0 = os.getProcessCpuTime(), t0 = System.nanoTime(), tc0 = th.getCurrentThreadCpuTime();
            SimulationRequest request = new SimulationRequest(code, lim, trace);
            SimulationResult r = Boolean.getBoolean("whole") ? s.run(request) : (SimulationResult) m.invoke(s, request, t0);
            t[i] = (System.nanoTime() - t0) / 1e6;
            tc[i] = (th.getCurrentThreadCpuTime() - tc0) / 1e6;
            c[i] = (os.getProcessCpuTime() - c0) / 1e6;
            if (r.error() != null) System.out.println("ERR " + r.error());
            out = r.stdout();
        }
        int from = runs / 2, n = runs - from;
        double[] h = Arrays.copyOfRange(t, from, runs), ht = Arrays.copyOfRange(tc, from, runs);
        double cpuMean = Arrays.stream(c, from, runs).sum() / n;
        Arrays.sort(h); Arrays.sort(ht);
        System.out.printf("%s: wall med %.2f min %.2f | thread cpu med %.2f min %.2f | process cpu mean %.2f ms (%d runs) load %s out=%s%n", a[0],
            h[n / 2], h[0], ht[n / 2], ht[0], cpuMean, runs, Files.readString(Path.of("/proc/loadavg")).split(" ")[0], out.strip());
    }
}
