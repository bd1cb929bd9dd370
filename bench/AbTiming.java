import java.lang.management.ManagementFactory;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;
/**
 * Two builds of the engine in one JVM (a class loader each), whole runs (scan to finish, as
 * LoopTiming's) alternated in blocks on this thread, so that on a shared machine both trees see the
 * same load minute by minute; the order inside a block swaps every block. Prints each tree's thread
 * CPU (median, lower quartile, minimum) over the second half of its runs. From the project root:
 * {@code java -Xms1g -Xmx2g bench/AbTiming.java BEFORE/classes target/classes bench/programs/ackermann.py 250 12}
 * (runs per block, blocks; add {@code on} for traced runs with the default limits).
 */
public class AbTiming {
    public static void main(String[] a) throws Exception {
        String code = Files.readString(Path.of(a[2]));
        int per = Integer.parseInt(a[3]), blocks = Integer.parseInt(a[4]);
        boolean trace = a.length > 5 && a[5].equals("on");
        Object[][] trees = new Object[2][];
        for (int t = 0; t < 2; t++) {
            ClassLoader cl = new URLClassLoader(new URL[] {Path.of(a[t]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> sim = cl.loadClass("com.studyhall.simulation.Simulator");
            Class<?> req = cl.loadClass("com.studyhall.simulation.SimulationRequest");
            Class<?> lim = cl.loadClass("com.studyhall.simulation.Limits");
            Object limits = trace ? lim.getMethod("defaults").invoke(null)
                : lim.getConstructors()[0].getParameterCount() == 6 ? lim.getConstructors()[0].newInstance(20_000, Long.MAX_VALUE, 10_000_000, 1_000, Duration.ofMinutes(10), 64 * 1024) : null;
            Method m = sim.getDeclaredMethod("compileAndExecute", req, long.class);
            m.setAccessible(true);
            Constructor<?> rc = req.getConstructor(String.class, lim, boolean.class);
            trees[t] = new Object[] {sim.getConstructor().newInstance(), m, rc, limits};
        }
        var th = ManagementFactory.getThreadMXBean();
        List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>());
        for (int b = 0; b < blocks; b++) {
            for (int t0 = 0; t0 < 2; t0++) {
                int t = (b % 2 == 0) ? t0 : 1 - t0;
                Object[] tr = trees[t];
                for (int i = 0; i < per; i++) {
                    long c0 = th.getCurrentThreadCpuTime();
                    Object r = ((Method) tr[1]).invoke(tr[0], ((Constructor<?>) tr[2]).newInstance(code, tr[3], trace), System.nanoTime());
                    cpu.get(t).add((th.getCurrentThreadCpuTime() - c0) / 1e6);
                }
            }
        }
        for (int t = 0; t < 2; t++) {
            List<Double> c = cpu.get(t);
            List<Double> h = new ArrayList<>(c.subList(c.size() / 2, c.size()));
            Collections.sort(h);
            System.out.printf("%s: thread cpu median %.3f  p25 %.3f  min %.3f ms (%d runs, second half)%n", a[t], h.get(h.size() / 2), h.get(h.size() / 4), h.get(0), h.size());
        }
        System.out.println("load " + Files.readString(Path.of("/proc/loadavg")).trim());
    }
}
